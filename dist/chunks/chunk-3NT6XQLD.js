import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  modelGlobMatch,
  pathGlobMatch,
  policyInput
} from "./chunk-GHHBSS7M.js";
import {
  findAttestations
} from "./chunk-WNBNNNBX.js";
import {
  createGitHubClient
} from "./chunk-TR7EY247.js";
import {
  createVerifier,
  loadTrustMaterial,
  parseStatement
} from "./chunk-2IIGIJZ7.js";
import {
  assertIdentityPolicy,
  checkIdentity
} from "./chunk-7BB63ELM.js";
import {
  bundlesFromDocuments,
  loadBundles
} from "./chunk-QHXSZ2A4.js";
import {
  SLSA_PROVENANCE_V1
} from "./chunk-JXWOESOK.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:fs/promises?src/core/query/index.ts
var m = __require("node:fs/promises");
var open = m.open;
var readdir = m.readdir;
var stat = m.stat;

// builtin:node:path?src/core/query/index.ts
var m2 = __require("node:path");
var query_default = m2;

// src/core/query/index.ts
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
  const files = entries.filter((e) => e.isFile() && BUNDLE_FILE.test(e.name) && !STATEMENT_FILE.test(e.name)).map((e) => query_default.join(e.parentPath, e.name)).sort();
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
  const broken = [];
  const unreadable = [];
  for (const file of files) {
    try {
      bundles.push(...await loadBundles(file));
    } catch (e) {
      const bundle = { path: file, index: 0 };
      if (await claimsToBeABundle(file)) broken.push({ bundle, reason: messageOf(e) });
      else unreadable.push({ bundle, reason: `not a Sigstore bundle: ${messageOf(e)}` });
    }
  }
  const result = await queryBundles(bundles, options);
  return {
    ...result,
    scanned: result.scanned + broken.length,
    skipped: [...broken, ...result.skipped],
    ignored: [...unreadable, ...result.ignored]
  };
}
var BUNDLE_NAME = /\.sigstore(\.json)?$|\.jsonl$/i;
var BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle";
async function claimsToBeABundle(file) {
  if (BUNDLE_NAME.test(file)) return true;
  const handle = await open(file, "r").catch(() => void 0);
  if (!handle) return false;
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(64 * 1024) });
    return buffer.subarray(0, bytesRead).includes(BUNDLE_MEDIA_TYPE);
  } finally {
    await handle.close();
  }
}
async function queryGitHubAttestations(source, options = {}) {
  const m3 = /^([\w.-]+)\/([\w.-]+)$/.exec(source.repository);
  if (!m3)
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
        { owner: m3[1], repo: m3[2], predicateType: options.predicateType ?? SLSA_PROVENANCE_V1 },
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
  let judged = 0;
  for (const loaded of bundles) {
    options.onProgress?.({ bundles: judged++, totalBundles: bundles.length });
    const where = loaded.source;
    if (!loaded.bundle) {
      if (notABundle(loaded.problem))
        ignored.push({ bundle: where, reason: `not a Sigstore bundle: ${loaded.problem}` });
      else skipped.push({ bundle: where, reason: loaded.problem ?? "invalid bundle" });
      continue;
    }
    let signature;
    try {
      signature = verifier.verify(loaded.bundle);
    } catch (e) {
      skipped.push({ bundle: where, reason: `CRYPTO_FAILED: the verifier gave up: ${messageOf(e)}` });
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
    if (!parsed.ok && parsed.code === "PREDICATE_TYPE_MISMATCH") {
      ignored.push({ bundle: where, reason: `another kind of attestation: ${parsed.reason}` });
      continue;
    }
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
        (a) => [a.model, a.modelRaw].some((m3) => m3 !== void 0 && modelGlobMatch(m3, glob))
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

export {
  bundleFiles,
  queryBundleFiles,
  queryGitHubAttestations,
  parseSince
};
