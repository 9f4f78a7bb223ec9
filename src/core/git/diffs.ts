/**
 * Changed paths and line counts for selected commits, from one long-lived
 * `git diff-tree --stdin --numstat -z` process fed commit ids as the scan finds them. Only the
 * commits that need it (agent commits) pay for a diff; git log's stream is never slowed by diffs.
 */
import { once } from 'node:events';
import { AgentAttestError } from '../errors.js';
import { spawnGit } from './run.js';
import { NulTokenizer, type NumstatEntry } from './tokens.js';

export interface CommitDiff {
  sha: string;
  files: NumstatEntry[];
  /** Files beyond the cap (counted in the line totals, paths not kept). */
  filesOmitted: number;
  linesAdded: number;
  linesRemoved: number;
}

/** Paths kept per commit: a 100,000-file vendoring commit must not hold every path in memory. */
export const MAX_FILES_PER_COMMIT = 2000;

const TAB = 9;
const NEWLINE = 10;
const DASH = 45;

/** The commit id of a header token (`\n?` then 40 or 64 lowercase hex digits), or undefined. */
function shaOf(bytes: Buffer, start: number, end: number): string | undefined {
  if (bytes[start] === NEWLINE) start++;
  const n = end - start;
  if (n !== 40 && n !== 64) return undefined;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return undefined;
  }
  return bytes.toString('latin1', start, end);
}

/** `added` or `removed` of a numstat line: digits or `-` (binary: 0) up to a tab; [value, tab index] or undefined. */
function countAt(bytes: Buffer, start: number, end: number): [number, number] | undefined {
  if (bytes[start] === DASH) return bytes[start + 1] === TAB && start + 1 < end ? [0, start + 1] : undefined;
  let v = 0;
  let i = start;
  for (; i < end; i++) {
    const c = bytes[i]!;
    if (c === TAB) break;
    if (c < 48 || c > 57) return undefined;
    v = v * 10 + (c - 48);
  }
  return i > start && i < end ? [v, i] : undefined;
}

export class DiffReader {
  private readonly child;
  /** Outstanding requests, in order (callbacks, not promises: 20,000 pending promises are memory we do not need). */
  private readonly queue: Array<{ sha: string; onDiff: (d: CommitDiff) => void }> = [];
  private queueHead = 0;
  private current: CommitDiff | undefined;
  /** A rename's counts, waiting for its old path (then its new path): `A\tR\t` NUL old NUL new NUL. */
  private rename: { added: number; removed: number; oldPath?: string } | undefined;
  private failed: Error | undefined;
  /** Requests are written in batches: one write per commit costs more than git's diff. */
  private unsent = '';
  private flushScheduled = false;
  /** A caller waiting for the outstanding requests to fall to `below` (backpressure, see whenBelow). */
  private waiter: { below: number; resolve: () => void; reject: (e: Error) => void } | undefined;

  constructor(repoPath: string) {
    // -r: whole tree; -M: renames as one entry; --root: the root commit diffs against the empty tree;
    // --always: a header even for empty diffs, so every request gets exactly one answer. Merges get an
    // empty answer (git's default for diff-tree without -m): their changes belong to the merged commits.
    this.child = spawnGit(repoPath, [
      'diff-tree',
      '--stdin',
      '-z',
      '-r',
      '-M',
      '--numstat',
      '--root',
      '--always',
      '--no-ext-diff',
      '--no-textconv',
    ]);
    const tokens = new NulTokenizer();
    const stderr: Buffer[] = [];
    this.child.stderr.on('data', (d: Buffer) => stderr.length < 64 && stderr.push(d));
    const onToken = (b: Buffer, start: number, end: number): void => this.onToken(b, start, end);
    this.child.stdout.on('data', (chunk: Buffer) => tokens.pushBytes(chunk, onToken));
    this.child.stdin.on('error', () => {});
    this.child.on('error', (e) =>
      this.fail(new AgentAttestError('GIT_ERROR', `could not run git diff-tree: ${e.message}`)),
    );
    this.child.on('close', (code) => {
      tokens.flushBytes(onToken);
      this.settleCurrent();
      if (this.outstanding > 0) {
        const first =
          Buffer.concat(stderr)
            .toString('utf8')
            .split('\n')
            .find((l) => l.trim()) ?? `exit ${code}`;
        this.fail(new AgentAttestError('GIT_ERROR', `git diff-tree failed in ${repoPath}: ${first}`));
      }
    });
  }

