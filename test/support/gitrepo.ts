/**
 * Real git repositories in temporary folders, for tests. Commits get the author, committer, dates,
 * message (string or raw bytes) and files you give; everything else is deterministic. Git runs with no
 * user/system configuration, so the machine's settings cannot change what a test builds.
 *
 *   const repo = await GitRepo.create();
 *   const sha = await repo.commit({ message: 'feat: x\n\nCo-Authored-By: Claude <noreply@anthropic.com>', files: { 'a.ts': 'x' } });
 *   await repo.tag('v1.0.0');
 *   ...
 *   await repo.remove();
 */
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Ident {
  name: string;
  email: string;
}

export interface CommitSpec {
  message: string | Buffer;
  author?: Ident;
  /** Defaults to the author. */
  committer?: Ident;
  /** Author date (ISO 8601 or `@seconds +0000`); default: a fixed clock that advances one minute per commit. */
  date?: string;
  /** Committer date; defaults to the author date. */
  committerDate?: string;
  /** path → content; null deletes the file. */
  files?: Record<string, string | Buffer | null>;
  /** Writes an `encoding` header (i18n.commitEncoding), e.g. ISO-8859-1. */
  encoding?: string;
}

export const DEFAULT_IDENT: Ident = { name: 'Dev Eloper', email: 'dev@example.com' };
const CLOCK_START = Date.parse('2026-01-05T09:00:00Z') / 1000;

export interface GitRunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class GitRepo {
  private clock = CLOCK_START;

  private constructor(
    readonly path: string,
    private readonly root: string,
    readonly bare: boolean,
  ) {}

  /** A new repository (default branch `main`) in its own temporary folder. */
  static async create(opts: { bare?: boolean; branch?: string } = {}): Promise<GitRepo> {
    const root = await mkdtemp(path.join(tmpdir(), 'agent-attest-repo-'));
    const dir = path.join(root, 'repo');
    await mkdir(dir);
    const repo = new GitRepo(dir, root, opts.bare ?? false);
    await repo.git(['init', '-q', ...(opts.bare ? ['--bare'] : []), '-b', opts.branch ?? 'main']);
    return repo;
  }

