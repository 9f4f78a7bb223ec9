/**
 * scanRange on real repositories built in temporary folders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentAttestError } from '../../src/core/errors.js';
import { completeDiffs, scanRange } from '../../src/core/scan/scan.js';
import { upgradeEvidence } from '../../src/core/scan/upgrade.js';
import type { ScanResult } from '../../src/core/scan/types.js';
import { AGENT_SHAPES, NEGATIVE_SHAPES } from '../attribution/shapes.js';
import { GitRepo } from '../support/gitrepo.js';

const repos: GitRepo[] = [];
async function newRepo(): Promise<GitRepo> {
  const r = await GitRepo.create();
  repos.push(r);
  return r;
}
afterAll(async () => {
  await Promise.all(repos.map((r) => r.remove()));
});

const bySha = (scan: ScanResult, sha: string) => scan.commits.find((c) => c.sha === sha)!;
const ids = (scan: ScanResult, sha: string) =>
  bySha(scan, sha)
    .agents.map((a) => a.id)
    .sort();

async function expectError(p: Promise<unknown>, code: string, text: RegExp): Promise<void> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AgentAttestError);
  expect((e as AgentAttestError).code).toBe(code);
  expect((e as AgentAttestError).message).toMatch(text);
}

describe('each agent commit shape, committed for real', () => {
  let repo: GitRepo;
  let scan: ScanResult;
  const shas = new Map<string, string>();
  beforeAll(async () => {
    repo = await newRepo();
    let n = 0;
    for (const s of [...AGENT_SHAPES, ...NEGATIVE_SHAPES]) {
      shas.set(
        s.name,
        await repo.commit({
          message: s.message,
          author: s.author,
          committer: s.committer,
          files: { [`f${n++}.txt`]: `${s.name}\n` },
        }),
      );
    }
    scan = await scanRange({ repoPath: repo.path });
  });

  it('lists every commit of the range, agent or not', () => {
    expect(scan.range).toMatchObject({ base: null, baseRule: 'root', commits: shas.size });
    expect(scan.commits).toHaveLength(shas.size);
    expect(scan.totals.unknownCommits).toBe(NEGATIVE_SHAPES.length);
  });

  for (const s of [...AGENT_SHAPES, ...NEGATIVE_SHAPES]) {
    it(s.name, () => {
      const sha = shas.get(s.name)!;
      expect(ids(scan, sha)).toEqual(Object.keys(s.expect).sort());
      for (const [id, e] of Object.entries(s.expect)) {
        const a = bySha(scan, sha).agents.find((x) => x.id === id)!;
        expect(a.strength).toBe(e.strength);
        expect(a.evidence.map((x) => x.rule)).toContain(e.rule);
      }
    });
  }

  it('counts lines of agent commits', () => {
    const c = bySha(scan, shas.get(AGENT_SHAPES[0]!.name)!);
    expect(c).toMatchObject({ linesAdded: 1, linesRemoved: 0, filesChanged: 1 });
    // Each commit added one line; totals count agent commits only.
    expect(scan.totals.linesAdded).toBe(scan.totals.agentCommits);
  });

  it('separates review suggestions from coding agents in the totals', () => {
    expect(scan.totals.reviewSuggestionCommits).toBe(2);
    expect(scan.totals.byAgent['gemini-code-assist']!.commits).toBe(1);
  });
});

describe('history shapes', () => {
  it('walks all parents of merges and carries a merged agent branch name to its commits (inferred)', async () => {
    const repo = await newRepo();
    await repo.commit({ message: 'root', files: { 'a.txt': '1\n' } });
    await repo.branch('codex/fix-upload');
    await repo.checkout('codex/fix-upload');
    const b1 = await repo.commit({ message: 'Fix upload', files: { 'src/upload.ts': 'x\n' } });
    const b2 = await repo.commit({ message: 'Add test', files: { 'test/upload.test.ts': 'y\n' } });
    await repo.checkout('main');
    const m1 = await repo.commit({ message: 'Unrelated mainline work', files: { 'b.txt': '2\n' } });
    const merge = await repo.merge('codex/fix-upload', {
      message: 'Merge pull request #13 from anvilnine/codex/fix-upload',
    });
    const scan = await scanRange({ repoPath: repo.path });
    expect(scan.commits.map((c) => c.sha)).toEqual(expect.arrayContaining([b1, b2, m1, merge]));
    expect(ids(scan, merge)).toEqual([]);
    for (const sha of [b1, b2]) {
      const a = bySha(scan, sha).agents[0]!;
      expect(a).toMatchObject({ id: 'codex', strength: 'inferred' });
      expect(a.evidence[0]).toMatchObject({ rule: 'CX-3', via: merge });
    }
    expect(bySha(scan, b1).linesAdded).toBe(1);
    expect(ids(scan, m1)).toEqual([]);
  });

  it('reads a squash merge whose agent author became a co-author trailer', async () => {
    const repo = await newRepo();
    const sha = await repo.commit({
      message:
        'Add rate limiter (#42)\n\n* Add rate limiter\n\n* Address review\n\n---------\n\nCo-authored-by: claude[bot] <209825114+claude[bot]@users.noreply.github.com>\nCo-authored-by: Grace Hopper <grace@example.org>\n',
      files: { 'src/limit.ts': 'a\nb\nc\n' },
    });
    const scan = await scanRange({ repoPath: repo.path });
    expect(bySha(scan, sha).agents).toMatchObject([
      { id: 'claude-code', strength: 'declared', evidence: [{ rule: 'CC-5', where: 'co-author' }] },
    ]);
  });

  it('survives messages that are not UTF-8, huge, or contain record-separator look-alikes', async () => {
    const repo = await newRepo();
    await repo.commit({ message: 'root' });
    // Raw bytes: `git commit` would re-encode an invalid message as Latin-1.
    const latin1 = await repo.rawCommit({
      message: Buffer.concat([
        Buffer.from('Caf'),
        Buffer.from([0xe9, 0xff, 0xfe]),
        Buffer.from('\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n'),
      ]),
    });
    const declared = await repo.commit({
      message: Buffer.from(
        'R\xe9sum\xe9 parser\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n',
        'latin1',
      ),
      encoding: 'ISO-8859-1',
    });
    const huge = await repo.commit({
      message: `Vendor data\n\n${'lorem ipsum '.repeat(400_000)}\n\nCo-authored-by: Amp <amp@ampcode.com>\n`,
    });
    const odd = await repo.commit({
      message: '\x1eS\n\x1eB\n%x00\nfake\n\nCo-Authored-By: Warp <agent@warp.dev>\n',
    });
    // git commit refuses a NUL in a message; a crafted object can still carry one.
    const nul = await repo.rawCommit({ message: 'NUL\x00inside\n\nCo-authored-by: Amp <amp@ampcode.com>\n' });
    const scan = await scanRange({ repoPath: repo.path });
    expect(scan.commits).toHaveLength(6);
    expect(ids(scan, latin1)).toEqual(['claude-code']);
    expect(bySha(scan, latin1).subject).toContain('Caf\uFFFD');
    expect(ids(scan, declared)).toEqual(['cursor']);
    expect(bySha(scan, declared).subject).toBe('Résumé parser');
    expect(ids(scan, huge)).toEqual(['amp']);
    expect(ids(scan, odd)).toEqual(['warp']);
    expect(scan.commits[0]!.sha).toBe(nul);
  });

  it('reads git-ai notes (refs/notes/ai, authorship/3.0.0): agent, model, lines', async () => {
    const repo = await newRepo();
    const sha = await repo.commit({ message: 'Add feature', files: { 'src/main.rs': 'fn main() {}\n' } });
    const note = [
      'src/main.rs',
      '  s_0123456789abcd::t_0123456789abcd 1-4,9-10,12',
      '  h_0123456789abcd 5-8',
      '---',
      JSON.stringify({
        schema_version: 'authorship/3.0.0',
        base_commit_sha: sha,
        prompts: {},
        sessions: {
          s_0123456789abcd: { agent_id: { tool: 'claude', id: 'abc', model: 'claude-opus-4-5-20251101' } },
        },
      }),
    ].join('\n');
    await repo.note(sha, note);
    const scan = await scanRange({ repoPath: repo.path });
    expect(scan.sources.notes).toEqual({ ref: 'refs/notes/ai', present: true, commits: 1 });
    expect(bySha(scan, sha).agents).toMatchObject([
      {
        id: 'claude-code',
        model: 'anthropic/claude-opus-4-5-20251101',
        strength: 'declared',
        evidence: [{ rule: 'LN-1', tier: 'L', lines: 7 }],
      },
    ]);
  });

  it('fetches refs/notes/ai from a remote when asked', async () => {
    const origin = await newRepo();
    const sha = await origin.commit({ message: 'x' });
    await origin.note(
      sha,
      `f\n  s_0123456789abcd 1-2\n---\n${JSON.stringify({ schema_version: 'authorship/3.0.0', base_commit_sha: sha, prompts: {}, sessions: { s_0123456789abcd: { agent_id: { tool: 'cursor', id: '1', model: 'gpt-5' } } } })}`,
    );
    const clone = await origin.clone();
    repos.push(clone);
    const without = await scanRange({ repoPath: clone.path });
    expect(without.sources.notes.present).toBe(false);
    const withNotes = await scanRange({ repoPath: clone.path, fetchNotesFrom: 'origin' });
    expect(bySha(withNotes, sha).agents).toMatchObject([{ id: 'cursor', model: 'openai/gpt-5' }]);
  });

  it('reads Agent Trace records (.agent-trace/traces.jsonl) for commits of the range', async () => {
    const repo = await newRepo();
    const sha = await repo.commit({ message: 'Implement search', files: { 'src/search.ts': 'a\n' } });
    const record = {
      version: '0.1.0',
      id: '3f1c0e2a-1111-4222-8333-944455556666',
      timestamp: '2026-01-05T10:00:00Z',
      vcs: { type: 'git', revision: sha },
      tool: { name: 'cursor', version: '2.0' },
      files: [
        {
          path: 'src/search.ts',
          conversations: [
            {
              contributor: { type: 'ai', model_id: 'anthropic/claude-opus-4-5-20251101' },
              ranges: [{ start_line: 1, end_line: 20 }],
            },
          ],
        },
      ],
    };
    await repo.commit({
      message: 'Record traces',
      files: { '.agent-trace/traces.jsonl': `${JSON.stringify(record)}\nnot json\n` },
    });
    const scan = await scanRange({ repoPath: repo.path });
    expect(scan.sources.agentTrace).toEqual({ files: ['.agent-trace/traces.jsonl'], records: 1 });
    expect(bySha(scan, sha).agents).toMatchObject([
      { id: 'cursor', model: 'anthropic/claude-opus-4-5-20251101', evidence: [{ rule: 'LN-2', lines: 20 }] },
    ]);
  });

  it('records attribution-suppression config as its own finding', async () => {
    const repo = await newRepo();
    await repo.commit({
      message: 'Configure Claude',
      files: {
        '.claude/settings.json': '{ // team settings\n "attribution": { "commit": "", "pr": "" } }',
        '.githooks/commit-msg': '#!/bin/sh\nsed -i \'/^Co-authored-by: Cursor/d\' "$1"\n',
        '.aider.conf.yml': 'attribute-co-authored-by: false\n',
      },
    });
    const scan = await scanRange({ repoPath: repo.path });
    expect(scan.suppression.map((s) => `${s.path}:${s.setting}`).sort()).toEqual([
      '.aider.conf.yml:attribute-co-authored-by=false',
      '.claude/settings.json:attribution.commit=""',
      '.githooks/commit-msg:commit-msg hook removes Co-authored-by lines',
    ]);
  });

  it('names the high-risk paths agent commits touched (configurable)', async () => {
    const repo = await newRepo();
    const sha = await repo.commit({
      message: 'Harden things\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
      files: {
        'src/auth/session.ts': '1\n2\n',
        '.github/workflows/release.yml': 'on: push\n',
        'db/migrations/001_init.sql': 'create table t();\n',
        Dockerfile: 'FROM scratch\n',
        'infra/main.tf': 'x\n',
        'src/crypto/keys.ts': 'k\n',
        'README.md': 'r\n',
      },
    });
    await repo.commit({ message: 'human change', files: { 'src/auth/other.ts': 'h\n' } });
    const scan = await scanRange({ repoPath: repo.path });
    const c = bySha(scan, sha);
    expect(Object.fromEntries(c.riskPaths.map((r) => [r.path, r.categories]))).toEqual({
      '.github/workflows/release.yml': ['ci'],
      Dockerfile: ['containers'],
      'db/migrations/001_init.sql': ['migrations'],
      'infra/main.tf': ['infrastructure'],
      'src/auth/session.ts': ['auth'],
      'src/crypto/keys.ts': ['crypto'],
    });
    expect(c).toMatchObject({ linesAdded: 8, linesRemoved: 0 });
    expect(scan.totals.riskPaths['auth']).toEqual({ commits: 1, paths: 1 });
    const custom = await scanRange({ repoPath: repo.path, riskPaths: { docs: ['**/*.md'] } });
    expect(bySha(custom, sha).riskPaths).toEqual([{ path: 'README.md', categories: ['docs'] }]);
  });
});

