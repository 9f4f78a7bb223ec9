import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  AGENT_SIGNALS,
  AI_AGENT_SOURCE,
  AI_AGENT_VARIABLE,
  RUNNER_SIGNALS
} from "./chunk-5VMFNR4J.js";
import {
  TAG_TRAILERS,
  formatTagValue,
  parseMessage
} from "./chunk-C7LBO2J6.js";
import {
  runGit
} from "./chunk-VH57ZJDG.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:fs?src/core/hooks/tag.ts
var m = __require("node:fs");
var existsSync = m.existsSync;

// builtin:node:fs/promises?src/core/hooks/tag.ts
var m2 = __require("node:fs/promises");
var readFile = m2.readFile;
var rename = m2.rename;
var rm = m2.rm;
var writeFile = m2.writeFile;

// builtin:node:path?src/core/hooks/tag.ts
var m3 = __require("node:path");
var tag_default = m3;

// src/core/hooks/detect.ts
var TOOL_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
var MAX_VALUE = 200;
function value(env, name) {
  const v = env[name];
  return v === void 0 || v === "" ? void 0 : v;
}
function holds(c, env, fileExists) {
  if ("file" in c) return fileExists(c.file);
  const v = value(env, c.env);
  if (v === void 0) return false;
  if (c.equals !== void 0 && v !== c.equals) return false;
  if (c.prefix !== void 0 && !v.startsWith(c.prefix)) return false;
  if (c.suffix !== void 0 && !v.endsWith(c.suffix)) return false;
  return true;
}
function sourceOf(s) {
  return s.when.map((c) => "file" in c ? `file ${c.file}` : `env ${c.env}${c.equals ? `=${c.equals}` : ""}`).join(" + ");
}
function trailerSafe(v) {
  const t = v.trim();
  if (t === "" || t.length > MAX_VALUE || /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(t)) return void 0;
  return t;
}
function firstSet(env, names) {
  for (const name of names ?? []) {
    const v = value(env, name);
    const safe = v === void 0 ? void 0 : trailerSafe(v);
    if (safe !== void 0) return { value: safe, source: `env ${name}` };
  }
  return void 0;
}
function detectCommitEnvironment(env, fileExists) {
  const byAgent = /* @__PURE__ */ new Map();
  for (const s of AGENT_SIGNALS) {
    if (!s.when.every((c) => holds(c, env, fileExists))) continue;
    const session = firstSet(env, s.session);
    const found = byAgent.get(s.agent);
    if (found) {
      found.session ??= session && (s.sessionUrl ? { ...session, value: sessionLink(s.sessionUrl, session.value) } : session);
      continue;
    }
    const model = firstSet(env, s.model);
    byAgent.set(s.agent, {
      agent: { value: s.agent, source: sourceOf(s) },
      product: s.product,
      ...model ? { model } : {},
      ...session ? {
        session: s.sessionUrl ? { ...session, value: sessionLink(s.sessionUrl, session.value) } : session
      } : {}
    });
  }
  const declared = value(env, AI_AGENT_VARIABLE)?.trim().toLowerCase().replace(/\s+/g, "-");
  if (declared !== void 0 && TOOL_NAME.test(declared) && !byAgent.has(declared)) {
    byAgent.set(declared, {
      agent: { value: declared, source: `env ${AI_AGENT_VARIABLE}` },
      product: `declared by ${AI_AGENT_VARIABLE} (${AI_AGENT_SOURCE})`
    });
  }
  return { agents: [...byAgent.values()], ...runnerOf(env, fileExists) };
}
function sessionLink(template, id) {
  return /^[A-Za-z0-9._-]+$/.test(id) ? template.replace("{id}", id) : id;
}
function runnerOf(env, fileExists) {
  for (const r of RUNNER_SIGNALS) {
    if (!r.when.every((c) => holds(c, env, fileExists))) continue;
    let complete = true;
    const url = r.url.replace(/\{([A-Z0-9_]+)\}/g, (_, name) => {
      const v = value(env, name);
      if (v === void 0 || !/^[A-Za-z0-9._:/@-]+$/.test(v)) complete = false;
      return v ?? "";
    });
    const link = complete ? trailerSafe(url) : void 0;
    return { runner: { value: link ? `${r.runner} ${link}` : r.runner, source: `runner ${r.runner}` } };
  }
  return {};
}

