import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectReviewEvidence } from '../../src/core/github/reviews.js';
import { startGitHubServer, type GitHubTestServer, type SeedPull } from '../support/github-server.js';
import { ACCOUNTS, review, sha, testClient } from './fixtures.js';

/** The promise in docs/github.md: 500 agent commits across 100 PRs cost 7 requests (5 + 2). */
const PROMISED_REQUESTS = 7;

let server: GitHubTestServer;
const commits = Array.from({ length: 500 }, (_, i) => sha(`scale-${i}`));
beforeAll(async () => {
  const pulls: SeedPull[] = Array.from({ length: 100 }, (_, p) => {
    const own = commits.slice(p * 5, p * 5 + 5);
    return {
      number: p + 1,
      author: p % 2 ? 'alice' : 'Copilot',
      headSha: own[4]!,
      commits: own,
      reviews: [review('bob', 'COMMENTED', own[2]!, 1), review('carol', 'APPROVED', own[4]!, 2)],
    };
  });
  server = await startGitHubServer({
    accounts: ACCOUNTS,
    repos: [{ owner: 'octo-org', name: 'big', id: 7, private: true, pulls }],
  });
});
afterAll(() => server.close());

it(`500 agent commits across 100 PRs cost ${PROMISED_REQUESTS} requests`, async () => {
  const before = server.requestCount;
  const evidence = await collectReviewEvidence(testClient(server.url), {
    owner: 'octo-org',
    repo: 'big',
    commits,
    agentCommits: new Set(commits),
  });
  expect(evidence.status).toBe('collected');
  if (evidence.status !== 'collected') return;
  expect(evidence.pullRequests).toHaveLength(100);
  expect(evidence.pullRequests.every((p) => p.commits.length === 5 && p.humanApprovalOfHead)).toBe(true);
  expect(evidence.commitsWithoutPullRequest).toEqual([]);
  expect(evidence.requests).toBe(PROMISED_REQUESTS);
  expect(server.requestCount - before).toBe(PROMISED_REQUESTS);
});
