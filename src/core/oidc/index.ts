/**
 * The OIDC identity token Fulcio binds the signing certificate to: given outright (`--identity-token`),
 * else requested through GitHub's protocol (`ACTIONS_ID_TOKEN_REQUEST_URL` + `_TOKEN`; the devstack serves
 * it too). The token is a credential: it never goes into a message, a log line or an error cause.
 *
 * The claims are read here without checking the signature — Fulcio checks it. What the statement uses
 * from them is compared with the certificate Fulcio issues before any bundle is written (see sign/).
 */
import { decodeJwt } from 'jose';
import { AgentAttestError } from '../errors.js';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
export const SIGSTORE_AUDIENCE = 'sigstore';

/** The claims GitHub's attest action requires to build its provenance; we require the same. */
export const REQUIRED_GITHUB_CLAIMS = [
  'iss',
  'ref',
  'sha',
  'repository',
  'event_name',
  'job_workflow_ref',
  'workflow_ref',
  'repository_id',
  'repository_owner_id',
  'runner_environment',
  'run_id',
  'run_attempt',
] as const;

/** A GitHub Actions OIDC token's claims (those we use; https://docs.github.com/actions/security-for-github-actions). */
export interface GitHubClaims {
  iss: string;
  sub?: string;
  exp?: number;
  ref: string;
  sha: string;
  repository: string;
  repository_id: string;
  repository_owner?: string;
  repository_owner_id: string;
  repository_visibility?: string;
  event_name: string;
  job_workflow_ref: string;
  job_workflow_sha?: string;
  workflow_ref: string;
  workflow_sha?: string;
  runner_environment: string;
  run_id: string;
  run_attempt: string;
}

export type Claims = Record<string, unknown>;

export interface IdentityToken {
  /** The JWT. Never log it. */
  token: string;
  claims: Claims;
  /** Where it came from, for messages: `--identity-token` or the request URL's origin. */
  source: string;
}

/** Replaces every occurrence of `secret` in `text` (a token may end up in a library's error message). */
export function redact(text: string, secret: string | undefined): string {
  if (!secret) return text;
  return text.split(secret).join('[redacted token]');
}

/** The payload of a JWT, unverified. Errors never include the token. */
export function decodeClaims(token: string, source: string): Claims {
  try {
    return decodeJwt(token) as Claims;
  } catch {
    throw new AgentAttestError(
      'OIDC_UNAVAILABLE',
      `the identity token from ${source} is not a JWT; pass the raw token (three base64url parts joined by dots)`,
    );
  }
}

// GitHub sends ids as strings; a look-alike issuer may send numbers. Normalise all but the times.
const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf']);

/** The claims as GitHub's, when the token is GitHub's or has GitHub's shape; undefined otherwise. */
export function githubClaims(claims: Claims): GitHubClaims | undefined {
  const missing = REQUIRED_GITHUB_CLAIMS.filter(
    (c) => claims[c] === undefined || claims[c] === null || claims[c] === '',
  );
  const iss = typeof claims['iss'] === 'string' ? claims['iss'] : '';
  // GitHub Enterprise issuers carry a slug: https://token.actions.githubusercontent.com/<slug>.
  const fromGitHub = iss === GITHUB_ACTIONS_ISSUER || iss.startsWith(`${GITHUB_ACTIONS_ISSUER}/`);
  if (missing.length === 0) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(claims))
      out[k] = typeof v === 'number' && !TIME_CLAIMS.has(k) ? String(v) : v;
    return out as unknown as GitHubClaims;
  }
  if (fromGitHub) {
    throw new AgentAttestError(
      'OIDC_UNAVAILABLE',
      `the GitHub Actions identity token lacks the claims ${missing.join(', ')}; request it with audience 'sigstore' from a workflow job`,
    );
  }
  return undefined;
}

