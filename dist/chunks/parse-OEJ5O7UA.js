import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-L56XQTBE.js";
import {
  parse,
  printParseErrorCode
} from "./chunk-MRQNVCBU.js";
import {
  SurfaceParseError,
  effectiveKind
} from "./chunk-NDLFAXTK.js";
import {
  __toESM
} from "./chunk-66GH2WVD.js";

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
function clip(text, max = MAX_TEXT) {
  return text.length > max ? `${text.slice(0, max)}\u2026[${text.length - max} more characters]` : text;
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
  const text = str(value) ?? JSON.stringify(value) ?? "";
  if (SECRET_KEY.test(key) && !/(_BASE_URL|_URL|_HOST|_ENDPOINT)$/i.test(key)) return "<redacted>";
  return clip(redactUrl(text), 300);
}
function redactUrl(text) {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  try {
    const u = new URL(text);
    if (!u.username && !u.password && !u.search) return text;
    if (u.username) u.username = "redacted";
    if (u.password) u.password = "redacted";
    for (const k of [...u.searchParams.keys()]) u.searchParams.set(k, "redacted");
    return u.toString();
  } catch {
    return text.replace(/\/\/[^/@\s]*@/, "//redacted@");
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

// src/core/surfaces/parse/formats/errors.ts
function firstLine(e) {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split("\n")[0] ?? "").slice(0, 300);
}

// src/core/surfaces/parse/formats/yaml.ts
function parseYaml(text) {
  try {
    return (0, import_yaml.parse)(text, { maxAliasCount: 100, prettyErrors: false });
  } catch (e) {
    throw new SurfaceParseError(`invalid YAML: ${firstLine(e)}`);
  }
}

// src/core/surfaces/parse/tools/aider-yaml.ts
var ATTRIBUTION = ["attribute-co-authored-by", "attribute-author", "attribute-committer"];
var parseAiderYaml = ({ text }) => {
  const doc = parseYaml(text);
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
var parseBindingGyp = ({ text }) => {
  const items = [];
  for (const m of text.matchAll(/<!@?\(([^)]*)\)/g)) {
    items.push({
      kind: "command",
      capabilities: ["EXEC"],
      key: "command-expansion",
      event: "configure",
      command: (m[1] ?? "").trim()
    });
  }
  for (const m of text.matchAll(/['"]action['"]\s*:\s*\[([^\]]*)\]/g)) {
    const argv = [...(m[1] ?? "").matchAll(/'([^']*)'|"([^"]*)"/g)].map((a) => a[1] ?? a[2] ?? "");
    items.push({
      kind: "command",
      capabilities: ["EXEC"],
      key: "actions",
      event: "build",
      command: joinArgv(argv)
    });
  }
  return { items, executableText: text };
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

// src/core/surfaces/parse/formats/jsonc.ts
function parseJsonc(text) {
  const errors = [];
  const value = parse(text.replace(/^\uFEFF/, ""), errors, {
    allowTrailingComma: true,
    disallowComments: false
  });
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    throw new SurfaceParseError(
      `invalid JSON: ${printParseErrorCode(first.error)} at line ${line} column ${column}`
    );
  }
  return value;
}
function lineColumn(text, offset) {
  const before = text.slice(0, offset).split("\n");
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
var parseClaudeSettings = ({ text }) => {
  const doc = parseJsonc(text);
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
function isDigit(char, base = 10) {
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
  } else if (!isDigit(c))
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
    } else if (!isDigit(c))
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
    } else if (!isDigit(c, base))
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
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
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
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
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
function parse2(toml, options = {}) {
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
function parseToml(text) {
  try {
    return parse2(text);
  } catch (e) {
    throw new SurfaceParseError(`invalid TOML: ${firstLine(e)}`);
  }
}

// src/core/surfaces/parse/tools/codex-toml.ts
var DEDICATED = /* @__PURE__ */ new Set(["mcp_servers", "hooks", "notify"]);
var parseCodexToml = ({ text }) => {
  const doc = parseToml(text);
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
var parseCopilotSetupSteps = ({ text }) => {
  const doc = parseYaml(text);
  if (!isObj(doc)) throw new SurfaceParseError("workflow is not a YAML mapping");
  const items = [];
  const job = isObj(doc.jobs) ? doc.jobs["copilot-setup-steps"] : void 0;
  if (!isObj(job)) return { items, document: doc };
  asArray(job.steps).forEach((step, i) => {
    if (!isObj(step)) return;
    const name = str(step.name) ?? str(step.id) ?? `#${i}`;
    for (const field of ["run", "uses"]) {
      const text2 = str(step[field]);
      if (!text2) continue;
      items.push({
        id: `step|${name}|${field}`,
        kind: "command",
        capabilities: ["EXEC"],
        key: `steps[${name}].${field}`,
        event: "agent-setup",
        ...field === "run" ? { command: text2 } : { value: text2 }
      });
    }
    append(items, envItems(step.env, `steps[${name}].env`));
  });
  return { items, document: doc };
};

// src/core/surfaces/parse/formats/dotenv.ts
function parseDotenv(text) {
  const entries = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    if (m) entries.push([m[1], (m[2] ?? "").replace(/^(['"])(.*)\1$/, "$2")]);
  }
  return entries;
}

// src/core/surfaces/parse/tools/dotenv.ts
var parseDotenvFile = ({ text }) => ({
  items: parseDotenv(text).map(([key, value]) => envItem(key, key, envValue(key, value)))
});

// src/core/surfaces/parse/instructed.ts
var INTERPRETERS = "node|nodejs|bun|deno|python3?|py|ruby|perl|php|bash|sh|zsh|pwsh|powershell|tsx|ts-node|npx|source";
var COMMAND = new RegExp(
  `(?:^|[\\s\`'"(])((?:${INTERPRETERS})\\s+(?:-\\S+\\s+)*[^\\s\`'")]+|\\./[^\\s\`'")]+)`,
  "gm"
);
var MAX_COMMANDS = 50;
function instructedCommands(text) {
  const seen = /* @__PURE__ */ new Set();
  const items = [];
  for (const m of text.matchAll(COMMAND)) {
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
var parseGeminiCommand = ({ text }) => {
  const doc = parseToml(text);
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
var parseGeminiSettings = ({ text }) => {
  const doc = parseJsonc(text);
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
var parseGenericJson = ({ text }) => walked(parseJsonc(text));
var parseGenericYaml = ({ text }) => walked(parseYaml(text));

// src/core/surfaces/parse/tools/hooks-json.ts
var parseHooksJson = ({ text }) => {
  const doc = parseJsonc(text);
  if (!isObj(doc)) throw new SurfaceParseError("hooks file is not a JSON object");
  return { items: hookItems(doc.hooks ?? {}), document: doc };
};

// src/core/surfaces/parse/tools/kiro-hook.ts
var parseKiroHook = ({ text }) => {
  const doc = parseJsonc(text);
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
function splitFrontMatter(text) {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { body: text };
  return { frontMatter: parseYaml(m[1] ?? ""), body: text.slice(m[0].length) };
}

// src/core/surfaces/parse/tools/markdown-instructions.ts
var IMPORT = /(?:^|\s)@((?:\.{1,2}\/)?[\w-][\w.\-/]*\.\w+)/gm;
var parseMarkdownInstructions = ({ text }) => {
  const { frontMatter } = splitFrontMatter(text);
  const items = [];
  if (isObj(frontMatter)) {
    if (frontMatter.hooks !== void 0) append(items, hookItems(frontMatter.hooks));
    if (isObj(frontMatter.mcpServers)) append(items, mcpItems(frontMatter.mcpServers, "mcpServers"));
    for (const k of ["allowed-tools", "allowedTools", "tools"]) {
      if (frontMatter[k] !== void 0) items.push(permissionItem(k, valueText(frontMatter[k])));
    }
  }
  append(items, instructedCommands(text));
  for (const m of text.matchAll(IMPORT)) {
    items.push({
      id: `import|${m[1]}`,
      kind: "file",
      capabilities: ["INSTR"],
      key: "import",
      value: m[1],
      imported: true
    });
  }
  return { items, instructions: [text], document: frontMatter };
};

// src/core/surfaces/parse/tools/mcp-json.ts
var parseMcpJson = ({ text }) => {
  const doc = parseJsonc(text);
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
var parsePackageJson = ({ text }) => {
  const doc = parseJsonc(text);
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
var parseWholeText = ({ text }) => ({ items: [], executableText: text });

// src/core/surfaces/parse/tools/vscode-settings.ts
var AUTO_APPROVE = /^chat\.tools\.(?:[\w.]+\.)?autoApprove$|^chat\.tools\.autoApprove$/;
var parseVscodeSettings = ({ text }) => {
  const doc = parseJsonc(text);
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
var parseVscodeTasks = ({ text }) => {
  const doc = parseJsonc(text);
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
function parseSurface(kind, path, content) {
  const result = PARSERS[kind]({ path, content, text: content.toString("utf8") });
  const instructions = result.instructions ?? [];
  return {
    items: withIds(result.items),
    suppression: result.suppression ?? [],
    ...instructions.length ? { instructionText: instructions.join("\n") } : {},
    ...result.document !== void 0 ? { document: result.document } : {},
    ...result.executableText !== void 0 ? { executableText: result.executableText } : {}
  };
}
export {
  PARSERS,
  SurfaceParseError,
  effectiveKind,
  parseSurface
};
/*! For license information please see parse-OEJ5O7UA.js.LEGAL.txt */
