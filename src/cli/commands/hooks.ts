/**
 * agent-attest hooks install | uninstall | status: tag commits made by AI coding agents at commit time.
 * `hooks tag` is what the installed hook runs (not for people): it must stay cheap to load, so everything
 * else is imported only by the subcommands that need it, and it never fails a commit.
 */
import { realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { AgentAttestError, messageOf } from '../../core/errors.js';
import { parseCommandArgs } from '../args.js';
import type { HooksStatus, ScriptStatus } from '../../core/hooks/install.js';
import { printable, type CliIO } from '../io.js';

const HELP = `usage: agent-attest hooks install   [--repo-path DIR | --global] [--review REQUIREMENT]
       agent-attest hooks uninstall [--repo-path DIR | --global]
       agent-attest hooks status    [--repo-path DIR] [--format text|json]

Tags every commit an AI coding agent makes with git trailers (Agent:, Agent-Model:, Agent-Session:,
Agent-Instructions:, …; docs/attribution.md "Commit-time tags"). The hook is a small sh script: without an
agent variable in the environment it exits at once; with one it runs this CLI, which adds the trailers. It
never blocks a commit: if anything fails, the message stays as it was and a warning is printed.

  install     a prepare-commit-msg hook in the repository (--repo-path, default: the current directory),
              running the hook that was there first; or, with --global, core.hooksPath of your git
              config, chaining to each repository's own hooks (or to your earlier core.hooksPath)
  uninstall   takes it out again and restores exactly what was there
  status      what is installed where, and whether it can run

options:
  --repo-path DIR        the repository (default: the current directory)
  --global               your git config's core.hooksPath instead of one repository
  --review REQUIREMENT   also declare a review requirement on every agent commit (Agent-Review: REQUIREMENT,
                         e.g. required); the gate (rule reviews.declared) then wants a human approval of
                         the final head of the pull request that brought the commit
  --format FORMAT        status as text (default) or json
  -h, --help             this help

exit codes: 0 done; 2 bad usage or input (not a repository, a hook file in the way).
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'tag') return (await import('./hooks-tag.js')).runTag(rest, io);
  const { values, positionals } = parseCommandArgs('hooks', rest, {
    'repo-path': { type: 'string' },
    global: { type: 'boolean', default: false },
    review: { type: 'string' },
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (sub === undefined || sub === '--help' || sub === '-h' || values.help) {
    io.stdout(HELP);
    return sub === undefined ? 2 : 0;
  }
  if (positionals.length > 0)
    throw new AgentAttestError(
      'USAGE',
      `unexpected argument '${positionals[0]}'; run \`agent-attest hooks --help\``,
    );
  if (values.global && values['repo-path'] !== undefined)
    throw new AgentAttestError('USAGE', '--global and --repo-path exclude each other: pass one');
  if (values.format !== 'text' && values.format !== 'json')
    throw new AgentAttestError('USAGE', `--format must be text or json, not '${values.format}'`);
  if (values.review !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._=-]{0,63}$/.test(values.review))
    throw new AgentAttestError(
      'USAGE',
      `--review must be one word of letters, digits, '.', '_', '-' or '=' (e.g. required), not '${values.review}'`,
    );

  const env = process.env;
  const home = env.HOME || homedir();
  const configHome = env.XDG_CONFIG_HOME || path.join(home, '.config');
  const globalDir = path.join(configHome, 'agent-attest', 'hooks');
  const repoPath = path.resolve(io.cwd, values['repo-path'] ?? '.');
  if (values['repo-path'] !== undefined) await checkFolder(values['repo-path'], repoPath);
  const install = await import('../../core/hooks/install.js');

  switch (sub) {
    case 'install': {
      const runtime = { node: process.execPath, cli: cliPath() };
      if (values.global) {
        const r = await install.installGlobalHooks({
          ...runtime,
          dir: globalDir,
          cwd: io.cwd,
          review: values.review,
        });
        io.stdout(
          `${r.refreshed ? 'refreshed' : 'installed'} agent-attest's hooks in ${r.dir} (core.hooksPath of your git config)\n` +
            `  each hook runs ${r.previous === null ? "the repository's own .git/hooks one" : `the one in your earlier core.hooksPath ${r.previous}`} first\n` +
            `  a repository with its own core.hooksPath (husky) does not use it: run \`agent-attest hooks install\` there\n`,
        );
        return 0;
      }
      const r = await install.installRepositoryHook({
        ...runtime,
        repoPath,
        globalDir,
        review: values.review,
      });
      if (r.lineToAdd) {
        io.stdout(
          `${r.refreshed ? 'refreshed' : 'installed'} ${r.script}\n` +
            `${r.owner === 'husky' ? 'husky' : 'the repository'} owns ${r.hooksDir}; agent-attest edits no tracked file.\n` +
            (r.lineToAdd.present
              ? `${r.lineToAdd.file} already runs it.\n`
              : `add this line to ${r.lineToAdd.file} (it does nothing in clones without the hook):\n\n${r.lineToAdd.line}\n`),
        );
        return 0;
      }
      io.stdout(
        `${r.refreshed ? 'refreshed' : 'installed'} ${r.script}\n` +
          (r.saved ? `  the hook that was there runs first, from ${r.saved}\n` : '') +
          r.notes.map((n) => `  ${n}\n`).join(''),
      );
      return 0;
    }
    case 'uninstall': {
      if (values.global) {
        const r = await install.uninstallGlobalHooks({ dir: globalDir, cwd: io.cwd });
        if (!r) {
          io.stdout(`agent-attest's global hooks are not installed (${globalDir}); nothing to do\n`);
          return 0;
        }
        io.stdout(
          r.untouched !== undefined
            ? `removed ${globalDir}; core.hooksPath is ${r.untouched} now (changed since the install), so it was left as it is\n`
            : `removed ${globalDir}; core.hooksPath ${r.restored === null ? 'unset again' : `restored to ${r.restored}`}\n`,
        );
        return 0;
      }
      const r = await install.uninstallRepositoryHook(repoPath, globalDir);
      if (r.removed.length === 0 && r.notes.length === 0) {
        io.stdout(`agent-attest's hook is not installed in ${repoPath}; nothing to do\n`);
        return 0;
      }
      io.stdout(
        r.removed.map((p) => `removed ${p}\n`).join('') +
          (r.restored ? `restored the previous hook ${r.restored}\n` : '') +
          r.notes.map((n) => `${n}\n`).join(''),
      );
      return 0;
    }
    case 'status': {
      const inRepo = await import('../../core/facts/index.js').then((m) => m.isGitRepository(repoPath));
      if (!inRepo && values['repo-path'] !== undefined)
        throw new AgentAttestError(
          'GIT_ERROR',
          `${repoPath} is not a git repository; pass --repo-path with a checkout`,
        );
      const s = await install.hooksStatus({ ...(inRepo ? { repoPath } : {}), globalDir, cwd: io.cwd });
      io.stdout(values.format === 'json' ? `${JSON.stringify(s, null, 2)}\n` : renderStatus(s));
      return 0;
    }
    default:
      throw new AgentAttestError(
        'USAGE',
        `unknown hooks command '${printable(sub)}'; use install, uninstall or status`,
      );
  }
}

