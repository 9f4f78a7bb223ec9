/**
 * One GitHub API client for review evidence and the attestation store: octokit with pagination,
 * retries of 5xx and rate-limit handling, for github.com, GHE.com (`api.<sub>.ghe.com`) and GitHub
 * Enterprise Server (`https://HOST/api/v3`, GraphQL at `/api/graphql`, which octokit derives).
 * It counts every HTTP request it makes, and the token never leaves the Authorization header.
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { silentLogger, type Logger } from '../log.js';
import { unreachableHost } from './failures.js';

/**
 * A host that cannot be reached (no such name, connection refused) fails at once: the retry plugin would
 * otherwise wait 1 + 4 + 9 s for an answer that cannot come. Registered before the retry plugin, so its
 * error hook sees the failure first and sets this request's retries to 0 (octokit's per-request option).
 */
function failFastWhenUnreachable(octokit: Octokit): void {
  octokit.hook.error('request', (error, options) => {
    if (unreachableHost(error)) options.request = { ...options.request, retries: 0 };
    throw error;
  });
}

const GitHubOctokit = Octokit.plugin(failFastWhenUnreachable, paginateRest, retry, throttling);
export type GitHubOctokit = InstanceType<typeof GitHubOctokit>;

export interface GitHubClientOptions {
  /** github-token; absent means anonymous REST (public data only, no GraphQL). */
  token?: string;
  /** API base URL of the run (GITHUB_API_URL). */
  apiUrl: string;
  /** Web URL (GITHUB_SERVER_URL); derived from apiUrl when absent. */
  serverUrl?: string;
  logger?: Logger;
  /**
   * Retries of a 5xx or network failure (default 3, with 1 s, 4 s, 9 s back-off); an unreachable host
   * (DNS failure, connection refused) is not retried.
   */
  retries?: number;
  /** Longest rate-limit reset, in seconds, worth waiting for (default 60); beyond it the call fails with the reset time. */
  waitForRateLimit?: number;
  /** Milliseconds per second of back-off. Only tests shrink it; the default is real seconds. */
  backoffUnitMs?: number;
  /** fetch implementation (default: global fetch). */
  fetch?: typeof fetch;
  /**
   * Tests only: a Bottleneck group in place of octokit's process-wide limiter that spaces GraphQL and
   * write requests 1 s apart (kept in production: it is GitHub's advice against secondary rate limits).
   */
  writeLimiter?: ThrottlingOptions['write'];
}

export interface GitHubClient {
  readonly octokit: GitHubOctokit;
  readonly apiUrl: string;
  readonly serverUrl: string;
  /** A token was given: GraphQL is usable (GitHub's GraphQL API has no anonymous access). */
  readonly authenticated: boolean;
  /** HTTP requests made so far, retries included. */
  readonly requestCount: number;
  readonly logger: Logger;
  /** GET a URL outside the API (a pre-signed bundle_url) without sending the token. */
  fetchUnauthenticated(url: string): Promise<Response>;
  /** Replaces the token, should it ever appear in a text, with `***`. */
  redact(text: string): string;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const logger = options.logger ?? silentLogger;
  const token = options.token && options.token.trim() !== '' ? options.token.trim() : undefined;
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const serverUrl = (options.serverUrl ?? serverUrlForApi(apiUrl)).replace(/\/+$/, '');
  const waitLimit = options.waitForRateLimit ?? 60;
  const unit = options.backoffUnitMs ?? 1000;
  const baseFetch = options.fetch ?? globalThis.fetch;
  let requestCount = 0;

  const redact = (text: string): string => (token ? text.split(token).join('***') : text);
  const safeLogger: Logger = {
    debug: (m) => logger.debug(redact(m)),
    info: (m) => logger.info(redact(m)),
    warn: (m) => logger.warn(redact(m)),
  };
  const countingFetch: typeof fetch = (input, init) => {
    requestCount++;
    return baseFetch(input, init);
  };

  const rateLimitHandler =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount < 2 && retryAfter <= waitLimit) {
        safeLogger.info(
          `GitHub API ${kind} reached on ${request.method} ${request.url}; waiting ${retryAfter} s`,
        );
        return true;
      }
      safeLogger.warn(
        `GitHub API ${kind} reached on ${request.method} ${request.url}; not waiting ${retryAfter} s`,
      );
      return false;
    };

  const octokit = new GitHubOctokit({
    ...(token ? { auth: token } : {}),
    baseUrl: apiUrl,
    userAgent: 'agent-attest',
    request: { fetch: countingFetch },
    log: {
      debug: (m: string) => safeLogger.debug(m),
      info: (m: string) => safeLogger.debug(m),
      warn: (m: string) => safeLogger.warn(m),
      error: (m: string) => safeLogger.warn(m),
    },
    // 429 is the throttling plugin's to handle (it knows the reset headers), not a blind retry.
    retry: {
      retries: options.retries ?? 3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      retryAfterBaseValue: unit,
    },
    throttle: {
      retryAfterBaseValue: unit,
      ...(options.writeLimiter ? { write: options.writeLimiter } : {}),
      onRateLimit: rateLimitHandler('rate limit'),
      onSecondaryRateLimit: rateLimitHandler('secondary rate limit'),
    },
  });

  return {
    octokit,
    apiUrl,
    serverUrl,
    authenticated: token !== undefined,
    get requestCount() {
      return requestCount;
    },
    logger: safeLogger,
    fetchUnauthenticated: (url) => countingFetch(url, { headers: { 'user-agent': 'agent-attest' } }),
    redact,
  };
}

/** `https://github.com` → `https://api.github.com`; `https://x.ghe.com` → `https://api.x.ghe.com`; GHES → `/api/v3`. */
export function apiUrlForServer(serverUrl: string): string {
  const url = new URL(serverUrl);
  if (url.hostname === 'github.com') return 'https://api.github.com';
  if (url.hostname.endsWith('.ghe.com')) return `${url.protocol}//api.${url.host}`;
  return `${url.origin}/api/v3`;
}

/** The inverse of apiUrlForServer; any other URL (a local test server) is its own server URL. */
export function serverUrlForApi(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.hostname === 'api.github.com') return 'https://github.com';
  if (url.hostname.startsWith('api.') && url.hostname.endsWith('.ghe.com')) {
    return `${url.protocol}//${url.host.slice('api.'.length)}`;
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path.endsWith('/api/v3')) return `${url.origin}${path.slice(0, -'/api/v3'.length)}`;
  return url.origin;
}
