/**
 * Instructions in force: which repository instruction and rule files (the surfaces catalogue's INSTR/PERM rules:
 * CLAUDE.md, AGENTS.md, .cursor/rules/*, settings with permission modes, …) were in each agent commit's tree, as
 * one digest per commit. Works on any history, no hook needed.
 *
 *   the candidate paths: instruction files in the trees at head and base (one `ls-tree` each, started at the
 *   first agent commit) ─▶ one `git cat-file --batch-check` answers `<commit>:<path>` for every candidate of every
 *   agent commit (and of the base) ─▶ digest = sha256 of the `<blob> <path>\n` lines of the files present
 *
 * No git process per commit. An instruction file that was added and removed again between base and head (in
 * neither tree) is not seen.
 */
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { detach } from '../attribution/detect.js';
import { listTree } from '../git/range.js';
import { spawnGit } from '../git/run.js';
import { isInstructionPath } from '../surfaces/catalogue.js';

/** A set of instruction files: its digest and each file's blob id. */
export interface InstructionSet {
  /** `sha256:<hex>` of the lines `<blob> <path>\n`, sorted by path. */
  digest: string;
  files: { path: string; blob: string }[];
}

/** One set agent commits were made with: how many, the newest and the oldest of them. */
export interface InstructionVersion extends InstructionSet {
  agentCommits: number;
  newest: string;
  oldest: string;
}

export interface InstructionsSummary {
  /** The set at the range's base (what the previous release was made with); null for a range from the root. */
  atBase: InstructionSet | null;
  /** Each distinct set of the agent commits, oldest first. Agent commits without any instruction file: none. */
  versions: InstructionVersion[];
}

/**
 * The summary with the sets of commits that gained agent evidence after the scan (upgradeEvidence): each counts
 * into its version (newest and oldest by their place in `commits`, newest first), versions stay oldest first.
 */
export function addInstructionSets(
  summary: InstructionsSummary | undefined,
  atBase: InstructionSet | null,
  sets: readonly { sha: string; set: InstructionSet }[],
  commits: readonly { sha: string }[],
): InstructionsSummary {
  const place = new Map(commits.map((c, i) => [c.sha, i]));
  const at = (sha: string): number => place.get(sha) ?? -1;
  const versions = new Map((summary?.versions ?? []).map((v) => [v.digest, { ...v }]));
  for (const { sha, set } of sets) {
    const v = versions.get(set.digest);
    if (!v) {
      versions.set(set.digest, { ...set, agentCommits: 1, newest: sha, oldest: sha });
      continue;
    }
    v.agentCommits++;
    if (at(sha) < at(v.newest)) v.newest = sha;
    if (at(sha) > at(v.oldest)) v.oldest = sha;
  }
  return {
    atBase: summary?.atBase ?? atBase,
    versions: [...versions.values()].sort((a, b) => at(b.oldest) - at(a.oldest)),
  };
}

/** Git refuses every transport: a partial clone reports a missing tree instead of fetching it. */
const OFFLINE = { GIT_ALLOW_PROTOCOL: '' };

export function instructionDigest(files: readonly { path: string; blob: string }[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.blob} ${f.path}\n`);
  return `sha256:${hash.digest('hex')}`;
}

interface Pending {
  sha: string;
  onAnswer: (set: InstructionSet | undefined) => void;
  files: { path: string; blob: string }[];
  left: number;
}

export class InstructionReader {
  private paths: Promise<string[]> | undefined;
  /** The candidate paths, once known (every query lists them in this order). */
  private candidatePaths: string[] = [];
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  private head = 0;
  private partial = '';
  private outstanding = 0;
  private idle: (() => void) | undefined;
  private readonly versions = new Map<string, InstructionVersion & { order: number }>();
  private seen = 0;
  private base: InstructionSet | null = null;
  failure: string | undefined;

  constructor(
    private readonly repoPath: string,
    private readonly range: { base: string | null; head: string },
  ) {}

  /** The instruction set of an agent commit's tree; `onSet` gets undefined when it has none (or git failed). */
  request(sha: string, onSet: (set: InstructionSet | undefined) => void): void {
    const order = this.seen++;
    this.outstanding++;
    this.ask(sha, (set) => {
      if (set) this.count(set, sha, order);
      onSet(set);
    });
  }

  /** Waits for every answer (and the base's set), then ends git. */
  async close(): Promise<InstructionsSummary> {
    if (this.range.base && this.paths) {
      this.outstanding++;
      this.ask(this.range.base, (set) => (this.base = set ?? null));
    }
    if (this.outstanding > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) {
      const closed = once(this.child, 'close');
      this.child.stdin.end();
      await closed;
    }
    const versions = [...this.versions.values()]
      .sort((a, b) => b.order - a.order)
      .map(({ order: _, ...v }) => v);
    return { atBase: this.range.base ? this.base : null, versions };
  }

  kill(): void {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  private count(set: InstructionSet, sha: string, order: number): void {
    const v = this.versions.get(set.digest);
    if (v) {
      v.agentCommits++;
      v.oldest = sha;
      v.order = order;
    } else this.versions.set(set.digest, { ...set, agentCommits: 1, newest: sha, oldest: sha, order });
  }

  private ask(sha: string, onAnswer: (set: InstructionSet | undefined) => void): void {
    this.paths ??= this.candidates();
    void this.paths.then((paths) => {
      if (paths.length === 0 || this.failure !== undefined) return this.settle(onAnswer, undefined);
      const child = this.process();
      this.queue.push({ sha, onAnswer, files: [], left: paths.length });
      child.stdin.write(paths.map((p) => `${sha}:${p}\n`).join(''));
    });
  }

  /** Instruction files at head and base, sorted (the order of the digest's lines). */
  private async candidates(): Promise<string[]> {
    const revs = [this.range.head, ...(this.range.base ? [this.range.base] : [])];
    const listed = await Promise.all(revs.map((r) => listTree(this.repoPath, r, [])));
    const paths = new Set<string>();
    for (const p of listed.flat()) if (!p.includes('\n') && isInstructionPath(p)) paths.add(detach(p));
    this.candidatePaths = [...paths].sort();
    return this.candidatePaths;
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    // No --buffer: cat-file answers each line as it reads it.
    const child = spawnGit(this.repoPath, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], OFFLINE);
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (text: string) => this.read(text));
    child.stderr.resume();
    child.stdin.on('error', () => {});
    child.on('error', () => {});
    child.on('close', () => {
      if (this.head === this.queue.length) return;
      this.failure = 'git cat-file ended before answering';
      for (const p of this.queue.splice(this.head)) this.settle(p.onAnswer, undefined);
    });
    this.child = child;
    return child;
  }

  private read(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop()!;
    const paths = this.candidatePaths;
    for (const line of lines) {
      const p = this.queue[this.head];
      if (!p) continue;
      const path = paths[paths.length - p.left]!;
      // `<oid> blob`; `<name> missing` for a path that is not in this commit's tree.
      const space = line.indexOf(' ');
      if (line.slice(space + 1) === 'blob') p.files.push({ path, blob: line.slice(0, space) });
      if (--p.left > 0) continue;
      this.queue[this.head++] = undefined as never;
      this.settle(
        p.onAnswer,
        p.files.length > 0 ? { digest: instructionDigest(p.files), files: p.files } : undefined,
      );
    }
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  private settle(onAnswer: (set: InstructionSet | undefined) => void, set: InstructionSet | undefined): void {
    onAnswer(set);
    if (--this.outstanding === 0) this.idle?.();
  }
}
