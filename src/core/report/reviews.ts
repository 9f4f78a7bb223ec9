/**
 * Review coverage of agent code, from the scan's `reviews` section (the statement extension's shape). One
 * definition for the HTML report, SARIF and the SBOM; docs/reports.md states it in terms of the JSON.
 */
import type { CommitAttribution } from '../attribution/types.js';
import type { ReviewsExtension } from '../github/reviews.js';
import { isAgentCommit } from '../scan/totals.js';

/**
 * - `approved`: a pull request that brought the commit has a human approval of its final head;
 * - `not-approved`: pull requests brought it, none has such an approval;
 * - `no-pull-request`: GitHub says no pull request brought it (pushed directly: nobody reviewed it there);
 * - `unknown`: reviews were not collected, GitHub could not be asked, or the commit was not looked up.
 */
export type ReviewStatus = 'approved' | 'not-approved' | 'no-pull-request' | 'unknown';
export const REVIEW_STATUSES: readonly ReviewStatus[] = [
  'approved',
  'not-approved',
  'no-pull-request',
  'unknown',
];

export interface ReviewCoverage {
  /** Whether and why not: `collected`, `unavailable` (with GitHub's reason) or `not-collected`. */
  status: 'collected' | 'unavailable' | 'not-collected';
  detail?: string;
  /** Agent commits of the range by review status. */
  commits: Record<ReviewStatus, number>;
  /** Pull requests that brought at least one agent commit: with a human approval of their head, and without. */
  pullRequests: { approved: number; notApproved: number };
}

export class ReviewIndex {
  private readonly bySha = new Map<string, { number: number; approved: boolean }[]>();
  private readonly direct: ReadonlySet<string>;

  constructor(readonly reviews: ReviewsExtension | undefined) {
    const collected = reviews?.status === 'collected' ? reviews : undefined;
    for (const pr of collected?.pullRequests ?? [])
      for (const sha of pr.commits) {
        const list = this.bySha.get(sha) ?? [];
        list.push({ number: pr.number, approved: pr.humanApprovalOfHead });
        this.bySha.set(sha, list);
      }
    this.direct = new Set(collected?.commitsWithoutPullRequest ?? []);
  }

  status(sha: string): ReviewStatus {
    if (this.reviews?.status !== 'collected') return 'unknown';
    const prs = this.bySha.get(sha);
    if (prs && prs.length > 0) return prs.some((p) => p.approved) ? 'approved' : 'not-approved';
    return this.direct.has(sha) ? 'no-pull-request' : 'unknown';
  }

  /** The pull requests that brought a commit (numbers), when reviews were collected. */
  pullRequestsOf(sha: string): number[] {
    return (this.bySha.get(sha) ?? []).map((p) => p.number);
  }

  coverage(commits: readonly CommitAttribution[]): ReviewCoverage {
    const counts = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<ReviewStatus, number>;
    const agentShas = new Set<string>();
    for (const c of commits) {
      if (!isAgentCommit(c)) continue;
      agentShas.add(c.sha);
      counts[this.status(c.sha)]++;
    }
    const pullRequests = { approved: 0, notApproved: 0 };
    if (this.reviews?.status === 'collected')
      for (const pr of this.reviews.pullRequests)
        if (pr.commits.some((sha) => agentShas.has(sha)))
          pullRequests[pr.humanApprovalOfHead ? 'approved' : 'notApproved']++;
    return {
      status: !this.reviews
        ? 'not-collected'
        : this.reviews.status === 'collected'
          ? 'collected'
          : 'unavailable',
      ...(this.reviews?.status === 'unavailable'
        ? { detail: `${this.reviews.reason}: ${this.reviews.detail}` }
        : {}),
      commits: counts,
      pullRequests,
    };
  }
}
