/**
 * Trusted roots for offline verification. A root is parsed once into sigstore-js TrustMaterial,
 * together with the verification thresholds that fit the instance it describes.
 *
 * Sources: `public-good` (the seed @sigstore/tuf ships — no TUF fetch), `github` (GitHub's instance,
 * from the copy this project ships, when it does), or a file: one trusted_root.json, or the JSONL
 * `gh attestation trusted-root` prints (one root per line).
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type KeyFinderFunc, type TrustMaterial } from '@sigstore/verify';
import { readInputFile } from '../files.js';
import { AgentAttestError, messageOf } from '../errors.js';

export const PUBLIC_GOOD = 'public-good';
export const GITHUB = 'github';

const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_MEDIA_TYPE =
  /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.\d+\+json|\+json;version=0\.\d+)$/;
/** Where the project ships GitHub's instance root (see docs/verify.md). */
const GITHUB_ROOT_URL = new URL('./roots/github.json', import.meta.url);

/** Minimum counts of each kind of evidence @sigstore/verify requires. */
export interface Thresholds {
  tlog: number;
  ctlog: number;
  timestamp: number;
}

export interface TrustRoot {
  /** `public-good`, `github`, or `FILE` / `FILE#N` for line N of a JSONL file. */
  name: string;
  material: TrustMaterial;
  thresholds: Thresholds;
  /** DER subjects of every CA certificate, to pick the root that issued a bundle's leaf. */
  caSubjects: Buffer[];
}

export interface TrustOptions {
  /** PEM public key: verify bundles whose verification material is a public-key hint with it. */
  publicKeyPem?: string;
}

/**
 * Thresholds that fit an instance: one with neither a transparency log nor CT logs (GitHub's
 * instance) can only vouch through an RFC 3161 timestamp; any other instance needs its log entry
 * and an SCT, and one verified time — a TSA timestamp or the log's integrated time (SET).
 */
export function thresholdsFor(root: TrustedRoot): Thresholds {
  return {
    tlog: root.tlogs.length > 0 ? 1 : 0,
    ctlog: root.ctlogs.length > 0 ? 1 : 0,
    timestamp: 1,
  };
}

/**
 * Loads the trusted roots named by `spec`: a path, `public-good`, `github`, or undefined for
 * public-good plus GitHub's instance when the project ships its root.
 */
export async function loadTrustMaterial(spec?: string, options: TrustOptions = {}): Promise<TrustRoot[]> {
  const keyFinder = options.publicKeyPem ? publicKeyFinder(options.publicKeyPem) : undefined;
  const build = (name: string, root: TrustedRoot): TrustRoot => toTrustRoot(name, root, keyFinder);

  if (spec === undefined) {
    const roots = [build(PUBLIC_GOOD, await publicGoodRoot())];
    const github = await githubRoot(false);
    if (github) roots.push(build(GITHUB, github));
    return roots;
  }
  if (spec === PUBLIC_GOOD) return [build(PUBLIC_GOOD, await publicGoodRoot())];
  if (spec === GITHUB) return [build(GITHUB, (await githubRoot(true))!)];
  return (await rootsFromFile(spec)).map(({ name, root }) => build(name, root));
}

function toTrustRoot(name: string, root: TrustedRoot, keyFinder?: KeyFinderFunc): TrustRoot {
  try {
    const material = toTrustMaterial(root, keyFinder);
    const caSubjects = material.certificateAuthorities.flatMap((ca) => ca.certChain.map((c) => c.subject));
    return { name, material, thresholds: thresholdsFor(root), caSubjects };
  } catch (e) {
    throw new AgentAttestError(
      'TRUSTED_ROOT_INVALID',
      `trusted root ${name} holds a key or certificate that does not parse (${messageOf(e)}); pass a trusted_root.json from the instance's TUF repository.`,
      { cause: e },
    );
  }
}

/** The roots (in order) whose CAs could have issued `leaf`; empty when none could. */
export function rootsForCertificate(roots: TrustRoot[], leaf: X509Certificate): TrustRoot[] {
  return roots.filter((r) => r.caSubjects.some((s) => s.equals(leaf.issuer)));
}

