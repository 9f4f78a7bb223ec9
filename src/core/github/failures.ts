/**
 * What went wrong with a GitHub API call, in the terms a user can act on: which permission the
 * workflow lacks, when a rate limit resets, whether the service was down. Used by the review
 * evidence (which records the reason in the statement) and the attestation store (which throws).
 */
import { messageOf } from '../errors.js';

export type GitHubFailureReason = 'no-token' | 'forbidden' | 'not-found' | 'rate-limited' | 'api-error';

export interface GitHubFailure {
  reason: GitHubFailureReason;
  /** One line, safe to show and to sign: no token, no request headers. */
  detail: string;
  status?: number;
  /** ISO time when a rate limit resets. */
  resetAt?: string;
}

interface FailureContext {
  /** What was being done, e.g. "reading pull request reviews of o/r". */
  action: string;
  /** The workflow permission the call needs, e.g. "pull-requests: read". */
  permission: string;
  authenticated: boolean;
  redact: (text: string) => string;
}

interface ErrorShape {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  headers?: Record<string, string | number | undefined>;
  errors?: Array<{ type?: string; message?: string }>;
}

export function classifyGitHubError(error: unknown, ctx: FailureContext): GitHubFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const headers = e.response?.headers ?? e.headers ?? {};
  const header = (name: string): string | undefined => {
    const v = headers[name];
    return v === undefined ? undefined : String(v);
  };
  const unreachable = unreachableHost(error);
  if (unreachable) {
    // octokit reports a request that never got an answer as status 500; no server said that.
    return {
      reason: 'api-error',
      detail: `cannot reach the GitHub API while ${ctx.action} (${ctx.redact(unreachable)}); check the API URL and the network`,
    };
  }
  const status = typeof e.status === 'number' ? e.status : undefined;
  const message = ctx.redact(firstLine(messageOf(error)));
  const graphqlTypes = graphqlErrorTypes(e);

  const rateLimited =
    graphqlTypes.includes('RATE_LIMITED') ||
    ((status === 403 || status === 429) &&
      (header('x-ratelimit-remaining') === '0' ||
        header('retry-after') !== undefined ||
        /rate limit/i.test(message)));
  if (rateLimited) {
    const resetAt = resetTime(header('x-ratelimit-reset'), header('retry-after'));
    return {
      reason: 'rate-limited',
      status,
      ...(resetAt ? { resetAt } : {}),
      detail: `GitHub API rate limit exceeded while ${ctx.action}${resetAt ? `; it resets at ${resetAt}` : ''}`,
    };
  }
  if (status === 401) {
    return {
      reason: ctx.authenticated ? 'forbidden' : 'no-token',
      status,
      detail: ctx.authenticated
        ? `GitHub rejected the token (401) while ${ctx.action}: pass a valid github-token`
        : `no GitHub token for ${ctx.action}: pass github-token (needs \`permissions: ${ctx.permission}\`)`,
    };
  }
  if (status === 403 || graphqlTypes.includes('FORBIDDEN')) {
    return {
      reason: 'forbidden',
      status: status ?? 403,
      detail: `GitHub refused ${ctx.action} (403: ${message}): the workflow needs \`permissions: ${ctx.permission}\``,
    };
  }
  if (status === 404 || graphqlTypes.includes('NOT_FOUND')) {
    return {
      reason: ctx.authenticated ? 'not-found' : 'no-token',
      status: status ?? 404,
      detail: ctx.authenticated
        ? `GitHub answered 404 while ${ctx.action}: the repository does not exist or the token cannot see it (the workflow needs \`permissions: ${ctx.permission}\`)`
        : `GitHub answered 404 to an anonymous request while ${ctx.action}: a private repository needs github-token with \`permissions: ${ctx.permission}\``,
    };
  }
  return {
    reason: 'api-error',
    ...(status !== undefined ? { status } : {}),
    detail: `GitHub API failed while ${ctx.action}${status !== undefined ? ` (${status})` : ''}: ${message}`,
  };
}

/**
 * Network errors that say the host cannot be reached at all (no such name, nothing listening, no route):
 * retrying in a few seconds will not change them. Timeouts and resets are not here: those can be transient.
 */
const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * When `error` (a failed fetch, possibly wrapped by octokit) means the host cannot be reached: one line
 * naming the cause, e.g. `getaddrinfo ENOTFOUND api.github.com`. Undefined for any answer from a server.
 */
export function unreachableHost(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const visit = (e: unknown): string | undefined => {
    if (typeof e !== 'object' || e === null || seen.has(e)) return undefined;
    seen.add(e);
    const x = e as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
      response?: unknown;
    };
    if (x.response !== undefined) return undefined;
    if (typeof x.code === 'string' && UNREACHABLE_CODES.has(x.code)) {
      const message = typeof x.message === 'string' && x.message !== '' ? x.message : x.code;
      return firstLine(message.includes(x.code) ? message : `${x.code}: ${message}`);
    }
    for (const inner of [x.cause, ...(Array.isArray(x.errors) ? x.errors : [])]) {
      const found = visit(inner);
      if (found) return found;
    }
    return undefined;
  };
  return visit(error);
}

function graphqlErrorTypes(e: ErrorShape): string[] {
  const fromData = (e.response?.data as { errors?: Array<{ type?: string }> } | undefined)?.errors ?? [];
  return [...(e.errors ?? []), ...fromData].map((x) => x.type ?? '').filter((t) => t !== '');
}

function resetTime(reset: string | undefined, retryAfter: string | undefined): string | undefined {
  if (reset !== undefined && /^\d+$/.test(reset)) return new Date(Number(reset) * 1000).toISOString();
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) {
    return new Date(Date.now() + Number(retryAfter) * 1000).toISOString();
  }
  return undefined;
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
