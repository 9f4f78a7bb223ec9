/**
 * Subjects: what the statement is about. Three inputs, any combination:
 *   - `paths`: globs matched inside the workspace (Node's fs.glob; `!pattern` excludes), files digested;
 *   - `digest` + `name`: one subject given directly;
 *   - `checksums`: sha256sum/sha512sum text, or a file holding it.
 * Exact duplicates are dropped; one name with two different digests is an error (which one is the artifact?).
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { glob, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { AgentAttestError, messageOf } from '../errors.js';
import type { Subject } from '../statement/types.js';
import { MAX_CHECKSUMS_BYTES, looksLikeInlineChecksums, parseChecksums } from './checksums.js';
import type { DigestAlgorithm } from './digest.js';
import { digestFiles } from './digest.js';

export { parseChecksums, MAX_CHECKSUMS_BYTES } from './checksums.js';
export { digestFile, digestFiles } from './digest.js';
export type { DigestAlgorithm } from './digest.js';

/** GitHub's attest action puts at most this many subjects in one statement. */
export const MAX_SUBJECTS_PER_STATEMENT = 1024;

export interface SubjectInput {
  /** Globs, relative to the workspace. A `!` prefix excludes. */
  paths?: string[];
  /** `ALG:HEX`, with `name`. */
  digest?: string;
  name?: string;
  /** A checksums file path, or checksum text. */
  checksums?: string;
  /** Images: `registry/repository@sha256:…` (resolved by src/core/oci, not here). */
  images?: string[];
  /** OCI image layouts (directory or tarball) on disk (resolved by src/core/oci, not here). */
  imagePaths?: string[];
}

export interface ResolveSubjectsOptions {
  /** Every subject file must resolve (symlinks included) inside this directory. */
  workspace: string;
  /** Threads that hash files; default one per core. */
  threads?: number;
  algorithm?: DigestAlgorithm;
  /** Called as files are hashed (a progress indicator). */
  onHashed?: (p: { files: number; totalFiles: number }) => void;
}

const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

function subjectError(message: string): AgentAttestError {
  return new AgentAttestError('SUBJECT_INVALID', message);
}

/** Splits a list input: one item per line or comma-separated, except commas inside `{a,b}` braces. */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === '\n' || (ch === ',' && depth === 0)) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

interface MatchedFile {
  /** Workspace-relative POSIX path: the subject name. */
  name: string;
  absolute: string;
  size: number;
}

/**
 * What a matched path is (a link followed), by synchronous calls: a release of 20,000 small files would
 * otherwise make 40,000 thread-pool round trips, which cost more than hashing the files.
 */
