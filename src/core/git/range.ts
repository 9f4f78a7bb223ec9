/**
 * Which commits a release contains: head, and the base it is compared with. The base is, in order:
 * the one given (`explicit`), the pull request's base in pull_request runs (`pull-request`), the newest
 * release tag reachable from head other than head itself (`tag`), or none: everything reachable (`root`).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AgentAttestError } from '../errors.js';
import { gitText, runGit } from './run.js';

export type BaseRule = 'explicit' | 'pull-request' | 'tag' | 'root';

export interface ResolvedRange {
  /** Full commit id, or null when the range starts at the root(s). */
  base: string | null;
  head: string;
  baseRule: BaseRule;
  /** The tag that chose the base (baseRule `tag`). */
  tag?: string;
}

export interface RangeOptions {
  repoPath: string;
  base?: string;
  head?: string;
  /** Release tag globs (git's wildmatch on the tag name). */
  tagPattern?: string | readonly string[];
  /** The pull request's base commit, in pull_request runs. */
  pullRequestBase?: string;
  /** HEAD's commit id when `head` is not given and the caller resolved it already (probeRepository). */
  resolvedHead?: string;
}

export const DEFAULT_TAG_PATTERNS: readonly string[] = ['v[0-9]*', '[0-9]*'];

/** `--base root` (action `base-ref: root`): the whole history up to head, whatever tags there are. */
export const ROOT_BASE = 'root';

/** A revision given by a user: no option look-alikes, no whitespace or control characters. */
function checkRev(rev: string, flag: string): void {
  // eslint-disable-next-line no-control-regex
  if (rev === '' || rev.startsWith('-') || /[\s\x00-\x1f\x7f]/.test(rev) || rev.length > 256) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `${flag} '${rev.slice(0, 80)}' is not a valid revision; give a commit id, branch or tag.`,
    );
  }
}

