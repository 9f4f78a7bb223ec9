import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  messageOf
} from "./chunk-VVUQLUI5.js";

// src/core/github/failures.ts
function classifyGitHubError(error, ctx) {
  const e = typeof error === "object" && error !== null ? error : {};
  const headers = e.response?.headers ?? e.headers ?? {};
  const header = (name) => {
    const v = headers[name];
    return v === void 0 ? void 0 : String(v);
  };
  const unreachable = unreachableHost(error);
  if (unreachable) {
    return {
      reason: "api-error",
      detail: `cannot reach the GitHub API while ${ctx.action} (${ctx.redact(unreachable)}); check the API URL and the network`
    };
  }
  const status = typeof e.status === "number" ? e.status : void 0;
  const message = ctx.redact(firstLine(messageOf(error)));
  const graphqlTypes = graphqlErrorTypes(e);
  const rateLimited = graphqlTypes.includes("RATE_LIMITED") || (status === 403 || status === 429) && (header("x-ratelimit-remaining") === "0" || header("retry-after") !== void 0 || /rate limit/i.test(message));
  if (rateLimited) {
    const resetAt = resetTime(header("x-ratelimit-reset"), header("retry-after"));
    return {
      reason: "rate-limited",
      status,
      ...resetAt ? { resetAt } : {},
      detail: `GitHub API rate limit exceeded while ${ctx.action}${resetAt ? `; it resets at ${resetAt}` : ""}`
    };
  }
  if (status === 401) {
    return {
      reason: ctx.authenticated ? "forbidden" : "no-token",
      status,
      detail: ctx.authenticated ? `GitHub rejected the token (401) while ${ctx.action}: pass a valid github-token` : `no GitHub token for ${ctx.action}: pass github-token (needs \`permissions: ${ctx.permission}\`)`
    };
  }
  if (status === 403 || graphqlTypes.includes("FORBIDDEN")) {
    return {
      reason: "forbidden",
      status: status ?? 403,
      detail: `GitHub refused ${ctx.action} (403: ${message}): the workflow needs \`permissions: ${ctx.permission}\``
    };
  }
  if (status === 404 || graphqlTypes.includes("NOT_FOUND")) {
    return {
      reason: ctx.authenticated ? "not-found" : "no-token",
      status: status ?? 404,
      detail: ctx.authenticated ? `GitHub answered 404 while ${ctx.action}: the repository does not exist or the token cannot see it (the workflow needs \`permissions: ${ctx.permission}\`)` : `GitHub answered 404 to an anonymous request while ${ctx.action}: a private repository needs github-token with \`permissions: ${ctx.permission}\``
    };
  }
  return {
    reason: "api-error",
    ...status !== void 0 ? { status } : {},
    detail: `GitHub API failed while ${ctx.action}${status !== void 0 ? ` (${status})` : ""}: ${message}`
  };
}
var UNREACHABLE_CODES = /* @__PURE__ */ new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "ECONNREFUSED",
  "EHOSTUNREACH",
  "ENETUNREACH"
]);
function unreachableHost(error) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (e) => {
    if (typeof e !== "object" || e === null || seen.has(e)) return void 0;
    seen.add(e);
    const x = e;
    if (x.response !== void 0) return void 0;
    if (typeof x.code === "string" && UNREACHABLE_CODES.has(x.code)) {
      const message = typeof x.message === "string" && x.message !== "" ? x.message : x.code;
      return firstLine(message.includes(x.code) ? message : `${x.code}: ${message}`);
    }
    for (const inner of [x.cause, ...Array.isArray(x.errors) ? x.errors : []]) {
      const found = visit(inner);
      if (found) return found;
    }
    return void 0;
  };
  return visit(error);
}
function graphqlErrorTypes(e) {
  const fromData = e.response?.data?.errors ?? [];
  return [...e.errors ?? [], ...fromData].map((x) => x.type ?? "").filter((t) => t !== "");
}
function resetTime(reset, retryAfter) {
  if (reset !== void 0 && /^\d+$/.test(reset)) return new Date(Number(reset) * 1e3).toISOString();
  if (retryAfter !== void 0 && /^\d+$/.test(retryAfter)) {
    return new Date(Date.now() + Number(retryAfter) * 1e3).toISOString();
  }
  return void 0;
}
function firstLine(text) {
  const line = text.split(/\r?\n/, 1)[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}

export {
  classifyGitHubError,
  unreachableHost
};
