/**
 * A small GitHub Actions runner for the examples: it runs a workflow file's jobs and steps on this machine the
 * way GitHub would, closely enough that a step which could not work on GitHub fails here too.
 *
 * - Jobs run in `needs` order; `if:` and every `${{ }}` are evaluated by @actions/expressions (GitHub's own
 *   expression library) over the github, env, inputs, steps, needs, jobs, runner, secrets and vars contexts.
 * - A job that `uses:` a reusable workflow runs that file (mapped to a local one) with its inputs, and gets its
 *   `workflow_call` outputs.
 * - `run:` steps run in `bash --noprofile --norc -eo pipefail` (GitHub's default), in the job's own workspace
 *   and RUNNER_TEMP: a path on one job's runner means nothing to another job, as on GitHub.
 * - Our actions (`OWNER/agent-attest@v1`, `…/verify@v1`) run from a build, as processes with INPUT_* variables
 *   (action.yml's defaults first) and GITHUB_OUTPUT files. The OIDC token variables reach only jobs whose
 *   permissions grant `id-token: write` (and, in a called workflow, the caller's job too).
 * - Stand-ins, for what cannot run here: actions/checkout clones the fixture repository with real git (depth,
 *   sparse checkout, path; `repository: OWNER/agent-attest` gives the build); upload-artifact/download-artifact
 *   keep artifacts in a folder shared by the runs of one world (root = the files' common folder, as upload-artifact
 *   does); github/codeql-action/upload-sarif checks that the file is SARIF 2.1.0. Any other action is refused
 *   (UnsupportedStep), so a test cannot pass by skipping a step.
 */
import { spawn } from 'node:child_process';
import { cp, glob, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { parse as parseYaml } from 'yaml';

export class UnsupportedStep extends Error {}

export interface World {
  /** The repository actions/checkout clones (a local git repository). */
  repo: string;
  /** The built project (dist/ with attest.js, verify.js, cli.js); its parent stands for OWNER/agent-attest. */
  project: string;
  /** Scratch space for workspaces, runner temps and artifacts. */
  tmp: string;
  /** Reusable workflows by their `uses:` reference → a local workflow file. */
  reusable: Record<string, string>;
  /** GITHUB_API_URL and the like, for every process. */
  env: Record<string, string>;
  /** ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN: only for jobs with `id-token: write`. */
  oidc: Record<string, string>;
  /** Inputs added to our actions' steps: what this machine stands in for (the Sigstore instance, its root). */
  inputs: { attest?: Record<string, string>; verify?: Record<string, string> };
  token: string;
}

export interface GitHubContext {
  event_name: string;
  event: Record<string, unknown>;
  repository: string;
  repository_id: string;
  repository_owner: string;
  ref: string;
  sha: string;
  run_id?: string;
  [key: string]: unknown;
}

export interface StepRun {
  name: string;
  id?: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  log: string;
}

export interface JobRun {
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepRun[];
  /** Jobs of a called reusable workflow. */
  called?: Record<string, JobRun>;
}

export interface WorkflowRun {
  runId: string;
  conclusion: 'success' | 'failure';
  jobs: Record<string, JobRun>;
  outputs: Record<string, string>;
}

interface Workflow {
  on?: {
    workflow_call?: {
      inputs?: Record<string, { default?: unknown }>;
      outputs?: Record<string, { value: string }>;
    };
  };
  permissions?: Record<string, string> | string;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  env?: Record<string, unknown>;
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'working-directory'?: string;
}

let runs = 0;

// ── expressions ───────────────────────────────────────────────────────────────────────────────────

const CONTEXTS = [
  'github',
  'env',
  'inputs',
  'steps',
  'needs',
  'jobs',
  'runner',
  'secrets',
  'vars',
  'matrix',
  'strategy',
];
const STATUS = ['success', 'failure', 'always', 'cancelled'].map((name) => ({
  name,
  minArgs: 0,
  maxArgs: 0,
}));

function evaluate(expr: string, ctx: Record<string, unknown>, failed: boolean): data.ExpressionData {
  const lexed = new Lexer(expr).lex();
  const parsed = new Parser(lexed.tokens, CONTEXTS, STATUS).parse();
  const dict = JSON.parse(JSON.stringify(ctx), data.reviver) as data.Dictionary;
  const status = (v: boolean) => () => new data.BooleanData(v);
  const functions = new Map(
    [
      ['success', status(!failed)],
      ['failure', status(failed)],
      ['always', status(true)],
      ['cancelled', status(false)],
    ].map(([name, call]) => [
      name as string,
      { name: name as string, minArgs: 0, maxArgs: 0, call: call as () => data.ExpressionData },
    ]),
  );
  return new Evaluator(parsed, dict, functions).evaluate();
}

/** `${{ … }}` inside a string, each replaced by its value. */
function interpolate(value: unknown, ctx: Record<string, unknown>): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) =>
    evaluate(expr, ctx, false).coerceString(),
  );
}

