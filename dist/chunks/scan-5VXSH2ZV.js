import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  attributionOf,
  withLineShare
} from "./chunk-X5RT242C.js";
import {
  parseCommandArgs
} from "./chunk-S3T7RZQK.js";
import {
  count,
  progressLine,
  stderrLogger
} from "./chunk-YIQTWNUV.js";
import {
  JsonReportWriter,
  renderMarkdown,
  renderText,
  toJson
} from "./chunk-WQYGZFXF.js";
import {
  REVIEW_SCOPES,
  gatherReleaseFacts,
  riskPathConfig
} from "./chunk-ML5ISKQ3.js";
import "./chunk-Q5MK4UZH.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-RUDQGR2Z.js";
import "./chunk-GRKIW7EF.js";
import "./chunk-C7LBO2J6.js";
import "./chunk-NDLFAXTK.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-VH57ZJDG.js";
import {
  readEnvironment
} from "./chunk-YYT7TRQQ.js";
import "./chunk-AIPGSCCH.js";
import "./chunk-XXXKT4SX.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:fs/promises?src/cli/commands/scan.ts
var m = __require("node:fs/promises");
var mkdir = m.mkdir;
var rename = m.rename;
var rm = m.rm;
var writeFile = m.writeFile;

// builtin:node:path?src/cli/commands/scan.ts
var m2 = __require("node:path");
var scan_default = m2;

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
                       --head, other than --head itself; without one, the whole history);
                       'root': the whole history whatever the tags
  --head REV           last commit of the range (default: HEAD)
  --tag-pattern GLOB   release tags considered for the default base (repeatable; default 'v[0-9]*' and
                       '[0-9]*')
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
  const progress = progressLine(io);
  const base = stderrLogger(progress.io, values.verbose);
  const logger = { ...base, info: base.debug };
  const output = values.output === void 0 ? void 0 : scan_default.resolve(io.cwd, values.output);
  if (output !== void 0 && values.output === "")
    throw new AgentAttestError("USAGE", "--output needs a file path.");
  const gathered = [];
  const emit = output === void 0 ? io.stdout : (t) => void gathered.push(t);
  const stream = format === "json" && values.reviews === "off" ? new JsonReportWriter(emit) : void 0;
  const lineIndex = values["line-share"] && stream ? attributionOf([]) : void 0;
  const repoPath = scan_default.resolve(io.cwd, values["repo-path"] ?? ".");
  try {
    progress.update("reading the range and its AI config changes\u2026");
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
        onProgress: (p) => progress.update(`scanning\u2026 ${count(p.commits)} commits`),
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
      const riskPaths = riskPathConfig(values["risk-path"]);
      progress.update("blaming\u2026 (reading the history below the range first)");
      scan = await withLineShare(repoPath, scan, {
        ...lineIndex ? { index: lineIndex } : {},
        ...riskPaths ? { riskPaths } : {},
        logger,
        onProgress: (p) => progress.update(`blaming\u2026 ${count(p.files)} of ${count(p.totalFiles)} files`)
      });
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
    import("./sarif-PUX3TMPP.js"),
    import("./locate-YXID6NDB.js")
  ]);
  const head = await readHeadFiles(repoPath, scan.range.head, scan.surfaces ?? []);
  return `${JSON.stringify(toSarif(scan, head), null, 2)}
`;
}
async function renderHtml(repoPath, scan) {
  const [{ renderHtmlReport }, { rangeLines }] = await Promise.all([
    import("./html-IHTU36RG.js"),
    import("./range-lines-RWFARUTD.js")
  ]);
  return renderHtmlReport(scan, { rangeLines: await rangeLines(repoPath, scan.range) });
}
async function writeWhole(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(scan_default.dirname(file), { recursive: true });
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
export {
  run
};
