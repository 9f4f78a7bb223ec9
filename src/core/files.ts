import { constants } from 'node:fs';
import { access, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AgentAttestError, messageOf, type ErrorCode } from './errors.js';

/**
 * Reads a text file the user named; a missing or unreadable file is a one-line usage error (exit 2) that
 * names the input (`what`) and says what to pass instead (`fix`).
 */
export async function readInputFile(
  path: string,
  what: string,
  fix: string,
  code: ErrorCode,
): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AgentAttestError(
      missing ? 'FILE_NOT_FOUND' : code,
      `${what} ${path}: ${missing ? 'no such file' : messageOf(e)}; ${fix}`,
      { cause: e },
    );
  }
}

/**
 * `mkdir -p` that cannot hang: Node's recursive mkdir loops forever on a parent that exists but refuses
 * children with ENOENT (`/proc/x`). Creates each missing level in turn; errors keep their `code`.
 */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ;) {
    const found = await stat(d).catch((e: NodeJS.ErrnoException) => {
      // ENOTDIR: a file further up; the walk reaches it and says so.
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return undefined;
      throw e;
    });
    if (found) {
      if (!found.isDirectory()) {
        throw Object.assign(new Error(`ENOTDIR: ${d} is not a directory`), { code: 'ENOTDIR', path: d });
      }
      break;
    }
    missing.push(d);
    const parent = path.dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
}

/**
 * Why `file` cannot be written, or undefined when it looks writable: an existing directory, a parent that is
 * a file, or no write permission where it would be created. Checked before work that cannot be undone (a
 * signature in a public log), so a typo in an output path costs nothing.
 */
export async function unwritableReason(file: string): Promise<string | undefined> {
  const target = path.resolve(file);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) return 'it is a directory';
  if (existing) return (await writable(target)) ? undefined : 'it is not writable';
  for (let d = path.dirname(target); ; d = path.dirname(d)) {
    const found = await stat(d).catch(() => undefined);
    if (found) {
      if (!found.isDirectory()) return `${d} is a file, not a directory`;
      return (await writable(d, constants.W_OK | constants.X_OK)) ? undefined : `${d} is not writable`;
    }
    if (path.dirname(d) === d) return `${d} does not exist`;
  }
}

async function writable(p: string, mode: number = constants.W_OK): Promise<boolean> {
  return access(p, mode).then(
    () => true,
    () => false,
  );
}