/** An `if:` condition (bare or wrapped); absent: `success()`. */
function condition(expr: string | undefined, ctx: Record<string, unknown>, failed: boolean): boolean {
  const text = (expr ?? 'success()').trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const usesStatus = /\b(success|failure|always|cancelled)\(\)/.test(text);
  const full = usesStatus ? text : `success() && (${text})`;
  // `!!` makes it a boolean by the language's own truthiness.
  return evaluate(`!!(${full})`, ctx, failed).coerceString() === 'true';
}

// ── processes ─────────────────────────────────────────────────────────────────────────────────────

function exec(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

async function git(args: string[], cwd: string): Promise<void> {
  const r = await exec('git', args, {
    cwd,
    env: { PATH: process.env['PATH'], HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.out.trim()}`);
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  for (const m of text.matchAll(/^([\w-]+)=(.*)$/gm)) out[m[1]!] = m[2]!;
  return out;
}

function lines(value: unknown): string[] {
  return String(value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function permits(perms: Job['permissions'], scope: string, level: string): boolean {
  if (perms === undefined) return false;
  if (typeof perms === 'string') return perms === 'write-all' || (perms === 'read-all' && level === 'read');
  const v = perms[scope];
  return v === level || (level === 'read' && v === 'write');
}

// ── the runner ────────────────────────────────────────────────────────────────────────────────────

export async function runWorkflow(
  world: World,
  file: string,
  github: GitHubContext,
  call?: { inputs: Record<string, unknown>; callerPermissions: Job['permissions'] },
): Promise<WorkflowRun> {
  const wf = parseYaml(await readFile(file, 'utf8')) as Workflow;
  const runId = github.run_id ?? String(++runs + 1000);
  const gh = {
    ...github,
    run_id: runId,
    token: world.token,
    server_url: 'https://github.com',
    api_url: world.env['GITHUB_API_URL'],
  };
  const inputs: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(wf.on?.workflow_call?.inputs ?? {})) inputs[k] = spec.default;
  Object.assign(inputs, call?.inputs ?? {});

  const jobs: Record<string, JobRun> = {};
  const pending = new Set(Object.keys(wf.jobs));
  while (pending.size > 0) {
    const ready = [...pending].find((id) =>
      [wf.jobs[id]!.needs ?? []].flat().every((n) => jobs[n] !== undefined),
    );
    if (!ready) throw new Error(`${file}: a cycle or an unknown job in needs`);
    pending.delete(ready);
    const job = wf.jobs[ready]!;
    const needs = Object.fromEntries(
      [job.needs ?? []].flat().map((n) => [n, { result: jobs[n]!.result, outputs: jobs[n]!.outputs }]),
    );
    const needFailed = Object.values(needs).some((n) => n.result !== 'success');
    const ctx = { github: gh, inputs, needs, env: {}, secrets: { GITHUB_TOKEN: world.token }, vars: {} };
    if (!condition(job.if, ctx, needFailed)) {
      jobs[ready] = { result: 'skipped', outputs: {}, steps: [] };
      continue;
    }
    jobs[ready] = job.uses
      ? await runCalled(world, job, gh, ctx, job.permissions ?? wf.permissions)
      : await runJob(world, wf, job, gh, inputs, needs, call?.callerPermissions);
  }
  const outputs: Record<string, string> = {};
  for (const [k, spec] of Object.entries(wf.on?.workflow_call?.outputs ?? {}))
    outputs[k] = interpolate(spec.value, { github: gh, inputs, jobs });
  const failed = Object.values(jobs).some((j) => j.result === 'failure');
  return { runId, conclusion: failed ? 'failure' : 'success', jobs, outputs };
}

async function runCalled(
  world: World,
  job: Job,
  gh: GitHubContext,
  ctx: Record<string, unknown>,
  callerPermissions: Job['permissions'],
): Promise<JobRun> {
  const file = world.reusable[job.uses!];
  if (!file) throw new UnsupportedStep(`no local copy of the reusable workflow ${job.uses}`);
  const withInputs = Object.fromEntries(
    Object.entries(job.with ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]),
  );
  // A called workflow's jobs get at most what the calling job was granted.
  const run = await runWorkflow(world, file, { ...gh }, { inputs: withInputs, callerPermissions });
  return { result: run.conclusion, outputs: run.outputs, steps: [], called: run.jobs };
}

async function runJob(
  world: World,
  wf: Workflow,
  job: Job,
  gh: GitHubContext,
  inputs: Record<string, unknown>,
  needs: Record<string, unknown>,
  callerPermissions: Job['permissions'],
): Promise<JobRun> {
  const ws = await mkdtemp(path.join(world.tmp, 'workspace-'));
  const runnerTemp = await mkdtemp(path.join(world.tmp, 'runner-temp-'));
  const eventPath = path.join(runnerTemp, 'event.json');
  await writeFile(eventPath, JSON.stringify(gh.event));
  const perms = job.permissions ?? wf.permissions;
  const idToken =
    permits(perms, 'id-token', 'write') &&
    (callerPermissions === undefined || permits(callerPermissions, 'id-token', 'write'));
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const runs: StepRun[] = [];
  let failed = false;
  const baseCtx = () => ({
    github: { ...gh, workspace: ws },
    inputs,
    needs,
    steps,
    runner: { temp: runnerTemp, os: 'Linux' },
    secrets: { GITHUB_TOKEN: world.token },
    vars: {},
  });
  const jobEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...wf.env, ...job.env }))
    jobEnv[k] = interpolate(v, { ...baseCtx(), env: jobEnv });

  for (const [i, step] of (job.steps ?? []).entries()) {
    const name = step.name ?? step.uses ?? step.run?.split('\n')[0] ?? `step ${i + 1}`;
    const ctx = { ...baseCtx(), env: jobEnv };
    if (!condition(step.if, ctx, failed)) {
      runs.push({ name, id: step.id, outcome: 'skipped', outputs: {}, log: '' });
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const stepEnv = { ...jobEnv };
    for (const [k, v] of Object.entries(step.env ?? {}))
      stepEnv[k] = interpolate(v, { ...ctx, env: stepEnv });
    const withInputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(v, { ...ctx, env: stepEnv })]),
    );
    const outputFile = path.join(runnerTemp, `output-${i}`);
    const summaryFile = path.join(runnerTemp, `summary-${i}.md`);
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: runnerTemp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: gh.repository,
      GITHUB_REPOSITORY_ID: gh.repository_id,
      GITHUB_REPOSITORY_OWNER: gh.repository_owner,
      GITHUB_REF: gh.ref,
      GITHUB_SHA: gh.sha,
      GITHUB_EVENT_NAME: gh.event_name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_RUN_ID: String(gh.run_id),
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      // npm as CI runs it here: nothing from the network (the fixture has no dependencies to fetch).
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      ...world.env,
      ...(idToken ? world.oidc : {}),
      ...stepEnv,
    };
    let result: { code: number; out: string };
    try {
      // `${{ }}` in a run: script is replaced before bash sees it, as on GitHub.
      const script = step.run === undefined ? undefined : interpolate(step.run, { ...ctx, env: stepEnv });
      result = await runStep(world, step, script, withInputs, env, ws);
    } catch (e) {
      if (e instanceof UnsupportedStep) throw e;
      result = { code: 1, out: e instanceof Error ? e.message : String(e) };
    }
    const outputs = parseOutputs(await readFile(outputFile, 'utf8'));
    const outcome = result.code === 0 ? 'success' : 'failure';
    if (outcome === 'failure') failed = true;
    runs.push({ name, id: step.id, outcome, outputs, log: result.out });
    if (step.id) steps[step.id] = { outputs, outcome, conclusion: outcome };
  }
  const outputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(job.outputs ?? {}))
    outputs[k] = interpolate(v, { ...baseCtx(), env: jobEnv });
  return { result: failed ? 'failure' : 'success', outputs, steps: runs };
}

async function runStep(
  world: World,
  step: Step,
  run: string | undefined,
  withInputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  ws: string,
): Promise<{ code: number; out: string }> {
  if (run !== undefined) {
    const script = path.join(env['RUNNER_TEMP']!, `step-${Math.random().toString(36).slice(2)}.sh`);
    await writeFile(script, run);
    const cwd = step['working-directory'] ? path.join(ws, step['working-directory']) : ws;
    return exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env });
  }
  const uses = step.uses ?? '';
  const action = uses.replace(/@.*$/, '');
  switch (action) {
    case 'actions/checkout':
      return checkout(world, withInputs, env, ws);
    case 'actions/upload-artifact':
      return uploadArtifact(world, withInputs, ws);
    case 'actions/download-artifact':
      return downloadArtifact(world, withInputs, ws);
    case 'github/codeql-action/upload-sarif':
      return uploadSarif(withInputs, ws);
    case 'OWNER/agent-attest':
      return ourAction(world, 'attest', withInputs, env, ws);
    case 'OWNER/agent-attest/verify':
      return ourAction(world, 'verify', withInputs, env, ws);
    default:
      throw new UnsupportedStep(`cannot run ${uses} here`);
  }
}

async function checkout(
  world: World,
  w: Record<string, string>,
  env: NodeJS.ProcessEnv,
  ws: string,
): Promise<{ code: number; out: string }> {
  const dest = path.join(ws, w['path'] ?? '');
  if (w['repository'] && w['repository'] !== env['GITHUB_REPOSITORY']) {
    if (w['repository'] !== 'OWNER/agent-attest')
      throw new UnsupportedStep(`cannot check out ${w['repository']}`);
    await cp(path.join(world.project, 'dist'), path.join(dest, 'dist'), { recursive: true });
    return { code: 0, out: `checked out the built agent-attest into ${dest}` };
  }
  const depth = Number(w['fetch-depth'] ?? '1');
  const sparse = lines(w['sparse-checkout']);
  await mkdir(dest, { recursive: true });
  await git(
    [
      'clone',
      '-q',
      '--no-checkout',
      ...(depth > 0 ? [`--depth=${depth}`, '--no-single-branch'] : []),
      `file://${world.repo}`,
      dest,
    ],
    ws,
  );
  if (sparse.length > 0) {
    const cone = (w['sparse-checkout-cone-mode'] ?? 'true') === 'true';
    await git(['sparse-checkout', 'set', ...(cone ? [] : ['--no-cone']), ...sparse], dest);
  }
  await git(['-c', 'advice.detachedHead=false', 'checkout', '-q', String(env['GITHUB_SHA'])], dest);
  return {
    code: 0,
    out: `checked out ${env['GITHUB_SHA']}${sparse.length ? ` (sparse: ${sparse.join(', ')})` : ''}`,
  };
}

function artifactDir(world: World, name: string): string {
  return path.join(world.tmp, 'artifacts', name);
}

async function uploadArtifact(
  world: World,
  w: Record<string, string>,
  ws: string,
): Promise<{ code: number; out: string }> {
  const patterns = lines(w['path']);
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const files = new Set<string>();
  for (const p of include)
    for await (const f of glob(p, { cwd: ws, exclude }))
      if ((await stat(path.join(ws, f))).isFile()) files.add(f);
  if (files.size === 0) return { code: 0, out: `warning: no files found for ${patterns.join(', ')}` };
  const dirs = [...files].map((f) => path.dirname(f).split(path.sep));
  const common: string[] = [];
  for (let i = 0; dirs.every((d) => d[i] !== undefined && d[i] === dirs[0]![i]); i++)
    common.push(dirs[0]![i]!);
  const dest = artifactDir(world, w['name'] ?? 'artifact');
  for (const f of files) await cp(path.join(ws, f), path.join(dest, path.relative(common.join(path.sep), f)));
  return { code: 0, out: `uploaded ${files.size} file(s) as ${w['name']}` };
}

async function downloadArtifact(
  world: World,
  w: Record<string, string>,
  ws: string,
): Promise<{ code: number; out: string }> {
  const src = artifactDir(world, w['name'] ?? 'artifact');
  if (!(await stat(src).catch(() => undefined))) return { code: 1, out: `Artifact not found: ${w['name']}` };
  await cp(src, path.join(ws, w['path'] ?? ''), { recursive: true });
  return { code: 0, out: `downloaded ${w['name']}` };
}

async function uploadSarif(w: Record<string, string>, ws: string): Promise<{ code: number; out: string }> {
  const file = path.resolve(ws, w['sarif_file'] ?? '');
  const sarif = JSON.parse(await readFile(file, 'utf8')) as { version?: string; runs?: unknown[] };
  if (sarif.version !== '2.1.0' || !Array.isArray(sarif.runs))
    return { code: 1, out: `${file} is not SARIF 2.1.0` };
  return { code: 0, out: `would upload ${file} (${sarif.runs.length} run(s))` };
}

async function ourAction(
  world: World,
  kind: 'attest' | 'verify',
  w: Record<string, string>,
  env: NodeJS.ProcessEnv,
  ws: string,
): Promise<{ code: number; out: string }> {
  const meta = parseYaml(
    await readFile(path.join(world.project, kind === 'attest' ? 'action.yml' : 'verify/action.yml'), 'utf8'),
  ) as { inputs: Record<string, { default?: string }> };
  const inputs: Record<string, string> = {};
  for (const [k, spec] of Object.entries(meta.inputs))
    if (spec.default !== undefined)
      inputs[k] = spec.default === '${{ github.token }}' ? world.token : spec.default;
  Object.assign(inputs, w, world.inputs[kind] ?? {});
  const actionEnv: NodeJS.ProcessEnv = { ...env };
  for (const [k, v] of Object.entries(inputs)) actionEnv[`INPUT_${k.toUpperCase()}`] = v;
  return exec(process.execPath, [path.join(world.project, 'dist', `${kind}.js`)], {
    cwd: ws,
    env: actionEnv,
  });
}
