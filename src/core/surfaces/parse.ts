/**
 * Parsers for the surface files: each turns a file's text into what it can do (hook commands, MCP servers, env,
 * permissions, tasks, scripts), as data. Nothing is ever executed. A parser throws SurfaceParseError when the file
 * is not valid for its format; the caller then reports the file with its rule's conservative capabilities.
 */
import { parse as parseJsoncText, printParseErrorCode, type ParseError as JsoncError } from 'jsonc-parser';
import { parse as parseTomlText } from 'smol-toml';
import { parse as parseYamlText } from 'yaml';
import type { ParserKind } from './catalogue.js';
import type { SurfaceCapability, SurfaceFlag, SurfaceItemKind } from './types.js';

export class SurfaceParseError extends Error {}

/** One thing a surface file can do. `id` identifies it across old/new; `fingerprint` is compared for changes. */
export interface ParsedItem {
  id: string;
  kind: SurfaceItemKind;
  capabilities: SurfaceCapability[];
  key: string;
  event?: string;
  command?: string;
  url?: string;
  value?: string;
  /** Red flags the parser can see from the structure (the analyser adds those read from commands). */
  flags?: { flag: SurfaceFlag; reason: string }[];
  /** Command text from instruction prose: only used to find referenced helpers. */
  instructed?: boolean;
  /** An `@import` of another instruction file (the path is in `value`). */
  imported?: boolean;
}

export interface ParsedSurface {
  items: ParsedItem[];
  /** Text loaded into the model's context; compared to decide INSTR. */
  instructionText?: string;
  /** Attribution-suppressing settings present (e.g. `includeCoAuthoredBy=false`). */
  suppression: string[];
  /** The parsed document, for the list of changed top-level keys. */
  document?: unknown;
  /** The whole file is executable content (scripts, Dockerfiles): compared line by line. */
  executableText?: string;
}

type Json = unknown;
type Obj = Record<string, Json>;

const MAX_ITEMS = 500;
const MAX_TEXT = 1000;

// ---------------------------------------------------------------------------------------------------------------
// Formats

export function parseJsonc(text: string): Json {
  const errors: JsoncError[] = [];
  const value = parseJsoncText(text.replace(/^\uFEFF/, ''), errors, {
    allowTrailingComma: true,
    disallowComments: false,
  });
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    throw new SurfaceParseError(
      `invalid JSON: ${printParseErrorCode(first.error)} at line ${line} column ${column}`,
    );
  }
  return value;
}

function parseYaml(text: string): Json {
  try {
    return parseYamlText(text, { maxAliasCount: 100, prettyErrors: false });
  } catch (e) {
    throw new SurfaceParseError(`invalid YAML: ${firstLine(e)}`);
  }
}

function parseToml(text: string): Json {
  try {
    return parseTomlText(text);
  } catch (e) {
    throw new SurfaceParseError(`invalid TOML: ${firstLine(e)}`);
  }
}

/** Splits `---\n<yaml>\n---\n<body>`; returns undefined front matter when there is none. */
export function splitFrontMatter(text: string): { frontMatter?: Json; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { body: text };
  return { frontMatter: parseYaml(m[1] ?? ''), body: text.slice(m[0].length) };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split('\n')[0] ?? '').slice(0, 300);
}

// ---------------------------------------------------------------------------------------------------------------
// Value helpers

function isObj(v: Json): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: Json): Json[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function str(v: Json): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

export function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max)}…[${text.length - max} more characters]` : text;
}

/** Shell-style display of an argument vector. */
export function joinArgv(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./${}-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

function commandOf(command: Json, args?: Json): string | undefined {
  const head = Array.isArray(command) ? command.map((c) => str(c) ?? '') : [str(command)];
  if (head[0] === undefined || head.every((h) => !h)) return undefined;
  const rest = asArray(args)
    .map((a) => (isObj(a) ? str(a.value) : str(a)))
    .filter((a): a is string => a !== undefined);
  if (!Array.isArray(command) && rest.length === 0) return head[0];
  return joinArgv([...(head as string[]), ...rest]);
}

const SECRET_KEY = /(key|token|secret|passw|credential|auth|cookie|session|private|signature|bearer)/i;

/** Env values can be secrets: keys that look secret are redacted; URLs lose user info and query values. */
export function envValue(key: string, value: Json): string {
  const text = str(value) ?? JSON.stringify(value) ?? '';
  if (SECRET_KEY.test(key) && !/(_BASE_URL|_URL|_HOST|_ENDPOINT)$/i.test(key)) return '<redacted>';
  return clip(redactUrl(text), 300);
}

export function redactUrl(text: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  try {
    const u = new URL(text);
    if (!u.username && !u.password && !u.search) return text; // nothing to hide: keep the text as written
    if (u.username) u.username = 'redacted';
    if (u.password) u.password = 'redacted';
    for (const k of [...u.searchParams.keys()]) u.searchParams.set(k, 'redacted');
    return u.toString();
  } catch {
    return text.replace(/\/\/[^/@\s]*@/, '//redacted@');
  }
}

function valueText(v: Json): string {
  return clip(str(v) ?? JSON.stringify(v) ?? 'null', 300);
}

function truthy(v: Json): boolean {
  if (isObj(v)) return Object.keys(v).length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return v === true || v === 'on' || v === 'true' || v === 'always';
}

class Items {
  readonly list: ParsedItem[] = [];
  private readonly ids = new Map<string, number>();

  add(item: Omit<ParsedItem, 'id'> & { id?: string }): void {
    if (this.list.length >= MAX_ITEMS) return;
    const base = item.id ?? `${item.kind}|${item.key}|${item.command ?? item.url ?? item.value ?? ''}`;
    const n = this.ids.get(base) ?? 0;
    this.ids.set(base, n + 1);
    const id = n === 0 ? base : `${base}#${n + 1}`;
    const out: ParsedItem = { ...item, id };
    if (out.command !== undefined) out.command = clip(out.command);
    this.list.push(out);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Shared extractors

