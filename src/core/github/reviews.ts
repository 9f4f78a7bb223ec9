/**
 * Review evidence: for the commits of the attested range (agent commits, or all when asked), the pull
 * requests that brought them, their authors, final heads and every review, as hashed records — and,
 * when GitHub cannot be asked, a statement of why. Never an empty "no reviews" for "could not look".
 */
import { inputError } from '../errors.js';
import type { ResourceDescriptor } from '../statement/types.js';
import type { GitHubClient } from './client.js';
import { classifyGitHubError, type GitHubFailureReason } from './failures.js';
import { fetchCommitFacts, fetchPullRequests, withApi, type ApiMode, type CommitFacts } from './queries.js';
import {
  hashReview,
  humanApprovalOfHead,
  pickReviewRecord,
  reviewHash,
  type Account,
  type HashedReview,
  type ReviewRecord,
} from './records.js';

export interface ReviewEvidenceInput {
  owner: string;
  repo: string;
  /** The commits of the attested range, newest first. */
  commits: readonly string[];
  agentCommits: ReadonlySet<string>;
  /** Collect for every commit of the range, not only the agent commits. */
  allCommits?: boolean;
}

export interface PullRequestEvidence {
  number: number;
  url: string;
  author: Account;
  /** The PR's final head commit. */
  headSha: string;
  /** The commits of the range this PR brought (in range order). */
  commits: string[];
  reviews: HashedReview[];
  humanApprovalOfHead: boolean;
}

export type ReviewScope = 'agent-commits' | 'all-commits';

export type ReviewEvidence =
  | {
      status: 'collected';
      scope: ReviewScope;
      pullRequests: PullRequestEvidence[];
      /** Commits looked up that no pull request brought: nobody reviewed them on GitHub. */
      commitsWithoutPullRequest: string[];
      /** What GitHub said about each commit looked up (for evidence upgrades). */
      commits: CommitFacts[];
      /** HTTP requests it took. */
      requests: number;
      api: ApiMode | 'none';
    }
  | {
      status: 'unavailable';
      scope: ReviewScope;
      reason: GitHubFailureReason;
      detail: string;
      resetAt?: string;
      requests: number;
    };

export const REVIEWS_PERMISSION = 'pull-requests: read, contents: read';

export async function collectReviewEvidence(
  client: GitHubClient,
  input: ReviewEvidenceInput,
): Promise<ReviewEvidence> {
  const scope: ReviewScope = input.allCommits ? 'all-commits' : 'agent-commits';
  const wanted = input.commits.map((c) => c.toLowerCase());
  const agent = new Set([...input.agentCommits].map((c) => c.toLowerCase()));
  const lookup = [...new Set(input.allCommits ? wanted : wanted.filter((c) => agent.has(c)))];
  const bad = lookup.find((sha) => !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha));
  if (bad !== undefined) throw inputError(`review evidence: ${JSON.stringify(bad)} is not a full commit id`);
  const start = client.requestCount;
  if (lookup.length === 0) {
    return {
      status: 'collected',
      scope,
      pullRequests: [],
      commitsWithoutPullRequest: [],
      commits: [],
      requests: 0,
      api: 'none',
    };
  }
  const ref = { owner: input.owner, repo: input.repo };
  try {
    const { value, mode } = await withApi(client, async (api) => {
      const commits = await fetchCommitFacts(client, api, ref, lookup);
      const numbers = [...new Set(commits.flatMap((c) => c.pullRequests))].sort((a, b) => a - b);
      const pulls = await fetchPullRequests(client, api, ref, numbers);
      return { commits, pulls };
    });
    const pullRequests: PullRequestEvidence[] = [...value.pulls.values()].map((pr) => {
      const reviews = pr.reviews.map(hashReview);
      return {
        number: pr.number,
        url: pr.url,
        author: pr.author,
        headSha: pr.headSha,
        commits: value.commits.filter((c) => c.pullRequests.includes(pr.number)).map((c) => c.sha),
        reviews,
        humanApprovalOfHead: humanApprovalOfHead(pr.author, pr.headSha, pr.reviews),
      };
    });
    const requests = client.requestCount - start;
    client.logger.debug(
      `review evidence: ${lookup.length} commits, ${pullRequests.length} pull requests, ${requests} requests (${mode})`,
    );
    return {
      status: 'collected',
      scope,
      pullRequests,
      commitsWithoutPullRequest: value.commits.filter((c) => c.pullRequests.length === 0).map((c) => c.sha),
      commits: value.commits,
      requests,
      api: mode,
    };
  } catch (e) {
    const failure = classifyGitHubError(e, {
      action: `reading the pull requests and reviews of ${input.owner}/${input.repo}`,
      permission: REVIEWS_PERMISSION,
      authenticated: client.authenticated,
      redact: client.redact,
    });
    client.logger.warn(`review evidence unavailable: ${failure.detail}`);
    return {
      status: 'unavailable',
      scope,
      reason: failure.reason,
      detail: failure.detail,
      ...(failure.resetAt ? { resetAt: failure.resetAt } : {}),
      requests: client.requestCount - start,
    };
  }
}

