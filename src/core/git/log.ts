/**
 * Reads the commits of a range from ONE streamed `git log` process: fields separated by NUL, records
 * delimited by markers that carry a random nonce (so no commit message or note can forge a boundary),
 * parsed incrementally as bytes arrive. Memory stays flat however long the range is.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { AgentAttestError } from '../errors.js';
import { spawnGit } from './run.js';
import { NulTokenizer, TOKEN_KEEP_BYTES } from './tokens.js';

export interface RawCommit {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  committerName: string;
  committerEmail: string;
  /** Seconds since the epoch. */
  authorTime: number;
  message: string;
  /** The `refs/notes/ai` note, when notes were requested and the commit has one. */
  note?: string;
}

export interface LogOptions {
  repoPath: string;
  head: string;
  /** Commits reachable from these are excluded (`^base`). */
  exclude?: string[];
  /** Read `refs/notes/ai` notes into `note` (only when the ref exists: git warns otherwise). */
  notesRef?: string;
}

const HEADER_FIELDS = ['%H', '%P', '%an', '%ae', '%cn', '%ce', '%at'] as const;

/** The `git log` argument list (also what the benchmark compares against). */
export function logArgs(opts: LogOptions, nonce: string): string[] {
  const start = `%x1e${nonce}S`;
  const bodyEnd = `%x1e${nonce}B`;
  const noteEnd = `%x1e${nonce}N`;
  let format = `${start}%x00${HEADER_FIELDS.join('%x00')}%x00%B%x00${bodyEnd}`;
  if (opts.notesRef) format += `%x00%N%x00${noteEnd}`;
  return [
    'log',
    '-z',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-notes',
    // Children before parents (otherwise newest first, as git's default): the scan settles merged-branch
    // attribution as commits stream by, which needs every commit's descendants seen before it. Git's default
    // order does not promise that when commit dates tie or run backwards.
    '--date-order',
    ...(opts.notesRef ? [`--notes=${opts.notesRef}`] : []),
    `--format=${format}`,
    opts.head,
    ...(opts.exclude ?? []).map((e) => `^${e}`),
    '--',
  ];
}

/**
 * Streams the commits of `head` minus `exclude`, newest first, no commit before its children (all parents walked).
 */
export async function* readCommits(opts: LogOptions): AsyncGenerator<RawCommit> {
  for await (const batch of readCommitBatches(opts)) yield* batch;
}

/** A record longer than this is read token by token, each token keeping its head and tail (bounded memory). */
const MAX_RECORD_BYTES = 2 * TOKEN_KEEP_BYTES;
const NUL = 0;

/**
 * The same stream in batches (one per chunk git wrote): one await per chunk rather than per commit.
 * Records are cut from the bytes with indexOf on the nonce markers and NULs; only the fields are decoded.
 */