  /** Requests the diff of one commit; `onDiff` runs when it arrives (in request order). Errors surface in close(). */
  request(sha: string, onDiff: (d: CommitDiff) => void): void {
    if (this.failed) return;
    this.queue.push({ sha, onDiff });
    this.unsent += `${sha}\n`;
    if (this.unsent.length >= 16 * 1024) this.flush();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Requests not answered yet. */
  get outstanding(): number {
    return this.queue.length - this.queueHead;
  }

  /**
   * Resolves once at most `below` requests are outstanding; rejects with the reader's failure. The scan
   * waits here instead of queueing without bound when git diffs more slowly than it logs.
   */
  whenBelow(below: number): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.outstanding <= below) return Promise.resolve();
    this.flush();
    return new Promise((resolve, reject) => {
      this.waiter = { below, resolve, reject };
    });
  }

  private wake(): void {
    const w = this.waiter;
    if (!w || (this.outstanding > w.below && !this.failed)) return;
    this.waiter = undefined;
    if (this.failed) w.reject(this.failed);
    else w.resolve();
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.unsent === '') return;
    this.child.stdin.write(this.unsent);
    this.unsent = '';
  }

  /** Closes git's input and waits for the remaining answers; throws the first failure. */
  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const closed = once(this.child, 'close');
      this.flush();
      this.child.stdin.end();
      await closed;
    }
    if (this.failed) throw this.failed;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }

  private onToken(bytes: Buffer, start: number, end: number): void {
    if (this.rename) {
      const path = bytes.toString('utf8', start, end);
      if (this.rename.oldPath === undefined) this.rename.oldPath = path;
      else {
        const { added, removed, oldPath } = this.rename;
        this.rename = undefined;
        this.addFile({ added, removed, path, oldPath });
      }
      return;
    }
    const sha = shaOf(bytes, start, end);
    if (sha) {
      this.settleCurrent();
      this.current = { sha, files: [], filesOmitted: 0, linesAdded: 0, linesRemoved: 0 };
      return;
    }
    // `A\tR\tpath` (binary files: `-\t-\t`), a rename when the path is empty.
    const a = countAt(bytes, bytes[start] === NEWLINE ? start + 1 : start, end);
    const r = a && countAt(bytes, a[1] + 1, end);
    if (!a || !r) return;
    if (r[1] + 1 === end) this.rename = { added: a[0], removed: r[0] };
    else this.addFile({ added: a[0], removed: r[0], path: bytes.toString('utf8', r[1] + 1, end) });
  }

  private addFile(entry: NumstatEntry): void {
    if (!this.current) return;
    this.current.linesAdded += entry.added;
    this.current.linesRemoved += entry.removed;
    if (this.current.files.length < MAX_FILES_PER_COMMIT) this.current.files.push(entry);
    else this.current.filesOmitted++;
  }

  private settleCurrent(): void {
    const done = this.current;
    if (!done) return;
    this.current = undefined;
    const next = this.queue[this.queueHead];
    if (!next) return;
    this.queue[this.queueHead++] = undefined as never; // let the answered request be collected
    if (this.queueHead > 4096 && this.queueHead * 2 > this.queue.length) {
      this.queue.splice(0, this.queueHead);
      this.queueHead = 0;
    }
    if (next.sha !== done.sha)
      this.fail(new AgentAttestError('GIT_ERROR', `git diff-tree answered ${done.sha} for ${next.sha}`));
    else next.onDiff(done);
    this.wake();
  }

  private fail(e: Error): void {
    this.failed ??= e;
    this.wake();
  }
}
