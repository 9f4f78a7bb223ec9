/**
 * The git plumbing the surfaces module reads: a raw tree diff, a tree listing, one `cat-file --batch` process for
 * every blob, and one `log` pass for the commits. Nothing from the repository is ever run: external diff drivers,
 * textconv filters and fsmonitor are disabled, and revisions are passed after `--end-of-options`.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { AgentAttestError } from '../errors.js';
import { runGit, spawnGit } from '../git/run.js';

/** Runs git (with the project's safe config and environment) and returns stdout; a failure is GIT_ERROR. */
async function gitOut(repoPath: string, args: string[], input?: string): Promise<Buffer> {
  const r = await runGit(repoPath, args, input);
  if (r.code !== 0) {
    const first = r.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${r.code}`;
    const command = args.find((a) => !a.startsWith('-')) ?? '';
    throw new AgentAttestError('GIT_ERROR', `git ${command} failed in ${repoPath}: ${first}`);
  }
  return r.stdout;
}

/** Resolves a revision to a commit id; the revision never reaches git as an option. */
export async function resolveCommit(repoPath: string, rev: string, what: string): Promise<string> {
  try {
    const out = await gitOut(repoPath, [
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${rev}^{commit}`,
    ]);
    return out.toString('utf8').trim();
  } catch {
    const shallow = await gitOut(repoPath, ['rev-parse', '--is-shallow-repository']).catch(() =>
      Buffer.from(''),
    );
    if (shallow.toString('utf8').trim() === 'true') {
      throw new AgentAttestError(
        'SHALLOW_CLONE',
        `${what} ${JSON.stringify(rev)} is not in the shallow clone at ${repoPath}; fetch with fetch-depth: 0`,
      );
    }
    throw new AgentAttestError(
      'GIT_ERROR',
      `${what} ${JSON.stringify(rev)} is not a commit in ${repoPath}; pass an existing revision`,
    );
  }
}

export { emptyTree } from '../git/range.js';

export interface RawChange {
  status: 'A' | 'M' | 'D' | 'R' | 'T';
  oldPath?: string;
  newPath?: string;
  oldMode: string;
  newMode: string;
  oldOid?: string;
  newOid?: string;
}

const ZERO = /^0+$/;

/** `git diff --raw -z -M` between two trees/commits. */
export async function diffRaw(repoPath: string, from: string, to: string): Promise<RawChange[]> {
  const out = await gitOut(repoPath, [
    'diff',
    '--raw',
    '-z',
    '-M',
    '--no-abbrev',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--end-of-options',
    from,
    to,
    '--',
  ]);
  const parts = out.toString('utf8').split('\0');
  const changes: RawChange[] = [];
  for (let i = 0; i < parts.length;) {
    const head = parts[i++];
    if (!head) continue;
    // ":100644 100644 <old> <new> M"
    const [oldMode = '', newMode = '', oldOid = '', newOid = '', statusField = ''] = head.slice(1).split(' ');
    const letter = statusField[0] ?? 'M';
    const first = parts[i++] ?? '';
    const change: RawChange = {
      status: letter === 'R' || letter === 'A' || letter === 'D' || letter === 'T' ? letter : 'M',
      oldMode,
      newMode,
      ...(ZERO.test(oldOid) ? {} : { oldOid }),
      ...(ZERO.test(newOid) ? {} : { newOid }),
    };
    if (letter === 'R') {
      change.oldPath = first;
      change.newPath = parts[i++] ?? '';
    } else if (letter === 'A') change.newPath = first;
    else if (letter === 'D') change.oldPath = first;
    else {
      change.oldPath = first;
      change.newPath = first;
    }
    changes.push(change);
  }
  return changes;
}

export interface TreeEntry {
  path: string;
  mode: string;
  oid: string;
}

