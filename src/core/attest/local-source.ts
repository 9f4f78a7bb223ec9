/**
 * Outside GitHub Actions nobody vouches for the source but the machine itself: the checkout's HEAD, its
 * symbolic ref and its origin remote. Read with plain git plumbing that runs nothing from the repository
 * (no hooks, fsmonitor off); any failure just leaves the fact out.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
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

/**
 * The origin remote as a signed statement (and a public log entry) may name it, or undefined when it must not:
 * user names and passwords (tokens), queries and fragments are removed; a scp-like `git@host:owner/repo.git`
 * becomes `ssh://host/owner/repo.git`; a remote on this machine (a path, `file://`) would publish the user's
 * directory names and is not named at all.
 */
export function publishableRemote(remote: string): string | undefined {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(remote)) {
    let url: URL;
    try {
      url = new URL(remote);
    } catch {
      return undefined;
    }
    if (url.protocol === 'file:' || url.hostname === '') return undefined;
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString();
  }
  // git's scp-like form: `[user@]host:path`, a colon before any slash (a one-letter host is a Windows drive).
  const scp = /^(?:[^@/\\]*@)?([^:/\\]{2,}):(?!\/\/)(.+)$/.exec(remote);
  if (scp) return `ssh://${scp[1]}/${scp[2]!.replace(/^\/+/, '')}`;
  return undefined; // a path on this machine
}

export async function readLocalSource(repoPath: string): Promise<LocalSource> {
  const dir = path.resolve(repoPath);
  const [commit, ref, remote] = await Promise.all([
    git(dir, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']),
    git(dir, ['symbolic-ref', '-q', 'HEAD']),
    git(dir, ['config', '--get', 'remote.origin.url']),
  ]);
  const source: LocalSource = {};
  const repository = remote ? publishableRemote(remote) : undefined;
  if (repository) source.repository = repository;
  if (ref) source.ref = ref;
  if (commit && /^[0-9a-f]{40,64}$/.test(commit)) source.commit = commit;
  return source;
}
