import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  modelGlobMatch,
  pathGlobMatch,
  policyInput
} from "./chunk-4DOPS3PT.js";
import {
  findAttestations
} from "./chunk-6P25JUSH.js";
import {
  assertIdentityPolicy,
  bundlesFromDocuments,
  checkIdentity,
  createVerifier,
  loadBundles,
  loadTrustMaterial,
  parseStatement
} from "./chunk-6FXDIVOI.js";
import {
  parseCommandArgs
} from "./chunk-PTPHAN3V.js";
import {
  printable,
  stderrLogger
} from "./chunk-ZF27FJB5.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-BC4RK32Z.js";
import "./chunk-GDUZ724F.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-ZT4YJNZB.js";
import {
  SLSA_PROVENANCE_V1
} from "./chunk-JXWOESOK.js";
import {
  readEnvironment
} from "./chunk-3FI7WC32.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  createGitHubClient
} from "./chunk-SSTW24TV.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import "./chunk-66GH2WVD.js";

// src/core/query/index.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
var BUNDLE_FILE = /\.(json|jsonl|sigstore)$/i;
var STATEMENT_FILE = /\.intoto\.jsonl?$/i;
var MAX_BUNDLE_FILES = 1e4;
function notABundle(problem) {
  return problem !== void 0 && (/^not a JSON object/.test(problem) || /^unsupported bundle media type (?!"application\/vnd\.dev\.sigstore\.bundle)/.test(problem));
}
async function bundleFiles(dir) {
  let info;
  try {
    info = await stat(dir);
  } catch (e) {
    throw new AgentAttestError(
      "FILE_NOT_FOUND",
      `${dir}: no such file or folder; pass a folder of bundles.`,
      { cause: e }
    );
  }
  if (info.isFile()) return [dir];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && BUNDLE_FILE.test(e.name) && !STATEMENT_FILE.test(e.name)).map((e) => path.join(e.parentPath, e.name)).sort();
  if (files.length > MAX_BUNDLE_FILES) {
    throw new AgentAttestError(
      "USAGE",
      `${dir} holds ${files.length} bundle files (at most ${MAX_BUNDLE_FILES}); point query at a narrower folder.`
    );
  }
  return files;
}
async function queryBundleFiles(files, options = {}) {
  const bundles = [];
  const unreadable = [];
  for (const file of files) {
    try {
      bundles.push(...await loadBundles(file));
    } catch (e) {
      unreadable.push({ bundle: { path: file, index: 0 }, reason: messageOf(e) });
    }
  }
  const result = await queryBundles(bundles, options);
  return { ...result, ignored: [...unreadable, ...result.ignored] };
}
async function queryGitHubAttestations(source, options = {}) {
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(source.repository);
  if (!m)
    throw new AgentAttestError(
      "USAGE",
      `--github-repository ${JSON.stringify(source.repository)} is not OWNER/REPO; pass e.g. octo-org/app.`
    );
  const client = createGitHubClient({ token: source.token, apiUrl: source.apiUrl, logger: options.logger });
  const found = [];
  for (const digest of source.digests) {
    found.push(
      ...await findAttestations(
        client,
        { owner: m[1], repo: m[2], predicateType: options.predicateType ?? SLSA_PROVENANCE_V1 },
        digest
      )
    );
  }
  if (found.length === 0)
    return { signerPinned: false, scanned: 0, rows: [], filteredOut: 0, skipped: [], ignored: [] };
  return queryBundles(
    bundlesFromDocuments(
      found.map((f) => f.bundle),
      `${source.repository} attestation`
    ),
    options
  );
}
async function queryBundles(bundles, options = {}) {
  const log = options.logger ?? silentLogger;
  const identity = options.identity;
  const signerPinned = identity !== void 0 && hasPins(identity);
  if (signerPinned) assertIdentityPolicy(identity);
  const trust = await loadTrustMaterial(options.trustedRoot);
  const verifier = createVerifier(trust);
  const predicateType = options.predicateType ?? SLSA_PROVENANCE_V1;
  const rows = [];
  const skipped = [];
  const ignored = [];
  let filteredOut = 0;
  for (const loaded of bundles) {
    const where = loaded.source;
    if (!loaded.bundle) {
      (notABundle(loaded.problem) ? ignored : skipped).push({
        bundle: where,
        reason: loaded.problem ?? "invalid bundle"
      });
      continue;
    }
    let signature;
    try {
      signature = verifier.verify(loaded.bundle);
    } catch (e) {
      skipped.push({ bundle: where, reason: `unexpected error: ${messageOf(e)}` });
      continue;
    }
    if (!signature.ok) {
      skipped.push({ bundle: where, reason: `${signature.code}: ${signature.reason}` });
      continue;
    }
    if (signerPinned) {
      const who = signature.signer ? checkIdentity(signature.signer, identity) : { ok: false, reasons: ["no certificate"] };
      if (!who.ok) {
        skipped.push({ bundle: where, reason: `IDENTITY_MISMATCH: ${who.reasons.join("; ")}` });
        continue;
      }
    }
    const parsed = parseStatement(loaded.bundle, predicateType);
    if (!parsed.ok) {
      skipped.push({ bundle: where, reason: `${parsed.code}: ${parsed.reason}` });
      continue;
    }
    const input = policyInput({
      statement: parsed.statement,
      signer: signature.signer,
      timestamps: signature.timestamps.map((t) => t.time)
    });
    if (options.since && !(input.signedAt && input.signedAt >= options.since)) {
      filteredOut++;
      continue;
    }
    const commits = matchingCommits(input, options);
    if (commits.length === 0) {
      filteredOut++;
      continue;
    }
    const agents = [...new Set(commits.flatMap((c) => c.agents.map((a) => a.id)))].sort();
    const models = [
      ...new Set(commits.flatMap((c) => c.agents.flatMap((a) => a.model ? [a.model] : [])))
    ].sort();
    for (const subject of input.subjects) {
      rows.push({
        subject,
        bundle: where,
        signedAt: input.signedAt?.toISOString(),
        signer: input.signer.buildSignerUri,
        repository: input.signer.sourceRepositoryUri,
        ref: input.signer.sourceRepositoryRef,
        agents,
        models,
        commits,
        rangeCommits: input.rangeCommits
      });
    }
  }
  rows.sort(
    (a, b) => (b.signedAt ?? "").localeCompare(a.signedAt ?? "") || a.subject.name.localeCompare(b.subject.name)
  );
  log.debug(
    `query: ${bundles.length} bundle(s), ${rows.length} row(s), ${skipped.length} skipped, ${filteredOut} filtered out`
  );
  return { signerPinned, scanned: bundles.length - ignored.length, rows, filteredOut, skipped, ignored };
}
function hasPins(identity) {
  return Object.entries(identity).some(([k, v]) => v !== void 0 && v !== false && k !== "oidcIssuer");
}
function matchingCommits(input, filters) {
  const out = [];
  for (const c of input.commits) {
    let agents = c.agents;
    if (filters.agent !== void 0) agents = agents.filter((a) => a.id === filters.agent);
    if (filters.model !== void 0) {
      const glob = [filters.model];
      agents = agents.filter(
        (a) => [a.model, a.modelRaw].some((m) => m !== void 0 && modelGlobMatch(m, glob))
      );
    }
    if (agents.length === 0) continue;
    if (filters.path !== void 0) {
      const surfacePaths = input.surfaces.filter((s) => s.commits.includes(c.sha)).map((s) => s.path);
      const touched = [...c.paths ?? c.riskPaths, ...surfacePaths];
      if (!touched.some((p) => pathGlobMatch(p, [filters.path]))) continue;
    }
    out.push({
      sha: c.sha,
      ...c.url ? { url: c.url } : {},
      agents: agents.map((a) => ({
        id: a.id,
        ...a.model ?? a.modelRaw ? { model: a.model ?? a.modelRaw } : {},
        strength: a.strength
      }))
    });
  }
  return out;
}
function parseSince(text, now) {
  const rel = /^([1-9][0-9]{0,5})(m|h|d|w)$/.exec(text.trim());
  if (rel) {
    const unit = { m: 60, h: 3600, d: 86400, w: 604800 }[rel[2]];
    return new Date(now.getTime() - Number(rel[1]) * unit * 1e3);
  }
  const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text.trim()) ? new Date(text.trim()) : void 0;
  if (!date || Number.isNaN(date.getTime())) {
    throw new AgentAttestError(
      "USAGE",
      `--since ${JSON.stringify(text)} is not a duration or date; pass e.g. 30d, 12h or 2026-11-01.`
    );
  }
  return date;
}

