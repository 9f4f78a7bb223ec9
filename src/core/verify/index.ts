/**
 * The deploy gate: do the bundles prove, offline, that a trusted signer attested these artifacts?
 *
 *   artifacts ─▶ digests (sha256; other algorithms when a bundle names them), indexed by digest
 *   bundles (streamed) ─▶ well formed? ─▶ crypto (trusted root, thresholds) ─▶ signer identity (certificate)
 *           ─▶ statement (payload type, _type, predicate type) ─▶ the artifacts its subjects name
 *
 * Each bundle is verified once, as it is read, and only what an artifact needs is kept (the statement and
 * signer of a bundle that names it, the failures of bundles that claim it): memory stays flat however many
 * bundles a JSONL holds. An artifact passes when at least one bundle passes every check for it. Every error
 * fails closed.
 */
import { stat } from 'node:fs/promises';
import type { Bundle } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { AgentAttestError, messageOf } from '../errors.js';
import { readInputFile } from '../files.js';
import { CLI_NAMES, type OptionNames } from '../gate/options.js';
import { silentLogger, type Logger } from '../log.js';
import { SLSA_PROVENANCE_V1, type Statement } from '../statement/types.js';
import { leafCertificate, rootInfo, TrustSet, type TrustSources } from '../trust/index.js';
import { artifactBytes, ArtifactSet, type Artifact, type ArtifactSpec } from './artifacts.js';
import { readBundleFile, type LoadedBundle } from './bundles.js';
import { assertIdentityPolicy, checkIdentity, type IdentityPolicy } from './identity.js';
import { loadCurves, prehashedMessageSignature } from './prehashed.js';
import { claimedDigests, matchSubject, parseStatement, readPayload } from './statement.js';
import type {
  ArtifactReport,
  BundleFailure,
  BundleSource,
  CheckFailure,
  VerificationReport,
  VerifiedBundle,
} from './types.js';
import { createVerifier, type BundleVerifier, type SignatureFacts } from './verifier.js';
import type { TrustRoot } from '../trust/index.js';

export interface VerifyOptions {
  /**
   * Files, digests or resolved images; a string is read as the CLI reads an argument (`ALG:HEX` is a digest,
   * else a path). Images (`oci://…`) must be resolved first (runGate does).
   */
  artifacts: readonly (ArtifactSpec | string)[];
  bundlePaths: readonly string[];
  /** Bundles already loaded (bundlesFromDocuments), e.g. found in GitHub's attestations. */
  bundles?: Iterable<LoadedBundle> | AsyncIterable<LoadedBundle>;
  /** A file path, `public-good`, `github`, or undefined: the instances the bundles' certificates come from. */
  trustedRoot?: string;
  /** TUF settings and a user-named TUF repository (src/core/trust); without them, only shipped roots. */
  trust?: TrustSources;
  identity: IdentityPolicy;
  /** Defaults to SLSA provenance v1. */
  predicateType?: string;
  /**
   * Accept message-signature bundles (a plain signature of the artifact, no statement). Without it they fail
   * with STATEMENT_REQUIRED; with it, a predicate type may not be asked for (a plain signature has none).
   */
  allowMessageSignatures?: boolean;
  /** Accept v0.1 bundles (and v0.2 without an inclusion proof), held to v0.1's rules. */
  allowLegacyBundles?: boolean;
  /** PEM public key file: verify key-signed bundles with it (no certificate, no identity). */
  publicKeyPath?: string;
  logger?: Logger;
  /** How errors name the options; default: the CLI's flags. */
  names?: OptionNames;
  /** Called as bundles are read (for a progress indicator). */
  onProgress?: (progress: VerifyProgress) => void;
}

export interface VerifyProgress {
  bundles: number;
  /** Bytes of bundle files read so far, and in all. */
  bytes: number;
  totalBytes: number;
}

/** Unrelated failures (bundles that name other artifacts, or none) listed for an artifact no bundle verifies. */
export const MAX_UNRELATED_FAILURES = 20;

