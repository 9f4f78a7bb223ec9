/**
 * Detects changes to AI assistant configuration surfaces between two revisions and says what each change can do
 * and which commits introduced it. The algorithm:
 *   1. tree diff base..head (root: against the empty tree), keep the paths the catalogue covers;
 *   2. read old and new content through one `git cat-file --batch`, parse both sides (never execute), and keep
 *      only the entries that changed: they give the capabilities and the red flags;
 *   3. from the commands of every surface at head, find the changed repository files they run (helpers);
 *   4. one `git log` pass gives the commits of the range that touched each path, with optional attribution.
 */
import { posix } from 'node:path';
import { silentLogger, type Logger } from '../log.js';
import {
  addedLines,
  baseDirsFor,
  commandPaths,
  diffItems,
  findHidden,
  introducedHidden,
  isAutoRunEvent,
  isIdentityEnv,
  normalizeRepoPath,
  itemFlags,
  textFlags,
  type Flagged,
} from './analyze.js';
import {
  catalogueInfo,
  REFERENCED_HELPER_RULE,
  REFERENCED_INSTRUCTIONS_RULE,
  ruleFor,
  type SurfaceRule,
} from './catalogue.js';
import {
  BlobReader,
  commitsWithPaths,
  diffRaw,
  emptyTree,
  listTree,
  resolveCommit,
  type Blob,
  type RawChange,
} from './git.js';
import type { parseSurface, ParsedItem, ParsedSurface } from './parse/index.js';
import { effectiveKind } from './parse/kind.js';
import { SurfaceParseError } from './parse/types.js';
import {
  CAPABILITY_ORDER,
  type AttributionOf,
  type SurfaceCapability,
  type SurfaceFinding,
  type SurfaceItem,
  type SurfaceParse,
  type SurfaceReport,
  type SurfaceRisk,
} from './types.js';

export * from './types.js';
export {
  catalogueInfo,
  SURFACE_RULES,
  CATALOGUE_VERSION,
  REFERENCED_HELPER_RULE,
  ruleFor,
} from './catalogue.js';
export { renderSurfacesText, renderSurfacesMarkdown, renderCatalogueMarkdown } from './render.js';

/** Content above this size is not parsed (its digest is still computed); the finding says `too-large`. */
export const MAX_PARSE_BYTES = 1024 * 1024;
/** At most this many unchanged surface files at head are read to find the helpers their commands run. */
const MAX_HEAD_SURFACES = 5000;
const MAX_ITEMS_PER_FINDING = 200;

export interface DetectSurfaceOptions {
  repoPath: string;
  /** Undefined: the range starts at the root (everything in head is new). */
  base?: string;
  head: string;
  /** base and head are commit ids resolveScanRange checked already: not looked up again. */
  resolved?: boolean;
  attributionOf?: AttributionOf;
  logger?: Logger;
  maxParseBytes?: number;
}

interface Side {
  path: string;
  rule: SurfaceRule;
  blob?: Blob;
  parse: SurfaceParse;
  parsed?: ParsedSurface;
  text?: string;
}

const GITLINK = '160000';
const SYMLINK = '120000';

