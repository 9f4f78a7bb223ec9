/**
 * Streamed file digests. One file: hashed on this thread with large double-buffered reads (the next read
 * is in flight while the current chunk is hashed). Many files: a pool of worker threads, one per core, fed
 * batches, so small-file syscalls and hashing use every core.
 *
 * Our dist is an esbuild bundle, so a worker cannot point at a separate file: its source is built from
 * `hashOne.toString()` and started with `eval: true`. That is why `hashOne` touches nothing but its
 * parameters (node builtins are passed in) — keep it that way.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AgentAttestError } from '../errors.js';

export type DigestAlgorithm = 'sha256' | 'sha512';

/** Reads this large; measured: 4 MiB keeps the reader ahead of SHA-256 without wasting memory. */
export const CHUNK_SIZE = 4 * 1024 * 1024;
/** Files up to this size are read in one synchronous call (cheaper than four async round trips). */
const SMALL_FILE = 1024 * 1024;

interface HashDeps {
  fs: typeof fs;
  fsp: typeof fsp;
  createHash: typeof createHash;
}
interface HashState {
  small?: Buffer;
  big?: [Buffer, Buffer];
}

/** Hex digest of one file. Self-contained: serialized into the worker source (see the module comment). */
async function hashOne(
  deps: HashDeps,
  file: string,
  algorithm: string,
  chunkSize: number,
  smallFile: number,
  state: HashState,
): Promise<string> {
  const hash = deps.createHash(algorithm);
  const size = deps.fs.statSync(file).size;
  if (size <= smallFile) {
    const fd = deps.fs.openSync(file, 'r');
    try {
      if (!state.small) state.small = Buffer.allocUnsafe(smallFile + 1);
      const buf = state.small;
      let n;
      while ((n = deps.fs.readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
    } finally {
      deps.fs.closeSync(fd);
    }
    return hash.digest('hex');
  }
  const handle = await deps.fsp.open(file, 'r');
  try {
    if (!state.big) state.big = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
    let [current, spare] = state.big;
    let position = 0;
    let pending = handle.read(current, 0, chunkSize, position);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      position += bytesRead;
      // Start the next read into the spare buffer, then hash this one while it runs.
      pending = handle.read(spare, 0, chunkSize, position);
      hash.update(current.subarray(0, bytesRead));
      [current, spare] = [spare, current];
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const deps = { fs: require('node:fs'), fsp: require('node:fs/promises'), createHash: require('node:crypto').createHash };
const hashOne = (${hashOne.toString()});
const state = {};
parentPort.on('message', async ({ id, files, algorithm, chunkSize, smallFile }) => {
  const digests = [];
  for (const file of files) {
    try {
      digests.push(await hashOne(deps, file, algorithm, chunkSize, smallFile, state));
    } catch (e) {
      parentPort.postMessage({ id, error: { file, message: String(e && e.message), code: e && e.code } });
      return;
    }
  }
  parentPort.postMessage({ id, digests });
});
`;

export interface DigestOptions {
  /** Worker threads to use; default: one per core. 0 hashes everything on this thread. */
  workers?: number;
}

function fileError(file: string, e: unknown): AgentAttestError {
  const err = e as { code?: string; message?: string };
  const why =
    err.code === 'ENOENT'
      ? 'it no longer exists'
      : err.code === 'EACCES'
        ? 'permission denied'
        : String(err.message);
  return new AgentAttestError('SUBJECT_INVALID', `cannot read subject file '${file}': ${why}`, { cause: e });
}

/** Hex digest of one file, on this thread. */
export async function digestFile(file: string, algorithm: DigestAlgorithm = 'sha256'): Promise<string> {
  try {
    return await hashOne({ fs, fsp, createHash }, file, algorithm, CHUNK_SIZE, SMALL_FILE, {});
  } catch (e) {
    throw fileError(file, e);
  }
}

/**
 * Hex digests of `files` (same order). `sizes`, when known, lets large files be balanced across workers
 * and decides whether a pool is worth starting at all.
 */
export async function digestFiles(
  files: string[],
  algorithm: DigestAlgorithm = 'sha256',
  options: DigestOptions & { sizes?: number[] } = {},
): Promise<string[]> {
  const totalBytes = options.sizes?.reduce((a, b) => a + b, 0) ?? Number.POSITIVE_INFINITY;
  const poolSize = Math.min(options.workers ?? availableParallelism(), files.length);
  // A worker costs a few ms to start: not worth it for one file or a handful of small ones.
  if (poolSize < 2 || (files.length < 32 && totalBytes < 64 * 1024 * 1024)) {
    const state: HashState = {};
    const out: string[] = [];
    for (const file of files) {
      try {
        out.push(await hashOne({ fs, fsp, createHash }, file, algorithm, CHUNK_SIZE, SMALL_FILE, state));
      } catch (e) {
        throw fileError(file, e);
      }
    }
    return out;
  }
  return digestInPool(files, algorithm, poolSize, options.sizes);
}

/** Batches of about 64 files or 64 MiB, handed out to whichever worker is free. */
function batches(files: string[], sizes: number[] | undefined): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (let i = 0; i < files.length; i++) {
    current.push(i);
    bytes += sizes?.[i] ?? 0;
    if (current.length >= 64 || bytes >= 64 * 1024 * 1024) {
      out.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

async function digestInPool(
  files: string[],
  algorithm: DigestAlgorithm,
  poolSize: number,
  sizes: number[] | undefined,
): Promise<string[]> {
  const queue = batches(files, sizes);
  const results = new Array<string>(files.length);
  const workers = Array.from({ length: poolSize }, () => new Worker(WORKER_SOURCE, { eval: true }));
  try {
    let next = 0;
    await Promise.all(
      workers.map(async (worker) => {
        while (next < queue.length) {
          const id = next++;
          const batch = queue[id]!;
          const reply = await new Promise<{
            digests?: string[];
            error?: { file: string; message: string; code?: string };
          }>((resolve, reject) => {
            const onError = (e: Error) => reject(e);
            worker.once('error', onError);
            worker.once('message', (m) => {
              worker.off('error', onError);
              resolve(m);
            });
            worker.postMessage({
              id,
              files: batch.map((i) => files[i]),
              algorithm,
              chunkSize: CHUNK_SIZE,
              smallFile: SMALL_FILE,
            });
          });
          if (reply.error)
            throw fileError(
              reply.error.file,
              Object.assign(new Error(reply.error.message), { code: reply.error.code }),
            );
          batch.forEach((fileIndex, k) => (results[fileIndex] = reply.digests![k]!));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
