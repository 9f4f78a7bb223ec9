import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  collectReviewEvidence,
  isReviewDependency,
  reviewFromDependency,
  toProvenance,
} from '../../src/core/github/reviews.js';
import { reviewHash, type ReviewRecord } from '../../src/core/github/records.js';
import { evidenceUpgrades } from '../../src/core/github/upgrades.js';
import { startGitHubServer, type GitHubSeed, type GitHubTestServer } from '../support/github-server.js';
import { ACCOUNTS, recordingLogger, review, sha, testClient, TOKEN } from './fixtures.js';

const c = (n: number) => sha(`commit-${n}`);
const OLD_HEAD = sha('an-older-head');

/**
 * octo-org/app (private):
 *  PR 1 alice → bob approved the head (then commented), a bot approved too           → approved
 *  PR 2 alice → bob approved an older head; alice approved her own head               → not approved
 *  PR 3 Copilot → bob approved the head, then requested changes                        → not approved
 *  PR 4 Jules  → 150 reviews: 149 comments, bob's approval of the head on page 2      → approved
 *  PR 5 alice  → a non-agent commit, only looked up with allCommits
 *  c6: no PR; GitHub-signed Copilot commit.
 */
function seed(): GitHubSeed {
  const many = Array.from({ length: 149 }, (_, i) =>
    review('carol', 'COMMENTED', c(5), i % 50, `comment ${i}`),
  );
  return {
    accounts: ACCOUNTS,
    repos: [
      {
        owner: 'octo-org',
        name: 'app',
        id: 1,
        private: true,
        commits: [
          {
            sha: c(6),
            author: { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' },
            committer: { name: 'GitHub', email: 'noreply@github.com' },
            signature: { isValid: true, wasSignedByGitHub: true },
          },
        ],
        pulls: [
          {
            number: 1,
            author: 'alice',
            headSha: c(2),
            commits: [c(1), c(2)],
            reviews: [
              review('coderabbitai[bot]', 'APPROVED', c(2), 1, 'LGTM from a bot'),
              review('bob', 'APPROVED', c(2), 2, 'Looks good'),
              review('bob', 'COMMENTED', c(2), 3, 'one more note'),
            ],
          },
          {
            number: 2,
            author: 'alice',
            headSha: c(3),
            commits: [c(3)],
            reviews: [review('bob', 'APPROVED', OLD_HEAD, 1), review('alice', 'APPROVED', c(3), 2)],
          },
          {
            number: 3,
            author: 'Copilot',
            headSha: c(4),
            commits: [c(4)],
            reviews: [
              review('bob', 'APPROVED', c(4), 1),
              review('bob', 'CHANGES_REQUESTED', c(4), 2, 'wait'),
            ],
          },
          {
            number: 4,
            author: 'google-labs-jules[bot]',
            headSha: c(5),
            commits: [c(5)],
            reviews: [...many, { ...review('bob', 'APPROVED', c(5), 59, 'ship it') }],
          },
          {
            number: 5,
            author: 'alice',
            headSha: c(7),
            commits: [c(7)],
            reviews: [review('carol', 'APPROVED', c(7), 1)],
          },
        ],
      },
      {
        owner: 'octo-org',
        name: 'public-app',
        id: 2,
        pulls: [
          {
            number: 9,
            author: 'Copilot',
            headSha: c(20),
            commits: [c(20)],
            reviews: [review('bob', 'APPROVED', c(20), 1)],
          },
        ],
      },
    ],
  };
}

const RANGE = [c(7), c(6), c(5), c(4), c(3), c(2), c(1)];
const AGENT = new Set([c(1), c(2), c(3), c(4), c(5), c(6)]);
const INPUT = { owner: 'octo-org', repo: 'app', commits: RANGE, agentCommits: AGENT };

let server: GitHubTestServer;
beforeAll(async () => {
  server = await startGitHubServer(seed());
});
afterAll(() => server.close());
afterEach(() => server.clearFaults());

const graphqlRequests = (from: number) => server.requests.slice(from).filter((r) => r.path === '/graphql');

describe('review evidence', () => {
  it('collects PRs, every review page and the approval facts in three GraphQL requests', async () => {
    const before = server.requestCount;
    const evidence = await collectReviewEvidence(testClient(server.url), INPUT);
    expect(evidence.status).toBe('collected');
    if (evidence.status !== 'collected') return;
    expect(evidence.api).toBe('graphql');
    // commits → PRs, PRs → first review page, PR 4's second page.
    expect(graphqlRequests(before)).toHaveLength(3);
    expect(evidence.requests).toBe(3);
    expect(server.requestCount - before).toBe(3);

    const byNumber = new Map(evidence.pullRequests.map((p) => [p.number, p]));
    expect([...byNumber.keys()].sort()).toEqual([1, 2, 3, 4]);
    expect(byNumber.get(1)!.commits.sort()).toEqual([c(1), c(2)].sort());
    expect(byNumber.get(1)!.humanApprovalOfHead).toBe(true); // a later comment keeps the approval
    expect(byNumber.get(2)!.humanApprovalOfHead).toBe(false); // stale approval + self-approval
    expect(byNumber.get(3)!.humanApprovalOfHead).toBe(false); // changes requested after approval
    expect(byNumber.get(4)!.reviews).toHaveLength(150);
    expect(byNumber.get(4)!.humanApprovalOfHead).toBe(true); // the approval is on page 2
    expect(byNumber.get(3)!.author).toEqual({ login: 'Copilot', id: 198982749, type: 'Bot' });
    expect(byNumber.get(4)!.author).toEqual({ login: 'google-labs-jules[bot]', id: 161369871, type: 'Bot' });
    const botReview = byNumber.get(1)!.reviews[0]!.record;
    expect(botReview.reviewer).toEqual({ login: 'coderabbitai[bot]', id: 136622811, type: 'Bot' });
    expect(evidence.commitsWithoutPullRequest).toEqual([c(6)]);
  });

  it('looks up every commit with allCommits', async () => {
    const evidence = await collectReviewEvidence(testClient(server.url), { ...INPUT, allCommits: true });
    expect(evidence.status === 'collected' && evidence.pullRequests.map((p) => p.number).sort()).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(evidence.scope).toBe('all-commits');
  });

  it('REST (no GraphQL endpoint) yields the same records and hashes as GraphQL', async () => {
    const viaGraphQL = await collectReviewEvidence(testClient(server.url), INPUT);
    server.inject({ match: /^POST \/graphql/, status: 404, body: { message: 'Not Found' } });
    const viaREST = await collectReviewEvidence(testClient(server.url), INPUT);
    expect(viaREST.status === 'collected' && viaREST.api).toBe('rest');
    const hashes = (e: typeof viaGraphQL) =>
      e.status === 'collected' ? e.pullRequests.flatMap((p) => p.reviews.map((r) => r.hash)).sort() : [];
    expect(hashes(viaREST)).toHaveLength(157);
    expect(hashes(viaREST)).toEqual(hashes(viaGraphQL));
    expect(evidenceUpgrades(viaREST)).toEqual(evidenceUpgrades(viaGraphQL));
  });

  it('goes through a GitHub Enterprise Server API URL (/api/v3, GraphQL at /api/graphql)', async () => {
    const client = testClient(server.ghesApiUrl);
    expect(client.serverUrl).toBe(server.url);
    const before = server.requestCount;
    const evidence = await collectReviewEvidence(client, {
      ...INPUT,
      commits: [c(1)],
      agentCommits: new Set([c(1)]),
    });
    expect(evidence.status).toBe('collected');
    expect(graphqlRequests(before).length).toBeGreaterThan(0);
  });

  it('without a token, a private repository is unavailable with reason no-token — never an empty list', async () => {
    const evidence = await collectReviewEvidence(testClient(server.url, { token: undefined }), INPUT);
    expect(evidence).toMatchObject({ status: 'unavailable', reason: 'no-token' });
    expect(evidence.status === 'unavailable' && evidence.detail).toMatch(/pull-requests: read/);
    const { extension, dependencies } = toProvenance(evidence);
    expect(dependencies).toEqual([]);
    expect(extension).not.toHaveProperty('pullRequests');
    expect(extension).toMatchObject({ status: 'unavailable', reason: 'no-token' });
  });

  it('without a token, a public repository is read anonymously over REST', async () => {
    const client = testClient(server.url, { token: undefined });
    const before = server.requestCount;
    const evidence = await collectReviewEvidence(client, {
      owner: 'octo-org',
      repo: 'public-app',
      commits: [c(20)],
      agentCommits: new Set([c(20)]),
    });
    expect(evidence).toMatchObject({ status: 'collected', api: 'rest' });
    expect(server.requests.slice(before).every((r) => !r.authorization)).toBe(true);
  });

  it('a 403 names the permission the workflow lacks', async () => {
    server.inject({
      match: /^POST \/graphql/,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/graphql',
      },
    });
    const evidence = await collectReviewEvidence(testClient(server.url), INPUT);
    expect(evidence).toMatchObject({ status: 'unavailable', reason: 'forbidden' });
    expect(evidence.status === 'unavailable' && evidence.detail).toMatch(/permissions: pull-requests: read/);
  });

  it('an unknown repository is not-found', async () => {
    const evidence = await collectReviewEvidence(testClient(server.url), { ...INPUT, repo: 'nope' });
    expect(evidence).toMatchObject({ status: 'unavailable', reason: 'not-found' });
  });

  it('retries 5xx and then succeeds; gives api-error when they persist', async () => {
    server.serverErrors(2, 502, /^POST \/graphql/);
    const before = server.requestCount;
    const ok = await collectReviewEvidence(testClient(server.url), {
      ...INPUT,
      commits: [c(1)],
      agentCommits: new Set([c(1)]),
    });
    expect(ok.status).toBe('collected');
    expect(server.requestCount - before).toBe(4); // two failures, then commits and PRs
    expect(ok.requests).toBe(4);

    server.serverErrors(10, 503, /^POST \/graphql/);
    const down = await collectReviewEvidence(testClient(server.url, { retries: 2 }), INPUT);
    expect(down).toMatchObject({ status: 'unavailable', reason: 'api-error' });
    expect(down.status === 'unavailable' && down.detail).toMatch(/503/);
  });

  it('an unreachable host fails at once, without retries, and is not reported as HTTP 500', async () => {
    // A port nothing listens on: connection refused, for real.
    const closed = await startGitHubServer(seed());
    const url = closed.url;
    await closed.close();
    const client = testClient(url, { retries: 3 });
    const refused = await collectReviewEvidence(client, INPUT);
    expect(client.requestCount).toBe(1);
    expect(refused).toMatchObject({ status: 'unavailable', reason: 'api-error' });
    const detail = refused.status === 'unavailable' ? refused.detail : '';
    expect(detail).toMatch(
      /^cannot reach the GitHub API while .+ \(.*ECONNREFUSED.*\); check the API URL and the network$/,
    );
    expect(detail).not.toMatch(/\b500\b/);

    // A DNS failure cannot happen here without a network: a fetch that fails as Node's does for an unknown
    // host (a TypeError whose cause carries getaddrinfo's code) stands in for it.
    let calls = 0;
    const dnsFailure: typeof fetch = () => {
      calls++;
      const cause = Object.assign(new Error('getaddrinfo ENOTFOUND api.github.invalid'), {
        code: 'ENOTFOUND',
        syscall: 'getaddrinfo',
        hostname: 'api.github.invalid',
      });
      return Promise.reject(new TypeError('fetch failed', { cause }));
    };
    const noDns = testClient('https://api.github.invalid', { retries: 3, fetch: dnsFailure });
    const unknown = await collectReviewEvidence(noDns, INPUT);
    expect(calls).toBe(1);
    expect(unknown.status === 'unavailable' && unknown.detail).toMatch(
      /cannot reach the GitHub API while .+ \(getaddrinfo ENOTFOUND api\.github\.invalid\)/,
    );

    // A server that answers 5xx is still retried (the previous test): only "cannot reach" fails fast.
  });

  it('waits for a short rate-limit reset, then succeeds', async () => {
    const logger = recordingLogger();
    server.rateLimit({ resetInSeconds: 1, match: /^POST \/graphql/ });
    const evidence = await collectReviewEvidence(testClient(server.url, { logger }), INPUT);
    expect(evidence.status).toBe('collected');
    expect(logger.lines.some((l) => /rate limit reached .*waiting \d+ s/.test(l))).toBe(true);
  });

  it('waits for a secondary rate limit (retry-after) and a GraphQL RATE_LIMITED answer', async () => {
    server.rateLimit({ retryAfter: 1, match: /^POST \/graphql/ });
    expect((await collectReviewEvidence(testClient(server.url), INPUT)).status).toBe('collected');
    server.rateLimit({ resetInSeconds: 1, graphql: true, match: /^POST \/graphql/ });
    expect((await collectReviewEvidence(testClient(server.url), INPUT)).status).toBe('collected');
  });

  it('fails with the reset time when the reset is further away than it may wait', async () => {
    server.rateLimit({ resetInSeconds: 3600, status: 429, match: /^POST \/graphql/ });
    const evidence = await collectReviewEvidence(testClient(server.url, { waitForRateLimit: 30 }), INPUT);
    expect(evidence).toMatchObject({ status: 'unavailable', reason: 'rate-limited' });
    if (evidence.status !== 'unavailable') return;
    expect(evidence.resetAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(Date.parse(evidence.resetAt!)).toBeGreaterThan(Date.now() + 3000 * 1000);
    expect(evidence.detail).toContain(evidence.resetAt!);
  });

  it('never puts the token in results, logs or messages', async () => {
    const logger = recordingLogger();
    const outcomes: unknown[] = [];
    server.inject({
      match: /^POST \/graphql/,
      status: 403,
      body: { message: `Resource not accessible by integration ${TOKEN}` },
    });
    outcomes.push(await collectReviewEvidence(testClient(server.url, { logger }), INPUT));
    server.inject({ match: /^POST \/graphql/, status: 401, body: { message: 'Bad credentials' } });
    outcomes.push(await collectReviewEvidence(testClient(server.url, { logger }), INPUT));
    outcomes.push(await collectReviewEvidence(testClient(server.url, { logger }), INPUT));
    const text = JSON.stringify(outcomes) + logger.lines.join('\n');
    expect(text).toContain('forbidden');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN.slice(4, 20));
  });
});

