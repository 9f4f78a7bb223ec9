/**
 * What the hook does once the script saw an agent variable: detect the agent exactly, build the commit-time
 * tag, and add it to the message where git's trailer parser finds it (`git interpret-trailers`, as `git commit
 * --trailer` does it). Nothing that fails here may block or damage a commit: the caller (the CLI's hidden
 * `hooks tag` command) turns every error into a warning and leaves the message as it was. The message file is
 * replaced atomically (write beside it, then rename), so it is either the old message or the new one.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseMessage } from '../attribution/message.js';
import { runGit } from '../git/run.js';
import { detectCommitEnvironment, trailerSafe, type Environment } from './detect.js';
import { formatTagValue, TAG_TRAILERS } from '../attribution/tags.js';
import { userInstructions } from './user-instructions.js';

export interface TagOptions {
  /** The message file git passes to prepare-commit-msg. */
  messageFile: string;
  /** The repository's git directory (where the message file, rebase state and CHERRY_PICK_HEAD live). */
  gitDir: string;
  /** The work tree git runs the hook in (interpret-trailers runs there, with the repository's config). */
  cwd: string;
  env: Environment;
  home: string;
  /** A review requirement this installation declares on every agent commit (`--review` at install time). */
  review?: string;
  /** Tests replace the file check of runner signals (`/opt/.devin`). */
  fileExists?: (p: string) => boolean;
}

export type TagOutcome =
  | { tagged: true; trailers: string[] }
  | { tagged: false; reason: 'no-agent' | 'replay' | 'empty-message' | 'already-tagged' };

/** Sequencer states: a rebase or cherry-pick replays commits someone already made (and tagged or not). */
const REPLAY_STATE = ['rebase-merge', 'rebase-apply', 'CHERRY_PICK_HEAD'];

/** The message as git will keep it: comment lines and everything below the scissors line dropped. */
function withoutComments(message: string): string {
  const cut = message.search(/^# -+ >8 -+$/m);
  const kept = cut >= 0 ? message.slice(0, cut) : message;
  return kept
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
}

/**
 * The commit-time tag as `Token: value` lines: `all` of it, and the lines the message does not carry yet
 * (`missing`). Undefined when no agent is detected.
 */
export async function tagTrailers(
  opts: TagOptions,
  existing: string[],
): Promise<{ all: string[]; missing: string[] } | undefined> {
  const found = detectCommitEnvironment(opts.env, opts.fileExists ?? existsSync);
  if (found.agents.length === 0) return undefined;
  const lines: string[] = [];
  for (const a of found.agents) {
    lines.push(`${TAG_TRAILERS.agent}: ${formatTagValue(a.agent)}`);
    if (a.model) lines.push(`${TAG_TRAILERS.model}: ${formatTagValue(a.model)}`);
    if (a.session) lines.push(`${TAG_TRAILERS.session}: ${formatTagValue(a.session)}`);
  }
  if (found.runner) lines.push(`${TAG_TRAILERS.runner}: ${formatTagValue(found.runner)}`);
  const user = await userInstructions(
    found.agents.map((a) => a.agent.value),
    opts.env,
    opts.home,
  );
  if (user) {
    const n = user.files.length;
    lines.push(`${TAG_TRAILERS.instructions}: ${user.digest} (${n} user file${n === 1 ? '' : 's'})`);
  }
  const review = opts.review === undefined ? undefined : trailerSafe(opts.review);
  if (review) lines.push(`${TAG_TRAILERS.review}: ${review}`);
  // Never a trailer the message already carries (git compares tokens case-insensitively).
  const have = new Set(existing.map(normalise));
  const all = [...new Set(lines)];
  return { all, missing: all.filter((l) => !have.has(normalise(l))) };
}

function normalise(line: string): string {
  const colon = line.indexOf(':');
  return `${line.slice(0, colon).trim().toLowerCase()}:${line.slice(colon + 1).trim()}`;
}

export async function tagCommitMessage(opts: TagOptions): Promise<TagOutcome> {
  if (REPLAY_STATE.some((f) => existsSync(path.join(opts.gitDir, f))))
    return { tagged: false, reason: 'replay' };
  const message = await readFile(opts.messageFile, 'utf8');
  const kept = withoutComments(message);
  if (kept.trim() === '') return { tagged: false, reason: 'empty-message' };
  const existing = parseMessage(kept, { body: false }).trailers.map((t) => t.line);
  const tag = await tagTrailers(opts, existing);
  if (!tag) return { tagged: false, reason: 'no-agent' };
  const trailers = tag.missing;
  if (trailers.length === 0) return { tagged: false, reason: 'already-tagged' };

  // The trailers are placed by git itself, with the options `git commit --trailer` uses; the repository's own
  // trailer.* settings cannot reorder or drop them.
  const args = [
    'interpret-trailers',
    '--no-divider',
    '--where',
    'end',
    '--if-exists',
    'addIfDifferent',
    '--if-missing',
    'add',
    ...trailers.flatMap((t) => ['--trailer', t]),
  ];
  const r = await runGit(opts.cwd, args, message);
  if (r.code !== 0) throw new Error(`git interpret-trailers failed: ${r.stderr.split('\n')[0] ?? r.code}`);
  const tagged = r.stdout.toString('utf8');
  if (!tagged.includes(trailers[0]!)) throw new Error('git interpret-trailers did not add the tag');
  const tmp = `${opts.messageFile}.agent-attest-${process.pid}`;
  try {
    await writeFile(tmp, tagged);
    await rename(tmp, opts.messageFile);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return { tagged: true, trailers };
}