async function checkFolder(given: string, full: string): Promise<void> {
  const info = await stat(full).catch(() => undefined);
  if (!info)
    throw new AgentAttestError(
      'FILE_NOT_FOUND',
      `--repo-path ${given}: no such folder; pass the repository's folder`,
    );
  if (!info.isDirectory())
    throw new AgentAttestError(
      'INPUT_INVALID',
      `--repo-path ${given}: is a file, not a folder; pass the repository's folder`,
    );
}

/** The CLI the hook will run: the script this process was started with (its real path). */
function cliPath(): string {
  const script = process.argv[1];
  let real: string | undefined;
  try {
    real = script ? realpathSync(script) : undefined;
  } catch (e) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `cannot resolve the agent-attest CLI path ${script}: ${messageOf(e)}`,
    );
  }
  if (!real || !/\.(c|m)?js$/.test(real))
    throw new AgentAttestError(
      'INPUT_INVALID',
      `the hook needs the built CLI (dist/cli.js) to run, but this process runs ${script ?? 'no script'}; run \`agent-attest hooks install\` from an installed agent-attest`,
    );
  return real;
}

function renderStatus(s: HooksStatus): string {
  const out: string[] = [];
  const script = (h: ScriptStatus, indent: string): void => {
    out.push(
      `${indent}node ${h.node ?? '?'}, cli ${h.cli ?? '?'}${h.chain ? `, runs first: ${h.chain}` : ''}`,
    );
    for (const p of h.problems)
      out.push(`${indent}problem: ${p} — commits are not tagged; run \`agent-attest hooks install\` again`);
  };
  const r = s.repository;
  if (r) {
    out.push(`repository ${r.path}`);
    out.push(`  hooks folder ${r.hooksDir} (${r.owner})`);
    if (r.hook) {
      out.push(`  installed: ${r.hook.path}`);
      script(r.hook, '    ');
    } else out.push('  not installed' + (r.foreignHook ? ` (${r.foreignHook} is another hook)` : ''));
    if (r.saved) out.push(`  the previous hook is kept as ${r.saved}`);
    if (r.lineToAdd)
      out.push(
        r.lineToAdd.present
          ? `  ${r.lineToAdd.file} runs it`
          : `  ${r.lineToAdd.file} does not run it yet; add:\n    ${r.lineToAdd.line}`,
      );
    if (s.global.installed && r.overridesGlobal)
      out.push('  this repository sets its own core.hooksPath, so the global hooks do not run here');
  }
  out.push(`global ${s.global.installed ? 'installed' : 'not installed'}: ${s.global.dir}`);
  out.push(`  core.hooksPath of your git config: ${s.global.hooksPath ?? '(unset)'}`);
  if (s.global.installed && s.global.hook) script(s.global.hook, '    ');
  if (s.global.previous !== undefined && s.global.installed)
    out.push(`  before the install: ${s.global.previous ?? '(unset)'}`);
  return `${out.join('\n')}\n`;
}
