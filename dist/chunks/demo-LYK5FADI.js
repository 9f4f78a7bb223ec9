import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  renderHtmlReport
} from "./chunk-EIXOZ4NL.js";
import {
  withLineShare
} from "./chunk-X5RT242C.js";
import {
  tagTrailers
} from "./chunk-VNB2XTDB.js";
import "./chunk-5VMFNR4J.js";
import {
  bundleFiles,
  parseSince,
  queryBundleFiles
} from "./chunk-3NT6XQLD.js";
import {
  startDevstack
} from "./chunk-D632DIND.js";
import "./chunk-GHHBSS7M.js";
import "./chunk-RJ4CT563.js";
import {
  parseCommandArgs
} from "./chunk-S3T7RZQK.js";
import {
  paint,
  paintMark,
  printable,
  stderrLogger
} from "./chunk-YIQTWNUV.js";
import "./chunk-6N6C6YJ4.js";
import "./chunk-77AAPUCS.js";
import {
  rangeLines
} from "./chunk-SRMAP4H3.js";
import {
  tagLabel
} from "./chunk-WQYGZFXF.js";
import {
  require_snappyjs
} from "./chunk-WNBNNNBX.js";
import {
  attest
} from "./chunk-CL5GV3PV.js";
import "./chunk-4TZDNRUI.js";
import "./chunk-TR7EY247.js";
import "./chunk-6XR4UJHP.js";
import {
  gatherReleaseFacts,
  releaseFactsCollector
} from "./chunk-ML5ISKQ3.js";
import "./chunk-Q5MK4UZH.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-RUDQGR2Z.js";
import "./chunk-GRKIW7EF.js";
import "./chunk-C7LBO2J6.js";
import "./chunk-NDLFAXTK.js";
import "./chunk-GLZUUL7L.js";
import {
  runGit
} from "./chunk-VH57ZJDG.js";
import "./chunk-5ZPRKU2Z.js";
import "./chunk-2IIGIJZ7.js";
import "./chunk-7BB63ELM.js";
import "./chunk-KLRXLQC3.js";
import "./chunk-QHXSZ2A4.js";
import {
  makeDirectory
} from "./chunk-MC3Q3AIY.js";
import {
  oneLine
} from "./chunk-AIPGSCCH.js";
import "./chunk-BVSQRISZ.js";
import "./chunk-LT4GAFKH.js";
import "./chunk-PQOZZ7PR.js";
import "./chunk-V5Q6FRCK.js";
import "./chunk-EAMJVSOM.js";
import "./chunk-AR6X34HB.js";
import {
  EXTENSION_KEY
} from "./chunk-JXWOESOK.js";
import "./chunk-T7TDKG7L.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import "./chunk-5AKMWIUM.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __require,
  __toESM
} from "./chunk-66GH2WVD.js";

// builtin:node:fs/promises?src/cli/commands/demo.ts
var m = __require("node:fs/promises");
var readdir = m.readdir;
var stat = m.stat;

// builtin:node:path?src/cli/commands/demo.ts
var m2 = __require("node:path");
var demo_default = m2;

// builtin:node:fs/promises?src/demo/index.ts
var m3 = __require("node:fs/promises");
var mkdtemp = m3.mkdtemp;
var rm = m3.rm;

// builtin:node:os?src/demo/index.ts
var m4 = __require("node:os");
var tmpdir = m4.tmpdir;

// builtin:node:path?src/demo/index.ts
var m5 = __require("node:path");
var demo_default2 = m5;

// src/demo/step.ts
var ExpectationFailed = class extends Error {
};
function expect(condition, message) {
  if (!condition) throw new ExpectationFailed(message);
}

// builtin:node:fs/promises?src/demo/steps.ts
var m6 = __require("node:fs/promises");
var appendFile = m6.appendFile;
var copyFile = m6.copyFile;
var mkdtemp2 = m6.mkdtemp;
var readFile = m6.readFile;
var writeFile = m6.writeFile;

// builtin:node:os?src/demo/steps.ts
var m7 = __require("node:os");
var tmpdir2 = m7.tmpdir;

// builtin:node:path?src/demo/steps.ts
var m8 = __require("node:path");
var steps_default = m8;

// builtin:node:http?src/devstack/github.ts
var m9 = __require("node:http");
var createServer = m9.createServer;