const HOOK_COMMAND_KEYS = [
  'command',
  'bash',
  'sh',
  'powershell',
  'pwsh',
  'cmd',
  'script',
  'run',
  'linux',
  'osx',
  'windows',
];
const NOT_EVENTS = new Set(['enabled', 'disabled', 'notifications', 'version', 'settings']);

/**
 * Hooks of every tool that uses the `{<event>: [entries]}` shape: Claude Code and Gemini CLI
 * (`[{matcher, hooks: [{type, command}]}]`), Cursor / Windsurf / Codex / Devin / OpenHands (`[{command}]`),
 * Copilot CLI (`[{type, bash, powershell}]`). An array of `{event, command}` is accepted too.
 */
function hookItems(hooks: Json, items: Items, prefix = 'hooks'): void {
  const entries: [string, Json][] = isObj(hooks)
    ? Object.entries(hooks)
    : asArray(hooks).map((h) => [str(isObj(h) ? (h.event ?? h.type ?? h.on) : undefined) ?? '*', h]);
  for (const [event, value] of entries) {
    if (NOT_EVENTS.has(event)) continue;
    for (const entry of asArray(value)) collectHook(event, entry, undefined, items, `${prefix}.${event}`);
  }
}

function collectHook(
  event: string,
  entry: Json,
  matcher: string | undefined,
  items: Items,
  key: string,
): void {
  if (typeof entry === 'string') {
    items.add({ kind: 'hook', capabilities: ['EXEC'], key, event, command: entry });
    return;
  }
  if (!isObj(entry)) return;
  const m = str(entry.matcher) ?? matcher;
  const where = m ? `${key}[${m}]` : key;
  let found = false;
  for (const k of HOOK_COMMAND_KEYS) {
    const c = k === 'command' ? commandOf(entry.command, entry.args) : str(entry[k]);
    if (c === undefined) continue;
    items.add({
      kind: 'hook',
      capabilities: ['EXEC'],
      key: k === 'command' ? where : `${where}.${k}`,
      event,
      command: c,
    });
    found = true;
  }
  if (!found && typeof entry.prompt === 'string') {
    items.add({ kind: 'hook', capabilities: ['INSTR'], key: where, event, value: clip(entry.prompt, 300) });
  }
  for (const nested of asArray(entry.hooks)) collectHook(event, nested, m, items, key);
}

/** MCP servers: `{name: {command, args, env, cwd, url|httpUrl|serverUrl, headers, headersHelper, trust}}`. */
function mcpItems(servers: Json, items: Items, prefix: string): void {
  if (!isObj(servers)) return;
  for (const [name, server] of Object.entries(servers)) {
    if (!isObj(server)) continue;
    const key = `${prefix}.${name}`;
    const command = commandOf(server.command, server.args);
    const url = str(server.url) ?? str(server.httpUrl) ?? str(server.serverUrl) ?? str(server.uri);
    const env = isObj(server.env) ? Object.keys(server.env) : [];
    const headers = isObj(server.headers)
      ? Object.keys(server.headers)
      : isObj(server.http_headers)
        ? Object.keys(server.http_headers)
        : [];
    const details = [
      ...(env.length ? [`env: ${env.join(', ')}`] : []),
      ...(headers.length ? [`headers: ${headers.join(', ')}`] : []),
      ...(str(server.cwd) ? [`cwd: ${str(server.cwd)}`] : []),
    ];
    const flags: ParsedItem['flags'] = [];
    if (
      server.trust === true ||
      server.autoApprove === true ||
      (Array.isArray(server.autoApprove) && server.autoApprove.length)
    ) {
      flags.push({
        flag: 'auto-approve',
        reason: `MCP server ${name} is trusted: its tool calls skip confirmation`,
      });
    }
    items.add({
      id: `mcp|${key}`,
      kind: 'mcp-server',
      capabilities: command ? ['MCP', 'EXEC'] : ['MCP'],
      key,
      ...(command ? { command } : {}),
      ...(url ? { url: redactUrl(url) } : {}),
      ...(details.length ? { value: details.join('; ') } : {}),
      ...(flags.length ? { flags } : {}),
    });
    if (isObj(server.env)) envItems(server.env, items, `${key}.env`);
    const helper = str(server.headersHelper);
    if (helper)
      items.add({ kind: 'command', capabilities: ['EXEC'], key: `${key}.headersHelper`, command: helper });
  }
}