describe('range', () => {
  let repo: GitRepo;
  const c: Record<string, string> = {};
  beforeAll(async () => {
    repo = await newRepo();
    c.a = await repo.commit({ message: 'a' });
    await repo.tag('v1.0.0');
    c.b = await repo.commit({ message: 'b' });
    await repo.tag('v1.1.0', 'HEAD', { message: 'release 1.1.0' });
    c.c = await repo.commit({ message: 'c' });
    await repo.tag('nightly-1');
    c.d = await repo.commit({ message: 'd' });
    await repo.tag('v2.0.0');
    // A newer tag on a branch that head does not contain.
    await repo.branch('other', c.a);
    await repo.checkout('other');
    c.x = await repo.commit({ message: 'x' });
    await repo.tag('v9.0.0');
    await repo.checkout('main');
  });

  it('defaults to the newest release tag reachable from head, other than head itself', async () => {
    const scan = await scanRange({ repoPath: repo.path });
    expect(scan.range).toMatchObject({ base: c.b, head: c.d, baseRule: 'tag', tag: 'v1.1.0', commits: 2 });
  });

  it('uses the tag pattern', async () => {
    const scan = await scanRange({ repoPath: repo.path, tagPattern: 'nightly-*' });
    expect(scan.range).toMatchObject({ base: c.c, baseRule: 'tag', tag: 'nightly-1', commits: 1 });
  });

  it('takes an explicit base, then the pull request base, else the root', async () => {
    expect(
      (await scanRange({ repoPath: repo.path, base: 'v1.0.0', pullRequestBase: c.c })).range,
    ).toMatchObject({ base: c.a, baseRule: 'explicit', commits: 3 });
    expect((await scanRange({ repoPath: repo.path, pullRequestBase: c.c })).range).toMatchObject({
      base: c.c,
      baseRule: 'pull-request',
      commits: 1,
    });
    expect((await scanRange({ repoPath: repo.path, head: c.a })).range).toMatchObject({
      base: null,
      baseRule: 'root',
      commits: 1,
    });
  });

  it('rejects bad revisions and non-repositories with a fix', async () => {
    await expectError(
      scanRange({ repoPath: repo.path, base: 'nope' }),
      'INPUT_INVALID',
      /--base 'nope' does not name a commit/,
    );
    await expectError(
      scanRange({ repoPath: repo.path, head: '--output=/tmp/x' }),
      'INPUT_INVALID',
      /not a valid revision/,
    );
    const empty = await GitRepo.create();
    repos.push(empty);
    await expectError(scanRange({ repoPath: `${empty.path}/missing` }), 'FILE_NOT_FOUND', /not a directory/);
  });

  it('detects a shallow clone and says to set fetch-depth: 0', async () => {
    const shallow = await repo.clone({ depth: 1 });
    repos.push(shallow);
    await expectError(scanRange({ repoPath: shallow.path }), 'SHALLOW_CLONE', /fetch-depth: 0/);
    // A deeper shallow clone whose history covers the range is fine.
    const deeper = await repo.clone({ depth: 3 });
    repos.push(deeper);
    const scan = await scanRange({ repoPath: deeper.path, base: c.c });
    expect(scan.range.commits).toBe(1);
  });
});

