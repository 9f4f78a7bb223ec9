/**
 * Trusted roots. A root is parsed once into sigstore-js TrustMaterial, together with the verification
 * thresholds that fit the instance it describes, and where it came from.
 *
 * Sources, by `spec`:
 * - a file: one trusted_root.json, or the JSONL `gh attestation trusted-root` prints (one root per line); used
 *   as given, no network. An explicit root always wins over TUF.
 * - `public-good`, `github`: that instance's root, kept current over TUF (tuf.ts) when `tuf` settings are given;
 *   without them only what ships with the build (the public-good seed), never the network.
 * - undefined: the instances the bundles' certificates come from — GitHub's when a leaf was issued by GitHub's
 *   Fulcio, public-good for every other (and when there is no certificate) — so GitHub's root is fetched only
 *   when a bundle needs it.
 * - `repository` (`--tuf-url` + `--tuf-root`): a TUF repository the user names, instead of the built-in ones.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import path from 'node:path';
import type { Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type KeyFinderFunc, type TrustMaterial } from '@sigstore/verify';
import { readInputFile } from '../files.js';
import { AgentAttestError, messageOf } from '../errors.js';
import { fallbackRoot, recentRoot, type LoadedRoot } from './cache.js';
import { DAY_MS } from './describe.js';
import {
  customInstance,
  GITHUB,
  githubInstance,
  PUBLIC_GOOD,
  publicGoodInstance,
  type TufInstance,
} from './instances.js';
import type { TufSettings } from './tuf.js';
import type { RootInfo, RootSource } from './types.js';

export { GITHUB, PUBLIC_GOOD } from './instances.js';
export { tufCacheDir } from './cache.js';
export { trustSources } from './options.js';
export { describeRoot, describeSource } from './describe.js';
export type { TufSettings } from './tuf.js';
export type * from './types.js';

const TRUSTED_ROOT_MEDIA_TYPE =
  /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.\d+\+json|\+json;version=0\.\d+)$/;

/** Minimum counts of each kind of evidence @sigstore/verify requires. */
export interface Thresholds {
  tlog: number;
  ctlog: number;
  timestamp: number;
}

export interface TrustRoot {
  /** `public-good`, `github`, a TUF repository URL, or `FILE` / `FILE#N` for line N of a JSONL file. */
  name: string;
  /** The Sigstore instance it describes: `public-good`, `github`, or its certificate authority's host. */
  instance: string;
  source: RootSource;
  material: TrustMaterial;
  thresholds: Thresholds;
  /** DER subjects of every CA certificate, to pick the root that issued a bundle's leaf. */
  caSubjects: Buffer[];
}

export interface TrustOptions {
  /** PEM public key: verify bundles whose verification material is a public-key hint with it. */
  publicKeyPem?: string;
  /** Keep instance roots current over TUF. Without it: only the seed shipped with the build, no network. */
  tuf?: TufSettings;
  /** A TUF repository to take the root from instead of the built-in instances (`--tuf-url`, `--tuf-root`). */
  repository?: { url: string; rootPath: string };
  /** The leaf certificates of the bundles to verify: the default roots follow their issuers. */
  certificates?: X509Certificate[];
  /** Replaces the built-in instances (tests point them at a local repository). */
  instances?: { publicGood?: TufInstance; github?: TufInstance };
}

/** Where roots come from beyond `spec`: what a front end passes down to the verifier. */
export type TrustSources = Pick<TrustOptions, 'tuf' | 'repository' | 'instances'>;

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

/** Loads the trusted roots named by `spec` (see the top of this file) for bundles with these certificates. */
export async function loadTrustMaterial(spec?: string, options: TrustOptions = {}): Promise<TrustRoot[]> {
  const trust = await TrustSet.open(spec, options);
  const certificates = options.certificates ?? [];
  if (certificates.length === 0) await trust.ensureFor(undefined);
  for (const c of certificates) await trust.ensureFor(c);
  return trust.roots;
}

/**
 * The roots a verification uses. Explicit ones (a file, `public-good`, `github`, a named repository) are
 * loaded when it opens; the default ones as bundles need them — `ensureFor` each bundle's leaf certificate
 * before checking it — so a stream of bundles is read once and GitHub's root is fetched only if one needs it.
 * `roots` grows in place (the verifier reads it live), public-good before GitHub's.
 */
export class TrustSet {
  readonly roots: TrustRoot[] = [];
  private readonly loading = new Map<TufInstance, Promise<void>>();

  private constructor(
    private readonly options: TrustOptions,
    private readonly keyFinder: KeyFinderFunc | undefined,
    /** The default selection's two instances; undefined when the roots were named explicitly. */
    private readonly byIssuer?: { publicGood: TufInstance; github: TufInstance },
  ) {}

