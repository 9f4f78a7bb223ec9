/**
 * Line share: real repositories, real `git blame --incremental`, checked line by line against what the
 * test wrote; the history below a release tag is attributed too; a binary file, a symbolic link and a
 * submodule-free tree with an executable; hostile file names; a shallow clone's cut-off lines are unknown.
 */
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/scan.js';
import type { CliIO } from '../../src/cli/io.js';
import { blameFile, listTextFiles, parseIncremental } from '../../src/core/report/line-share/blame.js';
import {
  LineShareCounter,
  addHistoryBelow,
  attributionOf,
  computeLineShare,
} from '../../src/core/report/line-share/index.js';
import { compileRiskPaths } from '../../src/core/attribution/risk.js';
import { scanRange } from '../../src/core/scan/scan.js';
import { GitRepo } from '../support/gitrepo.js';

const lines = (n: number, tag: string): string =>
  Array.from({ length: n }, (_, i) => `${tag} ${i + 1}`).join('\n') + '\n';
const CLAUDE = 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>';
const CODEX = 'Co-authored-by: Codex (gpt-5-codex) <noreply@openai.com>';
const HOSTILE = 'src/auth/"<script>alert(1)<\\/script>\u202e.ts';

let repo: GitRepo;
let claudeSha: string;
let codexSha: string;
let humanSha: string;

beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.commit({
    message: 'root',
    files: {
      'src/app.ts': lines(10, 'human'),
      'README.md': lines(3, 'readme'),
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 0]),
      'empty.txt': '',
    },
  });
  // Before the release tag: Claude rewrites lines 1-4 of app.ts and adds an auth file.
  const app = lines(10, 'human').split('\n');
  for (let i = 0; i < 4; i++) app[i] = `claude ${i + 1}`;
  claudeSha = await repo.commit({
    message: `feat: login\n\n${CLAUDE}\n`,
    files: { 'src/app.ts': app.join('\n'), [HOSTILE]: lines(5, 'auth') },
  });
  await repo.tag('v1.0.0');
  // In the range: Codex adds a workflow; a human changes line 1 of app.ts (taking it from Claude).
  codexSha = await repo.commit({
    message: `ci: add workflow\n\n${CODEX}\n`,
    files: { '.github/workflows/ci.yml': lines(4, 'codex') },
  });
  app[0] = 'human again';
  humanSha = await repo.commit({ message: 'fix: wording', files: { 'src/app.ts': app.join('\n') } });
  await symlink('src/app.ts', path.join(repo.path, 'link.ts'));
  await repo.commit({ message: 'add a link', files: {} });
  await repo.git(['add', '-A']);
  await repo.commit({ message: 'track the link', files: { 'tools/run.sh': '#!/bin/sh\necho hi\n' } });
  await repo.git(['update-index', '--chmod=+x', 'tools/run.sh']);
  await repo.commit({ message: 'make executable' });
});
afterAll(() => repo.remove());

describe('blame', () => {
  it('lists the regular text files at a revision with their lines (no binary, no empty file, no link)', async () => {
    const head = await repo.git(['rev-parse', 'HEAD']);
    const files = await listTextFiles(repo.path, head);
    expect(files.map((f) => f.path).sort()).toEqual(
      ['.github/workflows/ci.yml', 'README.md', HOSTILE, 'src/app.ts', 'tools/run.sh'].sort(),
    );
    expect(files.find((f) => f.path === 'src/app.ts')!.lines).toBe(10);
  });

  it('counts the lines of one file by the commit that last changed them', async () => {
    const head = await repo.git(['rev-parse', 'HEAD']);
    const blame = await blameFile(repo.path, head, 'src/app.ts');
    expect(blame.lines).toBe(10);
    expect(blame.byCommit.get(claudeSha)).toBe(3);
    expect(blame.byCommit.get(humanSha)).toBe(1);
    const root = await repo.git(['rev-list', '--max-parents=0', 'HEAD']);
    expect(blame.byCommit.get(root)).toBe(6);
  });

  it('parses the incremental format without being fooled by header values', () => {
    const sha = 'a'.repeat(40);
    const other = 'b'.repeat(40);
    const text = [
      `${sha} 1 1 3`,
      'author x',
      `summary ${other} 1 1 99`,
      'filename a.ts',
      `${sha} 5 5 2`,
      'filename a.ts',
      `${other} 9 9 1`,
      'previous c d',
      'filename a.ts',
      '',
    ].join('\n');
    expect([...parseIncremental(text)]).toEqual([
      [sha, 5],
      [other, 1],
    ]);
  });

  it('a file git cannot blame is a GIT_ERROR naming it', async () => {
    const head = await repo.git(['rev-parse', 'HEAD']);
    await expect(blameFile(repo.path, head, 'no/such.ts')).rejects.toMatchObject({
      code: 'GIT_ERROR',
      message: expect.stringContaining('"no/such.ts"'),
    });
  });
});