export async function verifyArtifacts(opts: VerifyOptions): Promise<VerificationReport> {
  const log = opts.logger ?? silentLogger;
  const names = opts.names ?? CLI_NAMES;
  const keyMode = opts.publicKeyPath !== undefined;
  if (!keyMode) assertIdentityPolicy(opts.identity, names);
  if (opts.artifacts.length === 0)
    throw new AgentAttestError('USAGE', `no artifact given; ${names.verb} ${names.artifact}.`);
  if (opts.bundlePaths.length === 0 && opts.bundles === undefined)
    throw new AgentAttestError('USAGE', `no bundle given; ${names.verb} ${names.with('bundle', 'FILE')}.`);
  if (opts.allowMessageSignatures && opts.predicateType !== undefined)
    throw new AgentAttestError(
      'USAGE',
      `${names.of('allowMessageSignatures')} accepts plain signatures, which name no predicate type; give it or ${names.of('predicateType')}, not both.`,
    );
  const predicateType = opts.predicateType ?? SLSA_PROVENANCE_V1;

  const publicKeyPem = keyMode ? await readKey(opts.publicKeyPath!, names) : undefined;
  // Explicit roots load now; the default ones as bundles need them (GitHub's only when one comes from it).
  const trust = await TrustSet.open(opts.trustedRoot, { ...opts.trust, publicKeyPem });
  const verifier = createVerifier(trust.roots);
  const artifacts = await ArtifactSet.resolve(opts.artifacts);

  const judge = new Judge(artifacts, {
    trust,
    verifier,
    identity: opts.identity,
    predicateType,
    keyMode,
    allowMessageSignatures: opts.allowMessageSignatures ?? false,
    names,
  });
  const progress: VerifyProgress = { bundles: 0, bytes: 0, totalBytes: 0 };
  for (const path of opts.bundlePaths)
    progress.totalBytes += await stat(path).then(
      (s) => s.size,
      () => 0,
    );
  const onBytes = (n: number) => void (progress.bytes += n);
  for await (const loaded of allBundles(opts, onBytes)) {
    await judge.add(loaded);
    progress.bundles++;
    opts.onProgress?.(progress);
  }
  log.debug(
    `${progress.bundles} bundle(s) read; trusted roots: ${trust.roots.map((r) => r.name).join(', ')}`,
  );
  return judge.report(trust.roots, predicateType);
}

async function* allBundles(opts: VerifyOptions, onBytes: (n: number) => void): AsyncGenerator<LoadedBundle> {
  if (opts.bundles) yield* opts.bundles;
  for (const path of opts.bundlePaths)
    yield* readBundleFile(path, { allowLegacyBundles: opts.allowLegacyBundles }, onBytes);
}

interface JudgeContext {
  trust: TrustSet;
  verifier: BundleVerifier;
  identity: IdentityPolicy;
  predicateType: string;
  keyMode: boolean;
  allowMessageSignatures: boolean;
  names: OptionNames;
}

/** Per artifact: the bundles that verified it and the failures of those that claimed it. */
interface Verdict {
  verified: VerifiedBundle[];
  failures: BundleFailure[];
}

/** Takes bundles one at a time and keeps, per artifact, only what its report needs. */
class Judge {
  private readonly verdicts: Verdict[];
  /** Failures that name no artifact given: shown (up to the cap) for artifacts nothing verified. */
  private readonly unrelated: BundleFailure[] = [];
  private unrelatedCount = 0;
  /** The last artifact whose bytes a message signature needed (signatures usually come one per artifact). */
  private bytesCache?: { index: number; bytes: Promise<Buffer> };

  constructor(
    private readonly artifacts: ArtifactSet,
    private readonly ctx: JudgeContext,
  ) {
    this.verdicts = artifacts.artifacts.map(() => ({ verified: [], failures: [] }));
  }

  async add(loaded: LoadedBundle): Promise<void> {
    if (loaded.bundle) await this.ctx.trust.ensureFor(leafCertificate(loaded.bundle));
    const check = checkBundle(loaded, this.ctx);
    if (check.kind === 'failed') {
      const { kind: _kind, ...failure } = check;
      const claimed = await this.claimants(loaded.bundle ? claimsOf(loaded.bundle) : []);
      this.fail(loaded.source, failure, claimed);
    } else if (check.kind === 'statement') {
      const claimed = await this.claimants(claimedDigests(check.statement));
      const { kind: _kind, statement, ...facts } = check;
      for (const i of claimed) {
        const matched = matchSubject(statement, this.artifacts.artifacts[i]!.digests);
        if (matched.ok)
          this.verdicts[i]!.verified.push({
            bundle: loaded.source,
            ...facts,
            statement,
            subject: matched.subject,
          });
        else
          this.verdicts[i]!.failures.push({
            bundle: loaded.source,
            code: matched.code,
            reason: matched.reason,
          });
      }
      if (claimed.length === 0)
        this.fail(loaded.source, {
          code: 'SUBJECT_MISMATCH',
          reason: `no subject of the statement (${statement.subject.length}) has the digest of an artifact given`,
        });
    } else {
      const claimed = await this.claimants([[check.algorithm, check.digest]]);
      for (const i of claimed) {
        const outcome = await this.forMessage(loaded.bundle!, i);
        if ('code' in outcome) this.verdicts[i]!.failures.push({ bundle: loaded.source, ...outcome });
        else this.verdicts[i]!.verified.push({ bundle: loaded.source, ...outcome });
      }
      if (claimed.length === 0)
        this.fail(loaded.source, {
          code: 'SUBJECT_MISMATCH',
          reason: `the bundle's ${check.algorithm} message digest is not the digest of an artifact given`,
        });
    }
  }