  /** Environment that isolates git from the machine's configuration. */
  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: this.root,
      LC_ALL: 'C',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: path.join(this.root, 'gitconfig'),
      GIT_AUTHOR_NAME: DEFAULT_IDENT.name,
      GIT_AUTHOR_EMAIL: DEFAULT_IDENT.email,
      GIT_COMMITTER_NAME: DEFAULT_IDENT.name,
      GIT_COMMITTER_EMAIL: DEFAULT_IDENT.email,
      ...extra,
    };
    return env;
  }

  /** Runs git; resolves with code and output (never throws on a non-zero exit). */
  run(
    args: readonly string[],
    opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
  ): Promise<GitRunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: opts.cwd ?? this.path,
        env: this.env(opts.env),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({
          code: code ?? 1,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input);
    });
  }

  /** Runs git; returns trimmed stdout, throws with stderr on failure. */
  async git(
    args: readonly string[],
    opts: { input?: string | Buffer; env?: Record<string, string> } = {},
  ): Promise<string> {
    const r = await this.run(args, opts);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed (${r.code}): ${r.stderr.trim()}`);
    return r.stdout.trim();
  }

  private nextDate(): string {
    this.clock += 60;
    return `@${this.clock} +0000`;
  }

  private identEnv(
    author: Ident,
    committer: Ident,
    date: string,
    committerDate: string,
  ): Record<string, string> {
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: committerDate,
    };
  }

  /** Commits on the current branch (empty commits allowed); returns the commit id. */
  async commit(spec: CommitSpec): Promise<string> {
    if (this.bare) throw new Error('commit() needs a work tree');
    for (const [file, content] of Object.entries(spec.files ?? {})) {
      const full = path.join(this.path, file);
      if (content === null) await rm(full, { force: true });
      else {
        await mkdir(path.dirname(full), { recursive: true });
        await writeFile(full, content);
      }
    }
    if (spec.files && Object.keys(spec.files).length > 0) await this.git(['add', '-A']);
    const author = spec.author ?? DEFAULT_IDENT;
    const committer = spec.committer ?? author;
    const date = spec.date ?? this.nextDate();
    const config = spec.encoding ? ['-c', `i18n.commitEncoding=${spec.encoding}`] : [];
    await this.git(
      [
        ...config,
        'commit',
        '-q',
        '--allow-empty',
        '--allow-empty-message',
        '--no-verify',
        '--cleanup=verbatim',
        '-F',
        '-',
      ],
      {
        input: spec.message,
        env: this.identEnv(author, committer, date, spec.committerDate ?? date),
      },
    );
    return this.git(['rev-parse', 'HEAD']);
  }

  /**
   * Writes a commit object byte for byte (no validation: NUL bytes, invalid UTF-8, odd headers all
   * possible) on top of HEAD's tree and moves the current branch to it. `git commit` would sanitise these.
   */
  async rawCommit(opts: {
    message: Buffer | string;
    author?: string;
    parents?: string[];
    headers?: string;
  }): Promise<string> {
    const tree = await this.git(['rev-parse', 'HEAD^{tree}']).catch(() =>
      this.git(['hash-object', '-t', 'tree', '-w', '--stdin'], { input: '' }),
    );
    const parents = opts.parents ?? [await this.git(['rev-parse', 'HEAD']).catch(() => '')].filter(Boolean);
    this.clock += 60;
    const who = `${opts.author ?? `${DEFAULT_IDENT.name} <${DEFAULT_IDENT.email}>`} ${this.clock} +0000`;
    const header = [
      `tree ${tree}`,
      ...parents.map((p) => `parent ${p}`),
      `author ${who}`,
      `committer ${who}`,
    ].join('\n');
    const body = Buffer.concat([
      Buffer.from(`${header}\n${opts.headers ?? ''}\n`),
      Buffer.from(opts.message),
    ]);
    const sha = await this.git(['hash-object', '-t', 'commit', '-w', '--literally', '--stdin'], {
      input: body,
    });
    const branch = await this.git(['symbolic-ref', 'HEAD']);
    await this.git(['update-ref', branch, sha]);
    return sha;
  }

  async branch(name: string, from = 'HEAD'): Promise<void> {
    await this.git(['branch', name, from]);
  }

  async checkout(name: string): Promise<void> {
    await this.git(['checkout', '-q', name]);
  }

  /** A merge commit (always, even when a fast-forward is possible); returns its id. */
  async merge(
    branch: string,
    opts: { message?: string; author?: Ident; date?: string } = {},
  ): Promise<string> {
    const author = opts.author ?? DEFAULT_IDENT;
    const date = opts.date ?? this.nextDate();
    await this.git(
      ['merge', '-q', '--no-ff', '--no-verify', '-m', opts.message ?? `Merge branch '${branch}'`, branch],
      {
        env: this.identEnv(author, author, date, date),
      },
    );
    return this.git(['rev-parse', 'HEAD']);
  }

  /** A lightweight tag, or an annotated one when `message` is given. */
  async tag(name: string, rev = 'HEAD', opts: { message?: string; date?: string } = {}): Promise<void> {
    if (opts.message === undefined) await this.git(['tag', name, rev]);
    else {
      const date = opts.date ?? this.nextDate();
      await this.git(['tag', '-a', name, '-m', opts.message, rev], { env: { GIT_COMMITTER_DATE: date } });
    }
  }

  async note(rev: string, text: string, ref = 'refs/notes/ai'): Promise<void> {
    await this.git(['notes', `--ref=${ref}`, 'add', '-f', '-F', '-', rev], { input: text });
  }

  /** Streams a `git fast-import` script (fastest way to build large histories). */
  async fastImport(script: string | Buffer): Promise<void> {
    await this.git(['fast-import', '--quiet', '--done'], { input: script });
  }

  /**
   * Clones this repository (file:// so `--depth` and `--filter` work) into a new temporary folder. `filter`
   * makes a partial clone (e.g. `blob:limit=1k`): the objects it leaves out stay missing.
   */
  async clone(
    opts: { depth?: number; bare?: boolean; branch?: string; filter?: string } = {},
  ): Promise<GitRepo> {
    const root = await mkdtemp(path.join(tmpdir(), 'agent-attest-clone-'));
    const dir = path.join(root, 'repo');
    const clone = new GitRepo(dir, root, opts.bare ?? false);
    const args = [
      'clone',
      '-q',
      ...(opts.bare ? ['--bare'] : []),
      ...(opts.depth ? [`--depth=${opts.depth}`] : []),
      ...(opts.filter ? [`--filter=${opts.filter}`] : []),
    ];
    // The source serves filters only when its configuration allows (upload-pack does not see `-c` options).
    if (opts.filter) await this.git(['config', 'uploadpack.allowFilter', 'true']);
    if (opts.branch) args.push('--branch', opts.branch);
    const r = await clone.run([...args, `file://${this.path}`, dir], { cwd: root });
    if (r.code !== 0) throw new Error(`git clone failed: ${r.stderr.trim()}`);
    return clone;
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}
