/**
 * The deploy gate: do the bundles prove, offline, that a trusted signer attested these artifacts?
 *
 *   bundles ─▶ well formed? ─▶ crypto (trusted root, thresholds) ─▶ signer identity (certificate)
 *           ─▶ statement (payload type, _type, predicate type) ─▶ subject digest = artifact digest
 *
 * A DSSE bundle's checks up to the statement do not depend on the artifact, so each bundle is
 * verified once however many artifacts are asked about. An artifact passes when at least one
 * bundle passes every check for it. Every error fails closed.
 */
import { readFile } from 'node:fs/promises';
import type { Bundle } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { AgentAttestError, messageOf } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { SLSA_PROVENANCE_V1, type DigestSet, type Statement } from '../statement/types.js';
import { loadTrustMaterial } from '../trust/index.js';
import { resolveArtifact, type Artifact } from './artifacts.js';
import { loadBundles, type LoadedBundle } from './bundles.js';
import { assertIdentityPolicy, checkIdentity, type IdentityPolicy } from './identity.js';
import { matchSubject, parseStatement, subjectAlgorithms } from './statement.js';
import type {
  ArtifactReport,
  BundleFailure,
  CheckFailure,
  VerificationReport,
  VerifiedBundle,
} from './types.js';
import { loadCurves, prehashedMessageSignature } from './prehashed.js';
import { createVerifier, type BundleVerifier, type SignatureFacts } from './verifier.js';

export interface VerifyOptions {
  /** File paths or `sha256:HEX` / `sha512:HEX`, or artifacts already resolved (images). */
  artifacts: (string | Artifact)[];
  bundlePaths: string[];
  /** Bundles already loaded (bundlesFromDocuments), e.g. found in GitHub's attestations. */
  bundles?: LoadedBundle[];
  /** A file path, `public-good`, `github`, or undefined for public-good plus GitHub's instance. */
  trustedRoot?: string;
  identity: IdentityPolicy;
  /** Defaults to SLSA provenance v1. */
  predicateType?: string;
  /** PEM public key file: verify key-signed bundles with it (no certificate, no identity). */
  publicKeyPath?: string;
  logger?: Logger;
}

export async function verifyArtifacts(opts: VerifyOptions): Promise<VerificationReport> {
  const log = opts.logger ?? silentLogger;
  const predicateType = opts.predicateType ?? SLSA_PROVENANCE_V1;
  const keyMode = opts.publicKeyPath !== undefined;
  if (!keyMode) assertIdentityPolicy(opts.identity);
  if (opts.artifacts.length === 0)
    throw new AgentAttestError('USAGE', 'no artifact given; pass a file path or sha256:HEX.');
  if (opts.bundlePaths.length === 0 && (opts.bundles ?? []).length === 0)
    throw new AgentAttestError('USAGE', 'no bundle given; pass --bundle FILE.');

  const publicKeyPem = keyMode ? await readKey(opts.publicKeyPath!) : undefined;
  const trust = await loadTrustMaterial(opts.trustedRoot, { publicKeyPem });
  const verifier = createVerifier(trust);
  const bundles = [...(opts.bundles ?? []), ...(await Promise.all(opts.bundlePaths.map(loadBundles))).flat()];
  log.debug(`${bundles.length} bundle(s); trusted roots: ${trust.map((r) => r.name).join(', ')}`);

  const checked = bundles.map((b) => ({
    loaded: b,
    result: checkBundle(b, verifier, opts.identity, predicateType, keyMode),
  }));

  // Digest each file once, in every algorithm a subject or message signature uses.
  const algorithms = new Set<string>();
  for (const { result } of checked) {
    if (result.kind === 'statement') subjectAlgorithms(result.statement).forEach((a) => algorithms.add(a));
    if (result.kind === 'message') algorithms.add(result.algorithm);
  }
  const artifacts = await Promise.all(
    opts.artifacts.map((a) => (typeof a === 'string' ? resolveArtifact(a, algorithms) : a)),
  );

  const reports: ArtifactReport[] = [];
  for (const artifact of artifacts) {
    const verified: VerifiedBundle[] = [];
    const failures: BundleFailure[] = [];
    const bytes = lazyBytes(artifact);
    for (const { loaded, result } of checked) {
      const outcome =
        result.kind === 'failed'
          ? result
          : result.kind === 'statement'
            ? forStatement(result, artifact.digests)
            : await forMessage(
                loaded.bundle!,
                result.algorithm,
                artifact,
                bytes,
                verifier,
                opts.identity,
                keyMode,
              );
      if ('code' in outcome)
        failures.push({ bundle: loaded.source, code: outcome.code, reason: outcome.reason });
      else verified.push({ bundle: loaded.source, ...outcome });
    }
    log.debug(`${artifact.name}: ${verified.length} bundle(s) verified, ${failures.length} did not`);
    reports.push({
      name: artifact.name,
      digests: artifact.digests,
      ...(artifact.image ? { image: artifact.image } : {}),
      ok: verified.length > 0,
      verified,
      failures,
    });
  }
  return {
    ok: reports.every((r) => r.ok),
    trustedRoots: trust.map((r) => r.name),
    predicateType,
    artifacts: reports,
  };
}