export async function detectSurfaceChanges(options: DetectSurfaceOptions): Promise<SurfaceReport> {
  const { repoPath, attributionOf } = options;
  const logger = options.logger ?? silentLogger;
  const maxBytes = options.maxParseBytes ?? MAX_PARSE_BYTES;
  const resolve = (rev: string, what: string) =>
    options.resolved ? Promise.resolve(rev) : resolveCommit(repoPath, rev, what);
  const head = await resolve(options.head, 'head');
  const base = options.base !== undefined ? await resolve(options.base, 'base') : undefined;
  const changes = await diffRaw(repoPath, base ?? (await emptyTree(repoPath)), head);

  const changedByPath = new Map<string, RawChange>();
  const surfaceChanges: { change: RawChange; newRule?: SurfaceRule; oldRule?: SurfaceRule }[] = [];
  for (const change of changes) {
    changedByPath.set(change.newPath ?? change.oldPath!, change);
    const newRule = change.newPath ? ruleFor(change.newPath) : undefined;
    const oldRule = change.oldPath ? ruleFor(change.oldPath) : undefined;
    if (newRule || oldRule) surfaceChanges.push({ change, newRule, oldRule });
  }
  logger.debug(`surfaces: ${changes.length} changed paths, ${surfaceChanges.length} on AI config surfaces`);

  const reader = new BlobReader(repoPath, maxBytes);
  try {
    // Unchanged surfaces at head matter too: their commands may run a helper this range changed.
    const surfacePaths = new Set(surfaceChanges.map((s) => s.change.newPath).filter((p) => p !== undefined));
    const possibleHelpers = changes.some((c) => !ruleFor(c.newPath ?? c.oldPath!));
    const headSurfaces = possibleHelpers
      ? (await listTree(repoPath, head)).filter((e) => !surfacePaths.has(e.path) && ruleFor(e.path))
      : [];
    if (headSurfaces.length > MAX_HEAD_SURFACES) {
      logger.warn(
        `surfaces: ${headSurfaces.length} surface files at head; helpers are looked up from the first ${MAX_HEAD_SURFACES}`,
      );
      headSurfaces.length = MAX_HEAD_SURFACES;
    }

    const blobs = await reader.read([
      ...surfaceChanges.flatMap(({ change: c }) => [
        ...(c.oldOid && c.oldMode !== GITLINK ? [c.oldOid] : []),
        ...(c.newOid && c.newMode !== GITLINK ? [c.newOid] : []),
      ]),
      ...headSurfaces.filter((e) => e.mode !== GITLINK).map((e) => e.oid),
    ]);

    // The parsers (YAML, JSONC, TOML, front matter, each tool's reader) load only when there is a surface to read.
    const parse =
      surfaceChanges.length + headSurfaces.length > 0
        ? (await import('./parse/index.js')).parseSurface
        : undefined;
    const findings: SurfaceFinding[] = [];
    const atHead: Side[] = [];
    for (const { change, newRule, oldRule } of surfaceChanges) {
      const oldSide =
        change.oldPath && oldRule
          ? side(change.oldPath, oldRule, change.oldMode, change.oldOid, blobs, parse!)
          : undefined;
      const newSide =
        change.newPath && newRule
          ? side(change.newPath, newRule, change.newMode, change.newOid, blobs, parse!)
          : undefined;
      if (newSide) atHead.push(newSide);
      const finding = surfaceFinding(change, oldSide, newSide, blobs);
      if (finding) findings.push(finding);
    }
    for (const e of headSurfaces) atHead.push(side(e.path, ruleFor(e.path)!, e.mode, e.oid, blobs, parse!));

    await addHelpers(findings, atHead, changedByPath, reader);
    await addCommits(repoPath, base, head, findings, attributionOf);
    findings.sort((a, b) => riskRank(a.risk) - riskRank(b.risk) || a.path.localeCompare(b.path));
    return { catalogue: catalogueInfo(), findings };
  } finally {
    reader.close();
  }
}

function side(
  path: string,
  rule: SurfaceRule,
  mode: string,
  oid: string | undefined,
  blobs: Map<string, Blob>,
  parse: typeof parseSurface,
): Side {
  const blob = oid ? blobs.get(oid) : undefined;
  if (mode === GITLINK)
    return { path, rule, parse: { status: 'not-a-file', message: 'a submodule, not a file' } };
  if (mode === SYMLINK) {
    const target = blob?.content?.toString('utf8') ?? '?';
    return {
      path,
      rule,
      blob,
      parse: { status: 'not-a-file', message: `a symbolic link to ${target.slice(0, 300)}` },
    };
  }
  if (!blob?.content) {
    return {
      path,
      rule,
      blob,
      parse: { status: 'too-large', message: `${blob?.size ?? '?'} bytes; content is not parsed` },
    };
  }
  const text = blob.content.toString('utf8');
  try {
    return {
      path,
      rule,
      blob,
      text,
      parse: { status: 'ok' },
      parsed: parse(rule.parser, path, blob.content),
    };
  } catch (e) {
    if (!(e instanceof SurfaceParseError)) throw e;
    return { path, rule, blob, text, parse: { status: 'error', message: e.message } };
  }
}

function changeKind(c: RawChange): SurfaceFinding['change'] {
  return c.status === 'A'
    ? 'added'
    : c.status === 'D'
      ? 'deleted'
      : c.status === 'R'
        ? 'renamed'
        : 'modified';
}

