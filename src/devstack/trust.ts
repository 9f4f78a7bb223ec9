/**
 * The two documents a client needs to use the stack: a protobuf-specs TrustedRoot (for verifiers) and a
 * v0.2 SigningConfig (for signers), as JSON.
 */
import { SIGNING_CONFIG_MEDIA_TYPE } from '../core/sign/signing-config.js';

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
const OPERATOR = 'agent-attest devstack';

export interface TrustInputs {
  url: string;
  tsaUrl: string;
  /** When the keys became valid: a little before start-up, so clocks a second apart still agree. */
  validFrom: Date;
  fulcioRoot: Buffer;
  tsaChain: Buffer[];
  /** Absent in the 'github' profile. */
  rekor?: { publicKeyDer: Buffer; logId: Buffer };
  ctlog?: { publicKeyDer: Buffer; logId: Buffer };
}

const b64 = (b: Buffer) => b.toString('base64');

function logInstance(baseUrl: string, key: { publicKeyDer: Buffer; logId: Buffer }, validFor: object) {
  return {
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: b64(key.publicKeyDer), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
    logId: { keyId: b64(key.logId) },
  };
}

export function buildTrustedRoot(t: TrustInputs): object {
  const validFor = { start: t.validFrom.toISOString() };
  return {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: t.rekor ? [logInstance(t.url, t.rekor, validFor)] : [],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: t.url,
        certChain: { certificates: [{ rawBytes: b64(t.fulcioRoot) }] },
        validFor,
      },
    ],
    ctlogs: t.ctlog ? [logInstance(t.url, t.ctlog, validFor)] : [],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: t.tsaUrl,
        certChain: { certificates: t.tsaChain.map((c) => ({ rawBytes: b64(c) })) },
        validFor,
      },
    ],
  };
}

export function buildSigningConfig(
  t: Pick<TrustInputs, 'url' | 'tsaUrl' | 'validFrom'> & { rekor: boolean },
): object {
  const service = (url: string) => ({
    url,
    majorApiVersion: 1,
    validFor: { start: t.validFrom.toISOString() },
    operator: OPERATOR,
  });
  return {
    mediaType: SIGNING_CONFIG_MEDIA_TYPE,
    caUrls: [service(t.url)],
    oidcUrls: [service(t.url)],
    rekorTlogUrls: t.rekor ? [service(t.url)] : [],
    // ALL of none = no log, which is how the 'github' profile (like GitHub's own instance) signs.
    rekorTlogConfig: { selector: t.rekor ? 'ANY' : 'ALL' },
    // TSA URLs are full URLs, unlike the others.
    tsaUrls: [service(t.tsaUrl)],
    tsaConfig: { selector: 'ANY' },
  };
}
