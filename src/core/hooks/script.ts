/**
 * The hook scripts, generated: POSIX sh, no bashisms. The prepare-commit-msg hook first runs the hook it
 * replaced (its exit status is the hook's), then tests the agent variables of AGENT_SIGNALS with shell
 * builtins — a human's commit ends there, without starting Node — and only then runs the CLI by the absolute
 * paths recorded at install time. If those are gone, or the CLI fails, it warns and leaves the message as it
 * was: the hook never blocks a commit of its own accord.
 *
 * prepare-commit-msg rather than commit-msg: git runs it for `git commit --no-verify` too (Aider commits with
 * --no-verify by default), and for merges and amends.
 */
import { AGENT_SIGNALS, AI_AGENT_VARIABLE, type Condition } from './agents.js';

export const HOOK_NAME = 'prepare-commit-msg';
/** The first comment line of every script we write: how install, uninstall and status recognise ours. */
export const MARKER = '# agent-attest hook';
export const SCRIPT_FORMAT = 1;

/** Where the hook we replaced is kept (beside ours) until uninstall puts it back. */
export const SAVED_SUFFIX = '.agent-attest-saved';

/** Client- and server-side hooks git looks up by name (githooks(5)), chained by the global install. */
export const GIT_HOOK_NAMES = [
  'applypatch-msg',
  'pre-applypatch',
  'post-applypatch',
  'pre-commit',
  'pre-merge-commit',
  'prepare-commit-msg',
  'commit-msg',
  'post-commit',
  'pre-rebase',
  'post-checkout',
  'post-merge',
  'pre-push',
  'pre-receive',
  'update',
  'post-receive',
  'post-update',
  'reference-transaction',
  'pre-auto-gc',
  'post-rewrite',
  'sendemail-validate',
  'post-index-change',
  'p4-changelist',
  'p4-prepare-changelist',
  'p4-post-changelist',
  'p4-pre-submit',
] as const;
// Not chained: `push-to-checkout` and `proc-receive` change what git does merely by existing (a stub would
// replace receive-pack's default behaviour), so a global install leaves them out; docs/attribution.md says so.

/** A string as one single-quoted sh word. */
export function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const VARIABLE = /^[A-Z_][A-Z0-9_]*$/;

function test(c: Condition): string {
  if ('file' in c) return `[ -e ${shQuote(c.file)} ]`;
  if (!VARIABLE.test(c.env)) throw new Error(`not a variable name: ${c.env}`);
  const v = `"\${${c.env}-}"`;
  if (c.equals !== undefined) return `[ ${v} = ${shQuote(c.equals)} ]`;
  if (c.prefix !== undefined) return `case ${v} in ${shQuote(c.prefix)}*) true;; *) false;; esac`;
  if (c.suffix !== undefined) return `case ${v} in *${shQuote(c.suffix)}) true;; *) false;; esac`;
  return `[ -n ${v} ]`;
}

/** One line per signal: `test && test && hit=1`. */
export function fastPath(): string[] {
  const lines = AGENT_SIGNALS.map((s) => `${s.when.map(test).join(' && ')} && hit=1`);
  lines.push(`${test({ env: AI_AGENT_VARIABLE })} && hit=1`);
  return [...new Set(lines)];
}

/** Where a global stub finds the hook it chains to: an earlier global core.hooksPath, or the repository's own. */
export type ChainTarget =
  | { kind: 'none' }
  | { kind: 'file'; path: string }
  | { kind: 'hooks-path'; dir: string }
  | { kind: 'repository' };

