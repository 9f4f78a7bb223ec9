/**
 * The API reads behind review evidence, batched. With a token: GraphQL, many aliased objects per
 * query — (1) commits → their pull requests and signature facts, 100 commits a query; (2) pull
 * requests → author, final head and the first 100 reviews, 50 PRs a query; (3) further review pages
 * of every PR that has more, all in one query per round. Without a token (GitHub's GraphQL API has
 * no anonymous access) or where the GraphQL endpoint is missing: REST, one request per commit and
 * per page of reviews.
 */
import type { GitHubClient } from './client.js';
import {
  accountFromGraphQL,
  accountFromREST,
  sha256Hex,
  type Account,
  type ReviewRecord,
  type ReviewState,
} from './records.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** What GitHub says about one commit: who made it, whether GitHub signed it, which PRs brought it. */
export interface CommitFacts {
  sha: string;
  author: { name: string; email: string; login: string | null };
  committer: { name: string; email: string; login: string | null };
  /** Null when the commit is unsigned. `wasSignedByGitHub`: signed with GitHub's web-flow key. */
  signature: { isValid: boolean; wasSignedByGitHub: boolean } | null;
  pullRequests: number[];
  /** GitHub does not know the commit (not pushed, or another repository). */
  missing?: boolean;
}

export interface PullRequestData {
  number: number;
  url: string;
  author: Account;
  headSha: string;
  reviews: ReviewRecord[];
}

export const COMMITS_PER_QUERY = 100;
export const PULLS_PER_QUERY = 50;
const PRS_PER_COMMIT = 5;
const PAGE = 100;

/** The GraphQL endpoint answered 404: use REST instead. */
export function isGraphQLUnavailable(error: unknown): boolean {
  const e = error as { status?: number; request?: { url?: string } } | null;
  return e?.status === 404 && /graphql/i.test(e.request?.url ?? '');
}

// ---------------------------------------------------------------- GraphQL

const ACTOR_FIELDS =
  '__typename login ... on User { databaseId } ... on Bot { databaseId } ... on Mannequin { databaseId }';

const COMMIT_FRAGMENT = `fragment commitFacts on Commit {
  oid
  author { name email user { login } }
  committer { name email user { login } }
  signature { isValid wasSignedByGitHub }
  associatedPullRequests(first: ${PRS_PER_COMMIT}) { nodes { number } }
}`;

const REVIEW_FIELDS = `pageInfo { hasNextPage endCursor } nodes { databaseId state submittedAt body commit { oid } author { ${ACTOR_FIELDS} } }`;

interface GraphQLActor {
  __typename?: string;
  login?: string;
  databaseId?: number | null;
}
interface GraphQLCommit {
  oid: string;
  author: { name: string | null; email: string | null; user: { login: string } | null } | null;
  committer: { name: string | null; email: string | null; user: { login: string } | null } | null;
  signature: { isValid: boolean; wasSignedByGitHub: boolean } | null;
  associatedPullRequests: { nodes: Array<{ number: number } | null> | null } | null;
}
interface GraphQLReviews {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{
    databaseId: number;
    state: ReviewState;
    submittedAt: string | null;
    body: string | null;
    commit: { oid: string } | null;
    author: GraphQLActor | null;
  } | null>;
}
interface GraphQLPull {
  number: number;
  url: string;
  headRefOid: string;
  author: GraphQLActor | null;
  reviews: GraphQLReviews;
}
type RepositoryAnswer<T> = { repository: Record<string, T | null> | null };

const VARIABLES = '$owner: String!, $repo: String!';
const REPOSITORY = 'repository(owner: $owner, name: $repo)';

