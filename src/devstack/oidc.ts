/**
 * The devstack's OIDC issuer: signs GitHub-shaped ID tokens with a key generated at start, publishes the
 * key (discovery document + JWKS), and verifies tokens the way Fulcio does before it issues a certificate.
 */
import { randomUUID } from 'node:crypto';
import {
  errors as joseErrors,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
} from 'jose';
import { SIGSTORE_AUDIENCE } from './claims.js';

// GitHub signs with RS256; an RSA key takes 0.1–1 s to generate on a busy machine, a P-256 key about 1 ms,
// and nothing downstream depends on the algorithm (verifiers read it from the JWKS).
export const TOKEN_ALG = 'ES256';
const DEFAULT_LIFETIME_SECONDS = 600;

export interface TokenOptions {
  /** Merged over the stack's claims, as the stack's claims are over the defaults (`undefined` removes one). */
  claims?: Record<string, unknown>;
  /** Negative values give an already-expired token. */
  expiresInSeconds?: number;
  audience?: string;
}

/** Why a token was refused; `message` is safe to return to the client (it never contains the token). */
export class TokenRejected extends Error {}

export interface OidcIssuer {
  /** The `iss` the CA trusts. */
  readonly issuer: string;
  readonly jwks: { keys: JWK[] };
  issueToken(opts?: TokenOptions): Promise<string>;
  /** Verifies signature, `iss`, `aud == "sigstore"` and the time claims; returns the claims. */
  verifyToken(token: string): Promise<Record<string, unknown>>;
}

/** `claimsFor(overrides)`: the full claim set of a token whose issuer-level claims are overridden so. */
export async function createOidcIssuer(
  claimsFor: (overrides: Record<string, unknown>) => Record<string, unknown>,
): Promise<OidcIssuer> {
  const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALG);
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: TOKEN_ALG, use: 'sig' };
  const issuer = String(claimsFor({})['iss']);

  return {
    issuer,
    jwks: { keys: [jwk] },
    issueToken: (opts = {}) => signToken(privateKey, kid, claimsFor(opts.claims ?? {}), opts),
    verifyToken: (token) => verify(token, publicKey, issuer),
  };
}

async function signToken(
  key: CryptoKey,
  kid: string,
  claims: Record<string, unknown>,
  opts: TokenOptions,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const lifetime = opts.expiresInSeconds ?? DEFAULT_LIFETIME_SECONDS;
  const payload: Record<string, unknown> = {
    jti: randomUUID(),
    aud: opts.audience ?? SIGSTORE_AUDIENCE,
    // An expired token was also issued in the past, so that only `exp` is wrong about it.
    iat: Math.min(now, now + lifetime - 60),
    nbf: Math.min(now, now + lifetime - 60),
    exp: now + lifetime,
    ...claims,
  };
  return new SignJWT(payload).setProtectedHeader({ alg: TOKEN_ALG, kid, typ: 'JWT' }).sign(key);
}

async function verify(token: string, key: CryptoKey, issuer: string): Promise<Record<string, unknown>> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [TOKEN_ALG],
      issuer,
      audience: SIGSTORE_AUDIENCE,
    });
    return payload as Record<string, unknown>;
  } catch (e) {
    throw new TokenRejected(explain(e, issuer));
  }
}

function explain(e: unknown, issuer: string): string {
  if (e instanceof joseErrors.JWTExpired) return 'identity token has expired (exp is in the past)';
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    if (e.claim === 'iss') return `identity token issuer is not trusted by this CA (expected ${issuer})`;
    if (e.claim === 'aud') return `identity token audience must be "${SIGSTORE_AUDIENCE}"`;
    return `identity token claim ${e.claim} is invalid: ${e.reason}`;
  }
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) {
    return 'identity token signature does not verify against the issuer key';
  }
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return `identity token must be signed with ${TOKEN_ALG}`;
  if (e instanceof joseErrors.JOSEError) return `identity token is malformed (${e.code})`;
  return 'identity token could not be verified';
}