function envItems(env: Json, items: Items, prefix: string): void {
  if (!isObj(env)) return;
  for (const [k, v] of Object.entries(env)) {
    items.add({
      id: `env|${prefix}.${k}`,
      kind: 'env',
      capabilities: ['ENV'],
      key: `${prefix}.${k}`,
      event: k,
      value: envValue(k, v),
    });
  }
}

const EXEC_KEY =
  /^(command|commands|cmd|bash|sh|shell|powershell|pwsh|script|run|exec|install|start|setup|setup-worktree(-unix|-windows)?|terminals?|lint-cmd|test-cmd|entrypoint|discoveryCommand|callCommand|toolDiscoveryCommand|toolCallCommand|headersHelper|apiKeyHelper|notify)$/i;
const MCP_KEY = /(^|\.)(mcpServers|mcp_servers|servers|context_servers|mcp)$/i;
const ENV_KEY = /^(env|environment|envs|set_env|setEnv|terminal\.integrated\.env\.\w+)$/i;
const ENDPOINT_KEY = /(base[-_]?url|api[-_]?base|endpoint)$/i;
const PERM_KEY =
  /permission|approv|allow|deny|autoAccept|yolo|dangerous|trust|sandbox|bypass|(groups|tools)$/i;
const INSTR_KEY =
  /^(prompt|instructions?|customInstructions|roleDefinition|systemPrompt|system_prompt|rules|whenToUse)$/i;

/**
 * Generic walk for JSON/YAML/TOML configs of tools without a dedicated parser: keys that name commands, MCP
 * servers, env, endpoints, permissions or prompts are extracted.
 */
