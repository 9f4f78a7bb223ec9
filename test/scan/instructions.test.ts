/**
 * Instructions in force: the scan records, per agent commit, the digest of the repository instruction and rule files
 * in its tree (no hook needed), lists the distinct sets with their agent commits, and shows what changed since the
 * base (the previous release) — in every report and in the statement.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toProvenance } from '../../src/core/extension/provenance.js';
import { predicateProblem } from '../../src/core/policy/predicate.js';
import { renderHtmlReport } from '../../src/core/report/html/index.js';
import { renderMarkdown, renderText, toJson } from '../../src/core/scan/render.js';
import { completeDiffs, scanRange } from '../../src/core/scan/scan.js';
import { upgradeEvidence } from '../../src/core/scan/upgrade.js';
import type { ScanResult } from '../../src/core/scan/types.js';
import { GitRepo } from '../support/gitrepo.js';

const AGENT = 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>';
const repos: GitRepo[] = [];
let repo: GitRepo;
let scan: ScanResult;
const sha: Record<string, string> = {};

/** The digest as a user recomputes it: `git ls-tree -r` of the commit, the instruction files' `<blob> <path>` lines. */
async function byHand(r: GitRepo, rev: string, paths: string[]): Promise<string> {
  const out = await r.git(['ls-tree', '-r', rev, '--', ...paths]);
  const lines = out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [meta, path] = l.split('\t');
      return `${meta!.split(' ')[2]} ${path}\n`;
    })
    .sort((a, b) => (a.split(' ')[1]! < b.split(' ')[1]! ? -1 : 1));
  return `sha256:${createHash('sha256').update(lines.join('')).digest('hex')}`;
}

beforeAll(async () => {
  repo = await GitRepo.create();
  repos.push(repo);
  sha.init = await repo.commit({
    message: 'init',
    files: { 'README.md': 'hi\n', 'CLAUDE.md': 'Be careful.\n', 'pkg/AGENTS.md': 'Run the tests.\n' },
  });
  await repo.tag('v1');
  sha.a1 = await repo.commit({ message: `feat: one\n\n${AGENT}`, files: { 'src/one.ts': '1\n' } });
  sha.h1 = await repo.commit({
    message: 'docs: stricter instructions',
    files: { 'CLAUDE.md': 'Be very careful.\n', '.cursor/rules/style.mdc': 'Use tabs.\n', 'notes.md': 'x\n' },
  });
  sha.a2 = await repo.commit({ message: `feat: two\n\n${AGENT}`, files: { 'src/two.ts': '2\n' } });
  sha.a3 = await repo.commit({ message: `feat: three\n\n${AGENT}`, files: { 'src/three.ts': '3\n' } });
  sha.h2 = await repo.commit({ message: 'chore: drop package notes', files: { 'pkg/AGENTS.md': null } });
  scan = await scanRange({ repoPath: repo.path, base: 'v1' });
});
afterAll(() => Promise.all(repos.map((r) => r.remove())));

const commit = (s: string) => scan.commits.find((c) => c.sha === s)!;