  report(roots: readonly TrustRoot[], predicateType: string): VerificationReport {
    const reports = this.artifacts.artifacts.map((a, i): ArtifactReport => {
      const { verified, failures } = this.verdicts[i]!;
      const ok = verified.length > 0;
      const shown = ok ? [] : this.unrelated;
      const omitted = ok ? 0 : this.unrelatedCount - shown.length;
      return {
        name: a.name,
        digests: a.digests,
        ...(a.image ? { image: a.image } : {}),
        ok,
        verified,
        failures: [...failures, ...shown],
        ...(omitted > 0 ? { failuresOmitted: omitted } : {}),
      };
    });
    return {
      ok: reports.every((r) => r.ok),
      trustedRoots: roots.map((r) => r.name),
      roots: roots.map(rootInfo),
      predicateType,
      artifacts: reports,
    };
  }

  private fail(bundle: BundleSource, failure: CheckFailure, claimed: readonly number[] = []) {
    for (const i of claimed) this.verdicts[i]!.failures.push({ bundle, ...failure });
    if (claimed.length > 0) return;
    this.unrelatedCount++;
    if (this.unrelated.length < MAX_UNRELATED_FAILURES) this.unrelated.push({ bundle, ...failure });
  }

  /** The artifacts a bundle claims by digest (claims may be unverified: they only route failures). */
  private async claimants(digests: readonly [string, string][]): Promise<number[]> {
    const found = new Set<number>();
    for (const [alg] of digests) await this.artifacts.ensure(alg);
    for (const [alg, hex] of digests) for (const i of this.artifacts.lookup(alg, hex)) found.add(i);
    return [...found].sort((a, b) => a - b);
  }

  /** A message signature whose digest is artifact `i`'s: its signature must verify over the artifact. */
  private async forMessage(
    bundle: Bundle,
    i: number,
  ): Promise<Omit<VerifiedBundle, 'bundle'> | CheckFailure> {
    const artifact = this.artifacts.artifacts[i]!;
    const { verifier, identity, keyMode, names } = this.ctx;
    if (!this.ctx.allowMessageSignatures) {
      return {
        code: 'STATEMENT_REQUIRED',
        reason: `the bundle is a plain signature of the artifact (a message signature), not an in-toto statement of predicate type ${this.ctx.predicateType}; ${names.verb} ${names.of('allowMessageSignatures')} to accept plain signatures (not with a predicate type, policy or rules)`,
      };
    }
    try {
      // Given only the digest (checked equal to the bundle's by the lookup), the signature is checked over it.
      const signature =
        artifact.path === undefined
          ? verifier.verify(bundle, undefined, prehashedMessageSignature(bundle, await loadCurves()))
          : verifier.verify(bundle, await this.bytesOf(i, artifact));
      if (!signature.ok) {
        const { ok: _ok, ...failure } = signature;
        return failure;
      }
      const who = signerProblem(signature, identity, keyMode, names);
      if (who) return who;
      return {
        trustedRoot: signature.trustedRoot,
        instance: signature.instance,
        signer: signature.signer,
        timestamps: signature.timestamps,
      };
    } catch (e) {
      return { code: 'CRYPTO_FAILED', reason: `the signature could not be checked: ${messageOf(e)}` };
    }
  }

  private bytesOf(i: number, artifact: Artifact): Promise<Buffer> {
    if (this.bytesCache?.index !== i) this.bytesCache = { index: i, bytes: artifactBytes(artifact) };
    return this.bytesCache.bytes;
  }
}

type BundleCheck =
  | ({ kind: 'failed' } & CheckFailure)
  | ({ kind: 'statement'; statement: Statement<unknown> } & SignatureFacts)
  /** Message signatures cover the artifact's bytes: checked per artifact. */
  | { kind: 'message'; algorithm: string; digest: string };

