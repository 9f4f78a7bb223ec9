/**
 * The built entry points as GitHub and users run them: `scripts/build.mjs --outdir` into a temp folder (so a stale
 * dist/ cannot hide a bug), then `node cli.js …` and `node verify.js` (the verify action) in real processes —
 * action inputs as INPUT_* variables, outputs and the job summary in the files GitHub names. Every run has a
 * time limit, so a hang is a test failure rather than a stuck suite.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Built {
  dir: string;
  close(): Promise<void>;
}

export async function buildEntryPoints(): Promise<Built> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aa-built-'));
  await exec(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outdir', dir], { cwd: ROOT });
  return { dir, close: () => rm(dir, { recursive: true, force: true }) };
}

export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The run was killed at its time limit. */
  timedOut: boolean;
}

async function runNode(
  script: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; maxRssMb?: number },
): Promise<ProcessRun> {
  const nodeArgs = opts.maxRssMb ? [`--max-old-space-size=${opts.maxRssMb}`] : [];
  try {
    const r = await exec(process.execPath, [...nodeArgs, script, ...args], {
      cwd: opts.cwd,
      env: opts.env,
      timeout: opts.timeoutMs,
      killSignal: 'SIGKILL',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr, timedOut: false };
  } catch (e) {
    const err = e as { code?: number; killed?: boolean; signal?: string; stdout?: string; stderr?: string };
    return {
      code: typeof err.code === 'number' ? err.code : -1,
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
      timedOut: err.killed === true || err.signal === 'SIGKILL',
    };
  }
}

const baseEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME });

/** `node cli.js ARGS` in `cwd`. */
export function runCli(
  built: Built,
  args: string[],
  opts: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv; maxRssMb?: number },
): Promise<ProcessRun> {
  return runNode(path.join(built.dir, 'cli.js'), args, {
    cwd: opts.cwd,
    env: { ...baseEnv(), ...opts.env },
    timeoutMs: opts.timeoutMs ?? 30_000,
    maxRssMb: opts.maxRssMb,
  });
}

export interface ActionRun extends ProcessRun {
  outputs: Record<string, string>;
  summary: string;
  /** The result file (`result-path`), or `{decision: 'missing'}`. */
  result: Record<string, unknown> & { decision: string };
  runnerTemp: string;
  /** `::error::` lines of the log. */
  errors: string[];
}

/** Runs the built verify action with GitHub's conventions: `INPUT_` + name uppercased, dashes kept. */
export async function runVerifyAction(
  built: Built,
  inputs: Record<string, string>,
  opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; maxRssMb?: number },
): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'aa-runner-temp-'));
  const outputFile = path.join(runnerTemp, 'github_output');
  const summaryFile = path.join(runnerTemp, 'step_summary');
  await Promise.all([writeFile(outputFile, ''), writeFile(summaryFile, '')]);
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const run = await runNode(path.join(built.dir, 'verify.js'), [], {
    cwd: opts.cwd,
    env,
    timeoutMs: opts.timeoutMs ?? 30_000,
    maxRssMb: opts.maxRssMb,
  });
  // A JavaScript action fails through `::error::` and exit code 1.
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(outputFile, 'utf8')).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1]!] = m[3]!;
  const resultPath = outputs['result-path'];
  const result = resultPath ? JSON.parse(await readFile(resultPath, 'utf8')) : { decision: 'missing' };
  return {
    ...run,
    outputs,
    summary: await readFile(summaryFile, 'utf8'),
    result,
    runnerTemp,
    errors: run.stdout.split('\n').filter((l) => l.startsWith('::error::')),
  };
}
