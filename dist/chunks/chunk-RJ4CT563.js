import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  isAgentCommit
} from "./chunk-GRKIW7EF.js";

// src/core/report/reviews.ts
var REVIEW_STATUSES = [
  "approved",
  "not-approved",
  "no-pull-request",
  "unknown"
];
var ReviewIndex = class {
  constructor(reviews) {
    this.reviews = reviews;
    const collected = reviews?.status === "collected" ? reviews : void 0;
    for (const pr of collected?.pullRequests ?? [])
      for (const sha of pr.commits) {
        const list = this.bySha.get(sha) ?? [];
        list.push({ number: pr.number, approved: pr.humanApprovalOfHead });
        this.bySha.set(sha, list);
      }
    this.direct = new Set(collected?.commitsWithoutPullRequest ?? []);
  }
  reviews;
  bySha = /* @__PURE__ */ new Map();
  direct;
  status(sha) {
    if (this.reviews?.status !== "collected") return "unknown";
    const prs = this.bySha.get(sha);
    if (prs && prs.length > 0) return prs.some((p) => p.approved) ? "approved" : "not-approved";
    return this.direct.has(sha) ? "no-pull-request" : "unknown";
  }
  /** The pull requests that brought a commit (numbers), when reviews were collected. */
  pullRequestsOf(sha) {
    return (this.bySha.get(sha) ?? []).map((p) => p.number);
  }
  coverage(commits) {
    const counts = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0]));
    const agentShas = /* @__PURE__ */ new Set();
    for (const c of commits) {
      if (!isAgentCommit(c)) continue;
      agentShas.add(c.sha);
      counts[this.status(c.sha)]++;
    }
    const pullRequests = { approved: 0, notApproved: 0 };
    if (this.reviews?.status === "collected") {
      for (const pr of this.reviews.pullRequests)
        if (pr.commits.some((sha) => agentShas.has(sha)))
          pullRequests[pr.humanApprovalOfHead ? "approved" : "notApproved"]++;
    }
    return {
      status: !this.reviews ? "not-collected" : this.reviews.status === "collected" ? "collected" : "unavailable",
      ...this.reviews?.status === "unavailable" ? { detail: `${this.reviews.reason}: ${this.reviews.detail}` } : {},
      commits: counts,
      pullRequests
    };
  }
};

export {
  REVIEW_STATUSES,
  ReviewIndex
};