function fileInfo(absolute: string, pattern: string, name: string): Stats & { linked: boolean } {
  let info: Stats;
  try {
    info = lstatSync(absolute);
  } catch (e) {
    throw subjectError(
      `subject-path '${pattern}' matches '${name}', which cannot be read: ${(e as NodeJS.ErrnoException).code ?? messageOf(e)}`,
    );
  }
  if (!info.isSymbolicLink()) return Object.assign(info, { linked: false });
  try {
    return Object.assign(statSync(absolute), { linked: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A dangling symlink: say so rather than "no such file".
    if (code === 'ENOENT')
      throw subjectError(`subject-path '${pattern}' matches '${name}', a symbolic link to nothing`);
    throw subjectError(
      `subject-path '${pattern}' matches '${name}', which cannot be read: ${code ?? messageOf(e)}`,
    );
  }
}

/** Expands the globs into files inside the workspace, sorted by name for a deterministic statement. */
async function matchFiles(patterns: string[], workspace: string): Promise<MatchedFile[]> {
  const realWorkspace = await realpath(workspace).catch(() => {
    throw subjectError(
      `workspace '${workspace}' does not exist; run from the repository checkout or pass --repo-path`,
    );
  });
  const includes = patterns.filter((p) => !p.startsWith('!'));
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const isExcluded = excludes.length > 0 ? picomatch(excludes, { dot: true }) : () => false;
  if (includes.length === 0)
    throw subjectError(`subject-path has only exclusions ('!…'); add the globs of the files to attest`);

  const realFolders = new Map<string, string>();
  const realFolder = (dir: string): string => {
    let real = realFolders.get(dir);
    if (real === undefined) realFolders.set(dir, (real = realpathSync.native(dir)));
    return real;
  };
  const byName = new Map<string, MatchedFile>();
  for (const pattern of includes) {
    const literal = !picomatch.scan(pattern).isGlob;
    let matched = 0;
    for await (const entry of glob(pattern, { cwd: workspace })) {
      const absolute = path.resolve(workspace, entry);
      const name = toPosix(path.relative(workspace, absolute));
      if (!isInside(workspace, absolute)) {
        throw subjectError(
          `subject-path '${pattern}' matches '${entry}', which is outside the workspace ${workspace}`,
        );
      }
      if (isExcluded(name)) continue;
      const info = fileInfo(absolute, pattern, name);
      if (info.isDirectory()) {
        // A glob may sweep up directories beside the files (`dist/*`); naming one outright is a mistake.
        if (literal)
          throw subjectError(
            `subject-path '${pattern}' is a directory; attest its files with '${pattern}/*' or '${pattern}/**'`,
          );
        continue;
      }
      if (!info.isFile())
        throw subjectError(`subject-path '${pattern}' matches '${name}', which is not a regular file`);
      // Only a link needs its own realpath; a file's real path is its folder's (one look-up per folder).
      const real = info.linked
        ? realpathSync.native(absolute)
        : path.join(realFolder(path.dirname(absolute)), path.basename(absolute));
      if (!isInside(realWorkspace, real)) {
        throw subjectError(
          `subject-path '${pattern}' matches '${name}', a symbolic link to '${real}' outside the workspace ${workspace}`,
        );
      }
      matched++;
      if (!byName.has(name)) byName.set(name, { name, absolute, size: info.size });
    }
    if (matched === 0) {
      throw subjectError(
        `subject-path '${pattern}' matches no files in ${workspace}; check the path and that the artifacts were built`,
      );
    }
  }
  return [...byName.values()].sort(bySubjectName);
}

/** Parses `ALG:HEX` (sha256, sha384 or sha512). */
export function parseDigest(value: string, input = 'subject-digest'): { algorithm: string; hex: string } {
  const m = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value.trim());
  const expected = m ? DIGEST_HEX_LENGTH[m[1]!] : undefined;
  if (!m || expected === undefined || m[2]!.length !== expected) {
    throw subjectError(
      `${input} '${value}' is not ALG:HEX with ALG sha256, sha384 or sha512 and a digest of the right length`,
    );
  }
  return { algorithm: m[1]!, hex: m[2]!.toLowerCase() };
}

async function readChecksums(value: string, workspace: string): Promise<Subject[]> {
  if (looksLikeInlineChecksums(value)) return parseChecksums(value, 'inline text');
  const file = path.resolve(workspace, value);
  const info = await stat(file).catch(() => {
    throw subjectError(`subject-checksums file '${value}' does not exist`);
  });
  if (!info.isFile()) throw subjectError(`subject-checksums '${value}' is not a file`);
  if (info.size > MAX_CHECKSUMS_BYTES) {
    throw subjectError(
      `subject checksums file '${value}' is larger than 512 KiB; split the artifacts across several attest steps`,
    );
  }
  return parseChecksums(await readFile(file, 'utf8'), `file '${value}'`);
}

/**
 * Drops exact duplicates (same name, same digests) keeping the first; one name with two digests fails.
 */
export function dedupeSubjects(subjects: Subject[]): Subject[] {
  const byName = new Map<string, Subject>();
  for (const s of subjects) {
    const prior = byName.get(s.name);
    if (!prior) {
      byName.set(s.name, s);
      continue;
    }
    for (const [alg, hex] of Object.entries(s.digest)) {
      const before = prior.digest[alg];
      if (before !== undefined && before !== hex) {
        throw subjectError(
          `subject '${s.name}' is given twice with different ${alg} digests (${before} and ${hex}); give each artifact one digest`,
        );
      }
    }
    // Same artifact named twice with different algorithms: keep both digests on one subject.
    byName.set(s.name, { name: s.name, digest: { ...prior.digest, ...s.digest } });
  }
  return [...byName.values()].sort(bySubjectName);
}

/** Subjects in name order (code points): the same inputs, in any combination, give the same statement. */
export function bySubjectName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** All subjects from every input, digested, deduplicated. At least one, or an error saying what to pass. */
export async function resolveSubjects(
  input: SubjectInput,
  options: ResolveSubjectsOptions,
): Promise<Subject[]> {
  const subjects: Subject[] = [];
  if ((input.digest === undefined) !== (input.name === undefined)) {
    throw subjectError(
      input.digest
        ? `subject-digest needs subject-name: the name of the artifact it is the digest of`
        : `subject-name needs subject-digest (ALG:HEX)`,
    );
  }
  const patterns = (input.paths ?? []).map((p) => p.trim()).filter((p) => p !== '');
  if (patterns.length > 0) {
    const files = await matchFiles(patterns, path.resolve(options.workspace));
    const algorithm = options.algorithm ?? 'sha256';
    const digests = await digestFiles(
      files.map((f) => f.absolute),
      algorithm,
      {
        sizes: files.map((f) => f.size),
        threads: options.threads,
        ...(options.onHashed
          ? { onHashed: (n: number) => options.onHashed!({ files: n, totalFiles: files.length }) }
          : {}),
      },
    );
    files.forEach((f, i) => subjects.push({ name: f.name, digest: { [algorithm]: digests[i]! } }));
  }
  if (input.digest !== undefined && input.name !== undefined) {
    if (input.name.trim() === '') throw subjectError(`subject-name is empty; give the artifact's file name`);
    const { algorithm, hex } = parseDigest(input.digest);
    subjects.push({ name: input.name.trim(), digest: { [algorithm]: hex } });
  }
  if (input.checksums !== undefined && input.checksums.trim() !== '') {
    subjects.push(...(await readChecksums(input.checksums, options.workspace)));
  }
  if (subjects.length === 0) {
    throw new AgentAttestError(
      'USAGE',
      'no subjects: pass --subject-path GLOB, --subject-digest ALG:HEX with --subject-name NAME, --subject-checksums FILE, --subject-image REGISTRY/REPOSITORY@sha256:HEX or --subject-image-path LAYOUT',
    );
  }
  return dedupeSubjects(subjects);
}

/** Splits subjects into groups of at most `max` (one statement each). */
export function shard<T>(subjects: T[], max: number = MAX_SUBJECTS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < subjects.length; i += max) out.push(subjects.slice(i, i + max));
  return out;
}