function genericItems(doc: Json, items: Items, instr: string[], prefix = '', depth = 0): void {
  if (depth > 12) return;
  if (Array.isArray(doc)) {
    doc.forEach((v, i) => genericItems(v, items, instr, `${prefix}[${i}]`, depth + 1));
    return;
  }
  if (!isObj(doc)) return;
  // An object with a command and its args is one command.
  if (
    doc.command !== undefined &&
    (doc.args !== undefined || Array.isArray(doc.command)) &&
    !isObj(doc.command)
  ) {
    const c = commandOf(doc.command, doc.args);
    if (c)
      items.add({
        kind: 'command',
        capabilities: ['EXEC'],
        key: `${prefix}.command`.replace(/^\./, ''),
        command: c,
      });
  }
  for (const [k, v] of Object.entries(doc)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (k === 'hooks' && (isObj(v) || Array.isArray(v))) hookItems(v, items, key);
    else if (MCP_KEY.test(k) && isObj(v) && Object.values(v).some(isObj)) mcpItems(v, items, key);
    else if (ENV_KEY.test(k) && isObj(v)) envItems(v, items, key);
    else if (k === 'args' && doc.command !== undefined) continue;
    else if (k === 'command' && (doc.args !== undefined || Array.isArray(v))) continue;
    else if (
      EXEC_KEY.test(k) &&
      (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))
    ) {
      for (const c of asArray(v))
        items.add({ kind: 'command', capabilities: ['EXEC'], key, command: c as string });
    } else if (ENDPOINT_KEY.test(k) && typeof v === 'string') {
      items.add({ id: `env|${key}`, kind: 'env', capabilities: ['ENV'], key, event: k, url: redactUrl(v) });
    } else if (INSTR_KEY.test(k) && typeof v === 'string') instr.push(`${key}: ${v}`);
    else if (PERM_KEY.test(k) && !isObj(v)) {
      items.add({ id: `perm|${key}`, kind: 'permission', capabilities: ['PERM'], key, value: valueText(v) });
    } else if (isObj(v) || Array.isArray(v)) genericItems(v, items, instr, key, depth + 1);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Instruction text: commands an instruction tells the agent to run (used to find referenced helpers)

const INTERPRETERS =
  'node|nodejs|bun|deno|python3?|py|ruby|perl|php|bash|sh|zsh|pwsh|powershell|tsx|ts-node|npx|source';

function instructedCommands(text: string, items: Items): void {
  const seen = new Set<string>();
  const add = (c: string): void => {
    const t = c.trim();
    if (!t || seen.has(t) || seen.size >= 50) return;
    seen.add(t);
    items.add({
      kind: 'instructed-command',
      capabilities: ['INSTR'],
      key: 'text',
      command: t,
      instructed: true,
    });
  };
  const re = new RegExp(
    `(?:^|[\\s\`'"(])((?:${INTERPRETERS})\\s+(?:-\\S+\\s+)*[^\\s\`'")]+|\\./[^\\s\`'")]+)`,
    'gm',
  );
  for (const m of text.matchAll(re)) if (m[1]) add(m[1]);
}

// ---------------------------------------------------------------------------------------------------------------
// Per-kind parsers

const NPM_IMPLICIT_SCRIPTS = [
  'preinstall',
  'install',
  'postinstall',
  'preuninstall',
  'uninstall',
  'postuninstall',
  'prepublish',
  'preprepare',
  'prepare',
  'postprepare',
  'prepublishOnly',
  'prepack',
  'postpack',
  'dependencies',
  'pretest',
  'test',
  'posttest',
];

function parsePackageJson(doc: Json, items: Items): void {
  if (!isObj(doc)) throw new SurfaceParseError('package.json is not a JSON object');
  const scripts = isObj(doc.scripts) ? doc.scripts : {};
  // Scripts that npm runs implicitly, and those they run through `npm run <name>` (followed to depth 3).
  const queue: { name: string; via?: string; depth: number }[] = NPM_IMPLICIT_SCRIPTS.map((name) => ({
    name,
    depth: 0,
  }));
  const done = new Set<string>();
  while (queue.length) {
    const { name, via, depth } = queue.shift()!;
    if (done.has(name)) continue;
    const cmd = str(scripts[name]);
    if (cmd === undefined) continue;
    done.add(name);
    items.add({
      id: `script|${name}`,
      kind: 'script',
      capabilities: ['EXEC'],
      key: `scripts.${name}`,
      event: via ?? name,
      command: cmd,
    });
    if (depth >= 3) continue;
    for (const m of cmd.matchAll(
      /\b(?:npm\s+(?:run|run-script)|yarn(?:\s+run)?|pnpm(?:\s+run)?|bun\s+run)\s+([\w:.-]+)/g,
    )) {
      if (m[1]) queue.push({ name: m[1], via: `${via ?? name} → ${m[1]}`, depth: depth + 1 });
    }
  }
}

function parseClaudeSettings(doc: Json, items: Items, suppression: string[], instr: string[]): void {
  if (!isObj(doc)) throw new SurfaceParseError('settings file is not a JSON object');
  const known = new Set([
    'hooks',
    'statusLine',
    'apiKeyHelper',
    'awsAuthRefresh',
    'awsCredentialExport',
    'otelHeadersHelper',
    'env',
    'permissions',
    'enableAllProjectMcpServers',
    'enabledMcpjsonServers',
    'enabledPlugins',
    'extraKnownMarketplaces',
    'attribution',
    'includeCoAuthoredBy',
    'mcpServers',
  ]);
  if (doc.hooks !== undefined) hookItems(doc.hooks, items);
  if (isObj(doc.statusLine)) {
    const c = str(doc.statusLine.command);
    if (c) items.add({ kind: 'command', capabilities: ['EXEC'], key: 'statusLine.command', command: c });
  }
  for (const k of ['apiKeyHelper', 'awsAuthRefresh', 'awsCredentialExport', 'otelHeadersHelper']) {
    const c = str(doc[k]);
    if (c) items.add({ kind: 'command', capabilities: ['EXEC'], key: k, command: c });
  }
  envItems(doc.env, items, 'env');
  permissionItems(doc.permissions, items);
  if (doc.enableAllProjectMcpServers !== undefined) {
    const on = doc.enableAllProjectMcpServers === true;
    items.add({
      id: 'perm|enableAllProjectMcpServers',
      kind: 'permission',
      capabilities: ['MCP', 'PERM'],
      key: 'enableAllProjectMcpServers',
      value: valueText(doc.enableAllProjectMcpServers),
      ...(on
        ? {
            flags: [
              {
                flag: 'mcp-auto-enable' as const,
                reason: 'enableAllProjectMcpServers: true starts every project MCP server without approval',
              },
            ],
          }
        : {}),
    });
  }
  for (const name of asArray(doc.enabledMcpjsonServers)) {
    items.add({
      kind: 'permission',
      capabilities: ['MCP', 'PERM'],
      key: 'enabledMcpjsonServers',
      value: valueText(name),
    });
  }
  if (isObj(doc.enabledPlugins)) {
    for (const [name, on] of Object.entries(doc.enabledPlugins)) {
      if (on !== false)
        items.add({
          id: `plugin|${name}`,
          kind: 'command',
          capabilities: ['EXEC', 'MCP'],
          key: `enabledPlugins.${name}`,
          value: valueText(on),
        });
    }
  }
  if (isObj(doc.extraKnownMarketplaces)) {
    for (const [name, src] of Object.entries(doc.extraKnownMarketplaces)) {
      items.add({
        id: `marketplace|${name}`,
        kind: 'command',
        capabilities: ['EXEC', 'MCP'],
        key: `extraKnownMarketplaces.${name}`,
        value: valueText(src),
      });
    }
  }
  if (isObj(doc.mcpServers)) mcpItems(doc.mcpServers, items, 'mcpServers');
  if (isObj(doc.attribution)) {
    for (const k of ['commit', 'pr']) if (doc.attribution[k] === '') suppression.push(`attribution.${k}=""`);
  }
  if (doc.includeCoAuthoredBy === false) suppression.push('includeCoAuthoredBy=false');
  const rest = Object.fromEntries(Object.entries(doc).filter(([k]) => !known.has(k)));
  genericItems(rest, items, instr);
}

function permissionItems(perms: Json, items: Items): void {
  if (!isObj(perms)) return;
  for (const [k, v] of Object.entries(perms)) {
    if (Array.isArray(v)) {
      for (const rule of v)
        items.add({
          kind: 'permission',
          capabilities: ['PERM'],
          key: `permissions.${k}`,
          value: valueText(rule),
        });
    } else {
      const bypass = k === 'defaultMode' && v === 'bypassPermissions';
      items.add({
        id: `perm|permissions.${k}`,
        kind: 'permission',
        capabilities: ['PERM'],
        key: `permissions.${k}`,
        value: valueText(v),
        ...(bypass
          ? {
              flags: [
                {
                  flag: 'permission-bypass' as const,
                  reason: 'permissions.defaultMode: bypassPermissions runs every tool without asking',
                },
              ],
            }
          : {}),
      });
    }
  }
}

function parseGeminiSettings(doc: Json, items: Items, instr: string[]): void {
  if (!isObj(doc)) throw new SurfaceParseError('settings file is not a JSON object');
  if (doc.hooks !== undefined) hookItems(doc.hooks, items);
  if (isObj(doc.mcpServers)) mcpItems(doc.mcpServers, items, 'mcpServers');
  const rest = Object.fromEntries(Object.entries(doc).filter(([k]) => k !== 'hooks' && k !== 'mcpServers'));
  genericItems(rest, items, instr);
  for (const item of items.list) {
    if (
      item.kind === 'permission' &&
      /(autoAccept|yolo|approvalMode)$/i.test(item.key) &&
      /^(true|"?yolo"?|"?auto_edit"?)$/i.test(item.value ?? '')
    ) {
      (item.flags ??= []).push({
        flag: 'auto-approve',
        reason: `${item.key}: ${item.value} runs tools without confirmation`,
      });
    }
  }
}

const VSCODE_AUTO_APPROVE = /^chat\.tools\.(?:[\w.]+\.)?autoApprove$|^chat\.tools\.autoApprove$/;

function parseVscodeSettings(doc: Json, items: Items, suppression: string[], instr: string[]): void {
  if (!isObj(doc)) throw new SurfaceParseError('settings file is not a JSON object');
  for (const [k, v] of Object.entries(doc)) {
    if (VSCODE_AUTO_APPROVE.test(k) || k === 'task.allowAutomaticTasks' || k === 'chat.mcp.autostart') {
      const on = truthy(v);
      items.add({
        id: `perm|${k}`,
        kind: 'permission',
        capabilities: ['PERM'],
        key: k,
        value: valueText(v),
        ...(on
          ? {
              flags: [
                {
                  flag: 'auto-approve' as const,
                  reason: `${k} lets the assistant run tools or tasks without asking`,
                },
              ],
            }
          : {}),
      });
    } else if (/^(chat\.|security\.workspace\.trust)/.test(k)) {
      items.add({ id: `perm|${k}`, kind: 'permission', capabilities: ['PERM'], key: k, value: valueText(v) });
    } else if (/^terminal\.integrated\.env\./.test(k)) envItems(v, items, k);
    else if (/^terminal\.integrated\.(profiles|automationProfile|shell|shellArgs)\./.test(k)) {
      const entries =
        k.startsWith('terminal.integrated.profiles.') && isObj(v)
          ? Object.entries(v)
          : [['', v] as [string, Json]];
      for (const [name, p] of entries) {
        const c = isObj(p) ? commandOf(p.path, p.args) : Array.isArray(p) ? joinArgv(p.map(String)) : str(p);
        if (c)
          items.add({ kind: 'command', capabilities: ['EXEC'], key: name ? `${k}.${name}` : k, command: c });
        if (isObj(p) && isObj(p.env)) envItems(p.env, items, `${k}.${name}.env`);
      }
    } else if (k === 'mcp' && isObj(v)) mcpItems(v.servers, items, 'mcp.servers');
    else if (k === 'git.addAICoAuthor' && (v === 'off' || v === false))
      suppression.push(`git.addAICoAuthor=${valueText(v)}`);
    else if (/(Path|\.path|[cC]ommand|[eE]xecutable|\.tsdk|[rR]untime)$/.test(k) && typeof v === 'string') {
      items.add({ id: `setting|${k}`, kind: 'command', capabilities: ['EXEC'], key: k, command: v });
    } else if (isObj(v) && /hooks|mcp/i.test(k)) genericItems({ [k]: v }, items, instr);
  }
}

function parseVscodeTasks(doc: Json, items: Items): void {
  if (!isObj(doc)) throw new SurfaceParseError('tasks.json is not a JSON object');
  for (const os of ['windows', 'linux', 'osx']) {
    const shell =
      isObj(doc[os]) && isObj((doc[os] as Obj).options) ? ((doc[os] as Obj).options as Obj).shell : undefined;
    if (isObj(shell) && str(shell.executable)) {
      items.add({
        kind: 'command',
        capabilities: ['EXEC'],
        key: `${os}.options.shell`,
        command: commandOf(shell.executable, shell.args)!,
      });
    }
  }
  if (isObj(doc.options) && isObj(doc.options.shell) && str(doc.options.shell.executable)) {
    items.add({
      kind: 'command',
      capabilities: ['EXEC'],
      key: 'options.shell',
      command: commandOf(doc.options.shell.executable, doc.options.shell.args)!,
    });
  }
  asArray(doc.tasks).forEach((task, i) => {
    if (!isObj(task)) return;
    const label = str(task.label) ?? str(task.taskName) ?? `#${i}`;
    const runOn = isObj(task.runOptions) ? str(task.runOptions.runOn) : undefined;
    const event = runOn ?? 'manual';
    const variants: [string, Obj][] = [
      ['', task],
      ...(['windows', 'linux', 'osx'] as const)
        .filter((os) => isObj(task[os]))
        .map((os) => [`.${os}`, task[os] as Obj] as [string, Obj]),
    ];
    for (const [suffix, t] of variants) {
      const commandValue = isObj(t.command) ? t.command.value : t.command;
      let command = commandOf(commandValue, t.args);
      if (!command && suffix === '' && str(task.type) === 'npm' && str(task.script))
        command = `npm run ${str(task.script)}`;
      if (!command) continue;
      items.add({
        id: `task|${label}${suffix}`,
        kind: 'task',
        capabilities: ['EXEC'],
        key: `tasks[${label}]${suffix}`,
        event,
        command,
      });
    }
    if (isObj(task.options) && isObj(task.options.env))
      envItems(task.options.env, items, `tasks[${label}].options.env`);
  });
}

function parseCodexToml(doc: Json, items: Items, instr: string[]): void {
  if (!isObj(doc)) throw new SurfaceParseError('config.toml is not a table');
  if (isObj(doc.mcp_servers)) mcpItems(doc.mcp_servers, items, 'mcp_servers');
  if (doc.hooks !== undefined) hookItems(doc.hooks, items);
  if (doc.notify !== undefined) {
    const c = Array.isArray(doc.notify) ? joinArgv(doc.notify.map(String)) : str(doc.notify);
    if (c) items.add({ kind: 'command', capabilities: ['EXEC'], key: 'notify', command: c });
  }
  if (isObj(doc.shell_environment_policy))
    envItems(doc.shell_environment_policy.set, items, 'shell_environment_policy.set');
  const rest = Object.fromEntries(
    Object.entries(doc).filter(([k]) => !['mcp_servers', 'hooks', 'notify'].includes(k)),
  );
  genericItems(rest, items, instr);
  for (const item of items.list) {
    if (item.key.endsWith('approval_policy') && item.value === 'never') {
      (item.flags ??= []).push({
        flag: 'auto-approve',
        reason: 'approval_policy = "never" runs commands without asking',
      });
    }
    if (item.key.endsWith('sandbox_mode') && item.value === 'danger-full-access') {
      (item.flags ??= []).push({
        flag: 'permission-bypass',
        reason: 'sandbox_mode = "danger-full-access" turns the sandbox off',
      });
    }
  }
}

function parseAiderYaml(doc: Json, items: Items, suppression: string[]): void {
  if (doc === null || doc === undefined) return;
  if (!isObj(doc)) throw new SurfaceParseError('.aider.conf.yml is not a YAML mapping');
  for (const k of ['lint-cmd', 'test-cmd']) {
    for (const c of asArray(doc[k])) {
      const text =
        str(c) ??
        (isObj(c)
          ? Object.entries(c)
              .map(([lang, cmd]) => `${lang}: ${str(cmd)}`)
              .join('; ')
          : undefined);
      if (text) items.add({ kind: 'command', capabilities: ['EXEC'], key: k, event: k, command: text });
    }
  }
  for (const k of ['auto-lint', 'auto-test', 'yes-always']) {
    if (doc[k] === undefined) continue;
    const on = doc[k] === true;
    items.add({
      id: `perm|${k}`,
      kind: 'permission',
      capabilities: ['PERM'],
      key: k,
      value: valueText(doc[k]),
      ...(k === 'yes-always' && on
        ? {
            flags: [
              {
                flag: 'auto-approve' as const,
                reason: 'yes-always: true confirms every action, including running commands',
              },
            ],
          }
        : {}),
    });
  }
  for (const f of asArray(doc.read))
    items.add({ kind: 'permission', capabilities: ['INSTR'], key: 'read', value: valueText(f) });
  if (doc.load !== undefined)
    items.add({ kind: 'command', capabilities: ['EXEC'], key: 'load', value: valueText(doc.load) });
  if (doc['env-file'] !== undefined)
    items.add({
      id: 'env|env-file',
      kind: 'env',
      capabilities: ['ENV'],
      key: 'env-file',
      value: valueText(doc['env-file']),
    });
  for (const e of asArray(doc['set-env'])) {
    const [k = '', ...v] = String(e).split('=');
    items.add({
      id: `env|set-env.${k}`,
      kind: 'env',
      capabilities: ['ENV'],
      key: `set-env.${k}`,
      event: k,
      value: envValue(k, v.join('=')),
    });
  }
  for (const k of ['attribute-co-authored-by', 'attribute-author', 'attribute-committer']) {
    if (doc[k] === false) suppression.push(`${k}=false`);
  }
  for (const [k, v] of Object.entries(doc)) {
    if (/api-base$/.test(k) && typeof v === 'string')
      items.add({ id: `env|${k}`, kind: 'env', capabilities: ['ENV'], key: k, event: k, url: redactUrl(v) });
  }
}

function parseMarkdown(text: string, items: Items, instr: string[]): Json {
  const { frontMatter } = splitFrontMatter(text);
  instr.push(text);
  if (isObj(frontMatter)) {
    if (frontMatter.hooks !== undefined) hookItems(frontMatter.hooks, items);
    if (isObj(frontMatter.mcpServers)) mcpItems(frontMatter.mcpServers, items, 'mcpServers');
    for (const k of ['allowed-tools', 'allowedTools', 'tools']) {
      if (frontMatter[k] !== undefined)
        items.add({
          id: `perm|${k}`,
          kind: 'permission',
          capabilities: ['PERM'],
          key: k,
          value: valueText(frontMatter[k]),
        });
    }
  }
  instructedCommands(text, items);
  // `@path/to/file.md` imports (Claude Code memory files): the imported file is loaded as instructions too.
  for (const m of text.matchAll(/(?:^|\s)@((?:\.{1,2}\/)?[\w-][\w.\-/]*\.\w+)/gm)) {
    items.add({
      id: `import|${m[1]}`,
      kind: 'file',
      capabilities: ['INSTR'],
      key: 'import',
      value: m[1],
      imported: true,
    });
  }
  return frontMatter;
}

function parseCopilotSetupSteps(doc: Json, items: Items): void {
  if (!isObj(doc)) throw new SurfaceParseError('workflow is not a YAML mapping');
  const job = isObj(doc.jobs) ? doc.jobs['copilot-setup-steps'] : undefined;
  if (!isObj(job)) return;
  asArray(job.steps).forEach((step, i) => {
    if (!isObj(step)) return;
    const name = str(step.name) ?? str(step.id) ?? `#${i}`;
    if (str(step.run))
      items.add({
        id: `step|${name}|run`,
        kind: 'command',
        capabilities: ['EXEC'],
        key: `steps[${name}].run`,
        event: 'agent-setup',
        command: str(step.run)!,
      });
    if (str(step.uses))
      items.add({
        id: `step|${name}|uses`,
        kind: 'command',
        capabilities: ['EXEC'],
        key: `steps[${name}].uses`,
        event: 'agent-setup',
        value: str(step.uses)!,
      });
    if (isObj(step.env)) envItems(step.env, items, `steps[${name}].env`);
  });
}

function parseGeminiCommand(doc: Json, items: Items, instr: string[]): void {
  if (!isObj(doc)) throw new SurfaceParseError('command file is not a TOML table');
  const prompt = str(doc.prompt) ?? '';
  instr.push(prompt);
  for (const m of prompt.matchAll(/!\{([^}]*)\}/g)) {
    items.add({
      kind: 'command',
      capabilities: ['EXEC'],
      key: 'prompt',
      event: 'shell-injection',
      command: m[1] ?? '',
    });
  }
  instructedCommands(prompt, items);
}

