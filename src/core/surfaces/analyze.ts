/**
 * What a change to a surface can do: the entries that changed between the old and new content, the red flags in
 * them, invisible Unicode in instruction text, and the repository files its commands run.
 */
import { posix } from 'node:path';
import type { ParsedItem } from './parse/index.js';
import type { HiddenUnicode, SurfaceFlag, SurfaceItem } from './types.js';

export interface Flagged {
  flag: SurfaceFlag;
  reason: string;
}

/** Entries added, changed or removed between two parses, keyed by their identity. */
export function diffItems(
  oldItems: ParsedItem[],
  newItems: ParsedItem[],
): { item: ParsedItem; change: SurfaceItem['change'] }[] {
  const before = new Map(oldItems.map((i) => [i.id, i]));
  const after = new Map(newItems.map((i) => [i.id, i]));
  const out: { item: ParsedItem; change: SurfaceItem['change'] }[] = [];
  for (const item of newItems) {
    const prev = before.get(item.id);
    if (!prev) out.push({ item, change: 'added' });
    else if (fingerprint(prev) !== fingerprint(item)) out.push({ item, change: 'changed' });
  }
  for (const item of oldItems) if (!after.has(item.id)) out.push({ item, change: 'removed' });
  return out;
}

function fingerprint(i: ParsedItem): string {
  return JSON.stringify([i.kind, i.key, i.event, i.command, i.url, i.value, i.capabilities]);
}

// ---------------------------------------------------------------------------------------------------------------
// Red flags in commands

