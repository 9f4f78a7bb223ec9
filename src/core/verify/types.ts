/**
 * The verification report: what the CLI prints (`--format json`, documented in docs/verify.md) and
 * what the policy layer consumes — the verified Statement and the signer's certificate facts.
 */
import type { DigestSet, Statement, Subject } from '../statement/types.js';
import type { ImageArtifactInfo } from '../oci/artifacts.js';
import type { CertificateFacts } from './certificate.js';

/** Why one bundle did not verify an artifact. Stable strings. */
export type FailureCode =
  /** Not a Sigstore bundle v0.1–v0.3, or one missing required parts. */
  | 'BUNDLE_INVALID'
  /** The leaf certificate was not issued by a CA of any trusted root in use. */
  | 'CERTIFICATE_UNTRUSTED'
  /** Signature, certificate chain, SCT, log entry or timestamp did not verify (reason names which). */
  | 'CRYPTO_FAILED'
  /** The certificate does not name the signer the policy asks for. */
  | 'IDENTITY_MISMATCH'
  /** Payload type, JSON or in-toto `_type` wrong. */
  | 'PAYLOAD_INVALID'
  | 'PREDICATE_TYPE_MISMATCH'
  /** No statement subject (or message digest) has the artifact's digest. */
  | 'SUBJECT_MISMATCH'
  /** A combination this verifier cannot check (e.g. a message signature given only a digest). */
  | 'UNSUPPORTED';

export interface CheckFailure {
  code: FailureCode;
  reason: string;
}

/** A bundle's place: its file and its 0-based position in it (JSONL line order). */
export interface BundleSource {
  path: string;
  index: number;
}

export interface VerifiedTimestamp {
  kind: 'timestamp-authority' | 'transparency-log';
  /** ISO 8601. */
  time: string;
}

export interface VerifiedBundle {
  bundle: BundleSource;
  /** Name of the trusted root that verified it. */
  trustedRoot: string;
  /** Undefined only for key-signed bundles (`--key`). */
  signer?: CertificateFacts;
  /** The verified in-toto Statement (DSSE bundles). */
  statement?: Statement<unknown>;
  /** The statement subject that named the artifact. */
  subject?: Subject;
  timestamps: VerifiedTimestamp[];
}

export interface BundleFailure extends CheckFailure {
  bundle: BundleSource;
}

export interface ArtifactReport {
  /** The path or `ALG:HEX` given; for an image, `registry/repository@sha256:…` (the digest verified). */
  name: string;
  digests: DigestSet;
  /** An image given as `oci://…`: the reference as given, the digest it resolved to, the tag if any. */
  image?: ImageArtifactInfo;
  /** At least one bundle verified for it. */
  ok: boolean;
  verified: VerifiedBundle[];
  failures: BundleFailure[];
}

export interface VerificationReport {
  /** Every artifact passed. */
  ok: boolean;
  trustedRoots: string[];
  predicateType: string;
  artifacts: ArtifactReport[];
}