function parseKiroHook(doc: Json, items: Items, instr: string[]): void {
  if (!isObj(doc)) throw new SurfaceParseError('.kiro.hook is not a JSON object');
  const when = isObj(doc.when) ? doc.when : {};
  const then = isObj(doc.then) ? doc.then : {};
  const event = str(when.type) ?? 'unknown';
  const command = str(then.command);
  if (command)
    items.add({ id: 'hook|then', kind: 'hook', capabilities: ['EXEC'], key: 'then.command', event, command });
  if (str(then.prompt)) {
    instr.push(str(then.prompt)!);
    instructedCommands(str(then.prompt)!, items);
  }
  if (when.patterns !== undefined)
    items.add({
      id: 'hook|when',
      kind: 'hook',
      capabilities: [],
      key: 'when.patterns',
      event,
      value: valueText(when.patterns),
    });
}

function parseDotenv(text: string, items: Items): void {
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!;
    const value = (m[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
    items.add({
      id: `env|${key}`,
      kind: 'env',
      capabilities: ['ENV'],
      key,
      event: key,
      value: envValue(key, value),
    });
  }
}

function parseBindingGyp(text: string, items: Items): void {
  // gyp files are Python literals; command expansions `<!(…)`/`<!@(…)` run at configure time, `action` at build.
  for (const m of text.matchAll(/<!@?\(([^)]*)\)/g)) {
    items.add({
      kind: 'command',
      capabilities: ['EXEC'],
      key: 'command-expansion',
      event: 'configure',
      command: (m[1] ?? '').trim(),
    });
  }
  for (const m of text.matchAll(/['"]action['"]\s*:\s*\[([^\]]*)\]/g)) {
    const argv = [...(m[1] ?? '').matchAll(/'([^']*)'|"([^"]*)"/g)].map((a) => a[1] ?? a[2] ?? '');
    items.add({
      kind: 'command',
      capabilities: ['EXEC'],
      key: 'actions',
      event: 'build',
      command: joinArgv(argv),
    });
  }
}

function extensionKind(path: string): ParserKind {
  if (/\.(md|mdc|markdown|txt)$/i.test(path) || !/\.[^/]+$/.test(path.split('/').pop() ?? '')) {
    // Extension-less files in instruction folders (`.clinerules`, `.roorules`) are text; executables usually
    // carry an extension or a shebang, which the caller detects.
    return 'markdown-instructions';
  }
  if (/\.(json|jsonc)$/i.test(path)) return 'generic-json';
  if (/\.(ya?ml)$/i.test(path)) return 'generic-yaml';
  if (/\.toml$/i.test(path)) return 'gemini-command';
  return 'plain-exec';
}

/** Parses one side (old or new) of a surface file. */
export function parseSurface(kind: ParserKind, path: string, content: Buffer): ParsedSurface {
  const text = content.toString('utf8');
  kind = effectiveKind(kind, path, content);
  const items = new Items();
  const suppression: string[] = [];
  const instr: string[] = [];
  let document: Json;
  switch (kind) {
    case 'claude-settings':
      parseClaudeSettings((document = parseJsonc(text)), items, suppression, instr);
      break;
    case 'gemini-settings':
      parseGeminiSettings((document = parseJsonc(text)), items, instr);
      break;
    case 'vscode-settings':
      parseVscodeSettings((document = parseJsonc(text)), items, suppression, instr);
      break;
    case 'vscode-tasks':
      parseVscodeTasks((document = parseJsonc(text)), items);
      break;
    case 'mcp-json': {
      document = parseJsonc(text);
      if (!isObj(document)) throw new SurfaceParseError('MCP configuration is not a JSON object');
      const servers =
        document.mcpServers ?? document.servers ?? document.mcp_servers ?? document.context_servers;
      mcpItems(
        servers,
        items,
        document.mcpServers ? 'mcpServers' : document.servers ? 'servers' : 'mcp_servers',
      );
      break;
    }
    case 'hooks-json':
      document = parseJsonc(text);
      if (!isObj(document)) throw new SurfaceParseError('hooks file is not a JSON object');
      hookItems(document.hooks ?? {}, items);
      break;
    case 'codex-toml':
      parseCodexToml((document = parseToml(text)), items, instr);
      break;
    case 'aider-yaml':
      parseAiderYaml((document = parseYaml(text)), items, suppression);
      break;
    case 'package-json':
      parsePackageJson((document = parseJsonc(text)), items);
      break;
    case 'copilot-setup-steps':
      parseCopilotSetupSteps((document = parseYaml(text)), items);
      break;
    case 'gemini-command':
      parseGeminiCommand((document = parseToml(text)), items, instr);
      break;
    case 'kiro-hook':
      parseKiroHook((document = parseJsonc(text)), items, instr);
      break;
    case 'generic-json':
      genericItems((document = parseJsonc(text)), items, instr);
      break;
    case 'generic-yaml':
      genericItems((document = parseYaml(text)), items, instr);
      break;
    case 'markdown-instructions':
      document = parseMarkdown(text, items, instr);
      break;
    case 'dotenv':
      parseDotenv(text, items);
      break;
    case 'binding-gyp':
      parseBindingGyp(text, items);
      return { items: items.list, suppression, executableText: text };
    case 'plain-text':
      return { items: items.list, suppression, executableText: text };
    case 'plain-exec':
      return { items: items.list, suppression, executableText: text };
    default:
      throw new SurfaceParseError(`no parser for ${kind as string}`);
  }
  return {
    items: items.list,
    suppression,
    ...(instr.length ? { instructionText: instr.join('\n') } : {}),
    ...(document !== undefined ? { document } : {}),
  };
}

/** The effective parser for a path under a rule (resolves `by-extension`). */
export function effectiveKind(kind: ParserKind, path: string, content?: Buffer): ParserKind {
  if (kind !== 'by-extension') return kind;
  const k = extensionKind(path);
  return content?.subarray(0, 2).toString() === '#!' ? 'plain-exec' : k;
}
