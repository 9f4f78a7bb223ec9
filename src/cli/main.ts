/**
 * agent-attest CLI: argv → a command. Each command lives in its own module and is imported only when
 * invoked, so a deploy gate running `verify` loads the verifier and nothing else. The executable is
 * index.ts, which checks the Node version before it loads this.
 */
import { AgentAttestError, messageOf } from '../core/errors.js';
import type { CliIO } from './io.js';
import { NO_COLOR_FLAG, paint, processIO } from './io.js';
import { VERSION } from '../core/version.js';

type CommandModule = { run(argv: string[], io: CliIO): Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  attest: {
    summary: 'build, sign and store provenance for artifacts',
    load: () => import('./commands/attest.js'),
  },
  verify: {
    summary: 'verify bundles for artifacts and enforce a policy',
    load: () => import('./commands/verify.js'),
  },
  scan: { summary: 'report the agent footprint of a commit range', load: () => import('./commands/scan.js') },
  hooks: {
    summary: 'tag commits made by AI coding agents at commit time (git hook)',
    load: () => import('./commands/hooks.js'),
  },
  query: {
    summary: 'search a folder of bundles for agent-written code',
    load: () => import('./commands/query.js'),
  },
  devstack: {
    summary: 'run a local Sigstore-compatible stack',
    load: () => import('./commands/devstack.js'),
  },
  demo: {
    summary: 'the whole story on this machine: agent code, attest, footprint, deploy gate, query',
    load: () => import('./commands/demo.js'),
  },
};

// The Sigstore conformance suite drives the verifier through `verify-bundle`: a Sigstore client's verify.
const ALIASES: Record<string, { name: string; load: () => Promise<CommandModule> }> = {
  'verify-bundle': { name: 'verify', load: async () => (await import('./commands/verify.js')).verifyBundle },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'usage: agent-attest <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'Run `agent-attest <command> --help` for its options.',
    `${NO_COLOR_FLAG} (anywhere, every command) turns colour off, as a non-empty NO_COLOR does; FORCE_COLOR=1`,
    'turns it on for a log that is not a terminal. Progress lines appear only when stderr is a terminal.',
  ].join('\n');
}

export async function main(argv: string[], given?: CliIO): Promise<number> {
  // --no-color is global: taken out wherever it stands (before a `--`), so no command has to know it.
  const end = argv.indexOf('--');
  const isNoColor = (a: string, i: number) => a === NO_COLOR_FLAG && (end < 0 || i < end);
  const noColor = argv.some(isNoColor);
  const io =
    given === undefined
      ? processIO({ noColor })
      : noColor
        ? { ...given, color: { stdout: false, stderr: false } }
        : given;
  const [first, ...rest] = argv.filter((a, i) => !isNoColor(a, i));
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(usage() + '\n');
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // Own properties only: `agent-attest constructor` is an unknown command, not Object's constructor.
  const alias = Object.hasOwn(ALIASES, first) ? ALIASES[first] : undefined;
  const name = alias?.name ?? first;
  const command = alias ?? (Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined);
  if (!command) {
    io.stderr(
      `${paint(io, 'stderr', 'error', 'agent-attest:')} unknown command '${first}'; run \`agent-attest --help\` for the list.\n`,
    );
    return 2;
  }
  try {
    const mod = await command.load();
    return await mod.run(rest, io);
  } catch (e) {
    const fail = (message: string) =>
      io.stderr(`${paint(io, 'stderr', 'error', `agent-attest ${name}:`)} ${message}\n`);
    if (e instanceof AgentAttestError) {
      fail(e.message);
      return e.exitCode;
    }
    const fileProblem = fileSystemProblem(e);
    if (fileProblem !== undefined) {
      fail(fileProblem);
      return 2;
    }
    fail(`unexpected error: ${messageOf(e)}`);
    if (process.env['AGENT_ATTEST_DEBUG']) io.stderr(`${(e as Error)?.stack ?? ''}\n`);
    return 2;
  }
}

/**
 * A file-system error no command turned into its own message (a full disk, a permission, a path that
 * became a directory) is about the user's files, not a bug: say which path and what to check (exit 2).
 */
function fileSystemProblem(e: unknown): string | undefined {
  const x = e as Partial<NodeJS.ErrnoException> | undefined;
  if (typeof x?.code !== 'string' || typeof x.syscall !== 'string' || !/^E[A-Z]+$/.test(x.code)) {
    return undefined;
  }
  const where = typeof x.path === 'string' ? ` ${x.path}` : '';
  return `cannot ${x.syscall}${where} (${x.code}); check the path, its permissions and the free space.`;
}