describe('review records into the statement', () => {
  it('each review is a dependency whose digest is the hash of the record in its annotations', async () => {
    const evidence = await collectReviewEvidence(testClient(server.url), INPUT);
    const { dependencies, extension } = toProvenance(evidence);
    expect(dependencies).toHaveLength(157);
    for (const rd of dependencies) {
      expect(isReviewDependency(rd)).toBe(true);
      const back = reviewFromDependency(rd)!;
      expect(back.consistent).toBe(true);
      expect(rd.digest!.sha256).toBe(reviewHash(back.record));
      expect(rd.uri).toBe(
        `${server.url}/octo-org/app/pull/${back.record.pullRequest.number}#pullrequestreview-${back.record.id}`,
      );
    }
    expect(extension.status).toBe('collected');
    if (extension.status !== 'collected') return;
    const pr4 = extension.pullRequests.find((p) => p.number === 4)!;
    expect(pr4).toMatchObject({ headSha: c(5), commits: [c(5)], humanApprovalOfHead: true });
    expect(pr4.reviews).toHaveLength(150);
    expect(extension.commitsWithoutPullRequest).toEqual([c(6)]);

    const tampered = {
      ...dependencies[0]!,
      annotations: { ...dependencies[0]!.annotations, state: 'DISMISSED' },
    };
    expect(reviewFromDependency(tampered)!.consistent).toBe(false);
  });

  it('the review hash is stable and changes with any field', () => {
    const record: ReviewRecord = {
      id: 1,
      pullRequest: { number: 2, url: 'https://github.com/o/r/pull/2' },
      reviewer: { login: 'bob', id: 102, type: 'User' },
      state: 'APPROVED',
      commitId: c(1),
      submittedAt: '2026-03-01T10:00:00Z',
      bodySha256: sha('x'),
    };
    const { bodySha256, ...rest } = record;
    const reordered = JSON.parse(JSON.stringify({ bodySha256, ...rest })) as ReviewRecord;
    expect(reviewHash(record)).toBe(reviewHash(reordered));
    expect(reviewHash(record)).toMatch(/^[0-9a-f]{64}$/);
    const variants: ReviewRecord[] = [
      { ...record, id: 2 },
      { ...record, state: 'DISMISSED' },
      { ...record, commitId: c(2) },
      { ...record, submittedAt: '2026-03-01T10:00:01Z' },
      { ...record, bodySha256: sha('y') },
      { ...record, reviewer: { ...record.reviewer, id: 103 } },
      { ...record, pullRequest: { ...record.pullRequest, number: 3 } },
    ];
    for (const v of variants) expect(reviewHash(v)).not.toBe(reviewHash(record));
  });
});

describe('evidence upgrades', () => {
  it('a bot-opened PR and a GitHub-signed bot commit upgrade those commits; other bots do not', async () => {
    const evidence = await collectReviewEvidence(testClient(server.url), INPUT);
    const upgrades = evidenceUpgrades(evidence).sort((a, b) => a.rule.localeCompare(b.rule));
    expect(upgrades).toEqual([
      {
        commit: c(6),
        agent: 'copilot-coding-agent',
        rule: 'GH-1',
        login: 'copilot-swe-agent[bot]',
        source: 'github-signed-commit',
      },
      {
        commit: c(4),
        agent: 'copilot-coding-agent',
        rule: 'GH-3',
        login: 'Copilot',
        source: 'pull-request-author',
        pullRequest: 3,
      },
      {
        commit: c(5),
        agent: 'jules',
        rule: 'JU-1',
        login: 'google-labs-jules[bot]',
        source: 'pull-request-author',
        pullRequest: 4,
      },
    ]);
    expect(
      evidenceUpgrades({
        status: 'unavailable',
        scope: 'agent-commits',
        reason: 'no-token',
        detail: 'x',
        requests: 0,
      }),
    ).toEqual([]);
  });
});