// ---------------------------------------------------------------- into the statement

/** The `reviews` section of our predicate extension (docs/extension.schema.json). */
export type ReviewsExtension =
  | {
      status: 'collected';
      scope: ReviewScope;
      pullRequests: Array<{
        number: number;
        url: string;
        author: Account;
        headSha: string;
        commits: string[];
        humanApprovalOfHead: boolean;
        /** Review hashes; each is the digest of a resolvedDependencies entry. */
        reviews: string[];
      }>;
      commitsWithoutPullRequest: string[];
    }
  | { status: 'unavailable'; scope: ReviewScope; reason: GitHubFailureReason; detail: string };

export interface ReviewProvenance {
  /** One resolvedDependencies entry per review. */
  dependencies: ResourceDescriptor[];
  extension: ReviewsExtension;
}

const REVIEW_ANCHOR = '#pullrequestreview-';

export function reviewUri(record: ReviewRecord): string {
  return `${record.pullRequest.url}${REVIEW_ANCHOR}${record.id}`;
}

export function toProvenance(evidence: ReviewEvidence): ReviewProvenance {
  if (evidence.status === 'unavailable') {
    return {
      dependencies: [],
      extension: {
        status: 'unavailable',
        scope: evidence.scope,
        reason: evidence.reason,
        detail: evidence.detail,
      },
    };
  }
  const dependencies = evidence.pullRequests.flatMap((pr) =>
    pr.reviews.map(({ record, hash }): ResourceDescriptor => ({
      uri: reviewUri(record),
      digest: { sha256: hash },
      annotations: { ...record },
    })),
  );
  return {
    dependencies,
    extension: {
      status: 'collected',
      scope: evidence.scope,
      pullRequests: evidence.pullRequests.map((pr) => ({
        number: pr.number,
        url: pr.url,
        author: pr.author,
        headSha: pr.headSha,
        commits: pr.commits,
        humanApprovalOfHead: pr.humanApprovalOfHead,
        reviews: pr.reviews.map((r) => r.hash),
      })),
      commitsWithoutPullRequest: evidence.commitsWithoutPullRequest,
    },
  };
}

/** A resolvedDependencies entry that is a review (as toProvenance writes them). */
export function isReviewDependency(rd: ResourceDescriptor): boolean {
  return (
    typeof rd.uri === 'string' &&
    /\/pull\/\d+#pullrequestreview-\d+$/.test(rd.uri) &&
    typeof rd.digest?.sha256 === 'string'
  );
}

/**
 * Reads a review entry back: its record (from the annotations) and whether the digest is that record's
 * hash. For verify: a statement whose review digests do not match their records is not consistent.
 */
export function reviewFromDependency(
  rd: ResourceDescriptor,
): { record: ReviewRecord; hash: string; consistent: boolean } | undefined {
  if (!isReviewDependency(rd) || !rd.annotations) return undefined;
  const record = pickReviewRecord(rd.annotations);
  if (!record) return undefined;
  const hash = rd.digest!.sha256!;
  return { record, hash, consistent: reviewHash(record) === hash && rd.uri === reviewUri(record) };
}
