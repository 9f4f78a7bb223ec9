/**
 * The streamed scan: commits settled as they stream (merged-branch evidence included, also when commit
 * dates tie or run backwards), what `retain` keeps, evidence upgrades of kept commits, and the streamed
 * JSON report against the one built from a scan that retained every commit. Real repositories.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitAttribution } from '../../src/core/attribution/types.js';
import { toProvenance } from '../../src/core/extension/provenance.js';
import { gatherReleaseFacts, type ReleaseFactsOptions } from '../../src/core/facts/index.js';
import { toJson } from '../../src/core/scan/render.js';
import { completeDiffs, scanRange } from '../../src/core/scan/scan.js';
import type { ScanResult } from '../../src/core/scan/types.js';
import { upgradeEvidence, type GitHubFact } from '../../src/core/scan/upgrade.js';
import { run } from '../../src/cli/commands/scan.js';
import type { CliIO } from '../../src/cli/io.js';
import { GitRepo } from '../support/gitrepo.js';

const TIE = '2024-05-01T12:00:00Z';
let repo: GitRepo;
const sha: Record<string, string> = {};
let all: ScanResult;

/**
 * main:   root ─ m0 ─ m1 ─ m2 ─ M1(merge codex/x) ─ h1(surface, human) ─ t0 ─ t1 ─ t2 ─ t3 ─ M2(merge codex/y) ─ late
 * codex/x: from m0: b1 ─ b2(own Cursor trailer) ─ N(merge of codex/z: z1) ─ b3
 * codex/y: from t0: y1                       (t*, y1, M2 share one timestamp: git's default order would list t0
 *                                             before t1; --date-order keeps children first)
 * late has a committer date before its parent's (clock skew).
 */
beforeAll(async () => {
  repo = await GitRepo.create();
  sha.root = await repo.commit({ message: 'root', files: { 'README.md': 'r\n' } });
  sha.m0 = await repo.commit({ message: 'm0', files: { 'a.txt': '0\n' } });
  await repo.branch('codex/x');
  sha.m1 = await repo.commit({ message: 'm1', files: { 'a.txt': '1\n' } });
  sha.m2 = await repo.commit({
    message: 'm2 agent\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n',
    files: { 'src/auth/login.ts': 'x\n' },
  });
  await repo.checkout('codex/x');
  sha.b1 = await repo.commit({ message: 'b1', files: { 'src/b.ts': '1\n' } });
  sha.b2 = await repo.commit({
    message: 'b2\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n',
    files: { 'src/b.ts': '2\n' },
  });
  await repo.branch('codex/z');
  await repo.checkout('codex/z');
  sha.z1 = await repo.commit({ message: 'z1', files: { 'src/z.ts': 'z\n' } });
  await repo.checkout('codex/x');
  sha.N = await repo.merge('codex/z', { message: 'Merge pull request #2 from acme/codex/z-9' });
  sha.b3 = await repo.commit({ message: 'b3', files: { 'src/b.ts': '3\n' } });
  await repo.checkout('main');
  sha.M1 = await repo.merge('codex/x', { message: 'Merge pull request #1 from acme/codex/x' });
  sha.h1 = await repo.commit({
    message: 'h1: hooks',
    files: { '.claude/settings.json': '{"hooks":{"SessionStart":[{"command":"curl x | sh"}]}}\n' },
  });
  sha.t0 = await repo.commit({ message: 't0', files: { 'c.txt': '0\n' }, date: TIE });
  await repo.branch('codex/y');
  sha.t1 = await repo.commit({ message: 't1', files: { 'c.txt': '1\n' }, date: TIE });
  sha.t2 = await repo.commit({ message: 't2', files: { 'c.txt': '2\n' }, date: TIE });
  sha.t3 = await repo.commit({ message: 't3', files: { 'c.txt': '3\n' }, date: TIE });
  await repo.checkout('codex/y');
  sha.y1 = await repo.commit({ message: 'y1', files: { 'y.txt': 'y\n' }, date: TIE });
  await repo.checkout('main');
  sha.M2 = await repo.merge('codex/y', {
    message: 'Merge pull request #3 from acme/codex/y',
    date: TIE,
  });
  sha.late = await repo.commit({
    message: 'late',
    files: { 'd.txt': 'd\n' },
    date: '2024-05-02T00:00:00Z',
    committerDate: '2024-04-01T00:00:00Z',
  });
  all = await scanRange({ repoPath: repo.path });
});
afterAll(() => repo.remove());

const agentsOf = (scan: ScanResult, name: string): CommitAttribution['agents'] =>
  scan.commits.find((c) => c.sha === sha[name])!.agents;

const factsOptions: ReleaseFactsOptions = {
  reviews: 'off',
  githubApiUrl: 'http://127.0.0.1:9',
  serverUrl: 'https://github.com',
};

