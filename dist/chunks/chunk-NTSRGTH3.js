import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  emptyTree,
  fetchNotes,
  gitDir,
  hasRef,
  listTree,
  readBlob,
  readRepositoryFacts,
  resolveRange,
  shallowBoundary,
  shallowError
} from "./chunk-P6DXWJ7F.js";
import {
  require_dist
} from "./chunk-BUK3XVXA.js";
import {
  require_picomatch
} from "./chunk-3F5LQTXG.js";
import {
  collectReviewEvidence,
  toProvenance
} from "./chunk-HLX2OBVI.js";
import {
  RULES,
  RULES_DIGEST,
  RULES_VERSION,
  addDecisionLogs,
  addToTotals,
  agentFromToolName,
  computeTotals,
  detach,
  detectCommit,
  emptyTotals,
  groupEvidence,
  isAgentCommit,
  isDecisionLog,
  knownLink,
  normaliseModel,
  ruleById,
  toFound
} from "./chunk-S3KICK5N.js";
import {
  canonicalize
} from "./chunk-GLZUUL7L.js";
import {
  gitText,
  runGit,
  spawnGit
} from "./chunk-OQIOIGRM.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __toESM
} from "./chunk-66GH2WVD.js";

// src/core/attribution/risk.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var named = (names) => [`**/{${names}}/**`, `**/{${names}}`, `**/{${names}}[._-]*`];
var DEFAULT_RISK_PATHS = Object.freeze({
  auth: named(
    "auth,authn,authz,authentication,authorization,oauth,oauth2,oidc,saml,sso,login,logout,session,sessions,password,passwords,credential,credentials,permission,permissions,rbac,acl,jwt"
  ),
  crypto: named(
    "crypto,cryptography,cipher,ciphers,encryption,encrypt,decrypt,kms,tls,ssl,certs,certificates,signing,signature,secrets,secret,keystore"
  ),
  security: [
    ...named("security,sanitize,sanitizer,csrf,xss,firewall,sandbox"),
    "**/SECURITY.md",
    "**/CODEOWNERS"
  ],
  migrations: [
    ...named("migrations,migration,migrate,alembic,flyway,liquibase"),
    "**/db/migrate/**",
    "**/*.migration.*"
  ],
  ci: [
    ".github/workflows/**",
    ".github/actions/**",
    "**/action.{yml,yaml}",
    ".gitlab-ci.yml",
    ".gitlab/**",
    ".circleci/**",
    ".buildkite/**",
    "**/Jenkinsfile",
    "**/azure-pipelines.yml",
    ".travis.yml"
  ],
  containers: [
    "**/Dockerfile",
    "**/Dockerfile.*",
    "**/*.dockerfile",
    "**/Containerfile",
    "**/docker-compose*.{yml,yaml}",
    "**/compose.{yml,yaml}"
  ],
  infrastructure: [
    "**/*.{tf,tfvars,hcl,bicep}",
    "**/{terraform,k8s,kubernetes,helm,charts,ansible,pulumi,cdk,infra,infrastructure,cloudformation,deploy,deployment}/**",
    "**/serverless.{yml,yaml}",
    "**/kustomization.{yml,yaml}"
  ]
});
function compileRiskPaths(config = DEFAULT_RISK_PATHS) {
  const compiled = Object.entries(config).map(
    ([category, globs]) => [category, (0, import_picomatch.default)([...globs], { dot: true, nocase: true })]
  );
  const cache = /* @__PURE__ */ new Map();
  return (path3) => {
    let hit = cache.get(path3);
    if (hit === void 0) {
      hit = compiled.filter(([, match]) => match(path3)).map(([category]) => category);
      if (cache.size >= 5e4) cache.clear();
      cache.set(path3, hit);
    }
    return hit;
  };
}
var MAX_RISK_PATHS_PER_COMMIT = 16;
function riskHits(paths, match) {
  const hits = [];
  let omitted = 0;
  for (const path3 of paths) {
    const categories = match(path3);
    if (categories.length === 0) continue;
    if (hits.length < MAX_RISK_PATHS_PER_COMMIT) hits.push({ path: path3, categories });
    else omitted++;
  }
  return { hits, omitted };
}

// src/core/extension/provenance.ts
import { createHash as createHash3 } from "node:crypto";

// src/core/surfaces/index.ts
import { posix as posix2 } from "node:path";