// src/devstack/github.ts
var import_snappyjs = __toESM(require_snappyjs(), 1);
var DOCS = "https://docs.github.com/rest";
async function startGitHubServer(seed) {
  const faults = [];
  const requests = [];
  const attestations = [];
  let nextAttestationId = 1e3;
  let base = "";
  const account = (login) => {
    const a = seed.accounts.find((x) => x.login.toLowerCase() === login.toLowerCase());
    if (!a) throw new Error(`seed: unknown account ${login}`);
    return a;
  };
  const restUser = (login) => {
    const a = account(login);
    return {
      login: a.login,
      id: a.id,
      node_id: `U_${a.id}`,
      type: a.type,
      site_admin: false,
      html_url: `${base}/${a.login}`
    };
  };
  const graphqlActor = (login) => {
    const a = account(login);
    const shown = a.type === "Bot" && a.login.endsWith("[bot]") ? a.login.slice(0, -"[bot]".length) : a.login;
    return { __typename: a.type, login: shown, databaseId: a.id };
  };
  const findRepo = (owner, name) => seed.repos.find(
    (r) => r.owner.toLowerCase() === owner.toLowerCase() && r.name.toLowerCase() === name.toLowerCase()
  );
  const commitOf = (repo, sha) => {
    const s = sha.toLowerCase();
    const seeded = repo.commits?.find((c) => c.sha === s);
    if (seeded) return seeded;
    if (repo.pulls?.some((p) => p.commits.includes(s) || p.headSha === s)) return { sha: s };
    return void 0;
  };
  const pullsOf = (repo, sha) => (repo.pulls ?? []).filter((p) => p.commits.includes(sha.toLowerCase()));
  const pullUrl = (repo, n) => `${base}/${repo.owner}/${repo.name}/pull/${n}`;
  const identity = (i, fallback) => i ?? fallback;
  const defaultIdentity = { name: "A Developer", email: "dev@example.com" };
  const restPull = (repo, p) => ({
    url: `${base}/repos/${repo.owner}/${repo.name}/pulls/${p.number}`,
    html_url: pullUrl(repo, p.number),
    number: p.number,
    state: p.mergedAt ? "closed" : "open",
    user: restUser(p.author),
    head: { sha: p.headSha, ref: `branch-${p.number}`, repo: { full_name: `${repo.owner}/${repo.name}` } },
    base: { ref: p.baseRef ?? "main", repo: { full_name: `${repo.owner}/${repo.name}` } },
    merged_at: p.mergedAt ?? null
  });
  const restReview = (repo, p, r) => ({
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: restUser(r.user),
    body: r.body ?? "",
    state: r.state,
    html_url: `${pullUrl(repo, p.number)}#pullrequestreview-${r.id}`,
    pull_request_url: `${base}/repos/${repo.owner}/${repo.name}/pulls/${p.number}`,
    author_association: "MEMBER",
    submitted_at: r.state === "PENDING" ? void 0 : r.submittedAt,
    commit_id: r.commitId
  });
  const restCommit = (repo, c) => {
    const author = identity(c.author, defaultIdentity);
    const committer = identity(c.committer, author);
    return {
      sha: c.sha,
      html_url: `${base}/${repo.owner}/${repo.name}/commit/${c.sha}`,
      commit: {
        author: { name: author.name, email: author.email, date: "2026-01-01T00:00:00Z" },
        committer: { name: committer.name, email: committer.email, date: "2026-01-01T00:00:00Z" },
        message: "commit",
        verification: c.signature ? {
          verified: c.signature.isValid,
          reason: c.signature.isValid ? "valid" : "bad_email",
          signature: "-----BEGIN PGP SIGNATURE-----\n\u2026\n-----END PGP SIGNATURE-----",
          payload: "tree \u2026",
          verified_at: c.signature.isValid ? "2026-01-01T00:00:00Z" : null
        } : { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
      },
      author: author.login ? restUser(author.login) : null,
      committer: c.signature?.wasSignedByGitHub ? { login: "web-flow", id: 19864447, type: "User" } : committer.login ? restUser(committer.login) : null
    };
  };
  const graphqlReviews = (p, args) => {
    const first = Number(/first:\s*(\d+)/.exec(args)?.[1] ?? 100);
    const after = /after:\s*"([^"]*)"/.exec(args)?.[1];
    const start = after ? Number(Buffer.from(after, "base64").toString("utf8").split(":")[1]) : 0;
    const visible = (p.reviews ?? []).filter((r) => r.state !== "PENDING");
    const page = visible.slice(start, start + first);
    const end = start + page.length;
    return {
      pageInfo: {
        hasNextPage: end < visible.length,
        endCursor: page.length > 0 ? Buffer.from(`cursor:${end}`).toString("base64") : null
      },
      nodes: page.map((r) => ({
        databaseId: r.id,
        state: r.state,
        submittedAt: r.submittedAt,
        body: r.body ?? "",
        commit: { oid: r.commitId },
        author: graphqlActor(r.user)
      }))
    };
  };
  const graphqlCommit = (repo, c) => {
    const author = identity(c.author, defaultIdentity);
    const committer = identity(c.committer, author);
    const user = (i) => i.login && account(i.login).type === "User" ? { login: i.login } : null;
    return {
      oid: c.sha,
      author: { name: author.name, email: author.email, user: user(author) },
      committer: { name: committer.name, email: committer.email, user: user(committer) },
      signature: c.signature ? { isValid: c.signature.isValid, wasSignedByGitHub: c.signature.wasSignedByGitHub } : null,
      associatedPullRequests: {
        nodes: pullsOf(repo, c.sha).slice(0, 5).map((p) => ({ number: p.number }))
      }
    };
  };
  const answerGraphQL = (query2, variables, authorized) => {
    if (!authorized)
      return {
        status: 401,
        body: {
          message: "This endpoint requires you to be authenticated.",
          documentation_url: `${DOCS}/graphql`
        }
      };
    const owner = String(variables.owner ?? /owner:\s*"([^"]+)"/.exec(query2)?.[1] ?? "");
    const name = String(variables.repo ?? variables.name ?? /name:\s*"([^"]+)"/.exec(query2)?.[1] ?? "");
    const repo = findRepo(owner, name);
    if (!repo) {
      return {
        status: 200,
        body: {
          data: { repository: null },
          errors: [
            {
              type: "NOT_FOUND",
              path: ["repository"],
              locations: [],
              message: `Could not resolve to a Repository with the name '${owner}/${name}'.`
            }
          ]
        }
      };
    }
    const result = {};
    const errors = [];
    const aliases = [
      ...query2.matchAll(
        /(\w+)\s*:\s*(object|pullRequest)\s*\(\s*(oid|number)\s*:\s*"?([0-9a-fA-F]+)"?\s*\)/g
      )
    ];
    aliases.forEach((m12, i) => {
      const [, alias, field, , key] = m12;
      const text = query2.slice(m12.index, aliases[i + 1]?.index ?? query2.length);
      if (field === "object") {
        const c = commitOf(repo, key);
        result[alias] = c ? graphqlCommit(repo, c) : null;
        return;
      }
      const p = repo.pulls?.find((x) => x.number === Number(key));
      if (!p) {
        result[alias] = null;
        errors.push({
          type: "NOT_FOUND",
          path: ["repository", alias],
          message: `Could not resolve to a PullRequest with the number of ${key}.`
        });
        return;
      }
      const reviewArgs = /reviews\s*\(([^)]*)\)/.exec(text)?.[1] ?? "";
      result[alias] = {
        number: p.number,
        url: pullUrl(repo, p.number),
        headRefOid: p.headSha,
        author: graphqlActor(p.author),
        reviews: graphqlReviews(p, reviewArgs)
      };
    });
    return {
      status: 200,
      body: errors.length > 0 ? { data: { repository: result }, errors } : { data: { repository: result } }
    };
  };
  const link = (path, params, next) => {
    if (!next) return {};
    const q = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) q.set(k, v);
    return { link: `<${base}${path}?${q.toString()}>; rel="next"` };
  };
  const visibleRepo = (owner, name, authorized) => {
    const repo = findRepo(owner, name);
    return repo && (!repo.private || authorized) ? repo : void 0;
  };
  const notFound = { status: 404, body: { message: "Not Found", documentation_url: DOCS, status: "404" } };
  const digestsOf = (bundle) => {
    const payload = bundle.dsseEnvelope?.payload;
    if (!payload) return [];
    const statement = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
    return (statement.subject ?? []).flatMap(
      (s) => Object.entries(s.digest ?? {}).map(([alg, hex]) => `${alg}:${hex}`)
    );
  };
  const listAttestations = (path, params, items) => {
    const perPage = Math.min(Number(params.get("per_page") ?? 30), 100);
    const after = params.get("after");
    const start = after ? Number(Buffer.from(after, "base64").toString("utf8").split(":")[1]) : 0;
    const page = items.slice(start, start + perPage);
    const end = start + page.length;
    return {
      status: 200,
      headers: link(
        path,
        params,
        end < items.length ? { after: Buffer.from(`cursor:${end}`).toString("base64") } : void 0
      ),
      body: {
        attestations: page.map(
          (a) => server.attestationStyle === "inline" ? { bundle: a.bundle, repository_id: a.repositoryId, bundle_url: null } : {
            bundle: null,
            repository_id: a.repositoryId,
            bundle_url: `${base}/bundles/${a.id}?sig=${a.id}-signature`
          }
        )
      }
    };
  };
  const answerREST = (method, path, params, body, authorized) => {
    let m12;
    if (method === "GET" && (m12 = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-fA-F]+)$/.exec(path))) {
      const repo = visibleRepo(m12[1], m12[2], authorized);
      if (!repo) return notFound;
      const c = commitOf(repo, m12[3]);
      if (!c)
        return {
          status: 422,
          body: { message: `No commit found for SHA: ${m12[3]}`, documentation_url: DOCS, status: "422" }
        };
      return { status: 200, body: restCommit(repo, c) };
    }
    if (method === "GET" && (m12 = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-fA-F]+)\/pulls$/.exec(path))) {
      const repo = visibleRepo(m12[1], m12[2], authorized);
      if (!repo) return notFound;
      return { status: 200, body: pullsOf(repo, m12[3]).map((p) => restPull(repo, p)) };
    }
    if (method === "GET" && (m12 = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(path))) {
      const repo = visibleRepo(m12[1], m12[2], authorized);
      const p = repo?.pulls?.find((x) => x.number === Number(m12[3]));
      return repo && p ? { status: 200, body: restPull(repo, p) } : notFound;
    }
    if (method === "GET" && (m12 = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/.exec(path))) {
      const repo = visibleRepo(m12[1], m12[2], authorized);
      const p = repo?.pulls?.find((x) => x.number === Number(m12[3]));
      if (!repo || !p) return notFound;
      const perPage = Math.min(Number(params.get("per_page") ?? 30), 100);
      const page = Number(params.get("page") ?? 1);
      const all = p.reviews ?? [];
      const slice = all.slice((page - 1) * perPage, page * perPage);
      return {
        status: 200,
        headers: link(path, params, page * perPage < all.length ? { page: String(page + 1) } : void 0),
        body: slice.map((r) => restReview(repo, p, r))
      };
    }
    if (method === "POST" && (m12 = /^\/repos\/([^/]+)\/([^/]+)\/attestations$/.exec(path))) {
      if (!authorized)
        return {
          status: 401,
          body: { message: "Requires authentication", documentation_url: DOCS, status: "401" }
        };
      const repo = visibleRepo(m12[1], m12[2], authorized);
      if (!repo) return notFound;
      const bundle = body?.bundle;
      if (!bundle || typeof bundle.mediaType !== "string" || !bundle.dsseEnvelope) {
        return {
          status: 422,
          body: {
            message: "Invalid Argument - bundle is not a Sigstore bundle with a DSSE envelope",
            documentation_url: DOCS,
            status: "422"
          }
        };
      }
      const id = nextAttestationId++;
      attestations.push({
        repo: `${repo.owner}/${repo.name}`,
        repositoryId: repo.id,
        id,
        bundle,
        digests: digestsOf(bundle)
      });
      return { status: 201, body: { id } };
    }
    if (method === "GET" && (m12 = /^\/repos\/([^/]+)\/([^/]+)\/attestations\/([^/]+)$/.exec(path))) {
      const repo = visibleRepo(m12[1], m12[2], authorized);
      if (!repo) return notFound;
      const digest = decodeURIComponent(m12[3]);
      const key = `${repo.owner}/${repo.name}`;
      return listAttestations(
        path,
        params,
        attestations.filter((a) => a.repo === key && a.digests.includes(digest))
      );
    }
    if (method === "GET" && (m12 = /^\/(orgs|users)\/([^/]+)\/attestations\/([^/]+)$/.exec(path))) {
      const owner = seed.accounts.find((a) => a.login.toLowerCase() === m12[2].toLowerCase());
      const isOrg = owner?.type === "Organization";
      if (!owner || isOrg !== (m12[1] === "orgs")) return notFound;
      const digest = decodeURIComponent(m12[3]);
      const visible = attestations.filter((a) => {
        const [o, n] = a.repo.split("/");
        return o.toLowerCase() === owner.login.toLowerCase() && visibleRepo(o, n, authorized) && a.digests.includes(digest);
      });
      return listAttestations(path, params, visible);
    }
    if (method === "GET" && (m12 = /^\/bundles\/(\d+)$/.exec(path))) {
      const a = attestations.find((x) => x.id === Number(m12[1]));
      if (!a || params.get("sig") !== `${a.id}-signature`)
        return { status: 403, body: "AuthenticationFailed" };
      return {
        status: 200,
        raw: Buffer.from((0, import_snappyjs.compress)(new Uint8Array(Buffer.from(JSON.stringify(a.bundle), "utf8")))),
        headers: { "content-type": "application/x-snappy" }
      };
    }
    return notFound;
  };
  const handle = async (req, res) => {
    const url = new URL(req.url ?? "/", base);
    let path = url.pathname;
    if (path.startsWith("/api/v3/")) path = path.slice("/api/v3".length);
    if (path === "/api/graphql") path = "/graphql";
    const method = req.method ?? "GET";
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString("utf8");
    const body = text ? JSON.parse(text) : void 0;
    const auth = req.headers.authorization;
    const token = auth ? auth.replace(/^(token|bearer)\s+/i, "") : void 0;
    const entry = { method, path, authorization: auth !== void 0 };
    if (path === "/graphql") entry.query = String(body?.query ?? "");
    requests.push(entry);
    const send = (a) => {
      const headers = {
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": "4999",
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1e3) + 3600),
        "x-github-request-id": `REQ-${requests.length}`,
        ...a.raw ? {} : { "content-type": "application/json; charset=utf-8" },
        ...a.headers
      };
      res.writeHead(a.status, headers);
      res.end(
        a.raw ?? (a.body === void 0 ? "" : typeof a.body === "string" ? a.body : JSON.stringify(a.body))
      );
    };
    const fault = faults.find(
      (f) => f.left > 0 && (!f.match || f.match.test(`${method} ${path}${url.search}`))
    );
    if (fault) {
      fault.left--;
      send({ status: fault.status, body: fault.body ?? { message: "Server Error" }, headers: fault.headers });
      return;
    }
    if (token !== void 0 && seed.validTokens && !seed.validTokens.includes(token)) {
      send({ status: 401, body: { message: "Bad credentials", documentation_url: DOCS, status: "401" } });
      return;
    }
    const authorized = token !== void 0;
    if (method === "POST" && path === "/graphql") {
      send(
        answerGraphQL(
          String(body?.query ?? ""),
          body?.variables ?? {},
          authorized
        )
      );
      return;
    }
    send(answerREST(method, path, url.searchParams, body, authorized));
  };
  const http = createServer((req, res) => {
    handle(req, res).catch((e) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `test server: ${e instanceof Error ? e.message : String(e)}` }));
    });
  });
  await new Promise((resolve) => http.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${http.address().port}`;
  const findSeedReview = (owner, name, id) => {
    const repo = findRepo(owner, name);
    for (const p of repo?.pulls ?? []) {
      const i = (p.reviews ?? []).findIndex((r) => r.id === id);
      if (i >= 0) return { pull: p, index: i };
    }
    throw new Error(`seed: no review ${id} in ${owner}/${name}`);
  };
  const server = {
    url: base,
    ghesApiUrl: `${base}/api/v3`,
    seed,
    requests,
    get requestCount() {
      return requests.length;
    },
    attestationStyle: "bundle_url",
    attestations,
    inject(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    rateLimit({ resetInSeconds, retryAfter, status = 403, times = 1, match, graphql }) {
      const reset = String(Math.floor(Date.now() / 1e3) + (resetInSeconds ?? 3600));
      if (retryAfter !== void 0) {
        faults.push({
          match,
          status,
          left: times,
          headers: { "retry-after": String(retryAfter) },
          body: {
            message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`
          }
        });
        return;
      }
      faults.push({
        match,
        status: graphql ? 200 : status,
        left: times,
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset, "x-ratelimit-used": "5000" },
        body: graphql ? { errors: [{ type: "RATE_LIMITED", message: "API rate limit already exceeded for user ID 1." }] } : {
          message: "API rate limit exceeded for user ID 1.",
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`
        }
      });
    },
    serverErrors(times, status = 502, match) {
      faults.push({ match, status, left: times, body: { message: "Server Error" } });
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
      pull.reviews[index] = { ...pull.reviews[index], ...change };
    },
    deleteReview(owner, name, id) {
      const { pull, index } = findSeedReview(owner, name, id);
      pull.reviews.splice(index, 1);
    },
    close: () => new Promise((resolve, reject) => {
      http.closeAllConnections();
      http.close((e) => e ? reject(e) : resolve());
    })
  };
  return server;
}

// builtin:node:path?src/demo/scenario.ts
var m10 = __require("node:path");
var scenario_default = m10;

// builtin:node:fs/promises?src/demo/scenario.ts
var m11 = __require("node:fs/promises");
var writeFile2 = m11.writeFile;

// src/demo/scenario.ts
var OWNER = "octo-org";
var REPO = "octo-repo";
var RELEASE_TAG = "v0.1.0";
var ARTIFACT = "dist/app.js";
var RISK_PATH = "src/auth/session.js";
var DANA = { name: "Dana Developer", email: "dana@example.com" };
var SAM = { name: "Sam Contributor", email: "sam@example.com" };
var COPILOT = {
  name: "copilot-swe-agent[bot]",
  email: "198982749+Copilot@users.noreply.github.com"
};
var GITHUB_WEB = { name: "GitHub", email: "noreply@github.com" };
var CURSOR = { name: "Cursor Agent", email: "cursoragent@cursor.com" };
var CLAUDE_CODE_SHELL = {
  CLAUDECODE: "1",
  CLAUDE_CODE_SESSION_ID: "3f6c2a9e-8d41-4c57-9b0e-2a7d5e1c4b86",
  ANTHROPIC_MODEL: "claude-opus-4-5"
};
async function hookTrailers(home) {
  const tag = await tagTrailers(
    {
      messageFile: "",
      gitDir: "",
      cwd: "",
      env: CLAUDE_CODE_SHELL,
      home,
      review: "required",
      fileExists: () => false
    },
    []
  );
  return tag?.all ?? [];
}
var PAYLOAD = "node scripts/dev-setup.js";
var COMMITS = [
  {
    key: "initial",
    label: "a human (before the release range)",
    author: DANA,
    hoursAgo: 24 * 20,
    message: "Initial commit\n",
    files: {
      "README.md": "# octo-repo\n\nA small service.\n",
      ".gitignore": "dist/\n",
      "package.json": '{\n  "name": "octo-repo",\n  "version": "0.1.0",\n  "private": true\n}\n',
      "src/app.js": "import { session } from './auth/session.js';\n\nexport const app = { session };\n",
      "src/auth/session.js": "export const session = { ttlSeconds: 3600 };\n"
    }
  },
  {
    key: "claude",
    label: "Claude Code, by its Co-Authored-By trailer and the commit-time tag; on an auth path",
    author: DANA,
    hoursAgo: 96,
    message: "feat(auth): refresh session tokens before they expire\n\n\u{1F916} Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n",
    files: {
      [RISK_PATH]: "export const session = { ttlSeconds: 3600, refreshBeforeSeconds: 300 };\n\nexport function needsRefresh(expiresAt, now = Date.now()) {\n  return expiresAt - now < session.refreshBeforeSeconds * 1000;\n}\n"
    }
  },
  {
    key: "copilot",
    label: "the Copilot coding agent; its bot opened the pull request",
    author: COPILOT,
    committer: GITHUB_WEB,
    hoursAgo: 72,
    message: "Add a /users endpoint with pagination\n\nCo-authored-by: dana <1001+dana@users.noreply.github.com>\n",
    files: {
      "src/api/users.js": "export function listUsers(users, page = 1, perPage = 20) {\n  return users.slice((page - 1) * perPage, page * perPage);\n}\n"
    }
  },
  {
    key: "cursor",
    label: "the Cursor agent",
    author: CURSOR,
    hoursAgo: 48,
    message: "fix: an empty user list is an empty page\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n",
    files: {
      "src/api/users.js": "export function listUsers(users = [], page = 1, perPage = 20) {\n  return users.slice((page - 1) * perPage, page * perPage);\n}\n"
    }
  },
  {
    key: "config",
    label: "an outside contributor; AI assistant config that runs code on folder open",
    author: SAM,
    hoursAgo: 24,
    message: "chore: share the editor setup\n",
    files: {
      "scripts/dev-setup.js": "// Prepares a developer's machine.\nconsole.log('setting up');\n",
      ".vscode/tasks.json": `${JSON.stringify(
        {
          version: "2.0.0",
          tasks: [
            {
              label: "prepare workspace",
              type: "shell",
              command: PAYLOAD,
              runOptions: { runOn: "folderOpen" },
              presentation: { reveal: "never" }
            }
          ]
        },
        null,
        2
      )}
`,
      ".claude/settings.json": `${JSON.stringify(
        { hooks: { SessionStart: [{ hooks: [{ type: "command", command: PAYLOAD }] }] } },
        null,
        2
      )}
`
    }
  },
  {
    key: "docs",
    label: "a human",
    author: DANA,
    hoursAgo: 2,
    message: "docs: how to run the service\n",
    files: { "README.md": "# octo-repo\n\nA small service. Run it with `node src/app.js`.\n" }
  }
];
async function buildRepository(dir, now) {
  await makeDirectory(dir);
  const git = async (args, input) => {
    const r = await runGit(dir, args, input);
    if (r.code !== 0) {
      throw new AgentAttestError(
        "GIT_ERROR",
        `git ${args[0]} failed in ${dir}: ${r.stderr.trim().split("\n")[0] ?? `exit ${r.code}`}; is git installed and the folder writable?`
      );
    }
    return r.stdout.toString("utf8").trim();
  };
  await git(["init", "-q", "--template=", "-b", "main"]);
  const tagged = { claude: await hookTrailers(scenario_default.join(dir, ".git", "no-home")) };
  await git(["fast-import", "--quiet", "--done"], fastImportScript(now, tagged));
  await git(["-c", "core.hooksPath=/dev/null", "reset", "-q", "--hard"]);
  const shas = (await git(["rev-list", "--reverse", "HEAD"])).split("\n");
  const commits = Object.fromEntries(COMMITS.map((c, i) => [c.key, shas[i]]));
  const story = COMMITS.slice(1).map(
    (c) => `${commits[c.key].slice(0, 7)}  ${c.message.split("\n")[0]}  (${c.label})`
  );
  return { path: dir, commits, head: shas.at(-1), story };
}
function fastImportScript(now, tagged) {
  const out = [];
  const data = (text) => `data ${Buffer.byteLength(text)}
${text}`;
  const who = (p, hoursAgo) => `${p.name} <${p.email}> ${Math.floor(now.getTime() / 1e3) - hoursAgo * 3600} +0000`;
  COMMITS.forEach((c, i) => {
    out.push(
      "commit refs/heads/main",
      `mark :${i + 1}`,
      `author ${who(c.author, c.hoursAgo)}`,
      `committer ${who(c.committer ?? c.author, c.hoursAgo)}`,
      data(tagged[c.key] ? `${c.message}${tagged[c.key].map((t) => `${t}
`).join("")}` : c.message)
    );
    if (i > 0) out.push(`from :${i}`);
    for (const [file, content] of Object.entries(c.files)) out.push(`M 100644 inline ${file}`, data(content));
    out.push("");
    if (c.key === "initial") out.push(`reset refs/tags/${RELEASE_TAG}`, `from :${i + 1}`, "");
  });
  out.push("done", "");
  return out.join("\n");
}
async function buildArtifact(repo) {
  const files = ["src/auth/session.js", "src/api/users.js", "src/app.js"];
  const sources = await Promise.all(
    files.map(async (f) => {
      const r = await runGit(repo.path, ["show", `HEAD:${f}`]);
      return `// ${f}
${r.stdout.toString("utf8")}`;
    })
  );
  const artifact = scenario_default.join(repo.path, ARTIFACT);
  await makeDirectory(scenario_default.dirname(artifact));
  await writeFile2(artifact, sources.join("\n"));
  return artifact;
}
var PULLS = { claude: 11, copilot: 12, cursor: 13, config: 14 };
var REVIEWER = "alex";
function githubSeed(repo, now) {
  const at = (hoursAgo) => new Date(now.getTime() - hoursAgo * 36e5).toISOString();
  const pull = (key, author, hoursAgo, reviews) => ({
    number: PULLS[key],
    author,
    headSha: repo.commits[key],
    commits: [repo.commits[key]],
    mergedAt: at(hoursAgo - 1),
    reviews: reviews.map((r) => ({ ...r, commitId: repo.commits[key], submittedAt: at(hoursAgo - 0.5) }))
  });
  return {
    accounts: [
      { login: OWNER, id: 987654321, type: "Organization" },
      { login: "dana", id: 1001, type: "User" },
      { login: REVIEWER, id: 1002, type: "User" },
      { login: "sam", id: 1003, type: "User" },
      { login: "Copilot", id: 198982749, type: "Bot" }
    ],
    repos: [
      {
        owner: OWNER,
        name: REPO,
        id: 123456789,
        pulls: [
          pull("claude", "dana", 96, [
            { id: 9101, user: REVIEWER, state: "COMMENTED", body: "Looks plausible; I have not run it." }
          ]),
          pull("copilot", "Copilot", 72, [{ id: 9201, user: REVIEWER, state: "APPROVED" }]),
          pull("cursor", "dana", 48, [{ id: 9301, user: REVIEWER, state: "APPROVED" }]),
          pull("config", "sam", 24, [])
        ]
      }
    ]
  };
}
function lateApprovals(repo, now) {
  const submittedAt = now.toISOString();
  return [
    {
      pull: PULLS.claude,
      review: { id: 9102, user: REVIEWER, state: "APPROVED", commitId: repo.commits.claude, submittedAt }
    },
    {
      pull: PULLS.config,
      review: { id: 9401, user: REVIEWER, state: "APPROVED", commitId: repo.commits.config, submittedAt }
    }
  ];
}
var POLICY = `# The demo's deploy gate (docs/policy.md)
version: 1
agents:
  allowed-agents: [claude-code, copilot-coding-agent, cursor]
reviews:
  require-human-review: true
  protected-paths:
    - paths: ['src/auth/**']
      min-approvals: 1
surfaces:
  executable-changes: review
freshness:
  max-age: 30d
`;

// src/demo/steps.ts
var GITHUB_TOKEN = "demo-token-not-a-secret";
var EVIL_REF = "refs/heads/main-evil";
var AGENTS = ["claude-code", "copilot-coding-agent", "cursor"];
function need(value, what) {
  expect(value !== void 0, `an earlier step did not provide ${what}`);
  return value;
}
function rel(state, file) {
  return steps_default.relative(state.work, file) || ".";
}
var repository = {
  id: "repository",
  async run(state) {
    const repo = await buildRepository(steps_default.join(state.work, "repo"), state.now());
    state.repo = repo;
    state.artifact = await buildArtifact(repo);
    state.policyPath = steps_default.join(state.work, "policy.yml");
    await writeFile(state.policyPath, POLICY);
    return {
      summary: `a repository whose release range (${RELEASE_TAG}..main) has ${repo.story.length} commits: three by coding agents, two by people`,
      details: [
        ...repo.story,
        `built ${ARTIFACT} from it; the deploy policy is ${rel(state, state.policyPath)}`
      ]
    };
  }
};
var services = {
  id: "devstack",
  async run(state) {
    const repo = need(state.repo, "the repository");
    const stack = await startDevstack({ logger: state.logger, claims: { sha: repo.head } });
    state.cleanup.push(() => stack.close());
    state.stack = stack;
    const files = await stack.writeFiles(steps_default.join(state.work, "trust"));
    state.trustedRootPath = files.trustedRootPath;
    state.signingConfigPath = files.signingConfigPath;
    state.workflow = String(stack.claims["job_workflow_ref"]);
    const github = await startGitHubServer({ ...githubSeed(repo, state.now()), validTokens: [GITHUB_TOKEN] });
    state.cleanup.push(() => github.close());
    state.github = github;
    return {
      summary: `devstack on ${stack.url} (Fulcio-compatible CA, Rekor-compatible log, TSA, OIDC tokens) and a GitHub API on ${github.url} holding the ${Object.keys(PULLS).length} pull requests`,
      details: [`signer: the stand-in release job ${state.workflow}`],
      command: `agent-attest devstack --out ${rel(state, steps_default.dirname(files.trustedRootPath))}`
    };
  }
};
async function attestRelease(state, bundle, opts = {}) {
  const repo = need(state.repo, "the repository");
  const stack = need(state.stack, "the devstack");
  const github = need(state.github, "the GitHub API");
  const env = {
    githubActions: false,
    idTokenRequestUrl: stack.idTokenRequestUrl,
    idTokenRequestToken: stack.idTokenRequestToken,
    serverUrl: "https://github.com",
    apiUrl: github.url
  };
  let facts = opts.facts;
  const collector = releaseFactsCollector({
    reviews: "agent-commits",
    githubToken: GITHUB_TOKEN,
    githubApiUrl: github.url,
    serverUrl: env.serverUrl,
    repository: `${OWNER}/${REPO}`
  });
  const result = await attest(
    {
      subjects: { paths: [ARTIFACT] },
      workspace: repo.path,
      repoPath: repo.path,
      sign: true,
      sigstore: need(state.signingConfigPath, "the signing config"),
      bundleOut: bundle,
      ...opts.token ? { identityToken: opts.token } : {},
      hashThreads: 1
    },
    {
      env,
      cwd: state.work,
      logger: state.logger,
      collectFacts: async (ctx) => facts ??= await collector.collect(ctx)
    }
  );
  expect(
    result.signed && result.attestations[0]?.bundlePath === bundle,
    `attest: no signed bundle at ${bundle}`
  );
  return { result, facts: need(facts, "the release facts") };
}
function attestCommand(state, bundle) {
  return `GITHUB_TOKEN=\u2026 agent-attest attest --subject-path ${ARTIFACT} --repository ${OWNER}/${REPO} --github-api-url \u2026 --sigstore ${rel(state, need(state.signingConfigPath, "the signing config"))} --bundle-out ${rel(state, bundle)}`;
}
var attestStep = {
  id: "attest",
  async run(state) {
    state.releasesDir = steps_default.join(state.work, "releases");
    const bundle = steps_default.join(state.releasesDir, "app-1.sigstore.json");
    const { result, facts } = await attestRelease(state, bundle);
    state.bundle = bundle;
    state.facts = facts;
    const out = result.attestations[0];
    return {
      summary: `attested ${ARTIFACT}: SLSA provenance with the agent footprint, signed keylessly${out.tlogEntry ? ` (log index ${out.tlogEntry.logIndex})` : ""}`,
      details: [`bundle ${rel(state, bundle)}, signed by ${out.signer?.identity ?? "unknown"}`],
      command: attestCommand(state, bundle)
    };
  }
};
var footprint = {
  id: "footprint",
  async run(state) {
    const bundle = need(state.bundle, "a bundle");
    const statementPath = bundle.replace(/\.sigstore\.json$/, ".intoto.json");
    const statement = JSON.parse(await readFile(statementPath, "utf8"));
    const ext = statement.predicate[EXTENSION_KEY];
    expect(ext, `footprint: the statement ${rel(state, statementPath)} has no agent-attest extension`);
    const t = ext.totals;
    const agents = Object.keys(t.byAgent).sort();
    expect(
      agents.join(",") === AGENTS.join(","),
      `footprint: expected the agents ${AGENTS.join(", ")}, the statement records ${agents.join(", ") || "none"}`
    );
    const surfaces = ext.surfaces ?? [];
    const executable = surfaces.filter((s) => s.capabilities.includes("EXEC"));
    expect(
      executable.some((s) => s.path === ".vscode/tasks.json") && executable.some((s) => s.path === ".claude/settings.json"),
      `footprint: expected the folder-open task and the SessionStart hook as executable config changes, found ${surfaces.map((s) => s.path).join(", ") || "none"}`
    );
    const tagged = (statement.predicate.buildDefinition.resolvedDependencies ?? []).flatMap((d) => {
      const tag = d.annotations?.commitTag;
      return tag && d.digest?.gitCommit ? [`${d.digest.gitCommit.slice(0, 7)} ${tagLabel(tag)}`] : [];
    });
    expect(
      t.taggedCommits === 1 && tagged.length === 1,
      `footprint: expected the Claude Code commit tagged at commit time, the statement records ${t.taggedCommits} tagged commits`
    );
    const reviews = ext.reviews;
    expect(
      reviews?.status === "collected",
      `footprint: review evidence was not collected (${JSON.stringify(reviews)})`
    );
    const strongest = (id) => {
      const s = t.byAgent[id].byStrength;
      return s.verified > 0 ? "verified" : s.declared > 0 ? "declared" : "inferred";
    };
    const pct = Math.round(100 * t.agentCommits / Math.max(1, t.commits));
    const prs = reviews.pullRequests.map(
      (p) => `#${p.number} ${p.humanApprovalOfHead ? "approved" : "NOT approved"}`
    );
    return {
      summary: `footprint: ${t.agentCommits} of ${t.commits} commits by coding agents (${pct}%), ${executable.length} executable AI config changes`,
      details: [
        `agents     ${agents.map((id) => `${id} ${t.byAgent[id].commits} (${strongest(id)})`).join(", ")}`,
        `models     ${Object.entries(t.byModel).map(([m12, v]) => `${oneLine(m12)} ${v.commits}`).join(", ")}`,
        `risk       ${Object.entries(t.riskPaths).map(([cat, v]) => `${cat}: ${v.commits} agent commit(s)`).join(", ") || "none"} (${RISK_PATH})`,
        ...surfaces.map(
          (s) => `surface    ${(s.risk ?? "").toUpperCase()} ${oneLine(s.path)} ${s.change} [${s.capabilities.join(" ")}]${s.reasons?.[0] ? `: ${oneLine(s.reasons[0])}` : ""}`
        ),
        `tagged     ${t.taggedCommits} of ${t.agentCommits} agent commits at commit time: ${oneLine(tagged[0])}`,
        `reviews    ${prs.join(", ")}`
      ],
      command: `agent-attest scan --repo-path ${rel(state, need(state.repo, "the repository").path)}`
    };
  }
};
async function reportFolder(state) {
  return state.kept ? state.work : await mkdtemp2(steps_default.join(tmpdir2(), "agent-attest-report-"));
}
var report = {
  id: "report",
  async run(state) {
    const repo = need(state.repo, "the repository");
    const github = need(state.github, "the GitHub API");
    const facts = await gatherReleaseFacts(
      repo.path,
      {
        reviews: "agent-commits",
        githubToken: GITHUB_TOKEN,
        githubApiUrl: github.url,
        serverUrl: "https://github.com",
        repository: `${OWNER}/${REPO}`
      },
      state.logger
    );
    const scan = await withLineShare(repo.path, facts.scan, { logger: state.logger });
    const html = renderHtmlReport(scan, { rangeLines: await rangeLines(repo.path, scan.range) });
    const file = steps_default.join(await reportFolder(state), "report.html");
    await writeFile(file, html);
    const share = scan.lineShare;
    expect(
      share.agentLines > 0 && html.includes('id="pull-requests-table"'),
      `report: expected agent lines and the pull requests in the HTML report, found ${share.agentLines} agent lines`
    );
    return {
      summary: `the HTML report: ${share.agentLines} of ${share.lines} lines at head (${(100 * share.share).toFixed(0)}%) last changed by coding agents, with charts, the config changes and the reviews`,
      details: [`open ${file} in a browser`],
      command: `GITHUB_TOKEN=\u2026 agent-attest scan --repo-path ${rel(state, repo.path)} --reviews agent-commits --repository ${OWNER}/${REPO} --github-api-url \u2026 --line-share --format html --output ${state.kept ? rel(state, file) : "report.html"}`
    };
  }
};
async function gate(state, artifact, bundle, policy) {
  return state.gate(
    {
      artifacts: [artifact],
      bundlePaths: [bundle],
      trustedRoot: need(state.trustedRootPath, "the trusted root"),
      identity: { signerWorkflow: need(state.workflow, "the signer workflow") },
      ...policy ? { policyFile: need(state.policyPath, "the policy") } : {}
    },
    {
      logger: state.logger,
      env: {
        githubActions: false,
        serverUrl: "https://github.com",
        apiUrl: need(state.github, "the GitHub API").url
      }
    }
  );
}
function gateCommand(state, artifact, bundle, policy) {
  return `agent-attest verify ${rel(state, artifact)} --bundle ${rel(state, bundle)} --trusted-root ${rel(state, need(state.trustedRootPath, "the trusted root"))} --signer-workflow ${need(state.workflow, "the signer workflow")}` + (policy ? ` --policy ${rel(state, need(state.policyPath, "the policy"))}` : "");
}
function rules(result) {
  return [...result.judgements.values()].flatMap((j) => j.policy?.rules ?? []);
}
var gateRefuses = {
  id: "gate-refuses",
  async run(state) {
    const artifact = need(state.artifact, "the artifact");
    const bundle = need(state.bundle, "a bundle");
    const result = await gate(state, artifact, bundle, true);
    expect(result.report.ok, `gate: the signature did not verify: ${result.reasons.join("; ")}`);
    const failing = rules(result).filter((r) => r.status === "fail");
    const ids = failing.map((r) => r.id).sort();
    const want = [
      "protected-paths.approvals",
      "reviews.declared",
      "reviews.human-approval",
      "surfaces.executable-changes"
    ];
    expect(
      !result.pass && ids.join(",") === want.join(","),
      `gate: expected it to fail on ${want.join(", ")}; ${result.pass ? "it passed" : `it failed on ${ids.join(", ") || "nothing"}`}`
    );
    return {
      summary: `the deploy gate refuses ${ARTIFACT}: signature and signer fine, ${failing.length} policy rules fail`,
      details: failing.map((r) => `FAIL ${r.id}: ${oneLine(r.reason)}`),
      command: gateCommand(state, artifact, bundle, true)
    };
  }
};
var approval = {
  id: "approval",
  async run(state) {
    const repo = need(state.repo, "the repository");
    const github = need(state.github, "the GitHub API");
    const approvals = lateApprovals(repo, state.now());
    for (const a of approvals) github.addReview(OWNER, REPO, a.pull, a.review);
    const bundle = steps_default.join(need(state.releasesDir, "the releases folder"), "app-2.sigstore.json");
    const { facts } = await attestRelease(state, bundle);
    state.bundle = bundle;
    state.facts = facts;
    const result = await gate(state, need(state.artifact, "the artifact"), bundle, true);
    const all = rules(result);
    expect(
      result.pass,
      `approval: expected the gate to pass after the approvals; it failed: ${result.reasons.join("; ")}`
    );
    return {
      summary: `${REVIEWER} approves #${PULLS.claude} and #${PULLS.config} on GitHub; re-attested, the gate passes (${all.length} rules)`,
      details: all.map((r) => `${r.status.toUpperCase()} ${r.id}: ${oneLine(r.reason)}`),
      command: gateCommand(state, need(state.artifact, "the artifact"), bundle, true)
    };
  }
};
function expectRejected(result, code, what) {
  const { report: report2 } = result;
  const accepted = report2.artifacts.filter((a) => a.ok);
  expect(!result.pass && accepted.length === 0, `${what} verified; it must be rejected`);
  const failures = report2.artifacts.flatMap((a) => a.failures);
  const wrong = failures.filter((f) => f.code !== code);
  expect(
    failures.length > 0 && wrong.length === 0,
    `${what} was rejected for another reason than ${code}: ${wrong.map((f) => `${f.code} ${f.reason}`).join("; ") || "no failure recorded"}`
  );
  return `${code}: ${oneLine(failures[0].reason)}`;
}
var tampered = {
  id: "tampered-artifact",
  async run(state) {
    const artifact = need(state.artifact, "the artifact");
    const copy = steps_default.join(state.work, "tampered", steps_default.basename(artifact));
    await makeDirectory(steps_default.dirname(copy));
    await copyFile(artifact, copy);
    await appendFile(copy, "\nconsole.log('injected after the build');\n");
    const bundle = need(state.bundle, "a bundle");
    const reason = expectRejected(
      await gate(state, copy, bundle, true),
      "SUBJECT_MISMATCH",
      "the tampered copy"
    );
    return {
      summary: `a tampered copy of ${ARTIFACT} (one line appended) is rejected`,
      details: [reason],
      command: gateCommand(state, copy, bundle, true)
    };
  }
};
var lookAlike = {
  id: "look-alike-signer",
  async run(state) {
    const stack = need(state.stack, "the devstack");
    const token = await stack.issueToken({ claims: { ref: EVIL_REF } });
    const bundle = steps_default.join(state.work, "attacker", "app.sigstore.json");
    const { result } = await attestRelease(state, bundle, {
      token,
      facts: need(state.facts, "the release facts")
    });
    const reason = expectRejected(
      await gate(state, need(state.artifact, "the artifact"), bundle, true),
      "IDENTITY_MISMATCH",
      "the look-alike signer's bundle"
    );
    return {
      summary: `a bundle signed by ${result.attestations[0]?.signer?.identity ?? "another workflow"} is rejected`,
      details: [reason],
      command: gateCommand(state, need(state.artifact, "the artifact"), bundle, true)
    };
  }
};
var query = {
  id: "query",
  async run(state) {
    const dir = need(state.releasesDir, "the releases folder");
    const result = await queryBundleFiles(await bundleFiles(dir), {
      since: parseSince("30d", state.now()),
      trustedRoot: need(state.trustedRootPath, "the trusted root"),
      identity: { signerWorkflow: need(state.workflow, "the signer workflow") }
    });
    expect(
      result.skipped.length === 0,
      `query: ${result.skipped.length} bundle(s) did not verify: ${result.skipped.map((s) => s.reason).join("; ")}`
    );
    expect(
      result.rows.length === 2 && result.rows.every((r) => r.subject.name === ARTIFACT && r.agents.join(",") === AGENTS.join(",")),
      `query: expected ${ARTIFACT} from both releases with ${AGENTS.join(", ")}; got ${result.rows.map((r) => `${r.subject.name} (${r.agents.join(", ")})`).join("; ") || "no rows"}`
    );
    return {
      summary: `which artifacts contain agent code from the last 30 days? ${ARTIFACT}, in both signed releases`,
      details: result.rows.map(
        (r) => `${r.signedAt?.slice(0, 19).replace("T", " ") ?? "(no time)"}  ${r.subject.name}  sha256:${(r.subject.digest["sha256"] ?? "").slice(0, 12)}  ${r.agents.join(", ")}  ${r.commits.length} agent commit(s) of ${r.rangeCommits}`
      ),
      command: `agent-attest query ${rel(state, dir)} --since 30d --trusted-root ${rel(state, need(state.trustedRootPath, "the trusted root"))} --signer-workflow ${need(state.workflow, "the signer workflow")}`
    };
  }
};
var DEMO_STEPS = [
  repository,
  services,
  attestStep,
  footprint,
  report,
  gateRefuses,
  approval,
  tampered,
  lookAlike,
  query
];