  static async open(spec: string | undefined, options: TrustOptions = {}): Promise<TrustSet> {
    const keyFinder = options.publicKeyPem ? publicKeyFinder(options.publicKeyPem) : undefined;
    if (options.repository && spec !== undefined) {
      throw new AgentAttestError(
        'USAGE',
        `--trusted-root ${spec} and --tuf-url name two sources of trust; pass one of them.`,
      );
    }
    const publicGood = options.instances?.publicGood ?? publicGoodInstance;
    const github = options.instances?.github ?? githubInstance;
    if (spec === undefined && !options.repository)
      return new TrustSet(options, keyFinder, { publicGood, github });
    const trust = new TrustSet(options, keyFinder);
    if (spec !== undefined && spec !== PUBLIC_GOOD && spec !== GITHUB) {
      const source: RootSource = { kind: 'file', path: spec };
      for (const { name, root } of await rootsFromFile(spec))
        trust.roots.push(toTrustRoot(name, root, source, keyFinder));
      return trust;
    }
    const instance = options.repository
      ? await customInstance(options.repository.url, options.repository.rootPath)
      : spec === PUBLIC_GOOD
        ? publicGood
        : github;
    await trust.load(instance);
    return trust;
  }

  /**
   * With the default selection, loads the root a bundle with this leaf certificate needs: GitHub's for a leaf
   * its Fulcio issued, public-good's for any other (and for bundles without a certificate). Else a no-op.
   */
  async ensureFor(leaf: X509Certificate | undefined): Promise<void> {
    if (!this.byIssuer) return;
    const { publicGood, github } = this.byIssuer;
    await this.load(leaf && issuedByGitHub(leaf) ? github : publicGood);
  }

  private load(instance: TufInstance): Promise<void> {
    let loading = this.loading.get(instance);
    if (!loading) {
      loading = instanceRoot(instance, this.options.tuf).then(({ text, source }) => {
        for (const { name, root } of parseRootText(text, instance.name))
          this.roots.push(toTrustRoot(name, root, source, this.keyFinder));
        const order = (r: TrustRoot) => (r.name === GITHUB ? 1 : 0);
        this.roots.sort((a, b) => order(a) - order(b));
      });
      this.loading.set(instance, loading);
    }
    return loading;
  }
}

/** The leaf certificate of a bundle, if it has one that parses (the verifier reports one that does not). */
export function leafCertificate(bundle: Bundle): X509Certificate | undefined {
  return leafCertificates([bundle])[0];
}

/** The leaf certificates of bundles (those without one, or whose one does not parse, are left out). */
export function leafCertificates(bundles: Bundle[]): X509Certificate[] {
  return bundles.flatMap((b) => {
    const content = b.verificationMaterial.content;
    const raw =
      content.$case === 'certificate'
        ? content.certificate.rawBytes
        : content.$case === 'x509CertificateChain'
          ? content.x509CertificateChain.certificates[0]?.rawBytes
          : undefined;
    if (!raw) return [];
    try {
      return [X509Certificate.parse(Buffer.from(raw))];
    } catch {
      return []; // the verifier reports it
    }
  });
}

/** GitHub's Fulcio names its organisation in the issuer DN (the DER bytes hold the name as written). */
export function issuedByGitHub(certificate: X509Certificate): boolean {
  return certificate.issuer.includes('GitHub, Inc.');
}

async function instanceRoot(instance: TufInstance, tuf: TufSettings | undefined): Promise<LoadedRoot> {
  if (!tuf) return fallbackRoot(instance, undefined, { reason: 'offline' });
  const dir = path.join(tuf.cacheDir, instance.cacheKey);
  if (tuf.offline) return fallbackRoot(instance, dir, { reason: 'offline' });
  // The TUF client (tuf-js, ~200 KB) is loaded only when the repository is to be asked: not within a day of
  // the last check.
  const now = tuf.now?.() ?? new Date();
  const recent = await recentRoot(instance, dir, now, tuf.checkIntervalMs ?? DAY_MS);
  return recent ?? (await import('./tuf.js')).tufTrustedRoot(instance, tuf);
}

/** What the report says about a root. */
export function rootInfo(root: TrustRoot): RootInfo {
  return { name: root.name, instance: root.instance, ...root.source };
}

function toTrustRoot(
  name: string,
  root: TrustedRoot,
  source: RootSource,
  keyFinder?: KeyFinderFunc,
): TrustRoot {
  try {
    const material = toTrustMaterial(root, keyFinder);
    const caSubjects = material.certificateAuthorities.flatMap((ca) => ca.certChain.map((c) => c.subject));
    return {
      name,
      instance: instanceOf(root),
      source,
      material,
      thresholds: thresholdsFor(root),
      caSubjects,
    };
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

/** The instance a root describes, by its certificate authority (or, for a key-only root, its log). */
function instanceOf(root: TrustedRoot): string {
  const uri = root.certificateAuthorities[0]?.uri || root.tlogs[0]?.baseUrl || '';
  const host = uri.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
  if (host === 'fulcio.sigstore.dev') return PUBLIC_GOOD;
  if (host === 'fulcio.githubapp.com') return GITHUB;
  return host || 'unknown';
}

async function rootsFromFile(file: string): Promise<{ name: string; root: TrustedRoot }[]> {
  const text = await readInputFile(
    file,
    'trusted root',
    'pass the path of a trusted_root.json, or public-good or github.',
    'TRUSTED_ROOT_INVALID',
  );
  return parseRootText(text, file);
}

/** One JSON document, or JSONL with one root per line (what `gh attestation trusted-root` prints). */
function parseRootText(text: string, name: string): { name: string; root: TrustedRoot }[] {
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