// src/core/surfaces/analyze.ts
import { posix } from "node:path";
function diffItems(oldItems, newItems) {
  const before = new Map(oldItems.map((i) => [i.id, i]));
  const after = new Map(newItems.map((i) => [i.id, i]));
  const out = [];
  for (const item of newItems) {
    const prev = before.get(item.id);
    if (!prev) out.push({ item, change: "added" });
    else if (fingerprint(prev) !== fingerprint(item)) out.push({ item, change: "changed" });
  }
  for (const item of oldItems) if (!after.has(item.id)) out.push({ item, change: "removed" });
  return out;
}
function fingerprint(i) {
  return JSON.stringify([i.kind, i.key, i.event, i.command, i.url, i.value, i.capabilities]);
}
var DOWNLOAD = String.raw`\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b`;
var SHELLS = String.raw`(?:sudo\s+)?(?:ba|z|da|k|fi)?sh|node|python3?|perl|ruby|php|iex|invoke-expression|pwsh|powershell`;
var PIPE_TO_SHELL = [
  new RegExp(String.raw`${DOWNLOAD}[^|\n]*\|\s*(?:${SHELLS})\b`, "i"),
  new RegExp(String.raw`\b(?:ba|z)?sh\s+<\(\s*(?:curl|wget)\b`, "i"),
  new RegExp(String.raw`\$\(\s*(?:curl|wget)\b`, "i")
];
var INLINE_CODE = /(?:^|[\s;&|(])(?:(?:ba|z|da|k)?sh\s+-\w*c\b|(?:node|bun|deno)\s+(?:-e|--eval|-p|--print)\b|python3?\s+-c\b|perl\s+-e\b|ruby\s+-e\b|(?:pwsh|powershell)(?:\.exe)?\s+(?:-c|-command|-e|-enc|-encodedcommand)\b|\beval\s)/i;
var BASE64_BLOB = /[A-Za-z0-9+/]{60,}={0,2}/g;
var BASE64_DECODE = /\bbase64\s+(?:-d|--decode|-D)\b|\batob\s*\(|frombase64string|Buffer\.from\([^)]*['"]base64['"]|b64decode/i;
var INTERPRETER = /^(?:node|nodejs|bun|deno|python|python3|py|ruby|perl|php|bash|sh|zsh|dash|ksh|pwsh|powershell|tsx|ts-node|source|\.)$/;
function textFlags(text2) {
  const flags = [];
  const shown = clipOneLine(text2);
  if (PIPE_TO_SHELL.some((re) => re.test(text2)))
    flags.push({ flag: "pipe-to-shell", reason: `downloads and runs code: ${shown}` });
  if (INLINE_CODE.test(text2)) flags.push({ flag: "inline-shell", reason: `runs inline code: ${shown}` });
  const hidden = hiddenPathRun(text2);
  if (hidden) flags.push({ flag: "hidden-path-exec", reason: `runs a file in a hidden path: ${hidden}` });
  if (hasBase64(text2))
    flags.push({ flag: "base64-blob", reason: `contains or decodes a base64 blob: ${shown}` });
  if (findHidden(text2).length)
    flags.push({ flag: "hidden-unicode", reason: "command contains invisible or bidirectional Unicode" });
  return flags;
}
function hasBase64(text2) {
  if (BASE64_DECODE.test(text2)) return true;
  for (const m of text2.matchAll(BASE64_BLOB)) {
    const s = m[0];
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s) && !/^[A-Za-z/]+$/.test(s)) return true;
  }
  return false;
}
function hiddenPathRun(text2) {
  for (const segment of splitCommands(text2)) {
    const words = tokenize(segment);
    for (let i = 0; i < words.length - 1; i++) {
      if (!INTERPRETER.test(posix.basename(words[i]))) continue;
      let j = i + 1;
      while (j < words.length && words[j].startsWith("-")) j++;
      const target = words[j];
      if (!target) continue;
      const rel = normalizeRepoPath(target);
      if (rel && rel.split("/").some((s) => s.startsWith(".") && s !== "." && s !== ".."))
        return `${words[i]} ${target}`;
    }
  }
  return void 0;
}
var AUTO_EVENTS = /^(sessionstart|session_start|session-start|folderopen|taskstart|task_start|agent-setup|configure)$/i;
function isAutoRunEvent(event) {
  return event !== void 0 && AUTO_EVENTS.test(event);
}
var PINNED_NPX_PACKAGE = /^(?:@[\w.-]+\/)?[\w.-]+@\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/;
function isPinnedNpx(command) {
  const words = tokenize(command);
  if (words[0] !== "npx") return false;
  const pkg = words.slice(1).find((w) => !w.startsWith("-"));
  return pkg !== void 0 && PINNED_NPX_PACKAGE.test(pkg);
}
var CODE_INJECTION_ENV = /^(NODE_OPTIONS|NODE_PATH|LD_PRELOAD|LD_LIBRARY_PATH|LD_AUDIT|DYLD_\w+|BASH_ENV|ENV|ZDOTDIR|PROMPT_COMMAND|PYTHONSTARTUP|PYTHONPATH|PYTHONHOME|PERL5OPT|PERL5LIB|RUBYOPT|RUBYLIB|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|PATH|SHELL|EDITOR|VISUAL|PAGER|GIT_SSH|GIT_SSH_COMMAND|GIT_EXEC_PATH|GIT_EXTERNAL_DIFF|GIT_ASKPASS|SSH_ASKPASS|GIT_PAGER|GIT_EDITOR|GIT_CONFIG_\w+|GIT_TEMPLATE_DIR|NPM_CONFIG_\w*SCRIPT\w*|npm_config_\w*script\w*)$/;
var ENDPOINT_ENV = /(_BASE_URL|_API_BASE|_API_URL|_ENDPOINT|_BASE|^HTTPS?_PROXY|^ALL_PROXY|_PROXY|base[-_]?url|api[-_]?base|endpoint)$/i;
var IDENTITY_ENV = /^GIT_(AUTHOR|COMMITTER)_(NAME|EMAIL|DATE)$/;
function envFlags(name, url) {
  if (CODE_INJECTION_ENV.test(name))
    return [
      { flag: "env-code-injection", reason: `sets ${name}, which makes programs load or run other code` }
    ];
  if (ENDPOINT_ENV.test(name) || url) {
    return [
      {
        flag: "env-endpoint-redirect",
        reason: `sets ${name} (${url ?? "an endpoint"}): requests and credentials can be redirected`
      }
    ];
  }
  return [];
}
function isIdentityEnv(name) {
  return IDENTITY_ENV.test(name);
}
function itemFlags(item) {
  const flags = [...item.flags ?? []];
  if (item.instructed) {
    const told = textFlags(item.command ?? "").filter((f) => f.flag !== "inline-shell");
    return [...flags, ...told.map((f) => ({ flag: f.flag, reason: `instructs the agent: ${f.reason}` }))];
  }
  if (item.command !== void 0) flags.push(...textFlags(item.command));
  if (item.kind === "hook" || item.kind === "task" || item.kind === "command") {
    if (isAutoRunEvent(item.event) && item.capabilities.includes("EXEC")) {
      flags.push({
        flag: "auto-run",
        reason: `${item.event} ${item.kind} runs without a user action: ${clipOneLine(item.command ?? item.value ?? "")}`
      });
    }
  }
  if (item.kind === "mcp-server" && item.command !== void 0 && !isPinnedNpx(item.command)) {
    flags.push({
      flag: "unpinned-mcp",
      reason: `MCP server ${item.key} runs ${clipOneLine(item.command)} (not npx <package>@<exact version>)`
    });
  }
  if (item.kind === "env" && item.event !== void 0) flags.push(...envFlags(item.event, item.url));
  return flags;
}
var HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu;
var PICTOGRAPH = new RegExp("\\p{Extended_Pictographic}", "u");
function findHidden(text2) {
  const lines = text2.split("\n");
  const out = [];
  lines.forEach((line, idx) => {
    const found = /* @__PURE__ */ new Set();
    for (const m of line.matchAll(HIDDEN)) {
      const ch = m[0];
      const at = m.index;
      if (idx === 0 && at === 0 && ch === "\uFEFF") continue;
      if (ch === "\u200D" && PICTOGRAPH.test(charBefore(line, at)) && PICTOGRAPH.test(charAfter(line, at + 1)))
        continue;
      found.add(`U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    }
    if (found.size) out.push({ line: idx + 1, codepoints: [...found].sort() });
  });
  return out;
}
function charBefore(s, at) {
  const prev = [...s.slice(0, at)].at(-1) ?? "";
  return prev === "\uFE0F" ? [...s.slice(0, at)].at(-2) ?? "" : prev;
}
function charAfter(s, at) {
  return [...s.slice(at)][0] ?? "";
}
function introducedHidden(oldText, newText) {
  const old = new Set((oldText ?? "").split("\n"));
  const lines = newText.split("\n");
  return findHidden(newText).filter((h) => !old.has(lines[h.line - 1] ?? ""));
}
function addedLines(oldText, newText) {
  const old = new Set((oldText ?? "").split("\n"));
  return newText.split("\n").filter((l) => !old.has(l)).join("\n");
}
function splitCommands(text2) {
  return text2.split(/&&|\|\||[|;\n]/);
}
function tokenize(text2) {
  const out = [];
  for (const m of text2.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    out.push((m[1] ?? m[2] ?? m[3] ?? "").replace(/["'`]/g, ""));
  }
  return out.filter(Boolean);
}
function normalizeRepoPath(token) {
  let t = /^--?[\w-]+=(.+)$/.exec(token)?.[1] ?? token;
  t = t.replace(/^(?:\$\{?[A-Za-z_]\w*\}?|\$\(pwd\)|\$\{workspaceFolder\}|\$\{workspaceRoot\})\//, "");
  t = t.replace(/[,;)]+$/, "");
  if (!t || t.startsWith("/") || t.startsWith("~") || t.includes("://") || t.includes("$") || t.startsWith("-"))
    return void 0;
  const n = posix.normalize(t);
  if (n === "." || n.startsWith("../") || n === "..") return void 0;
  return n;
}
function commandPaths(command, baseDirs, instructed) {
  const out = /* @__PURE__ */ new Set();
  for (const segment of splitCommands(command)) {
    const words = tokenize(segment);
    words.forEach((w, i) => {
      const prev = words[i - 1];
      const afterInterpreter = prev !== void 0 && INTERPRETER.test(posix.basename(prev));
      if (instructed && !afterInterpreter && !w.startsWith("./")) return;
      if (!instructed && !w.includes("/") && !/\.\w{1,5}$/.test(w)) return;
      const rel = normalizeRepoPath(w);
      if (!rel) return;
      for (const dir of baseDirs) out.add(dir ? posix.normalize(`${dir}/${rel}`) : rel);
    });
  }
  return [...out];
}
function baseDirsFor(path3) {
  const dir = posix.dirname(path3) === "." ? "" : posix.dirname(path3);
  const dirs = /* @__PURE__ */ new Set(["", dir]);
  const m = /^(.*?)(?:^|\/)\.[^/]+\/[^/]*$/.exec(path3);
  if (m) dirs.add(m[1] ?? "");
  return [...dirs];
}
function clipOneLine(text2, max = 200) {
  const one = text2.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max)}\u2026` : one;
}

// src/core/surfaces/catalogue.ts
import { createHash } from "node:crypto";
var import_picomatch2 = __toESM(require_picomatch(), 1);
var CATALOGUE_VERSION = "2026.11.1";
var AI = { reportAll: true };
var SURFACE_RULES = [
  // Claude Code
  {
    id: "CFG-claude-settings",
    globs: ["**/.claude/settings.json", "**/.claude/settings.local.json"],
    tool: "claude-code",
    alsoReadBy: ["devin"],
    capabilities: ["EXEC", "MCP", "ENV", "PERM"],
    parser: "claude-settings",
    ...AI
  },
  {
    id: "CFG-claude-mcp",
    globs: ["**/.mcp.json"],
    tool: "claude-code",
    capabilities: ["EXEC", "MCP", "ENV"],
    parser: "mcp-json",
    ...AI
  },
  {
    id: "CFG-claude-hook-scripts",
    globs: [".claude/hooks/**"],
    tool: "claude-code",
    capabilities: ["EXEC"],
    parser: "plain-exec",
    ...AI
  },
  {
    id: "CFG-claude-extensions",
    globs: [
      ".claude/commands/**",
      ".claude/agents/**",
      ".claude/skills/**",
      ".claude-plugin/marketplace.json"
    ],
    tool: "claude-code",
    capabilities: ["INSTR", "EXEC", "MCP"],
    parser: "by-extension",
    ...AI
  },
  {
    id: "CFG-claude-md",
    globs: ["**/CLAUDE.md", "**/CLAUDE.local.md"],
    tool: "claude-code",
    alsoReadBy: ["copilot"],
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  // GitHub Copilot
  {
    id: "CFG-copilot-instructions",
    globs: [".github/copilot-instructions.md", ".github/instructions/**/*.instructions.md"],
    tool: "copilot",
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  {
    id: "CFG-copilot-prompts",
    globs: [".github/prompts/*.prompt.md", ".github/agents/*.agent.md", ".github/chatmodes/*.chatmode.md"],
    tool: "copilot",
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  {
    id: "CFG-copilot-setup-steps",
    globs: [".github/workflows/copilot-setup-steps.yml", ".github/workflows/copilot-setup-steps.yaml"],
    tool: "copilot-coding-agent",
    capabilities: ["EXEC"],
    parser: "copilot-setup-steps",
    autoRun: true,
    ...AI
  },
  {
    id: "CFG-copilot-hooks",
    globs: [".github/hooks/*.json"],
    tool: "copilot",
    capabilities: ["EXEC"],
    parser: "hooks-json",
    ...AI
  },
  {
    id: "CFG-copilot-mcp",
    globs: [".github/mcp.json"],
    tool: "copilot",
    capabilities: ["MCP", "EXEC", "ENV"],
    parser: "mcp-json",
    ...AI
  },
  {
    id: "CFG-copilot-settings",
    globs: [".github/copilot/settings.json"],
    tool: "copilot",
    capabilities: ["PERM"],
    parser: "generic-json",
    ...AI
  },
  // VS Code and its forks
  {
    id: "CFG-vscode-mcp",
    globs: [".vscode/mcp.json"],
    tool: "copilot",
    capabilities: ["MCP", "EXEC", "ENV"],
    parser: "mcp-json",
    ...AI
  },
  {
    id: "CFG-vscode-settings",
    globs: [".vscode/settings.json"],
    tool: "vscode",
    alsoReadBy: ["copilot", "cursor", "windsurf"],
    capabilities: ["PERM", "ENV", "EXEC", "MCP"],
    parser: "vscode-settings",
    ...AI
  },
  {
    id: "CFG-vscode-tasks",
    globs: [".vscode/tasks.json"],
    tool: "vscode",
    alsoReadBy: ["cursor", "windsurf"],
    capabilities: ["EXEC"],
    parser: "vscode-tasks",
    ...AI
  },
  // Cursor
  {
    id: "CFG-cursor-rules",
    globs: [".cursorrules", ".cursor/rules/**"],
    tool: "cursor",
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  {
    id: "CFG-cursor-hooks",
    globs: [".cursor/hooks.json"],
    tool: "cursor",
    capabilities: ["EXEC"],
    parser: "hooks-json",
    ...AI
  },
  {
    id: "CFG-cursor-hook-scripts",
    globs: [".cursor/hooks/**"],
    tool: "cursor",
    capabilities: ["EXEC"],
    parser: "plain-exec",
    ...AI
  },
  {
    id: "CFG-cursor-mcp",
    globs: [".cursor/mcp.json"],
    tool: "cursor",
    capabilities: ["MCP", "EXEC", "ENV"],
    parser: "mcp-json",
    ...AI
  },
  {
    id: "CFG-cursor-environment",
    globs: [".cursor/environment.json", ".cursor/worktrees.json"],
    tool: "cursor",
    capabilities: ["EXEC", "ENV"],
    parser: "generic-json",
    autoRun: true,
    ...AI
  },
  {
    id: "CFG-cursor-dockerfile",
    globs: [".cursor/Dockerfile"],
    tool: "cursor",
    capabilities: ["EXEC"],
    parser: "plain-exec",
    autoRun: true,
    ...AI
  },
  {
    id: "CFG-cursor-cli",
    globs: [".cursor/cli.json"],
    tool: "cursor",
    capabilities: ["PERM"],
    parser: "generic-json",
    ...AI
  },
  {
    id: "CFG-cursor-commands",
    globs: [".cursor/commands/**"],
    tool: "cursor",
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  {
    id: "CFG-cursor-ignore",
    globs: [".cursorignore"],
    tool: "cursor",
    capabilities: ["PERM"],
    parser: "plain-text",
    ...AI
  },
  // Codex, AGENTS.md and the shared skills folder
  {
    id: "CFG-codex-config",
    globs: [".codex/config.toml"],
    tool: "codex",
    capabilities: ["EXEC", "MCP", "ENV", "PERM"],
    parser: "codex-toml",
    ...AI
  },
  {
    id: "CFG-codex-hooks",
    globs: [".codex/hooks.json"],
    tool: "codex",
    capabilities: ["EXEC"],
    parser: "hooks-json",
    ...AI
  },
  {
    id: "CFG-agents-md",
    globs: ["**/AGENTS.md", "**/AGENTS.override.md"],
    tool: "codex",
    alsoReadBy: ["copilot", "cursor", "amp", "jules", "opencode"],
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  {
    id: "CFG-agents-skills",
    globs: [".agents/skills/**", ".agents/commands/**"],
    tool: "codex",
    alsoReadBy: ["amp", "copilot"],
    capabilities: ["INSTR", "EXEC"],
    parser: "by-extension",
    ...AI
  },
  // Gemini CLI
  {
    id: "CFG-gemini-settings",
    globs: [".gemini/settings.json"],
    tool: "gemini-cli",
    capabilities: ["EXEC", "MCP", "ENV", "PERM"],
    parser: "gemini-settings",
    ...AI
  },
  {
    id: "CFG-gemini-commands",
    globs: [".gemini/commands/**/*.toml"],
    tool: "gemini-cli",
    capabilities: ["INSTR", "EXEC"],
    parser: "gemini-command",
    ...AI
  },
  {
    id: "CFG-gemini-extensions",
    globs: [".gemini/extensions/**", ".gemini/skills/**"],
    tool: "gemini-cli",
    capabilities: ["INSTR", "EXEC", "MCP"],
    parser: "by-extension",
    ...AI
  },
  {
    id: "CFG-gemini-md",
    globs: ["**/GEMINI.md"],
    tool: "gemini-cli",
    alsoReadBy: ["copilot"],
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  {
    id: "CFG-dotenv",
    globs: [".env", ".gemini/.env"],
    tool: "gemini-cli",
    alsoReadBy: ["aider"],
    capabilities: ["ENV"],
    parser: "dotenv",
    ...AI
  },
  // Aider
  {
    id: "CFG-aider-conf",
    globs: ["**/.aider.conf.yml"],
    tool: "aider",
    capabilities: ["EXEC", "ENV", "PERM", "INSTR"],
    parser: "aider-yaml",
    ...AI
  },
  {
    id: "CFG-aider-model-settings",
    globs: [".aider.model.settings.yml", ".aider.model.metadata.json"],
    tool: "aider",
    capabilities: ["ENV"],
    parser: "generic-yaml",
    ...AI
  },
  {
    id: "CFG-aider-ignore",
    globs: [".aiderignore"],
    tool: "aider",
    capabilities: ["PERM"],
    parser: "plain-text",
    ...AI
  },
  {
    id: "CFG-aider-conventions",
    globs: ["CONVENTIONS.md"],
    tool: "aider",
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  // Windsurf
  {
    id: "CFG-windsurf-hooks",
    globs: [".windsurf/hooks.json"],
    tool: "windsurf",
    capabilities: ["EXEC"],
    parser: "hooks-json",
    ...AI
  },
  {
    id: "CFG-windsurf-rules",
    globs: [".windsurfrules", ".windsurf/rules/**", ".windsurf/workflows/**"],
    tool: "windsurf",
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  // Cline
  {
    id: "CFG-cline-hooks",
    globs: [".clinerules/hooks/**"],
    tool: "cline",
    capabilities: ["EXEC"],
    parser: "plain-exec",
    ...AI
  },
  {
    id: "CFG-cline-rules",
    globs: [".clinerules", ".clinerules/**", ".cline/**"],
    tool: "cline",
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  // Roo Code
  {
    id: "CFG-roo-mcp",
    globs: [".roo/mcp.json"],
    tool: "roo-code",
    capabilities: ["MCP", "EXEC", "ENV"],
    parser: "mcp-json",
    ...AI
  },
  {
    id: "CFG-roo-modes",
    globs: [".roomodes"],
    tool: "roo-code",
    capabilities: ["INSTR", "PERM"],
    parser: "generic-yaml",
    ...AI
  },
  {
    id: "CFG-roo-rules",
    globs: [".roo/rules/**", ".roo/rules-*/**", ".roorules", ".roorules-*"],
    tool: "roo-code",
    capabilities: ["INSTR"],
    parser: "markdown-instructions",
    ...AI
  },
  // Kiro
  {
    id: "CFG-kiro-hooks",
    globs: [".kiro/hooks/*.kiro.hook"],
    tool: "kiro",
    capabilities: ["EXEC", "INSTR"],
    parser: "kiro-hook",
    ...AI
  },
  {
    id: "CFG-kiro-mcp",
    globs: [".kiro/settings/mcp.json"],
    tool: "kiro",
    capabilities: ["MCP", "EXEC", "ENV"],
    parser: "mcp-json",
    ...AI
  },
  {
    id: "CFG-kiro-steering",
    globs: [".kiro/steering/**", ".kiro/agents/**", ".kiro/specs/**"],
    tool: "kiro",
    capabilities: ["INSTR", "MCP"],
    parser: "by-extension",
    ...AI
  },
  // Amp
  {
    id: "CFG-amp-settings",
    globs: [".amp/settings.json"],
    tool: "amp",
    capabilities: ["MCP", "EXEC", "PERM"],
    parser: "generic-json",
    ...AI
  },
  // OpenHands
  {
    id: "CFG-openhands-setup",
    globs: [".openhands/setup.sh"],
    tool: "openhands",
    capabilities: ["EXEC"],
    parser: "plain-exec",
    autoRun: true,
    ...AI
  },
  {
    id: "CFG-openhands-pre-commit",
    globs: [".openhands/pre-commit.sh"],
    tool: "openhands",
    capabilities: ["EXEC"],
    parser: "plain-exec",
    ...AI
  },
  {
    id: "CFG-openhands-hooks",
    globs: [".openhands/hooks.json"],
    tool: "openhands",
    capabilities: ["EXEC"],
    parser: "hooks-json",
    ...AI
  },
  {
    id: "CFG-openhands-microagents",
    globs: [".openhands/microagents/**"],
    tool: "openhands",
    capabilities: ["INSTR"],
    parser: "by-extension",
    ...AI
  },
  // Devin
  {
    id: "CFG-devin-hooks",
    globs: [".devin/hooks.v1.json"],
    tool: "devin",
    capabilities: ["EXEC"],
    parser: "hooks-json",
    ...AI
  },
  {
    id: "CFG-devin-mcp",
    globs: [".devin/mcp_config.json"],
    tool: "devin",
    capabilities: ["MCP", "EXEC", "ENV"],
    parser: "mcp-json",
    ...AI
  },
  // Other assistants
  {
    id: "CFG-zed-settings",
    globs: [".zed/settings.json"],
    tool: "other",
    capabilities: ["MCP", "EXEC", "ENV"],
    parser: "generic-json",
    ...AI
  },
  {
    id: "CFG-opencode",
    globs: ["opencode.json", "opencode.jsonc", ".opencode/**"],
    tool: "opencode",
    capabilities: ["INSTR", "MCP", "EXEC"],
    parser: "by-extension",
    ...AI
  },
  {
    id: "CFG-other-assistants",
    globs: [
      ".continue/**",
      ".junie/**",
      ".factory/**",
      ".augment/**",
      ".amazonq/**",
      ".sourcegraph/cody.json"
    ],
    tool: "other",
    capabilities: ["INSTR", "MCP", "EXEC"],
    parser: "by-extension",
    ...AI
  },
  // Code that runs through npm and node-gyp
  {
    id: "CFG-package-scripts",
    globs: ["**/package.json"],
    ignore: ["**/node_modules/**"],
    tool: "npm",
    capabilities: ["EXEC"],
    parser: "package-json",
    reportAll: false
  },
  {
    id: "CFG-binding-gyp",
    globs: ["**/binding.gyp"],
    ignore: ["**/node_modules/**"],
    tool: "node-gyp",
    capabilities: ["EXEC"],
    parser: "binding-gyp",
    reportAll: true
  }
];
var REFERENCED_HELPER_RULE = "CFG-referenced-helper";
var REFERENCED_INSTRUCTIONS_RULE = "CFG-referenced-instructions";
var matchers = /* @__PURE__ */ new Map();
function matcherFor(rule) {
  let m = matchers.get(rule.id);
  if (!m) {
    m = (0, import_picomatch2.default)(rule.globs, { dot: true, ignore: rule.ignore });
    matchers.set(rule.id, m);
  }
  return m;
}
var prefilter = (() => {
  const names = /* @__PURE__ */ new Set();
  for (const glob of SURFACE_RULES.flatMap((r) => r.globs)) {
    const segments = glob.split("/");
    if (segments.some((seg) => seg.startsWith("."))) continue;
    const last = segments.at(-1) ?? "";
    if (/[*?[\]{}()!+@]/.test(last)) return () => true;
    names.add(last);
  }
  return (path3) => path3.startsWith(".") || path3.includes("/.") || names.has(path3.slice(path3.lastIndexOf("/") + 1));
})();
function ruleFor(path3) {
  if (!prefilter(path3)) return void 0;
  return SURFACE_RULES.find((r) => matcherFor(r)(path3));
}
function isInstructionPath(path3) {
  const rule = ruleFor(path3);
  return rule !== void 0 && rule.reportAll && rule.capabilities.some((c) => c === "INSTR" || c === "PERM");
}
function catalogueDigest() {
  const text2 = canonicalize({ version: CATALOGUE_VERSION, rules: SURFACE_RULES });
  return createHash("sha256").update(text2 ?? "").digest("hex");
}
function catalogueInfo() {
  return { version: CATALOGUE_VERSION, digest: catalogueDigest() };
}

// src/core/surfaces/git.ts
import { createHash as createHash2 } from "node:crypto";
async function gitOut(repoPath, args, input) {
  const r = await runGit(repoPath, args, input);
  if (r.code !== 0) {
    const first = r.stderr.split("\n").find((l) => l.trim() !== "") ?? `exit ${r.code}`;
    const command = args.find((a) => !a.startsWith("-")) ?? "";
    throw new AgentAttestError("GIT_ERROR", `git ${command} failed in ${repoPath}: ${first}`);
  }
  return r.stdout;
}
async function resolveCommit(repoPath, rev, what) {
  try {
    const out = await gitOut(repoPath, [
      "rev-parse",
      "--verify",
      "--quiet",
      "--end-of-options",
      `${rev}^{commit}`
    ]);
    return out.toString("utf8").trim();
  } catch {
    const shallow = await gitOut(repoPath, ["rev-parse", "--is-shallow-repository"]).catch(
      () => Buffer.from("")
    );
    if (shallow.toString("utf8").trim() === "true") {
      throw new AgentAttestError(
        "SHALLOW_CLONE",
        `${what} ${JSON.stringify(rev)} is not in the shallow clone at ${repoPath}; fetch with fetch-depth: 0`
      );
    }
    throw new AgentAttestError(
      "GIT_ERROR",
      `${what} ${JSON.stringify(rev)} is not a commit in ${repoPath}; pass an existing revision`
    );
  }
}
var ZERO = /^0+$/;
async function diffRaw(repoPath, from, to) {
  const out = await gitOut(repoPath, [
    "diff",
    "--raw",
    "-z",
    "-M",
    "--no-abbrev",
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    "--end-of-options",
    from,
    to,
    "--"
  ]);
  const parts = out.toString("utf8").split("\0");
  const changes = [];
  for (let i = 0; i < parts.length; ) {
    const head = parts[i++];
    if (!head) continue;
    const [oldMode = "", newMode = "", oldOid = "", newOid = "", statusField = ""] = head.slice(1).split(" ");
    const letter = statusField[0] ?? "M";
    const first = parts[i++] ?? "";
    const change = {
      status: letter === "R" || letter === "A" || letter === "D" || letter === "T" ? letter : "M",
      oldMode,
      newMode,
      ...ZERO.test(oldOid) ? {} : { oldOid },
      ...ZERO.test(newOid) ? {} : { newOid }
    };
    if (letter === "R") {
      change.oldPath = first;
      change.newPath = parts[i++] ?? "";
    } else if (letter === "A") change.newPath = first;
    else if (letter === "D") change.oldPath = first;
    else {
      change.oldPath = first;
      change.newPath = first;
    }
    changes.push(change);
  }
  return changes;
}
async function listTree2(repoPath, commit) {
  const out = await gitOut(repoPath, ["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit]);
  const entries = [];
  for (const rec of out.toString("utf8").split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("	");
    const [mode = "", type = "", oid = ""] = rec.slice(0, tab).split(" ");
    if (type === "blob") entries.push({ path: rec.slice(tab + 1), mode, oid });
  }
  return entries;
}
var BlobReader = class {
  constructor(repoPath, maxBytes) {
    this.repoPath = repoPath;
    this.maxBytes = maxBytes;
  }
  repoPath;
  maxBytes;
  /** Started by the first read that asks for a blob: most ranges change no AI config surface. */
  child;
  pending = Buffer.alloc(0);
  queue = [];
  current;
  exited;
  start() {
    const child = spawnGit(this.repoPath, ["cat-file", "--batch"]);
    child.stdout.on("data", (d) => this.onData(d));
    child.stderr.resume();
    child.stdin.on("error", () => {
    });
    const fail = (e) => {
      this.exited = e;
      for (const q of this.queue.splice(0)) q.done(e);
    };
    child.on(
      "error",
      (e) => fail(new AgentAttestError("GIT_ERROR", `cannot run git cat-file: ${e.message}`))
    );
    child.on(
      "close",
      (code) => fail(new AgentAttestError("GIT_ERROR", `git cat-file exited (${code}) in ${this.repoPath}`))
    );
    return child;
  }
  /** Blobs by object id; one write per call, answers stream back in order on the same process. */
  async read(oids) {
    const unique = [...new Set(oids)];
    if (unique.length === 0) return /* @__PURE__ */ new Map();
    if (this.exited) throw this.exited;
    const blobs = unique.map(
      (oid) => new Promise((resolve, reject) => {
        this.queue.push({ oid, done: (b) => b instanceof Error ? reject(b) : resolve(b) });
      })
    );
    this.child ??= this.start();
    this.child.stdin.write(unique.join("\n") + "\n");
    const read = await Promise.all(blobs);
    return new Map(unique.map((oid, i) => [oid, read[i]]));
  }
  close() {
    this.child?.stdin.end();
  }
  onData(chunk) {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (; ; ) {
      if (!this.current) {
        const nl = this.pending.indexOf(10);
        if (nl < 0) return;
        const header = this.pending.subarray(0, nl).toString("utf8");
        this.pending = this.pending.subarray(nl + 1);
        const [, type, sizeText] = header.split(" ");
        if (header.endsWith(" missing") || type === void 0) {
          const q = this.queue.shift();
          q?.done(
            new AgentAttestError(
              "GIT_ERROR",
              `object ${q.oid} is missing in ${this.repoPath}; fetch full history`
            )
          );
          continue;
        }
        const size = Number(sizeText);
        this.current = { size, remaining: size + 1, hash: createHash2("sha256"), kept: [] };
      }
      if (this.pending.length === 0) return;
      const cur = this.current;
      const take = Math.min(cur.remaining, this.pending.length);
      const piece = this.pending.subarray(0, take);
      this.pending = this.pending.subarray(take);
      cur.remaining -= take;
      const body = cur.remaining === 0 ? piece.subarray(0, piece.length - 1) : piece;
      cur.hash.update(body);
      if (cur.size <= this.maxBytes) cur.kept.push(body);
      if (cur.remaining > 0) return;
      this.current = void 0;
      this.queue.shift()?.done({
        size: cur.size,
        sha256: cur.hash.digest("hex"),
        ...cur.size <= this.maxBytes ? { content: Buffer.concat(cur.kept) } : {}
      });
    }
  }
};
var MAX_PATHSPECS = 2e3;
async function commitsWithPaths(repoPath, from, to, paths) {
  const range = from ? `${from}..${to}` : to;
  const limit = paths.length <= MAX_PATHSPECS ? paths : [];
  const out = await gitOut(repoPath, [
    "--literal-pathspecs",
    "log",
    "--full-history",
    "-z",
    "--name-status",
    "--no-renames",
    "--diff-merges=dense-combined",
    "--no-ext-diff",
    "--no-textconv",
    "--format=%x01%H",
    "--end-of-options",
    range,
    "--",
    ...limit
  ]);
  const commits = [];
  for (const chunk of out.toString("utf8").split("")) {
    if (!chunk) continue;
    const [sha = "", ...rest] = chunk.split("\0");
    const paths2 = [];
    for (let i = 0; i + 1 < rest.length; i += 2) {
      const status = (rest[i] ?? "").trim();
      const path3 = rest[i + 1] ?? "";
      if (status && path3) paths2.push(path3);
    }
    commits.push({ sha: sha.trim(), paths: paths2 });
  }
  return commits;
}

// src/core/surfaces/parse/values.ts
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function asArray(v) {
  return Array.isArray(v) ? v : v === void 0 || v === null ? [] : [v];
}
function str(v) {
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
}
var MAX_TEXT = 1e3;
function clip(text2, max = MAX_TEXT) {
  return text2.length > max ? `${text2.slice(0, max)}\u2026[${text2.length - max} more characters]` : text2;
}
function valueText(v) {
  return clip(str(v) ?? JSON.stringify(v) ?? "null", 300);
}
function truthy(v) {
  if (isObj(v)) return Object.keys(v).length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return v === true || v === "on" || v === "true" || v === "always";
}

// src/core/surfaces/parse/items.ts
var MAX_ITEMS = 500;
function withIds(drafts) {
  const counts = /* @__PURE__ */ new Map();
  const items = [];
  for (const draft of drafts) {
    if (items.length >= MAX_ITEMS) break;
    const base = draft.id ?? `${draft.kind}|${draft.key}|${draft.command ?? draft.url ?? draft.value ?? ""}`;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    const item = { ...draft, id: n === 1 ? base : `${base}#${n}` };
    if (item.command !== void 0) item.command = clip(item.command);
    items.push(item);
  }
  return items;
}
function permissionItem(key, value, flag, capabilities = ["PERM"]) {
  return {
    id: `perm|${key}`,
    kind: "permission",
    capabilities,
    key,
    value,
    ...flag ? { flags: [flag] } : {}
  };
}
function append(to, from) {
  for (const x of from) to.push(x);
}

// src/core/surfaces/parse/redact.ts
var SECRET_KEY = /(key|token|secret|passw|credential|auth|cookie|session|private|signature|bearer)/i;
function envValue(key, value) {
  const text2 = str(value) ?? JSON.stringify(value) ?? "";
  if (SECRET_KEY.test(key) && !/(_BASE_URL|_URL|_HOST|_ENDPOINT)$/i.test(key)) return "<redacted>";
  return clip(redactUrl(text2), 300);
}
function redactUrl(text2) {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text2)) return text2;
  try {
    const u = new URL(text2);
    if (!u.username && !u.password && !u.search) return text2;
    if (u.username) u.username = "redacted";
    if (u.password) u.password = "redacted";
    for (const k of [...u.searchParams.keys()]) u.searchParams.set(k, "redacted");
    return u.toString();
  } catch {
    return text2.replace(/\/\/[^/@\s]*@/, "//redacted@");
  }
}

// src/core/surfaces/parse/extract/env.ts
function envItems(env, prefix) {
  if (!isObj(env)) return [];
  return Object.entries(env).map(([k, v]) => envItem(`${prefix}.${k}`, k, envValue(k, v)));
}
function envItem(key, name, value) {
  return { id: `env|${key}`, kind: "env", capabilities: ["ENV"], key, event: name, value };
}
function endpointItem(key, name, url) {
  return { id: `env|${key}`, kind: "env", capabilities: ["ENV"], key, event: name, url: redactUrl(url) };
}

// src/core/surfaces/parse/formats/yaml.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/surfaces/parse/types.ts
var SurfaceParseError = class extends Error {
};

// src/core/surfaces/parse/formats/errors.ts
function firstLine(e) {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split("\n")[0] ?? "").slice(0, 300);
}

// src/core/surfaces/parse/formats/yaml.ts
function parseYaml(text2) {
  try {
    return (0, import_yaml.parse)(text2, { maxAliasCount: 100, prettyErrors: false });
  } catch (e) {
    throw new SurfaceParseError(`invalid YAML: ${firstLine(e)}`);
  }
}