function surfaceFinding(
  change: RawChange,
  oldSide: Side | undefined,
  newSide: Side | undefined,
  blobs: Map<string, Blob>,
): SurfaceFinding | undefined {
  const rule = (newSide ?? oldSide)!.rule;
  const subject = newSide ?? oldSide!; // what the capabilities are computed from
  const caps = new Set<SurfaceCapability>();
  const flags: Flagged[] = [];
  const items: SurfaceItem[] = [];
  const oldParsed = oldSide?.parsed;
  const newParsed = newSide?.parsed;
  const finding: SurfaceFinding = {
    path: change.newPath ?? change.oldPath!,
    ...(change.status === 'R' ? { oldPath: change.oldPath } : {}),
    rule: rule.id,
    tool: rule.tool,
    change: changeKind(change),
    capabilities: [],
    ...(change.oldOid && blobs.get(change.oldOid) ? { oldSha256: blobs.get(change.oldOid)!.sha256 } : {}),
    ...(change.newOid && blobs.get(change.newOid) ? { newSha256: blobs.get(change.newOid)!.sha256 } : {}),
    commits: [],
    parse: subject.parse,
    ...(change.oldOid && blobs.get(change.oldOid) ? { oldSize: blobs.get(change.oldOid)!.size } : {}),
    ...(change.newOid && blobs.get(change.newOid) ? { newSize: blobs.get(change.newOid)!.size } : {}),
  };

  if (subject.parse.status !== 'ok') {
    // Cannot tell what it does: report what such a file can do at most.
    for (const c of rule.capabilities) caps.add(c);
  } else if (!newSide) {
    // Deleted (or renamed away from a surface): what the removed content could do.
    for (const item of oldParsed!.items) {
      item.capabilities.forEach((c) => caps.add(c));
      items.push(publicItem(item, 'removed'));
    }
    if (oldParsed!.instructionText) caps.add('INSTR');
    if (oldParsed!.executableText !== undefined) {
      rule.capabilities.forEach((c) => caps.add(c));
      items.push({
        kind: 'file',
        capabilities: [...rule.capabilities],
        key: finding.path,
        change: 'removed',
      });
    }
  } else {
    for (const { item, change: c } of diffItems(oldParsed?.items ?? [], newParsed!.items)) {
      items.push(publicItem(item, c));
      if (c === 'removed') {
        if (item.capabilities.includes('PERM')) caps.add('PERM'); // a removed deny rule loosens permissions
        continue;
      }
      item.capabilities.forEach((cap) => caps.add(cap));
      flags.push(...itemFlags(item));
      if (item.kind === 'env' && item.event && isIdentityEnv(item.event))
        (finding.suppression ??= []).push(`env.${item.event}`);
    }
    const oldInstr = oldParsed?.instructionText ?? '';
    if ((newParsed!.instructionText ?? '') !== oldInstr) caps.add('INSTR');
    const newExec = newParsed!.executableText;
    if (newExec !== undefined && newExec !== (oldParsed?.executableText ?? undefined)) {
      rule.capabilities.forEach((c) => caps.add(c));
      const added = addedLines(oldParsed?.executableText, newExec);
      items.push({
        kind: 'file',
        capabilities: [...rule.capabilities],
        key: finding.path,
        change: oldParsed ? 'changed' : 'added',
        value: lineStats(oldParsed?.executableText, newExec),
      });
      if (rule.capabilities.includes('EXEC')) flags.push(...textFlags(added));
      // Hook executables named after their event (`.clinerules/hooks/TaskStart`).
      const event = posix.basename(finding.path).replace(/\.[^.]*$/, '');
      if (rule.capabilities.includes('EXEC') && isAutoRunEvent(event)) {
        flags.push({ flag: 'auto-run', reason: `${event} hook runs without a user action: ${finding.path}` });
      }
    }
    if (newParsed!.instructionText !== undefined && newSide.text !== undefined) {
      const hidden = introducedHidden(oldSide?.text, newSide.text);
      if (hidden.length) {
        finding.hiddenUnicode = hidden;
        flags.push({
          flag: 'hidden-unicode',
          reason: `invisible or bidirectional Unicode on line ${hidden.map((h) => h.line).join(', ')}`,
        });
      }
    }
    const suppression = newParsed!.suppression.filter((s) => !(oldParsed?.suppression ?? []).includes(s));
    if (suppression.length) finding.suppression = [...(finding.suppression ?? []), ...suppression];
    const keys = changedKeys(oldParsed?.document, newParsed!.document);
    if (keys.length) finding.changedKeys = keys;
  }
  // Text that cannot be parsed is still scanned for hidden characters when it is instruction-like.
  if (
    subject.parse.status === 'error' &&
    newSide?.text !== undefined &&
    rule.capabilities.includes('INSTR')
  ) {
    const hidden = findHidden(newSide.text);
    if (hidden.length) finding.hiddenUnicode = hidden;
  }
  if (rule.autoRun && caps.has('EXEC') && !flags.some((f) => f.flag === 'auto-run') && newSide) {
    flags.push({
      flag: 'auto-run',
      reason: `${rule.tool} runs ${finding.path} by itself when a session starts`,
    });
  }

  if (!rule.reportAll && subject.parse.status === 'ok' && items.length === 0) return undefined;
  finding.capabilities = CAPABILITY_ORDER.filter((c) => caps.has(c));
  if (items.length > MAX_ITEMS_PER_FINDING) finding.itemsOmitted = items.length - MAX_ITEMS_PER_FINDING;
  if (items.length) finding.items = items.slice(0, MAX_ITEMS_PER_FINDING);
  setRisk(finding, flags);
  return finding;
}