// src/demo/index.ts
async function runDemo(options = {}) {
  const started = performance.now();
  const work = options.workDir ?? await mkdtemp(demo_default2.join(tmpdir(), "agent-attest-demo-"));
  const state = {
    work,
    kept: options.workDir !== void 0,
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    logger: options.logger ?? silentLogger,
    gate: options.gate ?? (async (o, d) => (await import("./gate-SD2ULPYQ.js")).runGate(o, d)),
    cleanup: []
  };
  const steps = [];
  try {
    for (const step of options.steps ?? DEMO_STEPS) {
      const t0 = performance.now();
      let result;
      try {
        const outcome = await step.run(state);
        result = {
          id: step.id,
          ok: true,
          summary: outcome.summary,
          details: outcome.details ?? [],
          ...outcome.command ? { command: outcome.command } : {},
          ms: Math.round(performance.now() - t0)
        };
      } catch (e) {
        const what = e instanceof ExpectationFailed ? e.message : `${step.id} failed: ${messageOf(e)}`;
        result = {
          id: step.id,
          ok: false,
          summary: oneLine(what),
          details: [],
          ms: Math.round(performance.now() - t0)
        };
      }
      steps.push(result);
      options.onStep?.(result);
      if (!result.ok) break;
    }
  } finally {
    for (const close of state.cleanup.reverse()) await close().catch(() => {
    });
    if (!options.workDir) await rm(work, { recursive: true, force: true });
  }
  const failed = steps.find((s) => !s.ok);
  return {
    ok: failed === void 0,
    ...failed ? { failedStep: failed.id } : {},
    steps,
    ms: Math.round(performance.now() - started),
    ...options.workDir ? { keptIn: work } : {}
  };
}