type BundleCheck =
  | ({ kind: 'failed' } & CheckFailure)
  | ({ kind: 'statement'; statement: Statement<unknown> } & SignatureFacts)
  /** Message signatures cover the artifact's bytes: checked per artifact. */
  | { kind: 'message'; algorithm: string };

/** Everything about a bundle that does not depend on the artifact. */
function checkBundle(
  loaded: LoadedBundle,
  verifier: BundleVerifier,
  identity: IdentityPolicy,
  predicateType: string,
  keyMode: boolean,
): BundleCheck {
  const bundle = loaded.bundle;
  if (!bundle) return { kind: 'failed', code: 'BUNDLE_INVALID', reason: loaded.problem ?? 'invalid bundle' };
  const keyProblem = keyModeProblem(bundle, keyMode);
  if (keyProblem) return { kind: 'failed', ...keyProblem };
  if (bundle.content.$case === 'messageSignature') {
    return { kind: 'message', algorithm: messageAlgorithm(bundle) };
  }
  try {
    const signature = verifier.verify(bundle);
    if (!signature.ok) return { kind: 'failed', code: signature.code, reason: signature.reason };
    const who = signerProblem(signature, identity, keyMode);
    if (who) return { kind: 'failed', ...who };
    const parsed = parseStatement(bundle, predicateType);
    if (!parsed.ok) return { kind: 'failed', code: parsed.code, reason: parsed.reason };
    return {
      kind: 'statement',
      statement: parsed.statement,
      trustedRoot: signature.trustedRoot,
      signer: signature.signer,
      timestamps: signature.timestamps,
    };
  } catch (e) {
    return { kind: 'failed', code: 'CRYPTO_FAILED', reason: `unexpected error: ${messageOf(e)}` };
  }
}

function forStatement(
  check: Extract<BundleCheck, { kind: 'statement' }>,
  digests: DigestSet,
): Omit<VerifiedBundle, 'bundle'> | CheckFailure {
  const matched = matchSubject(check.statement, digests);
  if (!matched.ok) return { code: matched.code, reason: matched.reason };
  const { kind: _kind, ...facts } = check;
  return { ...facts, subject: matched.subject };
}