export async function* readCommitBatches(opts: LogOptions): AsyncGenerator<RawCommit[]> {
  const nonce = randomBytes(8).toString('hex');
  const START = Buffer.from(`\x1e${nonce}S\0`);
  const BODY_END = Buffer.from(`\0\x1e${nonce}B`);
  const END = Buffer.from(opts.notesRef ? `\0\x1e${nonce}N` : `\0\x1e${nonce}B`);
  const child = spawnGit(opts.repoPath, logArgs(opts, nonce));
  child.stdin.end();
  const stderr: Buffer[] = [];
  let stderrLength = 0;
  child.stderr.on('data', (d: Buffer) => {
    if (stderrLength < 8192) stderr.push(d);
    stderrLength += d.length;
  });
  const exited = once(child, 'close') as Promise<[number | null]>;
  const spawnError = once(child, 'error').then(([e]) => e as Error);
  void spawnError.catch(() => {});

  /**
   * Decodes one complete record in buf[from, end): `H\0P\0an\0ae\0cn\0ce\0at\0 body [BODY_END \0 note]`.
   * Three decodes per record (sha and parents on their own, so that keeping them keeps no more than their
   * bytes; the rest as one string split in JS): Buffer.toString's per-call cost outweighs the bytes.
   */
  const parseRecord = (buf: Buffer, from: number, end: number): RawCommit | undefined => {
    const shaEnd = buf.indexOf(NUL, from);
    const parentsEnd = shaEnd < 0 ? -1 : buf.indexOf(NUL, shaEnd + 1);
    if (parentsEnd < 0 || parentsEnd >= end) return undefined;
    let bodyEnd = end;
    let note: string | undefined;
    if (opts.notesRef) {
      const b = buf.indexOf(BODY_END, parentsEnd + 1);
      if (b < 0 || b >= end) return undefined;
      bodyEnd = b;
      // BODY_END is followed by the NUL of `%x00`, then the note.
      const n = buf.toString('utf8', Math.min(b + BODY_END.length + 1, end), end);
      if (n.trim() !== '') note = n;
    }
    // an, ae, cn, ce, at, then the message.
    const rest = buf.toString('utf8', parentsEnd + 1, bodyEnd);
    const an = rest.indexOf('\0');
    const ae = an < 0 ? -1 : rest.indexOf('\0', an + 1);
    const cn = ae < 0 ? -1 : rest.indexOf('\0', ae + 1);
    const ce = cn < 0 ? -1 : rest.indexOf('\0', cn + 1);
    const at = ce < 0 ? -1 : rest.indexOf('\0', ce + 1);
    if (at < 0) return undefined;
    const parents = buf.toString('latin1', shaEnd + 1, parentsEnd);
    const commit: RawCommit = {
      sha: buf.toString('latin1', from, shaEnd),
      parents: parents === '' ? [] : parents.split(' '),
      authorName: rest.slice(0, an),
      authorEmail: rest.slice(an + 1, ae),
      committerName: rest.slice(ae + 1, cn),
      committerEmail: rest.slice(cn + 1, ce),
      authorTime: Number(rest.slice(ce + 1, at)) || 0,
      message: rest.slice(at + 1),
    };
    if (note !== undefined) commit.note = note;
    return commit;
  };

  // Over-long records go through the token reader, which truncates each field (message, note) on its own.
  let long: LongRecord | undefined;
  let pending: Buffer | undefined;

  const take = (chunk: Buffer, out: RawCommit[]): void => {
    const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
    pending = undefined;
    let pos = 0;
    while (pos < buf.length) {
      if (long) {
        const used = long.push(buf.subarray(pos));
        if (used < 0) return; // the whole rest belongs to the record
        out.push(long.commit!);
        long = undefined;
        pos += used;
        continue;
      }
      const s = buf.indexOf(START, pos);
      if (s < 0) {
        // Separators only, or a marker cut by the chunk boundary: keep what could be its beginning.
        pending = buf.subarray(Math.max(pos, buf.length - START.length + 1));
        return;
      }
      const from = s + START.length;
      const e = buf.indexOf(END, from);
      if (e < 0) {
        if (buf.length - s > MAX_RECORD_BYTES) {
          long = new LongRecord(nonce, HEADER_FIELDS.length, !!opts.notesRef);
          pos = from;
          continue;
        }
        pending = buf.subarray(s);
        return;
      }
      const c = parseRecord(buf, from, e);
      if (c) out.push(c);
      pos = e + END.length;
    }
  };

  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      const batch: RawCommit[] = [];
      take(chunk, batch);
      if (batch.length > 0) yield batch;
    }
    if (long?.finish()) yield [long.commit!];
    const [code] = await Promise.race([exited, spawnError.then((e) => Promise.reject(e))]);
    if (code !== 0) {
      const first =
        Buffer.concat(stderr)
          .toString('utf8')
          .split('\n')
          .find((l) => l.trim() !== '') ?? `exit ${code}`;
      throw new AgentAttestError('GIT_ERROR', `git log failed in ${opts.repoPath}: ${first}`);
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

/**
 * One over-long record, read as NUL-separated tokens after its START marker: header fields, message tokens
 * until the body marker, note tokens until the note marker. Each token keeps its head and tail only.
 */
class LongRecord {
  private readonly tokens = new NulTokenizer();
  private readonly header: string[] = [];
  private readonly body: string[] = [];
  private readonly note: string[] = [];
  private state: 'header' | 'body' | 'note' = 'header';
  commit: RawCommit | undefined;

  constructor(
    private readonly nonce: string,
    private readonly headerFields: number,
    private readonly notes: boolean,
  ) {}

  /** Feeds bytes; returns how many it used once the record is complete, else -1 (all used). */
  push(bytes: Buffer): number {
    return this.tokens.push(bytes, (t) => this.onToken(t));
  }

  /** At end of stream: completes the record from what was read. */
  finish(): boolean {
    this.tokens.flush((t) => this.onToken(t));
    if (!this.commit && this.header.length === this.headerFields) this.complete();
    return this.commit !== undefined;
  }

  private onToken(token: string): boolean {
    switch (this.state) {
      case 'header':
        this.header.push(token);
        if (this.header.length === this.headerFields) this.state = 'body';
        return false;
      case 'body':
        if (token === `\x1e${this.nonce}B`) {
          if (this.notes) this.state = 'note';
          else return this.complete();
        } else this.body.push(token);
        return false;
      case 'note':
        if (token === `\x1e${this.nonce}N`) return this.complete();
        this.note.push(token);
        return false;
    }
  }

  private complete(): boolean {
    const [sha, parents, an, ae, cn, ce, at] = this.header;
    this.commit = {
      sha: sha ?? '',
      parents: parents ? parents.split(' ').filter(Boolean) : [],
      authorName: an ?? '',
      authorEmail: ae ?? '',
      committerName: cn ?? '',
      committerEmail: ce ?? '',
      authorTime: Number(at) || 0,
      // A NUL inside a message (possible via fast-import) split it into tokens: join them back.
      message: this.body.join('\0'),
    };
    const n = this.note.join('\0');
    if (this.notes && n.trim() !== '') this.commit.note = n;
    return true;
  }
}
