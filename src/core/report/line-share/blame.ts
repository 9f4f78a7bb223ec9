/**
 * Who wrote each line at head: `git blame --incremental` over the tracked text files of a revision, several
 * files at once (one git process per file, as many as there are cores), folded into lines per commit.
 *
 * Git runs through the safe helpers (src/core/git/run.ts) with `--no-textconv`: blame would otherwise run a
 * textconv program the repository's attributes name. Nothing from the repository is executed.
 */
import { availableParallelism } from 'node:os';
import { AgentAttestError } from '../../errors.js';
import { emptyTree } from '../../git/range.js';
import { runGit } from '../../git/run.js';

export interface TextFile {
  path: string;
  /** Lines at the revision (from `git diff --numstat` against the empty tree). */
  lines: number;
}

/**
 * The regular files of `rev` that git treats as text, with their line counts: one `ls-tree` (modes: no
 * submodules, no symbolic links) and one `diff --numstat` against the empty tree (binary files show `-`).
 * Empty files have no lines to blame and are left out.
 */
export async function listTextFiles(repoPath: string, rev: string): Promise<TextFile[]> {
  const tree = await runGit(repoPath, ['ls-tree', '-r', '-z', '--full-tree', rev]);
  if (tree.code !== 0) throw gitFailure('git ls-tree', repoPath, tree.stderr);
  const regular = new Set<string>();
  for (const entry of tree.stdout.toString('utf8').split('\0')) {
    // `<mode> SP <type> SP <object> TAB <path>`
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const mode = entry.slice(0, 6);
    if (mode === '100644' || mode === '100755') regular.add(entry.slice(tab + 1));
  }
  const diff = await runGit(repoPath, [
    'diff',
    '--numstat',
    '-z',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    await emptyTree(repoPath),
    rev,
  ]);
  if (diff.code !== 0) throw gitFailure('git diff --numstat', repoPath, diff.stderr);
  const files: TextFile[] = [];
  for (const record of diff.stdout.toString('utf8').split('\0')) {
    // `<added> TAB <deleted> TAB <path>`; binary files: `- TAB - TAB <path>`
    const m = /^(\d+|-)\t(\d+|-)\t([\s\S]+)$/.exec(record);
    if (!m || m[1] === '-') continue;
    const lines = Number(m[1]);
    if (lines > 0 && regular.has(m[3]!)) files.push({ path: m[3]!, lines });
  }
  return files;
}

/** Lines of one file by the commit that last changed them, and the lines blamed to shallow cut-offs. */
export interface FileBlame {
  path: string;
  lines: number;
  byCommit: Map<string, number>;
}

const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) \d+ \d+ (\d+)$/;

/**
 * Parses `git blame --incremental` output: each group starts with `<sha> <orig> <final> <count>`, carries
 * header lines the first time a commit appears, and ends with `filename <path>`. Only the group lines
 * matter; header values (summary, author, …) are prefixed by their keyword and cannot look like one.
 */
export function parseIncremental(text: string, byCommit = new Map<string, number>()): Map<string, number> {
  let expectGroup = true;
  for (const line of text.split('\n')) {
    if (expectGroup) {
      const m = HEADER.exec(line);
      if (m) {
        byCommit.set(m[1]!, (byCommit.get(m[1]!) ?? 0) + Number(m[2]));
        expectGroup = false;
      }
    } else if (line.startsWith('filename ')) expectGroup = true;
  }
  return byCommit;
}

/** Blames one file at `rev`. */
export async function blameFile(repoPath: string, rev: string, file: string): Promise<FileBlame> {
  const r = await runGit(repoPath, ['blame', '--incremental', '--no-textconv', rev, '--', file]);
  if (r.code !== 0) throw gitFailure(`git blame of ${JSON.stringify(file)}`, repoPath, r.stderr);
  const byCommit = parseIncremental(r.stdout.toString('utf8'));
  let lines = 0;
  for (const n of byCommit.values()) lines += n;
  return { path: file, lines, byCommit };
}

export interface BlameOptions {
  /** Git processes at once (default: one per core). */
  concurrency?: number;
  /** Each file's result as it arrives (any order). */
  onFile: (blame: FileBlame) => void;
}

/** Blames every file, `concurrency` at a time; fails on the first file git cannot blame (and stops). */
export async function blameFiles(
  repoPath: string,
  rev: string,
  files: readonly TextFile[],
  opts: BlameOptions,
): Promise<void> {
  const concurrency = Math.max(1, opts.concurrency ?? availableParallelism());
  // Largest first: a big file started last would leave one core idle at the end.
  const queue = [...files].sort((a, b) => b.lines - a.lines);
  let next = 0;
  let failed: unknown;
  const worker = async (): Promise<void> => {
    while (failed === undefined && next < queue.length) {
      const file = queue[next++]!;
      try {
        opts.onFile(await blameFile(repoPath, rev, file.path));
      } catch (e) {
        failed ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  if (failed !== undefined) throw failed;
}

function gitFailure(what: string, repoPath: string, stderr: string): AgentAttestError {
  const first = stderr.split('\n').find((l) => l.trim() !== '') ?? 'failed';
  return new AgentAttestError('GIT_ERROR', `${what} failed in ${repoPath}: ${first}`);
}