/** Everything about a bundle that does not depend on the artifact. */
function checkBundle(loaded: LoadedBundle, ctx: JudgeContext): BundleCheck {
  const bundle = loaded.bundle;
  if (!bundle) {
    if (loaded.legacy !== undefined)
      return {
        kind: 'failed',
        code: 'LEGACY_BUNDLE',
        reason: `${loaded.legacy} is vouched for by the transparency log's inclusion promise alone; legacy bundles are accepted only when asked for (${ctx.names.of('allowLegacyBundles')}), and then held to v0.1's rules`,
      };
    return { kind: 'failed', code: 'BUNDLE_INVALID', reason: loaded.problem ?? 'invalid bundle' };
  }
  const keyProblem = keyModeProblem(bundle, ctx);
  if (keyProblem) return { kind: 'failed', ...keyProblem };
  if (bundle.content.$case === 'messageSignature') {
    const { algorithm, digest } = bundle.content.messageSignature.messageDigest;
    const name = HASH_NAMES.get(algorithm);
    if (name === undefined)
      return {
        kind: 'failed',
        code: 'UNSUPPORTED',
        reason: 'the message digest uses an unsupported algorithm',
      };
    return { kind: 'message', algorithm: name, digest: digest.toString('hex') };
  }
  try {
    const signature = ctx.verifier.verify(bundle);
    if (!signature.ok) {
      const { ok: _ok, ...failure } = signature;
      return { kind: 'failed', ...failure };
    }
    const who = signerProblem(signature, ctx.identity, ctx.keyMode, ctx.names);
    if (who) return { kind: 'failed', ...who };
    const parsed = parseStatement(bundle, ctx.predicateType);
    if (!parsed.ok) return { kind: 'failed', code: parsed.code, reason: parsed.reason };
    return {
      kind: 'statement',
      statement: parsed.statement,
      trustedRoot: signature.trustedRoot,
      instance: signature.instance,
      signer: signature.signer,
      timestamps: signature.timestamps,
    };
  } catch (e) {
    return {
      kind: 'failed',
      code: 'CRYPTO_FAILED',
      reason: `the bundle could not be checked: ${messageOf(e)}`,
    };
  }
}

/** What an unverified bundle claims to cover, only to report its failure under those artifacts. */
function claimsOf(bundle: Bundle): [string, string][] {
  if (bundle.content.$case === 'messageSignature') {
    const { algorithm, digest } = bundle.content.messageSignature.messageDigest;
    const name = HASH_NAMES.get(algorithm);
    return name === undefined ? [] : [[name, digest.toString('hex')]];
  }
  return claimedDigests(readPayload(bundle));
}

function signerProblem(
  signature: SignatureFacts,
  identity: IdentityPolicy,
  keyMode: boolean,
  names: OptionNames,
): CheckFailure | undefined {
  if (keyMode) return undefined; // the key the user gave is the identity
  if (!signature.signer)
    return { code: 'IDENTITY_MISMATCH', reason: 'the bundle has no certificate to identify its signer' };
  const result = checkIdentity(signature.signer, identity, names);
  return result.ok ? undefined : { code: 'IDENTITY_MISMATCH', reason: result.reasons.join('; ') };
}

function keyModeProblem(bundle: Bundle, { keyMode, names }: JudgeContext): CheckFailure | undefined {
  const keySigned = bundle.verificationMaterial.content.$case === 'publicKey';
  if (keyMode && !keySigned)
    return {
      code: 'UNSUPPORTED',
      reason: `the bundle is signed with a certificate, but ${names.of('key')} verifies key-signed bundles only`,
    };
  if (!keyMode && keySigned)
    return {
      code: 'UNSUPPORTED',
      reason: `the bundle is signed with a public key; ${names.verb} ${names.with('key', 'FILE')} to verify it`,
    };
  return undefined;
}

const HASH_NAMES: ReadonlyMap<HashAlgorithm, string> = new Map([
  [HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED, 'sha256'],
  [HashAlgorithm.SHA2_256, 'sha256'],
  [HashAlgorithm.SHA2_384, 'sha384'],
  [HashAlgorithm.SHA2_512, 'sha512'],
]);

function readKey(path: string, names: OptionNames): Promise<string> {
  return readInputFile(path, names.of('key'), 'pass a PEM public key file.', 'INPUT_INVALID', 64 * 1024);
}

export {
  ArtifactSet,
  digestFile,
  digestOf,
  DIGEST_ALGORITHMS,
  parseArtifactArgument,
  parseDigestArgument,
  resolveArtifact,
  type Artifact,
  type ArtifactSpec,
} from './artifacts.js';
export {
  bundlesFromDocuments,
  loadBundles,
  readBundleFile,
  MAX_DOCUMENT_BYTES,
  MAX_EVIDENCE,
  type LoadedBundle,
} from './bundles.js';
export { certificateFacts, type CertificateFacts } from './certificate.js';
export {
  assertIdentityPolicy,
  checkIdentity,
  GITHUB_ACTIONS_ISSUER,
  parseWorkflowIdentity,
  sameGitHubName,
  type IdentityPolicy,
  type IdentityResult,
  type WorkflowIdentity,
} from './identity.js';
export {
  checkStatement,
  claimedDigests,
  matchSubject,
  parseStatement,
  subjectAlgorithms,
} from './statement.js';
export {
  createVerifier,
  type BundleVerifier,
  type SignatureFacts,
  type SignatureResult,
} from './verifier.js';
export { loadTrustMaterial, thresholdsFor, type Thresholds, type TrustRoot } from '../trust/index.js';
export type * from './types.js';