describe('GitHub facts', () => {
  it('upgradeEvidence marks findings verified; completeDiffs fills lines for new agent commits', async () => {
    const repo = await newRepo();
    const agent = await repo.commit({
      author: { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
      message: 'Fix bug',
      files: { 'a.ts': '1\n' },
    });
    const plain = await repo.commit({ message: 'Implement thing', files: { 'src/auth/b.ts': '1\n2\n' } });
    const scan = await scanRange({ repoPath: repo.path });
    expect(scan.totals.byStrength).toEqual({ verified: 0, declared: 1, inferred: 0 });
    const up = upgradeEvidence(scan, [
      { sha: agent, rule: 'GH-1', detail: 'commit signed by GitHub (web-flow), verified' },
      { sha: plain, rule: 'GH-3', detail: 'PR #7 author Copilot (Bot)' },
    ]);
    expect(bySha(up, agent).agents[0]).toMatchObject({ id: 'copilot-coding-agent', strength: 'verified' });
    expect(bySha(up, agent).agents[0]!.evidence.map((e) => `${e.rule}/${e.tier}`)).toEqual([
      'GH-1/V2',
      'GH-1/GH',
    ]);
    expect(up.totals.byStrength).toEqual({ verified: 2, declared: 0, inferred: 0 });
    expect(bySha(scan, plain).agents).toEqual([]); // the input is not changed
    const done = await completeDiffs(up, repo.path);
    expect(bySha(done, plain)).toMatchObject({
      linesAdded: 2,
      riskPaths: [{ path: 'src/auth/b.ts', categories: ['auth'] }],
    });
    expect(() => upgradeEvidence(scan, [{ sha: 'f'.repeat(40), rule: 'GH-3', detail: '' }])).toThrow(
      /outside the scanned range/,
    );
    expect(() => upgradeEvidence(scan, [{ sha: agent, rule: 'GH-99', detail: '' }])).toThrow(/unknown rule/);
  });
});
