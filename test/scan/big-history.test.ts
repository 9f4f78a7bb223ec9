/**
 * Text and Markdown reports stay readable on big histories (issue 16): each rule of a commit listed once, a
 * commit's risk paths and a surface's commits capped with a count, the commit list capped with a count.
 * A real repository of 230 agent commits built by fast-import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_LISTED_COMMITS,
  MAX_LISTED_RISK_PATHS,
  renderMarkdown,
  renderText,
} from '../../src/core/scan/render.js';
import { gatherReleaseFacts } from '../../src/core/facts/index.js';
import type { ScanResult } from '../../src/core/scan/types.js';
import { MAX_LISTED_SURFACE_COMMITS } from '../../src/core/surfaces/render.js';
import { silentLogger } from '../../src/core/log.js';
import { GitRepo } from '../support/gitrepo.js';

const COMMITS = 230;
const SURFACE_COMMITS = 15;
/** A squash whose co-author stands in a squashed commit's paragraph and again in the closing trailers. */
const SQUASH = `Squash of two steps (#9)\n\n* step one\n\nCo-authored-by: Claude <noreply@anthropic.com>\n\n* step two\n\nCo-authored-by: Claude <noreply@anthropic.com>\n`;

function history(): string {
  const parts: string[] = [];
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let i = 1; i <= COMMITS; i++) {
    const msg =
      i === COMMITS ? SQUASH : `feat: change ${i}\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n`;
    const when = `${1_700_000_000 + i * 60} +0000`;
    const files = [
      `src/auth/a${i}.ts`,
      `src/auth/b${i}.ts`,
      `src/auth/c${i}.ts`,
      `.github/workflows/w${i}.yml`,
      `src/crypto/k${i}.ts`,
    ];
    if (i <= SURFACE_COMMITS) files.push('CLAUDE.md');
    parts.push(
      `commit refs/heads/main\nmark :${i}\nauthor Dev <dev@example.com> ${when}\ncommitter Dev <dev@example.com> ${when}\n${data(msg)}` +
        (i > 1 ? `from :${i - 1}\n` : '') +
        files.map((f) => `M 100644 inline ${f}\n${data(`// ${i}\n`)}`).join('') +
        '\n',
    );
  }
  return `${parts.join('')}done\n`;
}

let repo: GitRepo;
let scan: ScanResult;
beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.fastImport(history());
  scan = (
    await gatherReleaseFacts(
      repo.path,
      { reviews: 'off', serverUrl: 'https://github.com', githubApiUrl: 'https://api.github.com' },
      silentLogger,
      {
        retain: 'evidence',
      },
    )
  ).scan;
}, 120_000);
afterAll(() => repo.remove());

describe('reports of a big history', () => {
  it('the scan itself keeps everything (what the reports cap)', () => {
    expect(scan.totals.agentCommits).toBe(COMMITS);
    expect(scan.commits.every((c) => c.riskPaths.length === 5)).toBe(true);
    expect(scan.surfaces?.find((f) => f.path === 'CLAUDE.md')?.commits).toHaveLength(SURFACE_COMMITS);
  });

  it('text: rules once, risk paths and surface commits capped with counts, the list capped with a count', () => {
    const text = renderText(scan);
    const squash = text.split('\n').findIndex((l) => l.includes('Squash of two steps'));
    expect(text.split('\n')[squash + 1]).toBe('      claude-code declared: CC-1/S1');
    const block = text.split('\n').slice(squash + 1, squash + 8);
    expect(
      block.filter((l) => l.startsWith('      risk: src/') || l.startsWith('      risk: .github')),
    ).toHaveLength(MAX_LISTED_RISK_PATHS);
    expect(block).toContain(`      risk: … and ${5 - MAX_LISTED_RISK_PATHS} more paths`);
    expect(text).toContain(`  … and ${COMMITS - MAX_LISTED_COMMITS} more (use --format json)`);
    const surfaceLine = text.split('\n').find((l) => l.trimStart().startsWith('commits: '))!;
    expect(surfaceLine.match(/[0-9a-f]{12} \(/g)).toHaveLength(MAX_LISTED_SURFACE_COMMITS);
    expect(surfaceLine).toMatch(new RegExp(`… and ${SURFACE_COMMITS - MAX_LISTED_SURFACE_COMMITS} more$`));
    // Stays a report one can read: a few lines per listed commit.
    expect(text.split('\n').length).toBeLessThan(MAX_LISTED_COMMITS * 6 + 100);
  });

  it('markdown: the same caps', () => {
    const md = renderMarkdown(scan);
    const row = md.split('\n').find((l) => l.includes('Squash of two steps'))!;
    expect(row.match(/CC-1\/S1/g)).toHaveLength(1);
    expect(row).toContain(`<br>… and ${5 - MAX_LISTED_RISK_PATHS} more |`);
    expect(md).toContain(`… and ${COMMITS - MAX_LISTED_COMMITS} more (see the JSON report).`);
    const surfaceRow = md.split('\n').find((l) => l.includes('<code>CLAUDE.md</code>') && l.startsWith('|'))!;
    expect(surfaceRow).toContain(`… and ${SURFACE_COMMITS - MAX_LISTED_SURFACE_COMMITS} more`);
  });
});
