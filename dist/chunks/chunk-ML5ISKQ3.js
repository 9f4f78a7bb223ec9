import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-3F5LQTXG.js";
import {
  emptyTree,
  fetchNotes,
  gitDir,
  hasRef,
  listTree,
  probeRepository,
  readBlob,
  readRepositoryFacts,
  resolveRange,
  shallowBoundary,
  shallowError
} from "./chunk-RUDQGR2Z.js";
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
} from "./chunk-GRKIW7EF.js";
import {
  SurfaceParseError,
  effectiveKind
} from "./chunk-NDLFAXTK.js";
import {
  canonicalize
} from "./chunk-GLZUUL7L.js";
import {
  gitText,
  runGit,
  spawnGit
} from "./chunk-VH57ZJDG.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require,
  __toESM
} from "./chunk-66GH2WVD.js";

// src/core/facts/index.ts
import { setFlagsFromString } from "node:v8";

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
  let compiled;
  const compile = () => Object.entries(config).map(
    ([category, globs]) => [category, (0, import_picomatch.default)([...globs], { dot: true, nocase: true })]
  );
  const cache = /* @__PURE__ */ new Map();
  return (path) => {
    let hit = cache.get(path);
    if (hit === void 0) {
      hit = (compiled ??= compile()).filter(([, match]) => match(path)).map(([category]) => category);
      if (cache.size >= 5e4) cache.clear();
      cache.set(path, hit);
    }
    return hit;
  };
}
var MAX_RISK_PATHS_PER_COMMIT = 16;
function riskHits(paths, match) {
  const hits = [];
  let omitted = 0;
  for (const path of paths) {
    const categories = match(path);
    if (categories.length === 0) continue;
    if (hits.length < MAX_RISK_PATHS_PER_COMMIT) hits.push({ path, categories });
    else omitted++;
  }
  return { hits, omitted };
}

// builtin:node:crypto?src/core/extension/provenance.ts
var m = __require("node:crypto");
var createHash = m.createHash;

// builtin:node:path?src/core/surfaces/index.ts
var m2 = __require("node:path");
var posix = m2.posix;

// builtin:node:path?src/core/surfaces/analyze.ts
var m3 = __require("node:path");
var posix2 = m3.posix;

