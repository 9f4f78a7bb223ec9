/**
 * `agent-attest demo`: flags → runDemo (src/demo) → the story on stdout, or one JSON object.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AgentAttestError } from '../../core/errors.js';
import type { DemoOptions, DemoResult, StepResult } from '../../demo/index.js';
import { runDemo } from '../../demo/index.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';
import { paint, paintMark, printable, stderrLogger } from '../io.js';

export const HELP = `usage: agent-attest demo [--keep DIR] [--format text|json] [--verbose]

Shows what agent-attest is for, on this machine, with no network (about 5 s). It builds a small repository
whose release has commits by Claude Code (tagged at commit time by agent-attest's hook, with a declared
review requirement), the Copilot coding agent and Cursor (one on an auth path), a human's commits, and an
AI-assistant config change that runs code when the folder is opened; starts a local Sigstore stack and a
local GitHub API with the pull requests and reviews; then

  attests and signs the release, shows its agent footprint (agents, models, share, config changes, reviews),
  writes the HTML report (scan --line-share --format html) and prints where it is, runs a deploy gate
  whose policy refuses it (unreviewed agent code on src/auth, a declared review requirement not met, an
  executable config change), adds a human approval and shows the gate pass, rejects a tampered artifact
  and a look-alike signer, and asks which artifacts contain agent code from the last 30 days.

Each step prints the CLI command that does the same thing.

  --keep DIR          work in DIR (new or empty) and keep the repository, bundles, policy, trusted root and
                      report.html (default: a temporary folder, removed at the end; the report is kept in
                      a folder of its own)
  --format text|json  the story (default) or one JSON object on stdout
  --verbose           the library's progress lines on stderr
  -h, --help          this help

Exit codes: 0 every step behaved as expected; 1 a step did not (its name is printed); 2 bad usage.
`;

const OPTIONS = {
  keep: { type: 'string' },
  format: { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Seams for tests: the gate and the steps (to break an expectation on purpose). */
export type DemoDeps = Pick<DemoOptions, 'gate' | 'steps' | 'logger'>;

export async function run(argv: string[], io: CliIO, deps: DemoDeps = {}): Promise<number> {
  const { values } = parseCommandArgs('demo', argv, OPTIONS, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new AgentAttestError('USAGE', `--format must be text or json, not '${format}'.`);
  }
  const keep = values.keep === undefined ? undefined : await keepFolder(values.keep, io.cwd);

  const mark = io.isTTY
    ? { ok: paint(io, 'stdout', 'pass', '✔'), fail: paint(io, 'stdout', 'fail', '✘') }
    : { ok: '[ok]', fail: '[FAIL]' };
  if (format === 'text') {
    io.stdout(
      'agent-attest demo: a release with agent-written code, from commit to deploy gate (127.0.0.1 only, no network)\n',
    );
  }
  const result = await runDemo({
    ...(keep ? { workDir: keep } : {}),
    logger: deps.logger ?? (values.verbose ? stderrLogger(io, true) : undefined),
    ...(deps.gate ? { gate: deps.gate } : {}),
    ...(deps.steps ? { steps: deps.steps } : {}),
    onStep:
      format === 'text'
        ? (s) => io.stdout(renderStep(s, mark, (line) => paintMark(io, 'stdout', line)))
        : undefined,
  });

  if (format === 'json') io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else if (result.ok) io.stdout(renderDone(result, mark.ok));
  if (!result.ok) {
    const failed = result.steps.find((s) => !s.ok);
    io.stderr(
      `${paint(io, 'stderr', 'error', 'agent-attest demo:')} step '${result.failedStep}' did not behave as expected: ${printable(failed?.summary ?? '')}\n`,
    );
    return 1;
  }
  return 0;
}

function renderStep(
  s: StepResult,
  marks: { ok: string; fail: string },
  mark: (line: string) => string,
): string {
  const lines = [`${s.ok ? marks.ok : marks.fail} ${printable(s.summary)}`];
  for (const d of s.details) lines.push(`    ${mark(printable(d))}`);
  if (s.command) lines.push(`    $ ${printable(s.command)}`);
  return `${lines.join('\n')}\n`;
}

function renderDone(result: DemoResult, ok: string): string {
  const where = result.keptIn
    ? `; everything is in ${result.keptIn}`
    : ' (its temporary files are removed, the report is kept; keep everything with --keep DIR)';
  return `${ok} done: every step behaved as expected in ${(result.ms / 1000).toFixed(1)} s${where}\n`;
}

/**
 * `--keep DIR`: a new or empty folder, so the demo never mixes its files with others nor deletes any. A file,
 * or a folder with something in it, is refused before anything starts.
 */
async function keepFolder(given: string, cwd: string): Promise<string> {
  const dir = path.resolve(cwd, given);
  const info = await stat(dir).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : e));
  if (info instanceof Error) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `--keep ${given}: cannot use it (${info.code ?? info.message}); pass a new or empty folder.`,
    );
  }
  if (info && !info.isDirectory()) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `--keep ${given}: is a file; pass a folder to keep the demo's files in (a new one, e.g. ${given}.demo).`,
    );
  }
  if (info && (await readdir(dir)).length > 0) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `--keep ${given}: the folder is not empty; pass a new or empty folder (the demo writes a repository, bundles and keys' trust files into it).`,
    );
  }
  return dir;
}
