/**
 * Reports (text, Markdown, JSON), the provenance extension against its JSON Schema, the statement size
 * bound, and the CLI command.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toProvenance } from '../../src/core/extension/provenance.js';
import { renderMarkdown, renderText, toJson } from '../../src/core/scan/render.js';
import { scanRange } from '../../src/core/scan/scan.js';
import { computeTotals } from '../../src/core/scan/totals.js';
import type { ScanResult } from '../../src/core/scan/types.js';
import type { CommitAttribution } from '../../src/core/attribution/types.js';
import type { SurfaceFinding } from '../../src/core/surfaces/types.js';
import { run } from '../../src/cli/commands/scan.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { GitRepo } from '../support/gitrepo.js';

const SCHEMA = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../docs/extension.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateExtension = ajv.compile(SCHEMA);
const validateAnnotations = ajv.getSchema(`${(SCHEMA as { $id: string }).$id}#/$defs/commitAnnotations`)!;

const EVIL = '<img src=x onerror=alert(1)> | **bold** [link](javascript:alert(1)) `code`';

let repo: GitRepo;
let scan: ScanResult;
let agentSha: string;
const surface: SurfaceFinding = {
  path: '.claude/settings.json',
  rule: 'CFG-claude-settings',
  tool: 'claude-code',
  change: 'modified',
  capabilities: ['EXEC'],
  commits: [],
};

beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.commit({ message: 'root', files: { 'README.md': 'x\n' } });
  agentSha = await repo.commit({
    author: { name: EVIL, email: 'ada@example.org' },
    message: `${EVIL}\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n`,
    files: { [`src/auth/${'evil|name'}.ts`]: 'a\n' },
  });
  await repo.commit({ message: 'human', files: { 'b.txt': 'b\n' } });
  scan = await scanRange({ repoPath: repo.path });
  surface.commits = [scan.commits[2]!.sha];
});
afterAll(() => repo.remove());

const io = (tty = false) => {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTTY: tty,
    cwd: repo.path,
  };
  return { cli, out, err };
};

describe('reports', () => {
  it('JSON has the stable core and lists every commit', () => {
    const json = toJson(scan) as {
      range: object;
      commits: Array<{
        sha: string;
        agents: Array<Record<string, unknown>>;
        riskPaths: unknown[];
        paths?: string[];
        pathsOmitted?: number;
      }>;
      totals: object;
    };
    expect(json.range).toEqual({ base: null, head: scan.range.head, commits: 3, baseRule: 'root' });
    expect(json.commits.map((c) => c.sha)).toEqual(scan.commits.map((c) => c.sha));
    const agent = json.commits.find((c) => c.sha === agentSha)!;
    expect(agent.agents[0]).toMatchObject({
      id: 'claude-code',
      model: 'anthropic/claude-opus-4-5',
      strength: 'declared',
      evidence: [{ rule: 'CC-1' }],
    });
    expect(agent.riskPaths).toEqual([{ path: 'src/auth/evil|name.ts', categories: ['auth'] }]);
    // Every changed path is recorded too (protected-path policies), none left out.
    expect(agent.paths).toContain('src/auth/evil|name.ts');
    expect(agent.pathsOmitted).toBeUndefined();
    expect(json.commits.filter((c) => c.agents.length === 0)).toHaveLength(2);
    expect(json.totals).toMatchObject({ commits: 3, agentCommits: 1, unknownCommits: 2 });
  });

  it('text names agents, models, strength, risk paths and commits', () => {
    const text = renderText(scan);
    expect(text).toMatch(/agent commits: 1 .*unknown \(no evidence\): 2/);
    expect(text).toContain('claude-code');
    expect(text).toContain('anthropic/claude-opus-4-5');
    expect(text).toContain('risk: src/auth/evil|name.ts [auth]');
  });

  it('Markdown escapes everything that comes from commits', () => {
    const md = renderMarkdown(scan);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('](javascript');
    expect(md).not.toContain('**bold**');
    expect(md).toContain('&lt;img');
    // A path's `|` must not split the table cell: encoded inside its code span.
    expect(md).toContain('evil&#124;name');
    expect(md).not.toContain('evil|name');
  });

  it('shows surfaces first when present', () => {
    const withSurfaces = { ...scan, surfaces: [surface] };
    expect(renderText(withSurfaces).startsWith('AI assistant config surfaces: 1 changed')).toBe(true);
    expect(renderMarkdown(withSurfaces).startsWith('### AI assistant config surfaces')).toBe(true);
    expect((toJson(withSurfaces) as { surfaces: unknown[] }).surfaces).toHaveLength(1);
  });
});

describe('provenance extension', () => {
  it('validates against docs/extension.schema.json, with surfaces and reviews', () => {
    const { dependencies, extension } = toProvenance(
      { ...scan, surfaces: [surface] },
      {
        repositoryUri: 'https://github.com/acme/app',
        reviews: {
          status: 'collected',
          scope: 'agent-commits',
          pullRequests: [
            {
              number: 7,
              url: 'https://github.com/acme/app/pull/7',
              author: { login: 'octocat', id: 1, type: 'User' },
              headSha: agentSha,
              commits: [agentSha],
              humanApprovalOfHead: true,
              reviews: ['b'.repeat(64)],
            },
          ],
          commitsWithoutPullRequest: [],
        },
      },
    );
    expect(validateExtension(extension), JSON.stringify(validateExtension.errors)).toBe(true);
    // The agent commit and the surface commit are dependencies; the other human commit is only counted.
    expect(dependencies.map((d) => d.digest!['gitCommit']).sort()).toEqual(
      [agentSha, surface.commits[0]].sort(),
    );
    for (const d of dependencies) {
      expect(d.uri).toBe(`git+https://github.com/acme/app@${d.digest!['gitCommit']}`);
      expect(validateAnnotations(d.annotations), JSON.stringify(validateAnnotations.errors)).toBe(true);
      if ((d.annotations?.['agents'] as unknown[]).length > 0) expect(d.annotations?.['paths']).toBeDefined();
    }
    expect(extension.attribution).toMatchObject({ commitsWithEvidence: 1, listed: 2, omitted: 0 });
    // Unavailable reviews must say why: never an empty "no reviews".
    expect(
      validateExtension({ ...extension, reviews: { status: 'unavailable', scope: 'agent-commits' } }),
    ).toBe(false);
    expect(
      validateExtension({
        ...extension,
        reviews: {
          status: 'unavailable',
          scope: 'agent-commits',
          reason: 'no-token',
          detail: 'no github-token',
        },
      }),
    ).toBe(true);
  });

  it('stays bounded for any range: dependencies beyond the budget are counted, not listed', () => {
    const template = scan.commits.find((c) => c.sha === agentSha)!;
    const commits: CommitAttribution[] = Array.from({ length: 60_000 }, (_, i) => ({
      ...template,
      sha: i.toString(16).padStart(40, '0'),
      agents: template.agents.map((a) => ({ ...a, modelRaw: `model-${i}`, model: `model-${i}` })),
      riskPaths: Array.from({ length: 16 }, (_, j) => ({
        path: `src/auth/${'p'.repeat(200)}${j}.ts`,
        categories: ['auth'],
      })),
    }));
    const big: ScanResult = {
      ...scan,
      commits,
      totals: computeTotals(commits),
      range: { ...scan.range, commits: commits.length },
    };
    const { dependencies, extension } = toProvenance(big, { repositoryUri: 'https://github.com/acme/app' });
    const size = JSON.stringify({ dependencies, extension }).length;
    expect(size).toBeLessThan(10 * 1024 * 1024);
    expect(extension.attribution.listed + extension.attribution.omitted).toBe(60_000);
    expect(extension.attribution.omitted).toBeGreaterThan(0);
    expect(Object.keys(extension.totals.byModel).length).toBeLessThanOrEqual(101);
    expect(validateExtension(extension)).toBe(true);
  });
});

describe('agent-attest scan (CLI)', () => {
  it('prints JSON, Markdown and text', async () => {
    const j = io();
    expect(await run(['--format', 'json'], j.cli)).toBe(0);
    expect(JSON.parse(j.out.join(''))).toMatchObject({ range: { commits: 3 }, totals: { agentCommits: 1 } });
    const m = io();
    expect(await run(['--repo-path', repo.path, '--format', 'markdown'], m.cli)).toBe(0);
    expect(m.out.join('')).toContain('### Agent attribution');
    const t = io();
    expect(await run(['--head', 'HEAD~1', '--base', 'HEAD~2'], t.cli)).toBe(0);
    expect(t.out.join('')).toMatch(/: 1 commits/);
  });

  it('explains usage errors and bad input with exit code 2', async () => {
    const h = io();
    expect(await run(['--help'], h.cli)).toBe(0);
    expect(h.out.join('')).toContain('--tag-pattern');
    const bad = io();
    expect(await main(['scan', '--format', 'yaml'], bad.cli)).toBe(2);
    expect(bad.err.join('')).toMatch(/--format 'yaml' is not one of text, json, markdown/);
    const missing = io();
    expect(await main(['scan', '--repo-path', path.join(repo.path, 'nope')], missing.cli)).toBe(2);
    expect(missing.err.join('')).toMatch(/not a directory/);
  });
});