function publicItem(item: ParsedItem, change: SurfaceItem['change']): SurfaceItem {
  return {
    kind: item.kind,
    capabilities: [...item.capabilities],
    key: item.key,
    change,
    ...(item.event !== undefined ? { event: item.event } : {}),
    ...(item.command !== undefined ? { command: item.command } : {}),
    ...(item.url !== undefined ? { url: item.url } : {}),
    ...(item.value !== undefined ? { value: item.value } : {}),
  };
}

function lineStats(oldText: string | undefined, newText: string): string {
  const added = addedLines(oldText, newText).split('\n').filter(Boolean).length;
  const removed = oldText === undefined ? 0 : addedLines(newText, oldText).split('\n').filter(Boolean).length;
  return `+${added} -${removed} lines`;
}

function setRisk(finding: SurfaceFinding, flags: Flagged[]): void {
  const unique = new Map<string, Flagged>();
  for (const f of flags) if (!unique.has(`${f.flag}|${f.reason}`)) unique.set(`${f.flag}|${f.reason}`, f);
  const list = [...unique.values()];
  // A deletion lists what the removed content could do, but removing it gives nothing new: low unless flagged.
  const items = finding.items ?? [];
  const removal =
    finding.change === 'deleted' || (items.length > 0 && items.every((i) => i.change === 'removed'));
  const risk: SurfaceRisk = list.length
    ? 'high'
    : !removal && finding.capabilities.some((c) => c !== 'INSTR')
      ? 'medium'
      : 'low';
  finding.risk = risk;
  if (list.length) {
    finding.flags = [...new Set(list.map((f) => f.flag))];
    finding.reasons = list.map((f) => f.reason);
  }
}

function riskRank(r: SurfaceRisk | undefined): number {
  return r === 'high' ? 0 : r === 'medium' ? 1 : 2;
}

/** Top-level keys (and keys one level down) whose value differs. */
function changedKeys(oldDoc: unknown, newDoc: unknown): string[] {
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(newDoc) || (oldDoc !== undefined && !isObj(oldDoc))) return [];
  const before = (oldDoc ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  for (const k of new Set([...Object.keys(before), ...Object.keys(newDoc)])) {
    const a = before[k];
    const b = newDoc[k];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (isObj(a) && isObj(b)) {
      for (const k2 of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[k2]) !== JSON.stringify(b[k2])) out.push(`${k}.${k2}`);
      }
    } else out.push(k);
    if (out.length >= 50) break;
  }
  return out.slice(0, 50);
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers: changed files that a surface's command runs

