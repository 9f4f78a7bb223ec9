/**
 * Message signatures checked against a digest alone (`verify … sha256:HEX`, as the Sigstore conformance
 * suite asks): the signature covers the artifact's bytes, but ECDSA signs their hash, so the hash the
 * bundle names — once the caller has checked it is the artifact's — is all the verification needs.
 * Node's crypto cannot verify ECDSA over a given hash, so this uses @noble/curves (loaded only here).
 * Other key types cannot be checked from a digest: they fail with a message saying to pass the file.
 */
import type { Bundle } from '@sigstore/bundle';
import type { KeyObject } from 'node:crypto';
import { crypto as sigstoreCrypto } from '@sigstore/core';
import type * as NobleCurves from '@noble/curves/nist.js';

type Curves = typeof NobleCurves;

/** What @sigstore/verify asks of a signature (its SignatureContent). */
export interface PrehashedSignature {
  signature: Buffer;
  compareSignature(signature: Buffer): boolean;
  compareDigest(digest: Buffer): boolean;
  compareSignedDigest(digest: Buffer): boolean;
  verifySignature(key: KeyObject): boolean;
}

const CURVES: Record<string, keyof Pick<Curves, 'p256' | 'p384' | 'p521'>> = {
  prime256v1: 'p256',
  secp384r1: 'p384',
  secp521r1: 'p521',
};

export async function loadCurves(): Promise<Curves> {
  return import('@noble/curves/nist.js');
}

export function prehashedMessageSignature(bundle: Bundle, curves: Curves): PrehashedSignature {
  if (bundle.content.$case !== 'messageSignature') throw new Error('not a message-signature bundle');
  const { signature, messageDigest } = bundle.content.messageSignature;
  const digest = messageDigest.digest;
  return {
    signature,
    compareSignature: (s) => sigstoreCrypto.bufferEqual(s, signature),
    compareDigest: (d) => sigstoreCrypto.bufferEqual(d, digest),
    compareSignedDigest: (d) => sigstoreCrypto.bufferEqual(d, digest),
    verifySignature(key) {
      const curve =
        key.asymmetricKeyType === 'ec' ? CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''] : undefined;
      if (!curve) {
        throw new Error(
          `a ${key.asymmetricKeyType ?? 'unknown'} signature cannot be checked from a digest; pass the artifact file`,
        );
      }
      const jwk = key.export({ format: 'jwk' });
      const point = Buffer.concat([
        Buffer.from([4]),
        Buffer.from(jwk.x!, 'base64url'),
        Buffer.from(jwk.y!, 'base64url'),
      ]);
      try {
        return curves[curve].verify(signature, digest, point, { prehash: false, lowS: false, format: 'der' });
      } catch {
        return false; // a malformed signature is not a valid one
      }
    },
  };
}