// src/cli/commands/demo.ts
var HELP = `usage: agent-attest demo [--keep DIR] [--format text|json] [--verbose]

Shows what agent-attest is for, on this machine, with no network (about 5 s). It builds a small repository
whose release has commits by Claude Code (tagged at commit time by agent-attest's hook, with a declared
review requirement), the Copilot coding agent and Cursor (one on an auth path), a human's commits, and an
AI-assistant config change that runs code when the folder is opened; starts a local Sigstore stack and a
local GitHub API with the pull requests and reviews; then

  attests and signs the release, shows its agent footprint (agents, models, share, config changes, reviews),
  writes the HTML report (scan --line-share --format html) and prints where it is, runs a deploy gate
  whose policy refuses it (unreviewed agent code on src/auth, a declared review requirement not met, an
  executable config change), adds a human approval and shows the gate pass, rejects a tampered artifact
  and a look-alike signer, and asks which artifacts contain agent code from the last 30 days.

Each step prints the CLI command that does the same thing.

  --keep DIR          work in DIR (new or empty) and keep the repository, bundles, policy, trusted root and
                      report.html (default: a temporary folder, removed at the end; the report is kept in
                      a folder of its own)
  --format text|json  the story (default) or one JSON object on stdout
  --verbose           the library's progress lines on stderr
  -h, --help          this help

Exit codes: 0 every step behaved as expected; 1 a step did not (its name is printed); 2 bad usage.
`;
var OPTIONS = {
  keep: { type: "string" },
  format: { type: "string" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function run(argv, io, deps = {}) {
  const { values } = parseCommandArgs("demo", argv, OPTIONS, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new AgentAttestError("USAGE", `--format must be text or json, not '${format}'.`);
  }
  const keep = values.keep === void 0 ? void 0 : await keepFolder(values.keep, io.cwd);
  const mark = io.isTTY ? { ok: paint(io, "stdout", "pass", "\u2714"), fail: paint(io, "stdout", "fail", "\u2718") } : { ok: "[ok]", fail: "[FAIL]" };
  if (format === "text") {
    io.stdout(
      "agent-attest demo: a release with agent-written code, from commit to deploy gate (127.0.0.1 only, no network)\n"
    );
  }
  const result = await runDemo({
    ...keep ? { workDir: keep } : {},
    logger: deps.logger ?? (values.verbose ? stderrLogger(io, true) : void 0),
    ...deps.gate ? { gate: deps.gate } : {},
    ...deps.steps ? { steps: deps.steps } : {},
    onStep: format === "text" ? (s) => io.stdout(renderStep(s, mark, (line) => paintMark(io, "stdout", line))) : void 0
  });
  if (format === "json") io.stdout(`${JSON.stringify(result, null, 2)}
`);
  else if (result.ok) io.stdout(renderDone(result, mark.ok));
  if (!result.ok) {
    const failed = result.steps.find((s) => !s.ok);
    io.stderr(
      `${paint(io, "stderr", "error", "agent-attest demo:")} step '${result.failedStep}' did not behave as expected: ${printable(failed?.summary ?? "")}
`
    );
    return 1;
  }
  return 0;
}
function renderStep(s, marks, mark) {
  const lines = [`${s.ok ? marks.ok : marks.fail} ${printable(s.summary)}`];
  for (const d of s.details) lines.push(`    ${mark(printable(d))}`);
  if (s.command) lines.push(`    $ ${printable(s.command)}`);
  return `${lines.join("\n")}
`;
}
function renderDone(result, ok) {
  const where = result.keptIn ? `; everything is in ${result.keptIn}` : " (its temporary files are removed, the report is kept; keep everything with --keep DIR)";
  return `${ok} done: every step behaved as expected in ${(result.ms / 1e3).toFixed(1)} s${where}
`;
}
async function keepFolder(given, cwd) {
  const dir = demo_default.resolve(cwd, given);
  const info = await stat(dir).catch((e) => e.code === "ENOENT" ? void 0 : e);
  if (info instanceof Error) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `--keep ${given}: cannot use it (${info.code ?? info.message}); pass a new or empty folder.`
    );
  }
  if (info && !info.isDirectory()) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `--keep ${given}: is a file; pass a folder to keep the demo's files in (a new one, e.g. ${given}.demo).`
    );
  }
  if (info && (await readdir(dir)).length > 0) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `--keep ${given}: the folder is not empty; pass a new or empty folder (the demo writes a repository, bundles and keys' trust files into it).`
    );
  }
  return dir;
}
export {
  HELP,
  run
};