// src/core/surfaces/analyze.ts
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
  for (const m17 of text2.matchAll(BASE64_BLOB)) {
    const s = m17[0];
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s) && !/^[A-Za-z/]+$/.test(s)) return true;
  }
  return false;
}
function hiddenPathRun(text2) {
  for (const segment of splitCommands(text2)) {
    const words = tokenize(segment);
    for (let i = 0; i < words.length - 1; i++) {
      if (!INTERPRETER.test(posix2.basename(words[i]))) continue;
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
    for (const m17 of line.matchAll(HIDDEN)) {
      const ch = m17[0];
      const at = m17.index;
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
  for (const m17 of text2.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    out.push((m17[1] ?? m17[2] ?? m17[3] ?? "").replace(/["'`]/g, ""));
  }
  return out.filter(Boolean);
}
function normalizeRepoPath(token) {
  let t = /^--?[\w-]+=(.+)$/.exec(token)?.[1] ?? token;
  t = t.replace(/^(?:\$\{?[A-Za-z_]\w*\}?|\$\(pwd\)|\$\{workspaceFolder\}|\$\{workspaceRoot\})\//, "");
  t = t.replace(/[,;)]+$/, "");
  if (!t || t.startsWith("/") || t.startsWith("~") || t.includes("://") || t.includes("$") || t.startsWith("-"))
    return void 0;
  const n = posix2.normalize(t);
  if (n === "." || n.startsWith("../") || n === "..") return void 0;
  return n;
}
function commandPaths(command, baseDirs, instructed) {
  const out = /* @__PURE__ */ new Set();
  for (const segment of splitCommands(command)) {
    const words = tokenize(segment);
    words.forEach((w, i) => {
      const prev = words[i - 1];
      const afterInterpreter = prev !== void 0 && INTERPRETER.test(posix2.basename(prev));
      if (instructed && !afterInterpreter && !w.startsWith("./")) return;
      if (!instructed && !w.includes("/") && !/\.\w{1,5}$/.test(w)) return;
      const rel = normalizeRepoPath(w);
      if (!rel) return;
      for (const dir of baseDirs) out.add(dir ? posix2.normalize(`${dir}/${rel}`) : rel);
    });
  }
  return [...out];
}
function baseDirsFor(path) {
  const dir = posix2.dirname(path) === "." ? "" : posix2.dirname(path);
  const dirs = /* @__PURE__ */ new Set(["", dir]);
  const m17 = /^(.*?)(?:^|\/)\.[^/]+\/[^/]*$/.exec(path);
  if (m17) dirs.add(m17[1] ?? "");
  return [...dirs];
}
function clipOneLine(text2, max = 200) {
  const one = text2.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max)}\u2026` : one;
}

// builtin:node:crypto?src/core/surfaces/catalogue.ts
var m4 = __require("node:crypto");
var createHash2 = m4.createHash;

// src/core/surfaces/catalogue.ts
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
  let m17 = matchers.get(rule.id);
  if (!m17) {
    m17 = (0, import_picomatch2.default)(rule.globs, { dot: true, ignore: rule.ignore });
    matchers.set(rule.id, m17);
  }
  return m17;
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
  return (path) => path.startsWith(".") || path.includes("/.") || names.has(path.slice(path.lastIndexOf("/") + 1));
})();
function ruleFor(path) {
  if (!prefilter(path)) return void 0;
  return SURFACE_RULES.find((r) => matcherFor(r)(path));
}
function isInstructionPath(path) {
  const rule = ruleFor(path);
  return rule !== void 0 && rule.reportAll && rule.capabilities.some((c) => c === "INSTR" || c === "PERM");
}
function catalogueDigest() {
  const text2 = canonicalize({ version: CATALOGUE_VERSION, rules: SURFACE_RULES });
  return createHash2("sha256").update(text2 ?? "").digest("hex");
}
function catalogueInfo() {
  return { version: CATALOGUE_VERSION, digest: catalogueDigest() };
}

// builtin:node:crypto?src/core/surfaces/git.ts
var m5 = __require("node:crypto");
var createHash3 = m5.createHash;

// src/core/surfaces/git.ts
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
        this.current = { size, remaining: size + 1, hash: createHash3("sha256"), kept: [] };
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
      const path = rest[i + 1] ?? "";
      if (status && path) paths2.push(path);
    }
    commits.push({ sha: sha.trim(), paths: paths2 });
  }
  return commits;
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
    const parse = surfaceChanges.length + headSurfaces.length > 0 ? (await import("./parse-OEJ5O7UA.js")).parseSurface : void 0;
    const findings = [];
    const atHead = [];
    for (const { change, newRule, oldRule } of surfaceChanges) {
      const oldSide = change.oldPath && oldRule ? side(change.oldPath, oldRule, change.oldMode, change.oldOid, blobs, parse) : void 0;
      const newSide = change.newPath && newRule ? side(change.newPath, newRule, change.newMode, change.newOid, blobs, parse) : void 0;
      if (newSide) atHead.push(newSide);
      const finding = surfaceFinding(change, oldSide, newSide, blobs);
      if (finding) findings.push(finding);
    }
    for (const e of headSurfaces) atHead.push(side(e.path, ruleFor(e.path), e.mode, e.oid, blobs, parse));
    await addHelpers(findings, atHead, changedByPath, reader);
    await addCommits(repoPath, base, head, findings, attributionOf);
    findings.sort((a, b) => riskRank(a.risk) - riskRank(b.risk) || a.path.localeCompare(b.path));
    return { catalogue: catalogueInfo(), findings };
  } finally {
    reader.close();
  }
}
function side(path, rule, mode, oid, blobs, parse) {
  const blob = oid ? blobs.get(oid) : void 0;
  if (mode === GITLINK)
    return { path, rule, parse: { status: "not-a-file", message: "a submodule, not a file" } };
  if (mode === SYMLINK) {
    const target = blob?.content?.toString("utf8") ?? "?";
    return {
      path,
      rule,
      blob,
      parse: { status: "not-a-file", message: `a symbolic link to ${target.slice(0, 300)}` }
    };
  }
  if (!blob?.content) {
    return {
      path,
      rule,
      blob,
      parse: { status: "too-large", message: `${blob?.size ?? "?"} bytes; content is not parsed` }
    };
  }
  const text2 = blob.content.toString("utf8");
  try {
    return {
      path,
      rule,
      blob,
      text: text2,
      parse: { status: "ok" },
      parsed: parse(rule.parser, path, blob.content)
    };
  } catch (e) {
    if (!(e instanceof SurfaceParseError)) throw e;
    return { path, rule, blob, text: text2, parse: { status: "error", message: e.message } };
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
      const event = posix.basename(finding.path).replace(/\.[^.]*$/, "");
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
  const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObj(newDoc) || oldDoc !== void 0 && !isObj(oldDoc)) return [];
  const before = oldDoc ?? {};
  const out = [];
  for (const k of /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(newDoc)])) {
    const a = before[k];
    const b = newDoc[k];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (isObj(a) && isObj(b)) {
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
    const dirs = kind === "package-json" ? [posix.dirname(s.path) === "." ? "" : posix.dirname(s.path)] : baseDirsFor(s.path);
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
  for (const [path, { change, refs }] of helpers) {
    refs.sort((a, b) => a.path.localeCompare(b.path));
    const oldBlob = change.oldOid ? blobs.get(change.oldOid) : void 0;
    const newBlob = change.newOid ? blobs.get(change.newOid) : void 0;
    const tools = [...new Set(refs.map((r) => r.tool))];
    const instructionsOnly = refs.every((r) => r.imported);
    const cap = instructionsOnly ? "INSTR" : "EXEC";
    const finding = {
      path,
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
          key: path,
          change: oldBlob ? "changed" : "added",
          value: lineStats(oldText, newText)
        }
      ];
    } else if (!newBlob) {
      finding.items = [{ kind: "file", capabilities: [cap], key: path, change: "removed" }];
    }
    setRisk(finding, flags);
    findings.push(finding);
  }
}
function importPaths(target, from) {
  const rel = normalizeRepoPath(target);
  if (!rel) return [];
  const dir = posix.dirname(from);
  const fromFile = posix.normalize(dir === "." ? rel : `${dir}/${rel}`);
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
function toProvenance(scan, opts) {
  const budget = opts.dependencyBudget ?? DEFAULT_DEPENDENCY_BUDGET;
  const surfacePaths = /* @__PURE__ */ new Map();
  for (const f of scan.surfaces ?? []) {
    for (const sha of f.commits) surfacePaths.set(sha, [...surfacePaths.get(sha) ?? [], f.path]);
  }
  const hash = createHash("sha256");
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

// builtin:node:crypto?src/core/scan/scan.ts
var m6 = __require("node:crypto");
var createHash4 = m6.createHash;

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
var clip = (s, n = 200) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
function lineCount(ranges) {
  let n = 0;
  for (const part of ranges.split(",")) {
    const m17 = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!m17) continue;
    const a = Number(m17[1]);
    const b = m17[2] ? Number(m17[2]) : a;
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
    const m17 = /^ {2}(\S+)\s+(\S+)\s*$/.exec(l);
    if (!m17) continue;
    const key = m17[1].split("::")[0];
    linesByKey.set(key, (linesByKey.get(key) ?? 0) + lineCount(m17[2]));
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
      if (model) evidence.modelRaw = clip(model);
      if (agent === "other" && tool) evidence.detail = clip(tool);
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
          if (model) evidence.modelRaw = clip(model);
          if (agent === "other" && toolName) evidence.detail = clip(toolName);
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

// builtin:node:fs/promises?src/core/attribution/suppression.ts
var m7 = __require("node:fs/promises");
var readFile = m7.readFile;
var readdir = m7.readdir;
var stat = m7.stat;

// builtin:node:path?src/core/attribution/suppression.ts
var m8 = __require("node:path");
var suppression_default = m8;

// src/core/attribution/suppression.ts
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
var configParsers;
var loadConfigParsers = () => configParsers ??= Promise.all([import("./main-BLVG2S46.js"), import("./dist-KASJ3V3Z.js")]).then(([jsonc, yaml]) => ({
  jsonc: (text2) => jsonc.parse(text2),
  yaml: (text2) => yaml.parse(text2)
}));
async function suppressionIn(file, text2, revision) {
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
    const cfg = (await loadConfigParsers()).jsonc(text2);
    if (get(cfg, "attribution", "commit") === "") out.push(found("claude-code", 'attribution.commit=""'));
    if (get(cfg, "includeCoAuthoredBy") === false)
      out.push(found("claude-code", "includeCoAuthoredBy=false"));
  } else if (/(?:^|\/)\.cursor\/cli-config\.json$/.test(file)) {
    const cfg = (await loadConfigParsers()).jsonc(text2);
    if (get(cfg, "attribution", "attributeCommitsToAgent") === false || get(cfg, "attributeCommitsToAgent") === false) {
      out.push(found("cursor", "attribution.attributeCommitsToAgent=false"));
    }
  } else if (/(?:^|\/)\.copilot\/config\.json$/.test(file)) {
    const cfg = (await loadConfigParsers()).jsonc(text2);
    if (get(cfg, "include_coauthor") === false) out.push(found("copilot", "include_coauthor=false"));
  } else if (base === ".aider.conf.yml" || base === ".aider.conf.yaml") {
    const { yaml } = await loadConfigParsers();
    let cfg;
    try {
      cfg = yaml(text2);
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
    if (blob) out.push(...await suppressionIn(file, blob.toString("utf8"), revision));
  }
  if (gitDirPath) {
    const hooks = suppression_default.join(gitDirPath, "hooks");
    const names = await readdir(hooks).catch(() => []);
    for (const name of names) {
      if (!HOOK_NAMES.test(name)) continue;
      const file = suppression_default.join(hooks, name);
      const st = await stat(file).catch(() => void 0);
      if (!st?.isFile() || st.size > MAX_CONFIG_BYTES) continue;
      const text2 = await readFile(file, "utf8");
      out.push(...await suppressionIn(`.git/hooks/${name}`, text2, "local"));
    }
  }
  return out;
}

// builtin:node:events?src/core/git/diffs.ts
var m9 = __require("node:events");
var once = m9.once;

// builtin:node:fs/promises?src/core/git/diffs.ts
var m10 = __require("node:fs/promises");
var mkdir = m10.mkdir;
var mkdtemp = m10.mkdtemp;
var rm = m10.rm;
var writeFile = m10.writeFile;

// builtin:node:os?src/core/git/diffs.ts
var m11 = __require("node:os");
var availableParallelism = m11.availableParallelism;
var tmpdir = m11.tmpdir;

// builtin:node:path?src/core/git/diffs.ts
var m12 = __require("node:path");
var diffs_default = m12;

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
var MAX_DIFF_PROCESSES = 4;
var CHUNK = 2048;
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
function firstLine(stderr, fallback) {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => l !== "");
  return line === void 0 ? fallback : withoutLocalPaths(line);
}
function withoutLocalPaths(text2) {
  return text2.replace(/(?<![\w.:/\\-])(?:[A-Za-z]:)?[\\/][^\s'"()]*[\\/]([^\s'"()\\/]+)/g, "\u2026/$1");
}
var DiffTreeParser = class _DiffTreeParser {
  constructor(format, onAnswer) {
    this.format = format;
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
  static parse(format, output) {
    const out = [];
    const parser = new _DiffTreeParser(format, (a) => out.push(a));
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
  constructor(cwd, format, onAnswer, onFailure, onFatal) {
    this.onAnswer = onAnswer;
    this.onFatal = onFatal;
    this.child = spawnGit(cwd, format === "numstat" ? NUMSTAT_ARGS : RAW_ARGS, OFFLINE);
    const parser = new DiffTreeParser(format, (a) => this.settle(a));
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
      const why = spawnError ? `could not run git diff-tree: ${spawnError.message}` : firstLine(Buffer.concat(this.stderr).toString("utf8"), `git diff-tree exited ${code ?? signal}`);
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
  const objects = diffs_default.resolve(
    repoPath,
    await gitText(repoPath, ["rev-parse", "--git-path", "objects"], "git rev-parse")
  );
  const dir = await mkdtemp(diffs_default.join(tmpdir(), "agent-attest-objects-"));
  await mkdir(diffs_default.join(dir, "objects", "info"), { recursive: true });
  await mkdir(diffs_default.join(dir, "refs"));
  await writeFile(diffs_default.join(dir, "HEAD"), "ref: refs/heads/main\n");
  await writeFile(diffs_default.join(dir, "config"), "[core]\n	repositoryformatversion = 0\n	bare = true\n");
  await writeFile(diffs_default.join(dir, "objects", "info", "alternates"), `${objects}
`);
  return dir;
}
var DiffReader = class {
  /** `processes` and `chunk` default to the machine's cores (at most MAX_DIFF_PROCESSES) and CHUNK. */
  constructor(repoPath, options = {}) {
    this.repoPath = repoPath;
    const processes = options.processes ?? Math.min(MAX_DIFF_PROCESSES, availableParallelism());
    this.maxProcesses = Math.max(1, processes);
    this.chunk = Math.max(1, options.chunk ?? CHUNK);
  }
  repoPath;
  /** Running numstat processes; the first starts with the first request (no agent commit: no diff). */
  pool = [];
  /** The process the current run of requests goes to, and how many it has had in this run. */
  target;
  sentToTarget = 0;
  maxProcesses;
  chunk;
  processesStarted = 0;
  checked;
  requested = 0;
  answered = 0;
  failed;
  /** A caller waiting for the outstanding requests to fall to `below` (backpressure, see whenBelow). */
  waiter;
  start() {
    const p = new DiffTreeProcess(
      this.repoPath,
      "numstat",
      (r, a) => this.answer(r, a.diff),
      (unanswered) => this.degrade(p, unanswered),
      (e) => this.fail(e)
    );
    this.pool.push(p);
    this.processesStarted++;
    return p;
  }
  /** numstat processes started so far (a long range uses more than one). */
  get started() {
    return this.processesStarted;
  }
  /** Where the next request goes: the current run's process, or (a run complete) the least busy one. */
  next() {
    if (this.target && this.sentToTarget < this.chunk) {
      this.sentToTarget++;
      return this.target;
    }
    this.target?.flush();
    let best = this.pool.length < this.maxProcesses ? void 0 : this.pool[0];
    for (const p of this.pool) if (best && p.outstanding < best.outstanding) best = p;
    this.target = best ?? this.start();
    this.sentToTarget = 1;
    return this.target;
  }
  /** Requests the diff of one commit; `onDiff` runs when it arrives (not necessarily in request order). */
  request(sha, onDiff) {
    if (this.failed) return;
    this.requested++;
    const r = { sha, onDiff };
    if (this.checked) this.checked.request(r);
    else this.next().send(r);
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
    for (const p of this.pool) p.flush();
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
      await Promise.all(this.pool.map((p) => p.end()));
      await this.checked?.end();
    }
  }
  kill() {
    for (const p of this.pool) p.kill();
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
  /**
   * A numstat process died on an object it could not read: its unanswered requests and every later one go
   * to checked mode (the other processes answer what they were given, or fail over the same way).
   */
  degrade(dead, unanswered) {
    this.pool.splice(this.pool.indexOf(dead), 1);
    this.checked ??= new CheckedDiffs(
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
  async isolate(unanswered, format, why) {
    const [first, ...rest] = unanswered;
    if (!first) return;
    try {
      const args = (format === "raw" ? RAW_ARGS : NUMSTAT_ARGS).filter((a2) => a2 !== "--stdin");
      const r = await runGit(this.shadow, [...args, first.sha], void 0, OFFLINE);
      const a = r.code === 0 ? DiffTreeParser.parse(format, r.stdout).find((x) => x.diff.sha === first.sha) : void 0;
      if (format === "raw") {
        if (a) this.onRaw(first, a);
        else
          this.answer(first, {
            ...emptyDiff(first.sha),
            unreadable: firstLine(r.stderr, why),
            pathsUnknown: true
          });
      } else if (a) this.answer(first, a.diff);
      else this.answer(first, unreadable(first.raw ?? emptyDiff(first.sha), firstLine(r.stderr, why)));
    } catch (e) {
      this.fail(e);
      return;
    }
    if (this.killed) return;
    for (const r of rest) (format === "raw" ? this.rawProcess() : this.numstatProcess()).send(r);
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

// builtin:node:crypto?src/core/git/log.ts
var m13 = __require("node:crypto");
var randomBytes = m13.randomBytes;

// builtin:node:events?src/core/git/log.ts
var m14 = __require("node:events");
var once2 = m14.once;

// src/core/git/log.ts
var HEADER_FIELDS = ["%H", "%P", "%an", "%ae", "%cn", "%ce", "%at"];
function logArgs(opts, nonce) {
  const start = `%x1e${nonce}S`;
  const bodyEnd = `%x1e${nonce}B`;
  const noteEnd = `%x1e${nonce}N`;
  let format = `${start}%x00${HEADER_FIELDS.join("%x00")}%x00%B%x00${bodyEnd}`;
  if (opts.notesRef) format += `%x00%N%x00${noteEnd}`;
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
    `--format=${format}`,
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

// builtin:node:events?src/core/scan/instructions.ts
var m15 = __require("node:events");
var once3 = m15.once;

// builtin:node:crypto?src/core/scan/instructions.ts
var m16 = __require("node:crypto");
var createHash5 = m16.createHash;

// src/core/scan/instructions.ts
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
  const hash = createHash5("sha256");
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
      const path = paths[paths.length - p.left];
      const space = line.indexOf(" ");
      if (line.slice(space + 1) === "blob") p.files.push({ path, blob: line.slice(0, space) });
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
var MAX_UNSETTLED = 16384;
var MAX_WAITING_FOR_KEEP = 65536;
var MAX_TRACE_BYTES = 32 * 1024 * 1024;
var NO_AGENTS = Object.freeze([]);
var NO_RISK = Object.freeze(
  []
);
function catalogueDigest2(rules) {
  if (rules === RULES) return RULES_DIGEST;
  return createHash4("sha256").update(canonicalize({ version: RULES_VERSION, rules }) ?? "").digest("hex");
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
  const [boundary, notesPresent, trace, suppression] = await Promise.all([
    shallowBoundary(opts.repoPath),
    readNotesRef(),
    headFiles.then((f) => readAgentTrace(opts.repoPath, range.head, f.trace, logger)),
    headFiles.then((f) => findSuppression(opts.repoPath, range.head, gitDirPath, f.settings))
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
    if (keepPending) return;
    while (queueHead < queue.length) {
      const next = queue[queueHead];
      if (typeof next !== "string" && !next.ready) break;
      const c = typeof next === "string" ? { sha: next, agents: NO_AGENTS, riskPaths: NO_RISK } : next.c;
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
  let keep = opts.keep instanceof Promise ? void 0 : opts.keep;
  let keepFailure;
  let keepPending = opts.keep instanceof Promise ? opts.keep.then(
    (k) => {
      keep = k;
      keepPending = void 0;
      try {
        emitReady();
      } catch (e) {
        keepFailure = { error: e };
      }
    },
    (e) => void (keepFailure = { error: e })
  ) : void 0;
  const waitForKeep = async () => {
    await keepPending;
    if (keepFailure) throw keepFailure.error;
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
      queue.push(raw.sha);
      emitReady();
      return;
    }
    const c = {
      sha: raw.sha,
      authorDate: new Date(raw.authorTime * 1e3).toISOString(),
      subject: detach(clip2(detection.subject, 300)),
      author: { name: detach(clip2(raw.authorName, 200)), email: detach(clip2(raw.authorEmail, 200)) },
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
      if (keepFailure) throw keepFailure.error;
      if (keepPending && queue.length - queueHead > MAX_WAITING_FOR_KEEP) await waitForKeep();
      while (queue.length - queueHead > MAX_UNSETTLED && diffs.outstanding > 0)
        await diffs.whenBelow(Math.floor(diffs.outstanding / 2));
      const now = Date.now();
      if (opts.onProgress && now - lastProgress >= 200) {
        lastProgress = now;
        opts.onProgress({ commits: seen, elapsedMs: now - started, done: false });
      }
    }
    await waitForKeep();
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
function clip2(s, n) {
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
function boundYoungGeneration() {
  setFlagsFromString("--semi-space-growth-factor=1");
}
async function gatherReleaseFacts(repoPath, options, logger, hooks = {}) {
  const riskPaths = riskPathConfig(options.riskPaths);
  const range = await resolveScanRange({
    repoPath,
    base: options.base,
    head: options.head,
    ...options.tagPattern && options.tagPattern.length > 0 ? { tagPattern: options.tagPattern } : {},
    ...options.pullRequestBase ? { pullRequestBase: options.pullRequestBase } : {},
    ...options.resolvedHead ? { resolvedHead: options.resolvedHead } : {}
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
  boundYoungGeneration();
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
  const github = skipped ? void 0 : await import("./reviews-XPJAN37Z.js");
  const reviews = github && await gatherReviews(github, scan, surfaceCommits, options, logger);
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
      ...reviews && github ? { reviews: github.toProvenance(reviews).extension } : {}
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
    const probe = options.head === void 0 ? await probeRepository(ctx.repoPath).catch(() => void 0) : void 0;
    if (options.withoutRepository === "skip" && !rangeAsked && !probe) {
      ctx.logger.warn(
        `${ctx.repoPath} is not a git repository: the statement carries no agent attribution, reviews or config-surface facts (pass --repo-path with the checkout to include them)`
      );
      return { dependencies: [] };
    }
    const repository = options.repository ?? ctx.claims?.repository;
    const facts = await gatherReleaseFacts(
      ctx.repoPath,
      { ...options, repository, ...probe?.head ? { resolvedHead: probe.head } : {} },
      ctx.logger,
      ctx.onScanProgress ? { onProgress: ctx.onScanProgress } : {}
    );
    gathered = facts;
    const repositoryUri = repository ? `${options.serverUrl}/${repository}` : ctx.source?.repository;
    const review = facts.reviews ? (await import("./reviews-XPJAN37Z.js")).toProvenance(facts.reviews) : void 0;
    const reviews = review?.extension ?? notRequested(options);
    const { dependencies, extension } = toProvenance(facts.scan, {
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
async function gatherReviews(github, scan, surfaceCommits, options, logger) {
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
  const evidence = await github.collectReviewEvidence(client, {
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
