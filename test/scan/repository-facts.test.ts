/**
 * The per-repository facts one `git rev-parse` gives (git directory, object format), asked once per path:
 * the empty tree a root range is diffed against matches git's own in both object formats, and a path that
 * is not a repository yet is not remembered as one that never will be.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isGitRepository } from '../../src/core/facts/index.js';
import { emptyTree, gitDir, readRepositoryFacts } from '../../src/core/git/range.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const d = await realpath(await mkdtemp(path.join(tmpdir(), 'aa-repo-facts-')));
  dirs.push(d);
  return d;
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', input: '' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

describe('repository facts', () => {
  it.each(['sha1', 'sha256'])(
    '%s: the git directory, the object format and the empty tree git computes',
    async (format) => {
      const dir = await folder();
      git(dir, 'init', '-q', `--object-format=${format}`);
      expect(await readRepositoryFacts(dir)).toEqual({
        gitDir: path.join(dir, '.git'),
        objectFormat: format,
      });
      expect(await emptyTree(dir)).toBe(git(dir, 'hash-object', '-t', 'tree', '--stdin'));
    },
  );

  it('a folder that becomes a repository is seen as one (a failed look-up is not kept)', async () => {
    const dir = await folder();
    expect(await isGitRepository(dir)).toBe(false);
    await expect(gitDir(dir)).rejects.toThrow(`${dir} is not a git repository`);
    git(dir, 'init', '-q');
    expect(await isGitRepository(dir)).toBe(true);
    expect(await gitDir(dir)).toBe(path.join(dir, '.git'));
  });
});
