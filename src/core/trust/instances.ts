/**
 * The Sigstore instances whose trusted roots verify keeps current over TUF, each with the TUF root it starts
 * from (its anchor) and, where the product ships one, a trusted_root.json to use before anything is cached.
 *
 * - public-good: anchor and seed from `@sigstore/tuf`'s seeds.json (the same ones sigstore-js uses).
 * - github: anchor `roots/github-tuf-root.json` (the one `gh attestation` embeds; see roots/README.md). No
 *   trusted_root.json is shipped for it, so it needs one online check before it can work offline.
 * - a repository the user names (`--tuf-url` + `--tuf-root`): a private instance, or the devstack.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AgentAttestError, messageOf } from '../errors.js';

export const PUBLIC_GOOD = 'public-good';
export const GITHUB = 'github';

export const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
export const GITHUB_TUF_URL = 'https://tuf-repo.github.com';

/** The TUF target every Sigstore instance publishes its trusted root as. */
export const TRUSTED_ROOT_TARGET = 'trusted_root.json';

export interface SeedRoot {
  /** trusted_root.json */
  text: string;
  /** Version of the TUF root shipped with it: a cache with an older TUF root is older than the seed. */
  tufRootVersion: number;
  /** What it is, for the report, e.g. `@sigstore/tuf 5.0.1 seed`. */
  label: string;
}

export interface TufInstance {
  /** The root's name in reports: `public-good`, `github`, or the repository URL. */
  name: string;
  /** Its directory under the TUF cache. */
  cacheKey: string;
  /** Repository URL: metadata at `URL/N.root.json`, `URL/timestamp.json`…, targets under `URL/targets/`. */
  url: string;
  /** The TUF root metadata the client trusts first. */
  anchor(): Promise<Uint8Array>;
  /** A trusted_root.json shipped with the product, used offline while nothing newer is cached. */
  seed?(): Promise<SeedRoot>;
}

interface SeedFile {
  'root.json'?: string;
  targets?: Record<string, string>;
}

async function publicGoodSeed(): Promise<SeedFile> {
  // Imported lazily: only runs that need public-good pay for the seed.
  const { default: seeds } = await import('@sigstore/tuf/seeds.json', { with: { type: 'json' } });
  const seed = (seeds as Record<string, SeedFile>)[PUBLIC_GOOD_TUF_URL];
  if (!seed?.['root.json'] || !seed.targets?.[TRUSTED_ROOT_TARGET]) {
    throw new AgentAttestError(
      'TRUSTED_ROOT_INVALID',
      `the installed @sigstore/tuf seed has no root.json and ${TRUSTED_ROOT_TARGET} for ${PUBLIC_GOOD_TUF_URL}; reinstall agent-attest, or pass --trusted-root FILE.`,
    );
  }
  return seed;
}

export const publicGoodInstance: TufInstance = {
  name: PUBLIC_GOOD,
  cacheKey: PUBLIC_GOOD,
  url: PUBLIC_GOOD_TUF_URL,
  async anchor() {
    return Buffer.from((await publicGoodSeed())['root.json']!, 'base64');
  },
  async seed() {
    const seed = await publicGoodSeed();
    const root = JSON.parse(Buffer.from(seed['root.json']!, 'base64').toString('utf8')) as {
      signed: { version: number };
    };
    const { default: pkg } = await import('@sigstore/tuf/package.json', { with: { type: 'json' } });
    return {
      text: Buffer.from(seed.targets![TRUSTED_ROOT_TARGET]!, 'base64').toString('utf8'),
      tufRootVersion: root.signed.version,
      label: `@sigstore/tuf ${(pkg as { version: string }).version} seed`,
    };
  },
};

export const githubInstance: TufInstance = {
  name: GITHUB,
  cacheKey: GITHUB,
  url: GITHUB_TUF_URL,
  async anchor() {
    const { default: root } = await import('./roots/github-tuf-root.json', { with: { type: 'json' } });
    return Buffer.from(JSON.stringify(root));
  },
};

/** A TUF repository the user names, starting from the root metadata file they give. */
export async function customInstance(url: string, rootPath: string): Promise<TufInstance> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AgentAttestError('USAGE', `--tuf-url ${url} is not a URL; pass the TUF repository's base URL.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new AgentAttestError(
      'USAGE',
      `--tuf-url ${url} is not http(s); pass the TUF repository's base URL.`,
    );
  }
  let anchor: Buffer;
  try {
    anchor = await readFile(rootPath);
    JSON.parse(anchor.toString('utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AgentAttestError(
      code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'TRUSTED_ROOT_INVALID',
      `--tuf-root ${rootPath}: ${code === 'ENOENT' ? 'no such file' : `not TUF root metadata (${messageOf(e)})`}; pass the repository's root.json (e.g. its 1.root.json).`,
    );
  }
  const base = url.replace(/\/+$/, '');
  // Keyed by URL and anchor: a repository started again with new keys (the devstack) gets a fresh cache.
  const key = createHash('sha256').update(base).update('\n').update(anchor).digest('hex').slice(0, 16);
  return {
    name: base,
    cacheKey: `repository-${key}`,
    url: base,
    anchor: async () => anchor,
  };
}