describe('computeLineShare', () => {
  it('counts every line under the attribution of its commit, from the history below the tag too', async () => {
    const scan = await scanRange({ repoPath: repo.path });
    expect(scan.range.baseRule).toBe('tag');
    // The range holds Codex's commit only; Claude's is below the tag.
    const index = attributionOf(scan.commits);
    expect(index.has(claudeSha)).toBe(false);
    await addHistoryBelow(repo.path, scan, index);
    expect(index.get(claudeSha)?.[0]?.id).toBe('claude-code');

    const share = await computeLineShare({
      repoPath: repo.path,
      revision: scan.range.head,
      attribution: index,
      concurrency: 2,
    });
    // app.ts 10 + README 3 + auth file 5 + ci.yml 4 + run.sh 2
    expect(share.lines).toBe(24);
    expect(share.files).toBe(5);
    // Claude: 3 lines of app.ts + 5 of the auth file; Codex: 4 lines of ci.yml.
    expect(share.byAgent['claude-code']).toMatchObject({ lines: 8, byStrength: { declared: 8 } });
    expect(share.byAgent['codex']).toMatchObject({ lines: 4 });
    expect(share.agentLines).toBe(12);
    expect(share.share).toBe(0.5);
    expect(share.unknownLines).toBe(12);
    expect(share.byStrength).toEqual({ verified: 0, declared: 12, inferred: 0 });
    expect(share.byModel['anthropic/claude-opus-4-5']).toEqual({ lines: 8, share: 0.3333 });
    expect(share.byModel['openai/gpt-5-codex']?.lines).toBe(4);
    expect(share.riskPaths['auth']).toEqual({ files: 1, lines: 5, agentLines: 5, share: 1 });
    expect(share.riskPaths['ci']).toEqual({ files: 1, lines: 4, agentLines: 4, share: 1 });
    expect(share.topFiles.map((f) => [f.path, f.agentLines])).toEqual([
      [HOSTILE, 5],
      ['.github/workflows/ci.yml', 4],
      ['src/app.ts', 3],
    ]);
    expect(share.agentCommits).toBe(2);
    expect(share.commits).toBe(5);
    expect(share.shallowLines).toBe(0);
    expect(index.get(codexSha)?.[0]?.id).toBe('codex');
  });

  it('the same numbers with one git process at a time', async () => {
    const scan = await scanRange({ repoPath: repo.path, base: 'HEAD~6' });
    const index = await addHistoryBelow(repo.path, scan, attributionOf(scan.commits));
    const one = await computeLineShare({
      repoPath: repo.path,
      revision: scan.range.head,
      attribution: index,
      concurrency: 1,
    });
    const two = await computeLineShare({
      repoPath: repo.path,
      revision: scan.range.head,
      attribution: index,
      concurrency: 2,
    });
    expect(one).toEqual(two);
    expect(one.agentLines).toBe(12);
  });

  it('lines blamed to a shallow clone cut-off count as unknown, and say so', async () => {
    const shallow = await GitRepo.create();
    try {
      await shallow.git(['clone', '-q', '--depth', '2', `file://${repo.path}`, 'clone'], {});
      const clone = path.join(shallow.path, 'clone');
      const warnings: string[] = [];
      const head = (await shallow.run(['rev-parse', 'HEAD'], { cwd: clone })).stdout.trim();
      const share = await computeLineShare({
        repoPath: clone,
        revision: head,
        // Even if the cut-off commit had evidence, its lines stand for the whole missing history.
        attribution: new Map([
          [
            (await shallow.run(['rev-parse', 'HEAD~1'], { cwd: clone })).stdout.trim(),
            [
              {
                id: 'claude-code' as const,
                class: 'coding_agent' as const,
                model: null,
                strength: 'declared' as const,
              },
            ],
          ],
        ]),
        logger: { debug: () => {}, info: () => {}, warn: (m) => warnings.push(m) },
      });
      expect(share.shallowLines).toBe(share.lines);
      expect(share.agentLines).toBe(0);
      expect(warnings.join('\n')).toMatch(/shallow clone.*fetch-depth: 0/);
    } finally {
      await shallow.remove();
    }
  });
});

describe('LineShareCounter', () => {
  it('a commit with two agents counts its lines under each, once in agentLines', () => {
    const sha = 'c'.repeat(40);
    const counter = new LineShareCounter(
      'h',
      new Map([
        [
          sha,
          [
            { id: 'claude-code', class: 'coding_agent', model: 'm1', strength: 'declared' },
            { id: 'copilot', class: 'ai_review_suggestion', model: null, strength: 'verified' },
          ],
        ],
      ]),
      compileRiskPaths(),
    );
    counter.add({
      path: 'a.ts',
      lines: 4,
      byCommit: new Map([
        [sha, 3],
        ['d'.repeat(40), 1],
      ]),
    });
    const s = counter.finish();
    expect(s.agentLines).toBe(3);
    expect(s.byAgent['claude-code']!.lines).toBe(3);
    expect(s.byAgent['copilot']!.lines).toBe(3);
    expect(s.byStrength).toEqual({ verified: 0, declared: 3, inferred: 0 });
    expect(s.byModel).toEqual({ m1: { lines: 3, share: 0.75 }, unknown: { lines: 3, share: 0.75 } });
    expect(s.share).toBe(0.75);
  });

  it('no lines: shares are 0, not NaN', () => {
    const s = new LineShareCounter('h', new Map(), compileRiskPaths()).finish();
    expect(s).toMatchObject({ lines: 0, share: 0, agentLines: 0, topFiles: [] });
  });
});

describe('scan --line-share', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIO = {
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      isTTY: false,
      cwd: repo.path,
    };
    return { cli, out, err };
  };

  it('adds lineShare to the streamed JSON report', async () => {
    const { cli, out } = io();
    expect(await run(['--format', 'json', '--line-share'], cli)).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report.lineShare).toMatchObject({ lines: 24, agentLines: 12, share: 0.5 });
    expect(report.lineShare.revision).toBe(report.range.head);
  });

  it('no lineShare without the flag', async () => {
    const { cli, out } = io();
    expect(await run(['--format', 'json'], cli)).toBe(0);
    expect(JSON.parse(out.join('')).lineShare).toBeUndefined();
  });
});