// src/cli/commands/query.ts
var QUERY_VERSION = 1;
var USAGE = `usage: agent-attest query [DIR|FILE]... [filters] [--format table|json]

Lists the artifacts whose verified attestations record agent-written code: subject, signing time,
agents, models and commits. Reads *.json, *.jsonl and *.sigstore files under each DIR (default: .),
or, with --github-repository, the attestations GitHub holds for the given digests.

filters:
  --since 30d|12h|2w|DATE      signed at or after (verified signing time)
  --agent ID                   e.g. claude-code, copilot-coding-agent
  --model GLOB                 e.g. 'claude-opus-*' (case-insensitive)
  --path GLOB                  commits that touched a matching path, e.g. 'src/auth/**'
verification:
  --trusted-root FILE|public-good|github   default: public-good (+ GitHub's instance)
  --signer-workflow W  --signer-repo R  --repository R  --repository-id N  --owner O  --owner-id N
  --certificate-identity SAN  --certificate-identity-regexp RE  --certificate-oidc-issuer URL  --source-ref REF
                               pin the signer; without any, rows say "signer not pinned"
source:
  --github-repository OWNER/REPO --digest sha256:HEX...   the repository's attestations for these digests
  --github-api-url URL         default: GITHUB_API_URL or https://api.github.com (token: GITHUB_TOKEN, optional)
  --format table|json          default: table
exit: 0 listed, 1 some bundle did not verify (the rest are still listed), 2 bad usage or input`;
var OPTIONS = {
  since: { type: "string" },
  agent: { type: "string" },
  model: { type: "string" },
  path: { type: "string" },
  format: { type: "string" },
  "trusted-root": { type: "string" },
  "signer-workflow": { type: "string" },
  "signer-repo": { type: "string" },
  repository: { type: "string" },
  "repository-id": { type: "string" },
  owner: { type: "string" },
  "owner-id": { type: "string" },
  "certificate-identity": { type: "string" },
  "certificate-identity-regexp": { type: "string" },
  "certificate-oidc-issuer": { type: "string" },
  "source-ref": { type: "string" },
  "github-repository": { type: "string" },
  digest: { type: "string", multiple: true },
  "github-api-url": { type: "string" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function run(argv, io, now = /* @__PURE__ */ new Date()) {
  const { values: v, positionals } = parseCommandArgs("query", argv, OPTIONS);
  if (v.help) {
    io.stdout(`${USAGE}
`);
    return 0;
  }
  const format = v.format ?? "table";
  if (format !== "table" && format !== "json") {
    throw new AgentAttestError(
      "USAGE",
      `--format ${JSON.stringify(format)} is not table or json; pass --format table or --format json.`
    );
  }
  const identity = {
    signerWorkflow: v["signer-workflow"],
    signerRepo: v["signer-repo"],
    repository: v.repository,
    repositoryId: v["repository-id"],
    owner: v.owner,
    ownerId: v["owner-id"],
    certificateIdentity: v["certificate-identity"],
    certificateIdentityRegExp: v["certificate-identity-regexp"],
    oidcIssuer: v["certificate-oidc-issuer"],
    sourceRef: v["source-ref"]
  };
  const options = {
    since: v.since === void 0 ? void 0 : parseSince(v.since, now),
    agent: v.agent,
    model: v.model,
    path: v.path,
    trustedRoot: v["trusted-root"],
    identity,
    logger: stderrLogger(io, v.verbose ?? false)
  };
  let result;
  if (v["github-repository"] !== void 0) {
    if (positionals.length > 0)
      throw new AgentAttestError("USAGE", "pass either folders of bundles or --github-repository, not both.");
    const digests = v.digest ?? [];
    if (digests.length === 0) {
      throw new AgentAttestError(
        "USAGE",
        "--github-repository needs --digest sha256:HEX (GitHub lists attestations by artifact digest); pass the digests of the deployed artifacts."
      );
    }
    const env = readEnvironment();
    result = await queryGitHubAttestations(
      {
        repository: v["github-repository"],
        digests,
        apiUrl: v["github-api-url"] ?? env.apiUrl,
        // The CLI, not the library, reads the token; it is never printed.
        token: process.env["GITHUB_TOKEN"] || process.env["GH_TOKEN"] || void 0
      },
      options
    );
  } else {
    if (v.digest !== void 0)
      throw new AgentAttestError("USAGE", "--digest needs --github-repository OWNER/REPO.");
    const dirs = positionals.length > 0 ? positionals : [io.cwd];
    const files = (await Promise.all(dirs.map(bundleFiles))).flat();
    result = await queryBundleFiles(files, options);
  }
  for (const s of result.skipped)
    io.stderr(`warning: ${clean(s.bundle.path)}#${s.bundle.index} not verified: ${clean(s.reason)}
`);
  for (const s of result.ignored) {
    io.stderr(
      `note: ${clean(s.bundle.path)}#${s.bundle.index} ignored, not a Sigstore bundle: ${clean(s.reason)}
`
    );
  }
  if (format === "json") {
    const filters = { since: options.since?.toISOString(), agent: v.agent, model: v.model, path: v.path };
    io.stdout(`${JSON.stringify({ version: QUERY_VERSION, filters, ...result }, null, 2)}
`);
  } else {
    io.stdout(renderQueryTable(result));
  }
  return result.skipped.length > 0 ? 1 : 0;
}
var clean = printable;
function renderQueryTable(result) {
  const header = ["SIGNED", "ARTIFACT", "DIGEST", "AGENTS", "MODELS", "AGENT COMMITS"];
  const rows = result.rows.map((r) => {
    const [alg, hex] = Object.entries(r.subject.digest)[0] ?? ["", ""];
    return [
      r.signedAt?.slice(0, 16).replace("T", " ") ?? "(no time)",
      clean(r.subject.name),
      `${alg}:${hex.slice(0, 12)}`,
      clean(r.agents.join(", ")),
      clean(r.models.join(", ") || "-"),
      `${r.commits.length}/${r.rangeCommits}`
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const out = rows.length > 0 ? [line(header), ...rows.map(line)] : ["no artifact with agent-written code matches"];
  const trust = result.signerPinned ? "signature verified, signer pinned" : "signature verified, signer not pinned";
  out.push(
    "",
    `${result.rows.length} artifact(s) listed from ${result.scanned} bundle(s) (${trust}); ${result.filteredOut} verified without a match; ${result.skipped.length} not verified`
  );
  return `${out.join("\n")}
`;
}
export {
  QUERY_VERSION,
  renderQueryTable,
  run
};
