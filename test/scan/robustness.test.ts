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
