/**
 * The TUF cache of one instance, and the roots to fall back to when its repository is not asked (offline) or
 * does not answer: the newest cached trusted root, else the seed shipped with the product. Nothing here opens a
 * socket or loads the TUF client.
 *
 * Layout of `<cache>/<instance>/`: tuf-js's metadata (`root.json`, `timestamp.json`, `snapshot.json`,
 * `targets.json`), the verified target `targets/trusted_root.json`, and `checked.json`
 * `{url, checkedAt, expires, sha256}` written after each successful check with the repository. The directory is the
 * instance's (custom repositories are keyed by URL and anchor): what is cached there is that instance's, whatever
 * mirror it came through.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { AgentAttestError } from '../errors.js';
import { GITHUB, TRUSTED_ROOT_TARGET, type TufInstance } from './instances.js';
import type { RootSource } from './types.js';

export const CHECK_FILE = 'checked.json';
export const TARGETS_DIR = 'targets';

/** The last successful check of an instance's repository. */
export interface CheckState {
  url: string;
  checkedAt: string;
  /** When the first of the verified root, timestamp, snapshot and targets metadata expires (ISO 8601). */
  expires: string;
  /** sha256 of the verified trusted_root.json it left in the cache. */
  sha256: string;
}

export interface LoadedRoot {
  text: string;
  source: RootSource;
}

/**
 * Where TUF metadata is cached: the runner's tool cache in GitHub Actions (it outlives the job on self-hosted
 * runners), else `$XDG_CACHE_HOME` or `~/.cache`, under `agent-attest/tuf`.
 */
export function tufCacheDir(env: { runnerToolCache?: string; xdgCacheHome?: string }): string {
  const base = env.runnerToolCache ?? env.xdgCacheHome ?? path.join(homedir(), '.cache');
  return path.join(base, 'agent-attest', 'tuf');
}

export const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

export async function readCheck(dir: string): Promise<CheckState | undefined> {
  try {
    const state = JSON.parse(await readFile(path.join(dir, CHECK_FILE), 'utf8')) as Partial<CheckState>;
    if (typeof state.url !== 'string' || typeof state.sha256 !== 'string') return undefined;
    for (const time of [state.checkedAt, state.expires])
      if (typeof time !== 'string' || Number.isNaN(Date.parse(time))) return undefined;
    return state as CheckState;
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so a concurrent reader sees the old state or the new one. */
export async function writeCheck(dir: string, state: CheckState): Promise<void> {
  const file = path.join(dir, CHECK_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state)}\n`);
  await rename(tmp, file);
}

/** When the first of the cached TUF metadata files (just verified by the client) expires. */
export async function metadataExpiry(dir: string): Promise<string> {
  let first = Infinity;
  for (const role of ['root', 'timestamp', 'snapshot', 'targets']) {
    const doc = JSON.parse(await readFile(path.join(dir, `${role}.json`), 'utf8')) as {
      signed?: { expires?: string };
    };
    first = Math.min(first, Date.parse(doc.signed?.expires ?? ''));
  }
  // An unreadable date counts as expired: the next run asks the repository.
  return new Date(Number.isNaN(first) ? 0 : first).toISOString();
}

/**
 * The root the last check with the repository verified, if that check is less than `intervalMs` old, none of
 * the metadata it verified has expired since, and the cached target is intact: no network, and no TUF client
 * to load. The client verified all of it when it wrote it; re-verifying our own files could only catch
 * corruption, which the target's recorded hash does.
 */
export async function recentRoot(
  instance: TufInstance,
  dir: string,
  now: Date,
  intervalMs: number,
): Promise<LoadedRoot | undefined> {
  const cached = await cachedRoot(dir);
  if (!cached) return undefined;
  const age = now.getTime() - Date.parse(cached.state.checkedAt);
  if (age < 0 || age >= intervalMs || now.getTime() >= Date.parse(cached.state.expires)) return undefined;
  return {
    text: cached.text,
    source: { kind: 'tuf-cache', repository: instance.url, checkedAt: cached.state.checkedAt },
  };
}

/** The cached trusted root the last check verified, if it is still intact. */
async function cachedRoot(dir: string): Promise<{ text: string; state: CheckState } | undefined> {
  const state = await readCheck(dir);
  if (!state) return undefined;
  try {
    const text = await readFile(path.join(dir, TARGETS_DIR, TRUSTED_ROOT_TARGET), 'utf8');
    return sha256(text) === state.sha256 ? { text, state } : undefined;
  } catch {
    return undefined;
  }
}

async function cachedTufRootVersion(dir: string): Promise<number> {
  try {
    const root = JSON.parse(await readFile(path.join(dir, 'root.json'), 'utf8')) as {
      signed?: { version?: unknown };
    };
    return typeof root.signed?.version === 'number' ? root.signed.version : 0;
  } catch {
    return 0;
  }
}

/**
 * The root to use without asking the repository: the cached one, unless the seed shipped with this build is
 * newer (its TUF root version is higher than the cache's); else the seed; else an error saying how to get one.
 */
export async function fallbackRoot(
  instance: TufInstance,
  dir: string | undefined,
  fallback: NonNullable<RootSource['fallback']>,
): Promise<LoadedRoot> {
  const cached = dir ? await cachedRoot(dir) : undefined;
  const seed = instance.seed ? await instance.seed() : undefined;
  if (cached && (!seed || (await cachedTufRootVersion(dir!)) >= seed.tufRootVersion)) {
    return {
      text: cached.text,
      source: { kind: 'cache', repository: instance.url, checkedAt: cached.state.checkedAt, fallback },
    };
  }
  if (seed) {
    return {
      text: seed.text,
      source: { kind: 'seed', repository: instance.url, seed: seed.label, fallback },
    };
  }
  const why =
    fallback.reason === 'offline'
      ? 'offline was asked for'
      : `its TUF repository ${instance.url} could not be reached (${fallback.detail ?? 'no answer'})`;
  const shipped = instance.name === GITHUB ? ", and this build ships no copy of GitHub's trusted root" : '';
  throw new AgentAttestError(
    'TRUSTED_ROOT_UNAVAILABLE',
    `trusted root ${instance.name}: ${why}, nothing is cached${dir ? ` in ${dir}` : ''}${shipped}; verify once with access to ${instance.url} to cache it, or pass a trusted root file (e.g. what \`gh attestation trusted-root\` prints).`,
  );
}