/** Fails before any service is called when the token has expired (or will within `skewSeconds`). */
export function assertNotExpired(identity: IdentityToken, now: Date, skewSeconds = 30): void {
  const exp = identity.claims['exp'];
  if (typeof exp === 'number' && exp * 1000 <= now.getTime() + skewSeconds * 1000) {
    const when = new Date(exp * 1000).toISOString();
    throw new AgentAttestError(
      'OIDC_UNAVAILABLE',
      `the identity token from ${identity.source} expired at ${when}; request a fresh one (GitHub's last 5 to 10 minutes: sign right after fetching)`,
    );
  }
  const aud = identity.claims['aud'];
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (aud !== undefined && !audiences.includes(SIGSTORE_AUDIENCE)) {
    throw new AgentAttestError(
      'OIDC_UNAVAILABLE',
      `the identity token from ${identity.source} is for audience '${audiences.join(', ')}', not 'sigstore'; request it with audience=sigstore`,
    );
  }
}

export interface TokenSourceOptions {
  /** `--identity-token`. */
  explicitToken?: string;
  githubActions: boolean;
  idTokenRequestUrl?: string;
  idTokenRequestToken?: string;
  /** Per attempt; default 10 s. */
  timeoutMs?: number;
  /** Extra attempts on 5xx/connection failures; default 2. */
  retries?: number;
  /** Base delay between attempts; default 500 ms (tests set it small). */
  retryDelayMs?: number;
}

const PERMISSION_FIX = 'add `permissions: id-token: write` to the job (fork pull requests never get it)';

/** The identity token, from the explicit value or GitHub's token protocol. */
export async function getIdentityToken(options: TokenSourceOptions): Promise<IdentityToken> {
  if (options.explicitToken !== undefined && options.explicitToken.trim() !== '') {
    const token = options.explicitToken.trim();
    return { token, claims: decodeClaims(token, '--identity-token'), source: '--identity-token' };
  }
  if (options.idTokenRequestUrl && options.idTokenRequestToken) {
    const token = await requestGitHubToken(options.idTokenRequestUrl, options.idTokenRequestToken, options);
    const source = `the token endpoint ${originOf(options.idTokenRequestUrl)}`;
    return { token, claims: decodeClaims(token, source), source };
  }
  if (options.githubActions) {
    throw new AgentAttestError(
      'OIDC_UNAVAILABLE',
      `this GitHub Actions job cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set); ${PERMISSION_FIX}`,
    );
  }
  throw new AgentAttestError(
    'OIDC_UNAVAILABLE',
    'no OIDC identity token: pass --identity-token JWT (audience sigstore), or run in GitHub Actions with `permissions: id-token: write`; use --no-sign for an unsigned preview',
  );
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'ACTIONS_ID_TOKEN_REQUEST_URL';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function requestGitHubToken(
  requestUrl: string,
  requestToken: string,
  options: TokenSourceOptions,
): Promise<string> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    throw new AgentAttestError(
      'OIDC_UNAVAILABLE',
      'ACTIONS_ID_TOKEN_REQUEST_URL is not a URL; it is set by the runner, do not override it',
    );
  }
  url.searchParams.set('audience', SIGSTORE_AUDIENCE);
  const where = url.origin;
  const retries = options.retries ?? 2;
  let lastProblem = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep((options.retryDelayMs ?? 500) * 2 ** (attempt - 1) * (0.5 + Math.random()));
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { Authorization: `bearer ${requestToken}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (e) {
      lastProblem =
        (e as Error).name === 'TimeoutError' ? 'timed out' : `could not connect (${causeCode(e)})`;
      continue;
    }
    if (response.status >= 500 || response.status === 429) {
      lastProblem = `answered HTTP ${response.status}`;
      continue;
    }
    if (!response.ok) {
      throw new AgentAttestError(
        'OIDC_UNAVAILABLE',
        `GitHub's OIDC token endpoint ${where} refused the request (HTTP ${response.status}); ${PERMISSION_FIX}`,
      );
    }
    const body = (await response.json().catch(() => undefined)) as { value?: unknown } | undefined;
    if (typeof body?.value !== 'string' || body.value === '') {
      throw new AgentAttestError(
        'OIDC_UNAVAILABLE',
        `GitHub's OIDC token endpoint ${where} answered without a token ("value"); retry the job`,
      );
    }
    return body.value;
  }
  throw new AgentAttestError(
    'OIDC_UNAVAILABLE',
    `GitHub's OIDC token endpoint ${where} ${lastProblem} after ${retries + 1} attempts; retry the job`,
  );
}

function causeCode(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as Error).message;
}
