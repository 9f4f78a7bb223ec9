import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  itemLine
} from "./chunk-F6AVACUY.js";
import {
  ReviewIndex
} from "./chunk-RJ4CT563.js";
import {
  VERSION
} from "./chunk-4TZDNRUI.js";
import "./chunk-RUDQGR2Z.js";
import {
  isAgentCommit
} from "./chunk-GRKIW7EF.js";
import "./chunk-C7LBO2J6.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-VH57ZJDG.js";
import "./chunk-5ZPRKU2Z.js";
import "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:crypto?src/core/report/sarif/index.ts
var m = __require("node:crypto");
var createHash = m.createHash;

// src/core/report/sarif/index.ts
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var MAX_RISK_PATH_RESULTS = 1e3;
var FLAG_RULES = {
  "pipe-to-shell": {
    name: "PipeToShell",
    short: "An AI assistant config downloads code and runs it",
    help: "A command in an AI assistant configuration pipes a download (curl, wget, iwr) into a shell or interpreter. Whoever controls the URL runs code on every machine that loads this configuration. Pin the tool as a dependency instead, or remove the command."
  },
  "inline-shell": {
    name: "InlineShell",
    short: "An AI assistant config runs inline code",
    help: "A command runs code given inline (bash -c, node -e, python -c, eval, an encoded PowerShell command). Such code is easy to hide in a long line; move it into a reviewed script file."
  },
  "hidden-path-exec": {
    name: "HiddenPathExec",
    short: "An AI assistant config runs a file from a hidden folder",
    help: "An interpreter runs a file under a dot-folder or a dot-file (node .github/setup.js). Review that file: it runs with the developer\u2019s permissions whenever the assistant starts."
  },
  "base64-blob": {
    name: "Base64Blob",
    short: "An AI assistant config carries encoded content",
    help: "A long base64 run or a decode call appears in a command or instruction. Encoded payloads hide what will run; decode it and review it, or remove it."
  },
  "auto-run": {
    name: "AutoRun",
    short: "An AI assistant config runs a command without a user action",
    help: "A hook or task runs when a session starts or a folder opens (SessionStart, folderOpen, setup steps). It runs before anyone reads the change; make sure it was reviewed by a person."
  },
  "unpinned-mcp": {
    name: "UnpinnedMcpServer",
    short: "An MCP server is not pinned to an exact version",
    help: "An MCP server command is not `npx [-y] <package>@<exact version>`. A new release of the package would run unreviewed; pin an exact version."
  },
  "mcp-auto-enable": {
    name: "McpAutoEnable",
    short: "Every project MCP server is enabled without asking",
    help: "`enableAllProjectMcpServers: true` starts every MCP server a repository declares, including ones added later. Enable servers by name instead."
  },
  "permission-bypass": {
    name: "PermissionBypass",
    short: "An AI assistant config bypasses permission prompts",
    help: 'A setting such as `defaultMode: bypassPermissions` or `sandbox_mode = "danger-full-access"` lets the agent act without asking. Remove it from shared configuration.'
  },
  "auto-approve": {
    name: "AutoApprove",
    short: "An AI assistant config approves tool calls automatically",
    help: 'Tool calls, tasks or MCP servers are approved automatically (autoApprove, yes-always, approval_policy = "never", trust: true). Require approval in shared configuration.'
  },
  "env-code-injection": {
    name: "EnvCodeInjection",
    short: "An AI assistant config sets an environment variable that loads code",
    help: "Variables such as NODE_OPTIONS, LD_PRELOAD, BASH_ENV or PATH make every program the agent starts load other code. Remove them from shared configuration."
  },
  "env-endpoint-redirect": {
    name: "EnvEndpointRedirect",
    short: "An AI assistant config redirects an API endpoint",
    help: "A *_BASE_URL, *_ENDPOINT or proxy variable sends the assistant\u2019s requests, and its credentials, to another server. Check the destination."
  },
  "hidden-unicode": {
    name: "HiddenUnicode",
    short: "Invisible or bidirectional characters in AI assistant instructions",
    help: "Zero-width, bidirectional-override or tag characters make text read differently to the agent than to a reviewer. Remove them."
  },
  unparsed: {
    name: "UnparsedSurface",
    short: "An AI assistant config could not be parsed",
    help: "The file could not be parsed, so its entries were not checked; it is reported with every capability its kind of file can have. Fix the syntax and review it by hand."
  }
};
var CAPABILITY_RULES = {
  EXEC: {
    name: "SurfaceExec",
    short: "AI assistant config change: commands that run",
    help: "The change adds or alters a command, hook, task or script that the assistant or the toolchain runs. Review what it runs."
  },
  MCP: {
    name: "SurfaceMcp",
    short: "AI assistant config change: MCP servers",
    help: "The change adds or alters an MCP server the assistant may start or call. Review the server and what it can reach."
  },
  ENV: {
    name: "SurfaceEnv",
    short: "AI assistant config change: environment",
    help: "The change sets environment variables for the assistant or its tools. Review the values."
  },
  PERM: {
    name: "SurfacePermissions",
    short: "AI assistant config change: permissions",
    help: "The change alters what the assistant may do without asking. Review the permissions."
  },
  INSTR: {
    name: "SurfaceInstructions",
    short: "AI assistant config change: instructions",
    help: "The change alters the instructions the assistant reads. Review the text: instructions steer what the agent writes and runs."
  }
};
var RISK_PATH_RULE = {
  name: "AgentCodeOnRiskPathWithoutApproval",
  short: "Agent code on a high-risk path without a recorded human approval",
  help: "A commit with AI coding-agent evidence changed a high-risk path (authentication, cryptography, CI, infrastructure, \u2026) and no pull request with a human approval of its final head is known for it. Review the change, or collect review evidence with `--reviews agent-commits`."
};
var ruleIdOfFlag = (f) => `AA-SURFACE-${f}`;
var ruleIdOfCapability = (c) => `AA-SURFACE-${c.toLowerCase()}`;
var RISK_PATH_RULE_ID = "AA-RISK-PATH-UNREVIEWED";
var LEVEL = { high: "error", medium: "warning", low: "note" };
var SEVERITY = { high: "8.0", medium: "5.0", low: "2.0" };
var CAPABILITY_ORDER = ["EXEC", "MCP", "ENV", "PERM", "INSTR"];
function pathUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function fingerprint(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex");
}
function toSarif(scan, head) {
  const results = [];
  const used = /* @__PURE__ */ new Map();
  const use = (id, text, risk) => {
    const known = used.get(id);
    if (!known || rank(risk) > rank(known.risk)) used.set(id, { text, risk });
  };
  for (const f of scan.surfaces ?? []) {
    const risk = f.risk ?? "low";
    const where = (line) => location(f, head, line);
    const items = (f.items ?? []).filter((i) => i.change !== "removed");
    const flags = f.flags ?? [];
    flags.forEach((flag, i) => {
      const reason = f.reasons?.[i] ?? FLAG_RULES[flag].short;
      const id2 = ruleIdOfFlag(flag);
      use(id2, FLAG_RULES[flag], risk);
      const line = flag === "hidden-unicode" ? f.hiddenUnicode?.[0]?.line : flaggedItemLine(f, items, reason, head);
      results.push({
        ruleId: id2,
        level: LEVEL[risk],
        message: { text: `${f.path} (${f.tool}, ${f.change}): ${reason}` },
        locations: [where(line)],
        partialFingerprints: { "agentAttestFinding/v1": fingerprint(id2, f.path, reason) },
        properties: surfaceProperties(f)
      });
    });
    if (flags.length > 0 || f.capabilities.length === 0) continue;
    const capability = CAPABILITY_ORDER.find((c) => f.capabilities.includes(c));
    const item = items.find((i) => i.capabilities.includes(capability)) ?? items[0];
    const id = ruleIdOfCapability(capability);
    use(id, CAPABILITY_RULES[capability], risk);
    const text = head.text(f.path);
    const entries = items.length > 0 ? `: ${items.length} entr${items.length === 1 ? "y" : "ies"} added or changed` : "";
    results.push({
      ruleId: id,
      level: LEVEL[risk],
      message: {
        text: `${f.path} (${f.tool}, ${f.change}) can ${f.capabilities.join(", ")}${entries}${item ? `, e.g. ${item.key}` : ""}`
      },
      locations: [where(item && text !== void 0 ? itemLine(text, item) : void 0)],
      partialFingerprints: { "agentAttestFinding/v1": fingerprint(id, f.path, f.newSha256 ?? f.change) },
      properties: surfaceProperties(f)
    });
  }
  const notes = riskPathNotes(scan, head);
  if (notes.results.length > 0) use(RISK_PATH_RULE_ID, RISK_PATH_RULE, "low");
  results.push(...notes.results);
  const rules = [...used].map(([id, { text, risk }]) => ({
    id,
    name: text.name,
    shortDescription: { text: text.short },
    fullDescription: { text: text.help },
    help: { text: text.help, markdown: text.help },
    defaultConfiguration: { level: LEVEL[risk] },
    properties: {
      tags: ["security", "ai-assistant-config"],
      precision: "high",
      "security-severity": SEVERITY[risk]
    }
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  for (const r of results) r.ruleIndex = ruleIndex.get(r.ruleId);
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "agent-attest",
            semanticVersion: VERSION,
            version: VERSION,
            rules
          }
        },
        automationDetails: { id: "agent-attest/scan/" },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned repository." } } },
        results,
        properties: {
          range: { base: scan.range.base, head: scan.range.head, commits: scan.range.commits },
          ...notes.omitted > 0 ? { riskPathResultsOmitted: notes.omitted } : {}
        }
      }
    ]
  };
}
var rank = (r) => r === "high" ? 3 : r === "medium" ? 2 : 1;
function surfaceProperties(f) {
  return {
    surfaceRule: f.rule,
    tool: f.tool,
    change: f.change,
    capabilities: f.capabilities,
    risk: f.risk ?? "low",
    commits: f.commits
  };
}
function flaggedItemLine(f, items, reason, head) {
  const text = head.text(f.path);
  if (text === void 0) return void 0;
  const item = items.find((i) => i.command !== void 0 && reason.includes(i.command.slice(0, 60))) ?? items.find((i) => reason.includes(i.key)) ?? items.find((i) => i.capabilities.some((c) => c !== "INSTR")) ?? items[0];
  return item ? itemLine(text, item) : void 0;
}
function location(f, head, line) {
  return {
    physicalLocation: {
      artifactLocation: { uri: pathUri(f.path), uriBaseId: "%SRCROOT%" },
      // A deleted file has no line at head: its first line stands for the file.
      region: { startLine: head.exists(f.path) && line !== void 0 ? line : 1 }
    }
  };
}
function riskPathNotes(scan, head) {
  const reviews = new ReviewIndex(scan.reviews);
  const byPath = /* @__PURE__ */ new Map();
  for (const c of scan.commits) {
    if (!isAgentCommit(c) || c.riskPaths.length === 0) continue;
    const status = reviews.status(c.sha);
    for (const hit of c.riskPaths) {
      const entry = byPath.get(hit.path) ?? { categories: /* @__PURE__ */ new Set(), commits: [] };
      hit.categories.forEach((cat) => entry.categories.add(cat));
      entry.commits.push({
        sha: c.sha,
        status,
        agents: c.agents.filter((a) => a.class === "coding_agent").map((a) => a.id).join(", ")
      });
      byPath.set(hit.path, entry);
    }
  }
  const results = [];
  let omitted = 0;
  for (const [path, entry] of byPath) {
    if (!head.exists(path) || entry.commits.some((c) => c.status === "approved")) continue;
    if (results.length >= MAX_RISK_PATH_RESULTS) {
      omitted++;
      continue;
    }
    const commits = entry.commits.map((c) => `${c.sha.slice(0, 12)} (${c.agents}; review: ${c.status})`);
    results.push({
      ruleId: RISK_PATH_RULE_ID,
      level: "note",
      message: {
        text: `${path} [${[...entry.categories].join(", ")}] was changed by agent commit${commits.length === 1 ? "" : "s"} ${commits.join(", ")} without a recorded human approval`
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: pathUri(path), uriBaseId: "%SRCROOT%" },
            region: { startLine: 1 }
          }
        }
      ],
      partialFingerprints: {
        "agentAttestFinding/v1": fingerprint(RISK_PATH_RULE_ID, path, ...entry.commits.map((c) => c.sha))
      },
      properties: {
        categories: [...entry.categories],
        commits: entry.commits.map((c) => ({ sha: c.sha, review: c.status }))
      }
    });
  }
  return { results, omitted };
}
export {
  MAX_RISK_PATH_RESULTS,
  SARIF_SCHEMA,
  pathUri,
  toSarif
};
