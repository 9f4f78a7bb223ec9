import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  classifyGitHubError
} from "./chunk-6XR4UJHP.js";
import {
  canonicalize
} from "./chunk-GLZUUL7L.js";
import {
  inputError
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:crypto?src/core/github/records.ts
var m = __require("node:crypto");
var createHash = m.createHash;

// src/core/github/records.ts
function sha256Hex(data) {
  return createHash("sha256").update(data, "utf8").digest("hex");
}
function reviewHash(record) {
  const canonical = canonicalize(record);
  if (canonical === void 0) throw new TypeError("review record cannot be canonicalised");
  return sha256Hex(canonical);
}
function hashReview(record) {
  return { record, hash: reviewHash(record) };
}
function pickReviewRecord(value) {
  const pr = value.pullRequest;
  const reviewer = value.reviewer;
  if (typeof value.id !== "number" || !pr || typeof pr.number !== "number" || typeof pr.url !== "string" || !reviewer || typeof reviewer.login !== "string" || !(typeof reviewer.id === "number" || reviewer.id === null) || typeof reviewer.type !== "string" || typeof value.state !== "string" || !(typeof value.commitId === "string" || value.commitId === null) || !(typeof value.submittedAt === "string" || value.submittedAt === null) || typeof value.bodySha256 !== "string") {
    return void 0;
  }
  return {
    id: value.id,
    pullRequest: { number: pr.number, url: pr.url },
    reviewer: { login: reviewer.login, id: reviewer.id, type: reviewer.type },
    state: value.state,
    commitId: value.commitId,
    submittedAt: value.submittedAt,
    bodySha256: value.bodySha256
  };
}
var BOTS_WITHOUT_SUFFIX = /* @__PURE__ */ new Set(["Copilot"]);
function accountFromGraphQL(actor) {
  if (!actor || typeof actor.login !== "string") return { login: "ghost", id: null, type: "Unknown" };
  const type = actor.__typename ?? "Unknown";
  let login = actor.login;
  if (type === "Bot" && !login.endsWith("[bot]") && !BOTS_WITHOUT_SUFFIX.has(login)) login = `${login}[bot]`;
  return { login, id: typeof actor.databaseId === "number" ? actor.databaseId : null, type };
}
function accountFromREST(user) {
  if (!user || typeof user.login !== "string") return { login: "ghost", id: null, type: "Unknown" };
  return {
    login: user.login,
    id: typeof user.id === "number" ? user.id : null,
    type: user.type ?? "Unknown"
  };
}
function isHuman(account) {
  return account.type === "User" && account.id !== null && !account.login.endsWith("[bot]");
}
function sameAccount(a, b) {
  if (a.id !== null && b.id !== null) return a.id === b.id;
  return a.login.toLowerCase() === b.login.toLowerCase();
}
function humanApprovalOfHead(author, headSha, reviews) {
  const latest = /* @__PURE__ */ new Map();
  const ordered = [...reviews].sort(
    (a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? "") || a.id - b.id
  );
  for (const review of ordered) {
    if (review.state === "COMMENTED" || review.state === "PENDING") continue;
    latest.set(reviewerKey(review.reviewer), review);
  }
  return [...latest.values()].some(
    (r) => r.state === "APPROVED" && r.commitId !== null && r.commitId.toLowerCase() === headSha.toLowerCase() && isHuman(r.reviewer) && !sameAccount(r.reviewer, author)
  );
}
function reviewerKey(account) {
  return account.id !== null ? `id:${account.id}` : `login:${account.login.toLowerCase()}`;
}

// src/core/github/queries.ts
var COMMITS_PER_QUERY = 100;
var PULLS_PER_QUERY = 50;
var PRS_PER_COMMIT = 5;
var PAGE = 100;
function isGraphQLUnavailable(error) {
  const e = error;
  return e?.status === 404 && /graphql/i.test(e.request?.url ?? "");
}
var ACTOR_FIELDS = "__typename login ... on User { databaseId } ... on Bot { databaseId } ... on Mannequin { databaseId }";
var COMMIT_FRAGMENT = `fragment commitFacts on Commit {
  oid
  author { name email user { login } }
  committer { name email user { login } }
  signature { isValid wasSignedByGitHub }
  associatedPullRequests(first: ${PRS_PER_COMMIT}) { nodes { number } }
}`;
var REVIEW_FIELDS = `pageInfo { hasNextPage endCursor } nodes { databaseId state submittedAt body commit { oid } author { ${ACTOR_FIELDS} } }`;
var VARIABLES = "$owner: String!, $repo: String!";
var REPOSITORY = "repository(owner: $owner, name: $repo)";
function assertOid(sha) {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
    throw new TypeError(`not a commit id: ${JSON.stringify(sha)}`);
  return sha.toLowerCase();
}
function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
async function graphqlRepository(client, ref, body, fragments = "") {
  const query = `query(${VARIABLES}) { ${REPOSITORY} {
${body}
} }
${fragments}`;
  let answer;
  try {
    answer = await client.octokit.graphql(query, { owner: ref.owner, repo: ref.repo });
  } catch (e) {
    const partial = e;
    const onlyMissingObjects = partial.data?.repository && (partial.errors ?? []).every(
      (x) => x.type === "NOT_FOUND" && Array.isArray(x.path) && x.path.length >= 2
    );
    if (!onlyMissingObjects) throw e;
    answer = partial.data;
  }
  if (!answer.repository) {
    throw Object.assign(new Error(`repository ${ref.owner}/${ref.repo} not found`), { status: 404 });
  }
  return answer.repository;
}
async function commitFactsGraphQL(client, ref, shas) {
  const out = [];
  for (const chunk of chunks(shas.map(assertOid), COMMITS_PER_QUERY)) {
    const body = chunk.map((sha, i) => `c${i}: object(oid: "${sha}") { ...commitFacts }`).join("\n");
    const repo = await graphqlRepository(client, ref, body, COMMIT_FRAGMENT);
    chunk.forEach((sha, i) => {
      const c = repo[`c${i}`];
      if (!c) {
        out.push(missingCommit(sha));
        return;
      }
      out.push({
        sha,
        author: {
          name: c.author?.name ?? "",
          email: c.author?.email ?? "",
          login: c.author?.user?.login ?? null
        },
        committer: {
          name: c.committer?.name ?? "",
          email: c.committer?.email ?? "",
          login: c.committer?.user?.login ?? null
        },
        signature: c.signature ? { isValid: c.signature.isValid, wasSignedByGitHub: c.signature.wasSignedByGitHub } : null,
        pullRequests: (c.associatedPullRequests?.nodes ?? []).flatMap((n) => n ? [n.number] : [])
      });
    });
  }
  return out;
}
function reviewsFromGraphQL(pr, reviews) {
  return reviews.nodes.flatMap(
    (n) => n && n.state !== "PENDING" ? [
      {
        id: n.databaseId,
        pullRequest: { number: pr.number, url: pr.url },
        reviewer: accountFromGraphQL(n.author),
        state: n.state,
        commitId: n.commit?.oid ?? null,
        submittedAt: n.submittedAt,
        bodySha256: sha256Hex(n.body ?? "")
      }
    ] : []
  );
}
async function pullRequestsGraphQL(client, ref, numbers) {
  const out = /* @__PURE__ */ new Map();
  const cursors = /* @__PURE__ */ new Map();
  for (const chunk of chunks(numbers, PULLS_PER_QUERY)) {
    const body = chunk.map(
      (n) => `p${n}: pullRequest(number: ${n}) { number url headRefOid author { ${ACTOR_FIELDS} } reviews(first: ${PAGE}) { ${REVIEW_FIELDS} } }`
    ).join("\n");
    const repo = await graphqlRepository(client, ref, body);
    for (const n of chunk) {
      const pr = repo[`p${n}`];
      if (!pr) continue;
      out.set(n, {
        number: pr.number,
        url: pr.url,
        author: accountFromGraphQL(pr.author),
        headSha: pr.headRefOid.toLowerCase(),
        reviews: reviewsFromGraphQL(pr, pr.reviews)
      });
      if (pr.reviews.pageInfo.hasNextPage && pr.reviews.pageInfo.endCursor)
        cursors.set(n, pr.reviews.pageInfo.endCursor);
    }
  }
  while (cursors.size > 0) {
    const round = [...cursors].slice(0, PULLS_PER_QUERY);
    const body = round.map(
      ([n, after]) => `p${n}: pullRequest(number: ${n}) { reviews(first: ${PAGE}, after: ${JSON.stringify(after)}) { ${REVIEW_FIELDS} } }`
    ).join("\n");
    const repo = await graphqlRepository(client, ref, body);
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
var GITHUB_WEB_FLOW = "web-flow";
async function commitFactsREST(client, ref, shas) {
  const out = [];
  for (const sha of shas.map(assertOid)) {
    let commit;
    try {
      commit = (await client.octokit.request("GET /repos/{owner}/{repo}/commits/{ref}", { ...ref, ref: sha })).data;
    } catch (e) {
      if (e.status === 422) {
        out.push(missingCommit(sha));
        continue;
      }
      throw e;
    }
    const pulls = (await client.octokit.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
      ...ref,
      commit_sha: sha,
      per_page: PRS_PER_COMMIT
    })).data;
    const verification = commit.commit.verification;
    out.push({
      sha,
      author: {
        name: commit.commit.author?.name ?? "",
        email: commit.commit.author?.email ?? "",
        login: commit.author?.login ?? null
      },
      committer: {
        name: commit.commit.committer?.name ?? "",
        email: commit.commit.committer?.email ?? "",
        login: commit.committer?.login ?? null
      },
      signature: verification && verification.signature ? {
        isValid: verification.verified,
        wasSignedByGitHub: verification.verified && commit.committer?.login === GITHUB_WEB_FLOW
      } : null,
      pullRequests: pulls.map((p) => p.number)
    });
  }
  return out;
}
async function pullRequestsREST(client, ref, numbers) {
  const out = /* @__PURE__ */ new Map();
  for (const number of numbers) {
    let pull;
    try {
      pull = (await client.octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
        ...ref,
        pull_number: number
      })).data;
    } catch (e) {
      if (e.status === 404 && out.size > 0) continue;
      throw e;
    }
    const reviews = await client.octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      ...ref,
      pull_number: number,
      per_page: PAGE
    });
    out.set(number, {
      number,
      url: pull.html_url,
      author: accountFromREST(pull.user),
      headSha: pull.head.sha.toLowerCase(),
      reviews: reviews.filter((r) => r.state !== "PENDING").map((r) => ({
        id: r.id,
        pullRequest: { number, url: pull.html_url },
        reviewer: accountFromREST(r.user),
        state: r.state,
        commitId: r.commit_id ?? null,
        submittedAt: r.submitted_at ?? null,
        bodySha256: sha256Hex(r.body ?? "")
      }))
    });
  }
  return out;
}
function missingCommit(sha) {
  return {
    sha,
    author: { name: "", email: "", login: null },
    committer: { name: "", email: "", login: null },
    signature: null,
    pullRequests: [],
    missing: true
  };
}
async function withApi(client, run) {
  if (!client.authenticated) return { value: await run("rest"), mode: "rest" };
  try {
    return { value: await run("graphql"), mode: "graphql" };
  } catch (e) {
    if (!isGraphQLUnavailable(e)) throw e;
    client.logger.info("GitHub GraphQL API not available here; using the REST API");
    return { value: await run("rest"), mode: "rest" };
  }
}
function fetchCommitFacts(client, mode, ref, shas) {
  return mode === "graphql" ? commitFactsGraphQL(client, ref, shas) : commitFactsREST(client, ref, shas);
}
function fetchPullRequests(client, mode, ref, numbers) {
  return mode === "graphql" ? pullRequestsGraphQL(client, ref, numbers) : pullRequestsREST(client, ref, numbers);
}

