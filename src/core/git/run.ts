/**
 * Running git safely on a repository we do not trust: parse only, never execute anything the
 * repository configures. Configuration that could run a program or change the output we parse is
 * overridden on every call; no pager, no prompts, no optional locks.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { AgentAttestError } from '../errors.js';

/** `-c` overrides that keep git from running configured programs or reshaping output. */
const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.pager=cat',
  'core.quotePath=false',
  'log.showSignature=false',
  'log.mailmap=false',
  'i18n.logOutputEncoding=UTF-8',
  'color.ui=false',
];

export function gitArgs(args: readonly string[]): string[] {
  return [...SAFE_CONFIG.flatMap((c) => ['-c', c]), '--no-pager', ...args];
}

export function gitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
  // Variables that would run programs or redirect git elsewhere.
  for (const k of [
    'GIT_EXTERNAL_DIFF',
    'GIT_PAGER',
    'PAGER',
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_NOTES_REF',
  ])
    delete env[k];
  return env;
}

/** `env`: variables added for this process (e.g. refusing every transport so that nothing is fetched). */
export function spawnGit(
  repoPath: string,
  args: readonly string[],
  env?: Readonly<Record<string, string>>,
): ChildProcessWithoutNullStreams {
  return spawn('git', gitArgs(args), {
    cwd: repoPath,
    env: { ...gitEnv(), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git to completion (small outputs only). */
export function runGit(
  repoPath: string,
  args: readonly string[],
  input?: string | Buffer,
  env?: Readonly<Record<string, string>>,
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawnGit(repoPath, args, env);
    } catch (e) {
      reject(gitUnavailable(e));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => reject(gitUnavailable(e)));
    child.on('close', (code) =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8').trim(),
      }),
    );
    child.stdin.on('error', () => {}); // git may exit before reading all input
    child.stdin.end(input);
  });
}

function gitUnavailable(e: unknown): AgentAttestError {
  return new AgentAttestError(
    'GIT_ERROR',
    `could not run git (${(e as Error).message}); install git and put it on PATH.`,
    {
      cause: e,
    },
  );
}

/** Runs git and returns trimmed stdout; a non-zero exit becomes GIT_ERROR with git's first error line. */
export async function gitText(repoPath: string, args: readonly string[], what: string): Promise<string> {
  const r = await runGit(repoPath, args);
  if (r.code !== 0) {
    const first = r.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${r.code}`;
    throw new AgentAttestError('GIT_ERROR', `${what} failed in ${repoPath}: ${first}`);
  }
  return r.stdout.toString('utf8').trim();
}
