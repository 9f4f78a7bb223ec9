import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  JsonReportWriter,
  renderMarkdown,
  renderText,
  toJson
} from "./chunk-MQZSEQJG.js";
import {
  parseCommandArgs
} from "./chunk-PTPHAN3V.js";
import {
  stderrLogger
} from "./chunk-ZF27FJB5.js";
import {
  REVIEW_SCOPES,
  gatherReleaseFacts
} from "./chunk-UDKNNCHM.js";
import "./chunk-BUK3XVXA.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-BC4RK32Z.js";
import "./chunk-GDUZ724F.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-AIPGSCCH.js";
import {
  readEnvironment
} from "./chunk-3FI7WC32.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import "./chunk-SSTW24TV.js";
import "./chunk-XXXKT4SX.js";
import "./chunk-66GH2WVD.js";

// src/cli/commands/scan.ts
import path from "node:path";
var HELP = `usage: agent-attest scan [--repo-path DIR] [--base REV] [--head REV] [--tag-pattern GLOB]... [--format text|json|markdown]

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
                       agent-commits or all-commits; needs --repository and GITHUB_TOKEN/GH_TOKEN
                       for private repositories (default: off)
  --repository O/R     the GitHub repository of the checkout (default: GITHUB_REPOSITORY)
  --github-api-url URL GitHub API (default: GITHUB_API_URL or https://api.github.com)
  --format FORMAT      text (default), json (stable, documented in docs/attribution.md) or markdown
  --verbose            debug logging on stderr
  -h, --help           this help

exit codes: 0 report written; 2 bad usage or input (not a repository, unknown revision, shallow clone).
`;
var FORMATS = ["text", "json", "markdown"];
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
  const stream = format === "json" && values.reviews === "off" ? new JsonReportWriter(io.stdout) : void 0;
  try {
    const { scan } = await gatherReleaseFacts(
      path.resolve(io.cwd, values["repo-path"] ?? "."),
      {
        base: values.base,
        head: values.head,
        tagPattern: values["tag-pattern"],
        riskPaths: values["risk-path"],
        reviews: values.reviews,
        githubToken: env.githubToken,
        githubApiUrl: values["github-api-url"] ?? env.apiUrl,
        serverUrl: env.serverUrl,
        repository: values.repository ?? env.repository
      },
      logger,
      {
        onProgress: progress.update,
        // Text and Markdown list the commits with evidence.
        retain: stream ? "none" : format === "json" ? "all" : "evidence",
        ...stream ? { onCommit: (c) => stream.commit(c) } : {}
      }
    );
    progress.clear();
    if (stream) stream.end(scan);
    else if (format === "json") io.stdout(`${JSON.stringify(toJson(scan), null, 2)}
`);
    else if (format === "markdown") io.stdout(renderMarkdown(scan));
    else io.stdout(renderText(scan));
    return 0;
  } finally {
    progress.clear();
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
