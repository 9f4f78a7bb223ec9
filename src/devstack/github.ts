/**
 * A local GitHub-API-compatible server: node:http on 127.0.0.1 (port 0), answering in GitHub's documented
 * shapes, for what agent-attest asks of GitHub. The demo serves its review evidence from it; the tests use it
 * for every GitHub scenario (faults, rate limits, pagination) over real HTTP.
 *
 * Seed format (GitHubSeed):
 *   accounts: [{ login, id, type: 'User' | 'Bot' | 'Organization' }]
 *     Logins use the REST spelling (`dependabot[bot]`); GraphQL answers Bot logins without `[bot]`,
 *     as GitHub does (except `Copilot`, which has no suffix in either API).
 *   repos: [{ owner, name, id, private?, commits?, pulls? }]
 *     commits: [{ sha, author?: {name, email, login?}, committer?: {name, email, login?},
 *                 signature?: { isValid, wasSignedByGitHub } }]   (absent signature = unsigned)
 *     pulls:   [{ number, author: login, headSha, commits: [sha], baseRef?, mergedAt?,
 *                 reviews?: [{ id, user: login, state, commitId, submittedAt, body? }] }]
 *     A commit's pull requests are the pulls whose `commits` contain it; a commit listed by a pull
 *     but not under `commits` gets a default unsigned identity.
 *   validTokens?: [token]   (absent: any token is accepted; a request without one is anonymous)
 *
 * Endpoints (also under the GHES prefix `/api/v3`, GraphQL also at `/api/graphql`):
 *   POST /graphql — repository(owner:, name:) { <alias>: object(oid: "…") | pullRequest(number: N) }
 *     with `reviews(first: N, after: "cursor")`: a small resolver for the fields agent-attest asks for.
 *   GET  /repos/{o}/{r}/commits/{sha}, /commits/{sha}/pulls, /pulls/{n}, /pulls/{n}/reviews (page/per_page, Link)
 *   POST /repos/{o}/{r}/attestations {bundle} → 201 {id}
 *   GET  /repos/{o}/{r}/attestations/{digest}, /orgs/{org}/…, /users/{user}/… (per_page/after, Link)
 *        → {attestations: [{bundle, repository_id, bundle_url}]}; `attestationStyle` chooses inline or bundle_url
 *   GET  /bundles/{id}?sig=… — the snappy-compressed bundle JSON (a pre-signed URL: no token expected)
 *
 * Fault injection: inject({match, status, headers, body, times}), rateLimit(…), serverErrors(n), and
 * the request log (requests, requestCount) for counting round trips.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compress } from 'snappyjs';

export interface SeedAccount {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}
export interface SeedIdentity {
  name: string;
  email: string;
  login?: string;
}
export interface SeedCommit {
  sha: string;
  author?: SeedIdentity;
  committer?: SeedIdentity;
  signature?: { isValid: boolean; wasSignedByGitHub: boolean };
}
export type SeedReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
export interface SeedReview {
  id: number;
  user: string;
  state: SeedReviewState;
  commitId: string;
  submittedAt: string;
  body?: string;
}
export interface SeedPull {
  number: number;
  author: string;
  headSha: string;
  commits: string[];
  baseRef?: string;
  mergedAt?: string;
  reviews?: SeedReview[];
}
export interface SeedRepo {
  owner: string;
  name: string;
  id: number;
  private?: boolean;
  commits?: SeedCommit[];
  pulls?: SeedPull[];
}
export interface GitHubSeed {
  accounts: SeedAccount[];
  repos: SeedRepo[];
  validTokens?: string[];
}

export interface Fault {
  /** Tested against `METHOD /path` (GHES prefix removed, query kept). Absent: every request. */
  match?: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  authorization: boolean;
  /** For GraphQL: the query text. */
  query?: string;
}

