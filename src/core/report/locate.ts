/**
 * Line numbers for report locations, computed from the file content at head: where a config surface entry
 * sits (its command text, else its key path), and the files that exist there. Content is only searched,
 * never interpreted.
 */
import { AgentAttestError } from '../errors.js';
import { listTree, readBlob } from '../git/range.js';
import type { SurfaceFinding, SurfaceItem } from '../surfaces/types.js';

/** The files of the head revision a report points into. */
export interface HeadFiles {
  revision: string;
  /** Whether the path is a file at head (deleted files cannot carry a line). */
  exists(path: string): boolean;
  /** The text of the file at head (bounded), or undefined when absent, too large or not read. */
  text(path: string): string | undefined;
}

/** Surface files larger than this are located at line 1 (their items are not searched). */
export const MAX_LOCATE_BYTES = 1024 * 1024;

/** Reads the surface files of a scan at head (one blob each) and lists head's files once. */
export async function readHeadFiles(
  repoPath: string,
  revision: string,
  findings: readonly SurfaceFinding[],
): Promise<HeadFiles> {
  const all = await listTree(repoPath, revision, []);
  if (all.length === 0 && findings.length > 0)
    throw new AgentAttestError('GIT_ERROR', `cannot list the files of ${revision} in ${repoPath}`);
  const files = new Set(all);
  const texts = new Map<string, string>();
  for (const f of findings) {
    if (!files.has(f.path) || texts.has(f.path)) continue;
    const blob = await readBlob(repoPath, revision, f.path, MAX_LOCATE_BYTES);
    if (blob) texts.set(f.path, blob.toString('utf8'));
  }
  return { revision, exists: (p) => files.has(p), text: (p) => texts.get(p) };
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The key path's names, without array indexes: `tasks[build].command` → tasks, build, command. */
function keyNames(key: string): string[] {
  return key
    .split(/[.[\]]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^\d+$/.test(s));
}

/**
 * The line of a surface entry in `text`: where its command (or URL, or value) is written — as is or in its
 * JSON-escaped form — else where its key names appear one after another (`hooks` … `SessionStart`), else
 * undefined. Text search rather than one parser per format: every surface format writes keys and values
 * literally, and the result is only a location.
 */
export function itemLine(text: string, item: SurfaceItem): number | undefined {
  const literal = item.command ?? item.url ?? item.value;
  if (literal !== undefined) {
    const first = literal.split('\n', 1)[0]!.trim();
    if (first.length >= 3 && !first.includes('<redacted>')) {
      for (const form of [first, JSON.stringify(first).slice(1, -1)]) {
        const at = text.indexOf(form);
        if (at !== -1) return lineAt(text, at);
      }
    }
  }
  let from = 0;
  let found: number | undefined;
  for (const name of keyNames(item.key)) {
    const at = findName(text, name, from);
    if (at === -1) break;
    found = at;
    from = at + name.length;
  }
  return found === undefined ? undefined : lineAt(text, found);
}

/** A key name as a word (not inside a longer name). */
function findName(text: string, name: string, from: number): number {
  for (let at = text.indexOf(name, from); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if ((before === undefined || !/[\w-]/.test(before)) && (after === undefined || !/[\w-]/.test(after)))
      return at;
  }
  return -1;
}