// src/core/surfaces/parse/tools/aider-yaml.ts
var ATTRIBUTION = ["attribute-co-authored-by", "attribute-author", "attribute-committer"];
var parseAiderYaml = ({ text: text2 }) => {
  const doc = parseYaml(text2);
  if (doc === null || doc === void 0) return { items: [], document: doc };
  if (!isObj(doc)) throw new SurfaceParseError(".aider.conf.yml is not a YAML mapping");
  const items = [];
  for (const k of ["lint-cmd", "test-cmd"]) {
    for (const c of asArray(doc[k])) {
      const command = str(c) ?? (isObj(c) ? Object.entries(c).map(([lang, cmd]) => `${lang}: ${str(cmd)}`).join("; ") : void 0);
      if (command) items.push({ kind: "command", capabilities: ["EXEC"], key: k, event: k, command });
    }
  }
  for (const k of ["auto-lint", "auto-test", "yes-always"]) {
    if (doc[k] === void 0) continue;
    items.push(
      permissionItem(
        k,
        valueText(doc[k]),
        k === "yes-always" && doc[k] === true ? {
          flag: "auto-approve",
          reason: "yes-always: true confirms every action, including running commands"
        } : void 0
      )
    );
  }
  for (const f of asArray(doc.read))
    items.push({ kind: "permission", capabilities: ["INSTR"], key: "read", value: valueText(f) });
  if (doc.load !== void 0)
    items.push({ kind: "command", capabilities: ["EXEC"], key: "load", value: valueText(doc.load) });
  if (doc["env-file"] !== void 0)
    items.push({
      id: "env|env-file",
      kind: "env",
      capabilities: ["ENV"],
      key: "env-file",
      value: valueText(doc["env-file"])
    });
  for (const e of asArray(doc["set-env"])) {
    const [k = "", ...v] = String(e).split("=");
    items.push(envItem(`set-env.${k}`, k, envValue(k, v.join("="))));
  }
  const suppression = ATTRIBUTION.filter((k) => doc[k] === false).map((k) => `${k}=false`);
  for (const [k, v] of Object.entries(doc)) {
    if (/api-base$/.test(k) && typeof v === "string") items.push(endpointItem(k, k, v));
  }
  return { items, suppression, document: doc };
};

