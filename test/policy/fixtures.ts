/** Constructed PolicyInputs for rule-by-rule tests: a small repository with agent commits and PRs. */
import { hashReview, type Account, type ReviewRecord } from '../../src/core/github/records.js';
import { parsePolicy } from '../../src/core/policy/index.js';
import type { CommitFacts, Policy, PolicyInput, PullRequestFacts } from '../../src/core/policy/types.js';

export const REPO = 'https://github.com/octo/app';
export const NOW = new Date('2026-11-20T12:00:00Z');

export const sha = (n: number): string => n.toString(16).padStart(2, '0').repeat(20);

export const alice: Account = { login: 'alice', id: 1001, type: 'User' };
export const bob: Account = { login: 'bob', id: 1002, type: 'User' };
export const carol: Account = { login: 'carol', id: 1003, type: 'User' };
export const copilot: Account = { login: 'Copilot', id: 198982749, type: 'Bot' };
export const reviewBot: Account = { login: 'review-helper[bot]', id: 5005, type: 'Bot' };

let reviewId = 1;
export function review(
  pr: number,
  reviewer: Account,
  state: ReviewRecord['state'],
  commitId: string,
  minute = 0,
) {
  return hashReview({
    id: reviewId++,
    pullRequest: { number: pr, url: `${REPO}/pull/${pr}` },
    reviewer,
    state,
    commitId,
    submittedAt: `2026-11-19T10:${String(minute).padStart(2, '0')}:00Z`,
    bodySha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  });
}

export function pullRequest(
  number: number,
  author: Account,
  commits: string[],
  reviews: ReturnType<typeof review>[],
  headSha = commits[0]!,
): PullRequestFacts {
  return { number, url: `${REPO}/pull/${number}`, author, headSha, commits, reviews, missingReviews: [] };
}

export function agentCommit(
  n: number,
  agents: Partial<CommitFacts['agents'][number]>[],
  extra: Partial<CommitFacts> = {},
): CommitFacts {
  return {
    sha: sha(n),
    url: `${REPO}/commit/${sha(n)}`,
    agents: agents.map((a) => ({
      id: 'claude-code',
      strength: 'declared',
      class: 'coding-agent',
      rules: ['CC-1'],
      ...a,
    })),
    riskPaths: [],
    tagged: false,
    reviewRequired: [],
    ...extra,
  };
}

/**
 * Ten commits; 1 and 2 by Claude Code (declared, model claude-opus-4-5), 3 by Copilot's agent (verified), 4 with
 * only an inferred branch hint (Cursor). PR #7 (by bob) brought 1 and 2, approved by alice on its head; PR #8
 * (by Copilot) brought 3 and 4, approved by bob on its head.
 */
export function baseInput(): PolicyInput {
  return {
    signer: {
      issuer: 'https://token.actions.githubusercontent.com',
      buildSignerUri: `${REPO}/.github/workflows/release.yml@refs/tags/v1.2.0`,
      buildSignerDigest: sha(99),
      runnerEnvironment: 'github-hosted',
      sourceRepositoryUri: REPO,
      sourceRepositoryId: '123',
      sourceRepositoryRef: 'refs/tags/v1.2.0',
      sourceRepositoryDigest: sha(1),
      ownerUri: 'https://github.com/octo',
      ownerId: '456',
      buildTrigger: 'push',
    },
    signedAt: new Date('2026-11-19T12:00:00Z'),
    subjects: [{ name: 'app.tgz', digest: { sha256: 'ab'.repeat(32) } }],
    repositoryUrl: REPO,
    hasExtension: true,
    rangeCommits: 10,
    commits: [
      agentCommit(1, [{ model: 'claude-opus-4-5' }], { paths: ['src/app.ts'], riskPaths: [] }),
      agentCommit(2, [{ model: 'claude-opus-4-5' }], {
        paths: ['src/auth/login.ts'],
        riskPaths: ['src/auth/login.ts'],
      }),
      agentCommit(3, [{ id: 'copilot-coding-agent', strength: 'verified', rules: ['GH-1'] }], {
        paths: ['README.md'],
      }),
      agentCommit(4, [{ id: 'cursor', strength: 'inferred', rules: ['CU-5'] }], { paths: ['docs/x.md'] }),
    ],
    omittedCommits: 0,
    omittedSurfaces: 0,
    surfaces: [],
    reviews: {
      status: 'collected',
      scope: 'agent-commits',
      pullRequests: [
        pullRequest(7, bob, [sha(2), sha(1)], [review(7, alice, 'APPROVED', sha(2))]),
        pullRequest(8, copilot, [sha(4), sha(3)], [review(8, bob, 'APPROVED', sha(4))]),
      ],
      commitsWithoutPullRequest: [],
    },
    problems: [],
  };
}

export function policy(yaml: string): Policy {
  return parsePolicy(`version: 1\n${yaml}`).policy;
}