const DOWNLOAD = String.raw`\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b`;
const SHELLS = String.raw`(?:sudo\s+)?(?:ba|z|da|k|fi)?sh|node|python3?|perl|ruby|php|iex|invoke-expression|pwsh|powershell`;
const PIPE_TO_SHELL = [
  new RegExp(String.raw`${DOWNLOAD}[^|\n]*\|\s*(?:${SHELLS})\b`, 'i'),
  new RegExp(String.raw`\b(?:ba|z)?sh\s+<\(\s*(?:curl|wget)\b`, 'i'),
  new RegExp(String.raw`\$\(\s*(?:curl|wget)\b`, 'i'),
];
const INLINE_CODE =
  /(?:^|[\s;&|(])(?:(?:ba|z|da|k)?sh\s+-\w*c\b|(?:node|bun|deno)\s+(?:-e|--eval|-p|--print)\b|python3?\s+-c\b|perl\s+-e\b|ruby\s+-e\b|(?:pwsh|powershell)(?:\.exe)?\s+(?:-c|-command|-e|-enc|-encodedcommand)\b|\beval\s)/i;
const BASE64_BLOB = /[A-Za-z0-9+/]{60,}={0,2}/g;
const BASE64_DECODE =
  /\bbase64\s+(?:-d|--decode|-D)\b|\batob\s*\(|frombase64string|Buffer\.from\([^)]*['"]base64['"]|b64decode/i;
const INTERPRETER =
  /^(?:node|nodejs|bun|deno|python|python3|py|ruby|perl|php|bash|sh|zsh|dash|ksh|pwsh|powershell|tsx|ts-node|source|\.)$/;

/** Red flags readable from a command or script text. */
export function textFlags(text: string): Flagged[] {
  const flags: Flagged[] = [];
  const shown = clipOneLine(text);
  if (PIPE_TO_SHELL.some((re) => re.test(text)))
    flags.push({ flag: 'pipe-to-shell', reason: `downloads and runs code: ${shown}` });
  if (INLINE_CODE.test(text)) flags.push({ flag: 'inline-shell', reason: `runs inline code: ${shown}` });
  const hidden = hiddenPathRun(text);
  if (hidden) flags.push({ flag: 'hidden-path-exec', reason: `runs a file in a hidden path: ${hidden}` });
  if (hasBase64(text))
    flags.push({ flag: 'base64-blob', reason: `contains or decodes a base64 blob: ${shown}` });
  if (findHidden(text).length)
    flags.push({ flag: 'hidden-unicode', reason: 'command contains invisible or bidirectional Unicode' });
  return flags;
}

function hasBase64(text: string): boolean {
  if (BASE64_DECODE.test(text)) return true;
  for (const m of text.matchAll(BASE64_BLOB)) {
    const s = m[0];
    // Hex digests and paths are not blobs: demand upper, lower and digits.
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s) && !/^[A-Za-z/]+$/.test(s)) return true;
  }
  return false;
}

/** `node .github/setup.js` → `.github/setup.js`: an interpreter running a file whose path has a dot-segment. */
function hiddenPathRun(text: string): string | undefined {
  for (const segment of splitCommands(text)) {
    const words = tokenize(segment);
    for (let i = 0; i < words.length - 1; i++) {
      if (!INTERPRETER.test(posix.basename(words[i]!))) continue;
      let j = i + 1;
      while (j < words.length && words[j]!.startsWith('-')) j++;
      const target = words[j];
      if (!target) continue;
      const rel = normalizeRepoPath(target);
      if (rel && rel.split('/').some((s) => s.startsWith('.') && s !== '.' && s !== '..'))
        return `${words[i]} ${target}`;
    }
  }
  return undefined;
}

const AUTO_EVENTS =
  /^(sessionstart|session_start|session-start|folderopen|taskstart|task_start|agent-setup|configure)$/i;

/** Whether a hook event / task trigger fires without a user action. */
export function isAutoRunEvent(event: string | undefined): boolean {
  return event !== undefined && AUTO_EVENTS.test(event);
}

const PINNED_NPX_PACKAGE = /^(?:@[\w.-]+\/)?[\w.-]+@\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/;

/** An MCP command counts as pinned only as `npx [-y] <package>@<exact version> …`. */
export function isPinnedNpx(command: string): boolean {
  const words = tokenize(command);
  if (words[0] !== 'npx') return false;
  const pkg = words.slice(1).find((w) => !w.startsWith('-'));
  return pkg !== undefined && PINNED_NPX_PACKAGE.test(pkg);
}

const CODE_INJECTION_ENV =
  /^(NODE_OPTIONS|NODE_PATH|LD_PRELOAD|LD_LIBRARY_PATH|LD_AUDIT|DYLD_\w+|BASH_ENV|ENV|ZDOTDIR|PROMPT_COMMAND|PYTHONSTARTUP|PYTHONPATH|PYTHONHOME|PERL5OPT|PERL5LIB|RUBYOPT|RUBYLIB|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|PATH|SHELL|EDITOR|VISUAL|PAGER|GIT_SSH|GIT_SSH_COMMAND|GIT_EXEC_PATH|GIT_EXTERNAL_DIFF|GIT_ASKPASS|SSH_ASKPASS|GIT_PAGER|GIT_EDITOR|GIT_CONFIG_\w+|GIT_TEMPLATE_DIR|NPM_CONFIG_\w*SCRIPT\w*|npm_config_\w*script\w*)$/;
const ENDPOINT_ENV =
  /(_BASE_URL|_API_BASE|_API_URL|_ENDPOINT|_BASE|^HTTPS?_PROXY|^ALL_PROXY|_PROXY|base[-_]?url|api[-_]?base|endpoint)$/i;
const IDENTITY_ENV = /^GIT_(AUTHOR|COMMITTER)_(NAME|EMAIL|DATE)$/;

/** Red flags of an environment entry (`key` is the variable name). */
export function envFlags(name: string, url?: string): Flagged[] {
  if (CODE_INJECTION_ENV.test(name))
    return [
      { flag: 'env-code-injection', reason: `sets ${name}, which makes programs load or run other code` },
    ];
  if (ENDPOINT_ENV.test(name) || url) {
    return [
      {
        flag: 'env-endpoint-redirect',
        reason: `sets ${name} (${url ?? 'an endpoint'}): requests and credentials can be redirected`,
      },
    ];
  }
  return [];
}

export function isIdentityEnv(name: string): boolean {
  return IDENTITY_ENV.test(name);
}

/** Flags of one added or changed entry. */
export function itemFlags(item: ParsedItem): Flagged[] {
  const flags: Flagged[] = [...(item.flags ?? [])];
  if (item.instructed) {
    // Prose stays INSTR; telling the agent to pipe a download into a shell or run a hidden file is still a flag.
    const told = textFlags(item.command ?? '').filter((f) => f.flag !== 'inline-shell');
    return [...flags, ...told.map((f) => ({ flag: f.flag, reason: `instructs the agent: ${f.reason}` }))];
  }
  if (item.command !== undefined) flags.push(...textFlags(item.command));
  if (item.kind === 'hook' || item.kind === 'task' || item.kind === 'command') {
    if (isAutoRunEvent(item.event) && item.capabilities.includes('EXEC')) {
      flags.push({
        flag: 'auto-run',
        reason: `${item.event} ${item.kind} runs without a user action: ${clipOneLine(item.command ?? item.value ?? '')}`,
      });
    }
  }
  if (item.kind === 'mcp-server' && item.command !== undefined && !isPinnedNpx(item.command)) {
    flags.push({
      flag: 'unpinned-mcp',
      reason: `MCP server ${item.key} runs ${clipOneLine(item.command)} (not npx <package>@<exact version>)`,
    });
  }
  if (item.kind === 'env' && item.event !== undefined) flags.push(...envFlags(item.event, item.url));
  return flags;
}

// ---------------------------------------------------------------------------------------------------------------
// Invisible and bidirectional Unicode

const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Zero-width, bidi-control and tag characters by line; a leading BOM and emoji joiners are not counted. */
export function findHidden(text: string): HiddenUnicode[] {
  const lines = text.split('\n');
  const out: HiddenUnicode[] = [];
  lines.forEach((line, idx) => {
    const found = new Set<string>();
    for (const m of line.matchAll(HIDDEN)) {
      const ch = m[0];
      const at = m.index;
      if (idx === 0 && at === 0 && ch === '\uFEFF') continue;
      if (
        ch === '\u200D' &&
        PICTOGRAPH.test(charBefore(line, at)) &&
        PICTOGRAPH.test(charAfter(line, at + 1))
      )
        continue;
      found.add(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    if (found.size) out.push({ line: idx + 1, codepoints: [...found].sort() });
  });
  return out;
}

function charBefore(s: string, at: number): string {
  const prev = [...s.slice(0, at)].at(-1) ?? '';
  return prev === '\uFE0F' ? ([...s.slice(0, at)].at(-2) ?? '') : prev;
}

function charAfter(s: string, at: number): string {
  return [...s.slice(at)][0] ?? '';
}

/** Hidden characters on lines of `newText` that are not in `oldText` (so old, unchanged ones are not reported). */
export function introducedHidden(oldText: string | undefined, newText: string): HiddenUnicode[] {
  const old = new Set((oldText ?? '').split('\n'));
  const lines = newText.split('\n');
  return findHidden(newText).filter((h) => !old.has(lines[h.line - 1] ?? ''));
}

/** The lines of `newText` not present in `oldText`: the part of an executable file this change introduced. */
export function addedLines(oldText: string | undefined, newText: string): string {
  const old = new Set((oldText ?? '').split('\n'));
  return newText
    .split('\n')
    .filter((l) => !old.has(l))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Repository files a command runs

/** Splits at `&&`, `||`, `|`, `;` and newlines (good enough to find program positions; never used to run). */
export function splitCommands(text: string): string[] {
  return text.split(/&&|\|\||[|;\n]/);
}

/** Whitespace tokens with quotes removed. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    out.push((m[1] ?? m[2] ?? m[3] ?? '').replace(/["'`]/g, ''));
  }
  return out.filter(Boolean);
}

/** A token as a repository-relative path: project-dir variables and `./` removed; undefined if outside. */
export function normalizeRepoPath(token: string): string | undefined {
  let t = /^--?[\w-]+=(.+)$/.exec(token)?.[1] ?? token; // --require=./x.js
  t = t.replace(/^(?:\$\{?[A-Za-z_]\w*\}?|\$\(pwd\)|\$\{workspaceFolder\}|\$\{workspaceRoot\})\//, '');
  t = t.replace(/[,;)]+$/, '');
  if (
    !t ||
    t.startsWith('/') ||
    t.startsWith('~') ||
    t.includes('://') ||
    t.includes('$') ||
    t.startsWith('-')
  )
    return undefined;
  const n = posix.normalize(t);
  if (n === '.' || n.startsWith('../') || n === '..') return undefined;
  return n;
}

/**
 * Candidate repository paths in a command. From executable entries every path-like token counts; from
 * instruction prose only what follows an interpreter or starts with `./`. Relative paths are tried against each
 * base directory (repository root, the surface's folder, the project folder above a `.tool/` folder).
 */
export function commandPaths(command: string, baseDirs: string[], instructed: boolean): string[] {
  const out = new Set<string>();
  for (const segment of splitCommands(command)) {
    const words = tokenize(segment);
    words.forEach((w, i) => {
      const prev = words[i - 1];
      const afterInterpreter = prev !== undefined && INTERPRETER.test(posix.basename(prev));
      if (instructed && !afterInterpreter && !w.startsWith('./')) return;
      if (!instructed && !w.includes('/') && !/\.\w{1,5}$/.test(w)) return;
      const rel = normalizeRepoPath(w);
      if (!rel) return;
      for (const dir of baseDirs) out.add(dir ? posix.normalize(`${dir}/${rel}`) : rel);
    });
  }
  return [...out];
}

/** Where relative commands in a surface file may be resolved from. */
export function baseDirsFor(path: string): string[] {
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  const dirs = new Set<string>(['', dir]);
  // `.claude/settings.json` → the project folder holding `.claude/`.
  const m = /^(.*?)(?:^|\/)\.[^/]+\/[^/]*$/.exec(path);
  if (m) dirs.add(m[1] ?? '');
  return [...dirs];
}

export function clipOneLine(text: string, max = 200): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}
