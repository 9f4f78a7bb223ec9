/**
 * Artifacts: a file (digested, streamed, in every algorithm a bundle names — sha256 always, sha384/sha512 only
 * when a subject uses them), a digest given as `ALG:HEX`, or an image (`oci://…`, resolved to its digest by
 * src/core/oci before verification). Which one is never guessed from a file's name: the CLI reads `ALG:HEX`
 * and `oci://…` arguments as such (write `./sha256:…` for a file so named), the action's `subject-path`
 * gives files only and `subject-digest` digests only.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { AgentAttestError } from '../errors.js';
import { readInputBytes, readInputChunks, type InputFileName } from '../files.js';
import type { ImageArtifactInfo } from '../oci/artifacts.js';
import type { DigestSet } from '../statement/types.js';

/** Algorithms a subject may use to name an artifact; weaker ones (sha1, md5) never match. */
export const DIGEST_ALGORITHMS: ReadonlyMap<string, number> = new Map([
  ['sha256', 64],
  ['sha384', 96],
  ['sha512', 128],
]);

export type ArtifactSpec =
  | { kind: 'file'; path: string }
  /** `name` is the argument as given (`sha256:HEX`). */
  | { kind: 'digest'; name: string; algorithm: string; hex: string }
  /** `oci://REGISTRY/REPOSITORY@sha256:…` or `…:TAG`: the gate resolves it to a `resolved` artifact. */
  | { kind: 'image'; reference: string }
  /** An artifact already digested (an image resolved through its registry). */
  | { kind: 'resolved'; artifact: Artifact };

export interface Artifact {
  name: string;
  /** Set for files; a digest-only artifact has none. */
  path?: string;
  /** A null-prototype object: untrusted algorithm names (`constructor`, `__proto__`) find nothing. */
  digests: DigestSet;
  /** Set for an image (`oci://…`, resolved by src/core/oci before verification). */
  image?: ImageArtifactInfo;
}

const DIGEST_ARG = /^(sha256|sha384|sha512):([0-9a-f]+)$/i;

const ARTIFACT_FILE: InputFileName = {
  what: 'artifact',
  fix: 'pass the artifact file (or its digest as sha256:HEX).',
  code: 'SUBJECT_INVALID',
  directoryFix: (dir) =>
    `pass the files in it (e.g. ${path.join(dir, '*')}, expanded by the shell) or sha256:HEX.`,
};

/** A CLI argument: `ALG:HEX` is a digest, `oci://…` an image, anything else a file path. */
export function parseArtifactArgument(arg: string): ArtifactSpec {
  if (arg.startsWith('oci://')) return { kind: 'image', reference: arg };
  return DIGEST_ARG.test(arg) ? parseDigestArgument(arg) : { kind: 'file', path: arg };
}

/** `ALG:HEX` with a supported algorithm and the right length; `input` names where it came from in errors. */
export function parseDigestArgument(arg: string, input = 'artifact'): ArtifactSpec & { kind: 'digest' } {
  const m = DIGEST_ARG.exec(arg.trim());
  const alg = m?.[1]!.toLowerCase();
  const length = alg === undefined ? undefined : DIGEST_ALGORITHMS.get(alg);
  if (!m || m[2]!.length !== length) {
    throw new AgentAttestError(
      'SUBJECT_INVALID',
      length === undefined
        ? `${input} ${JSON.stringify(arg)} is not a digest; write sha256:HEX (or sha384:, sha512:).`
        : `${input} ${arg}: a ${alg} digest has ${length} hex digits; pass ${alg}:HEX or a file path.`,
    );
  }
  return { kind: 'digest', name: arg.trim(), algorithm: alg!, hex: m[2]!.toLowerCase() };
}

export function emptyDigests(): DigestSet {
  return Object.create(null) as DigestSet;
}

