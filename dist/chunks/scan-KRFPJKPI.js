import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-PTPHAN3V.js";
import {
  stderrLogger
} from "./chunk-ZF27FJB5.js";
import {
  JsonReportWriter,
  renderMarkdown,
  renderText,
  toJson
} from "./chunk-4O7QVG7P.js";
import {
  readEnvironment
} from "./chunk-TIVCXASV.js";
import {
  REVIEW_SCOPES,
  compileRiskPaths,
  gatherReleaseFacts,
  riskPathConfig,
  scanRange
} from "./chunk-R5NXVMMF.js";
import "./chunk-BXHBWPXY.js";
import "./chunk-BUK3XVXA.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-RIHDQ7KJ.js";
import {
  shallowBoundary
} from "./chunk-VQLV25O2.js";
import {
  STRENGTH_ORDER
} from "./chunk-MFYMZVCZ.js";
import "./chunk-O4IIZ6W7.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-AIPGSCCH.js";
import "./chunk-TR7EY247.js";
import "./chunk-6XR4UJHP.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import {
  runGit
} from "./chunk-OQIOIGRM.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";

// src/cli/commands/scan.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// src/core/report/line-share/blame.ts
import { availableParallelism } from "node:os";
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
  const empty = await runGit(repoPath, ["hash-object", "-t", "tree", "--stdin"], "");
  if (empty.code !== 0) throw gitFailure("git hash-object", repoPath, empty.stderr);
  const diff = await runGit(repoPath, [
    "diff",
    "--numstat",
    "-z",
    "--no-renames",
    "--no-ext-diff",
    "--no-textconv",
    empty.stdout.toString("utf8").trim(),
    rev
  ]);
  if (diff.code !== 0) throw gitFailure("git diff --numstat", repoPath, diff.stderr);
  const files = [];
  for (const record of diff.stdout.toString("utf8").split("\0")) {
    const m = /^(\d+|-)\t(\d+|-)\t([\s\S]+)$/.exec(record);
    if (!m || m[1] === "-") continue;
    const lines = Number(m[1]);
    if (lines > 0 && regular.has(m[3])) files.push({ path: m[3], lines });
  }
  return files;
}
var HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) \d+ \d+ (\d+)$/;
function parseIncremental(text, byCommit = /* @__PURE__ */ new Map()) {
  let expectGroup = true;
  for (const line of text.split("\n")) {
    if (expectGroup) {
      const m = HEADER.exec(line);
      if (m) {
        byCommit.set(m[1], (byCommit.get(m[1]) ?? 0) + Number(m[2]));
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
      for (const m of models) (r.byModel[m] ??= { lines: 0, share: 0 }).lines += n;
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
    for (const m of Object.values(r.byModel)) m.share = ratio(m.lines, r.lines);
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
  await blameFiles(opts.repoPath, opts.revision, files, {
    ...opts.concurrency ? { concurrency: opts.concurrency } : {},
    onFile: (f) => counter.add(f)
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

// src/cli/commands/scan.ts
var HELP = `usage: agent-attest scan [--repo-path DIR] [--base REV] [--head REV] [--tag-pattern GLOB]...
                         [--format text|json|markdown|html|sarif] [--output FILE] [--line-share]

Reports the AI assistant config files the range changed (first: what they can run), then which commits
came from which AI coding agent and model, with the strength of the evidence (verified, declared,
inferred), high-risk paths they touched, and the lines they changed. Commits without evidence are
"unknown", never "human". The same facts attest signs.

options:
  --repo-path DIR      the git checkout to scan (default: the current directory)
  --base REV           first commit NOT in the range (default: the newest release tag reachable from
                       --head, other than --head itself; without one, the whole history)
  --head REV           last commit of the range (default: HEAD)
  --tag-pattern GLOB   release tags considered for the default base (repeatable; default 'v[0-9]*' and '[0-9]*')
  --risk-path GLOB     an extra high-risk path glob (repeatable)
  --reviews SCOPE      also collect review evidence (and GitHub-verified agent identities) for
                       agent-commits or all-commits; needs --repository, and GITHUB_TOKEN/GH_TOKEN
                       outside GitHub Actions (default: off)
  --repository O/R     the GitHub repository of the checkout (default: GITHUB_REPOSITORY)
  --github-api-url URL GitHub API (default: GITHUB_API_URL or https://api.github.com)
  --format FORMAT      text (default), json (stable, documented in docs/attribution.md), markdown,
                       html (one self-contained page with charts; docs/reports.md) or sarif (SARIF
                       2.1.0 for code scanning: config surface findings, unreviewed agent code on
                       risk paths)
  --output FILE        write the report to FILE (written whole, or not at all) instead of stdout
  --line-share         also blame every tracked text file at head: lines and share per agent, model
                       and risk category (the JSON's lineShare; docs/reports.md)
  --verbose            debug logging on stderr
  -h, --help           this help

exit codes: 0 report written; 2 bad usage or input (not a repository, unknown revision, shallow clone).
`;
var FORMATS = ["text", "json", "markdown", "html", "sarif"];
async function run(argv, io) {
  const { values } = parseCommandArgs(
    "scan",
    argv,
    {
      "repo-path": { type: "string" },
      base: { type: "string" },
      head: { type: "string" },
      "tag-pattern": { type: "string", multiple: true },
      "risk-path": { type: "string", multiple: true },
      reviews: { type: "string", default: "off" },
      repository: { type: "string" },
      "github-api-url": { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "line-share": { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    },
    false
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format;
  if (!FORMATS.includes(format)) {
    throw new AgentAttestError("USAGE", `--format '${values.format}' is not one of ${FORMATS.join(", ")}.`);
  }
  if (!REVIEW_SCOPES.includes(values.reviews)) {
    throw new AgentAttestError(
      "USAGE",
      `--reviews must be one of ${REVIEW_SCOPES.join(", ")}, not '${values.reviews}'`
    );
  }
  const env = readEnvironment();
  const base = stderrLogger(io, values.verbose);
  const logger = { ...base, info: base.debug };
  const progress = progressIndicator(io);
  const output = values.output === void 0 ? void 0 : path.resolve(io.cwd, values.output);
  if (output !== void 0 && values.output === "")
    throw new AgentAttestError("USAGE", "--output needs a file path.");
  const gathered = [];
  const emit = output === void 0 ? io.stdout : (t) => void gathered.push(t);
  const stream = format === "json" && values.reviews === "off" ? new JsonReportWriter(emit) : void 0;
  const lineIndex = values["line-share"] ? attributionOf([]) : void 0;
  const repoPath = path.resolve(io.cwd, values["repo-path"] ?? ".");
  try {
    const facts = await gatherReleaseFacts(
      repoPath,
      {
        base: values.base,
        head: values.head,
        tagPattern: values["tag-pattern"],
        riskPaths: values["risk-path"],
        reviews: values.reviews,
        githubToken: env.githubToken,
        githubActions: env.githubActions,
        githubApiUrl: values["github-api-url"] ?? env.apiUrl,
        serverUrl: env.serverUrl,
        repository: values.repository ?? env.repository
      },
      logger,
      {
        onProgress: progress.update,
        // Text and Markdown list the commits with evidence.
        retain: stream ? "none" : format === "json" ? "all" : "evidence",
        ...stream ? {
          onCommit: (c) => {
            stream.commit(c);
            if (lineIndex && c.agents.length > 0) attributionOf([c], lineIndex);
          }
        } : {}
      }
    );
    let scan = facts.scan;
    if (values["line-share"]) {
      const index = stream ? lineIndex : attributionOf(scan.commits);
      const riskPaths = riskPathConfig(values["risk-path"]);
      await addHistoryBelow(repoPath, scan, index, { ...riskPaths ? { riskPaths } : {}, logger });
      scan = {
        ...scan,
        lineShare: await computeLineShare({
          repoPath,
          revision: scan.range.head,
          attribution: index,
          ...riskPaths ? { riskPaths } : {},
          logger
        })
      };
    }
    progress.clear();
    if (stream) stream.end(scan);
    else if (format === "json") emit(`${JSON.stringify(toJson(scan), null, 2)}
`);
    else if (format === "markdown") emit(renderMarkdown(scan));
    else if (format === "sarif") emit(await renderSarif(repoPath, scan));
    else if (format === "html") emit(await renderHtml(repoPath, scan));
    else emit(renderText(scan));
    if (output !== void 0) {
      await writeWhole(output, gathered.join(""));
      io.stderr(`wrote ${output}
`);
    }
    return 0;
  } catch (e) {
    stream?.fail({
      code: e instanceof AgentAttestError ? e.code : "UNEXPECTED",
      message: messageOf(e)
    });
    throw e;
  } finally {
    progress.clear();
  }
}
async function renderSarif(repoPath, scan) {
  const [{ toSarif }, { readHeadFiles }] = await Promise.all([
    import("./sarif-5O3DGZHM.js"),
    import("./locate-HSNCIYVI.js")
  ]);
  const head = await readHeadFiles(repoPath, scan.range.head, scan.surfaces ?? []);
  return `${JSON.stringify(toSarif(scan, head), null, 2)}
`;
}
async function renderHtml(repoPath, scan) {
  const [{ renderHtmlReport }, { rangeLines }] = await Promise.all([
    import("./html-OCXBEEF4.js"),
    import("./range-lines-GRLLQ4ZG.js")
  ]);
  return renderHtmlReport(scan, { rangeLines: await rangeLines(repoPath, scan.range) });
}
async function writeWhole(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(tmp, text);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new AgentAttestError(
      "INPUT_INVALID",
      `cannot write the report to '${file}': ${e.code ?? String(e)}; choose a writable --output path`
    );
  }
}
function progressIndicator(io) {
  let shown = false;
  return {
    update: (p) => {
      if (!io.isTTY || p.done || p.elapsedMs < 1e3) return;
      shown = true;
      io.stderr(
        `\r\x1B[2Kscanning\u2026 ${p.commits.toLocaleString("en")} commits (${(p.elapsedMs / 1e3).toFixed(1)} s)`
      );
    },
    clear: () => {
      if (shown) io.stderr("\r\x1B[2K");
      shown = false;
    }
  };
}
export {
  progressIndicator,
  run
};
