import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  compileRiskPaths,
  scanRange
} from "./chunk-ML5ISKQ3.js";
import {
  emptyTree,
  shallowBoundary
} from "./chunk-RUDQGR2Z.js";
import {
  STRENGTH_ORDER
} from "./chunk-GRKIW7EF.js";
import {
  runGit
} from "./chunk-VH57ZJDG.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:os?src/core/report/line-share/blame.ts
var m = __require("node:os");
var availableParallelism = m.availableParallelism;

// src/core/report/line-share/blame.ts
async function listTextFiles(repoPath, rev) {
  const tree = await runGit(repoPath, ["ls-tree", "-r", "-z", "--full-tree", rev]);
  if (tree.code !== 0) throw gitFailure("git ls-tree", repoPath, tree.stderr);
  const regular = /* @__PURE__ */ new Set();
  for (const entry of tree.stdout.toString("utf8").split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0) continue;
    const mode = entry.slice(0, 6);
    if (mode === "100644" || mode === "100755") regular.add(entry.slice(tab + 1));
  }
  const diff = await runGit(repoPath, [
    "diff",
    "--numstat",
    "-z",
    "--no-renames",
    "--no-ext-diff",
    "--no-textconv",
    await emptyTree(repoPath),
    rev
  ]);
  if (diff.code !== 0) throw gitFailure("git diff --numstat", repoPath, diff.stderr);
  const files = [];
  for (const record of diff.stdout.toString("utf8").split("\0")) {
    const m2 = /^(\d+|-)\t(\d+|-)\t([\s\S]+)$/.exec(record);
    if (!m2 || m2[1] === "-") continue;
    const lines = Number(m2[1]);
    if (lines > 0 && regular.has(m2[3])) files.push({ path: m2[3], lines });
  }
  return files;
}
var HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) \d+ \d+ (\d+)$/;
function parseIncremental(text, byCommit = /* @__PURE__ */ new Map()) {
  let expectGroup = true;
  for (const line of text.split("\n")) {
    if (expectGroup) {
      const m2 = HEADER.exec(line);
      if (m2) {
        byCommit.set(m2[1], (byCommit.get(m2[1]) ?? 0) + Number(m2[2]));
        expectGroup = false;
      }
    } else if (line.startsWith("filename ")) expectGroup = true;
  }
  return byCommit;
}
async function blameFile(repoPath, rev, file) {
  const r = await runGit(repoPath, ["blame", "--incremental", "--no-textconv", rev, "--", file]);
  if (r.code !== 0) throw gitFailure(`git blame of ${JSON.stringify(file)}`, repoPath, r.stderr);
  const byCommit = parseIncremental(r.stdout.toString("utf8"));
  let lines = 0;
  for (const n of byCommit.values()) lines += n;
  return { path: file, lines, byCommit };
}
async function blameFiles(repoPath, rev, files, opts) {
  const concurrency = Math.max(1, opts.concurrency ?? availableParallelism());
  const queue = [...files].sort((a, b) => b.lines - a.lines);
  let next = 0;
  let failed;
  const worker = async () => {
    while (failed === void 0 && next < queue.length) {
      const file = queue[next++];
      try {
        opts.onFile(await blameFile(repoPath, rev, file.path));
      } catch (e) {
        failed ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  if (failed !== void 0) throw failed;
}
function gitFailure(what, repoPath, stderr) {
  const first = stderr.split("\n").find((l) => l.trim() !== "") ?? "failed";
  return new AgentAttestError("GIT_ERROR", `${what} failed in ${repoPath}: ${first}`);
}

// src/core/report/line-share/index.ts
var MAX_TOP_FILES = 50;
var ratio = (part, whole) => whole === 0 ? 0 : Math.round(part / whole * 1e4) / 1e4;
var zero = () => ({ verified: 0, declared: 0, inferred: 0 });
function agentStrength(agents) {
  let best;
  for (const a of agents)
    if (a.class === "coding_agent" && (!best || STRENGTH_ORDER[a.strength] > STRENGTH_ORDER[best]))
      best = a.strength;
  return best;
}
var LineShareCounter = class {
  constructor(revision, attribution, riskOf, shallow = /* @__PURE__ */ new Set()) {
    this.attribution = attribution;
    this.riskOf = riskOf;
    this.shallow = shallow;
    this.result = {
      revision,
      files: 0,
      lines: 0,
      agentLines: 0,
      share: 0,
      reviewSuggestionLines: 0,
      unknownLines: 0,
      shallowLines: 0,
      byStrength: zero(),
      byAgent: {},
      byModel: /* @__PURE__ */ Object.create(null),
      riskPaths: {},
      commits: 0,
      agentCommits: 0,
      topFiles: []
    };
  }
  attribution;
  riskOf;
  shallow;
  result;
  commits = /* @__PURE__ */ new Set();
  agentCommits = /* @__PURE__ */ new Set();
  top = [];
  add(file) {
    const r = this.result;
    r.files++;
    r.lines += file.lines;
    let agentLines = 0;
    for (const [sha, n] of file.byCommit) {
      this.commits.add(sha);
      const agents = this.shallow.has(sha) ? void 0 : this.attribution.get(sha);
      if (!agents || agents.length === 0) {
        r.unknownLines += n;
        if (this.shallow.has(sha)) r.shallowLines += n;
        continue;
      }
      const strength = agentStrength(agents);
      if (strength) {
        this.agentCommits.add(sha);
        agentLines += n;
        r.byStrength[strength] += n;
      } else r.reviewSuggestionLines += n;
      const models = /* @__PURE__ */ new Set();
      for (const a of agents) {
        const at = r.byAgent[a.id] ??= { lines: 0, share: 0, byStrength: zero() };
        at.lines += n;
        at.byStrength[a.strength] += n;
        models.add(a.model ?? "unknown");
      }
      for (const m2 of models) (r.byModel[m2] ??= { lines: 0, share: 0 }).lines += n;
    }
    r.agentLines += agentLines;
    const categories = this.riskOf(file.path);
    for (const cat of categories) {
      const rc = r.riskPaths[cat] ??= { files: 0, lines: 0, agentLines: 0, share: 0 };
      rc.files++;
      rc.lines += file.lines;
      rc.agentLines += agentLines;
    }
    if (agentLines > 0)
      this.keepTop({ path: file.path, lines: file.lines, agentLines, riskCategories: categories });
  }
  keepTop(f) {
    const top = this.top;
    if (top.length === MAX_TOP_FILES && compareTop(f, top[top.length - 1]) >= 0) return;
    top.push(f);
    top.sort(compareTop);
    if (top.length > MAX_TOP_FILES) top.pop();
  }
  finish() {
    const r = this.result;
    r.share = ratio(r.agentLines, r.lines);
    for (const a of Object.values(r.byAgent)) a.share = ratio(a.lines, r.lines);
    for (const m2 of Object.values(r.byModel)) m2.share = ratio(m2.lines, r.lines);
    for (const c of Object.values(r.riskPaths)) c.share = ratio(c.agentLines, c.lines);
    r.commits = this.commits.size;
    r.agentCommits = this.agentCommits.size;
    r.topFiles = this.top;
    return r;
  }
};
function compareTop(a, b) {
  return b.agentLines - a.agentLines || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function computeLineShare(opts) {
  const logger = opts.logger ?? silentLogger;
  const started = Date.now();
  const files = await listTextFiles(opts.repoPath, opts.revision);
  const shallow = await shallowBoundary(opts.repoPath);
  const counter = new LineShareCounter(
    opts.revision,
    opts.attribution,
    compileRiskPaths(opts.riskPaths),
    shallow
  );
  let blamed = 0;
  await blameFiles(opts.repoPath, opts.revision, files, {
    ...opts.concurrency ? { concurrency: opts.concurrency } : {},
    onFile: (f) => {
      counter.add(f);
      opts.onProgress?.({ files: ++blamed, totalFiles: files.length });
    }
  });
  const share = counter.finish();
  logger.debug(
    `line share: ${share.files} files, ${share.lines} lines blamed in ${Date.now() - started} ms (${share.agentLines} agent lines)`
  );
  if (share.shallowLines > 0)
    logger.warn(
      `line share: ${share.shallowLines} lines are blamed to a shallow clone's cut-off commits and count as unknown; fetch the whole history (fetch-depth: 0) to attribute them`
    );
  return share;
}
function attributionOf(commits, into = /* @__PURE__ */ new Map()) {
  for (const c of commits) {
    if (c.agents.length === 0) continue;
    into.set(
      c.sha,
      c.agents.map((a) => ({ id: a.id, class: a.class, model: a.model, strength: a.strength }))
    );
  }
  return into;
}
async function addHistoryBelow(repoPath, scan, index, opts = {}) {
  if (scan.range.base === null) return index;
  const older = await scanRange({
    repoPath,
    range: { base: null, head: scan.range.base, baseRule: "root" },
    retain: "evidence",
    ...opts.riskPaths ? { riskPaths: opts.riskPaths } : {},
    ...opts.logger ? { logger: opts.logger } : {}
  });
  for (const c of older.commits) if (!index.has(c.sha)) attributionOf([c], index);
  return index;
}
async function withLineShare(repoPath, scan, opts = {}) {
  const { index, ...rest } = opts;
  const attribution = await addHistoryBelow(repoPath, scan, index ?? attributionOf(scan.commits), rest);
  return {
    ...scan,
    lineShare: await computeLineShare({ repoPath, revision: scan.range.head, attribution, ...rest })
  };
}

export {
  attributionOf,
  withLineShare
};
