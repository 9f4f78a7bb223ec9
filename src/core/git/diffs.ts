/**
 * Changed paths and line counts for selected commits (the scan asks only for agent commits, so git log's
 * stream is never slowed by diffs).
 *
 * Long-lived `git diff-tree --stdin --numstat -M -z` processes answer the requests: never restarted (a
 * fresh process would re-read from cold the trees and delta bases this one has cached); the caller bounds
 * what is outstanding (whenBelow) instead. Reading blobs for line counts is git's dearest work, so a long
 * range gets one process per core (up to MAX_DIFF_PROCESSES), each given runs of CHUNK consecutive
 * requests: a process that diffs neighbouring commits reuses the delta bases it has just inflated (runs of
 * 2,048 were as fast as halving the list between the processes; runs of 32 lost most of the gain). A range
 * with fewer than CHUNK agent commits starts one process. Each batch of requests ends with a line that is
 * not a commit id, which diff-tree echoes and flushes after: answers never sit in git's output buffer
 * while we wait for them.
 *
 * Objects git cannot read (blobs a partial clone left out, objects missing from a damaged repository) make
 * that process die. The reader then answers the requests left, and every later one, in "checked" mode,
 * in a shadow repository that sees the same objects but has no promisor remote (so git never tries to
 * fetch): a `--raw` diff (trees only) gives each commit's paths and blob ids, `cat-file --batch-check`
 * says which blobs are present, and only the commits whose blobs are all there go to a numstat diff.
 * The others keep their paths with line counts unknown (`unreadable` says why). A process that still dies
 * has its first unanswered request tried on its own, answered either way, and is restarted for the rest:
 * every failure answers a request, so the reader always finishes. Git never fetches for any of these
 * processes (all transports are refused).
 */
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { AgentAttestError } from '../errors.js';
import { gitText, runGit, spawnGit } from './run.js';
import { NulTokenizer, type NumstatEntry } from './tokens.js';

export interface CommitDiff {
  sha: string;
  files: NumstatEntry[];
  /** Files beyond the cap (counted in the line totals, paths not kept). */
  filesOmitted: number;
  linesAdded: number;
  linesRemoved: number;
  /**
   * Why git could not diff the commit's contents (a blob missing from a partial clone, a missing or damaged
   * object): its line counts are unknown (0 above). `files` lists the paths its trees name (counts 0).
   */
  unreadable?: string;
  /** Not even the commit's trees could be read: `files` is empty and its paths are unknown. */
  pathsUnknown?: boolean;
}

/** diff-tree processes at most (one per core up to this): beyond it git log and Node need the cores. */
const MAX_DIFF_PROCESSES = 4;
/** Consecutive requests given to one process before the next run goes to the least busy one. */
const CHUNK = 2048;

/** Paths kept per commit: a 100,000-file vendoring commit must not hold every path in memory. */
export const MAX_FILES_PER_COMMIT = 2000;

const TAB = 9;
const NEWLINE = 10;
const DASH = 45;
const COLON = 58;
const ZERO_OID = /^0+$/;
/** diff-tree echoes a line that is not a commit id, then flushes its output. */
const FLUSH_LINE = '\n';
/** Every git process here: no transport allowed, so a partial clone's missing objects are never fetched. */
const OFFLINE = { GIT_ALLOW_PROTOCOL: '' };

const DIFF_TREE = [
  'diff-tree',
  '--stdin',
  '-z',
  '-r',
  '--root',
  '--always',
  '--no-ext-diff',
  '--no-textconv',
];
// -M: renames as one entry. --always: a header even for empty diffs, so every request gets exactly one
// answer. Merges get an empty answer (git's default for diff-tree without -m): their changes belong to
// the merged commits. --raw without renames reads trees only, never blobs.
/** The scan's diff of a commit (exported for the scan bench's floor: git alone doing the same diffs). */
export const NUMSTAT_ARGS = [...DIFF_TREE, '-M', '--numstat'];
const RAW_ARGS = [...DIFF_TREE, '--no-renames', '--raw'];

/** Offset past the newlines diff-tree's echoed flush lines leave before a token. */
function skipNewlines(bytes: Buffer, start: number, end: number): number {
  while (start < end && bytes[start] === NEWLINE) start++;
  return start;
}