function assertOid(sha: string): string {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
    throw new TypeError(`not a commit id: ${JSON.stringify(sha)}`);
  return sha.toLowerCase();
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function graphqlRepository<T>(
  client: GitHubClient,
  ref: RepoRef,
  body: string,
  fragments = '',
): Promise<Record<string, T | null>> {
  const query = `query(${VARIABLES}) { ${REPOSITORY} {\n${body}\n} }\n${fragments}`;
  let answer: RepositoryAnswer<T>;
  try {
    answer = await client.octokit.graphql<RepositoryAnswer<T>>(query, { owner: ref.owner, repo: ref.repo });
  } catch (e) {
    // A pull request number GitHub cannot resolve is an error next to partial data: that alias is just null.
    const partial = e as { data?: RepositoryAnswer<T>; errors?: Array<{ type?: string; path?: unknown[] }> };
    const onlyMissingObjects =
      partial.data?.repository &&
      (partial.errors ?? []).every(
        (x) => x.type === 'NOT_FOUND' && Array.isArray(x.path) && x.path.length >= 2,
      );
    if (!onlyMissingObjects) throw e;
    answer = partial.data!;
  }
  if (!answer.repository) {
    throw Object.assign(new Error(`repository ${ref.owner}/${ref.repo} not found`), { status: 404 });
  }
  return answer.repository;
}

async function commitFactsGraphQL(
  client: GitHubClient,
  ref: RepoRef,
  shas: readonly string[],
): Promise<CommitFacts[]> {
  const out: CommitFacts[] = [];
  for (const chunk of chunks(shas.map(assertOid), COMMITS_PER_QUERY)) {
    const body = chunk.map((sha, i) => `c${i}: object(oid: "${sha}") { ...commitFacts }`).join('\n');
    const repo = await graphqlRepository<GraphQLCommit>(client, ref, body, COMMIT_FRAGMENT);
    chunk.forEach((sha, i) => {
      const c = repo[`c${i}`];
      if (!c) {
        out.push(missingCommit(sha));
        return;
      }
      out.push({
        sha,
        author: {
          name: c.author?.name ?? '',
          email: c.author?.email ?? '',
          login: c.author?.user?.login ?? null,
        },
        committer: {
          name: c.committer?.name ?? '',
          email: c.committer?.email ?? '',
          login: c.committer?.user?.login ?? null,
        },
        signature: c.signature
          ? { isValid: c.signature.isValid, wasSignedByGitHub: c.signature.wasSignedByGitHub }
          : null,
        pullRequests: (c.associatedPullRequests?.nodes ?? []).flatMap((n) => (n ? [n.number] : [])),
      });
    });
  }
  return out;
}

function reviewsFromGraphQL(pr: { number: number; url: string }, reviews: GraphQLReviews): ReviewRecord[] {
  return reviews.nodes.flatMap((n) =>
    n && n.state !== 'PENDING'
      ? [
          {
            id: n.databaseId,
            pullRequest: { number: pr.number, url: pr.url },
            reviewer: accountFromGraphQL(n.author),
            state: n.state,
            commitId: n.commit?.oid ?? null,
            submittedAt: n.submittedAt,
            bodySha256: sha256Hex(n.body ?? ''),
          },
        ]
      : [],
  );
}

async function pullRequestsGraphQL(
  client: GitHubClient,
  ref: RepoRef,
  numbers: readonly number[],
): Promise<Map<number, PullRequestData>> {
  const out = new Map<number, PullRequestData>();
  const cursors = new Map<number, string>();
  for (const chunk of chunks(numbers, PULLS_PER_QUERY)) {
    const body = chunk
      .map(
        (n) =>
          `p${n}: pullRequest(number: ${n}) { number url headRefOid author { ${ACTOR_FIELDS} } reviews(first: ${PAGE}) { ${REVIEW_FIELDS} } }`,
      )
      .join('\n');
    const repo = await graphqlRepository<GraphQLPull>(client, ref, body);
    for (const n of chunk) {
      const pr = repo[`p${n}`];
      if (!pr) continue;
      out.set(n, {
        number: pr.number,
        url: pr.url,
        author: accountFromGraphQL(pr.author),
        headSha: pr.headRefOid.toLowerCase(),
        reviews: reviewsFromGraphQL(pr, pr.reviews),
      });
      if (pr.reviews.pageInfo.hasNextPage && pr.reviews.pageInfo.endCursor)
        cursors.set(n, pr.reviews.pageInfo.endCursor);
    }
  }
  // Later pages: every PR that has one, together, one query per round.
  while (cursors.size > 0) {
    const round = [...cursors].slice(0, PULLS_PER_QUERY);
    const body = round
      .map(
        ([n, after]) =>
          `p${n}: pullRequest(number: ${n}) { reviews(first: ${PAGE}, after: ${JSON.stringify(after)}) { ${REVIEW_FIELDS} } }`,
      )
      .join('\n');
    const repo = await graphqlRepository<Pick<GraphQLPull, 'reviews'>>(client, ref, body);
    for (const [n] of round) {
      cursors.delete(n);
      const page = repo[`p${n}`]?.reviews;
      const pr = out.get(n);
      if (!page || !pr) continue;
      pr.reviews.push(...reviewsFromGraphQL(pr, page));
      if (page.pageInfo.hasNextPage && page.pageInfo.endCursor) cursors.set(n, page.pageInfo.endCursor);
    }
  }
  return out;
}

// ---------------------------------------------------------------- REST

interface RESTUser {
  login?: string;
  id?: number;
  type?: string;
}
interface RESTCommit {
  sha: string;
  commit: {
    author: { name?: string; email?: string } | null;
    committer: { name?: string; email?: string } | null;
    verification?: { verified: boolean; reason?: string; signature?: string | null } | null;
  };
  author: RESTUser | null;
  committer: RESTUser | null;
}
interface RESTPull {
  number: number;
  html_url: string;
  user: RESTUser | null;
  head: { sha: string };
}
interface RESTReview {
  id: number;
  user: RESTUser | null;
  body: string | null;
  state: ReviewState;
  commit_id: string | null;
  submitted_at?: string | null;
}

/** GitHub signs web commits (and its agents' commits) as the `web-flow` account. */
const GITHUB_WEB_FLOW = 'web-flow';

async function commitFactsREST(
  client: GitHubClient,
  ref: RepoRef,
  shas: readonly string[],
): Promise<CommitFacts[]> {
  const out: CommitFacts[] = [];
  for (const sha of shas.map(assertOid)) {
    let commit: RESTCommit;
    try {
      commit = (await client.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...ref, ref: sha }))
        .data as RESTCommit;
    } catch (e) {
      // 422 "No commit found for SHA": GitHub does not know it. A 404 is the repository, and fatal.
      if ((e as { status?: number }).status === 422) {
        out.push(missingCommit(sha));
        continue;
      }
      throw e;
    }
    const pulls = (
      await client.octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        ...ref,
        commit_sha: sha,
        per_page: PRS_PER_COMMIT,
      })
    ).data as RESTPull[];
    const verification = commit.commit.verification;
    out.push({
      sha,
      author: {
        name: commit.commit.author?.name ?? '',
        email: commit.commit.author?.email ?? '',
        login: commit.author?.login ?? null,
      },
      committer: {
        name: commit.commit.committer?.name ?? '',
        email: commit.commit.committer?.email ?? '',
        login: commit.committer?.login ?? null,
      },
      signature:
        verification && verification.signature
          ? {
              isValid: verification.verified,
              wasSignedByGitHub: verification.verified && commit.committer?.login === GITHUB_WEB_FLOW,
            }
          : null,
      pullRequests: pulls.map((p) => p.number),
    });
  }
  return out;
}

