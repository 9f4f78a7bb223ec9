/**
 * A Sigstore instance's trusted root, kept current over TUF with tuf-js's Updater (the client @sigstore/tuf
 * wraps), from the instance's anchor, with one cache directory per instance:
 *
 *   checked less than a day ago ─▶ the cached root (cache.ts recentRoot), if none of the metadata that check
 *   and nothing expired since      verified has expired and the cached target still has its hash; no network
 *   else                        ─▶ Updater: root N+1, N+2… (each signed by its predecessor's keys), timestamp,
 *                                   snapshot, targets, then the target — every step verified, rollbacks refused
 *   repository unreachable      ─▶ cached root, else the seed (cache.ts), with one warning; an error when a
 *                                   fresh root is required
 *   metadata fails verification ─▶ an error, never a fallback: a repository serving bad metadata is either
 *                                   broken or attacked, and the user must hear about it
 *
 * The Updater is used directly rather than through @sigstore/tuf's getTrustedRoot, whose fetcher is fixed: a
 * fetcher of our own is what tells "the repository did not answer" from "it answered with something wrong".
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Updater, type Fetcher } from 'tuf-js';
import { DownloadLengthMismatchError } from 'tuf-js/dist/error.js';
import { DefaultFetcher } from 'tuf-js/dist/fetcher.js';
import { AgentAttestError, messageOf } from '../errors.js';
import type { Logger } from '../log.js';
import { VERSION } from '../version.js';
import {
  fallbackRoot,
  metadataExpiry,
  recentRoot,
  sha256,
  TARGETS_DIR,
  writeCheck,
  type LoadedRoot,
} from './cache.js';
import { DAY_MS, describeSource } from './describe.js';
import { TRUSTED_ROOT_TARGET, type TufInstance } from './instances.js';

export interface TufSettings {
  /** Holds one directory per instance (tufCacheDir). */
  cacheDir: string;
  /** Never ask a repository: the newest cached root, else the seed. Opens no socket. */
  offline?: boolean;
  /** A root the repository did not confirm in the last day is an error, not a fallback. */
  requireFresh?: boolean;
  /** How long a successful check holds before the repository is asked again (default one day). */
  checkIntervalMs?: number;
  /** Per-request timeout (default 5 s); failed requests are retried twice. */
  timeoutMs?: number;
  /** Receives the one warning of a fallback. */
  logger?: Logger;
  now?: () => Date;
}

/** The instance's trusted_root.json and where it came from. */
export async function tufTrustedRoot(instance: TufInstance, settings: TufSettings): Promise<LoadedRoot> {
  const dir = path.join(settings.cacheDir, instance.cacheKey);
  if (settings.offline) return fallbackRoot(instance, dir, { reason: 'offline' });

  const now = settings.now?.() ?? new Date();
  const recent = await recentRoot(instance, dir, now, settings.checkIntervalMs ?? DAY_MS);
  if (recent) return recent;

  const fetcher = new WatchingFetcher(
    new DefaultFetcher({
      userAgent: `agent-attest/${VERSION}`,
      timeout: settings.timeoutMs ?? 5000,
      retry: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1000 },
    }),
  );
  let text: string;
  try {
    text = await fetchTarget(instance, dir, fetcher);
  } catch (e) {
    if (e instanceof AgentAttestError) throw e;
    const unreachable = fetcher.transportFailure;
    if (!unreachable) throw refused(instance, e);
    const detail = `${unreachable.url}: ${transportMessage(unreachable.error)}`;
    if (settings.requireFresh) {
      throw new AgentAttestError(
        'TRUSTED_ROOT_STALE',
        `trusted root ${instance.name}: a fresh root is required, but its TUF repository could not be reached (${detail}); restore access to ${instance.url}, or verify without requiring a fresh root to use the cached or shipped one.`,
      );
    }
    const root = await fallbackRoot(instance, dir, { reason: 'unreachable', detail });
    settings.logger?.warn(
      `trusted root ${instance.name}: could not check it is current (${detail}); using ${describeSource(root.source, now)}. Require a fresh root to make this an error, or verify offline to skip the attempt.`,
    );
    return root;
  }

  const checkedAt = now.toISOString();
  await writeCheck(dir, {
    url: instance.url,
    checkedAt,
    expires: await metadataExpiry(dir),
    sha256: sha256(text),
  });
  return { text, source: { kind: 'tuf', repository: instance.url, checkedAt } };
}

