/**
 * Outside GitHub Actions nobody vouches for the source but the machine itself: the checkout's HEAD, its
 * symbolic ref and its origin remote. Read with plain git plumbing that runs nothing from the repository
 * (no hooks, fsmonitor off); any failure just leaves the fact out.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { LocalSource } from '../statement/build.js';

const run = promisify(execFile);

async function git(dir: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', dir, '-c', 'core.fsmonitor=false', ...args], {
      timeout: 10_000,
      maxBuffer: 1 << 20,
    });
    const out = stdout.trim();
    return out === '' ? undefined : out;
  } catch {
    return undefined;
  }
}

/** A remote URL fit to publish: user names and passwords (tokens) removed. */
export function publishableRemote(remote: string): string {
  try {
    const url = new URL(remote);
    if (url.username || url.password) {
      url.username = '';
      url.password = '';
    }
    return url.toString();
  } catch {
    return remote; // scp-like `git@host:owner/repo.git` carries no secret
  }
}

export async function readLocalSource(repoPath: string): Promise<LocalSource> {
  const dir = path.resolve(repoPath);
  const [commit, ref, remote, top] = await Promise.all([
    git(dir, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']),
    git(dir, ['symbolic-ref', '-q', 'HEAD']),
    git(dir, ['config', '--get', 'remote.origin.url']),
    git(dir, ['rev-parse', '--show-toplevel']),
  ]);
  const source: LocalSource = {};
  if (remote) source.repository = publishableRemote(remote);
  else if (top) source.repository = pathToFileURL(top).toString();
  if (ref) source.ref = ref;
  if (commit && /^[0-9a-f]{40,64}$/.test(commit)) source.commit = commit;
  return source;
}