/** The commit id of a header token (40 or 64 lowercase hex digits), or undefined. */
function shaOf(bytes: Buffer, start: number, end: number): string | undefined {
  start = skipNewlines(bytes, start, end);
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

/** One answer of a diff-tree process: the diff and, for `--raw`, the blob ids it names. */
interface Answer {
  diff: CommitDiff;
  blobs: string[];
}

interface Request {
  sha: string;
  onDiff: (d: CommitDiff) => void;
  /** Checked mode: the commit's `--raw` answer (its paths, should its contents turn out unreadable). */
  raw?: CommitDiff;
}

const emptyDiff = (sha: string): CommitDiff => ({
  sha,
  files: [],
  filesOmitted: 0,
  linesAdded: 0,
  linesRemoved: 0,
});

/** Adds a file to a diff, keeping at most MAX_FILES_PER_COMMIT paths. */
function addFile(d: CommitDiff, entry: NumstatEntry): void {
  d.linesAdded += entry.added;
  d.linesRemoved += entry.removed;
  if (d.files.length < MAX_FILES_PER_COMMIT) d.files.push(entry);
  else d.filesOmitted++;
}

/** First line of git's error output, for messages. */
function firstLine(stderr: string, fallback: string): string {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line === undefined ? fallback : withoutLocalPaths(line);
}

/**
 * git names files on this machine in some errors (`packed object … (stored in /home/…/pack-….pack)`): the
 * reason goes into reports and signed statements, so an absolute path keeps only its last part.
 */
export function withoutLocalPaths(text: string): string {
  return text.replace(/(?<![\w.:/\\-])(?:[A-Za-z]:)?[\\/][^\s'"()]*[\\/]([^\s'"()\\/]+)/g, '…/$1');
}

/** Parses diff-tree's `-z` output (numstat or raw) into one Answer per commit header. */
class DiffTreeParser {
  private readonly tokens = new NulTokenizer();
  private readonly onToken = (b: Buffer, start: number, end: number): void => this.token(b, start, end);
  private current: Answer | undefined;
  /** numstat: a rename's counts, waiting for its old path, then its new path. raw: the blob ids of the entry whose path is next. */
  private pendingPath: { added: number; removed: number; oldPath?: string } | string[] | undefined;
  /** The bytes after the last NUL: how many, and whether they are newlines only (git's echoed flush lines). */
  private restLength = 0;
  private restOnlyNewlines = true;

  constructor(
    private readonly format: 'numstat' | 'raw',
    private readonly onAnswer: (a: Answer) => void,
  ) {}

  /** Every answer of a complete output. */
  static parse(format: 'numstat' | 'raw', output: Buffer): Answer[] {
    const out: Answer[] = [];
    const parser = new DiffTreeParser(format, (a) => out.push(a));
    parser.push(output);
    parser.end();
    return out;
  }

  push(chunk: Buffer): void {
    this.tokens.pushBytes(chunk, this.onToken);
    // The bytes after the last NUL are the start of the next token, or git's echo of flush lines. Only
    // newlines there, outside an entry: git has written every answer asked for so far, the current included.
    const lastNul = chunk.lastIndexOf(0);
    let onlyNewlines = true;
    for (let i = lastNul + 1; i < chunk.length && onlyNewlines; i++) onlyNewlines = chunk[i] === NEWLINE;
    if (lastNul >= 0) {
      this.restOnlyNewlines = onlyNewlines;
      this.restLength = chunk.length - lastNul - 1;
    } else {
      this.restOnlyNewlines &&= onlyNewlines;
      this.restLength += chunk.length;
    }
    if (this.restOnlyNewlines && this.restLength > 0 && !this.pendingPath) this.emit();
  }

  /** At the end of a complete output: the last answer is complete too. */
  end(): void {
    this.tokens.flushBytes(this.onToken);
    this.emit();
  }

  private token(bytes: Buffer, start: number, end: number): void {
    const pending = this.pendingPath;
    if (pending) {
      const file = bytes.toString('utf8', start, end);
      if (Array.isArray(pending)) {
        this.pendingPath = undefined;
        this.current?.blobs.push(...pending);
        this.add({ added: 0, removed: 0, path: file });
      } else if (pending.oldPath === undefined) pending.oldPath = file;
      else {
        this.pendingPath = undefined;
        this.add({ added: pending.added, removed: pending.removed, path: file, oldPath: pending.oldPath });
      }
      return;
    }
    const sha = shaOf(bytes, start, end);
    if (sha) {
      this.emit();
      this.current = { diff: emptyDiff(sha), blobs: [] };
      return;
    }
    start = skipNewlines(bytes, start, end);
    if (this.format === 'raw') {
      // `:oldmode newmode oldid newid status`, the path in the next token.
      if (bytes[start] !== COLON) return;
      const [oldMode, newMode, oldId, newId] = bytes.toString('latin1', start + 1, end).split(' ');
      const blobs: string[] = [];
      // Gitlinks (160000) name commits of another repository, not blobs of this one.
      if (oldMode !== '160000' && oldId && !ZERO_OID.test(oldId)) blobs.push(oldId);
      if (newMode !== '160000' && newId && !ZERO_OID.test(newId) && newId !== oldId) blobs.push(newId);
      this.pendingPath = blobs;
      return;
    }
    // `A\tR\tpath` (binary files: `-\t-\t`), a rename when the path is empty.
    const a = countAt(bytes, start, end);
    const r = a && countAt(bytes, a[1] + 1, end);
    if (!a || !r) return;
    if (r[1] + 1 === end) this.pendingPath = { added: a[0], removed: r[0] };
    else this.add({ added: a[0], removed: r[0], path: bytes.toString('utf8', r[1] + 1, end) });
  }

  private add(entry: NumstatEntry): void {
    if (this.current) addFile(this.current.diff, entry);
  }

  private emit(): void {
    const done = this.current;
    this.current = undefined;
    if (done) this.onAnswer(done);
  }
}

/**
 * A running `git diff-tree --stdin` (numstat or raw): requests in, answers out in request order. When the
 * process dies with requests unanswered, `onFailure` gets those (the one it was on first) and git's error.
 */
class DiffTreeProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Request[] = [];
  private head = 0;
  private unsent = '';
  private flushScheduled = false;
  private stopped = false;
  private readonly stderr: Buffer[] = [];

  constructor(
    cwd: string,
    format: 'numstat' | 'raw',
    private readonly onAnswer: (r: Request, a: Answer) => void,
    onFailure: (unanswered: Request[], why: string) => void,
    private readonly onFatal: (e: Error) => void,
  ) {
    this.child = spawnGit(cwd, format === 'numstat' ? NUMSTAT_ARGS : RAW_ARGS, OFFLINE);
    const parser = new DiffTreeParser(format, (a) => this.settle(a));
    this.child.stdout.on('data', (chunk: Buffer) => parser.push(chunk));
    this.child.stderr.on('data', (d: Buffer) => this.stderr.length < 16 && this.stderr.push(d));
    this.child.stdin.on('error', () => {}); // a dying git closes its input; the exit says why
    let spawnError: Error | undefined;
    this.child.on('error', (e) => (spawnError = e));
    this.child.on('close', (code, signal) => {
      if (this.stopped) return;
      // After a clean exit the last answer is complete; after a failure it may be cut short.
      if (code === 0) parser.end();
      if (this.outstanding === 0) return;
      const why = spawnError
        ? `could not run git diff-tree: ${spawnError.message}`
        : firstLine(Buffer.concat(this.stderr).toString('utf8'), `git diff-tree exited ${code ?? signal}`);
      onFailure(this.queue.slice(this.head), why);
    });
  }

  get outstanding(): number {
    return this.queue.length - this.head;
  }

  send(r: Request): void {
    this.queue.push(r);
    this.unsent += `${r.sha}\n`;
    // Requests are written in batches: one write per commit costs more than git's diff.
    if (this.unsent.length >= 16 * 1024) this.flush();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Writes the requests gathered, then a line that makes git flush its answers. */
  flush(): void {
    this.flushScheduled = false;
    if (this.unsent === '' || this.stopped) return;
    this.child.stdin.write(this.unsent + FLUSH_LINE);
    this.unsent = '';
  }

  /** Ends git's input and waits for it to exit (every request answered by then, or onFailure called). */
  async end(): Promise<void> {
    this.flush();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const closed = once(this.child, 'close');
    this.child.stdin.end();
    await closed;
  }

  kill(): void {
    this.stopped = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  private settle(a: Answer): void {
    if (this.stopped) return;
    const next = this.queue[this.head];
    if (!next || next.sha !== a.diff.sha) {
      // Not a missing object: git answered something else. Never guess which answer is whose.
      this.onFatal(
        new AgentAttestError(
          'GIT_ERROR',
          `git diff-tree answered ${a.diff.sha} for ${next?.sha ?? 'nothing'}`,
        ),
      );
      this.kill();
      return;
    }
    this.queue[this.head++] = undefined as never; // let the answered request be collected
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    this.onAnswer(next, a);
  }
}

/** A running `git cat-file --batch-check`: which of the blob ids asked about are present. */
class BlobCheckProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Array<{ oid: string; onAnswer: (present: boolean) => void }> = [];
  private head = 0;
  private partial = '';
  private stopped = false;

  constructor(cwd: string, onFailure: (unanswered: Array<(present: boolean) => void>) => void) {
    // No --buffer: cat-file flushes after each answer.
    this.child = spawnGit(cwd, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], OFFLINE);
    this.child.stdout.setEncoding('latin1');
    this.child.stdout.on('data', (text: string) => {
      const lines = (this.partial + text).split('\n');
      this.partial = lines.pop()!;
      for (const line of lines) {
        const next = this.queue[this.head];
        if (!next) continue;
        this.queue[this.head++] = undefined as never;
        next.onAnswer(line === `${next.oid} blob`);
      }
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
    });
    this.child.stderr.resume();
    this.child.stdin.on('error', () => {});
    this.child.on('error', () => {});
    this.child.on('close', () => {
      if (this.stopped || this.head === this.queue.length) return;
      onFailure(this.queue.slice(this.head).map((q) => q.onAnswer));
    });
  }

  check(oid: string, onAnswer: (present: boolean) => void): void {
    this.queue.push({ oid, onAnswer });
    this.child.stdin.write(`${oid}\n`);
  }

  async end(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const closed = once(this.child, 'close');
    this.child.stdin.end();
    await closed;
  }

  kill(): void {
    this.stopped = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}

/**
 * A repository that borrows `repoPath`'s objects (alternates) without its configuration: no promisor
 * remote, so git reports a missing object instead of trying to fetch it. Nothing is ever written into it.
 */
async function shadowRepository(repoPath: string): Promise<string> {
  const objects = path.resolve(
    repoPath,
    await gitText(repoPath, ['rev-parse', '--git-path', 'objects'], 'git rev-parse'),
  );
  const dir = await mkdtemp(path.join(tmpdir(), 'agent-attest-objects-'));
  await mkdir(path.join(dir, 'objects', 'info'), { recursive: true });
  await mkdir(path.join(dir, 'refs'));
  await writeFile(path.join(dir, 'HEAD'), 'ref: refs/heads/main\n');
  await writeFile(path.join(dir, 'config'), '[core]\n\trepositoryformatversion = 0\n\tbare = true\n');
  await writeFile(path.join(dir, 'objects', 'info', 'alternates'), `${objects}\n`);
  return dir;
}

export class DiffReader {
  /** Running numstat processes; the first starts with the first request (no agent commit: no diff). */
  private readonly pool: DiffTreeProcess[] = [];
  /** The process the current run of requests goes to, and how many it has had in this run. */
  private target: DiffTreeProcess | undefined;
  private sentToTarget = 0;
  private readonly maxProcesses: number;
  private readonly chunk: number;
  private processesStarted = 0;
  private checked: CheckedDiffs | undefined;
  private requested = 0;
  private answered = 0;
  private failed: Error | undefined;
  /** A caller waiting for the outstanding requests to fall to `below` (backpressure, see whenBelow). */
  private waiter: { below: number; resolve: () => void; reject: (e: Error) => void } | undefined;

  /** `processes` and `chunk` default to the machine's cores (at most MAX_DIFF_PROCESSES) and CHUNK. */
  constructor(
    private readonly repoPath: string,
    options: { processes?: number; chunk?: number } = {},
  ) {
    const processes = options.processes ?? Math.min(MAX_DIFF_PROCESSES, availableParallelism());
    this.maxProcesses = Math.max(1, processes);
    this.chunk = Math.max(1, options.chunk ?? CHUNK);
  }

  private start(): DiffTreeProcess {
    const p: DiffTreeProcess = new DiffTreeProcess(
      this.repoPath,
      'numstat',
      (r, a) => this.answer(r, a.diff),
      (unanswered) => this.degrade(p, unanswered),
      (e) => this.fail(e),
    );
    this.pool.push(p);
    this.processesStarted++;
    return p;
  }

  /** numstat processes started so far (a long range uses more than one). */
  get started(): number {
    return this.processesStarted;
  }

  /** Where the next request goes: the current run's process, or (a run complete) the least busy one. */
  private next(): DiffTreeProcess {
    if (this.target && this.sentToTarget < this.chunk) {
      this.sentToTarget++;
      return this.target;
    }
    this.target?.flush();
    let best = this.pool.length < this.maxProcesses ? undefined : this.pool[0];
    for (const p of this.pool) if (best && p.outstanding < best.outstanding) best = p;
    this.target = best ?? this.start();
    this.sentToTarget = 1;
    return this.target;
  }

  /** Requests the diff of one commit; `onDiff` runs when it arrives (not necessarily in request order). */
  request(sha: string, onDiff: (d: CommitDiff) => void): void {
    if (this.failed) return;
    this.requested++;
    const r: Request = { sha, onDiff };
    if (this.checked) this.checked.request(r);
    else this.next().send(r);
  }

  /** Requests not answered yet. */
  get outstanding(): number {
    return this.requested - this.answered;
  }

  /**
   * Resolves once at most `below` requests are outstanding; rejects with the reader's failure. The scan
   * waits here instead of queueing without bound when git diffs more slowly than it logs.
   */
  whenBelow(below: number): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.outstanding <= below) return Promise.resolve();
    for (const p of this.pool) p.flush();
    this.checked?.flush();
    return new Promise((resolve, reject) => {
      this.waiter = { below, resolve, reject };
    });
  }

  /** Waits for every answer and for git to exit; throws the reader's failure, if any. */
  async close(): Promise<void> {
    try {
      await this.whenBelow(0);
    } finally {
      await Promise.all(this.pool.map((p) => p.end()));
      await this.checked?.end();
    }
  }

  kill(): void {
    for (const p of this.pool) p.kill();
    this.checked?.kill();
  }

  private answer(r: Request, d: CommitDiff): void {
    this.answered++;
    try {
      r.onDiff(d);
    } catch (e) {
      this.fail(e as Error);
    }
    this.wake();
  }

  /**
   * A numstat process died on an object it could not read: its unanswered requests and every later one go
   * to checked mode (the other processes answer what they were given, or fail over the same way).
   */
  private degrade(dead: DiffTreeProcess, unanswered: Request[]): void {
    this.pool.splice(this.pool.indexOf(dead), 1);
    this.checked ??= new CheckedDiffs(
      this.repoPath,
      (r, d) => this.answer(r, d),
      (e) => this.fail(e),
    );
    for (const r of unanswered) this.checked.request(r);
  }

  private wake(): void {
    const w = this.waiter;
    if (!w || (this.outstanding > w.below && !this.failed)) return;
    this.waiter = undefined;
    if (this.failed) w.reject(this.failed);
    else w.resolve();
  }

  private fail(e: Error): void {
    this.failed ??= e;
    this.kill();
    this.wake();
  }
}

/** Checked mode (see the module comment): raw diff ─▶ blob presence ─▶ numstat for the complete commits. */
class CheckedDiffs {
  private readonly ready: Promise<string>;
  private shadow: string | undefined;
  private raw: DiffTreeProcess | undefined;
  private blobs: BlobCheckProcess | undefined;
  private numstat: DiffTreeProcess | undefined;
  private backlog: Request[] = [];
  private killed = false;

  constructor(
    private readonly repoPath: string,
    private readonly answer: (r: Request, d: CommitDiff) => void,
    private readonly fail: (e: Error) => void,
  ) {
    this.ready = shadowRepository(repoPath);
    this.ready.then(
      (dir) => {
        this.shadow = dir;
        if (this.killed) return this.kill();
        const backlog = this.backlog;
        this.backlog = [];
        for (const r of backlog) this.request(r);
      },
      (e: unknown) =>
        this.fail(
          new AgentAttestError('GIT_ERROR', `could not read the objects of ${this.repoPath}: ${String(e)}`),
        ),
    );
  }

  request(r: Request): void {
    if (!this.shadow) {
      this.backlog.push(r);
      return;
    }
    this.rawProcess().send(r);
  }

  flush(): void {
    this.raw?.flush();
    this.numstat?.flush();
  }

  async end(): Promise<void> {
    await this.ready.catch(() => undefined);
    await this.raw?.end();
    await this.blobs?.end();
    await this.numstat?.end();
    if (this.shadow) await rm(this.shadow, { recursive: true, force: true });
  }

  kill(): void {
    this.killed = true;
    this.raw?.kill();
    this.blobs?.kill();
    this.numstat?.kill();
    if (this.shadow) void rm(this.shadow, { recursive: true, force: true }).catch(() => {});
  }

  private rawProcess(): DiffTreeProcess {
    this.raw ??= new DiffTreeProcess(
      this.shadow!,
      'raw',
      (r, a) => this.onRaw(r, a),
      (unanswered, why) => {
        this.raw = undefined;
        void this.isolate(unanswered, 'raw', why);
      },
      this.fail,
    );
    return this.raw;
  }

  private numstatProcess(): DiffTreeProcess {
    this.numstat ??= new DiffTreeProcess(
      this.shadow!,
      'numstat',
      (r, a) => this.answer(r, a.diff),
      (unanswered, why) => {
        this.numstat = undefined;
        void this.isolate(unanswered, 'numstat', why);
      },
      this.fail,
    );
    return this.numstat;
  }

  private blobProcess(): BlobCheckProcess {
    this.blobs ??= new BlobCheckProcess(this.shadow!, (unanswered) => {
      // cat-file itself failed (a damaged object): count what it did not answer as unreadable.
      this.blobs = undefined;
      for (const onAnswer of unanswered) onAnswer(false);
    });
    return this.blobs;
  }

  /** A commit's paths and blob ids: its numstat diff when every blob is present, else its paths alone. */
  private onRaw(r: Request, a: Answer): void {
    if (a.blobs.length === 0) {
      this.answer(r, a.diff); // no contents to diff: an empty commit, a merge, gitlinks only
      return;
    }
    r.raw = a.diff;
    let waiting = a.blobs.length;
    let missing: string | undefined;
    for (const oid of a.blobs) {
      this.blobProcess().check(oid, (present) => {
        if (!present) missing ??= oid;
        if (--waiting > 0) return;
        if (missing) this.answer(r, unreadable(a.diff, `blob ${missing.slice(0, 12)} is not in this clone`));
        else this.numstatProcess().send(r);
      });
    }
  }

  /**
   * A process died: its first unanswered request is tried on its own (the one it died on, or one it had
   * answered completely just before), answered either way; the process is restarted for the rest.
   */
  private async isolate(unanswered: Request[], format: 'raw' | 'numstat', why: string): Promise<void> {
    const [first, ...rest] = unanswered;
    if (!first) return;
    try {
      const args = (format === 'raw' ? RAW_ARGS : NUMSTAT_ARGS).filter((a) => a !== '--stdin');
      const r = await runGit(this.shadow!, [...args, first.sha], undefined, OFFLINE);
      const a =
        r.code === 0
          ? DiffTreeParser.parse(format, r.stdout).find((x) => x.diff.sha === first.sha)
          : undefined;
      if (format === 'raw') {
        if (a) this.onRaw(first, a);
        else
          this.answer(first, {
            ...emptyDiff(first.sha),
            unreadable: firstLine(r.stderr, why),
            pathsUnknown: true,
          });
      } else if (a) this.answer(first, a.diff);
      else this.answer(first, unreadable(first.raw ?? emptyDiff(first.sha), firstLine(r.stderr, why)));
    } catch (e) {
      this.fail(e as Error);
      return;
    }
    if (this.killed) return;
    for (const r of rest) (format === 'raw' ? this.rawProcess() : this.numstatProcess()).send(r);
    this.flush();
  }
}

/** A diff whose contents git could not read: its paths (counts 0), line counts unknown. */
function unreadable(d: CommitDiff, why: string): CommitDiff {
  return {
    ...d,
    files: d.files.map((f) => ({ ...f, added: 0, removed: 0 })),
    linesAdded: 0,
    linesRemoved: 0,
    unreadable: why,
  };
}