// builtin:node:crypto?src/core/hooks/user-instructions.ts
var m4 = __require("node:crypto");
var createHash = m4.createHash;

// builtin:node:fs/promises?src/core/hooks/user-instructions.ts
var m5 = __require("node:fs/promises");
var open = m5.open;
var readdir = m5.readdir;

// builtin:node:path?src/core/hooks/user-instructions.ts
var m6 = __require("node:path");
var user_instructions_default = m6;

// src/core/hooks/user-instructions.ts
var USER_INSTRUCTION_ROOTS = Object.freeze([
  {
    agents: ["claude-code"],
    dirVariable: "CLAUDE_CONFIG_DIR",
    defaultDir: ".claude",
    files: ["CLAUDE.md", "settings.json", "rules/*.md"],
    source: "Claude Code docs: memory (user memory ~/.claude/CLAUDE.md), settings (~/.claude/settings.json), env-vars (CLAUDE_CONFIG_DIR)"
  },
  {
    agents: ["codex"],
    dirVariable: "CODEX_HOME",
    defaultDir: ".codex",
    files: ["AGENTS.md", "AGENTS.override.md", "config.toml"],
    source: "openai/codex codex-rs/core/src/agents_md.rs (global AGENTS.md / AGENTS.override.md in CODEX_HOME), config.toml"
  },
  {
    agents: ["gemini-cli"],
    dirVariable: "GEMINI_CLI_HOME",
    defaultDir: "",
    files: [".gemini/GEMINI.md", ".gemini/settings.json"],
    source: "google-gemini/gemini-cli packages/core/src/utils/paths.ts (GEMINI_DIR, GEMINI_CLI_HOME)"
  },
  {
    agents: ["copilot", "copilot-coding-agent"],
    dirVariable: "COPILOT_HOME",
    defaultDir: ".copilot",
    files: ["settings.json", "copilot-instructions.md", "instructions/*.instructions.md"],
    source: "github/copilot-cli changelog.md (COPILOT_HOME; ~/.copilot/settings.json; ~/.copilot/instructions/*.instructions.md)"
  },
  {
    agents: ["amp"],
    dirVariable: "XDG_CONFIG_HOME",
    defaultDir: ".config",
    files: ["amp/AGENTS.md", "amp/settings.json"],
    source: "Amp manual (~/.config/amp/AGENTS.md, ~/.config/amp/settings.json)"
  },
  {
    agents: ["opencode"],
    dirVariable: "XDG_CONFIG_HOME",
    defaultDir: ".config",
    files: ["opencode/AGENTS.md", "opencode/opencode.json", "opencode/opencode.jsonc"],
    source: "OpenCode docs: rules (~/.config/opencode/AGENTS.md), config (~/.config/opencode/opencode.json)"
  },
  {
    agents: ["cursor"],
    defaultDir: ".cursor",
    files: ["cli-config.json"],
    source: "Cursor CLI docs: permissions in ~/.cursor/cli-config.json"
  },
  {
    agents: ["aider"],
    defaultDir: "",
    files: [".aider.conf.yml"],
    source: "aider docs: ~/.aider.conf.yml"
  }
]);
var CHUNK = 64 * 1024;
var MAX_LISTED = 100;
async function sha256File(file) {
  let handle;
  try {
    handle = await open(file, "r");
    if (!(await handle.stat()).isFile()) return void 0;
    const hash = createHash("sha256");
    const buf = Buffer.alloc(CHUNK);
    for (; ; ) {
      const { bytesRead } = await handle.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
    }
    return hash.digest("hex");
  } catch {
    return void 0;
  } finally {
    await handle?.close();
  }
}
async function expand(dir, pattern) {
  const star = pattern.indexOf("/*");
  if (star < 0) return [user_instructions_default.join(dir, pattern)];
  const folder = user_instructions_default.join(dir, pattern.slice(0, star));
  const suffix = pattern.slice(star + 2);
  try {
    const names = (await readdir(folder)).filter((n) => n.endsWith(suffix)).sort();
    return names.slice(0, MAX_LISTED).map((n) => user_instructions_default.join(folder, n));
  } catch {
    return [];
  }
}
async function userInstructions(agents, env, home) {
  const roots = USER_INSTRUCTION_ROOTS.filter((r) => r.agents.some((a) => agents.includes(a)));
  const candidates = /* @__PURE__ */ new Set();
  for (const r of roots) {
    const override = r.dirVariable ? env[r.dirVariable] : void 0;
    const dir = override && user_instructions_default.isAbsolute(override) ? override : user_instructions_default.join(home, r.defaultDir);
    for (const f of r.files) for (const p of await expand(dir, f)) candidates.add(p);
  }
  const lines = [];
  for (const file of candidates) {
    const hex = await sha256File(file);
    if (hex === void 0) continue;
    const rel = user_instructions_default.relative(home, file);
    const shown = rel.startsWith("..") || user_instructions_default.isAbsolute(rel) ? file : rel.split(user_instructions_default.sep).join("/");
    lines.push({ shown, line: `${hex}  ${shown}
` });
  }
  if (lines.length === 0) return void 0;
  lines.sort((a, b) => a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0);
  const digest = createHash("sha256").update(lines.map((l) => l.line).join("")).digest("hex");
  return { digest: `sha256:${digest}`, files: lines.map((l) => l.shown) };
}

