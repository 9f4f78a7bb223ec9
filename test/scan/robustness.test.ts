/**
 * A scan finishes on the clones users really have, and `--format json` never leaves half a document:
 * damaged and shallow repositories that fail mid-stream, real git repositories built here.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/scan.js';
import type { CliIO } from '../../src/cli/io.js';
import { GitRepo } from '../support/gitrepo.js';
import Ajv2020 from 'ajv/dist/2020.js';
import extensionSchema from '../../docs/extension.schema.json' with { type: 'json' };
import scanSchema from '../../docs/scan-report.schema.json' with { type: 'json' };

// The failure document is one branch of the report's schema.
const ajv = new Ajv2020.default({ allErrors: true, strict: false, validateFormats: false });
ajv.addSchema(extensionSchema);
const validReport = ajv.compile(scanSchema);

/** A linear history of `n` commits (one small file each; every 10th an agent commit), by fast-import. */
function history(n: number): string {
  const parts: string[] = [];
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let i = 1; i <= n; i++) {
    const msg =
      i % 10 === 0
        ? `feat: change ${i}\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n`
        : `chore: change ${i}\n`;
    const when = `${1_700_000_000 + i * 60} +0000`;
    parts.push(
      `commit refs/heads/main\nmark :${i}\nauthor Dev <dev@example.com> ${when}\ncommitter Dev <dev@example.com> ${when}\n${data(msg)}` +
        (i > 1 ? `from :${i - 1}\n` : '') +
        `M 100644 inline src/f${i % 50}.ts\n${data(`export const v = ${i};\n`)}\n`,
    );
  }
  return `${parts.join('')}done\n`;
}

/** Turns a repository's packs into loose objects, so that single objects can be removed. */
async function looseObjects(repo: GitRepo): Promise<void> {
  const pack = path.join(repo.path, 'objects', 'pack');
  for (const f of (await readdir(pack)).filter((n) => n.endsWith('.pack'))) {
    const bytes = await readFile(path.join(pack, f));
    await rm(pack, { recursive: true });
    await repo.git(['unpack-objects', '-q'], { input: bytes });
  }
}

interface CliRun {
  code: number | undefined;
  error: unknown;
  out: string;
  err: string;
}

async function scanJson(repoPath: string, extra: string[] = []): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTTY: false,
    cwd: repoPath,
  };
  let code: number | undefined;
  let error: unknown;
  try {
    code = await run(['--format', 'json', ...extra], io);
  } catch (e) {
    error = e;
  }
  return { code, error, out: out.join(''), err: err.join('') };
}

let source: GitRepo;
const COMMITS = 1500;

beforeAll(async () => {
  source = await GitRepo.create();
  await source.fastImport(history(COMMITS));
});
afterAll(() => source.remove());

describe('--format json on a failure mid-stream', () => {
  it('closes the report begun with an error member when a shallow clone ends inside the range', async () => {
    const shallow = await source.clone({ depth: 1200 });
    try {
      const r = await scanJson(shallow.path);
      expect(r.error).toMatchObject({ code: 'SHALLOW_CLONE' });
      // Part of the report had gone out (more than one write buffer of commits): it is a whole document.
      const report = JSON.parse(r.out) as { commits: unknown[]; error: Record<string, unknown> };
      expect(report.commits.length).toBeGreaterThan(0);
      expect(report.error).toEqual({
        code: 'SHALLOW_CLONE',
        message: expect.stringMatching(/shallow clone/),
        commitsWritten: report.commits.length,
      });
      expect(report).not.toHaveProperty('totals');
      expect(validReport(report), ajv.errorsText(validReport.errors)).toBe(true);
    } finally {
      await shallow.remove();
    }
  });

  it('fails with GIT_ERROR and writes nothing when a commit object of the range is missing', async () => {
    const damaged = await GitRepo.create({ bare: true });
    try {
      await damaged.fastImport(history(200));
      await looseObjects(damaged);
      const victim = await damaged.git(['rev-parse', 'HEAD~150']);
      await rm(path.join(damaged.path, 'objects', victim.slice(0, 2), victim.slice(2)));

      const r = await scanJson(damaged.path);
      expect(r.error).toMatchObject({ code: 'GIT_ERROR', message: expect.stringMatching(/git log failed/) });
      // git log --date-order walks the whole range before its first record: the failure comes first.
      expect(r.out).toBe('');
    } finally {
      await damaged.remove();
    }
  });

  it('writes nothing when the failure comes before any commit was written', async () => {
    const shallow = await source.clone({ depth: 5 });
    try {
      const r = await scanJson(shallow.path);
      expect(r.error).toMatchObject({ code: 'SHALLOW_CLONE' });
      expect(r.out).toBe('');
    } finally {
      await shallow.remove();
    }
  });
});

