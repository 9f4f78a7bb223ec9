import { afterAll, beforeAll, expect, it } from 'vitest';
import { recheckReviews } from '../../src/core/github/recheck.js';
import { sha256Hex } from '../../src/core/github/records.js';
import { collectReviewEvidence, toProvenance } from '../../src/core/github/reviews.js';
import { startGitHubServer, type GitHubTestServer, type SeedReview } from '../support/github-server.js';
import { ACCOUNTS, review, sha, testClient } from './fixtures.js';

const c = (n: number) => sha(`recheck-${n}`);
let server: GitHubTestServer;
let reviews: SeedReview[];
beforeAll(async () => {
  reviews = [
    review('bob', 'APPROVED', c(1), 1, 'fine'),
    review('carol', 'COMMENTED', c(1), 2, 'nit'),
    review('alice', 'APPROVED', c(2), 3, 'ok'),
    review('carol', 'APPROVED', c(2), 4, 'also ok'),
  ];
  server = await startGitHubServer({
    accounts: ACCOUNTS,
    repos: [
      {
        owner: 'octo-org',
        name: 'app',
        id: 1,
        private: true,
        pulls: [
          { number: 1, author: 'alice', headSha: c(1), commits: [c(1)], reviews: reviews.slice(0, 2) },
          { number: 2, author: 'bob', headSha: c(2), commits: [c(2)], reviews: reviews.slice(2) },
        ],
      },
    ],
  });
});
afterAll(() => server.close());

it('detects reviews edited, dismissed or gone since the build', async () => {
  const client = testClient(server.url);
  const evidence = await collectReviewEvidence(client, {
    owner: 'octo-org',
    repo: 'app',
    commits: [c(2), c(1)],
    agentCommits: new Set([c(1), c(2)]),
  });
  const { dependencies } = toProvenance(evidence);
  expect(dependencies).toHaveLength(4);

  const untouched = await recheckReviews(client, dependencies);
  expect(untouched).toMatchObject({
    status: 'checked',
    unchanged: 4,
    changed: [],
    vanished: [],
    inconsistent: [],
  });
  expect(untouched.requests).toBe(1); // both PRs in one GraphQL query

  server.updateReview('octo-org', 'app', reviews[0]!.id, { state: 'DISMISSED' });
  server.updateReview('octo-org', 'app', reviews[1]!.id, { body: 'nit (edited)' });
  server.deleteReview('octo-org', 'app', reviews[3]!.id);

  const result = await recheckReviews(client, dependencies);
  expect(result.status).toBe('checked');
  if (result.status !== 'checked') return;
  expect(result.unchanged).toBe(1);
  expect(result.changed.map((x) => [x.id, x.pr, x.fields, x.state])).toEqual([
    [reviews[0]!.id, 1, ['state'], 'DISMISSED'],
    [reviews[1]!.id, 1, ['bodySha256'], 'COMMENTED'],
  ]);
  expect(result.changed[1]!.was).not.toBe(result.changed[1]!.now);
  expect(result.vanished).toEqual([
    {
      id: reviews[3]!.id,
      pr: 2,
      url: `${server.url}/octo-org/app/pull/2#pullrequestreview-${reviews[3]!.id}`,
      hash: dependencies[3]!.digest!.sha256,
    },
  ]);

  // The REST path gives the same verdicts.
  server.inject({ match: /^POST \/graphql/, status: 404, body: { message: 'Not Found' } });
  const viaREST = await recheckReviews(client, dependencies);
  expect(viaREST).toMatchObject({ unchanged: 1, changed: result.changed, vanished: result.vanished });

  // A dependency whose digest is not its record's hash is reported, not trusted.
  const forged = {
    ...dependencies[2]!,
    annotations: { ...dependencies[2]!.annotations, bodySha256: sha256Hex('forged') },
  };
  const withForgery = await recheckReviews(client, [forged]);
  expect(withForgery.status === 'checked' && withForgery.inconsistent).toEqual([forged.digest!.sha256]);

  // No token: unavailable with the reason, not "all vanished".
  const anonymous = await recheckReviews(testClient(server.url, { token: undefined }), dependencies);
  expect(anonymous).toMatchObject({ status: 'unavailable', reason: 'no-token' });
});