// src/core/hooks/tag.ts
var REPLAY_STATE = ["rebase-merge", "rebase-apply", "CHERRY_PICK_HEAD"];
function withoutComments(message) {
  const cut = message.search(/^# -+ >8 -+$/m);
  const kept = cut >= 0 ? message.slice(0, cut) : message;
  return kept.split("\n").filter((l) => !l.startsWith("#")).join("\n");
}
async function tagTrailers(opts, existing) {
  const found = detectCommitEnvironment(opts.env, opts.fileExists ?? existsSync);
  if (found.agents.length === 0) return void 0;
  const lines = [];
  for (const a of found.agents) {
    lines.push(`${TAG_TRAILERS.agent}: ${formatTagValue(a.agent)}`);
    if (a.model) lines.push(`${TAG_TRAILERS.model}: ${formatTagValue(a.model)}`);
    if (a.session) lines.push(`${TAG_TRAILERS.session}: ${formatTagValue(a.session)}`);
  }
  if (found.runner) lines.push(`${TAG_TRAILERS.runner}: ${formatTagValue(found.runner)}`);
  const user = await userInstructions(
    found.agents.map((a) => a.agent.value),
    opts.env,
    opts.home
  );
  if (user) {
    const n = user.files.length;
    lines.push(`${TAG_TRAILERS.instructions}: ${user.digest} (${n} user file${n === 1 ? "" : "s"})`);
  }
  const review = opts.review === void 0 ? void 0 : trailerSafe(opts.review);
  if (review) lines.push(`${TAG_TRAILERS.review}: ${review}`);
  const have = new Set(existing.map(normalise));
  const all = [...new Set(lines)];
  return { all, missing: all.filter((l) => !have.has(normalise(l))) };
}
function normalise(line) {
  const colon = line.indexOf(":");
  return `${line.slice(0, colon).trim().toLowerCase()}:${line.slice(colon + 1).trim()}`;
}
async function tagCommitMessage(opts) {
  if (REPLAY_STATE.some((f) => existsSync(tag_default.join(opts.gitDir, f))))
    return { tagged: false, reason: "replay" };
  const message = await readFile(opts.messageFile, "utf8");
  const kept = withoutComments(message);
  if (kept.trim() === "") return { tagged: false, reason: "empty-message" };
  const existing = parseMessage(kept, { body: false }).trailers.map((t) => t.line);
  const tag = await tagTrailers(opts, existing);
  if (!tag) return { tagged: false, reason: "no-agent" };
  const trailers = tag.missing;
  if (trailers.length === 0) return { tagged: false, reason: "already-tagged" };
  const args = [
    "interpret-trailers",
    "--no-divider",
    "--where",
    "end",
    "--if-exists",
    "addIfDifferent",
    "--if-missing",
    "add",
    ...trailers.flatMap((t) => ["--trailer", t])
  ];
  const r = await runGit(opts.cwd, args, message);
  if (r.code !== 0) throw new Error(`git interpret-trailers failed: ${r.stderr.split("\n")[0] ?? r.code}`);
  const tagged = r.stdout.toString("utf8");
  if (!tagged.includes(trailers[0])) throw new Error("git interpret-trailers did not add the tag");
  const tmp = `${opts.messageFile}.agent-attest-${process.pid}`;
  try {
    await writeFile(tmp, tagged);
    await rename(tmp, opts.messageFile);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return { tagged: true, trailers };
}

export {
  tagTrailers,
  tagCommitMessage
};
