/**
 * `agent-attest hooks tag [--review R] -- MESSAGE_FILE`: what the installed prepare-commit-msg hook
 * runs when an agent variable is set. It always exits 0: a failure is one warning on stderr and the message
 * file as it was, never a blocked commit.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { messageOf } from '../../core/errors.js';
import { printable, type CliIO } from '../io.js';

const GIT_MESSAGE_FILES = new Set(['COMMIT_EDITMSG', 'MERGE_MSG', 'SQUASH_MSG']);

export async function runTag(argv: string[], io: CliIO): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { review: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const messageFile = positionals[0];
    if (positionals.length !== 1 || !messageFile) throw new Error('the hook passed no message file');
    const { tagCommitMessage } = await import('../../core/hooks/tag.js');
    // git writes the message into the (per-worktree) git dir: its folder is the git dir, with no git process
    // to ask. Anything else (a hook run by hand) asks git.
    const file = path.resolve(io.cwd, messageFile);
    const gitDir = GIT_MESSAGE_FILES.has(path.basename(file))
      ? path.dirname(file)
      : await (
          await import('../../core/git/run.js')
        ).gitText(io.cwd, ['rev-parse', '--absolute-git-dir'], 'git rev-parse');
    await tagCommitMessage({
      messageFile: file,
      ...(values.review !== undefined ? { review: values.review } : {}),
      gitDir,
      cwd: io.cwd,
      env: process.env,
      home: process.env.HOME || homedir(),
    });
  } catch (e) {
    io.stderr(
      `agent-attest: this commit is not tagged (${printable(messageOf(e))}); the message is unchanged and the commit goes ahead.\n`,
    );
  }
  return 0;
}
