/**
 * A Fulcio-compatible CA (`POST /api/v2/signingCert`, the request sigstore-js's FulcioSigner sends).
 * Unlike the mock's handler it does what Fulcio does before issuing: verifies the OIDC token and the
 * proof of possession, then certifies the identity the claims name, with the GitHub extensions.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
// Deep imports: the package root loads nock, which patches http for the whole process.
import { initializeCA } from '@sigstore/mock/dist/fulcio/ca.js';
import type { initializeCTLog } from '@sigstore/mock/dist/fulcio/ctlog.js';
import { extensionsFromClaims, proofSubject, subjectAltNameFromClaims } from './claims.js';
import { HttpError, isObject, toPem } from './http.js';
import { TokenRejected, type OidcIssuer } from './oidc.js';

type KeyPair = { publicKey: KeyObject; privateKey: KeyObject };
type CA = Awaited<ReturnType<typeof initializeCA>>;
export type CTLog = Awaited<ReturnType<typeof initializeCTLog>>;

export interface FulcioService {
  rootCertificate: Buffer;
  /** Handles the JSON body of `POST /api/v2/signingCert`; returns the response JSON or throws HttpError. */
  signingCert(body: unknown): Promise<object>;
  /** `GET /api/v2/trustBundle`. */
  trustBundle(): object;
}

export async function createFulcio(caKey: KeyPair, oidc: OidcIssuer, ctLog?: CTLog): Promise<FulcioService> {
  const ca: CA = await initializeCA(caKey, ctLog);
  const rootCertificate = Buffer.from(
    ca.rootCertificate.buffer,
    ca.rootCertificate.byteOffset,
    ca.rootCertificate.byteLength,
  );
  const chain = [toPem(rootCertificate)];

  return {
    rootCertificate,
    trustBundle: () => ({ chains: [{ certificates: chain }] }),
    async signingCert(body) {
      const request = parseRequest(body);
      let claims: Record<string, unknown>;
      try {
        claims = await oidc.verifyToken(request.token);
      } catch (e) {
        if (e instanceof TokenRejected) throw new HttpError(401, e.message);
        throw e;
      }
      checkProofOfPossession(claims, request.publicKey, request.proof);
      const san = subjectAltNameFromClaims(claims);
      if (!san)
        throw new HttpError(
          400,
          'identity token has neither job_workflow_ref nor email: no identity to certify',
        );
      // The mock CA writes every SAN as a URI; an email identity is therefore a URI-typed SAN (see docs/devstack.md).
      const leaf = await ca.issueCertificate({
        publicKey: request.publicKey.export({ format: 'der', type: 'spki' }) as Buffer<ArrayBuffer>,
        subjectAltName: san.value,
        extensions: extensionsFromClaims(claims),
      });
      return {
        signedCertificateEmbeddedSct: {
          chain: {
            certificates: [toPem(new Uint8Array(leaf.buffer, leaf.byteOffset, leaf.byteLength)), ...chain],
          },
        },
      };
    },
  };
}

interface CertRequest {
  token: string;
  publicKey: KeyObject;
  proof: Buffer;
}

function parseRequest(body: unknown): CertRequest {
  if (!isObject(body)) throw new HttpError(400, 'request must be a JSON object');
  const credentials = body['credentials'];
  const token = isObject(credentials) ? credentials['oidcIdentityToken'] : undefined;
  if (typeof token !== 'string' || !token)
    throw new HttpError(401, 'credentials.oidcIdentityToken is missing');
  if (body['certificateSigningRequest'] !== undefined) {
    throw new HttpError(
      400,
      'certificateSigningRequest is not supported by the devstack; send publicKeyRequest',
    );
  }
  const keyRequest = body['publicKeyRequest'];
  const pk = isObject(keyRequest) ? keyRequest['publicKey'] : undefined;
  const pem = isObject(pk) ? pk['content'] : undefined;
  const proof = isObject(keyRequest) ? keyRequest['proofOfPossession'] : undefined;
  if (typeof pem !== 'string' || typeof proof !== 'string') {
    throw new HttpError(
      400,
      'publicKeyRequest.publicKey.content and publicKeyRequest.proofOfPossession are required',
    );
  }
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(pem);
  } catch {
    throw new HttpError(400, 'publicKeyRequest.publicKey.content is not a PEM public key');
  }
  // The mock CA imports the client key as ECDSA P-256, which is what sigstore-js generates.
  if (publicKey.asymmetricKeyType !== 'ec' || publicKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new HttpError(400, 'publicKeyRequest.publicKey must be an ECDSA P-256 key');
  }
  return { token, publicKey, proof: Buffer.from(proof, 'base64') };
}

/** The client proves it holds the private key by signing the token's `email` (if any) or `sub`. */
function checkProofOfPossession(claims: Record<string, unknown>, key: KeyObject, proof: Buffer) {
  if (typeof claims['email'] === 'string' && claims['email_verified'] !== true) {
    throw new HttpError(400, 'identity token email is not verified (email_verified must be true)');
  }
  const subject = proofSubject(claims);
  if (!subject)
    throw new HttpError(400, 'identity token has no sub or email to prove possession of the key with');
  let ok: boolean;
  try {
    ok = verify('sha256', Buffer.from(subject), key, proof);
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new HttpError(
      400,
      'proof of possession does not verify: sign the token subject (email or sub) with the key',
    );
  }
}
