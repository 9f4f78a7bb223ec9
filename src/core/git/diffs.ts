/**
 * Changed paths and line counts for selected commits, from one long-lived
 * `git diff-tree --stdin --numstat -z` process fed commit ids as the scan finds them. Only the
 * commits that need it (agent commits) pay for a diff; git log's stream is never slowed by diffs.
 */
import { once } from 'node:events';
import { AgentAttestError } from '../errors.js';
import { spawnGit } from './run.js';
import { NulTokenizer, NumstatParser, type NumstatEntry } from './tokens.js';

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

const SHA = /^\n?([0-9a-f]{40}|[0-9a-f]{64})$/;

export class DiffReader {
  private readonly child;
  /** Outstanding requests, in order (callbacks, not promises: 20,000 pending promises are memory we do not need). */
  private readonly queue: Array<{ sha: string; onDiff: (d: CommitDiff) => void }> = [];
  private queueHead = 0;
  private current: CommitDiff | undefined;
  private readonly numstat = new NumstatParser();
  private failed: Error | undefined;
  /** Requests are written in batches: one write per commit costs more than git's diff. */
  private unsent = '';
  private flushScheduled = false;

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
    this.child.stdout.on('data', (chunk: Buffer) => tokens.push(chunk, (t) => this.onToken(t)));
    this.child.stdin.on('error', () => {});
    this.child.on('error', (e) =>
      this.fail(new AgentAttestError('GIT_ERROR', `could not run git diff-tree: ${e.message}`)),
    );
    this.child.on('close', (code) => {
      tokens.flush((t) => this.onToken(t));
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

  private get outstanding(): number {
    return this.queue.length - this.queueHead;
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

  private onToken(token: string): void {
    if (!this.numstat.inRename) {
      const m = SHA.exec(token);
      if (m) {
        this.settleCurrent();
        this.current = { sha: m[1]!, files: [], filesOmitted: 0, linesAdded: 0, linesRemoved: 0 };
        return;
      }
    }
    const entry = this.numstat.accept(token);
    if (!entry || !this.current) return;
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
  }

  private fail(e: Error): void {
    this.failed ??= e;
  }
}
