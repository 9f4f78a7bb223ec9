import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  decodeJwt
} from "./chunk-PQOZZ7PR.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";

// src/core/oidc/index.ts
var GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";
var SIGSTORE_AUDIENCE = "sigstore";
var REQUIRED_GITHUB_CLAIMS = [
  "iss",
  "ref",
  "sha",
  "repository",
  "event_name",
  "job_workflow_ref",
  "workflow_ref",
  "repository_id",
  "repository_owner_id",
  "runner_environment",
  "run_id",
  "run_attempt"
];
function redact(text, secret) {
  if (!secret) return text;
  return text.split(secret).join("[redacted token]");
}
function decodeClaims(token, source) {
  try {
    return decodeJwt(token);
  } catch {
    throw new AgentAttestError(
      "OIDC_UNAVAILABLE",
      `the identity token from ${source} is not a JWT; pass the raw token (three base64url parts joined by dots)`
    );
  }
}
var TIME_CLAIMS = /* @__PURE__ */ new Set(["exp", "iat", "nbf"]);
function githubClaims(claims) {
  const missing = REQUIRED_GITHUB_CLAIMS.filter(
    (c) => claims[c] === void 0 || claims[c] === null || claims[c] === ""
  );
  const iss = typeof claims["iss"] === "string" ? claims["iss"] : "";
  const fromGitHub = iss === GITHUB_ACTIONS_ISSUER || iss.startsWith(`${GITHUB_ACTIONS_ISSUER}/`);
  if (missing.length === 0) {
    const out = {};
    for (const [k, v] of Object.entries(claims))
      out[k] = typeof v === "number" && !TIME_CLAIMS.has(k) ? String(v) : v;
    return out;
  }
  if (fromGitHub) {
    throw new AgentAttestError(
      "OIDC_UNAVAILABLE",
      `the GitHub Actions identity token lacks the claims ${missing.join(", ")}; request it with audience 'sigstore' from a workflow job`
    );
  }
  return void 0;
}
function assertNotExpired(identity, now, skewSeconds = 30) {
  const exp = identity.claims["exp"];
  if (typeof exp === "number" && exp * 1e3 <= now.getTime() + skewSeconds * 1e3) {
    const when = new Date(exp * 1e3).toISOString();
    throw new AgentAttestError(
      "OIDC_UNAVAILABLE",
      `the identity token from ${identity.source} expired at ${when}; request a fresh one (GitHub's last 5 to 10 minutes: sign right after fetching)`
    );
  }
  const aud = identity.claims["aud"];
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (aud !== void 0 && !audiences.includes(SIGSTORE_AUDIENCE)) {
    throw new AgentAttestError(
      "OIDC_UNAVAILABLE",
      `the identity token from ${identity.source} is for audience '${audiences.join(", ")}', not 'sigstore'; request it with audience=sigstore`
    );
  }
}
var PERMISSION_FIX = "add `permissions: id-token: write` to the job (fork pull requests never get it)";
async function getIdentityToken(options) {
  if (options.explicitToken !== void 0 && options.explicitToken.trim() !== "") {
    const token = options.explicitToken.trim();
    return { token, claims: decodeClaims(token, "--identity-token"), source: "--identity-token" };
  }
  if (options.idTokenRequestUrl && options.idTokenRequestToken) {
    const token = await requestGitHubToken(options.idTokenRequestUrl, options.idTokenRequestToken, options);
    const source = `the token endpoint ${originOf(options.idTokenRequestUrl)}`;
    return { token, claims: decodeClaims(token, source), source };
  }
  if (options.githubActions) {
    throw new AgentAttestError(
      "OIDC_UNAVAILABLE",
      `this GitHub Actions job cannot request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set); ${PERMISSION_FIX}`
    );
  }
  throw new AgentAttestError(
    "OIDC_UNAVAILABLE",
    "no OIDC identity token: pass --identity-token JWT (audience sigstore), or run in GitHub Actions with `permissions: id-token: write`; use --no-sign for an unsigned preview"
  );
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return "ACTIONS_ID_TOKEN_REQUEST_URL";
  }
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function requestGitHubToken(requestUrl, requestToken, options) {
  let url;
  try {
    url = new URL(requestUrl);
  } catch {
    throw new AgentAttestError(
      "OIDC_UNAVAILABLE",
      "ACTIONS_ID_TOKEN_REQUEST_URL is not a URL; it is set by the runner, do not override it"
    );
  }
  url.searchParams.set("audience", SIGSTORE_AUDIENCE);
  const where = url.origin;
  const retries = options.retries ?? 2;
  let lastProblem = "";
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep((options.retryDelayMs ?? 500) * 2 ** (attempt - 1) * (0.5 + Math.random()));
    let response;
    try {
      response = await fetch(url, {
        headers: { Authorization: `bearer ${requestToken}`, Accept: "application/json" },
        signal: AbortSignal.timeout(options.timeoutMs ?? 1e4)
      });
    } catch (e) {
      lastProblem = e.name === "TimeoutError" ? "timed out" : `could not connect (${causeCode(e)})`;
      continue;
    }
    if (response.status >= 500 || response.status === 429) {
      lastProblem = `answered HTTP ${response.status}`;
      continue;
    }
    if (!response.ok) {
      throw new AgentAttestError(
        "OIDC_UNAVAILABLE",
        `GitHub's OIDC token endpoint ${where} refused the request (HTTP ${response.status}); ${PERMISSION_FIX}`
      );
    }
    const body = await response.json().catch(() => void 0);
    if (typeof body?.value !== "string" || body.value === "") {
      throw new AgentAttestError(
        "OIDC_UNAVAILABLE",
        `GitHub's OIDC token endpoint ${where} answered without a token ("value"); retry the job`
      );
    }
    return body.value;
  }
  throw new AgentAttestError(
    "OIDC_UNAVAILABLE",
    `GitHub's OIDC token endpoint ${where} ${lastProblem} after ${retries + 1} attempts; retry the job`
  );
}
function causeCode(e) {
  const cause = e.cause;
  return cause?.code ?? cause?.message ?? e.message;
}

export {
  redact,
  githubClaims,
  assertNotExpired,
  getIdentityToken
};