describe('instructions in force', () => {
  it("records each agent commit's instruction set, recomputable from git ls-tree", async () => {
    const files = ['CLAUDE.md', 'pkg/AGENTS.md', '.cursor/rules/style.mdc'];
    expect(commit(sha.a1!).instructions).toBe(await byHand(repo, sha.a1!, files));
    expect(commit(sha.a2!).instructions).toBe(await byHand(repo, sha.a2!, files));
    expect(commit(sha.a3!).instructions).toBe(commit(sha.a2!).instructions);
    expect(commit(sha.a1!).instructions).not.toBe(commit(sha.a2!).instructions);
    // Human commits carry no attribution, so no instruction set either.
    expect(commit(sha.h1!).instructions).toBeUndefined();
  });

  it('lists the distinct sets oldest first, with their agent commits, and the set at the base', async () => {
    const sets = scan.instructions!;
    expect(sets.atBase?.digest).toBe(await byHand(repo, 'v1', ['CLAUDE.md', 'pkg/AGENTS.md']));
    expect(sets.atBase?.files.map((f) => f.path)).toEqual(['CLAUDE.md', 'pkg/AGENTS.md']);
    expect(sets.versions.map((v) => [v.digest, v.agentCommits, v.newest, v.oldest])).toEqual([
      [commit(sha.a1!).instructions, 1, sha.a1, sha.a1],
      [commit(sha.a2!).instructions, 2, sha.a3, sha.a2],
    ]);
    expect(sets.versions[1]!.files.map((f) => f.path)).toEqual([
      '.cursor/rules/style.mdc',
      'CLAUDE.md',
      'pkg/AGENTS.md',
    ]);
  });

  it('shows which instruction versions produced which agent commits, and what changed since the base', () => {
    const text = renderText(scan);
    expect(text).toContain('Instructions in force');
    expect(text).toMatch(/ {6}1 agent commits {2}CLAUDE\.md, pkg\/AGENTS\.md {2}\(since base: unchanged\)/);
    expect(text).toContain(
      '2 agent commits  .cursor/rules/style.mdc, CLAUDE.md, pkg/AGENTS.md  (since base: .cursor/rules/style.mdc added, CLAUDE.md changed)',
    );
    expect(text).toContain(`feat: three  [instructions ${commit(sha.a3!).instructions!.slice(7, 19)}]`);
    const md = renderMarkdown(scan);
    expect(md).toContain('**Instructions in force**');
    expect(md).toContain(
      '| 2 | .cursor/rules/style.mdc, CLAUDE.md, pkg/AGENTS.md | .cursor/rules/style.mdc added, CLAUDE.md changed |',
    );
    const html = renderHtmlReport(scan);
    expect(html).toContain('id="instructions-table"');
    expect(html).toContain('.cursor/rules/style.mdc added, CLAUDE.md changed');
    const json = toJson(scan) as { instructions: unknown; commits: { sha: string; instructions?: string }[] };
    expect(json.instructions).toEqual(scan.instructions);
    expect(json.commits.find((c) => c.sha === sha.a2)?.instructions).toBe(commit(sha.a2!).instructions);
  });

  it('goes into the statement: per commit and in the extension, which still validates', () => {
    const { dependencies, extension } = toProvenance(scan, { repositoryUri: 'https://github.com/o/r' });
    const entry = dependencies.find((d) => d.digest?.gitCommit === sha.a1);
    expect(entry?.annotations?.instructions).toBe(commit(sha.a1!).instructions);
    expect(extension.instructions).toEqual(scan.instructions);
    expect(predicateProblem(extension, dependencies)).toBeUndefined();
  });

  it('a commit only GitHub identified gets its set when its diff is completed', async () => {
    const up = await completeDiffs(
      upgradeEvidence(scan, [{ sha: sha.h1!, rule: 'GH-3', detail: 'PR #7 author Copilot (Bot)' }]),
      repo.path,
    );
    const h1 = up.commits.find((c) => c.sha === sha.h1)!;
    expect(h1.instructions).toBe(commit(sha.a2!).instructions);
    expect(up.instructions!.versions.map((v) => [v.agentCommits, v.newest, v.oldest])).toEqual([
      [1, sha.a1, sha.a1],
      [3, sha.a3, sha.h1],
    ]);
    expect(up.instructions!.atBase).toEqual(scan.instructions!.atBase);
  });

  it('a repository without instruction files, or a range without agent commits, records none', async () => {
    const plain = await GitRepo.create();
    repos.push(plain);
    await plain.commit({ message: 'init', files: { 'README.md': 'hi\n' } });
    const agent = await plain.commit({ message: `feat: x\n\n${AGENT}`, files: { 'x.ts': 'x\n' } });
    const s = await scanRange({ repoPath: plain.path });
    expect(s.commits.find((c) => c.sha === agent)?.agents).toHaveLength(1);
    expect(s.commits.find((c) => c.sha === agent)?.instructions).toBeUndefined();
    expect(s.instructions).toBeUndefined();
    expect(renderText(s)).not.toContain('Instructions in force');
    const human = await scanRange({ repoPath: repo.path, base: sha.a3 });
    expect(human.instructions).toBeUndefined();
  });
});
