/**
 * The cryptographic check, built once and reused for every bundle: signature, certificate chain to
 * a trusted CA, SCTs, transparency-log entries and timestamps, with thresholds that fit the
 * trusted root the bundle's certificate chains to.
 */
import type { Bundle } from '@sigstore/bundle';
import type { X509Certificate } from '@sigstore/core';
import { toSignedEntity, Verifier, type SignedEntity } from '@sigstore/verify';
import { messageOf } from '../errors.js';
import { rootsForCertificate, type Thresholds, type TrustRoot } from '../trust/index.js';
import { certificateFacts, type CertificateFacts } from './certificate.js';
import type { PrehashedSignature } from './prehashed.js';
import type { CheckFailure, VerifiedTimestamp } from './types.js';

export interface SignatureFacts {
  trustedRoot: string;
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

/** One @sigstore/verify Verifier per root; `thresholds` overrides each root's own. */
export function createVerifier(trust: TrustRoot[], thresholds?: Partial<Thresholds>): BundleVerifier {
  const verifiers = new Map(
    trust.map((root) => {
      const t = { ...root.thresholds, ...thresholds };
      return [
        root,
        new Verifier(root.material, {
          tlogThreshold: t.tlog,
          ctlogThreshold: t.ctlog,
          timestampThreshold: t.timestamp,
        }),
      ];
    }),
  );

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
      const candidates = certificate ? rootsForCertificate(trust, certificate) : trust;
      if (candidates.length === 0) {
        return {
          ok: false,
          code: 'CERTIFICATE_UNTRUSTED',
          reason: `the signing certificate was not issued by a CA of the trusted root${trust.length > 1 ? 's' : ''} ${trust.map((r) => r.name).join(', ')}${certificate && issuedByGitHub(certificate) ? GITHUB_ROOT_HINT : ''}`,
        };
      }
      const errors: string[] = [];
      for (const root of candidates) {
        try {
          verifiers.get(root)!.verify(entity);
          return {
            ok: true,
            trustedRoot: root.name,
            signer: certificate ? certificateFacts(certificate) : undefined,
            timestamps: verifiedTimestamps(entity),
          };
        } catch (e) {
          const code = (e as { code?: string }).code;
          errors.push(
            `${candidates.length > 1 ? `${root.name}: ` : ''}${code ? `${code}: ` : ''}${messageOf(e)}`,
          );
        }
      }
      return { ok: false, code: 'CRYPTO_FAILED', reason: errors.join('; ') };
    },
  };
}

/** Private repositories sign on GitHub's own instance, whose root is not shipped: say how to get it. */
const GITHUB_ROOT_HINT =
  "; it was issued by GitHub's Sigstore instance (private repositories): give that instance's trusted root (`trusted-root: github` in the verify action; for the CLI, --trusted-root with the output of `gh attestation trusted-root`)";

/** GitHub's Fulcio names its organisation in the issuer DN (the bytes hold the name as written). */
function issuedByGitHub(certificate: X509Certificate): boolean {
  return certificate.issuer.includes('GitHub, Inc.');
}

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
