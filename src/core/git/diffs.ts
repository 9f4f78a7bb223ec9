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
  private readonly queue: Array<{
    sha: string;
    resolve: (d: CommitDiff) => void;
    reject: (e: Error) => void;
  }> = [];
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
      if (this.queue.length > 0) {
        const first =
          Buffer.concat(stderr)
            .toString('utf8')
            .split('\n')
            .find((l) => l.trim()) ?? `exit ${code}`;
        this.fail(new AgentAttestError('GIT_ERROR', `git diff-tree failed in ${repoPath}: ${first}`));
      }
    });
  }

  /** Requests the diff of one commit; answers arrive in request order. */
  diff(sha: string): Promise<CommitDiff> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ sha, resolve, reject });
      this.unsent += `${sha}\n`;
      if (this.unsent.length >= 16 * 1024) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.unsent === '') return;
    this.child.stdin.write(this.unsent);
    this.unsent = '';
  }

  /** Closes git's input and waits for the remaining answers. */
  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const closed = once(this.child, 'close');
      this.flush();
      this.child.stdin.end();
      await closed;
    }
    if (this.failed && this.queue.length > 0) throw this.failed;
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
    const next = this.queue.shift();
    if (!next) return;
    if (next.sha !== done.sha)
      next.reject(new AgentAttestError('GIT_ERROR', `git diff-tree answered ${done.sha} for ${next.sha}`));
    else next.resolve(done);
  }

  private fail(e: Error): void {
    this.failed = e;
    for (const q of this.queue.splice(0)) q.reject(e);
  }
}