/** Every blob of a commit's tree (`ls-tree -r -z --full-tree`). */
export async function listTree(repoPath: string, commit: string): Promise<TreeEntry[]> {
  const out = await gitOut(repoPath, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
  const entries: TreeEntry[] = [];
  for (const rec of out.toString('utf8').split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [mode = '', type = '', oid = ''] = rec.slice(0, tab).split(' ');
    if (type === 'blob') entries.push({ path: rec.slice(tab + 1), mode, oid });
  }
  return entries;
}

export interface Blob {
  size: number;
  sha256: string;
  /** The content, or undefined when larger than the limit (the digest is still of the whole blob). */
  content?: Buffer;
}

/**
 * Reads blobs through ONE `git cat-file --batch` process, in as many rounds as needed. Each blob is hashed as it
 * streams; only blobs up to `maxBytes` are kept in memory.
 */
export class BlobReader {
  /** Started by the first read that asks for a blob: most ranges change no AI config surface. */
  private child?: ChildProcessWithoutNullStreams;
  private pending: Buffer = Buffer.alloc(0);
  private readonly queue: { oid: string; done: (b: Blob | Error) => void }[] = [];
  private current?: { size: number; remaining: number; hash: Hash; kept: Buffer[] };
  private exited?: Error;

  constructor(
    private readonly repoPath: string,
    private readonly maxBytes: number,
  ) {}

  private start(): ChildProcessWithoutNullStreams {
    const child = spawnGit(this.repoPath, ['cat-file', '--batch']);
    child.stdout.on('data', (d: Buffer) => this.onData(d));
    child.stderr.resume();
    child.stdin.on('error', () => {});
    const fail = (e: Error): void => {
      this.exited = e;
      for (const q of this.queue.splice(0)) q.done(e);
    };
    child.on('error', (e) =>
      fail(new AgentAttestError('GIT_ERROR', `cannot run git cat-file: ${e.message}`)),
    );
    child.on('close', (code) =>
      fail(new AgentAttestError('GIT_ERROR', `git cat-file exited (${code}) in ${this.repoPath}`)),
    );
    return child;
  }

  /** Blobs by object id; one write per call, answers stream back in order on the same process. */
  async read(oids: Iterable<string>): Promise<Map<string, Blob>> {
    const unique = [...new Set(oids)];
    if (unique.length === 0) return new Map();
    if (this.exited) throw this.exited;
    const blobs = unique.map(
      (oid) =>
        new Promise<Blob>((resolve, reject) => {
          this.queue.push({ oid, done: (b) => (b instanceof Error ? reject(b) : resolve(b)) });
        }),
    );
    this.child ??= this.start();
    this.child.stdin.write(unique.join('\n') + '\n');
    const read = await Promise.all(blobs);
    return new Map(unique.map((oid, i) => [oid, read[i]!]));
  }

  close(): void {
    this.child?.stdin.end();
  }

  private onData(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      if (!this.current) {
        const nl = this.pending.indexOf(0x0a);
        if (nl < 0) return;
        const header = this.pending.subarray(0, nl).toString('utf8');
        this.pending = this.pending.subarray(nl + 1);
        const [, type, sizeText] = header.split(' ');
        if (header.endsWith(' missing') || type === undefined) {
          const q = this.queue.shift();
          q?.done(
            new AgentAttestError(
              'GIT_ERROR',
              `object ${q.oid} is missing in ${this.repoPath}; fetch full history`,
            ),
          );
          continue;
        }
        const size = Number(sizeText);
        this.current = { size, remaining: size + 1, hash: createHash('sha256'), kept: [] };
      }
      if (this.pending.length === 0) return;
      const cur = this.current;
      const take = Math.min(cur.remaining, this.pending.length);
      const piece = this.pending.subarray(0, take);
      this.pending = this.pending.subarray(take);
      cur.remaining -= take;
      const body = cur.remaining === 0 ? piece.subarray(0, piece.length - 1) : piece; // the trailing LF is framing
      cur.hash.update(body);
      if (cur.size <= this.maxBytes) cur.kept.push(body);
      if (cur.remaining > 0) return;
      this.current = undefined;
      this.queue.shift()?.done({
        size: cur.size,
        sha256: cur.hash.digest('hex'),
        ...(cur.size <= this.maxBytes ? { content: Buffer.concat(cur.kept) } : {}),
      });
    }
  }
}

/** Above this many paths the log reads the whole range instead of limiting it by pathspec. */
const MAX_PATHSPECS = 2000;

/**
 * Commits of `from..to` (all ancestors of `to` when `from` is undefined) that touched `paths`, newest first, each
 * with the paths it changed. One `git log` pass, limited to the paths (literally, with full history) so a root
 * range over a long history stays cheap. Merges list only the paths they changed against every parent (an
 * "evil merge" or conflict resolution); their merged commits are listed themselves.
 */
export async function commitsWithPaths(
  repoPath: string,
  from: string | undefined,
  to: string,
  paths: string[],
): Promise<{ sha: string; paths: string[] }[]> {
  const range = from ? `${from}..${to}` : to;
  const limit = paths.length <= MAX_PATHSPECS ? paths : [];
  const out = await gitOut(repoPath, [
    '--literal-pathspecs',
    'log',
    '--full-history',
    '-z',
    '--name-status',
    '--no-renames',
    '--diff-merges=dense-combined',
    '--no-ext-diff',
    '--no-textconv',
    '--format=%x01%H',
    '--end-of-options',
    range,
    '--',
    ...limit,
  ]);
  const commits: { sha: string; paths: string[] }[] = [];
  for (const chunk of out.toString('utf8').split('\x01')) {
    if (!chunk) continue;
    const [sha = '', ...rest] = chunk.split('\0');
    const paths: string[] = [];
    // After the sha: "\n<status>", "<path>", "<status>", "<path>", …
    for (let i = 0; i + 1 < rest.length; i += 2) {
      const status = (rest[i] ?? '').trim();
      const path = rest[i + 1] ?? '';
      if (status && path) paths.push(path);
    }
    commits.push({ sha: sha.trim(), paths });
  }
  return commits;
}