// src/core/surfaces/parse/command.ts
function joinArgv(argv) {
  return argv.map((a) => /^[\w@%+=:,./${}-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
function commandOf(command, args) {
  const head = Array.isArray(command) ? command.map((c) => str(c) ?? "") : [str(command)];
  if (head[0] === void 0 || head.every((h) => !h)) return void 0;
  const rest = asArray(args).map((a) => isObj(a) ? str(a.value) : str(a)).filter((a) => a !== void 0);
  if (!Array.isArray(command) && rest.length === 0) return head[0];
  return joinArgv([...head, ...rest]);
}

// src/core/surfaces/parse/tools/binding-gyp.ts
var parseBindingGyp = ({ text: text2 }) => {
  const items = [];
  for (const m of text2.matchAll(/<!@?\(([^)]*)\)/g)) {
    items.push({
      kind: "command",
      capabilities: ["EXEC"],
      key: "command-expansion",
      event: "configure",
      command: (m[1] ?? "").trim()
    });
  }
  for (const m of text2.matchAll(/['"]action['"]\s*:\s*\[([^\]]*)\]/g)) {
    const argv = [...(m[1] ?? "").matchAll(/'([^']*)'|"([^"]*)"/g)].map((a) => a[1] ?? a[2] ?? "");
    items.push({
      kind: "command",
      capabilities: ["EXEC"],
      key: "actions",
      event: "build",
      command: joinArgv(argv)
    });
  }
  return { items, executableText: text2 };
};

// src/core/surfaces/parse/extract/hooks.ts
var HOOK_COMMAND_KEYS = [
  "command",
  "bash",
  "sh",
  "powershell",
  "pwsh",
  "cmd",
  "script",
  "run",
  "linux",
  "osx",
  "windows"
];
var NOT_EVENTS = /* @__PURE__ */ new Set(["enabled", "disabled", "notifications", "version", "settings"]);
function hookItems(hooks, prefix = "hooks") {
  const entries = isObj(hooks) ? Object.entries(hooks) : asArray(hooks).map((h) => [str(isObj(h) ? h.event ?? h.type ?? h.on : void 0) ?? "*", h]);
  const items = [];
  for (const [event, value] of entries) {
    if (NOT_EVENTS.has(event)) continue;
    for (const entry of asArray(value)) collectHook(event, entry, void 0, `${prefix}.${event}`, items);
  }
  return items;
}
function collectHook(event, entry, matcher, key, items) {
  if (typeof entry === "string") {
    items.push({ kind: "hook", capabilities: ["EXEC"], key, event, command: entry });
    return;
  }
  if (!isObj(entry)) return;
  const m = str(entry.matcher) ?? matcher;
  const where = m ? `${key}[${m}]` : key;
  let found = false;
  for (const k of HOOK_COMMAND_KEYS) {
    const c = k === "command" ? commandOf(entry.command, entry.args) : str(entry[k]);
    if (c === void 0) continue;
    items.push({
      kind: "hook",
      capabilities: ["EXEC"],
      key: k === "command" ? where : `${where}.${k}`,
      event,
      command: c
    });
    found = true;
  }
  if (!found && typeof entry.prompt === "string") {
    items.push({ kind: "hook", capabilities: ["INSTR"], key: where, event, value: clip(entry.prompt, 300) });
  }
  for (const nested of asArray(entry.hooks)) collectHook(event, nested, m, key, items);
}

// src/core/surfaces/parse/extract/mcp.ts
function mcpItems(servers, prefix) {
  if (!isObj(servers)) return [];
  const items = [];
  for (const [name, server] of Object.entries(servers)) {
    if (!isObj(server)) continue;
    const key = `${prefix}.${name}`;
    const command = commandOf(server.command, server.args);
    const url = str(server.url) ?? str(server.httpUrl) ?? str(server.serverUrl) ?? str(server.uri);
    const env = isObj(server.env) ? Object.keys(server.env) : [];
    const headers = isObj(server.headers) ? Object.keys(server.headers) : isObj(server.http_headers) ? Object.keys(server.http_headers) : [];
    const details = [
      ...env.length ? [`env: ${env.join(", ")}`] : [],
      ...headers.length ? [`headers: ${headers.join(", ")}`] : [],
      ...str(server.cwd) ? [`cwd: ${str(server.cwd)}`] : []
    ];
    const flags = [];
    if (server.trust === true || server.autoApprove === true || Array.isArray(server.autoApprove) && server.autoApprove.length) {
      flags.push({
        flag: "auto-approve",
        reason: `MCP server ${name} is trusted: its tool calls skip confirmation`
      });
    }
    items.push({
      id: `mcp|${key}`,
      kind: "mcp-server",
      capabilities: command ? ["MCP", "EXEC"] : ["MCP"],
      key,
      ...command ? { command } : {},
      ...url ? { url: redactUrl(url) } : {},
      ...details.length ? { value: details.join("; ") } : {},
      ...flags.length ? { flags } : {}
    });
    append(items, envItems(server.env, `${key}.env`));
    const helper = str(server.headersHelper);
    if (helper)
      items.push({ kind: "command", capabilities: ["EXEC"], key: `${key}.headersHelper`, command: helper });
  }
  return items;
}

// src/core/surfaces/parse/extract/generic.ts
var EXEC_KEY = /^(command|commands|cmd|bash|sh|shell|powershell|pwsh|script|run|exec|install|start|setup|setup-worktree(-unix|-windows)?|terminals?|lint-cmd|test-cmd|entrypoint|discoveryCommand|callCommand|toolDiscoveryCommand|toolCallCommand|headersHelper|apiKeyHelper|notify)$/i;
var MCP_KEY = /(^|\.)(mcpServers|mcp_servers|servers|context_servers|mcp)$/i;
var ENV_KEY = /^(env|environment|envs|set_env|setEnv|terminal\.integrated\.env\.\w+)$/i;
var ENDPOINT_KEY = /(base[-_]?url|api[-_]?base|endpoint)$/i;
var PERM_KEY = /permission|approv|allow|deny|autoAccept|yolo|dangerous|trust|sandbox|bypass|(groups|tools)$/i;
var INSTR_KEY = /^(prompt|instructions?|customInstructions|roleDefinition|systemPrompt|system_prompt|rules|whenToUse)$/i;
var MAX_DEPTH = 12;
function genericItems(doc) {
  const result = { items: [], instructions: [] };
  walk(doc, "", 0, result);
  return result;
}
function walk(doc, prefix, depth, out) {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(doc)) {
    doc.forEach((v, i) => walk(v, `${prefix}[${i}]`, depth + 1, out));
    return;
  }
  if (!isObj(doc)) return;
  if (doc.command !== void 0 && (doc.args !== void 0 || Array.isArray(doc.command)) && !isObj(doc.command)) {
    const c = commandOf(doc.command, doc.args);
    if (c)
      out.items.push({
        kind: "command",
        capabilities: ["EXEC"],
        key: `${prefix}.command`.replace(/^\./, ""),
        command: c
      });
  }
  for (const [k, v] of Object.entries(doc)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (k === "hooks" && (isObj(v) || Array.isArray(v))) append(out.items, hookItems(v, key));
    else if (MCP_KEY.test(k) && isObj(v) && Object.values(v).some(isObj)) append(out.items, mcpItems(v, key));
    else if (ENV_KEY.test(k) && isObj(v)) append(out.items, envItems(v, key));
    else if (k === "args" && doc.command !== void 0) continue;
    else if (k === "command" && (doc.args !== void 0 || Array.isArray(v))) continue;
    else if (EXEC_KEY.test(k) && (typeof v === "string" || Array.isArray(v) && v.every((x) => typeof x === "string"))) {
      for (const c of asArray(v))
        out.items.push({ kind: "command", capabilities: ["EXEC"], key, command: c });
    } else if (ENDPOINT_KEY.test(k) && typeof v === "string") out.items.push(endpointItem(key, k, v));
    else if (INSTR_KEY.test(k) && typeof v === "string") out.instructions.push(`${key}: ${v}`);
    else if (PERM_KEY.test(k) && !isObj(v)) {
      out.items.push(permissionItem(key, valueText(v)));
    } else if (isObj(v) || Array.isArray(v)) walk(v, key, depth + 1, out);
  }
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  return currentParent[0];
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString2(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString2(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray2() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray2();
      case 1:
        return parseObject();
      case 10:
        return parseString2(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/core/surfaces/parse/formats/jsonc.ts
function parseJsonc(text2) {
  const errors = [];
  const value = parse2(text2.replace(/^\uFEFF/, ""), errors, {
    allowTrailingComma: true,
    disallowComments: false
  });
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text2, first.offset);
    throw new SurfaceParseError(
      `invalid JSON: ${printParseErrorCode(first.error)} at line ${line} column ${column}`
    );
  }
  return value;
}
function lineColumn(text2, offset) {
  const before = text2.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

// src/core/surfaces/parse/tools/claude-settings.ts
var KNOWN = /* @__PURE__ */ new Set([
  "hooks",
  "statusLine",
  "apiKeyHelper",
  "awsAuthRefresh",
  "awsCredentialExport",
  "otelHeadersHelper",
  "env",
  "permissions",
  "enableAllProjectMcpServers",
  "enabledMcpjsonServers",
  "enabledPlugins",
  "extraKnownMarketplaces",
  "attribution",
  "includeCoAuthoredBy",
  "mcpServers"
]);
var HELPERS = ["apiKeyHelper", "awsAuthRefresh", "awsCredentialExport", "otelHeadersHelper"];
var parseClaudeSettings = ({ text: text2 }) => {
  const doc = parseJsonc(text2);
  if (!isObj(doc)) throw new SurfaceParseError("settings file is not a JSON object");
  const items = [];
  const suppression = [];
  if (doc.hooks !== void 0) append(items, hookItems(doc.hooks));
  if (isObj(doc.statusLine)) {
    const c = str(doc.statusLine.command);
    if (c) items.push({ kind: "command", capabilities: ["EXEC"], key: "statusLine.command", command: c });
  }
  for (const k of HELPERS) {
    const c = str(doc[k]);
    if (c) items.push({ kind: "command", capabilities: ["EXEC"], key: k, command: c });
  }
  append(items, envItems(doc.env, "env"));
  append(items, permissionItems(doc.permissions));
  if (doc.enableAllProjectMcpServers !== void 0) {
    items.push(
      permissionItem(
        "enableAllProjectMcpServers",
        valueText(doc.enableAllProjectMcpServers),
        doc.enableAllProjectMcpServers === true ? {
          flag: "mcp-auto-enable",
          reason: "enableAllProjectMcpServers: true starts every project MCP server without approval"
        } : void 0,
        ["MCP", "PERM"]
      )
    );
  }
  for (const name of asArray(doc.enabledMcpjsonServers)) {
    items.push({
      kind: "permission",
      capabilities: ["MCP", "PERM"],
      key: "enabledMcpjsonServers",
      value: valueText(name)
    });
  }
  if (isObj(doc.enabledPlugins)) {
    for (const [name, on] of Object.entries(doc.enabledPlugins)) {
      if (on !== false)
        items.push({
          id: `plugin|${name}`,
          kind: "command",
          capabilities: ["EXEC", "MCP"],
          key: `enabledPlugins.${name}`,
          value: valueText(on)
        });
    }
  }
  if (isObj(doc.extraKnownMarketplaces)) {
    for (const [name, src] of Object.entries(doc.extraKnownMarketplaces)) {
      items.push({
        id: `marketplace|${name}`,
        kind: "command",
        capabilities: ["EXEC", "MCP"],
        key: `extraKnownMarketplaces.${name}`,
        value: valueText(src)
      });
    }
  }
  if (isObj(doc.mcpServers)) append(items, mcpItems(doc.mcpServers, "mcpServers"));
  if (isObj(doc.attribution)) {
    for (const k of ["commit", "pr"]) if (doc.attribution[k] === "") suppression.push(`attribution.${k}=""`);
  }
  if (doc.includeCoAuthoredBy === false) suppression.push("includeCoAuthoredBy=false");
  const rest = genericItems(Object.fromEntries(Object.entries(doc).filter(([k]) => !KNOWN.has(k))));
  append(items, rest.items);
  return { items, suppression, instructions: rest.instructions, document: doc };
};
function permissionItems(perms) {
  if (!isObj(perms)) return [];
  const items = [];
  for (const [k, v] of Object.entries(perms)) {
    if (Array.isArray(v)) {
      for (const rule of v)
        items.push({
          kind: "permission",
          capabilities: ["PERM"],
          key: `permissions.${k}`,
          value: valueText(rule)
        });
    } else {
      items.push(
        permissionItem(
          `permissions.${k}`,
          valueText(v),
          k === "defaultMode" && v === "bypassPermissions" ? {
            flag: "permission-bypass",
            reason: "permissions.defaultMode: bypassPermissions runs every tool without asking"
          } : void 0
        )
      );
    }
  }
  return items;
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit2(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit2(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit2(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit2(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit2(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse3(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/core/surfaces/parse/formats/toml.ts
function parseToml(text2) {
  try {
    return parse3(text2);
  } catch (e) {
    throw new SurfaceParseError(`invalid TOML: ${firstLine(e)}`);
  }
}

// src/core/surfaces/parse/tools/codex-toml.ts
var DEDICATED = /* @__PURE__ */ new Set(["mcp_servers", "hooks", "notify"]);
var parseCodexToml = ({ text: text2 }) => {
  const doc = parseToml(text2);
  if (!isObj(doc)) throw new SurfaceParseError("config.toml is not a table");
  const items = [];
  if (isObj(doc.mcp_servers)) append(items, mcpItems(doc.mcp_servers, "mcp_servers"));
  if (doc.hooks !== void 0) append(items, hookItems(doc.hooks));
  if (doc.notify !== void 0) {
    const c = Array.isArray(doc.notify) ? joinArgv(doc.notify.map(String)) : str(doc.notify);
    if (c) items.push({ kind: "command", capabilities: ["EXEC"], key: "notify", command: c });
  }
  if (isObj(doc.shell_environment_policy))
    append(items, envItems(doc.shell_environment_policy.set, "shell_environment_policy.set"));
  const rest = genericItems(Object.fromEntries(Object.entries(doc).filter(([k]) => !DEDICATED.has(k))));
  append(items, rest.items);
  return { items: items.map(withPolicyFlags), instructions: rest.instructions, document: doc };
};
function withPolicyFlags(item) {
  const flags = [];
  if (item.key.endsWith("approval_policy") && item.value === "never")
    flags.push({ flag: "auto-approve", reason: 'approval_policy = "never" runs commands without asking' });
  if (item.key.endsWith("sandbox_mode") && item.value === "danger-full-access")
    flags.push({
      flag: "permission-bypass",
      reason: 'sandbox_mode = "danger-full-access" turns the sandbox off'
    });
  return flags.length ? { ...item, flags: [...item.flags ?? [], ...flags] } : item;
}

// src/core/surfaces/parse/tools/copilot-setup-steps.ts
var parseCopilotSetupSteps = ({ text: text2 }) => {
  const doc = parseYaml(text2);
  if (!isObj(doc)) throw new SurfaceParseError("workflow is not a YAML mapping");
  const items = [];
  const job = isObj(doc.jobs) ? doc.jobs["copilot-setup-steps"] : void 0;
  if (!isObj(job)) return { items, document: doc };
  asArray(job.steps).forEach((step, i) => {
    if (!isObj(step)) return;
    const name = str(step.name) ?? str(step.id) ?? `#${i}`;
    for (const field of ["run", "uses"]) {
      const text3 = str(step[field]);
      if (!text3) continue;
      items.push({
        id: `step|${name}|${field}`,
        kind: "command",
        capabilities: ["EXEC"],
        key: `steps[${name}].${field}`,
        event: "agent-setup",
        ...field === "run" ? { command: text3 } : { value: text3 }
      });
    }
    append(items, envItems(step.env, `steps[${name}].env`));
  });
  return { items, document: doc };
};

// src/core/surfaces/parse/formats/dotenv.ts
function parseDotenv(text2) {
  const entries = [];
  for (const line of text2.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    if (m) entries.push([m[1], (m[2] ?? "").replace(/^(['"])(.*)\1$/, "$2")]);
  }
  return entries;
}

// src/core/surfaces/parse/tools/dotenv.ts
var parseDotenvFile = ({ text: text2 }) => ({
  items: parseDotenv(text2).map(([key, value]) => envItem(key, key, envValue(key, value)))
});

// src/core/surfaces/parse/instructed.ts
var INTERPRETERS = "node|nodejs|bun|deno|python3?|py|ruby|perl|php|bash|sh|zsh|pwsh|powershell|tsx|ts-node|npx|source";
var COMMAND = new RegExp(
  `(?:^|[\\s\`'"(])((?:${INTERPRETERS})\\s+(?:-\\S+\\s+)*[^\\s\`'")]+|\\./[^\\s\`'")]+)`,
  "gm"
);
var MAX_COMMANDS = 50;
function instructedCommands(text2) {
  const seen = /* @__PURE__ */ new Set();
  const items = [];
  for (const m of text2.matchAll(COMMAND)) {
    const command = m[1]?.trim();
    if (!command || seen.has(command) || seen.size >= MAX_COMMANDS) continue;
    seen.add(command);
    items.push({
      kind: "instructed-command",
      capabilities: ["INSTR"],
      key: "text",
      command,
      instructed: true
    });
  }
  return items;
}

// src/core/surfaces/parse/tools/gemini-command.ts
var parseGeminiCommand = ({ text: text2 }) => {
  const doc = parseToml(text2);
  if (!isObj(doc)) throw new SurfaceParseError("command file is not a TOML table");
  const prompt = str(doc.prompt) ?? "";
  const items = [];
  for (const m of prompt.matchAll(/!\{([^}]*)\}/g)) {
    items.push({
      kind: "command",
      capabilities: ["EXEC"],
      key: "prompt",
      event: "shell-injection",
      command: m[1] ?? ""
    });
  }
  append(items, instructedCommands(prompt));
  return { items, instructions: [prompt], document: doc };
};

// src/core/surfaces/parse/tools/gemini-settings.ts
var parseGeminiSettings = ({ text: text2 }) => {
  const doc = parseJsonc(text2);
  if (!isObj(doc)) throw new SurfaceParseError("settings file is not a JSON object");
  const items = [];
  if (doc.hooks !== void 0) append(items, hookItems(doc.hooks));
  if (isObj(doc.mcpServers)) append(items, mcpItems(doc.mcpServers, "mcpServers"));
  const rest = genericItems(
    Object.fromEntries(Object.entries(doc).filter(([k]) => k !== "hooks" && k !== "mcpServers"))
  );
  append(items, rest.items);
  return { items: items.map(withAutoAccept), instructions: rest.instructions, document: doc };
};
function withAutoAccept(item) {
  if (item.kind !== "permission" || !/(autoAccept|yolo|approvalMode)$/i.test(item.key) || !/^(true|"?yolo"?|"?auto_edit"?)$/i.test(item.value ?? ""))
    return item;
  const flag = {
    flag: "auto-approve",
    reason: `${item.key}: ${item.value} runs tools without confirmation`
  };
  return { ...item, flags: [...item.flags ?? [], flag] };
}

// src/core/surfaces/parse/tools/generic.ts
function walked(document) {
  const { items, instructions } = genericItems(document);
  return { items, instructions, document };
}
var parseGenericJson = ({ text: text2 }) => walked(parseJsonc(text2));
var parseGenericYaml = ({ text: text2 }) => walked(parseYaml(text2));

// src/core/surfaces/parse/tools/hooks-json.ts
var parseHooksJson = ({ text: text2 }) => {
  const doc = parseJsonc(text2);
  if (!isObj(doc)) throw new SurfaceParseError("hooks file is not a JSON object");
  return { items: hookItems(doc.hooks ?? {}), document: doc };
};

// src/core/surfaces/parse/tools/kiro-hook.ts
var parseKiroHook = ({ text: text2 }) => {
  const doc = parseJsonc(text2);
  if (!isObj(doc)) throw new SurfaceParseError(".kiro.hook is not a JSON object");
  const when = isObj(doc.when) ? doc.when : {};
  const then = isObj(doc.then) ? doc.then : {};
  const event = str(when.type) ?? "unknown";
  const items = [];
  const instructions = [];
  const command = str(then.command);
  if (command)
    items.push({
      id: "hook|then",
      kind: "hook",
      capabilities: ["EXEC"],
      key: "then.command",
      event,
      command
    });
  const prompt = str(then.prompt);
  if (prompt) {
    instructions.push(prompt);
    append(items, instructedCommands(prompt));
  }
  if (when.patterns !== void 0)
    items.push({
      id: "hook|when",
      kind: "hook",
      capabilities: [],
      key: "when.patterns",
      event,
      value: valueText(when.patterns)
    });
  return { items, instructions, document: doc };
};

// src/core/surfaces/parse/formats/front-matter.ts
function splitFrontMatter(text2) {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text2);
  if (!m) return { body: text2 };
  return { frontMatter: parseYaml(m[1] ?? ""), body: text2.slice(m[0].length) };
}

// src/core/surfaces/parse/tools/markdown-instructions.ts
var IMPORT = /(?:^|\s)@((?:\.{1,2}\/)?[\w-][\w.\-/]*\.\w+)/gm;
var parseMarkdownInstructions = ({ text: text2 }) => {
  const { frontMatter } = splitFrontMatter(text2);
  const items = [];
  if (isObj(frontMatter)) {
    if (frontMatter.hooks !== void 0) append(items, hookItems(frontMatter.hooks));
    if (isObj(frontMatter.mcpServers)) append(items, mcpItems(frontMatter.mcpServers, "mcpServers"));
    for (const k of ["allowed-tools", "allowedTools", "tools"]) {
      if (frontMatter[k] !== void 0) items.push(permissionItem(k, valueText(frontMatter[k])));
    }
  }
  append(items, instructedCommands(text2));
  for (const m of text2.matchAll(IMPORT)) {
    items.push({
      id: `import|${m[1]}`,
      kind: "file",
      capabilities: ["INSTR"],
      key: "import",
      value: m[1],
      imported: true
    });
  }
  return { items, instructions: [text2], document: frontMatter };
};

// src/core/surfaces/parse/tools/mcp-json.ts
var parseMcpJson = ({ text: text2 }) => {
  const doc = parseJsonc(text2);
  if (!isObj(doc)) throw new SurfaceParseError("MCP configuration is not a JSON object");
  const servers = doc.mcpServers ?? doc.servers ?? doc.mcp_servers ?? doc.context_servers;
  const prefix = doc.mcpServers ? "mcpServers" : doc.servers ? "servers" : "mcp_servers";
  return { items: mcpItems(servers, prefix), document: doc };
};

// src/core/surfaces/parse/tools/package-json.ts
var NPM_IMPLICIT_SCRIPTS = [
  "preinstall",
  "install",
  "postinstall",
  "preuninstall",
  "uninstall",
  "postuninstall",
  "prepublish",
  "preprepare",
  "prepare",
  "postprepare",
  "prepublishOnly",
  "prepack",
  "postpack",
  "dependencies",
  "pretest",
  "test",
  "posttest"
];
var MAX_DEPTH2 = 3;
var RUN_SCRIPT = /\b(?:npm\s+(?:run|run-script)|yarn(?:\s+run)?|pnpm(?:\s+run)?|bun\s+run)\s+([\w:.-]+)/g;
var parsePackageJson = ({ text: text2 }) => {
  const doc = parseJsonc(text2);
  if (!isObj(doc)) throw new SurfaceParseError("package.json is not a JSON object");
  const scripts = isObj(doc.scripts) ? doc.scripts : {};
  const items = [];
  const queue = NPM_IMPLICIT_SCRIPTS.map((name) => ({
    name,
    depth: 0
  }));
  const done = /* @__PURE__ */ new Set();
  while (queue.length) {
    const { name, via, depth } = queue.shift();
    if (done.has(name)) continue;
    const cmd = str(scripts[name]);
    if (cmd === void 0) continue;
    done.add(name);
    items.push({
      id: `script|${name}`,
      kind: "script",
      capabilities: ["EXEC"],
      key: `scripts.${name}`,
      event: via ?? name,
      command: cmd
    });
    if (depth >= MAX_DEPTH2) continue;
    for (const m of cmd.matchAll(RUN_SCRIPT)) {
      if (m[1]) queue.push({ name: m[1], via: `${via ?? name} \u2192 ${m[1]}`, depth: depth + 1 });
    }
  }
  return { items, document: doc };
};

// src/core/surfaces/parse/tools/plain.ts
var parseWholeText = ({ text: text2 }) => ({ items: [], executableText: text2 });

// src/core/surfaces/parse/tools/vscode-settings.ts
var AUTO_APPROVE = /^chat\.tools\.(?:[\w.]+\.)?autoApprove$|^chat\.tools\.autoApprove$/;
var parseVscodeSettings = ({ text: text2 }) => {
  const doc = parseJsonc(text2);
  if (!isObj(doc)) throw new SurfaceParseError("settings file is not a JSON object");
  const items = [];
  const suppression = [];
  const instructions = [];
  for (const [k, v] of Object.entries(doc)) {
    if (AUTO_APPROVE.test(k) || k === "task.allowAutomaticTasks" || k === "chat.mcp.autostart") {
      items.push(
        permissionItem(
          k,
          valueText(v),
          truthy(v) ? { flag: "auto-approve", reason: `${k} lets the assistant run tools or tasks without asking` } : void 0
        )
      );
    } else if (/^(chat\.|security\.workspace\.trust)/.test(k)) items.push(permissionItem(k, valueText(v)));
    else if (/^terminal\.integrated\.env\./.test(k)) append(items, envItems(v, k));
    else if (/^terminal\.integrated\.(profiles|automationProfile|shell|shellArgs)\./.test(k)) {
      const entries = k.startsWith("terminal.integrated.profiles.") && isObj(v) ? Object.entries(v) : [["", v]];
      for (const [name, p] of entries) {
        const c = isObj(p) ? commandOf(p.path, p.args) : Array.isArray(p) ? joinArgv(p.map(String)) : str(p);
        if (c)
          items.push({ kind: "command", capabilities: ["EXEC"], key: name ? `${k}.${name}` : k, command: c });
        if (isObj(p) && isObj(p.env)) append(items, envItems(p.env, `${k}.${name}.env`));
      }
    } else if (k === "mcp" && isObj(v)) append(items, mcpItems(v.servers, "mcp.servers"));
    else if (k === "git.addAICoAuthor" && (v === "off" || v === false))
      suppression.push(`git.addAICoAuthor=${valueText(v)}`);
    else if (/(Path|\.path|[cC]ommand|[eE]xecutable|\.tsdk|[rR]untime)$/.test(k) && typeof v === "string") {
      items.push({ id: `setting|${k}`, kind: "command", capabilities: ["EXEC"], key: k, command: v });
    } else if (isObj(v) && /hooks|mcp/i.test(k)) {
      const nested = genericItems({ [k]: v });
      append(items, nested.items);
      append(instructions, nested.instructions);
    }
  }
  return { items, suppression, instructions, document: doc };
};

// src/core/surfaces/parse/tools/vscode-tasks.ts
var PLATFORMS = ["windows", "linux", "osx"];
var parseVscodeTasks = ({ text: text2 }) => {
  const doc = parseJsonc(text2);
  if (!isObj(doc)) throw new SurfaceParseError("tasks.json is not a JSON object");
  const items = [];
  for (const os of PLATFORMS) {
    const shell = isObj(doc[os]) && isObj(doc[os].options) ? doc[os].options.shell : void 0;
    if (isObj(shell) && str(shell.executable)) {
      items.push({
        kind: "command",
        capabilities: ["EXEC"],
        key: `${os}.options.shell`,
        command: commandOf(shell.executable, shell.args)
      });
    }
  }
  if (isObj(doc.options) && isObj(doc.options.shell) && str(doc.options.shell.executable)) {
    items.push({
      kind: "command",
      capabilities: ["EXEC"],
      key: "options.shell",
      command: commandOf(doc.options.shell.executable, doc.options.shell.args)
    });
  }
  asArray(doc.tasks).forEach((task, i) => {
    if (!isObj(task)) return;
    const label = str(task.label) ?? str(task.taskName) ?? `#${i}`;
    const runOn = isObj(task.runOptions) ? str(task.runOptions.runOn) : void 0;
    const event = runOn ?? "manual";
    const variants = [
      ["", task],
      ...PLATFORMS.filter((os) => isObj(task[os])).map((os) => [`.${os}`, task[os]])
    ];
    for (const [suffix, t] of variants) {
      const commandValue = isObj(t.command) ? t.command.value : t.command;
      let command = commandOf(commandValue, t.args);
      if (!command && suffix === "" && str(task.type) === "npm" && str(task.script))
        command = `npm run ${str(task.script)}`;
      if (!command) continue;
      items.push({
        id: `task|${label}${suffix}`,
        kind: "task",
        capabilities: ["EXEC"],
        key: `tasks[${label}]${suffix}`,
        event,
        command
      });
    }
    if (isObj(task.options) && isObj(task.options.env))
      append(items, envItems(task.options.env, `tasks[${label}].options.env`));
  });
  return { items, document: doc };
};

// src/core/surfaces/parse/index.ts
var PARSERS = {
  "claude-settings": parseClaudeSettings,
  "mcp-json": parseMcpJson,
  "vscode-tasks": parseVscodeTasks,
  "vscode-settings": parseVscodeSettings,
  "gemini-settings": parseGeminiSettings,
  "hooks-json": parseHooksJson,
  "codex-toml": parseCodexToml,
  "aider-yaml": parseAiderYaml,
  "markdown-instructions": parseMarkdownInstructions,
  "package-json": parsePackageJson,
  "plain-exec": parseWholeText,
  "plain-text": parseWholeText,
  "copilot-setup-steps": parseCopilotSetupSteps,
  "gemini-command": parseGeminiCommand,
  "kiro-hook": parseKiroHook,
  dotenv: parseDotenvFile,
  "binding-gyp": parseBindingGyp,
  "generic-json": parseGenericJson,
  "generic-yaml": parseGenericYaml,
  "by-extension": (input) => PARSERS[effectiveKind("by-extension", input.path, input.content)](input)
};
function parseSurface(kind, path3, content) {
  const result = PARSERS[kind]({ path: path3, content, text: content.toString("utf8") });
  const instructions = result.instructions ?? [];
  return {
    items: withIds(result.items),
    suppression: result.suppression ?? [],
    ...instructions.length ? { instructionText: instructions.join("\n") } : {},
    ...result.document !== void 0 ? { document: result.document } : {},
    ...result.executableText !== void 0 ? { executableText: result.executableText } : {}
  };
}
function effectiveKind(kind, path3, content) {
  if (kind !== "by-extension") return kind;
  if (content?.subarray(0, 2).toString() === "#!") return "plain-exec";
  if (/\.(md|mdc|markdown|txt)$/i.test(path3) || !/\.[^/]+$/.test(path3.split("/").pop() ?? "")) {
    return "markdown-instructions";
  }
  if (/\.(json|jsonc)$/i.test(path3)) return "generic-json";
  if (/\.(ya?ml)$/i.test(path3)) return "generic-yaml";
  if (/\.toml$/i.test(path3)) return "gemini-command";
  return "plain-exec";
}

// src/core/surfaces/types.ts
var CAPABILITY_ORDER = ["EXEC", "MCP", "ENV", "PERM", "INSTR"];

// src/core/surfaces/index.ts
var MAX_PARSE_BYTES = 1024 * 1024;
var MAX_HEAD_SURFACES = 5e3;
var MAX_ITEMS_PER_FINDING = 200;
var GITLINK = "160000";
var SYMLINK = "120000";
async function detectSurfaceChanges(options) {
  const { repoPath, attributionOf } = options;
  const logger = options.logger ?? silentLogger;
  const maxBytes = options.maxParseBytes ?? MAX_PARSE_BYTES;
  const resolve = (rev, what) => options.resolved ? Promise.resolve(rev) : resolveCommit(repoPath, rev, what);
  const head = await resolve(options.head, "head");
  const base = options.base !== void 0 ? await resolve(options.base, "base") : void 0;
  const changes = await diffRaw(repoPath, base ?? await emptyTree(repoPath), head);
  const changedByPath = /* @__PURE__ */ new Map();
  const surfaceChanges = [];
  for (const change of changes) {
    changedByPath.set(change.newPath ?? change.oldPath, change);
    const newRule = change.newPath ? ruleFor(change.newPath) : void 0;
    const oldRule = change.oldPath ? ruleFor(change.oldPath) : void 0;
    if (newRule || oldRule) surfaceChanges.push({ change, newRule, oldRule });
  }
  logger.debug(`surfaces: ${changes.length} changed paths, ${surfaceChanges.length} on AI config surfaces`);
  const reader = new BlobReader(repoPath, maxBytes);
  try {
    const surfacePaths = new Set(surfaceChanges.map((s) => s.change.newPath).filter((p) => p !== void 0));
    const possibleHelpers = changes.some((c) => !ruleFor(c.newPath ?? c.oldPath));
    const headSurfaces = possibleHelpers ? (await listTree2(repoPath, head)).filter((e) => !surfacePaths.has(e.path) && ruleFor(e.path)) : [];
    if (headSurfaces.length > MAX_HEAD_SURFACES) {
      logger.warn(
        `surfaces: ${headSurfaces.length} surface files at head; helpers are looked up from the first ${MAX_HEAD_SURFACES}`
      );
      headSurfaces.length = MAX_HEAD_SURFACES;
    }
    const blobs = await reader.read([
      ...surfaceChanges.flatMap(({ change: c }) => [
        ...c.oldOid && c.oldMode !== GITLINK ? [c.oldOid] : [],
        ...c.newOid && c.newMode !== GITLINK ? [c.newOid] : []
      ]),
      ...headSurfaces.filter((e) => e.mode !== GITLINK).map((e) => e.oid)
    ]);
    const findings = [];
    const atHead = [];
    for (const { change, newRule, oldRule } of surfaceChanges) {
      const oldSide = change.oldPath && oldRule ? side(change.oldPath, oldRule, change.oldMode, change.oldOid, blobs) : void 0;
      const newSide = change.newPath && newRule ? side(change.newPath, newRule, change.newMode, change.newOid, blobs) : void 0;
      if (newSide) atHead.push(newSide);
      const finding = surfaceFinding(change, oldSide, newSide, blobs);
      if (finding) findings.push(finding);
    }
    for (const e of headSurfaces) atHead.push(side(e.path, ruleFor(e.path), e.mode, e.oid, blobs));
    await addHelpers(findings, atHead, changedByPath, reader);
    await addCommits(repoPath, base, head, findings, attributionOf);
    findings.sort((a, b) => riskRank(a.risk) - riskRank(b.risk) || a.path.localeCompare(b.path));
    return { catalogue: catalogueInfo(), findings };
  } finally {
    reader.close();
  }
}
function side(path3, rule, mode, oid, blobs) {
  const blob = oid ? blobs.get(oid) : void 0;
  if (mode === GITLINK)
    return { path: path3, rule, parse: { status: "not-a-file", message: "a submodule, not a file" } };
  if (mode === SYMLINK) {
    const target = blob?.content?.toString("utf8") ?? "?";
    return {
      path: path3,
      rule,
      blob,
      parse: { status: "not-a-file", message: `a symbolic link to ${target.slice(0, 300)}` }
    };
  }
  if (!blob?.content) {
    return {
      path: path3,
      rule,
      blob,
      parse: { status: "too-large", message: `${blob?.size ?? "?"} bytes; content is not parsed` }
    };
  }
  const text2 = blob.content.toString("utf8");
  try {
    return {
      path: path3,
      rule,
      blob,
      text: text2,
      parse: { status: "ok" },
      parsed: parseSurface(rule.parser, path3, blob.content)
    };
  } catch (e) {
    if (!(e instanceof SurfaceParseError)) throw e;
    return { path: path3, rule, blob, text: text2, parse: { status: "error", message: e.message } };
  }
}
function changeKind(c) {
  return c.status === "A" ? "added" : c.status === "D" ? "deleted" : c.status === "R" ? "renamed" : "modified";
}
function surfaceFinding(change, oldSide, newSide, blobs) {
  const rule = (newSide ?? oldSide).rule;
  const subject = newSide ?? oldSide;
  const caps = /* @__PURE__ */ new Set();
  const flags = [];
  const items = [];
  const oldParsed = oldSide?.parsed;
  const newParsed = newSide?.parsed;
  const finding = {
    path: change.newPath ?? change.oldPath,
    ...change.status === "R" ? { oldPath: change.oldPath } : {},
    rule: rule.id,
    tool: rule.tool,
    change: changeKind(change),
    capabilities: [],
    ...change.oldOid && blobs.get(change.oldOid) ? { oldSha256: blobs.get(change.oldOid).sha256 } : {},
    ...change.newOid && blobs.get(change.newOid) ? { newSha256: blobs.get(change.newOid).sha256 } : {},
    commits: [],
    parse: subject.parse,
    ...change.oldOid && blobs.get(change.oldOid) ? { oldSize: blobs.get(change.oldOid).size } : {},
    ...change.newOid && blobs.get(change.newOid) ? { newSize: blobs.get(change.newOid).size } : {}
  };
  if (subject.parse.status !== "ok") {
    for (const c of rule.capabilities) caps.add(c);
  } else if (!newSide) {
    for (const item of oldParsed.items) {
      item.capabilities.forEach((c) => caps.add(c));
      items.push(publicItem(item, "removed"));
    }
    if (oldParsed.instructionText) caps.add("INSTR");
    if (oldParsed.executableText !== void 0) {
      rule.capabilities.forEach((c) => caps.add(c));
      items.push({
        kind: "file",
        capabilities: [...rule.capabilities],
        key: finding.path,
        change: "removed"
      });
    }
  } else {
    for (const { item, change: c } of diffItems(oldParsed?.items ?? [], newParsed.items)) {
      items.push(publicItem(item, c));
      if (c === "removed") {
        if (item.capabilities.includes("PERM")) caps.add("PERM");
        continue;
      }
      item.capabilities.forEach((cap) => caps.add(cap));
      flags.push(...itemFlags(item));
      if (item.kind === "env" && item.event && isIdentityEnv(item.event))
        (finding.suppression ??= []).push(`env.${item.event}`);
    }
    const oldInstr = oldParsed?.instructionText ?? "";
    if ((newParsed.instructionText ?? "") !== oldInstr) caps.add("INSTR");
    const newExec = newParsed.executableText;
    if (newExec !== void 0 && newExec !== (oldParsed?.executableText ?? void 0)) {
      rule.capabilities.forEach((c) => caps.add(c));
      const added = addedLines(oldParsed?.executableText, newExec);
      items.push({
        kind: "file",
        capabilities: [...rule.capabilities],
        key: finding.path,
        change: oldParsed ? "changed" : "added",
        value: lineStats(oldParsed?.executableText, newExec)
      });
      if (rule.capabilities.includes("EXEC")) flags.push(...textFlags(added));
      const event = posix2.basename(finding.path).replace(/\.[^.]*$/, "");
      if (rule.capabilities.includes("EXEC") && isAutoRunEvent(event)) {
        flags.push({ flag: "auto-run", reason: `${event} hook runs without a user action: ${finding.path}` });
      }
    }
    if (newParsed.instructionText !== void 0 && newSide.text !== void 0) {
      const hidden = introducedHidden(oldSide?.text, newSide.text);
      if (hidden.length) {
        finding.hiddenUnicode = hidden;
        flags.push({
          flag: "hidden-unicode",
          reason: `invisible or bidirectional Unicode on line ${hidden.map((h) => h.line).join(", ")}`
        });
      }
    }
    const suppression = newParsed.suppression.filter((s) => !(oldParsed?.suppression ?? []).includes(s));
    if (suppression.length) finding.suppression = [...finding.suppression ?? [], ...suppression];
    const keys = changedKeys(oldParsed?.document, newParsed.document);
    if (keys.length) finding.changedKeys = keys;
  }
  if (subject.parse.status === "error" && newSide?.text !== void 0 && rule.capabilities.includes("INSTR")) {
    const hidden = findHidden(newSide.text);
    if (hidden.length) finding.hiddenUnicode = hidden;
  }
  if (rule.autoRun && caps.has("EXEC") && !flags.some((f) => f.flag === "auto-run") && newSide) {
    flags.push({
      flag: "auto-run",
      reason: `${rule.tool} runs ${finding.path} by itself when a session starts`
    });
  }
  if (!rule.reportAll && subject.parse.status === "ok" && items.length === 0) return void 0;
  finding.capabilities = CAPABILITY_ORDER.filter((c) => caps.has(c));
  if (items.length > MAX_ITEMS_PER_FINDING) finding.itemsOmitted = items.length - MAX_ITEMS_PER_FINDING;
  if (items.length) finding.items = items.slice(0, MAX_ITEMS_PER_FINDING);
  setRisk(finding, flags);
  return finding;
}
function publicItem(item, change) {
  return {
    kind: item.kind,
    capabilities: [...item.capabilities],
    key: item.key,
    change,
    ...item.event !== void 0 ? { event: item.event } : {},
    ...item.command !== void 0 ? { command: item.command } : {},
    ...item.url !== void 0 ? { url: item.url } : {},
    ...item.value !== void 0 ? { value: item.value } : {}
  };
}
function lineStats(oldText, newText) {
  const added = addedLines(oldText, newText).split("\n").filter(Boolean).length;
  const removed = oldText === void 0 ? 0 : addedLines(newText, oldText).split("\n").filter(Boolean).length;
  return `+${added} -${removed} lines`;
}
function setRisk(finding, flags) {
  const unique = /* @__PURE__ */ new Map();
  for (const f of flags) if (!unique.has(`${f.flag}|${f.reason}`)) unique.set(`${f.flag}|${f.reason}`, f);
  const list = [...unique.values()];
  const items = finding.items ?? [];
  const removal = finding.change === "deleted" || items.length > 0 && items.every((i) => i.change === "removed");
  const risk = list.length ? "high" : !removal && finding.capabilities.some((c) => c !== "INSTR") ? "medium" : "low";
  finding.risk = risk;
  if (list.length) {
    finding.flags = [...new Set(list.map((f) => f.flag))];
    finding.reasons = list.map((f) => f.reason);
  }
}
function riskRank(r) {
  return r === "high" ? 0 : r === "medium" ? 1 : 2;
}
function changedKeys(oldDoc, newDoc) {
  const isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObj2(newDoc) || oldDoc !== void 0 && !isObj2(oldDoc)) return [];
  const before = oldDoc ?? {};
  const out = [];
  for (const k of /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(newDoc)])) {
    const a = before[k];
    const b = newDoc[k];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (isObj2(a) && isObj2(b)) {
      for (const k2 of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[k2]) !== JSON.stringify(b[k2])) out.push(`${k}.${k2}`);
      }
    } else out.push(k);
    if (out.length >= 50) break;
  }
  return out.slice(0, 50);
}
async function addHelpers(findings, atHead, changedByPath, reader) {
  const byPath = new Map(findings.map((f) => [f.path, f]));
  const helpers = /* @__PURE__ */ new Map();
  for (const s of atHead) {
    const kind = effectiveKind(s.rule.parser, s.path, s.blob?.content);
    const dirs = kind === "package-json" ? [posix2.dirname(s.path) === "." ? "" : posix2.dirname(s.path)] : baseDirsFor(s.path);
    for (const item of s.parsed?.items ?? []) {
      const command = item.imported ? `@${item.value}` : item.command;
      if (command === void 0 || !(item.instructed || item.imported || item.capabilities.includes("EXEC")))
        continue;
      const targets = item.imported ? importPaths(item.value ?? "", s.path) : commandPaths(command, dirs, item.instructed === true);
      for (const p of targets) {
        const change = changedByPath.get(p);
        if (!change || p === s.path) continue;
        const ref = {
          path: s.path,
          key: item.key,
          command,
          tool: s.rule.tool,
          autoRun: !item.instructed && !item.imported && (isAutoRunEvent(item.event) || s.rule.autoRun === true),
          imported: item.imported === true
        };
        const surface = byPath.get(p);
        if (surface) {
          const list = surface.referencedBy ??= [];
          if (!list.some((r) => r.path === ref.path && r.key === ref.key))
            list.push({ path: ref.path, key: ref.key, command: ref.command });
          continue;
        }
        const h = helpers.get(p) ?? { change, refs: [] };
        if (!h.refs.some((r) => r.path === ref.path && r.key === ref.key)) h.refs.push(ref);
        helpers.set(p, h);
      }
    }
  }
  if (helpers.size === 0) return;
  const blobs = await reader.read(
    [...helpers.values()].flatMap(({ change: c }) => [
      ...c.oldOid && c.oldMode !== GITLINK ? [c.oldOid] : [],
      ...c.newOid && c.newMode !== GITLINK ? [c.newOid] : []
    ])
  );
  for (const [path3, { change, refs }] of helpers) {
    refs.sort((a, b) => a.path.localeCompare(b.path));
    const oldBlob = change.oldOid ? blobs.get(change.oldOid) : void 0;
    const newBlob = change.newOid ? blobs.get(change.newOid) : void 0;
    const tools = [...new Set(refs.map((r) => r.tool))];
    const instructionsOnly = refs.every((r) => r.imported);
    const cap = instructionsOnly ? "INSTR" : "EXEC";
    const finding = {
      path: path3,
      ...change.status === "R" ? { oldPath: change.oldPath } : {},
      rule: instructionsOnly ? REFERENCED_INSTRUCTIONS_RULE : REFERENCED_HELPER_RULE,
      tool: tools[0],
      ...tools.length > 1 ? { tools } : {},
      change: changeKind(change),
      capabilities: [cap],
      ...oldBlob ? { oldSha256: oldBlob.sha256, oldSize: oldBlob.size } : {},
      ...newBlob ? { newSha256: newBlob.sha256, newSize: newBlob.size } : {},
      commits: [],
      parse: newBlob && !newBlob.content ? { status: "too-large", message: `${newBlob.size} bytes; content is not scanned` } : { status: "ok" },
      referencedBy: refs.map(({ path: p, key, command }) => ({ path: p, key, command }))
    };
    const flags = [];
    for (const r of refs.filter((x) => x.autoRun && newBlob)) {
      flags.push({
        flag: "auto-run",
        reason: `runs without a user action, from ${r.path} ${r.key}: ${r.command}`
      });
    }
    const newText = text(newBlob);
    if (newText !== void 0) {
      const oldText = text(oldBlob);
      if (instructionsOnly) {
        const hidden = introducedHidden(oldText, newText);
        if (hidden.length) {
          finding.hiddenUnicode = hidden;
          flags.push({
            flag: "hidden-unicode",
            reason: `invisible or bidirectional Unicode on line ${hidden.map((h) => h.line).join(", ")}`
          });
        }
      } else flags.push(...textFlags(addedLines(oldText, newText)));
      finding.items = [
        {
          kind: "file",
          capabilities: [cap],
          key: path3,
          change: oldBlob ? "changed" : "added",
          value: lineStats(oldText, newText)
        }
      ];
    } else if (!newBlob) {
      finding.items = [{ kind: "file", capabilities: [cap], key: path3, change: "removed" }];
    }
    setRisk(finding, flags);
    findings.push(finding);
  }
}
function importPaths(target, from) {
  const rel = normalizeRepoPath(target);
  if (!rel) return [];
  const dir = posix2.dirname(from);
  const fromFile = posix2.normalize(dir === "." ? rel : `${dir}/${rel}`);
  return fromFile.startsWith("../") ? [rel] : [.../* @__PURE__ */ new Set([fromFile, rel])];
}
function text(blob) {
  if (!blob?.content) return void 0;
  if (blob.content.subarray(0, 8e3).includes(0)) return void 0;
  return blob.content.toString("utf8");
}
async function addCommits(repoPath, base, head, findings, attributionOf) {
  if (findings.length === 0) return;
  const wanted = new Set(findings.flatMap((f) => [f.path, ...f.oldPath ? [f.oldPath] : []]));
  const byPath = /* @__PURE__ */ new Map();
  const position = /* @__PURE__ */ new Map();
  for (const { sha, paths } of await commitsWithPaths(repoPath, base, head, [...wanted])) {
    position.set(sha, position.size);
    for (const p of paths) {
      if (!wanted.has(p)) continue;
      const set = byPath.get(p) ?? /* @__PURE__ */ new Set();
      set.add(sha);
      byPath.set(p, set);
    }
  }
  for (const f of findings) {
    const shas = /* @__PURE__ */ new Set([
      ...byPath.get(f.path) ?? [],
      ...f.oldPath ? byPath.get(f.oldPath) ?? [] : []
    ]);
    f.commits = [...shas].sort((a, b) => position.get(a) - position.get(b));
  }
  if (attributionOf) attachAttribution(findings, attributionOf);
}
function attachAttribution(findings, attributionOf) {
  for (const f of findings) {
    f.commitDetails = f.commits.map((sha) => ({ sha, agents: attributionOf(sha)?.agents ?? [] }));
  }
}
var STATEMENT_ITEMS = 20;
var STATEMENT_TEXT = 200;
var STATEMENT_LIST = 10;
function compactFinding(f) {
  const cut = (t) => t === void 0 || t.length <= STATEMENT_TEXT ? t : `${t.slice(0, STATEMENT_TEXT)}\u2026`;
  const { commitDetails: _details, ...rest } = f;
  const out = { ...rest };
  if (f.items) {
    out.items = f.items.slice(0, STATEMENT_ITEMS).map((i) => {
      const c = { ...i };
      for (const k of ["command", "url", "value"]) if (c[k] !== void 0) c[k] = cut(c[k]);
      return c;
    });
    const omitted = (f.itemsOmitted ?? 0) + Math.max(0, f.items.length - STATEMENT_ITEMS);
    if (omitted) out.itemsOmitted = omitted;
  }
  if (f.reasons) out.reasons = f.reasons.slice(0, STATEMENT_LIST).map((r) => cut(r));
  if (f.referencedBy) {
    out.referencedBy = f.referencedBy.slice(0, STATEMENT_LIST).map((r) => ({ ...r, command: cut(r.command) }));
  }
  if (f.hiddenUnicode) out.hiddenUnicode = f.hiddenUnicode.slice(0, STATEMENT_LIST);
  if (f.changedKeys) out.changedKeys = f.changedKeys.slice(0, STATEMENT_LIST);
  return out;
}

// src/core/extension/provenance.ts
var EXTENSION_SCHEMA_VERSION = 1;
var DEFAULT_DEPENDENCY_BUDGET = 8 * 1024 * 1024;
var MAX_SURFACES = 1e3;
var MAX_SURFACE_COMMITS = 50;
var MAX_INSTRUCTION_VERSIONS = 100;
var MAX_INSTRUCTION_FILES = 64;
function agentAnnotation(a) {
  return {
    id: a.id,
    class: a.class,
    model: a.model,
    ...a.modelRaw !== null && a.modelRaw !== a.model ? { modelRaw: a.modelRaw } : {},
    strength: a.strength,
    evidence: a.evidence.slice(0, 8).map((e) => ({
      rule: e.rule,
      tier: e.tier,
      strength: e.strength,
      where: e.where,
      ...e.lines !== void 0 ? { lines: e.lines } : {},
      ...e.downWeighted ? { downWeighted: true } : {},
      ...e.via ? { via: e.via } : {},
      ...e.detail && a.id === "other" ? { detail: e.detail.slice(0, 80) } : {}
    })),
    // Where the agent's decision log is: one click for whoever reads the attestation (never fetched here).
    ...a.decisionLogs?.length ? { decisionLogs: a.decisionLogs.map((l) => ({ kind: l.kind, value: l.value })) } : {},
    ...a.decisionLogsOmitted ? { decisionLogsOmitted: a.decisionLogsOmitted } : {}
  };
}
function attributionRecord(c) {
  return {
    sha: c.sha,
    agents: c.agents.map((a) => ({
      id: a.id,
      class: a.class,
      strength: a.strength,
      rules: [...new Set(a.evidence.map((e) => e.rule))].sort()
    }))
  };
}
function capSurface(finding) {
  const f = compactFinding(finding);
  return f.commits.length > MAX_SURFACE_COMMITS ? {
    ...f,
    commits: f.commits.slice(0, MAX_SURFACE_COMMITS),
    commitsOmitted: f.commits.length - MAX_SURFACE_COMMITS
  } : f;
}
function capSet(set) {
  return set.files.length > MAX_INSTRUCTION_FILES ? {
    ...set,
    files: set.files.slice(0, MAX_INSTRUCTION_FILES),
    filesOmitted: set.files.length - MAX_INSTRUCTION_FILES
  } : set;
}
function capInstructions(s) {
  const kept = s.versions.slice(-MAX_INSTRUCTION_VERSIONS);
  return {
    atBase: s.atBase ? capSet(s.atBase) : null,
    versions: kept.map(capSet),
    ...kept.length < s.versions.length ? { versionsOmitted: s.versions.length - kept.length } : {}
  };
}
function toProvenance2(scan, opts) {
  const budget = opts.dependencyBudget ?? DEFAULT_DEPENDENCY_BUDGET;
  const surfacePaths = /* @__PURE__ */ new Map();
  for (const f of scan.surfaces ?? []) {
    for (const sha of f.commits) surfacePaths.set(sha, [...surfacePaths.get(sha) ?? [], f.path]);
  }
  const hash = createHash3("sha256");
  const dependencies = [];
  let used = 0;
  let withEvidence = 0;
  let omitted = 0;
  for (const c of scan.commits) {
    const surfaces2 = surfacePaths.get(c.sha);
    if (c.agents.length === 0 && !surfaces2) continue;
    if (c.agents.length > 0) {
      withEvidence++;
      hash.update(`${canonicalize(attributionRecord(c))}
`);
    }
    const entry = {
      ...opts.repositoryUri ? { uri: `git+${opts.repositoryUri}@${c.sha}` } : {},
      digest: { gitCommit: c.sha },
      annotations: {
        agents: c.agents.map(agentAnnotation),
        ...c.commitTag ? { commitTag: c.commitTag } : {},
        ...c.instructions ? { instructions: c.instructions } : {},
        riskPaths: c.riskPaths,
        ...c.riskPathsOmitted ? { riskPathsOmitted: c.riskPathsOmitted } : {},
        ...c.paths ? { paths: c.paths } : {},
        ...c.pathsOmitted ? { pathsOmitted: c.pathsOmitted } : {},
        ...c.linesAdded !== void 0 ? { linesAdded: c.linesAdded, linesRemoved: c.linesRemoved ?? 0 } : {},
        ...c.linesUnknown !== void 0 ? { linesUnknown: c.linesUnknown.slice(0, 200) } : {},
        ...surfaces2 ? { surfaces: surfaces2.slice(0, 16) } : {}
      }
    };
    const size = JSON.stringify(entry).length + 1;
    if (used + size > budget) {
      omitted++;
      continue;
    }
    used += size;
    dependencies.push(entry);
  }
  const surfaces = scan.surfaces?.slice(0, MAX_SURFACES).map(capSurface);
  const extension = {
    schema: EXTENSION_SCHEMA_VERSION,
    range: scan.range,
    totals: scan.totals,
    rules: scan.rules,
    attribution: {
      digest: hash.digest("hex"),
      commitsWithEvidence: withEvidence,
      listed: dependencies.length,
      omitted
    },
    suppression: scan.suppression.slice(0, 100),
    ...scan.instructions ? { instructions: capInstructions(scan.instructions) } : {},
    ...surfaces ? { surfaces } : {},
    ...scan.surfaces && scan.surfaces.length > MAX_SURFACES ? { surfacesOmitted: scan.surfaces.length - MAX_SURFACES } : {},
    ...opts.surfaceCatalogue ? { surfaceCatalogue: opts.surfaceCatalogue } : {},
    ...opts.reviews ? { reviews: opts.reviews } : {}
  };
  return { dependencies, extension };
}

// src/core/github/upgrades.ts
var AGENT_BOTS = [
  {
    agent: "copilot-coding-agent",
    logins: ["Copilot", "copilot-swe-agent[bot]"],
    prAuthorRule: "GH-3",
    signedCommit: {
      rule: "GH-1",
      authorName: /^copilot-swe-agent\[bot\]$/i,
      authorEmail: /^\d+\+Copilot@users\.noreply\.github\.com$/i
    }
  },
  { agent: "jules", logins: ["google-labs-jules[bot]"], prAuthorRule: "JU-1" },
  { agent: "devin", logins: ["devin-ai-integration[bot]"], prAuthorRule: "DV-1" },
  { agent: "claude-code", logins: ["claude[bot]"], prAuthorRule: "CC-5" },
  { agent: "cursor", logins: ["cursor[bot]"], prAuthorRule: "CU-6" },
  { agent: "codex", logins: ["chatgpt-codex-connector[bot]"], prAuthorRule: "CX-5" },
  { agent: "kiro", logins: ["kiro-agent[bot]"], prAuthorRule: "KI-1" },
  { agent: "gemini-cli", logins: ["gemini-cli[bot]"], prAuthorRule: "GM-1" },
  { agent: "factory", logins: ["factory-droid[bot]"], prAuthorRule: "FD-1" }
];
function botFor(login) {
  const l = login.toLowerCase();
  return AGENT_BOTS.find((b) => b.logins.some((x) => x.toLowerCase() === l));
}
function isGitHubCommitter(c) {
  return c.committer.name === "GitHub" && c.committer.email.toLowerCase() === "noreply@github.com";
}
function signedCommitUpgrade(c) {
  if (!c.signature?.isValid || !c.signature.wasSignedByGitHub || !isGitHubCommitter(c)) return void 0;
  for (const bot of AGENT_BOTS) {
    const s = bot.signedCommit;
    if (s && s.authorName.test(c.author.name) && s.authorEmail.test(c.author.email)) {
      return {
        commit: c.sha,
        agent: bot.agent,
        rule: s.rule,
        login: c.author.name,
        source: "github-signed-commit"
      };
    }
  }
  return void 0;
}
function evidenceUpgrades(evidence) {
  if (evidence.status !== "collected") return [];
  const out = [];
  for (const c of evidence.commits) {
    const signed = signedCommitUpgrade(c);
    if (signed) out.push(signed);
  }
  for (const pr of evidence.pullRequests) {
    if (pr.author.type !== "Bot") continue;
    const bot = botFor(pr.author.login);
    if (!bot) continue;
    for (const commit of pr.commits) {
      out.push({
        commit,
        agent: bot.agent,
        rule: bot.prAuthorRule,
        login: pr.author.login,
        source: "pull-request-author",
        pullRequest: pr.number
      });
    }
  }
  return out;
}

// src/core/scan/scan.ts
import { createHash as createHash5 } from "node:crypto";

// src/core/attribution/branches.ts
var MAX_INFERRED_PER_MERGE = 100;
var BOT_AUTHOR = /\[bot\]$|^(?:dependabot|renovate|github-actions|pre-commit-ci|snyk-bot|greenkeeper)\b/i;
var WEB_FLOW = "noreply@github.com";
var ident = (name, email) => `${name} <${email.toLowerCase()}>`;
var BranchInference = class {
  constructor(repoPath) {
    this.repoPath = repoPath;
  }
  repoPath;
  claims = /* @__PURE__ */ new Map();
  pending = [];
  merges = 0;
  warnings = [];
  /** True while a merge's commit set is still being read: the caller awaits settle() before the next commit. */
  get busy() {
    return this.pending.length > 0;
  }
  async settle() {
    while (this.pending.length > 0) await this.pending.shift();
  }
  /**
   * A merge commit whose subject named an agent branch: reads the commits it brought (asynchronously; the
   * caller settles before the next commit). `commitsAsAgent`: the branch's agent commits under its own
   * identity, so nothing is inferred.
   */
  onAgentMerge(raw, found, commitsAsAgent) {
    if (raw.parents.length < 2 || commitsAsAgent) return;
    const order = this.merges++;
    const [first, merged] = raw.parents;
    this.pending.push(
      runGit(this.repoPath, [
        "log",
        "--first-parent",
        "--no-merges",
        `--max-count=${MAX_INFERRED_PER_MERGE + 1}`,
        "--format=%H%x00%an%x00%ae",
        merged,
        `^${first}`,
        "--"
      ]).then((r) => {
        const rows = r.stdout.toString("utf8").split("\n").filter(Boolean).map((l) => l.split("\0"));
        if (r.code !== 0) {
          this.warnings.push(
            `the commits merge ${raw.sha.slice(0, 12)} brought could not be read: no inferred evidence`
          );
          return;
        }
        if (rows.length > MAX_INFERRED_PER_MERGE) {
          this.warnings.push(
            `merge ${raw.sha.slice(0, 12)} of an agent branch brings more than ${MAX_INFERRED_PER_MERGE} commits: not one agent task, no evidence inferred from its branch name`
          );
          return;
        }
        const oldest = rows[rows.length - 1];
        if (!oldest) return;
        const claim = {
          merge: raw.sha,
          order,
          found,
          driver: ident(oldest[1] ?? "", oldest[2] ?? "")
        };
        for (const [sha] of rows) {
          const other = this.claims.get(sha);
          if (!other || other.order > order) this.claims.set(sha, claim);
        }
      })
    );
  }
  /**
   * The inferred evidence `c` inherits, if any (call after settle(): commits arrive children first, after the
   * merge that claims them).
   */
  inherit(c) {
    const claim = this.claims.get(c.raw.sha);
    if (!claim) return void 0;
    this.claims.delete(c.raw.sha);
    if (c.hasOwnEvidence) return void 0;
    if (BOT_AUTHOR.test(c.raw.authorName) || BOT_AUTHOR.test(c.raw.committerName)) return void 0;
    if (ident(c.raw.authorName, c.raw.authorEmail) !== claim.driver) return void 0;
    if (c.raw.committerEmail.toLowerCase() === WEB_FLOW) return void 0;
    return claim.found.map((f) => ({ ...f, evidence: { ...f.evidence, via: claim.merge } }));
  }
};

// src/core/attribution/linelevel.ts
var clip2 = (s, n = 200) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
function lineCount(ranges) {
  let n = 0;
  for (const part of ranges.split(",")) {
    const m = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!m) continue;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b >= a) n += b - a + 1;
  }
  return n;
}
function addLog(f, log) {
  const logs = [...f.logs ?? []];
  const omitted = addDecisionLogs(logs, [log]);
  f.logs = logs;
  if (omitted > 0) f.logsOmitted = (f.logsOmitted ?? 0) + omitted;
}
function parseGitAiNote(note) {
  const lines = note.split("\n");
  const sep = lines.findIndex((l) => l.trim() === "---");
  if (sep < 0) return [];
  let meta;
  try {
    meta = JSON.parse(lines.slice(sep + 1).join("\n"));
  } catch {
    return [];
  }
  if (!meta || typeof meta !== "object" || meta["schema_version"] !== "authorship/3.0.0") return [];
  const records = /* @__PURE__ */ new Map();
  for (const section of ["sessions", "prompts"]) {
    const s = meta[section];
    if (!s || typeof s !== "object") continue;
    for (const [key, value] of Object.entries(s)) {
      const agentId = value?.agent_id;
      if (agentId && typeof agentId === "object") records.set(key, agentId);
    }
  }
  const linesByKey = /* @__PURE__ */ new Map();
  for (const l of lines.slice(0, sep)) {
    const m = /^ {2}(\S+)\s+(\S+)\s*$/.exec(l);
    if (!m) continue;
    const key = m[1].split("::")[0];
    linesByKey.set(key, (linesByKey.get(key) ?? 0) + lineCount(m[2]));
  }
  const byAgent = /* @__PURE__ */ new Map();
  for (const [key, rec] of records) {
    const tool = typeof rec.tool === "string" ? rec.tool : "";
    const model = typeof rec.model === "string" && rec.model !== "" && rec.model !== "unknown" ? rec.model : void 0;
    const agent = agentFromToolName(tool);
    const mapKey = `${agent}\0${model ?? ""}`;
    let f = byAgent.get(mapKey);
    if (!f) {
      const evidence = { rule: "LN-1", tier: "L", strength: "declared", where: "note", lines: 0 };
      if (model) evidence.modelRaw = clip2(model);
      if (agent === "other" && tool) evidence.detail = clip2(tool);
      f = { agent, class: "coding_agent", evidence };
      byAgent.set(mapKey, f);
    }
    f.evidence.lines = (f.evidence.lines ?? 0) + (linesByKey.get(key) ?? 0);
    if (isDecisionLog("git-ai-session", key)) addLog(f, { kind: "git-ai-session", value: key });
  }
  return [...byAgent.values()];
}
function parseAgentTrace(text2) {
  const out = /* @__PURE__ */ new Map();
  const records = [];
  const trimmed = text2.trim();
  if (trimmed.startsWith("[")) {
    try {
      records.push(...JSON.parse(trimmed));
    } catch {
    }
  } else {
    for (const line of trimmed.split("\n")) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line));
      } catch {
      }
    }
  }
  for (const r of records) {
    if (!r || typeof r !== "object") continue;
    const rec = r;
    const revision = typeof rec.vcs?.revision === "string" ? rec.vcs.revision.toLowerCase() : void 0;
    if (!revision || !/^[0-9a-f]{7,64}$/.test(revision) || !Array.isArray(rec.files)) continue;
    const toolName = typeof rec.tool?.name === "string" ? rec.tool.name : "";
    const recordId = typeof rec.id === "string" && isDecisionLog("agent-trace-record", rec.id.toLowerCase()) ? { kind: "agent-trace-record", value: rec.id.toLowerCase() } : void 0;
    const byKey = /* @__PURE__ */ new Map();
    for (const file of rec.files) {
      if (!file || !Array.isArray(file.conversations)) continue;
      for (const conv of file.conversations) {
        const type = conv?.contributor?.type;
        if (type !== "ai" && type !== "mixed") continue;
        const model = typeof conv.contributor?.model_id === "string" ? conv.contributor.model_id : void 0;
        let lines = 0;
        if (Array.isArray(conv.ranges)) {
          for (const range of conv.ranges) {
            const a = Number(range?.start_line);
            const b = Number(range?.end_line);
            const override = range?.contributor?.type;
            if (override !== void 0 && override !== "ai" && override !== "mixed") continue;
            if (Number.isInteger(a) && Number.isInteger(b) && b >= a) lines += b - a + 1;
          }
        }
        const agent = agentFromToolName(toolName);
        const key = `${agent}\0${model ?? ""}`;
        let f = byKey.get(key);
        if (!f) {
          const evidence = {
            rule: "LN-2",
            tier: "L",
            strength: "declared",
            where: "agent-trace",
            lines: 0
          };
          if (model) evidence.modelRaw = clip2(model);
          if (agent === "other" && toolName) evidence.detail = clip2(toolName);
          f = { agent, class: "coding_agent", evidence };
          byKey.set(key, f);
        }
        f.evidence.lines = (f.evidence.lines ?? 0) + lines;
        if (recordId) addLog(f, recordId);
        const link = typeof conv.url === "string" ? knownLink(conv.url) : void 0;
        if (link) addLog(f, link);
      }
    }
    if (byKey.size > 0) out.set(revision, [...out.get(revision) ?? [], ...byKey.values()]);
  }
  return out;
}

// src/core/attribution/suppression.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
var import_yaml6 = __toESM(require_dist(), 1);
var MAX_CONFIG_BYTES = 1024 * 1024;
var HOOK_DIRS = [
  ".githooks",
  ".husky",
  ".git-hooks",
  "githooks",
  ".hooks",
  "hooks",
  "scripts/hooks",
  "tools/hooks"
];
var HOOK_NAMES = /(?:^|\/)(?:commit-msg|prepare-commit-msg)(?:\.[a-z]+)?$/;
var HOOK_STRIPS = /(?:sed\b[^\n]*co-authored-by[^\n]*\/d|grep\s+-[a-zA-Z]*v[a-zA-Z]*\b[^\n]*co-authored-by|co-authored-by[^\n]*(?:replace|remove|strip|delete|filter))/i;
function get(obj, ...keys) {
  let cur = obj;
  for (const k of keys) {
    if (!cur || typeof cur !== "object") return void 0;
    cur = cur[k];
  }
  return cur;
}
function suppressionIn(file, text2, revision) {
  const found = (tool, setting) => ({
    rule: "SUP-1",
    path: file,
    tool,
    setting,
    revision
  });
  const base = file.split("/").pop() ?? file;
  const out = [];
  if (/(?:^|\/)\.claude\/settings(?:\.[\w-]+)?\.json$/.test(file)) {
    const cfg = parse2(text2);
    if (get(cfg, "attribution", "commit") === "") out.push(found("claude-code", 'attribution.commit=""'));
    if (get(cfg, "includeCoAuthoredBy") === false)
      out.push(found("claude-code", "includeCoAuthoredBy=false"));
  } else if (/(?:^|\/)\.cursor\/cli-config\.json$/.test(file)) {
    const cfg = parse2(text2);
    if (get(cfg, "attribution", "attributeCommitsToAgent") === false || get(cfg, "attributeCommitsToAgent") === false) {
      out.push(found("cursor", "attribution.attributeCommitsToAgent=false"));
    }
  } else if (/(?:^|\/)\.copilot\/config\.json$/.test(file)) {
    const cfg = parse2(text2);
    if (get(cfg, "include_coauthor") === false) out.push(found("copilot", "include_coauthor=false"));
  } else if (base === ".aider.conf.yml" || base === ".aider.conf.yaml") {
    let cfg;
    try {
      cfg = (0, import_yaml6.parse)(text2);
    } catch {
      return out;
    }
    for (const key of ["attribute-co-authored-by", "attribute-author", "attribute-committer"]) {
      if (get(cfg, key) === false) out.push(found("aider", `${key}=false`));
    }
  } else if (HOOK_NAMES.test(file) && HOOK_STRIPS.test(text2)) {
    out.push(found("git-hook", "commit-msg hook removes Co-authored-by lines"));
  }
  return out;
}
var SUPPRESSION_PATHS = [
  ".claude",
  ".cursor",
  ".copilot",
  ".aider.conf.yml",
  ".aider.conf.yaml",
  ...HOOK_DIRS
];
async function findSuppression(repoPath, revision, gitDirPath, listed) {
  const out = [];
  const files = listed ?? await listTree(repoPath, revision, SUPPRESSION_PATHS);
  for (const file of files) {
    const relevant = /(?:^|\/)\.claude\/settings(?:\.[\w-]+)?\.json$/.test(file) || /\.cursor\/cli-config\.json$/.test(file) || /\.copilot\/config\.json$/.test(file) || /(?:^|\/)\.aider\.conf\.ya?ml$/.test(file) || HOOK_NAMES.test(file);
    if (!relevant) continue;
    const blob = await readBlob(repoPath, revision, file, MAX_CONFIG_BYTES);
    if (blob) out.push(...suppressionIn(file, blob.toString("utf8"), revision));
  }
  if (gitDirPath) {
    const hooks = path.join(gitDirPath, "hooks");
    const names = await readdir(hooks).catch(() => []);
    for (const name of names) {
      if (!HOOK_NAMES.test(name)) continue;
      const file = path.join(hooks, name);
      const st = await stat(file).catch(() => void 0);
      if (!st?.isFile() || st.size > MAX_CONFIG_BYTES) continue;
      const text2 = await readFile(file, "utf8");
      out.push(...suppressionIn(`.git/hooks/${name}`, text2, "local"));
    }
  }
  return out;
}

// src/core/git/diffs.ts
import { once } from "node:events";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path2 from "node:path";

// src/core/git/tokens.ts
var TOKEN_KEEP_BYTES = 512 * 1024;
var TRUNCATION_MARK = "\n\n[\u2026 truncated by agent-attest \u2026]\n\n";
var NulTokenizer = class {
  chunks = [];
  pendingLength = 0;
  head;
  truncated = false;
  /**
   * Feeds a chunk; calls `emit` for each complete token. When `emit` returns true the reader stops there and
   * returns how many bytes of the chunk it used (the NUL after that token included); otherwise -1.
   */
  push(chunk, emit) {
    let start = 0;
    for (; ; ) {
      const nul = chunk.indexOf(0, start);
      if (nul < 0) break;
      this.append(chunk.subarray(start, nul));
      start = nul + 1;
      if (emit(this.take()) === true) return start;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
    return -1;
  }
  /**
   * Like push, without decoding: `emit(bytes, start, end)` gets each token's bytes (a view into the chunk when
   * the token lies inside it, else a copy; over-long tokens keep head and tail, as in push).
   */
  pushBytes(chunk, emit) {
    let start = 0;
    for (; ; ) {
      const nul = chunk.indexOf(0, start);
      if (nul < 0) break;
      if (this.pendingLength === 0 && !this.head) emit(chunk, start, nul);
      else {
        this.append(chunk.subarray(start, nul));
        const token = this.takeBytes();
        emit(token, 0, token.length);
      }
      start = nul + 1;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
  }
  /** The unterminated rest, if any (at end of stream), as bytes. */
  flushBytes(emit) {
    if (this.pendingLength > 0 || this.head) {
      const token = this.takeBytes();
      emit(token, 0, token.length);
    }
  }
  takeBytes() {
    const rest = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    const bytes = this.truncated && this.head ? Buffer.concat([this.head, Buffer.from(TRUNCATION_MARK), rest]) : rest;
    this.chunks = [];
    this.pendingLength = 0;
    this.head = void 0;
    this.truncated = false;
    return bytes;
  }
  /** The unterminated rest, if any (at end of stream). */
  flush(emit) {
    if (this.pendingLength > 0 || this.head) emit(this.take());
  }
  append(part) {
    if (part.length === 0) return;
    this.chunks.push(part);
    this.pendingLength += part.length;
    if (this.pendingLength > 2 * TOKEN_KEEP_BYTES) {
      const all = Buffer.concat(this.chunks);
      if (!this.head) this.head = Buffer.from(all.subarray(0, TOKEN_KEEP_BYTES));
      this.truncated = true;
      this.chunks = [Buffer.from(all.subarray(all.length - TOKEN_KEEP_BYTES))];
      this.pendingLength = TOKEN_KEEP_BYTES;
    }
  }
  take() {
    const rest = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    let text2;
    if (this.truncated && this.head)
      text2 = this.head.toString("utf8") + TRUNCATION_MARK + rest.toString("utf8");
    else text2 = rest.toString("utf8");
    this.chunks = [];
    this.pendingLength = 0;
    this.head = void 0;
    this.truncated = false;
    return text2;
  }
};

// src/core/git/diffs.ts
var MAX_FILES_PER_COMMIT = 2e3;
var TAB = 9;
var NEWLINE = 10;
var DASH = 45;
var COLON = 58;
var ZERO_OID = /^0+$/;
var FLUSH_LINE = "\n";
var OFFLINE = { GIT_ALLOW_PROTOCOL: "" };
var DIFF_TREE = [
  "diff-tree",
  "--stdin",
  "-z",
  "-r",
  "--root",
  "--always",
  "--no-ext-diff",
  "--no-textconv"
];
var NUMSTAT_ARGS = [...DIFF_TREE, "-M", "--numstat"];
var RAW_ARGS = [...DIFF_TREE, "--no-renames", "--raw"];
function skipNewlines(bytes, start, end) {
  while (start < end && bytes[start] === NEWLINE) start++;
  return start;
}
function shaOf(bytes, start, end) {
  start = skipNewlines(bytes, start, end);
  const n = end - start;
  if (n !== 40 && n !== 64) return void 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) return void 0;
  }
  return bytes.toString("latin1", start, end);
}
function countAt(bytes, start, end) {
  if (bytes[start] === DASH) return bytes[start + 1] === TAB && start + 1 < end ? [0, start + 1] : void 0;
  let v = 0;
  let i = start;
  for (; i < end; i++) {
    const c = bytes[i];
    if (c === TAB) break;
    if (c < 48 || c > 57) return void 0;
    v = v * 10 + (c - 48);
  }
  return i > start && i < end ? [v, i] : void 0;
}
var emptyDiff = (sha) => ({
  sha,
  files: [],
  filesOmitted: 0,
  linesAdded: 0,
  linesRemoved: 0
});
function addFile(d, entry) {
  d.linesAdded += entry.added;
  d.linesRemoved += entry.removed;
  if (d.files.length < MAX_FILES_PER_COMMIT) d.files.push(entry);
  else d.filesOmitted++;
}
function firstLine2(stderr, fallback) {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => l !== "");
  return line === void 0 ? fallback : withoutLocalPaths(line);
}
function withoutLocalPaths(text2) {
  return text2.replace(/(?<![\w.:/\\-])(?:[A-Za-z]:)?[\\/][^\s'"()]*[\\/]([^\s'"()\\/]+)/g, "\u2026/$1");
}
var DiffTreeParser = class _DiffTreeParser {
  constructor(format2, onAnswer) {
    this.format = format2;
    this.onAnswer = onAnswer;
  }
  format;
  onAnswer;
  tokens = new NulTokenizer();
  onToken = (b, start, end) => this.token(b, start, end);
  current;
  /** numstat: a rename's counts, waiting for its old path, then its new path. raw: the blob ids of the entry whose path is next. */
  pendingPath;
  /** The bytes after the last NUL: how many, and whether they are newlines only (git's echoed flush lines). */
  restLength = 0;
  restOnlyNewlines = true;
  /** Every answer of a complete output. */
  static parse(format2, output) {
    const out = [];
    const parser = new _DiffTreeParser(format2, (a) => out.push(a));
    parser.push(output);
    parser.end();
    return out;
  }
  push(chunk) {
    this.tokens.pushBytes(chunk, this.onToken);
    const lastNul = chunk.lastIndexOf(0);
    let onlyNewlines = true;
    for (let i = lastNul + 1; i < chunk.length && onlyNewlines; i++) onlyNewlines = chunk[i] === NEWLINE;
    if (lastNul >= 0) {
      this.restOnlyNewlines = onlyNewlines;
      this.restLength = chunk.length - lastNul - 1;
    } else {
      this.restOnlyNewlines &&= onlyNewlines;
      this.restLength += chunk.length;
    }
    if (this.restOnlyNewlines && this.restLength > 0 && !this.pendingPath) this.emit();
  }
  /** At the end of a complete output: the last answer is complete too. */
  end() {
    this.tokens.flushBytes(this.onToken);
    this.emit();
  }
  token(bytes, start, end) {
    const pending = this.pendingPath;
    if (pending) {
      const file = bytes.toString("utf8", start, end);
      if (Array.isArray(pending)) {
        this.pendingPath = void 0;
        this.current?.blobs.push(...pending);
        this.add({ added: 0, removed: 0, path: file });
      } else if (pending.oldPath === void 0) pending.oldPath = file;
      else {
        this.pendingPath = void 0;
        this.add({ added: pending.added, removed: pending.removed, path: file, oldPath: pending.oldPath });
      }
      return;
    }
    const sha = shaOf(bytes, start, end);
    if (sha) {
      this.emit();
      this.current = { diff: emptyDiff(sha), blobs: [] };
      return;
    }
    start = skipNewlines(bytes, start, end);
    if (this.format === "raw") {
      if (bytes[start] !== COLON) return;
      const [oldMode, newMode, oldId, newId] = bytes.toString("latin1", start + 1, end).split(" ");
      const blobs = [];
      if (oldMode !== "160000" && oldId && !ZERO_OID.test(oldId)) blobs.push(oldId);
      if (newMode !== "160000" && newId && !ZERO_OID.test(newId) && newId !== oldId) blobs.push(newId);
      this.pendingPath = blobs;
      return;
    }
    const a = countAt(bytes, start, end);
    const r = a && countAt(bytes, a[1] + 1, end);
    if (!a || !r) return;
    if (r[1] + 1 === end) this.pendingPath = { added: a[0], removed: r[0] };
    else this.add({ added: a[0], removed: r[0], path: bytes.toString("utf8", r[1] + 1, end) });
  }
  add(entry) {
    if (this.current) addFile(this.current.diff, entry);
  }
  emit() {
    const done = this.current;
    this.current = void 0;
    if (done) this.onAnswer(done);
  }
};
var DiffTreeProcess = class {
  constructor(cwd, format2, onAnswer, onFailure, onFatal) {
    this.onAnswer = onAnswer;
    this.onFatal = onFatal;
    this.child = spawnGit(cwd, format2 === "numstat" ? NUMSTAT_ARGS : RAW_ARGS, OFFLINE);
    const parser = new DiffTreeParser(format2, (a) => this.settle(a));
    this.child.stdout.on("data", (chunk) => parser.push(chunk));
    this.child.stderr.on("data", (d) => this.stderr.length < 16 && this.stderr.push(d));
    this.child.stdin.on("error", () => {
    });
    let spawnError;
    this.child.on("error", (e) => spawnError = e);
    this.child.on("close", (code, signal) => {
      if (this.stopped) return;
      if (code === 0) parser.end();
      if (this.outstanding === 0) return;
      const why = spawnError ? `could not run git diff-tree: ${spawnError.message}` : firstLine2(Buffer.concat(this.stderr).toString("utf8"), `git diff-tree exited ${code ?? signal}`);
      onFailure(this.queue.slice(this.head), why);
    });
  }
  onAnswer;
  onFatal;
  child;
  queue = [];
  head = 0;
  unsent = "";
  flushScheduled = false;
  stopped = false;
  stderr = [];
  get outstanding() {
    return this.queue.length - this.head;
  }
  send(r) {
    this.queue.push(r);
    this.unsent += `${r.sha}
`;
    if (this.unsent.length >= 16 * 1024) this.flush();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }
  /** Writes the requests gathered, then a line that makes git flush its answers. */
  flush() {
    this.flushScheduled = false;
    if (this.unsent === "" || this.stopped) return;
    this.child.stdin.write(this.unsent + FLUSH_LINE);
    this.unsent = "";
  }
  /** Ends git's input and waits for it to exit (every request answered by then, or onFailure called). */
  async end() {
    this.flush();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const closed = once(this.child, "close");
    this.child.stdin.end();
    await closed;
  }
  kill() {
    this.stopped = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
  settle(a) {
    if (this.stopped) return;
    const next = this.queue[this.head];
    if (!next || next.sha !== a.diff.sha) {
      this.onFatal(
        new AgentAttestError(
          "GIT_ERROR",
          `git diff-tree answered ${a.diff.sha} for ${next?.sha ?? "nothing"}`
        )
      );
      this.kill();
      return;
    }
    this.queue[this.head++] = void 0;
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    this.onAnswer(next, a);
  }
};
var BlobCheckProcess = class {
  child;
  queue = [];
  head = 0;
  partial = "";
  stopped = false;
  constructor(cwd, onFailure) {
    this.child = spawnGit(cwd, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], OFFLINE);
    this.child.stdout.setEncoding("latin1");
    this.child.stdout.on("data", (text2) => {
      const lines = (this.partial + text2).split("\n");
      this.partial = lines.pop();
      for (const line of lines) {
        const next = this.queue[this.head];
        if (!next) continue;
        this.queue[this.head++] = void 0;
        next.onAnswer(line === `${next.oid} blob`);
      }
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
    });
    this.child.stderr.resume();
    this.child.stdin.on("error", () => {
    });
    this.child.on("error", () => {
    });
    this.child.on("close", () => {
      if (this.stopped || this.head === this.queue.length) return;
      onFailure(this.queue.slice(this.head).map((q) => q.onAnswer));
    });
  }
  check(oid, onAnswer) {
    this.queue.push({ oid, onAnswer });
    this.child.stdin.write(`${oid}
`);
  }
  async end() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const closed = once(this.child, "close");
    this.child.stdin.end();
    await closed;
  }
  kill() {
    this.stopped = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
};
async function shadowRepository(repoPath) {
  const objects = path2.resolve(
    repoPath,
    await gitText(repoPath, ["rev-parse", "--git-path", "objects"], "git rev-parse")
  );
  const dir = await mkdtemp(path2.join(tmpdir(), "agent-attest-objects-"));
  await mkdir(path2.join(dir, "objects", "info"), { recursive: true });
  await mkdir(path2.join(dir, "refs"));
  await writeFile(path2.join(dir, "HEAD"), "ref: refs/heads/main\n");
  await writeFile(path2.join(dir, "config"), "[core]\n	repositoryformatversion = 0\n	bare = true\n");
  await writeFile(path2.join(dir, "objects", "info", "alternates"), `${objects}
`);
  return dir;
}
var DiffReader = class {
  constructor(repoPath) {
    this.repoPath = repoPath;
  }
  repoPath;
  /** Started by the first request: a range with no agent commit needs no diff at all. */
  main;
  checked;
  requested = 0;
  answered = 0;
  failed;
  /** A caller waiting for the outstanding requests to fall to `below` (backpressure, see whenBelow). */
  waiter;
  start() {
    return new DiffTreeProcess(
      this.repoPath,
      "numstat",
      (r, a) => this.answer(r, a.diff),
      (unanswered) => this.degrade(unanswered),
      (e) => this.fail(e)
    );
  }
  /** Requests the diff of one commit; `onDiff` runs when it arrives (not necessarily in request order). */
  request(sha, onDiff) {
    if (this.failed) return;
    this.requested++;
    const r = { sha, onDiff };
    if (this.checked) this.checked.request(r);
    else (this.main ??= this.start()).send(r);
  }
  /** Requests not answered yet. */
  get outstanding() {
    return this.requested - this.answered;
  }
  /**
   * Resolves once at most `below` requests are outstanding; rejects with the reader's failure. The scan
   * waits here instead of queueing without bound when git diffs more slowly than it logs.
   */
  whenBelow(below) {
    if (this.failed) return Promise.reject(this.failed);
    if (this.outstanding <= below) return Promise.resolve();
    this.main?.flush();
    this.checked?.flush();
    return new Promise((resolve, reject) => {
      this.waiter = { below, resolve, reject };
    });
  }
  /** Waits for every answer and for git to exit; throws the reader's failure, if any. */
  async close() {
    try {
      await this.whenBelow(0);
    } finally {
      await this.main?.end();
      await this.checked?.end();
    }
  }
  kill() {
    this.main?.kill();
    this.checked?.kill();
  }
  answer(r, d) {
    this.answered++;
    try {
      r.onDiff(d);
    } catch (e) {
      this.fail(e);
    }
    this.wake();
  }
  /** The numstat process died on an object it could not read: carry on in checked mode. */
  degrade(unanswered) {
    this.main = void 0;
    this.checked = new CheckedDiffs(
      this.repoPath,
      (r, d) => this.answer(r, d),
      (e) => this.fail(e)
    );
    for (const r of unanswered) this.checked.request(r);
  }
  wake() {
    const w = this.waiter;
    if (!w || this.outstanding > w.below && !this.failed) return;
    this.waiter = void 0;
    if (this.failed) w.reject(this.failed);
    else w.resolve();
  }
  fail(e) {
    this.failed ??= e;
    this.kill();
    this.wake();
  }
};
var CheckedDiffs = class {
  constructor(repoPath, answer, fail) {
    this.repoPath = repoPath;
    this.answer = answer;
    this.fail = fail;
    this.ready = shadowRepository(repoPath);
    this.ready.then(
      (dir) => {
        this.shadow = dir;
        if (this.killed) return this.kill();
        const backlog = this.backlog;
        this.backlog = [];
        for (const r of backlog) this.request(r);
      },
      (e) => this.fail(
        new AgentAttestError("GIT_ERROR", `could not read the objects of ${this.repoPath}: ${String(e)}`)
      )
    );
  }
  repoPath;
  answer;
  fail;
  ready;
  shadow;
  raw;
  blobs;
  numstat;
  backlog = [];
  killed = false;
  request(r) {
    if (!this.shadow) {
      this.backlog.push(r);
      return;
    }
    this.rawProcess().send(r);
  }
  flush() {
    this.raw?.flush();
    this.numstat?.flush();
  }
  async end() {
    await this.ready.catch(() => void 0);
    await this.raw?.end();
    await this.blobs?.end();
    await this.numstat?.end();
    if (this.shadow) await rm(this.shadow, { recursive: true, force: true });
  }
  kill() {
    this.killed = true;
    this.raw?.kill();
    this.blobs?.kill();
    this.numstat?.kill();
    if (this.shadow) void rm(this.shadow, { recursive: true, force: true }).catch(() => {
    });
  }
  rawProcess() {
    this.raw ??= new DiffTreeProcess(
      this.shadow,
      "raw",
      (r, a) => this.onRaw(r, a),
      (unanswered, why) => {
        this.raw = void 0;
        void this.isolate(unanswered, "raw", why);
      },
      this.fail
    );
    return this.raw;
  }
  numstatProcess() {
    this.numstat ??= new DiffTreeProcess(
      this.shadow,
      "numstat",
      (r, a) => this.answer(r, a.diff),
      (unanswered, why) => {
        this.numstat = void 0;
        void this.isolate(unanswered, "numstat", why);
      },
      this.fail
    );
    return this.numstat;
  }
  blobProcess() {
    this.blobs ??= new BlobCheckProcess(this.shadow, (unanswered) => {
      this.blobs = void 0;
      for (const onAnswer of unanswered) onAnswer(false);
    });
    return this.blobs;
  }
  /** A commit's paths and blob ids: its numstat diff when every blob is present, else its paths alone. */
  onRaw(r, a) {
    if (a.blobs.length === 0) {
      this.answer(r, a.diff);
      return;
    }
    r.raw = a.diff;
    let waiting = a.blobs.length;
    let missing;
    for (const oid of a.blobs) {
      this.blobProcess().check(oid, (present) => {
        if (!present) missing ??= oid;
        if (--waiting > 0) return;
        if (missing) this.answer(r, unreadable(a.diff, `blob ${missing.slice(0, 12)} is not in this clone`));
        else this.numstatProcess().send(r);
      });
    }
  }
  /**
   * A process died: its first unanswered request is tried on its own (the one it died on, or one it had
   * answered completely just before), answered either way; the process is restarted for the rest.
   */
  async isolate(unanswered, format2, why) {
    const [first, ...rest] = unanswered;
    if (!first) return;
    try {
      const args = (format2 === "raw" ? RAW_ARGS : NUMSTAT_ARGS).filter((a2) => a2 !== "--stdin");
      const r = await runGit(this.shadow, [...args, first.sha], void 0, OFFLINE);
      const a = r.code === 0 ? DiffTreeParser.parse(format2, r.stdout).find((x) => x.diff.sha === first.sha) : void 0;
      if (format2 === "raw") {
        if (a) this.onRaw(first, a);
        else
          this.answer(first, {
            ...emptyDiff(first.sha),
            unreadable: firstLine2(r.stderr, why),
            pathsUnknown: true
          });
      } else if (a) this.answer(first, a.diff);
      else this.answer(first, unreadable(first.raw ?? emptyDiff(first.sha), firstLine2(r.stderr, why)));
    } catch (e) {
      this.fail(e);
      return;
    }
    if (this.killed) return;
    for (const r of rest) (format2 === "raw" ? this.rawProcess() : this.numstatProcess()).send(r);
    this.flush();
  }
};
function unreadable(d, why) {
  return {
    ...d,
    files: d.files.map((f) => ({ ...f, added: 0, removed: 0 })),
    linesAdded: 0,
    linesRemoved: 0,
    unreadable: why
  };
}

// src/core/git/log.ts
import { randomBytes } from "node:crypto";
import { once as once2 } from "node:events";
var HEADER_FIELDS = ["%H", "%P", "%an", "%ae", "%cn", "%ce", "%at"];
function logArgs(opts, nonce) {
  const start = `%x1e${nonce}S`;
  const bodyEnd = `%x1e${nonce}B`;
  const noteEnd = `%x1e${nonce}N`;
  let format2 = `${start}%x00${HEADER_FIELDS.join("%x00")}%x00%B%x00${bodyEnd}`;
  if (opts.notesRef) format2 += `%x00%N%x00${noteEnd}`;
  return [
    "log",
    "-z",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-notes",
    // Children before parents (otherwise newest first, as git's default): the scan settles merged-branch
    // attribution as commits stream by, which needs every commit's descendants seen before it. Git's default
    // order does not promise that when commit dates tie or run backwards.
    "--date-order",
    ...opts.notesRef ? [`--notes=${opts.notesRef}`] : [],
    `--format=${format2}`,
    opts.head,
    ...(opts.exclude ?? []).map((e) => `^${e}`),
    "--"
  ];
}
var MAX_RECORD_BYTES = 2 * TOKEN_KEEP_BYTES;
var NUL = 0;
async function* readCommitBatches(opts) {
  const nonce = randomBytes(8).toString("hex");
  const START = Buffer.from(`${nonce}S\0`);
  const BODY_END = Buffer.from(`\0${nonce}B`);
  const END = Buffer.from(opts.notesRef ? `\0${nonce}N` : `\0${nonce}B`);
  const child = spawnGit(opts.repoPath, logArgs(opts, nonce));
  child.stdin.end();
  const stderr = [];
  let stderrLength = 0;
  child.stderr.on("data", (d) => {
    if (stderrLength < 8192) stderr.push(d);
    stderrLength += d.length;
  });
  const exited = once2(child, "close");
  const spawnError = once2(child, "error").then(([e]) => e);
  void spawnError.catch(() => {
  });
  const parseRecord = (buf, from, end) => {
    const shaEnd = buf.indexOf(NUL, from);
    const parentsEnd = shaEnd < 0 ? -1 : buf.indexOf(NUL, shaEnd + 1);
    if (parentsEnd < 0 || parentsEnd >= end) return void 0;
    let bodyEnd = end;
    let note;
    if (opts.notesRef) {
      const b = buf.indexOf(BODY_END, parentsEnd + 1);
      if (b < 0 || b >= end) return void 0;
      bodyEnd = b;
      const n = buf.toString("utf8", Math.min(b + BODY_END.length + 1, end), end);
      if (n.trim() !== "") note = n;
    }
    const rest = buf.toString("utf8", parentsEnd + 1, bodyEnd);
    const an = rest.indexOf("\0");
    const ae = an < 0 ? -1 : rest.indexOf("\0", an + 1);
    const cn = ae < 0 ? -1 : rest.indexOf("\0", ae + 1);
    const ce = cn < 0 ? -1 : rest.indexOf("\0", cn + 1);
    const at = ce < 0 ? -1 : rest.indexOf("\0", ce + 1);
    if (at < 0) return void 0;
    const parents = buf.toString("latin1", shaEnd + 1, parentsEnd);
    const commit = {
      sha: buf.toString("latin1", from, shaEnd),
      parents: parents === "" ? [] : parents.split(" "),
      authorName: rest.slice(0, an),
      authorEmail: rest.slice(an + 1, ae),
      committerName: rest.slice(ae + 1, cn),
      committerEmail: rest.slice(cn + 1, ce),
      authorTime: Number(rest.slice(ce + 1, at)) || 0,
      message: rest.slice(at + 1)
    };
    if (note !== void 0) commit.note = note;
    return commit;
  };
  let long;
  let pending;
  const take = (chunk, out) => {
    const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
    pending = void 0;
    let pos = 0;
    while (pos < buf.length) {
      if (long) {
        const used = long.push(buf.subarray(pos));
        if (used < 0) return;
        out.push(long.commit);
        long = void 0;
        pos += used;
        continue;
      }
      const s = buf.indexOf(START, pos);
      if (s < 0) {
        pending = buf.subarray(Math.max(pos, buf.length - START.length + 1));
        return;
      }
      const from = s + START.length;
      const e = buf.indexOf(END, from);
      if (e < 0) {
        if (buf.length - s > MAX_RECORD_BYTES) {
          long = new LongRecord(nonce, HEADER_FIELDS.length, !!opts.notesRef);
          pos = from;
          continue;
        }
        pending = buf.subarray(s);
        return;
      }
      const c = parseRecord(buf, from, e);
      if (c) out.push(c);
      pos = e + END.length;
    }
  };
  try {
    for await (const chunk of child.stdout) {
      const batch = [];
      take(chunk, batch);
      if (batch.length > 0) yield batch;
    }
    if (long?.finish()) yield [long.commit];
    const [code] = await Promise.race([exited, spawnError.then((e) => Promise.reject(e))]);
    if (code !== 0) {
      const first = Buffer.concat(stderr).toString("utf8").split("\n").find((l) => l.trim() !== "") ?? `exit ${code}`;
      throw new AgentAttestError("GIT_ERROR", `git log failed in ${opts.repoPath}: ${first}`);
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}
var LongRecord = class {
  constructor(nonce, headerFields, notes) {
    this.nonce = nonce;
    this.headerFields = headerFields;
    this.notes = notes;
  }
  nonce;
  headerFields;
  notes;
  tokens = new NulTokenizer();
  header = [];
  body = [];
  note = [];
  state = "header";
  commit;
  /** Feeds bytes; returns how many it used once the record is complete, else -1 (all used). */
  push(bytes) {
    return this.tokens.push(bytes, (t) => this.onToken(t));
  }
  /** At end of stream: completes the record from what was read. */
  finish() {
    this.tokens.flush((t) => this.onToken(t));
    if (!this.commit && this.header.length === this.headerFields) this.complete();
    return this.commit !== void 0;
  }
  onToken(token) {
    switch (this.state) {
      case "header":
        this.header.push(token);
        if (this.header.length === this.headerFields) this.state = "body";
        return false;
      case "body":
        if (token === `${this.nonce}B`) {
          if (this.notes) this.state = "note";
          else return this.complete();
        } else this.body.push(token);
        return false;
      case "note":
        if (token === `${this.nonce}N`) return this.complete();
        this.note.push(token);
        return false;
    }
  }
  complete() {
    const [sha, parents, an, ae, cn, ce, at] = this.header;
    this.commit = {
      sha: sha ?? "",
      parents: parents ? parents.split(" ").filter(Boolean) : [],
      authorName: an ?? "",
      authorEmail: ae ?? "",
      committerName: cn ?? "",
      committerEmail: ce ?? "",
      authorTime: Number(at) || 0,
      // A NUL inside a message (possible via fast-import) split it into tokens: join them back.
      message: this.body.join("\0")
    };
    const n = this.note.join("\0");
    if (this.notes && n.trim() !== "") this.commit.note = n;
    return true;
  }
};

// src/core/scan/instructions.ts
import { once as once3 } from "node:events";
import { createHash as createHash4 } from "node:crypto";
function addInstructionSets(summary, atBase, sets, commits) {
  const place = new Map(commits.map((c, i) => [c.sha, i]));
  const at = (sha) => place.get(sha) ?? -1;
  const versions = new Map((summary?.versions ?? []).map((v) => [v.digest, { ...v }]));
  for (const { sha, set } of sets) {
    const v = versions.get(set.digest);
    if (!v) {
      versions.set(set.digest, { ...set, agentCommits: 1, newest: sha, oldest: sha });
      continue;
    }
    v.agentCommits++;
    if (at(sha) < at(v.newest)) v.newest = sha;
    if (at(sha) > at(v.oldest)) v.oldest = sha;
  }
  return {
    atBase: summary?.atBase ?? atBase,
    versions: [...versions.values()].sort((a, b) => at(b.oldest) - at(a.oldest))
  };
}
var OFFLINE2 = { GIT_ALLOW_PROTOCOL: "" };
function instructionDigest(files) {
  const hash = createHash4("sha256");
  for (const f of files) hash.update(`${f.blob} ${f.path}
`);
  return `sha256:${hash.digest("hex")}`;
}
var InstructionReader = class {
  constructor(repoPath, range) {
    this.repoPath = repoPath;
    this.range = range;
  }
  repoPath;
  range;
  paths;
  /** The candidate paths, once known (every query lists them in this order). */
  candidatePaths = [];
  child;
  queue = [];
  head = 0;
  partial = "";
  outstanding = 0;
  idle;
  versions = /* @__PURE__ */ new Map();
  seen = 0;
  base = null;
  failure;
  /** The instruction set of an agent commit's tree; `onSet` gets undefined when it has none (or git failed). */
  request(sha, onSet) {
    const order = this.seen++;
    this.outstanding++;
    this.ask(sha, (set) => {
      if (set) this.count(set, sha, order);
      onSet(set);
    });
  }
  /** Waits for every answer (and the base's set), then ends git. */
  async close() {
    if (this.range.base && this.paths) {
      this.outstanding++;
      this.ask(this.range.base, (set) => this.base = set ?? null);
    }
    if (this.outstanding > 0) await new Promise((resolve) => this.idle = resolve);
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) {
      const closed = once3(this.child, "close");
      this.child.stdin.end();
      await closed;
    }
    const versions = [...this.versions.values()].sort((a, b) => b.order - a.order).map(({ order: _, ...v }) => v);
    return { atBase: this.range.base ? this.base : null, versions };
  }
  kill() {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
  count(set, sha, order) {
    const v = this.versions.get(set.digest);
    if (v) {
      v.agentCommits++;
      v.oldest = sha;
      v.order = order;
    } else this.versions.set(set.digest, { ...set, agentCommits: 1, newest: sha, oldest: sha, order });
  }
  ask(sha, onAnswer) {
    this.paths ??= this.candidates();
    void this.paths.then((paths) => {
      if (paths.length === 0 || this.failure !== void 0) return this.settle(onAnswer, void 0);
      const child = this.process();
      this.queue.push({ sha, onAnswer, files: [], left: paths.length });
      child.stdin.write(paths.map((p) => `${sha}:${p}
`).join(""));
    });
  }
  /** Instruction files at head and base, sorted (the order of the digest's lines). */
  async candidates() {
    const revs = [this.range.head, ...this.range.base ? [this.range.base] : []];
    const listed = await Promise.all(revs.map((r) => listTree(this.repoPath, r, [])));
    const paths = /* @__PURE__ */ new Set();
    for (const p of listed.flat()) if (!p.includes("\n") && isInstructionPath(p)) paths.add(detach(p));
    this.candidatePaths = [...paths].sort();
    return this.candidatePaths;
  }
  process() {
    if (this.child) return this.child;
    const child = spawnGit(this.repoPath, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], OFFLINE2);
    child.stdout.setEncoding("latin1");
    child.stdout.on("data", (text2) => this.read(text2));
    child.stderr.resume();
    child.stdin.on("error", () => {
    });
    child.on("error", () => {
    });
    child.on("close", () => {
      if (this.head === this.queue.length) return;
      this.failure = "git cat-file ended before answering";
      for (const p of this.queue.splice(this.head)) this.settle(p.onAnswer, void 0);
    });
    this.child = child;
    return child;
  }
  read(text2) {
    const lines = (this.partial + text2).split("\n");
    this.partial = lines.pop();
    const paths = this.candidatePaths;
    for (const line of lines) {
      const p = this.queue[this.head];
      if (!p) continue;
      const path3 = paths[paths.length - p.left];
      const space = line.indexOf(" ");
      if (line.slice(space + 1) === "blob") p.files.push({ path: path3, blob: line.slice(0, space) });
      if (--p.left > 0) continue;
      this.queue[this.head++] = void 0;
      this.settle(
        p.onAnswer,
        p.files.length > 0 ? { digest: instructionDigest(p.files), files: p.files } : void 0
      );
    }
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }
  settle(onAnswer, set) {
    onAnswer(set);
    if (--this.outstanding === 0) this.idle?.();
  }
};

// src/core/scan/scan.ts
var MAX_PATHS_PER_COMMIT = 100;
var AGENT_TRACE_DIR = ".agent-trace";
var MAX_UNSETTLED = 4096;
var MAX_TRACE_BYTES = 32 * 1024 * 1024;
var NO_AGENTS = Object.freeze([]);
var NO_RISK = Object.freeze(
  []
);
function catalogueDigest2(rules) {
  if (rules === RULES) return RULES_DIGEST;
  return createHash5("sha256").update(canonicalize({ version: RULES_VERSION, rules }) ?? "").digest("hex");
}
async function readAgentTrace(repoPath, head, listed, logger) {
  const files = listed.filter((f) => /\.jsonl?$/.test(f));
  const byRevision = /* @__PURE__ */ new Map();
  let records = 0;
  for (const file of files) {
    const blob = await readBlob(repoPath, head, file, MAX_TRACE_BYTES);
    if (!blob) {
      logger.warn(`${file} is larger than ${MAX_TRACE_BYTES} bytes; its Agent Trace records were not read.`);
      continue;
    }
    for (const [rev, found] of parseAgentTrace(blob.toString("utf8"))) {
      records++;
      byRevision.set(rev, [...byRevision.get(rev) ?? [], ...found]);
    }
  }
  return { files, records, byRevision };
}
async function resolveScanRange(opts) {
  await gitDir(opts.repoPath);
  return resolveRange(opts);
}
async function scanRange(opts) {
  const logger = opts.logger ?? silentLogger;
  const rules = opts.rules ?? RULES;
  const retain = opts.retain ?? "all";
  const started = Date.now();
  const gitDirPath = await gitDir(opts.repoPath);
  const range = opts.range ?? await resolveRange(opts);
  logger.debug(
    `scan range ${range.base ?? "(root)"}..${range.head} (base rule: ${range.baseRule}${range.tag ? `, tag ${range.tag}` : ""})`
  );
  const notesRef = opts.notesRef ?? "refs/notes/ai";
  const readNotesRef = async () => {
    if (opts.fetchNotesFrom) {
      const fetched = await fetchNotes(opts.repoPath, opts.fetchNotesFrom, notesRef);
      logger.debug(
        fetched ? `fetched ${notesRef} from ${opts.fetchNotesFrom}` : `${opts.fetchNotesFrom} has no ${notesRef}`
      );
    }
    return hasRef(opts.repoPath, notesRef);
  };
  const headFiles = listTree(opts.repoPath, range.head, [AGENT_TRACE_DIR, ...SUPPRESSION_PATHS]).then(
    (all) => ({
      trace: all.filter((f) => f.startsWith(`${AGENT_TRACE_DIR}/`)),
      settings: all.filter((f) => !f.startsWith(`${AGENT_TRACE_DIR}/`))
    })
  );
  const [boundary, notesPresent, trace, suppression, keep] = await Promise.all([
    shallowBoundary(opts.repoPath),
    readNotesRef(),
    headFiles.then((f) => readAgentTrace(opts.repoPath, range.head, f.trace, logger)),
    headFiles.then((f) => findSuppression(opts.repoPath, range.head, gitDirPath, f.settings)),
    opts.keep
  ]);
  const traceLengths = [...new Set([...trace.byRevision.keys()].map((k) => k.length))];
  const matchRisk = compileRiskPaths(opts.riskPaths);
  const retained = [];
  const totals = emptyTotals();
  const branches = new BranchInference(opts.repoPath);
  const diffs = new DiffReader(opts.repoPath);
  const instructions = new InstructionReader(opts.repoPath, range);
  let notedCommits = 0;
  let seen = 0;
  let lastProgress = started;
  const warnings = [];
  let unreadable2 = 0;
  const queue = [];
  let queueHead = 0;
  const emitReady = () => {
    while (queueHead < queue.length && queue[queueHead].ready) {
      const { c } = queue[queueHead];
      queue[queueHead++] = void 0;
      addToTotals(totals, c);
      opts.onCommit?.(c);
      if (retain === "all" || retain === "evidence" && c.agents.length > 0 || keep?.has(c.sha))
        retained.push(c);
    }
    if (queueHead > 4096 && queueHead * 2 > queue.length) {
      queue.splice(0, queueHead);
      queueHead = 0;
    }
  };
  const onRawCommit = (raw) => {
    if (boundary.has(raw.sha)) throw shallowError(opts.repoPath);
    seen++;
    const detection = detectCommit(raw, rules);
    let agents = detection.agents;
    if (raw.note || traceLengths.length > 0) {
      const extra = [];
      if (raw.note) {
        const found = parseGitAiNote(raw.note);
        if (found.length > 0) notedCommits++;
        extra.push(...found);
      }
      for (const len of traceLengths) extra.push(...trace.byRevision.get(raw.sha.slice(0, len)) ?? []);
      if (extra.length > 0) agents = groupEvidence([...agents.flatMap(toFound), ...extra]);
    }
    if (detection.mergeEvidence) {
      const commitsAsAgent = detection.mergeEvidence.every(
        (f) => rules.find((r) => r.id === f.evidence.rule)?.commitsAs === "agent"
      );
      branches.onAgentMerge(raw, detection.mergeEvidence, commitsAsAgent);
    }
    const inherited = branches.inherit({
      raw,
      hasOwnEvidence: agents.some((a) => a.evidence.some((e) => e.strength !== "inferred"))
    });
    if (inherited) agents = groupEvidence([...agents.flatMap(toFound), ...inherited]);
    if (agents.length === 0) {
      queue.push({ c: { sha: raw.sha, agents: NO_AGENTS, riskPaths: NO_RISK }, ready: true });
      emitReady();
      return;
    }
    const c = {
      sha: raw.sha,
      authorDate: new Date(raw.authorTime * 1e3).toISOString(),
      subject: detach(clip3(detection.subject, 300)),
      author: { name: detach(clip3(raw.authorName, 200)), email: detach(clip3(raw.authorEmail, 200)) },
      agents,
      ...detection.commitTag ? { commitTag: detection.commitTag } : {},
      riskPaths: NO_RISK
    };
    const entry = { c, ready: false };
    queue.push(entry);
    let waiting = 2;
    const settled = () => {
      if (--waiting > 0) return;
      entry.ready = true;
      emitReady();
    };
    diffs.request(c.sha, (d) => {
      applyDiff(c, d, matchRisk);
      if (c.linesUnknown !== void 0) unreadable2++;
      settled();
    });
    instructions.request(c.sha, (set) => {
      if (set) c.instructions = set.digest;
      settled();
    });
  };
  try {
    for await (const batch of readCommitBatches({
      repoPath: opts.repoPath,
      head: range.head,
      exclude: range.base ? [range.base] : [],
      notesRef: notesPresent ? notesRef : void 0
    })) {
      for (const raw of batch) {
        if (branches.busy) await branches.settle();
        onRawCommit(raw);
      }
      while (queue.length - queueHead > MAX_UNSETTLED && diffs.outstanding > 0)
        await diffs.whenBelow(Math.floor(diffs.outstanding / 2));
      const now = Date.now();
      if (opts.onProgress && now - lastProgress >= 200) {
        lastProgress = now;
        opts.onProgress({ commits: seen, elapsedMs: now - started, done: false });
      }
    }
    await diffs.close();
  } catch (e) {
    diffs.kill();
    instructions.kill();
    throw e;
  }
  const instructionSets = await instructions.close();
  emitReady();
  if (queueHead !== queue.length)
    throw new AgentAttestError("GIT_ERROR", `git diff-tree left commits unanswered in ${opts.repoPath}`);
  if (boundary.size > 0 && seen === 0) throw shallowError(opts.repoPath);
  if (seen === 0) {
    const w = emptyRangeWarning(range);
    warnings.push(w);
    logger.warn(w);
  }
  for (const s of suppression) warnings.push(`attribution suppression: ${s.path} sets ${s.setting}`);
  if (unreadable2 > 0) warnings.push(unreadableWarning(unreadable2));
  warnings.push(...branches.warnings);
  if (instructions.failure)
    warnings.push(`the instruction files of some agent commits could not be read (${instructions.failure})`);
  opts.onProgress?.({ commits: seen, elapsedMs: Date.now() - started, done: true });
  return {
    range: {
      base: range.base,
      head: range.head,
      commits: seen,
      baseRule: range.baseRule,
      ...range.tag ? { tag: range.tag } : {}
    },
    commits: retained,
    ...retain !== "all" ? { retained: retain } : {},
    ...instructionSets.versions.length > 0 || instructionSets.atBase ? { instructions: instructionSets } : {},
    totals,
    rules: { version: RULES_VERSION, digest: catalogueDigest2(rules) },
    suppression,
    sources: {
      notes: { ref: notesRef, present: notesPresent, commits: notedCommits },
      agentTrace: { files: trace.files, records: trace.records }
    },
    warnings
  };
}
function applyDiff(c, d, matchRisk) {
  if (d.unreadable !== void 0) {
    c.linesUnknown = d.unreadable;
    if (d.pathsUnknown) return;
  } else {
    c.linesAdded = d.linesAdded;
    c.linesRemoved = d.linesRemoved;
  }
  c.filesChanged = d.files.length + d.filesOmitted;
  const paths = d.files.flatMap((f) => f.oldPath ? [f.path, f.oldPath] : [f.path]);
  const { hits, omitted } = riskHits(paths, matchRisk);
  c.riskPaths = hits;
  if (omitted > 0) c.riskPathsOmitted = omitted;
  c.paths = paths.slice(0, MAX_PATHS_PER_COMMIT).map(detach);
  const pathsOmitted = paths.length - c.paths.length + d.filesOmitted;
  if (pathsOmitted > 0) c.pathsOmitted = pathsOmitted;
}
async function completeDiffs(scan, repoPath, riskPaths) {
  const missing = scan.commits.filter(
    (c) => c.agents.length > 0 && c.linesAdded === void 0 && c.linesUnknown === void 0
  );
  if (missing.length === 0) return scan;
  const matchRisk = compileRiskPaths(riskPaths);
  const diffs = new DiffReader(repoPath);
  const instructions = new InstructionReader(repoPath, scan.range);
  const copies = new Map(missing.map((c) => [c.sha, { ...c }]));
  const sets = [];
  for (const c of copies.values()) {
    diffs.request(c.sha, (d) => applyDiff(c, d, matchRisk));
    if (c.instructions === void 0)
      instructions.request(c.sha, (set) => {
        if (!set) return;
        c.instructions = set.digest;
        sets.push({ sha: c.sha, set });
      });
  }
  let atBase;
  try {
    await diffs.close();
    atBase = (await instructions.close()).atBase;
  } catch (e) {
    diffs.kill();
    instructions.kill();
    throw e;
  }
  const commits = scan.commits.map((c) => copies.get(c.sha) ?? c);
  const withSets = sets.length > 0 ? { instructions: addInstructionSets(scan.instructions, atBase, sets, commits) } : {};
  const unreadable2 = [...copies.values()].filter((c) => c.linesUnknown !== void 0).length;
  return {
    ...scan,
    commits,
    ...withSets,
    totals: computeTotals(commits, scan.range.commits),
    ...unreadable2 > 0 ? { warnings: [...scan.warnings, unreadableWarning(unreadable2)] } : {}
  };
}
function emptyRangeWarning(range) {
  const base = range.base?.slice(0, 12) ?? "(root)";
  const why = range.base === range.head ? "base and head are the same commit" : `head ${range.head.slice(0, 12)} is already in the history of the ${range.baseRule === "pull-request" ? "pull request base" : "base"}`;
  return `the range ${base}..${range.head.slice(0, 12)} holds no commits (${why}): nothing was attributed; give an older --base, or --base root for the whole history.`;
}
function unreadableWarning(count) {
  return `git could not read the contents of ${count} agent commit(s) (objects missing from this clone: a partial clone or a damaged repository); their line counts are unknown (linesUnknown says why). A full clone counts them.`;
}
function clip3(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
}

// src/core/scan/upgrade.ts
function upgradeEvidence(scan, facts) {
  if (facts.length === 0) return scan;
  const bySha = /* @__PURE__ */ new Map();
  for (const f of facts) {
    const rule = ruleById(f.rule);
    if (!rule)
      throw new AgentAttestError(
        "INPUT_INVALID",
        `GitHub fact names unknown rule ${f.rule}; use a catalogue rule id.`
      );
    bySha.set(f.sha, [...bySha.get(f.sha) ?? [], f]);
  }
  const known = new Set(scan.commits.map((c) => c.sha));
  for (const sha of bySha.keys()) {
    if (known.has(sha)) continue;
    throw new AgentAttestError(
      "INPUT_INVALID",
      scan.retained ? `GitHub fact for ${sha} names a commit the scan did not keep; scan with keep including it (or retain 'all').` : `GitHub fact for ${sha} is outside the scanned range.`
    );
  }
  const commits = scan.commits.map((c) => {
    const add = bySha.get(c.sha);
    if (!add) return c;
    const found = [
      ...c.agents.flatMap(toFound),
      ...add.map((f) => {
        const rule = ruleById(f.rule);
        const evidence = {
          rule: f.rule,
          tier: "GH",
          strength: "verified",
          where: "github",
          detail: f.detail.slice(0, 200)
        };
        if (f.model) evidence.modelRaw = f.model.slice(0, 200);
        return { agent: f.agent ?? rule.agent, class: f.class ?? rule.class, evidence };
      })
    ];
    const agents = groupEvidence(found);
    for (const a of agents)
      if (a.model === null && a.modelRaw) a.model = normaliseModel(a.modelRaw) ?? a.modelRaw;
    return { ...c, agents };
  });
  return { ...scan, commits, totals: computeTotals(commits, scan.range.commits) };
}

// src/core/facts/index.ts
var REVIEW_SCOPES = ["agent-commits", "all-commits", "off"];
function riskPathConfig(extra) {
  return extra && extra.length > 0 ? { ...DEFAULT_RISK_PATHS, custom: [...extra] } : void 0;
}
async function isGitRepository(dir) {
  return await readRepositoryFacts(dir).catch(() => void 0) !== void 0;
}
async function gatherReleaseFacts(repoPath, options, logger, hooks = {}) {
  const riskPaths = riskPathConfig(options.riskPaths);
  const range = await resolveScanRange({
    repoPath,
    base: options.base,
    head: options.head,
    ...options.tagPattern && options.tagPattern.length > 0 ? { tagPattern: options.tagPattern } : {},
    ...options.pullRequestBase ? { pullRequestBase: options.pullRequestBase } : {}
  });
  const surfacesRun = detectSurfaceChanges({
    repoPath,
    ...range.base ? { base: range.base } : {},
    head: range.head,
    resolved: true,
    logger
  });
  const surfaceCommitsRun = surfacesRun.then((found) => {
    if (found.findings.length > 0) logger.info(`AI config surfaces changed: ${found.findings.length}.`);
    return new Set(found.findings.flatMap((f) => f.commits));
  });
  surfaceCommitsRun.catch(() => {
  });
  let scan = await scanRange({
    repoPath,
    range,
    ...options.fetchNotesFrom ? { fetchNotesFrom: options.fetchNotesFrom } : {},
    ...riskPaths ? { riskPaths } : {},
    ...hooks,
    retain: scanRetention(options.reviews, hooks.retain),
    keep: surfaceCommitsRun,
    logger
  });
  const [surfaces, surfaceCommits] = await Promise.all([surfacesRun, surfaceCommitsRun]);
  logger.info(
    `Range ${scan.range.base ?? "(root)"}..${scan.range.head} (${scan.range.baseRule}): ${scan.range.commits} commits, ${scan.totals.agentCommits} with agent evidence.`
  );
  const skipped = reviewsSkipped(options);
  if (skipped && options.reviews !== "off") logger.info(`Review evidence not collected: ${skipped}.`);
  const reviews = skipped ? void 0 : await gatherReviews(scan, surfaceCommits, options, logger);
  const upgrades = reviews?.status === "collected" ? evidenceUpgrades(reviews) : [];
  if (upgrades.length > 0) {
    scan = await completeDiffs(upgradeEvidence(scan, upgrades.map(toGitHubFact)), repoPath, riskPaths);
  }
  const bySha = new Map(scan.commits.map((c) => [c.sha, c]));
  attachAttribution(surfaces.findings, (sha) => {
    const c = bySha.get(sha);
    return c && {
      agents: c.agents.map((a) => ({
        id: a.id,
        ...a.model ? { model: a.model } : {},
        strength: a.strength
      }))
    };
  });
  return {
    scan: {
      ...scan,
      surfaces: surfaces.findings,
      ...reviews ? { reviews: toProvenance(reviews).extension } : {}
    },
    surfaces,
    ...reviews ? { reviews } : {},
    upgrades
  };
}
function scanRetention(reviews, asked = "evidence") {
  if (reviews === "all-commits") return "all";
  if (reviews === "agent-commits" && asked === "none") return "evidence";
  return asked;
}
function releaseFactsCollector(options) {
  let gathered = { upgrades: [] };
  const collect = async (ctx) => {
    const rangeAsked = options.base !== void 0 || options.head !== void 0;
    if (options.withoutRepository === "skip" && !rangeAsked && !await isGitRepository(ctx.repoPath)) {
      ctx.logger.warn(
        `${ctx.repoPath} is not a git repository: the statement carries no agent attribution, reviews or config-surface facts (pass --repo-path with the checkout to include them)`
      );
      return { dependencies: [] };
    }
    const repository = options.repository ?? ctx.claims?.repository;
    const facts = await gatherReleaseFacts(
      ctx.repoPath,
      { ...options, repository },
      ctx.logger,
      ctx.onScanProgress ? { onProgress: ctx.onScanProgress } : {}
    );
    gathered = facts;
    const repositoryUri = repository ? `${options.serverUrl}/${repository}` : ctx.source?.repository;
    const review = facts.reviews ? toProvenance(facts.reviews) : void 0;
    const reviews = review?.extension ?? notRequested(options);
    const { dependencies, extension } = toProvenance2(facts.scan, {
      ...repositoryUri ? { repositoryUri } : {},
      surfaceCatalogue: facts.surfaces.catalogue,
      ...reviews ? { reviews } : {}
    });
    return {
      dependencies: [...dependencies, ...review?.dependencies ?? []],
      extension
    };
  };
  return { collect, facts: () => gathered };
}
function reviewsSkipped(options) {
  if (options.reviews === "off") return "reviews: off";
  if (!options.githubToken && !options.githubActions) {
    return "no GitHub token outside GitHub Actions (set GITHUB_TOKEN or GH_TOKEN to collect review evidence)";
  }
  return void 0;
}
function notRequested(options) {
  const detail = reviewsSkipped(options);
  if (detail === void 0) return void 0;
  const scope = options.reviews === "off" ? "agent-commits" : options.reviews;
  return { status: "unavailable", scope, reason: "not-requested", detail };
}
async function gatherReviews(scan, surfaceCommits, options, logger) {
  if (options.reviews === "off") return void 0;
  const scope = options.reviews;
  const [owner, repo] = options.repository?.split("/") ?? [];
  if (!owner || !repo) {
    return {
      status: "unavailable",
      scope,
      reason: "not-found",
      detail: "no GitHub repository is known for this range (pass --repository OWNER/REPO)",
      requests: 0
    };
  }
  const { createGitHubClient } = await import("./client-VG5FQ56C.js");
  const client = createGitHubClient({
    token: options.githubToken,
    apiUrl: options.githubApiUrl,
    serverUrl: options.serverUrl,
    logger
  });
  const evidence = await collectReviewEvidence(client, {
    owner,
    repo,
    commits: scan.commits.map((c) => c.sha),
    // "agent commits" here means the commits a gate asks about: agent code and config-surface changes.
    agentCommits: /* @__PURE__ */ new Set([...scan.commits.filter(isAgentCommit).map((c) => c.sha), ...surfaceCommits]),
    allCommits: scope === "all-commits"
  });
  if (evidence.status === "collected") {
    logger.info(
      `Review evidence: ${evidence.pullRequests.length} pull request(s), ${evidence.requests} API request(s).`
    );
  }
  return evidence;
}
function toGitHubFact(u) {
  const detail = u.source === "pull-request-author" ? `PR #${u.pullRequest ?? "?"} opened by ${u.login}` : `commit signed by GitHub for ${u.login}`;
  return { sha: u.commit, rule: u.rule, agent: u.agent, detail };
}

export {
  compileRiskPaths,
  scanRange,
  REVIEW_SCOPES,
  riskPathConfig,
  isGitRepository,
  gatherReleaseFacts,
  releaseFactsCollector,
  reviewsSkipped
};
/*! For license information please see chunk-NTSRGTH3.js.LEGAL.txt */
