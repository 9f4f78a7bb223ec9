/**
 * Review records and the review hash: the canonical facts of one pull request review, as both GitHub
 * APIs (REST and GraphQL) report them, hashed with sha256 over their RFC 8785 canonical JSON. Pure.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** A GitHub account as REST reports it (GraphQL logins are normalised to the same spelling). */
export interface Account {
  login: string;
  /** Numeric account id; null when GitHub no longer knows the account (deleted user). */
  id: number | null;
  /** `User`, `Bot`, `Organization`, `Mannequin`, or `Unknown` (deleted account). */
  type: string;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

/** Exactly these keys are hashed; adding one changes every hash, so it is a format change. */
export interface ReviewRecord {
  id: number;
  pullRequest: { number: number; url: string };
  reviewer: Account;
  state: ReviewState;
  /** The commit the review was submitted on. */
  commitId: string | null;
  submittedAt: string | null;
  /** sha256 hex of the review body (UTF-8; an absent body is the empty string). */
  bodySha256: string;
}

export interface HashedReview {
  record: ReviewRecord;
  hash: string;
}

export function sha256Hex(data: string): string {
  return createHash('sha256').update(data, 'utf8').digest('hex');
}

/** sha256 hex of the record's RFC 8785 canonical JSON. */
export function reviewHash(record: ReviewRecord): string {
  const canonical = canonicalize(record);
  if (canonical === undefined) throw new TypeError('review record cannot be canonicalised');
  return sha256Hex(canonical);
}

export function hashReview(record: ReviewRecord): HashedReview {
  return { record, hash: reviewHash(record) };
}

/** Keeps exactly the record keys, in case a caller handed in a wider object (statement annotations). */
export function pickReviewRecord(value: Record<string, unknown>): ReviewRecord | undefined {
  const pr = value.pullRequest as { number?: unknown; url?: unknown } | undefined;
  const reviewer = value.reviewer as { login?: unknown; id?: unknown; type?: unknown } | undefined;
  if (
    typeof value.id !== 'number' ||
    !pr ||
    typeof pr.number !== 'number' ||
    typeof pr.url !== 'string' ||
    !reviewer ||
    typeof reviewer.login !== 'string' ||
    !(typeof reviewer.id === 'number' || reviewer.id === null) ||
    typeof reviewer.type !== 'string' ||
    typeof value.state !== 'string' ||
    !(typeof value.commitId === 'string' || value.commitId === null) ||
    !(typeof value.submittedAt === 'string' || value.submittedAt === null) ||
    typeof value.bodySha256 !== 'string'
  ) {
    return undefined;
  }
  return {
    id: value.id,
    pullRequest: { number: pr.number, url: pr.url },
    reviewer: { login: reviewer.login, id: reviewer.id, type: reviewer.type },
    state: value.state as ReviewState,
    commitId: value.commitId,
    submittedAt: value.submittedAt,
    bodySha256: value.bodySha256,
  };
}

/** GitHub's REST logins of these Bot accounts carry no `[bot]` suffix (GraphQL agrees with REST here). */
const BOTS_WITHOUT_SUFFIX = new Set(['Copilot']);

/**
 * GraphQL spells an app's bot login without the `[bot]` suffix that REST (and git noreply e-mails) use:
 * `dependabot` vs `dependabot[bot]`. Records use the REST spelling so both APIs hash the same.
 */
export function accountFromGraphQL(
  actor: { __typename?: string; login?: string; databaseId?: number | null } | null | undefined,
): Account {
  if (!actor || typeof actor.login !== 'string') return { login: 'ghost', id: null, type: 'Unknown' };
  const type = actor.__typename ?? 'Unknown';
  let login = actor.login;
  if (type === 'Bot' && !login.endsWith('[bot]') && !BOTS_WITHOUT_SUFFIX.has(login)) login = `${login}[bot]`;
  return { login, id: typeof actor.databaseId === 'number' ? actor.databaseId : null, type };
}

export function accountFromREST(
  user: { login?: string; id?: number; type?: string } | null | undefined,
): Account {
  if (!user || typeof user.login !== 'string') return { login: 'ghost', id: null, type: 'Unknown' };
  return {
    login: user.login,
    id: typeof user.id === 'number' ? user.id : null,
    type: user.type ?? 'Unknown',
  };
}

export function isHuman(account: Account): boolean {
  return account.type === 'User' && account.id !== null && !account.login.endsWith('[bot]');
}

export function sameAccount(a: Account, b: Account): boolean {
  if (a.id !== null && b.id !== null) return a.id === b.id;
  return a.login.toLowerCase() === b.login.toLowerCase();
}

/**
 * Did a human other than the PR's author approve the PR's final head commit?
 *
 * The rule (GitHub's review-decision rule, made stricter): per reviewer, the latest review that sets a
 * state counts — APPROVED, CHANGES_REQUESTED or DISMISSED; COMMENTED and PENDING never change it. The
 * PR has a human approval of its head when some reviewer's latest state is APPROVED, submitted on the
 * PR's final head commit (an approval of an older head is stale, whatever the branch protection said),
 * and the reviewer is a User account (not a bot) other than the PR's author.
 */
export function humanApprovalOfHead(
  author: Account,
  headSha: string,
  reviews: readonly ReviewRecord[],
): boolean {
  const latest = new Map<string, ReviewRecord>();
  const ordered = [...reviews].sort(
    (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id,
  );
  for (const review of ordered) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(reviewerKey(review.reviewer), review);
  }
  return [...latest.values()].some(
    (r) =>
      r.state === 'APPROVED' &&
      r.commitId !== null &&
      r.commitId.toLowerCase() === headSha.toLowerCase() &&
      isHuman(r.reviewer) &&
      !sameAccount(r.reviewer, author),
  );
}

function reviewerKey(account: Account): string {
  return account.id !== null ? `id:${account.id}` : `login:${account.login.toLowerCase()}`;
}