export async function resolveCommit(repoPath: string, rev: string, flag: string): Promise<string> {
  checkRev(rev, flag);
  const r = await runGit(repoPath, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${rev}^{commit}`,
  ]);
  const sha = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `${flag} '${rev}' does not name a commit in ${repoPath}; fetch it (actions/checkout with fetch-depth: 0) or fix the revision.`,
    );
  }
  return sha;
}

export interface RepositoryFacts {
  /** Absolute path of the git directory. */
  gitDir: string;
  objectFormat: 'sha1' | 'sha256';
  /** Where git keeps the commits a shallow clone is cut at (the file exists only in a shallow clone). */
  shallowFile: string;
}

/**
 * One `git rev-parse` per repository path and process: attest and scan ask these of the same checkout from
 * several places, and a git process costs milliseconds. A checkout does not move while we run; a failed
 * look-up is not kept.
 */
const repositoryFacts = new Map<string, Promise<RepositoryFacts | undefined>>();

/** A repository's facts, and the commit HEAD names at the time of asking (none before the first commit). */
export interface RepositoryProbe {
  facts: RepositoryFacts;
  head?: string;
}

/** The one rev-parse behind the facts; HEAD costs nothing extra in it. Undefined: not a git repository. */
async function probe(key: string): Promise<RepositoryProbe | undefined> {
  const r = await runGit(key, [
    'rev-parse',
    '--absolute-git-dir',
    '--show-object-format',
    '--git-path',
    'shallow',
    '--verify',
    '--quiet',
    'HEAD^{commit}',
  ]);
  const [dir, format, shallow, head] = r.stdout.toString('utf8').split('\n');
  // Exit 1 after the first three lines: a repository whose HEAD names no commit yet.
  if ((r.code !== 0 && r.code !== 1) || !dir || !shallow) return undefined;
  const facts = {
    gitDir: dir,
    objectFormat: format === 'sha256' ? 'sha256' : 'sha1',
    shallowFile: path.resolve(key, shallow),
  } as const;
  return r.code === 0 && head && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head) ? { facts, head } : { facts };
}

function remember(key: string, facts: Promise<RepositoryFacts | undefined>): void {
  repositoryFacts.set(key, facts);
  const forget = () => repositoryFacts.delete(key);
  facts.then((f) => (f ? undefined : forget()), forget);
}

/** The git directory and object format of repoPath, or undefined when it is not a git repository. */
export function readRepositoryFacts(repoPath: string): Promise<RepositoryFacts | undefined> {
  const key = path.resolve(repoPath);
  const known = repositoryFacts.get(key);
  if (known) return known;
  const facts = probe(key).then((p) => p?.facts);
  remember(key, facts);
  return facts;
}

/**
 * Whether repoPath is a git repository and which commit HEAD names now, in one git process (always asked:
 * HEAD is never cached); the facts are kept as readRepositoryFacts keeps them. Undefined: not a repository.
 */
export function probeRepository(repoPath: string): Promise<RepositoryProbe | undefined> {
  const key = path.resolve(repoPath);
  const fresh = probe(key);
  if (!repositoryFacts.has(key))
    remember(
      key,
      fresh.then((p) => p?.facts),
    );
  return fresh;
}

/** The empty tree's id in the repository's object format (the base of a range from the root). */
export async function emptyTree(repoPath: string): Promise<string> {
  return (await readRepositoryFacts(repoPath))?.objectFormat === 'sha256'
    ? '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'
    : '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
}

/** Checks that repoPath is a git work tree or repository; returns the git directory. */
export async function gitDir(repoPath: string): Promise<string> {
  return (await gitDirFacts(repoPath)).gitDir;
}

/** The repository facts of repoPath, or the usage error of gitDir when it is not a directory or repository. */
async function gitDirFacts(repoPath: string): Promise<RepositoryFacts> {
  const st = await stat(repoPath).catch(() => undefined);
  if (!st?.isDirectory()) {
    throw new AgentAttestError(
      'FILE_NOT_FOUND',
      `${repoPath} is not a directory; pass --repo-path with the checkout to scan.`,
    );
  }
  const facts = await readRepositoryFacts(repoPath);
  if (!facts) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `${repoPath} is not a git repository; pass --repo-path with the checkout to scan.`,
    );
  }
  return facts;
}

/**
 * The commits a shallow clone is cut at (empty for a full clone): git's shallow file, which only a shallow clone
 * has. Its path is known from the repository facts, so this starts no git process; the file is read each time.
 */
export async function shallowBoundary(repoPath: string): Promise<Set<string>> {
  const file = (await gitDirFacts(repoPath)).shallowFile;
  const text = await readFile(file, 'utf8').catch(() => '');
  return new Set(text.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
}

export function shallowError(repoPath: string): AgentAttestError {
  return new AgentAttestError(
    'SHALLOW_CLONE',
    `${repoPath} is a shallow clone and the range reaches past its history; set \`fetch-depth: 0\` on actions/checkout (or run \`git fetch --unshallow\`).`,
  );
}