/** Sets `prev` to the hook this one stands in for (may not exist). */
function locate(chain: ChainTarget, name: string): string[] {
  switch (chain.kind) {
    case 'none':
      return ['prev='];
    case 'file':
      return [`prev=${shQuote(chain.path)}`];
    case 'hooks-path':
      return [`prev=${shQuote(chain.dir)}/${name}`];
    case 'repository':
      // Hooks run in the work tree's top (or in a bare repository's git dir); `.git` is a directory there in
      // the common case, which saves a git process on every hook.
      return [
        'if [ -z "${GIT_DIR-}" ] && [ -d .git ]; then gd=.git; else gd=$(git rev-parse --git-common-dir 2>/dev/null) || gd=; fi',
        `prev=\${gd:+$gd/hooks/${name}}`,
      ];
  }
}

export function describeChain(chain: ChainTarget): string {
  switch (chain.kind) {
    case 'none':
      return 'none';
    case 'file':
      return `file ${chain.path}`;
    case 'hooks-path':
      return `hooks-path ${chain.dir}`;
    case 'repository':
      return 'repository';
  }
}

export interface TagHookOptions {
  node: string;
  cli: string;
  chain: ChainTarget;
  review?: string;
}

/** The prepare-commit-msg hook. */
export function tagHookScript(o: TagHookOptions): string {
  const review = o.review !== undefined ? ` --review ${shQuote(o.review)}` : '';
  return [
    '#!/bin/sh',
    `${MARKER} (format ${SCRIPT_FORMAT}): tags commits made by AI coding agents (Agent: trailers).`,
    '# Installed by `agent-attest hooks install`; `agent-attest hooks uninstall` removes it and restores what was here.',
    `# agent-attest-node: ${o.node}`,
    `# agent-attest-cli: ${o.cli}`,
    `# agent-attest-chain: ${describeChain(o.chain)}`,
    'status=0',
    ...locate(o.chain, HOOK_NAME),
    'if [ -n "$prev" ] && [ -x "$prev" ]; then "$prev" "$@" || status=$?; fi',
    '[ "$status" -eq 0 ] || exit "$status"',
    'hit=',
    ...fastPath(),
    '[ -n "$hit" ] || exit 0',
    `node=${shQuote(o.node)}`,
    `cli=${shQuote(o.cli)}`,
    'if [ ! -x "$node" ] || [ ! -f "$cli" ]; then',
    '  echo "agent-attest: the hook\'s Node.js ($node) or CLI ($cli) is gone, so this commit is not tagged; run \\`agent-attest hooks install\\` again." >&2',
    '  exit 0',
    'fi',
    `"$node" "$cli" hooks tag${review} -- "$1" </dev/null ||`,
    '  echo "agent-attest: tagging failed (the message is unchanged); the commit goes ahead untagged." >&2',
    'exit 0',
    '',
  ].join('\n');
}

/** A global stub for any other hook: runs the hook it stands in for, if there is one, as git would have. */
export function chainHookScript(name: string, chain: ChainTarget): string {
  return [
    '#!/bin/sh',
    `${MARKER} (format ${SCRIPT_FORMAT}): runs the ${name} hook git would have run without agent-attest's global hooks.`,
    `# agent-attest-chain: ${describeChain(chain)}`,
    ...locate(chain, name),
    'if [ -n "$prev" ] && [ -x "$prev" ]; then exec "$prev" "$@"; fi',
    'exit 0',
    '',
  ].join('\n');
}

/** The header fields of one of our scripts, or undefined for a file that is not ours. */
export function readScriptHeader(
  text: string,
): { node?: string; cli?: string; chain?: string; format: number } | undefined {
  const lines = text.split('\n', 8);
  const marker = lines.find((l) => l.startsWith(MARKER));
  if (!marker) return undefined;
  const field = (name: string): string | undefined =>
    lines.find((l) => l.startsWith(`# agent-attest-${name}: `))?.slice(`# agent-attest-${name}: `.length);
  return {
    format: Number(/\(format (\d+)\)/.exec(marker)?.[1] ?? 0),
    ...(field('node') !== undefined ? { node: field('node') } : {}),
    ...(field('cli') !== undefined ? { cli: field('cli') } : {}),
    ...(field('chain') !== undefined ? { chain: field('chain') } : {}),
  };
}