/** A file of `kib` KiB (distinct per seed): above a partial clone's `blob:limit=1k`. */
const big = (seed: number, kib = 4): string =>
  Array.from({ length: kib * 16 }, (_, i) => `line ${seed}-${i} ${'x'.repeat(50)}`).join('\n') + '\n';
const CLAUDE = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';

interface JsonCommit {
  sha: string;
  agents: unknown[];
  linesAdded?: number | null;
  linesRemoved?: number | null;
  linesUnknown?: string;
  paths?: string[];
  riskPaths: Array<{ path: string }>;
}

describe('objects git cannot read', () => {
  let repo: GitRepo;
  const sha: Record<string, string> = {};

  beforeAll(async () => {
    repo = await GitRepo.create();
    sha.root = await repo.commit({
      message: 'root',
      files: { 'README.md': 'readme\n', 'docs/big.md': big(0), 'src/small.ts': 'a\n' },
    });
    // Agent commits: one touches only small files, one a big file (and an auth path), one renames a big file.
    sha.small = await repo.commit({
      message: `feat: small change${CLAUDE}`,
      files: { 'src/small.ts': 'a\nb\nc\n' },
    });
    sha.big = await repo.commit({
      message: `feat: big change${CLAUDE}`,
      files: { 'docs/big.md': big(1), 'src/auth/login.ts': 'login\n' },
    });
    sha.human = await repo.commit({ message: 'chore: human', files: { 'docs/big.md': big(2) } });
    sha.renamed = await repo.commit({
      message: `refactor: move${CLAUDE}`,
      files: { 'docs/big.md': null, 'docs/moved.md': big(2) },
    });
    sha.after = await repo.commit({
      message: `feat: after${CLAUDE}`,
      files: { 'src/small.ts': 'a\nb\nc\nd\n' },
    });
  });
  afterAll(() => repo.remove());

  const commitsOf = (out: string): Record<string, JsonCommit> =>
    Object.fromEntries(
      (JSON.parse(out) as { commits: JsonCommit[] }).commits.map((c) => [
        Object.entries(sha).find(([, v]) => v === c.sha)![0],
        c,
      ]),
    );

  it('a full clone: every agent commit has its line counts', async () => {
    const r = await scanJson(repo.path);
    expect(r.code).toBe(0);
    const c = commitsOf(r.out);
    expect(c.big).toMatchObject({ linesAdded: 65, linesRemoved: 64 });
    expect(c.big).not.toHaveProperty('linesUnknown');
    expect(JSON.parse(r.out).warnings).toEqual([]);
  });

  it('a partial clone (blob:limit=1k): finishes; big-blob commits keep attribution and paths, lines unknown; nothing fetched', async () => {
    const partial = await repo.clone({ filter: 'blob:limit=1k', bare: true });
    try {
      const missing = async () =>
        (await partial.git(['rev-list', '--objects', '--all', '--missing=print']))
          .split('\n')
          .filter((l) => l.startsWith('?')).length;
      const missingBefore = await missing();
      expect(missingBefore).toBeGreaterThan(0);

      const r = await scanJson(partial.path);
      expect(r.error).toBeUndefined();
      expect(r.code).toBe(0);
      const report = JSON.parse(r.out) as {
        warnings: string[];
        totals: { agentCommits: number; linesAdded: number; linesRemoved: number };
      };
      const c = commitsOf(r.out);
      // Small blobs are in the clone: counted as in a full clone.
      expect(c.small).toMatchObject({ linesAdded: 2, linesRemoved: 0, paths: ['src/small.ts'] });
      expect(c.after).toMatchObject({ linesAdded: 1, linesRemoved: 0 });
      // Big blobs are not: attribution, paths and risk paths stay; line counts are unknown, with the reason.
      for (const name of ['big', 'renamed']) {
        expect(c[name]!.agents.length, name).toBe(1);
        expect(c[name], name).toMatchObject({
          linesAdded: null,
          linesRemoved: null,
          linesUnknown: expect.stringMatching(/^blob [0-9a-f]{12} is not in this clone$/),
        });
      }
      expect(c.big!.paths!.sort()).toEqual(['docs/big.md', 'src/auth/login.ts']);
      expect(c.big!.riskPaths.map((p) => p.path)).toEqual(['src/auth/login.ts']);
      // Without rename detection a rename is a deletion and an addition: both paths are listed.
      expect(c.renamed!.paths!.sort()).toEqual(['docs/big.md', 'docs/moved.md']);
      expect(report.totals).toMatchObject({ agentCommits: 4, linesAdded: 3, linesRemoved: 0 });
      expect(report.warnings).toEqual([
        expect.stringMatching(/^git could not read the contents of 2 agent commit\(s\)/),
      ]);
      expect(r.err).toBe('');
      // The scan never fetched what the clone left out.
      expect(await missing()).toBe(missingBefore);
    } finally {
      await partial.remove();
    }
  });

  it('a blobless clone (blob:none): every commit keeps its paths, no line counts', async () => {
    const partial = await repo.clone({ filter: 'blob:none', bare: true });
    try {
      const r = await scanJson(partial.path);
      expect(r.code).toBe(0);
      const c = commitsOf(r.out);
      for (const name of ['small', 'big', 'renamed', 'after']) {
        expect(c[name], name).toMatchObject({ linesUnknown: expect.any(String), linesAdded: null });
        expect(c[name]!.paths!.length, name).toBeGreaterThan(0);
      }
      expect(JSON.parse(r.out).warnings[0]).toMatch(/contents of 4 agent commit/);
    } finally {
      await partial.remove();
    }
  });

  it('a repository with a deleted blob: that commit is marked, the others are counted', async () => {
    const damaged = await repo.clone({ bare: true });
    try {
      await looseObjects(damaged);
      const blob = await damaged.git(['rev-parse', `${sha.big}:src/auth/login.ts`]);
      await rm(path.join(damaged.path, 'objects', blob.slice(0, 2), blob.slice(2)));
      const r = await scanJson(damaged.path);
      expect(r.code).toBe(0);
      const c = commitsOf(r.out);
      expect(c.big).toMatchObject({
        linesAdded: null,
        linesUnknown: `blob ${blob.slice(0, 12)} is not in this clone`,
      });
      expect(c.big!.paths!.sort()).toEqual(['docs/big.md', 'src/auth/login.ts']);
      for (const name of ['small', 'renamed', 'after'])
        expect(c[name], name).not.toHaveProperty('linesUnknown');
      expect(c.renamed).toMatchObject({
        linesAdded: 0,
        linesRemoved: 0,
        paths: ['docs/moved.md', 'docs/big.md'],
      });
    } finally {
      await damaged.remove();
    }
  });

  it('a repository with a deleted tree: that commit has neither lines nor paths (a path policy fails closed)', async () => {
    const damaged = await repo.clone({ bare: true });
    try {
      await looseObjects(damaged);
      const tree = await damaged.git(['rev-parse', `${sha.big}:docs`]);
      await rm(path.join(damaged.path, 'objects', tree.slice(0, 2), tree.slice(2)));
      const r = await scanJson(damaged.path);
      expect(r.error).toBeUndefined();
      expect(r.code).toBe(0);
      const c = commitsOf(r.out);
      expect(c.big).toMatchObject({
        agents: [expect.anything()],
        linesAdded: null,
        linesUnknown: expect.any(String),
      });
      expect(c.big).not.toHaveProperty('paths');
      expect(c.small).toMatchObject({ linesAdded: 2 });
      expect(c.after).toMatchObject({ linesAdded: 1 });
      expect(JSON.parse(r.out).warnings[0]).toMatch(/contents of 1 agent commit/);
    } finally {
      await damaged.remove();
    }
  });
});
