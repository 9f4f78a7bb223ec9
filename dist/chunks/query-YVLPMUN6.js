import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  bundleFiles,
  parseSince,
  queryBundleFiles,
  queryGitHubAttestations
} from "./chunk-3NT6XQLD.js";
import "./chunk-GHHBSS7M.js";
import {
  parseCommandArgs
} from "./chunk-S3T7RZQK.js";
import {
  count,
  paint,
  printable,
  progressLine,
  stderrLogger
} from "./chunk-YIQTWNUV.js";
import "./chunk-77AAPUCS.js";
import "./chunk-WNBNNNBX.js";
import "./chunk-TR7EY247.js";
import "./chunk-6XR4UJHP.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-2IIGIJZ7.js";
import "./chunk-7BB63ELM.js";
import "./chunk-KLRXLQC3.js";
import "./chunk-QHXSZ2A4.js";
import {
  readEnvironment
} from "./chunk-YYT7TRQQ.js";
import "./chunk-MC3Q3AIY.js";
import "./chunk-V5Q6FRCK.js";
import "./chunk-EAMJVSOM.js";
import "./chunk-AR6X34HB.js";
import "./chunk-JXWOESOK.js";
import "./chunk-XXXKT4SX.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:path?src/cli/commands/query.ts
var m = __require("node:path");
var query_default = m;

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
  --certificate-identity SAN  --certificate-identity-regexp RE  --certificate-oidc-issuer URL
  --source-ref REF
                               pin the signer; without any, rows say "signer not pinned"
source:
  --github-repository OWNER/REPO --digest sha256:HEX...   the repository's attestations for these digests
  --github-api-url URL         default: GITHUB_API_URL or https://api.github.com
                               (token: GITHUB_TOKEN, optional)
  --format table|json          default: table
exit: 0 listed, 1 some bundle did not verify (the rest are still listed), 2 bad usage or input
      (among them a folder with no Sigstore bundle)`;
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
  const progress = progressLine(io);
  try {
    return await query(argv, progress.io, progress, now);
  } finally {
    progress.clear();
  }
}
async function query(argv, io, progress, now) {
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
  progress.update("reading bundles\u2026");
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
    logger: stderrLogger(io, v.verbose ?? false),
    onProgress: (p) => progress.update(`verifying\u2026 ${count(p.bundles)} of ${count(p.totalBundles)} bundles`)
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
    const dirs = positionals.length > 0 ? positionals.map((d) => query_default.resolve(io.cwd, d)) : [io.cwd];
    const files = [];
    for (const [i, dir] of dirs.entries()) {
      const found = await bundleFiles(dir);
      if (found.length === 0) {
        throw new AgentAttestError(
          "INPUT_INVALID",
          `${positionals[i] ?? dir}: no bundle files (*.json, *.jsonl, *.sigstore) in this folder; pass the folder the bundles were written to.`
        );
      }
      files.push(...found);
    }
    result = await queryBundleFiles(files, options);
    if (result.scanned === 0) {
      throw new AgentAttestError(
        "INPUT_INVALID",
        `no Sigstore bundle among the ${files.length} file(s) read from ${positionals.join(", ") || dirs[0]}; pass the folder the bundles were written to.`
      );
    }
  }
  for (const s of result.skipped)
    io.stderr(
      `${paint(io, "stderr", "warn", "warning:")} ${clean(s.bundle.path)}#${s.bundle.index} not verified: ${clean(s.reason)}
`
    );
  for (const s of result.ignored) {
    io.stderr(`note: ${clean(s.bundle.path)}#${s.bundle.index} ignored, ${clean(s.reason)}
`);
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
  out.push("", summaryLine(result));
  return `${out.join("\n")}
`;
}
function summaryLine(result) {
  const verified = result.scanned - result.skipped.length;
  const listed = `${result.rows.length} artifact(s) listed from ${result.scanned} bundle(s)`;
  const notVerified = result.skipped.length > 0 ? `; ${result.skipped.length} not verified (warnings above)` : "";
  if (verified === 0) return `${listed}: none verified${notVerified}`;
  const signer = result.signerPinned ? "signer pinned" : "signer not pinned: pass --signer-workflow to pin it";
  const verifiedPart = verified === result.scanned ? `all ${verified} verified` : `${verified} of ${result.scanned} verified`;
  return `${listed}: ${verifiedPart} (${signer}), ${result.filteredOut} without a match${notVerified}`;
}
export {
  QUERY_VERSION,
  renderQueryTable,
  run,
  summaryLine
};
