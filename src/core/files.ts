/**
 * Files the user names (bundles, trusted roots, policies, checksums, artifacts): regular files only, read with a
 * byte limit that counts the bytes actually read. A FIFO, socket, device (`/dev/zero`) or directory is refused
 * before a single byte is read — opening is non-blocking, so a FIFO without a writer cannot hang the run — and a
 * stat size proves nothing (`/proc` files report 0), so the limit is enforced while reading.
 */
import { constants, type Stats } from 'node:fs';
import { access, mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import nodePath from 'node:path';
import { AgentAttestError, messageOf, type ErrorCode } from './errors.js';

/** Default cap for a text input read whole (trusted roots and the like are kilobytes). */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/** How an input is named in errors: `what` it is, the `fix` to say, and the code of a bad (not missing) file. */
export interface InputFileName {
  what: string;
  fix: string;
  code: ErrorCode;
  /** The fix when a directory was given (default: `fix`). */
  directoryFix?: (path: string) => string;
}

function inputError(path: string, name: InputFileName, problem: string, code = name.code, cause?: unknown) {
  return new AgentAttestError(code, `${name.what} ${path}: ${problem}; ${name.fix}`, { cause });
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** Opens a regular file for reading; anything else is refused (exit 2) before reading. */
export async function openInputFile(path: string, name: InputFileName): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw inputError(path, name, 'no such file', 'FILE_NOT_FOUND', e);
    // A socket cannot be opened at all (ENXIO): say what it is.
    const kind = await stat(path).then(
      (s) => (s.isFile() ? undefined : kindOf(s)),
      () => undefined,
    );
    throw inputError(path, name, kind ? `is ${kind}, not a regular file` : messageOf(e), name.code, e);
  }
  const info = await handle.stat();
  if (info.isDirectory()) {
    await handle.close();
    throw new AgentAttestError(
      'INPUT_INVALID',
      `${name.what} ${path}: is a directory; ${name.directoryFix?.(path) ?? name.fix}`,
    );
  }
  if (!info.isFile()) {
    await handle.close();
    throw inputError(path, name, `is ${kindOf(info)}, not a regular file`);
  }
  return handle;
}

/** Chunks of a regular file, at most `maxBytes` in all (counted as read); more is an error naming the input. */
export async function* readInputChunks(
  path: string,
  name: InputFileName,
  maxBytes = Number.POSITIVE_INFINITY,
): AsyncGenerator<Buffer> {
  const handle = await openInputFile(path, name);
  try {
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) return;
      total += bytesRead;
      if (total > maxBytes) throw inputError(path, name, `is larger than ${formatBytes(maxBytes)}`);
      yield bytesRead === CHUNK ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** The whole file as bytes, refused past `maxBytes`. */
export async function readInputBytes(
  path: string,
  name: InputFileName,
  maxBytes = DEFAULT_MAX_INPUT_BYTES,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of readInputChunks(path, name, maxBytes)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Reads a text file the user named; a missing, unreadable, non-regular or oversized file is a one-line usage
 * error (exit 2) that names the input (`what`) and says what to pass instead (`fix`).
 */
export async function readInputFile(
  path: string,
  what: string,
  fix: string,
  code: ErrorCode,
  maxBytes = DEFAULT_MAX_INPUT_BYTES,
): Promise<string> {
  return (await readInputBytes(path, { what, fix, code }, maxBytes)).toString('utf8');
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/**
 * `mkdir -p` that cannot hang: Node's recursive mkdir loops forever on a parent that exists but refuses
 * children with ENOENT (`/proc/x`). Creates each missing level in turn; errors keep their `code`.
 */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = nodePath.resolve(dir); ;) {
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
    const parent = nodePath.dirname(d);
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
  const target = nodePath.resolve(file);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) return 'it is a directory';
  if (existing) return (await writable(target)) ? undefined : 'it is not writable';
  for (let d = nodePath.dirname(target); ; d = nodePath.dirname(d)) {
    const found = await stat(d).catch(() => undefined);
    if (found) {
      if (!found.isDirectory()) return `${d} is a file, not a directory`;
      return (await writable(d, constants.W_OK | constants.X_OK)) ? undefined : `${d} is not writable`;
    }
    if (nodePath.dirname(d) === d) return `${d} does not exist`;
  }
}

async function writable(p: string, mode: number = constants.W_OK): Promise<boolean> {
  return access(p, mode).then(
    () => true,
    () => false,
  );
}
