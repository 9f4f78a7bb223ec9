/**
 * The cryptographic check, built once and reused for every bundle: signature, certificate chain to
 * a trusted CA, SCTs, transparency-log entries and timestamps, with thresholds that fit the
 * trusted root the bundle's certificate chains to.
 *
 * @sigstore/verify checks timestamps first, so a bundle whose content was changed after signing fails there
 * (the timestamp covers the old signature) — as does one from a foreign instance whose CA shares a name with a
 * trusted one. A failure is therefore diagnosed before it is reported: a leaf no trusted CA key signed is
 * CERTIFICATE_UNTRUSTED, a signature that does not cover the content is SIGNATURE_INVALID, and only then does
 * @sigstore/verify's own code (kept as `sigstoreCode`) pick the reason. Passing bundles pay nothing for this.
 */
import { createPublicKey } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import type { X509Certificate } from '@sigstore/core';
import { toSignedEntity, Verifier, type SignedEntity } from '@sigstore/verify';
import { messageOf } from '../errors.js';
import { issuedByGitHub, rootsForCertificate, type Thresholds, type TrustRoot } from '../trust/index.js';
import { certificateFacts, type CertificateFacts } from './certificate.js';
import type { PrehashedSignature } from './prehashed.js';
import type { CheckFailure, FailureCode, VerifiedTimestamp } from './types.js';

export interface SignatureFacts {
  trustedRoot: string;
  /** The Sigstore instance that root describes. */
  instance: string;
  /** Undefined for key-signed bundles. */
  signer?: CertificateFacts;
  timestamps: VerifiedTimestamp[];
}

export type SignatureResult = ({ ok: true } & SignatureFacts) | ({ ok: false } & CheckFailure);

export interface BundleVerifier {
  /**
   * `artifact` is needed for message-signature bundles only (their signature covers its bytes); or, given
   * only its digest, `prehashed` checks the signature over the digest the bundle names.
   */
  verify(bundle: Bundle, artifact?: Buffer, prehashed?: PrehashedSignature): SignatureResult;
}

/**
 * One @sigstore/verify Verifier per root, built on first use; `thresholds` overrides each root's own. `trust` is
 * read live: roots loaded as bundles need them (TrustSet) are picked up.
 */
export function createVerifier(
  trust: readonly TrustRoot[],
  thresholds?: Partial<Thresholds>,
): BundleVerifier {
  const verifiers = new Map<TrustRoot, Verifier>();
  const verifierFor = (root: TrustRoot): Verifier => {
    let verifier = verifiers.get(root);
    if (!verifier) {
      const t = { ...root.thresholds, ...thresholds };
      verifier = new Verifier(root.material, {
        tlogThreshold: t.tlog,
        ctlogThreshold: t.ctlog,
        timestampThreshold: t.timestamp,
      });
      verifiers.set(root, verifier);
    }
    return verifier;
  };

  return {
    verify(bundle, artifact, prehashed) {
      let entity: SignedEntity;
      try {
        entity = toSignedEntity(bundle, artifact);
        if (prehashed) entity = { ...entity, signature: prehashed };
      } catch (e) {
        return {
          ok: false,
          code: 'BUNDLE_INVALID',
          reason: `certificate or timestamp does not parse: ${messageOf(e)}`,
        };
      }
      const certificate = entity.key.$case === 'certificate' ? entity.key.certificate : undefined;
      const candidates = certificate ? rootsForCertificate([...trust], certificate) : trust;
      const rootNames = `trusted root${trust.length > 1 ? 's' : ''} ${trust.map((r) => r.name).join(', ')}`;
      const untrusted: CheckFailure = {
        code: 'CERTIFICATE_UNTRUSTED',
        reason: `the signing certificate was not issued by a CA of the ${rootNames}${certificate && issuedByGitHub(certificate) ? GITHUB_ROOT_HINT : ''}`,
      };
      if (candidates.length === 0) return { ok: false, ...untrusted };
      const errors: { root: TrustRoot; code?: string; message: string }[] = [];
      for (const root of candidates) {
        try {
          verifierFor(root).verify(entity);
          return {
            ok: true,
            trustedRoot: root.name,
            instance: root.instance,
            signer: certificate ? certificateFacts(certificate) : undefined,
            timestamps: verifiedTimestamps(entity),
          };
        } catch (e) {
          errors.push({ root, code: (e as { code?: string }).code, message: messageOf(e) });
        }
      }
      return { ok: false, ...diagnose(entity, certificate, errors, untrusted) };
    },
  };
}