async function publicGoodRoot(): Promise<TrustedRoot> {
  // Imported lazily so only verifications that need it pay for the 20 KB seed.
  const { default: seeds } = await import('@sigstore/tuf/seeds.json', { with: { type: 'json' } });
  const encoded = (seeds as Record<string, { targets?: Record<string, string> }>)[PUBLIC_GOOD_TUF_MIRROR]
    ?.targets?.['trusted_root.json'];
  if (!encoded) {
    throw new AgentAttestError(
      'TRUSTED_ROOT_INVALID',
      `the installed @sigstore/tuf seed has no public-good trusted_root.json; pass --trusted-root FILE.`,
    );
  }
  return parseRoot(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')), PUBLIC_GOOD);
}

async function githubRoot(required: boolean): Promise<TrustedRoot | undefined> {
  let text: string;
  try {
    text = await readFile(GITHUB_ROOT_URL, 'utf8');
  } catch {
    if (!required) return undefined;
    throw new AgentAttestError(
      'TRUSTED_ROOT_INVALID',
      `GitHub's instance trusted root is not shipped with this build; pass --trusted-root FILE (e.g. the output of \`gh attestation trusted-root\`).`,
    );
  }
  return (await parseRootText(text, GITHUB))[0]!.root;
}

async function rootsFromFile(path: string): Promise<{ name: string; root: TrustedRoot }[]> {
  const text = await readInputFile(
    path,
    'trusted root',
    'pass the path of a trusted_root.json, or public-good or github.',
    'TRUSTED_ROOT_INVALID',
  );
  return parseRootText(text, path);
}

/** One JSON document, or JSONL with one root per line (what `gh attestation trusted-root` prints). */
async function parseRootText(text: string, name: string): Promise<{ name: string; root: TrustedRoot }[]> {
  let docs: { name: string; json: unknown }[];
  try {
    docs = [{ name, json: JSON.parse(text) }];
  } catch {
    const lines = text.split('\n').map((l, i) => ({ line: l.trim(), n: i + 1 }));
    docs = [];
    for (const { line, n } of lines.filter((l) => l.line !== '')) {
      try {
        docs.push({ name: `${name}#${n}`, json: JSON.parse(line) });
      } catch (e) {
        throw new AgentAttestError(
          'TRUSTED_ROOT_INVALID',
          `trusted root ${name} is neither JSON nor JSONL (line ${n}: ${messageOf(e)}); pass a trusted_root.json.`,
        );
      }
    }
  }
  if (docs.length === 0) {
    throw new AgentAttestError(
      'TRUSTED_ROOT_INVALID',
      `trusted root ${name} is empty; pass a trusted_root.json.`,
    );
  }
  return docs.map((d) => ({ name: d.name, root: parseRoot(d.json, d.name) }));
}

function parseRoot(json: unknown, name: string): TrustedRoot {
  const mediaType = (json as { mediaType?: unknown } | null)?.mediaType;
  if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(mediaType)) {
    throw new AgentAttestError(
      'TRUSTED_ROOT_INVALID',
      `trusted root ${name} has mediaType ${JSON.stringify(mediaType)}, not a Sigstore trusted root; pass a trusted_root.json.`,
    );
  }
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (e) {
    throw new AgentAttestError(
      'TRUSTED_ROOT_INVALID',
      `trusted root ${name} is malformed (${messageOf(e)}); pass a trusted_root.json.`,
      {
        cause: e,
      },
    );
  }
  // @sigstore/verify reads a missing start as "since forever"; the spec requires it, so refuse instead.
  const unbounded = [
    ...root.tlogs.map((t) => ['tlogs', t.publicKey?.validFor?.start] as const),
    ...root.ctlogs.map((t) => ['ctlogs', t.publicKey?.validFor?.start] as const),
    ...root.certificateAuthorities.map((c) => ['certificateAuthorities', c.validFor?.start] as const),
    ...root.timestampAuthorities.map((c) => ['timestampAuthorities', c.validFor?.start] as const),
  ].find(([, start]) => start === undefined);
  if (unbounded) {
    throw new AgentAttestError(
      'TRUSTED_ROOT_INVALID',
      `trusted root ${name} has an entry in ${unbounded[0]} without validFor.start; pass a trusted_root.json from the instance's TUF repository.`,
    );
  }
  return root;
}

/** Every key hint resolves to the one key the user gave (how sigstore-js's keySelector works). */
function publicKeyFinder(pem: string): KeyFinderFunc {
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(pem);
  } catch (e) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `--key is not a PEM public key (${messageOf(e)}); pass a PEM file.`,
      { cause: e },
    );
  }
  return () => ({ publicKey, validFor: () => true });
}
