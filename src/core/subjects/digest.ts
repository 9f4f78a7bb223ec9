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

/**
 * Hex digest of one file. Self-contained: serialized into the worker source (see the module comment).
 * `size` (from an earlier stat; -1 when unknown) picks the path: a small file is one synchronous read
 * (a short read of a regular file is its end), anything else is streamed.
 */
async function hashOne(
  deps: HashDeps,
  file: string,
  size: number,
  algorithm: string,
  chunkSize: number,
  smallFile: number,
  state: HashState,
): Promise<string> {
  const hash = deps.createHash(algorithm);
  if (size >= 0 && size <= smallFile) {
    const fd = deps.fs.openSync(file, 'r');
    try {
      if (!state.small) state.small = Buffer.allocUnsafe(smallFile + 1);
      const buf = state.small;
      let position = 0;
      let n;
      do {
        n = deps.fs.readSync(fd, buf, 0, buf.length, position);
        position += n;
        hash.update(buf.subarray(0, n));
      } while (n === buf.length); // grew since the stat: keep reading
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
parentPort.on('message', async ({ files, sizes, algorithm, chunkSize, smallFile }) => {
  const digests = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    try {
      digests.push(await hashOne(deps, file, sizes[i], algorithm, chunkSize, smallFile, state));
    } catch (e) {
      parentPort.postMessage({ error: { file, message: String(e && e.message), code: e && e.code } });
      return;
    }
  }
  parentPort.postMessage({ digests });
});
`;

export interface DigestOptions {
  /** Threads that hash, this one included; default one per core. 1 hashes everything on this thread. */
  threads?: number;
  /** File sizes from an earlier stat: small files then take the one-read path, batches balance bytes. */
  sizes?: number[];
  /** Called with the number of files hashed so far (a progress indicator). */
  onHashed?: (files: number) => void;
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
    return await hashOne({ fs, fsp, createHash }, file, -1, algorithm, CHUNK_SIZE, SMALL_FILE, {});
  } catch (e) {
    throw fileError(file, e);
  }
}

/**
 * Hex digests of `files` (same order). This thread hashes too, so the workers' start-up overlaps useful
 * work; workers are started only when there is enough to share (many files or much data).
 */
export async function digestFiles(
  files: string[],
  algorithm: DigestAlgorithm = 'sha256',
  options: DigestOptions = {},
): Promise<string[]> {
  const sizes = files.map((_, i) => options.sizes?.[i] ?? -1);
  const totalBytes = options.sizes ? sizes.reduce((a, b) => a + b, 0) : Number.POSITIVE_INFINITY;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length));
  const worthSharing = files.length >= 32 || totalBytes >= 64 * 1024 * 1024;
  const workers = Array.from(
    { length: worthSharing ? threads - 1 : 0 },
    () => new Worker(WORKER_SOURCE, { eval: true }),
  );
  const queue = batches(sizes);
  const results = new Array<string>(files.length);
  let next = 0;
  const take = () => (next < queue.length ? queue[next++] : undefined);
  let hashed = 0;
  const done = (n: number) => options.onHashed?.((hashed += n));

  const hashHere = async () => {
    const state: HashState = {};
    for (let batch = take(); batch; batch = take()) {
      for (const i of batch) {
        try {
          results[i] = await hashOne(
            { fs, fsp, createHash },
            files[i]!,
            sizes[i]!,
            algorithm,
            CHUNK_SIZE,
            SMALL_FILE,
            state,
          );
        } catch (e) {
          throw fileError(files[i]!, e);
        }
        done(1);
      }
      // Yield between batches so the workers' replies are taken and they are handed more.
      if (workers.length > 0) await new Promise((r) => setImmediate(r));
    }
  };

  const feed = async (worker: Worker) => {
    for (let batch = take(); batch; batch = take()) {
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        const onError = (e: Error) => reject(e);
        const onExit = (code: number) => reject(new Error(`digest worker exited with code ${code}`));
        worker.once('error', onError);
        worker.once('exit', onExit);
        worker.once('message', (m: WorkerReply) => {
          worker.off('error', onError);
          worker.off('exit', onExit);
          resolve(m);
        });
        const b = batch;
        worker.postMessage({
          files: b.map((i) => files[i]),
          sizes: b.map((i) => sizes[i]),
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
      done(batch.length);
    }
  };

  try {
    await Promise.all([hashHere(), ...workers.map(feed)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

interface WorkerReply {
  digests?: string[];
  error?: { file: string; message: string; code?: string };
}

/** Batches of about 128 files or 64 MiB: small enough to balance, large enough to amortise a message. */
function batches(sizes: number[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    current.push(i);
    bytes += Math.max(0, sizes[i]!);
    if (current.length >= 128 || bytes >= 64 * 1024 * 1024) {
      out.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}