/** Runs the TUF client workflow up to the trusted_root.json target, and reads it. */
async function fetchTarget(instance: TufInstance, dir: string, fetcher: Fetcher): Promise<string> {
  const updater = await openUpdater(instance, dir, fetcher);
  const info = await updater.getTargetInfo(TRUSTED_ROOT_TARGET);
  if (!info) {
    throw new AgentAttestError(
      'TRUSTED_ROOT_REFUSED',
      `trusted root ${instance.name}: the TUF repository ${instance.url} has no ${TRUSTED_ROOT_TARGET} target; check the repository URL.`,
    );
  }
  const file = (await updater.findCachedTarget(info)) ?? (await updater.downloadTarget(info));
  return readFile(file, 'utf8');
}

/**
 * An Updater on the instance's cache, seeded with its anchor. A cached root.json that no longer parses (a
 * crash mid-write) is replaced by the anchor, from which the client walks forward again.
 */
async function openUpdater(instance: TufInstance, dir: string, fetcher: Fetcher): Promise<Updater> {
  const rootFile = path.join(dir, 'root.json');
  try {
    await mkdir(path.join(dir, TARGETS_DIR), { recursive: true });
  } catch (e) {
    throw new AgentAttestError(
      'TRUSTED_ROOT_UNAVAILABLE',
      `cannot create the TUF cache ${dir} (${(e as NodeJS.ErrnoException).code ?? messageOf(e)}); make it writable (XDG_CACHE_HOME or RUNNER_TOOL_CACHE), or verify offline.`,
    );
  }
  const open = () =>
    new Updater({
      metadataBaseUrl: instance.url,
      metadataDir: dir,
      targetBaseUrl: `${instance.url}/targets`,
      targetDir: path.join(dir, TARGETS_DIR),
      fetcher,
      config: { userAgent: `agent-attest/${VERSION}` },
    });
  const seedAnchor = async () => writeFile(rootFile, await instance.anchor());
  if (!(await exists(rootFile))) await seedAnchor();
  try {
    return open();
  } catch {
    await seedAnchor();
    return open();
  }
}

/**
 * The fetcher the Updater downloads through: records whether the last download failed before its bytes were checked — the repository did not answer, as
 * opposed to answering with metadata that fails verification.
 */
class WatchingFetcher implements Fetcher {
  transportFailure: { url: string; error: unknown } | undefined;

  constructor(private readonly inner: Fetcher) {}

  async downloadFile<T>(url: string, maxLength: number, handler: (file: string) => Promise<T>): Promise<T> {
    this.transportFailure = undefined;
    let received = false;
    try {
      return await this.inner.downloadFile(url, maxLength, (file) => {
        received = true;
        return handler(file);
      });
    } catch (e) {
      // An oversized answer is the repository's fault, not the network's.
      if (!received && !(e instanceof DownloadLengthMismatchError)) this.transportFailure = { url, error: e };
      throw e;
    }
  }

  downloadBytes(url: string, maxLength: number): Promise<Buffer> {
    return this.downloadFile(url, maxLength, (file) => readFile(file));
  }
}

function refused(instance: TufInstance, e: unknown): AgentAttestError {
  return new AgentAttestError(
    'TRUSTED_ROOT_REFUSED',
    `trusted root ${instance.name}: the TUF repository ${instance.url} served metadata that fails verification (${tufMessage(e)}); nothing from it was trusted. Retry later; if it persists, pass a trusted root file you obtained another way.`,
    { cause: e },
  );
}

/** tuf-js's messages, with the cause chain it folds into strings unfolded, on one line. */
function tufMessage(e: unknown): string {
  const parts: string[] = [];
  for (let c: unknown = e; c && parts.length < 4; c = (c as { cause?: unknown }).cause)
    parts.push(messageOf(c));
  return parts
    .join(': ')
    .replace(/\s+/g, ' ')
    .replace(/Unable to load (\w+) (?:metadata )?error (?:Error: )?/g, '$1: ');
}

function transportMessage(e: unknown): string {
  const status = (e as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number') return `HTTP ${status}`;
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? messageOf(e);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