/** A message signature: its digest must be the artifact's, and its signature must verify over the bytes. */
async function forMessage(
  bundle: Bundle,
  algorithm: string,
  artifact: Artifact,
  bytes: () => Promise<Buffer>,
  verifier: BundleVerifier,
  identity: IdentityPolicy,
  keyMode: boolean,
): Promise<Omit<VerifiedBundle, 'bundle'> | CheckFailure> {
  if (bundle.content.$case !== 'messageSignature') throw new Error('unreachable');
  const expected = artifact.digests[algorithm];
  if (expected === undefined) {
    return {
      code: 'SUBJECT_MISMATCH',
      reason: `the bundle signs a ${algorithm} digest; the artifact was given as ${Object.keys(artifact.digests).join(', ')}`,
    };
  }
  if (bundle.content.messageSignature.messageDigest.digest.toString('hex') !== expected) {
    return {
      code: 'SUBJECT_MISMATCH',
      reason: `the bundle's ${algorithm} message digest is not the artifact's`,
    };
  }
  try {
    // Given only the digest (checked equal to the bundle's just above), the signature is checked over it.
    const signature =
      artifact.path === undefined
        ? verifier.verify(bundle, undefined, prehashedMessageSignature(bundle, await loadCurves()))
        : verifier.verify(bundle, await bytes());
    if (!signature.ok) return { code: signature.code, reason: signature.reason };
    const who = signerProblem(signature, identity, keyMode);
    if (who) return who;
    return { trustedRoot: signature.trustedRoot, signer: signature.signer, timestamps: signature.timestamps };
  } catch (e) {
    return { code: 'CRYPTO_FAILED', reason: `unexpected error: ${messageOf(e)}` };
  }
}

function signerProblem(
  signature: SignatureFacts,
  identity: IdentityPolicy,
  keyMode: boolean,
): CheckFailure | undefined {
  if (keyMode) return undefined; // the key the user gave is the identity
  if (!signature.signer)
    return { code: 'IDENTITY_MISMATCH', reason: 'the bundle has no certificate to identify its signer' };
  const result = checkIdentity(signature.signer, identity);
  return result.ok ? undefined : { code: 'IDENTITY_MISMATCH', reason: result.reasons.join('; ') };
}

function keyModeProblem(bundle: Bundle, keyMode: boolean): CheckFailure | undefined {
  const keySigned = bundle.verificationMaterial.content.$case === 'publicKey';
  if (keyMode && !keySigned)
    return {
      code: 'UNSUPPORTED',
      reason: 'the bundle is signed with a certificate, but --key verifies key-signed bundles only',
    };
  if (!keyMode && keySigned)
    return {
      code: 'UNSUPPORTED',
      reason: 'the bundle is signed with a public key; pass --key FILE to verify it',
    };
  return undefined;
}

const HASH_NAMES: Partial<Record<HashAlgorithm, string>> = {
  [HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
  [HashAlgorithm.SHA2_256]: 'sha256',
  [HashAlgorithm.SHA2_384]: 'sha384',
  [HashAlgorithm.SHA2_512]: 'sha512',
};

function messageAlgorithm(bundle: Bundle): string {
  if (bundle.content.$case !== 'messageSignature') return 'sha256';
  return HASH_NAMES[bundle.content.messageSignature.messageDigest.algorithm] ?? 'unsupported';
}

function lazyBytes(artifact: Artifact): () => Promise<Buffer> {
  let cached: Promise<Buffer> | undefined;
  return () => (cached ??= readFile(artifact.path!));
}

async function readKey(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new AgentAttestError('FILE_NOT_FOUND', `--key ${path}: no such file; pass a PEM public key file.`);
  }
}

export { resolveArtifact, digestFile, DIGEST_ALGORITHMS, type Artifact } from './artifacts.js';
export { bundlesFromDocuments, loadBundles, type LoadedBundle } from './bundles.js';
export { certificateFacts, type CertificateFacts } from './certificate.js';
export {
  assertIdentityPolicy,
  checkIdentity,
  GITHUB_ACTIONS_ISSUER,
  type IdentityPolicy,
  type IdentityResult,
} from './identity.js';
export { checkStatement, matchSubject, parseStatement, subjectAlgorithms } from './statement.js';
export {
  createVerifier,
  type BundleVerifier,
  type SignatureFacts,
  type SignatureResult,
} from './verifier.js';
export { loadTrustMaterial, thresholdsFor, type Thresholds, type TrustRoot } from '../trust/index.js';
export type * from './types.js';
