/**
 * The per-repository facts one `git rev-parse` gives (git directory, object format, shallow file), asked once
 * per path: the empty tree a root range is diffed against matches git's own in both object formats, a path that
 * is not a repository yet is not remembered as one that never will be, a probe's HEAD is always current, and
 * a shallow clone's boundary comes from git's shallow file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isGitRepository } from '../../src/core/facts/index.js';
import {
  emptyTree,
  gitDir,
  probeRepository,
  readRepositoryFacts,
  shallowBoundary,
} from '../../src/core/git/range.js';

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
        shallowFile: path.join(dir, '.git', 'shallow'),
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

  it('a probe says which commit HEAD names now, in the same git process as the facts', async () => {
    const dir = await folder();
    git(dir, 'init', '-q');
    const facts = {
      gitDir: path.join(dir, '.git'),
      objectFormat: 'sha1',
      shallowFile: path.join(dir, '.git', 'shallow'),
    };
    // No commit yet: a repository all the same, with no HEAD commit.
    expect(await probeRepository(dir)).toEqual({ facts });
    const commit = (m: string) =>
      git(
        dir,
        '-c',
        'user.name=T',
        '-c',
        'user.email=t@example.com',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        m,
      );
    commit('one');
    expect(await probeRepository(dir)).toEqual({ facts, head: git(dir, 'rev-parse', 'HEAD') });
    // HEAD is asked each time, never kept.
    commit('two');
    expect((await probeRepository(dir))?.head).toBe(git(dir, 'rev-parse', 'HEAD'));
    expect(await probeRepository(path.join(dir, '.git', 'objects'))).toMatchObject({
      facts: { gitDir: facts.gitDir },
    });
    expect(await probeRepository(await folder())).toBeUndefined();
  });

  it("a shallow clone's boundary is read from git's shallow file; a full clone has none", async () => {
    const source = await folder();
    git(source, 'init', '-q');
    for (const m of ['one', 'two', 'three'])
      git(
        source,
        '-c',
        'user.name=T',
        '-c',
        'user.email=t@example.com',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        m,
      );
    expect(await shallowBoundary(source)).toEqual(new Set());
    const clone = await folder();
    git(clone, 'clone', '-q', '--depth', '1', `file://${source}`, '.');
    expect(await shallowBoundary(clone)).toEqual(new Set([git(clone, 'rev-parse', 'HEAD')]));
    git(clone, 'fetch', '-q', '--unshallow');
    expect(await shallowBoundary(clone)).toEqual(new Set());
  });
});