// src/core/github/reviews.ts
var REVIEWS_PERMISSION = "pull-requests: read, contents: read";
async function collectReviewEvidence(client, input) {
  const scope = input.allCommits ? "all-commits" : "agent-commits";
  const wanted = input.commits.map((c) => c.toLowerCase());
  const agent = new Set([...input.agentCommits].map((c) => c.toLowerCase()));
  const lookup = [...new Set(input.allCommits ? wanted : wanted.filter((c) => agent.has(c)))];
  const bad = lookup.find((sha) => !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha));
  if (bad !== void 0) throw inputError(`review evidence: ${JSON.stringify(bad)} is not a full commit id`);
  const start = client.requestCount;
  if (lookup.length === 0) {
    return {
      status: "collected",
      scope,
      pullRequests: [],
      commitsWithoutPullRequest: [],
      commits: [],
      requests: 0,
      api: "none"
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
    const pullRequests = [...value.pulls.values()].map((pr) => {
      const reviews = pr.reviews.map(hashReview);
      return {
        number: pr.number,
        url: pr.url,
        author: pr.author,
        headSha: pr.headSha,
        commits: value.commits.filter((c) => c.pullRequests.includes(pr.number)).map((c) => c.sha),
        reviews,
        humanApprovalOfHead: humanApprovalOfHead(pr.author, pr.headSha, pr.reviews)
      };
    });
    const requests = client.requestCount - start;
    client.logger.debug(
      `review evidence: ${lookup.length} commits, ${pullRequests.length} pull requests, ${requests} requests (${mode})`
    );
    return {
      status: "collected",
      scope,
      pullRequests,
      commitsWithoutPullRequest: value.commits.filter((c) => c.pullRequests.length === 0).map((c) => c.sha),
      commits: value.commits,
      requests,
      api: mode
    };
  } catch (e) {
    const failure = classifyGitHubError(e, {
      action: `reading the pull requests and reviews of ${input.owner}/${input.repo}`,
      permission: REVIEWS_PERMISSION,
      authenticated: client.authenticated,
      redact: client.redact
    });
    client.logger.warn(`review evidence unavailable: ${failure.detail}`);
    return {
      status: "unavailable",
      scope,
      reason: failure.reason,
      detail: failure.detail,
      ...failure.resetAt ? { resetAt: failure.resetAt } : {},
      requests: client.requestCount - start
    };
  }
}
var REVIEW_ANCHOR = "#pullrequestreview-";
function reviewUri(record) {
  return `${record.pullRequest.url}${REVIEW_ANCHOR}${record.id}`;
}
function toProvenance(evidence) {
  if (evidence.status === "unavailable") {
    return {
      dependencies: [],
      extension: {
        status: "unavailable",
        scope: evidence.scope,
        reason: evidence.reason,
        detail: evidence.detail
      }
    };
  }
  const dependencies = evidence.pullRequests.flatMap(
    (pr) => pr.reviews.map(({ record, hash }) => ({
      uri: reviewUri(record),
      digest: { sha256: hash },
      annotations: { ...record }
    }))
  );
  return {
    dependencies,
    extension: {
      status: "collected",
      scope: evidence.scope,
      pullRequests: evidence.pullRequests.map((pr) => ({
        number: pr.number,
        url: pr.url,
        author: pr.author,
        headSha: pr.headSha,
        commits: pr.commits,
        humanApprovalOfHead: pr.humanApprovalOfHead,
        reviews: pr.reviews.map((r) => r.hash)
      })),
      commitsWithoutPullRequest: evidence.commitsWithoutPullRequest
    }
  };
}
function isReviewDependency(rd) {
  return typeof rd.uri === "string" && /\/pull\/\d+#pullrequestreview-\d+$/.test(rd.uri) && typeof rd.digest?.sha256 === "string";
}
function reviewFromDependency(rd) {
  if (!isReviewDependency(rd) || !rd.annotations) return void 0;
  const record = pickReviewRecord(rd.annotations);
  if (!record) return void 0;
  const hash = rd.digest.sha256;
  return { record, hash, consistent: reviewHash(record) === hash && rd.uri === reviewUri(record) };
}

export {
  reviewHash,
  isHuman,
  sameAccount,
  withApi,
  fetchPullRequests,
  REVIEWS_PERMISSION,
  collectReviewEvidence,
  reviewUri,
  toProvenance,
  isReviewDependency,
  reviewFromDependency
};
