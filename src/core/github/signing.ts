/**
 * Can this run sign? Keyless signing needs GitHub's OIDC token, which GitHub withholds from pull
 * requests opened from forks and from jobs without `permissions: id-token: write`. Pure: the action
 * passes the environment and the parsed event payload.
 */
import type { RuntimeEnvironment } from '../config.js';

export type SigningAvailability =
  | { canSign: true }
  | {
      canSign: false;
      reason: 'fork-pull-request' | 'no-id-token';
      /** True when the caller asked to skip signing here: write the unsigned statement and the notice. */
      skip: boolean;
      /** One line: a notice when skipping, the error message otherwise. */
      message: string;
    };

interface EventPayload {
  pull_request?: {
    head?: { repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
  repository?: { full_name?: string };
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

/** A pull request whose head lives in another repository (a fork, or a deleted one: head.repo null). */
export function isForkPullRequest(eventName: string | undefined, payload: unknown): boolean {
  if (!eventName || !PULL_REQUEST_EVENTS.has(eventName)) return false;
  const pr = (payload as EventPayload | null)?.pull_request;
  if (!pr) return false;
  const base = pr.base?.repo?.full_name ?? (payload as EventPayload).repository?.full_name;
  const head = pr.head?.repo?.full_name;
  if (head === undefined && pr.head?.repo === null) return true;
  return base !== undefined && head !== undefined && head.toLowerCase() !== base.toLowerCase();
}

export function signingAvailability(
  env: Pick<RuntimeEnvironment, 'idTokenRequestUrl' | 'idTokenRequestToken' | 'eventName'>,
  event: unknown,
  options: { skipSigningOnFork: boolean; input?: string },
): SigningAvailability {
  if (env.idTokenRequestUrl && env.idTokenRequestToken) return { canSign: true };
  const input = options.input ?? 'skip-signing-on-fork';
  const skip = options.skipSigningOnFork;
  if (isForkPullRequest(env.eventName, event)) {
    return {
      canSign: false,
      reason: 'fork-pull-request',
      skip,
      message: skip
        ? 'Signing skipped: GitHub gives pull requests from forks no OIDC token; the unsigned statement was written instead'
        : `Cannot sign: GitHub gives pull requests from forks no OIDC token; set ${input}: true to write the unsigned statement instead, or attest on push/release`,
    };
  }
  return {
    canSign: false,
    reason: 'no-id-token',
    skip,
    message: skip
      ? 'Signing skipped: this job has no OIDC token (`permissions: id-token: write` is missing); the unsigned statement was written instead'
      : `Cannot sign: this job has no OIDC token; add \`permissions: id-token: write\` to the job (or set ${input}: true to write the unsigned statement instead)`,
  };
}
