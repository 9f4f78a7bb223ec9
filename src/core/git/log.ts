/**
 * Reads the commits of a range from ONE streamed `git log` process: fields separated by NUL, records
 * delimited by markers that carry a random nonce (so no commit message or note can forge a boundary),
 * parsed incrementally as bytes arrive. Memory stays flat however long the range is.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { AgentAttestError } from '../errors.js';
import { spawnGit } from './run.js';
import { NulTokenizer } from './tokens.js';

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
    ...(opts.notesRef ? [`--notes=${opts.notesRef}`] : []),
    `--format=${format}`,
    opts.head,
    ...(opts.exclude ?? []).map((e) => `^${e}`),
    '--',
  ];
}

/**
 * Streams the commits of `head` minus `exclude`, newest first (git's default order; all parents walked).
 */
export async function* readCommits(opts: LogOptions): AsyncGenerator<RawCommit> {
  const nonce = randomBytes(8).toString('hex');
  const START = `\x1e${nonce}S`;
  const BODY_END = `\x1e${nonce}B`;
  const NOTE_END = `\x1e${nonce}N`;
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

  type State = 'start' | 'header' | 'body' | 'note';
  let state: State = 'start';
  let header: string[] = [];
  let body: string[] = [];
  let note: string[] = [];
  const ready: RawCommit[] = [];

  const finish = (): void => {
    const [sha, parents, an, ae, cn, ce, at] = header;
    const commit: RawCommit = {
      sha: sha!,
      parents: parents ? parents.split(' ').filter(Boolean) : [],
      authorName: an ?? '',
      authorEmail: ae ?? '',
      committerName: cn ?? '',
      committerEmail: ce ?? '',
      authorTime: Number(at) || 0,
      // A NUL inside a message (possible via fast-import) split it into tokens: join them back.
      message: body.join('\0'),
    };
    if (opts.notesRef) {
      const n = note.join('\0');
      if (n.trim() !== '') commit.note = n;
    }
    ready.push(commit);
    header = [];
    body = [];
    note = [];
  };

  const onToken = (token: string): void => {
    switch (state) {
      case 'start':
        if (token === START || token === `\n${START}`) state = 'header';
        return;
      case 'header':
        header.push(token);
        if (header.length === HEADER_FIELDS.length) state = 'body';
        return;
      case 'body':
        if (token === BODY_END) {
          if (opts.notesRef) state = 'note';
          else {
            finish();
            state = 'start';
          }
        } else body.push(token);
        return;
      case 'note':
        if (token === NOTE_END) {
          finish();
          state = 'start';
        } else note.push(token);
        return;
    }
  };

  const tokens = new NulTokenizer();
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      tokens.push(chunk, onToken);
      while (ready.length > 0) yield ready.shift()!;
    }
    tokens.flush(onToken);
    while (ready.length > 0) yield ready.shift()!;
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