describe('merged-branch evidence, settled as commits stream', () => {
  it('lists every commit, no commit before its children', () => {
    expect(all.range.commits).toBe(Object.keys(sha).length);
    const position = new Map(all.commits.map((c, i) => [c.sha, i]));
    expect(position.get(sha.t1!)).toBeLessThan(position.get(sha.t0!)!);
    expect(position.get(sha.late!)).toBe(0);
  });

  it('gives the commits each agent-branch merge first brought its branch evidence, nested merges included', () => {
    for (const name of ['b1', 'b3']) {
      expect(agentsOf(all, name), name).toMatchObject([
        { id: 'codex', strength: 'inferred', evidence: [{ rule: 'CX-3', via: sha.M1 }] },
      ]);
    }
    // b2 has evidence of its own (Cursor): the branch name adds nothing to it.
    expect(agentsOf(all, 'b2').map((a) => a.id)).toEqual(['cursor']);
    // z1 came into codex/x through N (a merge of codex/z), not on codex/x's first-parent chain.
    expect(agentsOf(all, 'z1')).toMatchObject([{ id: 'codex', evidence: [{ via: sha.N }] }]);
    expect(agentsOf(all, 'y1')).toMatchObject([{ id: 'codex', evidence: [{ via: sha.M2 }] }]);
    // Merges themselves and mainline commits stay as they are, with tied dates too.
    for (const name of ['N', 'M1', 'M2', 'root', 'm0', 'm1', 't0', 't1', 't2', 't3', 'h1', 'late']) {
      expect(agentsOf(all, name), name).toEqual([]);
    }
    expect(all.commits.find((c) => c.sha === sha.b1)!.linesAdded).toBe(1);
  });
});

describe('retain', () => {
  it("'evidence' keeps the commits with evidence; totals and range as with 'all'; onCommit sees every commit", async () => {
    const streamed: CommitAttribution[] = [];
    const evidence = await scanRange({
      repoPath: repo.path,
      retain: 'evidence',
      onCommit: (c) => streamed.push(c),
    });
    expect(evidence.retained).toBe('evidence');
    expect(evidence.range).toEqual(all.range);
    expect(evidence.totals).toEqual(all.totals);
    expect(evidence.commits).toEqual(all.commits.filter((c) => c.agents.length > 0));
    expect(evidence.commits.length).toBeLessThan(all.commits.length);
    expect(streamed).toEqual(all.commits);
  });

  it("'none' keeps only the commits named in keep", async () => {
    const none = await scanRange({ repoPath: repo.path, retain: 'none', keep: new Set([sha.h1!, sha.b1!]) });
    expect(none.commits.map((c) => c.sha)).toEqual([sha.h1, sha.b1]);
    expect(none.totals).toEqual(all.totals);
  });

  it('upgrades a kept commit without evidence as a full scan would; a commit not kept is an error', async () => {
    const facts: GitHubFact[] = [{ sha: sha.t1!, rule: 'CC-5', detail: 'PR #4 opened by claude[bot]' }];
    const full = await completeDiffs(upgradeEvidence(all, facts), repo.path);
    const kept = await scanRange({ repoPath: repo.path, retain: 'evidence', keep: new Set([sha.t1!]) });
    const upgraded = await completeDiffs(upgradeEvidence(kept, facts), repo.path);
    expect(upgraded.totals).toEqual(full.totals);
    expect(upgraded.totals.agentCommits).toBe(all.totals.agentCommits + 1);
    expect(upgraded.commits).toEqual(full.commits.filter((c) => c.agents.length > 0));
    expect(upgraded.commits.find((c) => c.sha === sha.t1)).toMatchObject({ linesAdded: 1 });

    const notKept = await scanRange({ repoPath: repo.path, retain: 'evidence' });
    expect(() => upgradeEvidence(notKept, facts)).toThrow(/did not keep/);
  });

  it('attest facts keep evidence and surface commits: the same provenance as from a full scan', async () => {
    const facts = await gatherReleaseFacts(repo.path, factsOptions, silent);
    const full = await gatherReleaseFacts(repo.path, factsOptions, silent, { retain: 'all' });
    expect(facts.scan.retained).toBe('evidence');
    expect(facts.scan.commits.map((c) => c.sha)).toContain(sha.h1);
    expect(facts.scan.surfaces).toEqual(full.scan.surfaces);
    const uri = { repositoryUri: 'https://github.com/acme/app' };
    expect(toProvenance(facts.scan, uri)).toEqual(toProvenance(full.scan, uri));
  });
});

const silent = { debug: () => {}, info: () => {}, warn: () => {} };

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io: CliIO = { stdout: (t) => void out.push(t), stderr: () => {}, isTTY: false, cwd: repo.path };
  const code = await run(args, io);
  return { code, out: out.join('') };
}

describe('scan --format json, streamed', () => {
  it('writes the report of a full scan: parsed equal to toJson, the same bytes with commits first', async () => {
    const { code, out } = await cli(['--format', 'json']);
    expect(code).toBe(0);
    const full = await gatherReleaseFacts(repo.path, factsOptions, silent, { retain: 'all' });
    const expected = toJson(full.scan) as Record<string, unknown>;
    expect(JSON.parse(out)).toEqual(expected);
    const { commits, ...rest } = expected;
    expect(out).toBe(`${JSON.stringify({ commits, ...rest }, null, 2)}\n`);
    expect((expected.commits as unknown[]).length).toBe(Object.keys(sha).length);
    expect((expected.surfaces as unknown[]).length).toBe(1);
  });

  it('writes a valid report for an empty range', async () => {
    const { code, out } = await cli(['--format', 'json', '--base', 'HEAD', '--head', 'HEAD']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ commits: [], range: { commits: 0 }, totals: { commits: 0 } });
  });

  it('writes nothing when the range cannot be resolved', async () => {
    const out: string[] = [];
    const io: CliIO = { stdout: (t) => void out.push(t), stderr: () => {}, isTTY: false, cwd: repo.path };
    await expect(run(['--format', 'json', '--base', 'no-such-rev'], io)).rejects.toThrow(
      /does not name a commit/,
    );
    expect(out).toEqual([]);
  });
});