async function pullRequestsREST(
  client: GitHubClient,
  ref: RepoRef,
  numbers: readonly number[],
): Promise<Map<number, PullRequestData>> {
  const out = new Map<number, PullRequestData>();
  for (const number of numbers) {
    let pull: RESTPull;
    try {
      pull = (
        await client.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
          ...ref,
          pull_number: number,
        })
      ).data as RESTPull;
    } catch (e) {
      if ((e as { status?: number }).status === 404 && out.size > 0) continue; // that PR is gone
      throw e;
    }
    const reviews = (await client.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...ref,
      pull_number: number,
      per_page: PAGE,
    })) as RESTReview[];
    out.set(number, {
      number,
      url: pull.html_url,
      author: accountFromREST(pull.user),
      headSha: pull.head.sha.toLowerCase(),
      reviews: reviews
        .filter((r) => r.state !== 'PENDING')
        .map((r) => ({
          id: r.id,
          pullRequest: { number, url: pull.html_url },
          reviewer: accountFromREST(r.user),
          state: r.state,
          commitId: r.commit_id ?? null,
          submittedAt: r.submitted_at ?? null,
          bodySha256: sha256Hex(r.body ?? ''),
        })),
    });
  }
  return out;
}

function missingCommit(sha: string): CommitFacts {
  return {
    sha,
    author: { name: '', email: '', login: null },
    committer: { name: '', email: '', login: null },
    signature: null,
    pullRequests: [],
    missing: true,
  };
}

// ---------------------------------------------------------------- one entry point per question

export type ApiMode = 'graphql' | 'rest';

/** GraphQL when a token is there, REST otherwise; falls back to REST when the GraphQL endpoint is missing. */
export async function withApi<T>(
  client: GitHubClient,
  run: (mode: ApiMode) => Promise<T>,
): Promise<{ value: T; mode: ApiMode }> {
  if (!client.authenticated) return { value: await run('rest'), mode: 'rest' };
  try {
    return { value: await run('graphql'), mode: 'graphql' };
  } catch (e) {
    if (!isGraphQLUnavailable(e)) throw e;
    client.logger.info('GitHub GraphQL API not available here; using the REST API');
    return { value: await run('rest'), mode: 'rest' };
  }
}

export function fetchCommitFacts(
  client: GitHubClient,
  mode: ApiMode,
  ref: RepoRef,
  shas: readonly string[],
): Promise<CommitFacts[]> {
  return mode === 'graphql' ? commitFactsGraphQL(client, ref, shas) : commitFactsREST(client, ref, shas);
}

export function fetchPullRequests(
  client: GitHubClient,
  mode: ApiMode,
  ref: RepoRef,
  numbers: readonly number[],
): Promise<Map<number, PullRequestData>> {
  return mode === 'graphql'
    ? pullRequestsGraphQL(client, ref, numbers)
    : pullRequestsREST(client, ref, numbers);
}
