/**
 * The verification report: what the CLI prints (`--format json`, documented in docs/verify.md) and
 * what the policy layer consumes — the verified Statement and the signer's certificate facts.
 */
import type { DigestSet, Statement, Subject } from '../statement/types.js';
import type { ImageArtifactInfo } from '../oci/artifacts.js';
import type { RootInfo } from '../trust/types.js';
import type { CertificateFacts } from './certificate.js';

/** Why one bundle did not verify an artifact. Stable strings, each listed in docs/verify.md. */
export type FailureCode =
  /** Not a Sigstore bundle v0.1–v0.3, parts missing, or more evidence than is read (MAX_EVIDENCE). */
  | 'BUNDLE_INVALID'
  /** A v0.1 bundle (or v0.2 without an inclusion proof) when legacy bundles were not asked for. */
  | 'LEGACY_BUNDLE'
  /** The leaf certificate was not issued (signed) by a CA of any trusted root in use. */
  | 'CERTIFICATE_UNTRUSTED'
  /** Issued by a trusted CA, but the chain, validity at the signing time or SCTs do not verify. */
  | 'CERTIFICATE_INVALID'
  /** The signature does not verify over the bundle's content: changed after signing. */
  | 'SIGNATURE_INVALID'
  /** No timestamp verifies against a timestamp authority (or log) of the trusted root. */
  | 'TIMESTAMP_INVALID'
  /** A transparency-log entry (inclusion proof or promise, or its body) does not verify. */
  | 'TLOG_INVALID'
  /** A key-signed bundle whose key is not the one given with --key. */
  | 'KEY_UNTRUSTED'
  /** Any other @sigstore/verify failure (its code is in `sigstoreCode`). */
  | 'CRYPTO_FAILED'
  /** The certificate does not name the signer the policy asks for. */
  | 'IDENTITY_MISMATCH'
  /** Payload type, JSON or in-toto `_type` wrong. */
  | 'PAYLOAD_INVALID'
  | 'PREDICATE_TYPE_MISMATCH'
  /** A message signature (no in-toto statement) where the gate needs a statement. */
  | 'STATEMENT_REQUIRED'
  /** No statement subject (or message digest) has the artifact's digest. */
  | 'SUBJECT_MISMATCH'
  /** A combination this verifier cannot check (e.g. a message signature given only a digest). */
  | 'UNSUPPORTED';

export interface CheckFailure {
  code: FailureCode;
  reason: string;
  /** @sigstore/verify's own error code (`TIMESTAMP_ERROR`, `TLOG_BODY_ERROR`, …) when it refused the bundle. */
  sigstoreCode?: string;
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
  /** The Sigstore instance that root describes: `public-good`, `github`, or its certificate authority's host. */
  instance: string;
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
  /**
   * Bundles that name this artifact but failed; for an artifact no bundle verifies, also (up to
   * MAX_UNRELATED_FAILURES) the bundles that failed on their own or verified for other artifacts.
   */
  failures: BundleFailure[];
  /** Failures left out of `failures` beyond that cap. */
  failuresOmitted?: number;
}

export interface VerificationReport {
  /** Every artifact passed. */
  ok: boolean;
  trustedRoots: string[];
  /** Each root used: where it came from and how current it is (src/core/trust/types.ts). */
  roots: RootInfo[];
  predicateType: string;
  artifacts: ArtifactReport[];
}