/** The newest tag (by tagger/commit date) matching the patterns, reachable from head, not pointing at head. */
export async function newestReleaseTag(
  repoPath: string,
  head: string,
  patterns: readonly string[],
): Promise<{ tag: string; commit: string } | undefined> {
  const out = await gitText(
    repoPath,
    [
      'for-each-ref',
      `--merged=${head}`,
      '--sort=-creatordate',
      '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)',
      ...patterns.map((p) => `refs/tags/${p}`),
    ],
    'git for-each-ref',
  );
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [tag, object, peeled] = line.split('\0');
    const commit = peeled || object;
    if (!tag || !commit || commit === head) continue;
    // An annotated tag of a tree or blob peels to something that is not a commit: skip it.
    const r = await runGit(repoPath, ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`]);
    if (r.code !== 0) continue;
    return { tag, commit: r.stdout.toString('utf8').trim() };
  }
  return undefined;
}

/** A repository with no commit at all (freshly initialised, or every ref deleted). */
async function hasNoCommits(repoPath: string): Promise<boolean> {
  const r = await runGit(repoPath, ['rev-list', '-n', '1', '--all']);
  return r.code === 0 && r.stdout.toString('utf8').trim() === '';
}

/**
 * A given base after head (the two swapped: head is in the base's history) is an error; a base equal to head is
 * an empty range, which the scan reports.
 */
async function checkRangeOrder(repoPath: string, base: string, head: string, flag: string): Promise<void> {
  if (base === head) return;
  const r = await runGit(repoPath, ['merge-base', '--is-ancestor', head, base]);
  if (r.code === 0) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `${flag} ${base.slice(0, 12)} comes after head ${head.slice(0, 12)} (head is in its history), so the range is empty; swap --base and --head, or give an older base.`,
    );
  }
}

export async function resolveRange(opts: RangeOptions): Promise<ResolvedRange> {
  const { repoPath } = opts;
  await gitDir(repoPath);
  // Why HEAD does not resolve is asked only when it does not (one git process less on every run).
  const known = opts.head === undefined ? opts.resolvedHead : undefined;
  const head =
    known ??
    (await resolveCommit(repoPath, opts.head ?? 'HEAD', opts.head ? '--head' : 'HEAD').catch(
      async (e: unknown) => {
        if (opts.head === undefined && (await hasNoCommits(repoPath))) {
          throw new AgentAttestError(
            'INPUT_INVALID',
            `${repoPath} has no commits yet, so there is no history to scan; commit first (or pass --repo-path with another checkout).`,
          );
        }
        throw e;
      },
    ));
  if (opts.base === ROOT_BASE) return { base: null, head, baseRule: 'root' };
  if (opts.base) {
    const base = await resolveCommit(repoPath, opts.base, '--base');
    await checkRangeOrder(repoPath, base, head, '--base');
    return { base, head, baseRule: 'explicit' };
  }
  if (opts.pullRequestBase) {
    // A stale pull request run (its head already merged into the base) is an empty range, said by the scan.
    const base = await resolveCommit(repoPath, opts.pullRequestBase, 'pull request base');
    return { base, head, baseRule: 'pull-request' };
  }
  const raw = opts.tagPattern ?? DEFAULT_TAG_PATTERNS;
  const patterns = typeof raw === 'string' ? [raw] : [...raw];
  for (const p of patterns) checkRev(p, '--tag-pattern');
  const tag = await newestReleaseTag(repoPath, head, patterns);
  if (tag) return { base: tag.commit, head, baseRule: 'tag', tag: tag.tag };
  return { base: null, head, baseRule: 'root' };
}

/** Is there a `refs/notes/ai` (or the given notes ref) to read? */
export async function hasRef(repoPath: string, ref: string): Promise<boolean> {
  const r = await runGit(repoPath, ['rev-parse', '--verify', '--quiet', ref]);
  return r.code === 0;
}

/**
 * Fetches git-ai notes from a remote when it has them (CI checkouts do not fetch notes). A missing
 * remote or ref is not an error: notes are optional evidence.
 */
export async function fetchNotes(
  repoPath: string,
  remote = 'origin',
  ref = 'refs/notes/ai',
): Promise<boolean> {
  const ls = await runGit(repoPath, ['ls-remote', '--end-of-options', remote, ref]);
  if (ls.code !== 0 || ls.stdout.toString('utf8').trim() === '') return false;
  const r = await runGit(repoPath, [
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    '--no-write-fetch-head',
    remote,
    `+${ref}:${ref}`,
  ]);
  return r.code === 0;
}

/** Reads a blob at a revision (bounded): undefined when absent or bigger than maxBytes. */
export async function readBlob(
  repoPath: string,
  rev: string,
  file: string,
  maxBytes: number,
): Promise<Buffer | undefined> {
  const spec = `${rev}:${file}`;
  const size = await runGit(repoPath, ['cat-file', '-s', spec]);
  if (size.code !== 0 || Number(size.stdout.toString('utf8').trim()) > maxBytes) return undefined;
  const r = await runGit(repoPath, ['cat-file', 'blob', spec]);
  return r.code === 0 ? r.stdout : undefined;
}

/** Paths of the tree at `rev` under the given prefixes (pathspecs, literal). */
export async function listTree(
  repoPath: string,
  rev: string,
  prefixes: readonly string[],
): Promise<string[]> {
  const r = await runGit(repoPath, [
    '-c',
    'core.quotePath=false',
    'ls-tree',
    '-r',
    '-z',
    '--name-only',
    '--full-tree',
    rev,
    '--',
    ...prefixes,
  ]);
  if (r.code !== 0) return [];
  return r.stdout.toString('utf8').split('\0').filter(Boolean);
}