async function addHelpers(
  findings: SurfaceFinding[],
  atHead: Side[],
  changedByPath: Map<string, RawChange>,
  reader: BlobReader,
): Promise<void> {
  const byPath = new Map(findings.map((f) => [f.path, f]));
  const helpers = new Map<
    string,
    {
      change: RawChange;
      refs: {
        path: string;
        key: string;
        command: string;
        tool: string;
        autoRun: boolean;
        imported: boolean;
      }[];
    }
  >();
  for (const s of atHead) {
    const kind = effectiveKind(s.rule.parser, s.path, s.blob?.content);
    const dirs =
      kind === 'package-json'
        ? [posix.dirname(s.path) === '.' ? '' : posix.dirname(s.path)]
        : baseDirsFor(s.path);
    for (const item of s.parsed?.items ?? []) {
      const command = item.imported ? `@${item.value}` : item.command;
      if (command === undefined || !(item.instructed || item.imported || item.capabilities.includes('EXEC')))
        continue;
      const targets = item.imported
        ? importPaths(item.value ?? '', s.path)
        : commandPaths(command, dirs, item.instructed === true);
      for (const p of targets) {
        const change = changedByPath.get(p);
        if (!change || p === s.path) continue;
        const ref = {
          path: s.path,
          key: item.key,
          command,
          tool: s.rule.tool,
          autoRun:
            !item.instructed && !item.imported && (isAutoRunEvent(item.event) || s.rule.autoRun === true),
          imported: item.imported === true,
        };
        const surface = byPath.get(p);
        if (surface) {
          const list = (surface.referencedBy ??= []);
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
      ...(c.oldOid && c.oldMode !== GITLINK ? [c.oldOid] : []),
      ...(c.newOid && c.newMode !== GITLINK ? [c.newOid] : []),
    ]),
  );
  for (const [path, { change, refs }] of helpers) {
    refs.sort((a, b) => a.path.localeCompare(b.path));
    const oldBlob = change.oldOid ? blobs.get(change.oldOid) : undefined;
    const newBlob = change.newOid ? blobs.get(change.newOid) : undefined;
    const tools = [...new Set(refs.map((r) => r.tool))];
    // Only imported as instructions: INSTR; run by any command: EXEC.
    const instructionsOnly = refs.every((r) => r.imported);
    const cap: SurfaceCapability = instructionsOnly ? 'INSTR' : 'EXEC';
    const finding: SurfaceFinding = {
      path,
      ...(change.status === 'R' ? { oldPath: change.oldPath } : {}),
      rule: instructionsOnly ? REFERENCED_INSTRUCTIONS_RULE : REFERENCED_HELPER_RULE,
      tool: tools[0]!,
      ...(tools.length > 1 ? { tools } : {}),
      change: changeKind(change),
      capabilities: [cap],
      ...(oldBlob ? { oldSha256: oldBlob.sha256, oldSize: oldBlob.size } : {}),
      ...(newBlob ? { newSha256: newBlob.sha256, newSize: newBlob.size } : {}),
      commits: [],
      parse:
        newBlob && !newBlob.content
          ? { status: 'too-large', message: `${newBlob.size} bytes; content is not scanned` }
          : { status: 'ok' },
      referencedBy: refs.map(({ path: p, key, command }) => ({ path: p, key, command })),
    };
    const flags: Flagged[] = [];
    // A helper that a session-start hook or folder-open task runs, runs without a user action too.
    for (const r of refs.filter((x) => x.autoRun && newBlob)) {
      flags.push({
        flag: 'auto-run',
        reason: `runs without a user action, from ${r.path} ${r.key}: ${r.command}`,
      });
    }
    const newText = text(newBlob);
    if (newText !== undefined) {
      const oldText = text(oldBlob);
      if (instructionsOnly) {
        const hidden = introducedHidden(oldText, newText);
        if (hidden.length) {
          finding.hiddenUnicode = hidden;
          flags.push({
            flag: 'hidden-unicode',
            reason: `invisible or bidirectional Unicode on line ${hidden.map((h) => h.line).join(', ')}`,
          });
        }
      } else flags.push(...textFlags(addedLines(oldText, newText)));
      finding.items = [
        {
          kind: 'file',
          capabilities: [cap],
          key: path,
          change: oldBlob ? 'changed' : 'added',
          value: lineStats(oldText, newText),
        },
      ];
    } else if (!newBlob) {
      finding.items = [{ kind: 'file', capabilities: [cap], key: path, change: 'removed' }];
    }
    setRisk(finding, flags);
    findings.push(finding);
  }
}

/** Where an `@import` in an instruction file points: relative to that file, or to the repository root. */
function importPaths(target: string, from: string): string[] {
  const rel = normalizeRepoPath(target);
  if (!rel) return [];
  const dir = posix.dirname(from);
  const fromFile = posix.normalize(dir === '.' ? rel : `${dir}/${rel}`);
  return fromFile.startsWith('../') ? [rel] : [...new Set([fromFile, rel])];
}

/** Text content, or undefined for binary or unread content (no text red flags are read from those). */
function text(blob: Blob | undefined): string | undefined {
  if (!blob?.content) return undefined;
  if (blob.content.subarray(0, 8000).includes(0)) return undefined;
  return blob.content.toString('utf8');
}

// ---------------------------------------------------------------------------------------------------------------
// Commits

async function addCommits(
  repoPath: string,
  base: string | undefined,
  head: string,
  findings: SurfaceFinding[],
  attributionOf: AttributionOf | undefined,
): Promise<void> {
  if (findings.length === 0) return;
  const wanted = new Set(findings.flatMap((f) => [f.path, ...(f.oldPath ? [f.oldPath] : [])]));
  const byPath = new Map<string, Set<string>>();
  const position = new Map<string, number>(); // git log order: newest first
  for (const { sha, paths } of await commitsWithPaths(repoPath, base, head, [...wanted])) {
    position.set(sha, position.size);
    for (const p of paths) {
      if (!wanted.has(p)) continue;
      const set = byPath.get(p) ?? new Set<string>();
      set.add(sha);
      byPath.set(p, set);
    }
  }
  for (const f of findings) {
    const shas = new Set([
      ...(byPath.get(f.path) ?? []),
      ...(f.oldPath ? (byPath.get(f.oldPath) ?? []) : []),
    ]);
    f.commits = [...shas].sort((a, b) => position.get(a)! - position.get(b)!);
  }
  if (attributionOf) attachAttribution(findings, attributionOf);
}

/**
 * Puts each finding's commits with their agent attribution on it (`commitDetails`). Exported so a caller
 * whose attribution is only final after the detection (GitHub evidence upgrades) can attach it then.
 */
export function attachAttribution(findings: SurfaceFinding[], attributionOf: AttributionOf): void {
  for (const f of findings) {
    f.commitDetails = f.commits.map((sha) => ({ sha, agents: attributionOf(sha)?.agents ?? [] }));
  }
}

/** Surface paths each commit touched, for the statement's per-commit annotations. */
export function surfacePathsByCommit(findings: SurfaceFinding[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of findings) {
    for (const sha of f.commits) {
      const list = out.get(sha) ?? [];
      if (!list.includes(f.path)) list.push(f.path);
      out.set(sha, list);
    }
  }
  return out;
}

const STATEMENT_ITEMS = 20;
const STATEMENT_TEXT = 200;
const STATEMENT_LIST = 10;

/**
 * A finding sized for the signed statement (a few KiB at most): at most 20 items and 10 reasons, references and
 * hidden-character lines, texts cut to 200 characters, no `commitDetails` (the statement's per-commit entries
 * already carry each commit's attribution).
 */
export function compactFinding(f: SurfaceFinding): SurfaceFinding {
  const cut = (t: string | undefined): string | undefined =>
    t === undefined || t.length <= STATEMENT_TEXT ? t : `${t.slice(0, STATEMENT_TEXT)}…`;
  const { commitDetails: _details, ...rest } = f;
  const out: SurfaceFinding = { ...rest };
  if (f.items) {
    out.items = f.items.slice(0, STATEMENT_ITEMS).map((i) => {
      const c: SurfaceItem = { ...i };
      for (const k of ['command', 'url', 'value'] as const) if (c[k] !== undefined) c[k] = cut(c[k]);
      return c;
    });
    const omitted = (f.itemsOmitted ?? 0) + Math.max(0, f.items.length - STATEMENT_ITEMS);
    if (omitted) out.itemsOmitted = omitted;
  }
  if (f.reasons) out.reasons = f.reasons.slice(0, STATEMENT_LIST).map((r) => cut(r)!);
  if (f.referencedBy) {
    out.referencedBy = f.referencedBy
      .slice(0, STATEMENT_LIST)
      .map((r) => ({ ...r, command: cut(r.command)! }));
  }
  if (f.hiddenUnicode) out.hiddenUnicode = f.hiddenUnicode.slice(0, STATEMENT_LIST);
  if (f.changedKeys) out.changedKeys = f.changedKeys.slice(0, STATEMENT_LIST);
  return out;
}