/** A file or digest artifact with `algorithms` computed for a file (sha256 always). */
export async function resolveArtifact(
  spec: ArtifactSpec | string,
  algorithms: Iterable<string> = [],
): Promise<Artifact> {
  const s = typeof spec === 'string' ? parseArtifactArgument(spec) : spec;
  if (s.kind === 'image')
    throw new AgentAttestError('USAGE', `artifact ${s.reference}: images are resolved by the gate (runGate)`);
  if (s.kind === 'resolved') {
    const digests = emptyDigests();
    for (const [alg, hex] of Object.entries(s.artifact.digests)) digests[alg] = hex;
    return { ...s.artifact, digests };
  }
  if (s.kind === 'digest') {
    const digests = emptyDigests();
    digests[s.algorithm] = s.hex;
    return { name: s.name, digests };
  }
  const wanted = new Set(['sha256', ...[...algorithms].filter((a) => DIGEST_ALGORITHMS.has(a))]);
  return { name: s.path, path: s.path, digests: await digestFile(s.path, wanted) };
}

/** One read of the file, every hash fed from it. Non-regular files are refused before reading. */
export async function digestFile(path: string, algorithms: Iterable<string>): Promise<DigestSet> {
  const hashes = [...algorithms].map((alg) => [alg, createHash(alg)] as const);
  // Plain reads, not a read stream: a gate digesting one small file pays for no stream machinery.
  for await (const chunk of readInputChunks(path, ARTIFACT_FILE)) {
    for (const [, h] of hashes) h.update(chunk);
  }
  const digests = emptyDigests();
  for (const [alg, h] of hashes) digests[alg] = h.digest('hex');
  return digests;
}

/** The artifact's bytes (message signatures cover them). */
export function artifactBytes(artifact: Artifact): Promise<Buffer> {
  return readInputBytes(artifact.path!, ARTIFACT_FILE, Number.POSITIVE_INFINITY);
}

/** The digest of `artifact` in `algorithm`, when known. */
export function digestOf(artifact: Artifact, algorithm: string): string | undefined {
  return Object.hasOwn(artifact.digests, algorithm) ? artifact.digests[algorithm] : undefined;
}

/**
 * The artifacts of one verification, indexed by `alg:hex` so each bundle finds the artifacts it names in constant
 * time. Files are digested in sha256 first; another algorithm is computed for every file the first time a bundle
 * names it (`ensure`), so a statement whose subjects use sha512 is still held to the rule that every algorithm a
 * subject shares with the artifact agrees.
 */
export class ArtifactSet {
  private readonly index = new Map<string, number[]>();
  private readonly computed = new Set<string>(['sha256']);

  private constructor(readonly artifacts: Artifact[]) {
    artifacts.forEach((a, i) => this.addToIndex(a, i));
  }

  static async resolve(specs: readonly (ArtifactSpec | string)[]): Promise<ArtifactSet> {
    const artifacts: Artifact[] = new Array(specs.length);
    // A few files at a time: small artifacts are latency-bound, large ones I/O-bound.
    let next = 0;
    const worker = async () => {
      while (next < specs.length) {
        const i = next++;
        artifacts[i] = await resolveArtifact(specs[i]!, ['sha256']);
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, specs.length) }, worker));
    return new ArtifactSet(artifacts);
  }

  /** Computes `algorithm` for every file artifact, once. Unknown algorithms are ignored (they never match). */
  async ensure(algorithm: string): Promise<void> {
    if (this.computed.has(algorithm) || !DIGEST_ALGORITHMS.has(algorithm)) return;
    this.computed.add(algorithm);
    for (const [i, a] of this.artifacts.entries()) {
      if (a.path === undefined) continue;
      const digests = await digestFile(a.path, [algorithm]);
      a.digests[algorithm] = digests[algorithm]!;
      this.add(`${algorithm}:${a.digests[algorithm]}`, i);
    }
  }

  /** Indexes of the artifacts whose `algorithm` digest is `hex` (lower case). */
  lookup(algorithm: string, hex: string): readonly number[] {
    return this.index.get(`${algorithm}:${hex}`) ?? [];
  }

  private addToIndex(a: Artifact, i: number) {
    for (const alg of Object.keys(a.digests)) this.add(`${alg}:${a.digests[alg]}`, i);
  }

  private add(key: string, i: number) {
    const list = this.index.get(key);
    if (!list) this.index.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  }
}