export interface GitHubTestServer {
  url: string;
  /** REST base as GitHub Enterprise Server spells it (`<url>/api/v3`). */
  ghesApiUrl: string;
  seed: GitHubSeed;
  requests: LoggedRequest[];
  readonly requestCount: number;
  /** How list endpoints give attestations: inline `bundle`, or only a `bundle_url` (GitHub's current answer). */
  attestationStyle: 'inline' | 'bundle_url';
  inject(fault: Fault): void;
  /** Primary (x-ratelimit-remaining: 0 + reset) or secondary (retry-after) rate limit on the next matching requests. */
  rateLimit(options: {
    resetInSeconds?: number;
    retryAfter?: number;
    status?: 403 | 429;
    times?: number;
    match?: RegExp;
    graphql?: boolean;
  }): void;
  serverErrors(times: number, status?: number, match?: RegExp): void;
  /** Drops every fault not yet used. */
  clearFaults(): void;
  /** Adds a review to a pull request (a late approval). */
  addReview(owner: string, repo: string, pull: number, review: SeedReview): void;
  /** Edits a seeded review in place (a body edit, a dismissal) — for recheck tests. */
  updateReview(owner: string, repo: string, id: number, change: Partial<SeedReview>): void;
  deleteReview(owner: string, repo: string, id: number): void;
  /** Stored attestations (owner/repo, id, bundle). */
  attestations: Array<{
    repo: string;
    repositoryId: number;
    id: number;
    bundle: Record<string, unknown>;
    digests: string[];
  }>;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

export async function startGitHubServer(seed: GitHubSeed): Promise<GitHubTestServer> {
  const faults: Array<Required<Pick<Fault, 'status'>> & Fault & { left: number }> = [];
  const requests: LoggedRequest[] = [];
  const attestations: GitHubTestServer['attestations'] = [];
  let nextAttestationId = 1000;
  let base = '';

  const account = (login: string): SeedAccount => {
    const a = seed.accounts.find((x) => x.login.toLowerCase() === login.toLowerCase());
    if (!a) throw new Error(`seed: unknown account ${login}`);
    return a;
  };
  const restUser = (login: string) => {
    const a = account(login);
    return {
      login: a.login,
      id: a.id,
      node_id: `U_${a.id}`,
      type: a.type,
      site_admin: false,
      html_url: `${base}/${a.login}`,
    };
  };
  const graphqlActor = (login: string) => {
    const a = account(login);
    const shown = a.type === 'Bot' && a.login.endsWith('[bot]') ? a.login.slice(0, -'[bot]'.length) : a.login;
    return { __typename: a.type, login: shown, databaseId: a.id };
  };
  const findRepo = (owner: string, name: string) =>
    seed.repos.find(
      (r) => r.owner.toLowerCase() === owner.toLowerCase() && r.name.toLowerCase() === name.toLowerCase(),
    );
  const commitOf = (repo: SeedRepo, sha: string): SeedCommit | undefined => {
    const s = sha.toLowerCase();
    const seeded = repo.commits?.find((c) => c.sha === s);
    if (seeded) return seeded;
    if (repo.pulls?.some((p) => p.commits.includes(s) || p.headSha === s)) return { sha: s };
    return undefined;
  };
  const pullsOf = (repo: SeedRepo, sha: string) =>
    (repo.pulls ?? []).filter((p) => p.commits.includes(sha.toLowerCase()));
  const pullUrl = (repo: SeedRepo, n: number) => `${base}/${repo.owner}/${repo.name}/pull/${n}`;
  const identity = (i: SeedIdentity | undefined, fallback: SeedIdentity): SeedIdentity => i ?? fallback;
  const defaultIdentity: SeedIdentity = { name: 'A Developer', email: 'dev@example.com' };

  const restPull = (repo: SeedRepo, p: SeedPull) => ({
    url: `${base}/repos/${repo.owner}/${repo.name}/pulls/${p.number}`,
    html_url: pullUrl(repo, p.number),
    number: p.number,
    state: p.mergedAt ? 'closed' : 'open',
    user: restUser(p.author),
    head: { sha: p.headSha, ref: `branch-${p.number}`, repo: { full_name: `${repo.owner}/${repo.name}` } },
    base: { ref: p.baseRef ?? 'main', repo: { full_name: `${repo.owner}/${repo.name}` } },
    merged_at: p.mergedAt ?? null,
  });
  const restReview = (repo: SeedRepo, p: SeedPull, r: SeedReview) => ({
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: restUser(r.user),
    body: r.body ?? '',
    state: r.state,
    html_url: `${pullUrl(repo, p.number)}#pullrequestreview-${r.id}`,
    pull_request_url: `${base}/repos/${repo.owner}/${repo.name}/pulls/${p.number}`,
    author_association: 'MEMBER',
    submitted_at: r.state === 'PENDING' ? undefined : r.submittedAt,
    commit_id: r.commitId,
  });
  const restCommit = (repo: SeedRepo, c: SeedCommit) => {
    const author = identity(c.author, defaultIdentity);
    const committer = identity(c.committer, author);
    return {
      sha: c.sha,
      html_url: `${base}/${repo.owner}/${repo.name}/commit/${c.sha}`,
      commit: {
        author: { name: author.name, email: author.email, date: '2026-01-01T00:00:00Z' },
        committer: { name: committer.name, email: committer.email, date: '2026-01-01T00:00:00Z' },
        message: 'commit',
        verification: c.signature
          ? {
              verified: c.signature.isValid,
              reason: c.signature.isValid ? 'valid' : 'bad_email',
              signature: '-----BEGIN PGP SIGNATURE-----\n…\n-----END PGP SIGNATURE-----',
              payload: 'tree …',
              verified_at: c.signature.isValid ? '2026-01-01T00:00:00Z' : null,
            }
          : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      author: author.login ? restUser(author.login) : null,
      committer: c.signature?.wasSignedByGitHub
        ? { login: 'web-flow', id: 19864447, type: 'User' }
        : committer.login
          ? restUser(committer.login)
          : null,
    };
  };

  // ------------------------------------------------------------------ GraphQL resolver
  const graphqlReviews = (p: SeedPull, args: string) => {
    const first = Number(/first:\s*(\d+)/.exec(args)?.[1] ?? 100);
    const after = /after:\s*"([^"]*)"/.exec(args)?.[1];
    const start = after ? Number(Buffer.from(after, 'base64').toString('utf8').split(':')[1]) : 0;
    const visible = (p.reviews ?? []).filter((r) => r.state !== 'PENDING');
    const page = visible.slice(start, start + first);
    const end = start + page.length;
    return {
      pageInfo: {
        hasNextPage: end < visible.length,
        endCursor: page.length > 0 ? Buffer.from(`cursor:${end}`).toString('base64') : null,
      },
      nodes: page.map((r) => ({
        databaseId: r.id,
        state: r.state,
        submittedAt: r.submittedAt,
        body: r.body ?? '',
        commit: { oid: r.commitId },
        author: graphqlActor(r.user),
      })),
    };
  };
  const graphqlCommit = (repo: SeedRepo, c: SeedCommit) => {
    const author = identity(c.author, defaultIdentity);
    const committer = identity(c.committer, author);
    const user = (i: SeedIdentity) =>
      i.login && account(i.login).type === 'User' ? { login: i.login } : null;
    return {
      oid: c.sha,
      author: { name: author.name, email: author.email, user: user(author) },
      committer: { name: committer.name, email: committer.email, user: user(committer) },
      signature: c.signature
        ? { isValid: c.signature.isValid, wasSignedByGitHub: c.signature.wasSignedByGitHub }
        : null,
      associatedPullRequests: {
        nodes: pullsOf(repo, c.sha)
          .slice(0, 5)
          .map((p) => ({ number: p.number })),
      },
    };
  };
  const answerGraphQL = (query: string, variables: Record<string, unknown>, authorized: boolean) => {
    if (!authorized)
      return {
        status: 401,
        body: {
          message: 'This endpoint requires you to be authenticated.',
          documentation_url: `${DOCS}/graphql`,
        },
      };
    const owner = String(variables.owner ?? /owner:\s*"([^"]+)"/.exec(query)?.[1] ?? '');
    const name = String(variables.repo ?? variables.name ?? /name:\s*"([^"]+)"/.exec(query)?.[1] ?? '');
    const repo = findRepo(owner, name);
    if (!repo) {
      return {
        status: 200,
        body: {
          data: { repository: null },
          errors: [
            {
              type: 'NOT_FOUND',
              path: ['repository'],
              locations: [],
              message: `Could not resolve to a Repository with the name '${owner}/${name}'.`,
            },
          ],
        },
      };
    }
    const result: Record<string, unknown> = {};
    const errors: unknown[] = [];
    const aliases = [
      ...query.matchAll(
        /(\w+)\s*:\s*(object|pullRequest)\s*\(\s*(oid|number)\s*:\s*"?([0-9a-fA-F]+)"?\s*\)/g,
      ),
    ];
    aliases.forEach((m, i) => {
      const [, alias, field, , key] = m as unknown as [string, string, string, string, string];
      const text = query.slice(m.index!, aliases[i + 1]?.index ?? query.length);
      if (field === 'object') {
        const c = commitOf(repo, key);
        result[alias] = c ? graphqlCommit(repo, c) : null;
        return;
      }
      const p = repo.pulls?.find((x) => x.number === Number(key));
      if (!p) {
        result[alias] = null;
        errors.push({
          type: 'NOT_FOUND',
          path: ['repository', alias],
          message: `Could not resolve to a PullRequest with the number of ${key}.`,
        });
        return;
      }
      const reviewArgs = /reviews\s*\(([^)]*)\)/.exec(text)?.[1] ?? '';
      result[alias] = {
        number: p.number,
        url: pullUrl(repo, p.number),
        headRefOid: p.headSha,
        author: graphqlActor(p.author),
        reviews: graphqlReviews(p, reviewArgs),
      };
    });
    return {
      status: 200,
      body: errors.length > 0 ? { data: { repository: result }, errors } : { data: { repository: result } },
    };
  };

  // ------------------------------------------------------------------ REST
  const link = (
    path: string,
    params: URLSearchParams,
    next: Record<string, string> | undefined,
  ): Record<string, string> => {
    if (!next) return {};
    const q = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) q.set(k, v);
    return { link: `<${base}${path}?${q.toString()}>; rel="next"` };
  };
  const visibleRepo = (owner: string, name: string, authorized: boolean) => {
    const repo = findRepo(owner, name);
    return repo && (!repo.private || authorized) ? repo : undefined;
  };
  const notFound = { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
  const digestsOf = (bundle: Record<string, unknown>): string[] => {
    const payload = (bundle.dsseEnvelope as { payload?: string } | undefined)?.payload;
    if (!payload) return [];
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
      subject?: Array<{ digest?: Record<string, string> }>;
    };
    return (statement.subject ?? []).flatMap((s) =>
      Object.entries(s.digest ?? {}).map(([alg, hex]) => `${alg}:${hex}`),
    );
  };
  const listAttestations = (
    path: string,
    params: URLSearchParams,
    items: GitHubTestServer['attestations'],
  ) => {
    const perPage = Math.min(Number(params.get('per_page') ?? 30), 100);
    const after = params.get('after');
    const start = after ? Number(Buffer.from(after, 'base64').toString('utf8').split(':')[1]) : 0;
    const page = items.slice(start, start + perPage);
    const end = start + page.length;
    return {
      status: 200,
      headers: link(
        path,
        params,
        end < items.length ? { after: Buffer.from(`cursor:${end}`).toString('base64') } : undefined,
      ),
      body: {
        attestations: page.map((a) =>
          server.attestationStyle === 'inline'
            ? { bundle: a.bundle, repository_id: a.repositoryId, bundle_url: null }
            : {
                bundle: null,
                repository_id: a.repositoryId,
                bundle_url: `${base}/bundles/${a.id}?sig=${a.id}-signature`,
              },
        ),
      },
    };
  };

  const answerREST = (
    method: string,
    path: string,
    params: URLSearchParams,
    body: unknown,
    authorized: boolean,
  ): Answer => {
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-fA-F]+)$/.exec(path))) {
      const repo = visibleRepo(m[1]!, m[2]!, authorized);
      if (!repo) return notFound;
      const c = commitOf(repo, m[3]!);
      if (!c)
        return {
          status: 422,
          body: { message: `No commit found for SHA: ${m[3]}`, documentation_url: DOCS, status: '422' },
        };
      return { status: 200, body: restCommit(repo, c) };
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-fA-F]+)\/pulls$/.exec(path))) {
      const repo = visibleRepo(m[1]!, m[2]!, authorized);
      if (!repo) return notFound;
      return { status: 200, body: pullsOf(repo, m[3]!).map((p) => restPull(repo, p)) };
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(path))) {
      const repo = visibleRepo(m[1]!, m[2]!, authorized);
      const p = repo?.pulls?.find((x) => x.number === Number(m![3]));
      return repo && p ? { status: 200, body: restPull(repo, p) } : notFound;
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/.exec(path))) {
      const repo = visibleRepo(m[1]!, m[2]!, authorized);
      const p = repo?.pulls?.find((x) => x.number === Number(m![3]));
      if (!repo || !p) return notFound;
      const perPage = Math.min(Number(params.get('per_page') ?? 30), 100);
      const page = Number(params.get('page') ?? 1);
      const all = p.reviews ?? [];
      const slice = all.slice((page - 1) * perPage, page * perPage);
      return {
        status: 200,
        headers: link(path, params, page * perPage < all.length ? { page: String(page + 1) } : undefined),
        body: slice.map((r) => restReview(repo, p, r)),
      };
    }
    if (method === 'POST' && (m = /^\/repos\/([^/]+)\/([^/]+)\/attestations$/.exec(path))) {
      if (!authorized)
        return {
          status: 401,
          body: { message: 'Requires authentication', documentation_url: DOCS, status: '401' },
        };
      const repo = visibleRepo(m[1]!, m[2]!, authorized);
      if (!repo) return notFound;
      const bundle = (body as { bundle?: Record<string, unknown> } | undefined)?.bundle;
      if (!bundle || typeof bundle.mediaType !== 'string' || !bundle.dsseEnvelope) {
        return {
          status: 422,
          body: {
            message: 'Invalid Argument - bundle is not a Sigstore bundle with a DSSE envelope',
            documentation_url: DOCS,
            status: '422',
          },
        };
      }
      const id = nextAttestationId++;
      attestations.push({
        repo: `${repo.owner}/${repo.name}`,
        repositoryId: repo.id,
        id,
        bundle,
        digests: digestsOf(bundle),
      });
      return { status: 201, body: { id } };
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/attestations\/([^/]+)$/.exec(path))) {
      const repo = visibleRepo(m[1]!, m[2]!, authorized);
      if (!repo) return notFound;
      const digest = decodeURIComponent(m[3]!);
      const key = `${repo.owner}/${repo.name}`;
      return listAttestations(
        path,
        params,
        attestations.filter((a) => a.repo === key && a.digests.includes(digest)),
      );
    }
    if (method === 'GET' && (m = /^\/(orgs|users)\/([^/]+)\/attestations\/([^/]+)$/.exec(path))) {
      const owner = seed.accounts.find((a) => a.login.toLowerCase() === m![2]!.toLowerCase());
      const isOrg = owner?.type === 'Organization';
      if (!owner || isOrg !== (m[1] === 'orgs')) return notFound;
      const digest = decodeURIComponent(m[3]!);
      const visible = attestations.filter((a) => {
        const [o, n] = a.repo.split('/') as [string, string];
        return (
          o.toLowerCase() === owner.login.toLowerCase() &&
          visibleRepo(o, n, authorized) &&
          a.digests.includes(digest)
        );
      });
      return listAttestations(path, params, visible);
    }
    if (method === 'GET' && (m = /^\/bundles\/(\d+)$/.exec(path))) {
      const a = attestations.find((x) => x.id === Number(m![1]));
      if (!a || params.get('sig') !== `${a.id}-signature`)
        return { status: 403, body: 'AuthenticationFailed' };
      return {
        status: 200,
        raw: Buffer.from(compress(new Uint8Array(Buffer.from(JSON.stringify(a.bundle), 'utf8')))),
        headers: { 'content-type': 'application/x-snappy' },
      };
    }
    return notFound;
  };

  type Answer = { status: number; body?: unknown; raw?: Buffer; headers?: Record<string, string> };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    let path = url.pathname;
    if (path.startsWith('/api/v3/')) path = path.slice('/api/v3'.length);
    if (path === '/api/graphql') path = '/graphql';
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;

    const auth = req.headers.authorization;
    const token = auth ? auth.replace(/^(token|bearer)\s+/i, '') : undefined;
    const entry: LoggedRequest = { method, path, authorization: auth !== undefined };
    if (path === '/graphql') entry.query = String(body?.query ?? '');
    requests.push(entry);

    const send = (a: Answer) => {
      const headers: Record<string, string> = {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-github-request-id': `REQ-${requests.length}`,
        ...(a.raw ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        ...a.headers,
      };
      res.writeHead(a.status, headers);
      res.end(
        a.raw ?? (a.body === undefined ? '' : typeof a.body === 'string' ? a.body : JSON.stringify(a.body)),
      );
    };

    const fault = faults.find(
      (f) => f.left > 0 && (!f.match || f.match.test(`${method} ${path}${url.search}`)),
    );
    if (fault) {
      fault.left--;
      send({ status: fault.status, body: fault.body ?? { message: 'Server Error' }, headers: fault.headers });
      return;
    }
    if (token !== undefined && seed.validTokens && !seed.validTokens.includes(token)) {
      send({ status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } });
      return;
    }
    const authorized = token !== undefined;
    if (method === 'POST' && path === '/graphql') {
      send(
        answerGraphQL(
          String(body?.query ?? ''),
          (body?.variables as Record<string, unknown>) ?? {},
          authorized,
        ),
      );
      return;
    }
    send(answerREST(method, path, url.searchParams, body, authorized));
  };

  const http: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `test server: ${e instanceof Error ? e.message : String(e)}` }));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const findSeedReview = (owner: string, name: string, id: number) => {
    const repo = findRepo(owner, name);
    for (const p of repo?.pulls ?? []) {
      const i = (p.reviews ?? []).findIndex((r) => r.id === id);
      if (i >= 0) return { pull: p, index: i };
    }
    throw new Error(`seed: no review ${id} in ${owner}/${name}`);
  };

  const server: GitHubTestServer = {
    url: base,
    ghesApiUrl: `${base}/api/v3`,
    seed,
    requests,
    get requestCount() {
      return requests.length;
    },
    attestationStyle: 'bundle_url',
    attestations,
    inject(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    rateLimit({ resetInSeconds, retryAfter, status = 403, times = 1, match, graphql }) {
      const reset = String(Math.floor(Date.now() / 1000) + (resetInSeconds ?? 3600));
      if (retryAfter !== undefined) {
        faults.push({
          match,
          status,
          left: times,
          headers: { 'retry-after': String(retryAfter) },
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
          },
        });
        return;
      }
      faults.push({
        match,
        status: graphql ? 200 : status,
        left: times,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset, 'x-ratelimit-used': '5000' },
        body: graphql
          ? { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit already exceeded for user ID 1.' }] }
          : {
              message: 'API rate limit exceeded for user ID 1.',
              documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
            },
      });
    },
    serverErrors(times, status = 502, match) {
      faults.push({ match, status, left: times, body: { message: 'Server Error' } });
    },
    clearFaults() {
      faults.length = 0;
    },
    addReview(owner, name, number, review) {
      const p = findRepo(owner, name)?.pulls?.find((x) => x.number === number);
      if (!p) throw new Error(`seed: no pull request #${number} in ${owner}/${name}`);
      (p.reviews ??= []).push(review);
    },
    updateReview(owner, name, id, change) {
      const { pull, index } = findSeedReview(owner, name, id);
      pull.reviews![index] = { ...pull.reviews![index]!, ...change };
    },
    deleteReview(owner, name, id) {
      const { pull, index } = findSeedReview(owner, name, id);
      pull.reviews!.splice(index, 1);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((e) => (e ? reject(e) : resolve()));
      }),
  };
  return server;
}