/** Why the bundle failed every candidate root, pointing at the real cause (see the module comment). */
function diagnose(
  entity: SignedEntity,
  certificate: X509Certificate | undefined,
  errors: { root: TrustRoot; code?: string; message: string }[],
  untrusted: CheckFailure,
): CheckFailure {
  if (certificate && !errors.some((e) => issuedBy(certificate, e.root))) return untrusted;
  const detail = errors
    .map((e) => `${errors.length > 1 ? `${e.root.name}: ` : ''}${e.code ? `${e.code}: ` : ''}${e.message}`)
    .join('; ');
  const sigstoreCode = errors[0]?.code;
  if (certificate && !signatureCovers(entity, certificate)) {
    return {
      code: 'SIGNATURE_INVALID',
      reason: `the signature does not verify over the bundle's content with its certificate's key: the content or the signature was changed after signing (${detail})`,
      ...(sigstoreCode ? { sigstoreCode } : {}),
    };
  }
  const mapped = sigstoreCode ? SIGSTORE_CODES[sigstoreCode] : undefined;
  return {
    code: mapped?.code ?? 'CRYPTO_FAILED',
    reason: `${mapped?.cause ?? 'the bundle did not verify'}: ${detail}`,
    ...(sigstoreCode ? { sigstoreCode } : {}),
  };
}

/** @sigstore/verify's error codes → ours, with what each means for the user. */
const SIGSTORE_CODES: Readonly<Record<string, { code: FailureCode; cause: string }>> = {
  SIGNATURE_ERROR: { code: 'SIGNATURE_INVALID', cause: 'the signature does not verify over the content' },
  CERTIFICATE_ERROR: {
    code: 'CERTIFICATE_INVALID',
    cause:
      'the certificate does not verify at the signing time (chain, validity window or SCT against the trusted root)',
  },
  PUBLIC_KEY_ERROR: {
    code: 'KEY_UNTRUSTED',
    cause: 'the signing key is not one the trusted root or --key vouches for',
  },
  TIMESTAMP_ERROR: {
    code: 'TIMESTAMP_INVALID',
    cause: 'no timestamp of the bundle verifies against a timestamp authority (or log) of the trusted root',
  },
  TLOG_ERROR: { code: 'TLOG_INVALID', cause: 'the transparency-log entries do not meet the trusted root' },
  TLOG_INCLUSION_PROOF_ERROR: {
    code: 'TLOG_INVALID',
    cause: "the log entry's inclusion proof does not verify against a log of the trusted root",
  },
  TLOG_INCLUSION_PROMISE_ERROR: {
    code: 'TLOG_INVALID',
    cause: "the log entry's inclusion promise (SET) does not verify against a log of the trusted root",
  },
  TLOG_MISSING_INCLUSION_ERROR: {
    code: 'TLOG_INVALID',
    cause: 'the log entry has neither an inclusion proof nor an inclusion promise',
  },
  TLOG_BODY_ERROR: {
    code: 'TLOG_INVALID',
    cause: 'the log entry does not record this signature and content',
  },
};

/** Whether a CA certificate of `root` named as the leaf's issuer actually signed the leaf. */
function issuedBy(leaf: X509Certificate, root: TrustRoot): boolean {
  return root.material.certificateAuthorities.some((ca) =>
    ca.certChain.some((c) => {
      try {
        return c.subject.equals(leaf.issuer) && leaf.verify(c);
      } catch {
        return false;
      }
    }),
  );
}

/** Whether the signature verifies over the content with the leaf's key (the first thing a tamperer breaks). */
function signatureCovers(entity: SignedEntity, leaf: X509Certificate): boolean {
  try {
    const key = createPublicKey({ key: leaf.publicKey, format: 'der', type: 'spki' });
    return entity.signature.verifySignature(key);
  } catch {
    return false;
  }
}

/** Private repositories sign on GitHub's own instance, whose root the default selection adds: say how. */
const GITHUB_ROOT_HINT =
  "; it was issued by GitHub's Sigstore instance (private repositories): verify without --trusted-root (GitHub's root is then selected for it) or with --trusted-root github, or give a file with that instance's root (`gh attestation trusted-root`)";

/** After a successful verify every timestamp in the entity was checked (the verifier rejects any bad one). */
function verifiedTimestamps(entity: SignedEntity): VerifiedTimestamp[] {
  return entity.timestamps.flatMap((t): VerifiedTimestamp[] => {
    if (t.$case === 'timestamp-authority')
      return [{ kind: 'timestamp-authority', time: t.timestamp.signingTime.toISOString() }];
    // Only an inclusion promise (SET) vouches for the integrated time.
    if (!t.tlogEntry.inclusionPromise) return [];
    return [
      { kind: 'transparency-log', time: new Date(Number(t.tlogEntry.integratedTime) * 1000).toISOString() },
    ];
  });
}
