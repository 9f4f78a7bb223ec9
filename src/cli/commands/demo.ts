/**
 * `agent-attest demo`: the whole flow on this machine, in one process, with no network. It starts the
 * devstack on 127.0.0.1, attests the project's own dist/*.js with this repository's recent history,
 * verifies them with a pinned signer identity, and shows that a tampered copy and a wrong signer fail.
 * Exit 0 only when every step behaved as expected; otherwise exit 1 naming the step.
 *
 *   devstack ─▶ token ─▶ attest ─▶ verify (pass) ─▶ tampered artifact (fail) ─▶ wrong signer (fail)
 */
import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AttestOptions, CollectedFacts, FactsContext } from '../../core/attest/index.js';
import { attest } from '../../core/attest/index.js';
import type { RuntimeEnvironment } from '../../core/config.js';
import { AgentAttestError, messageOf } from '../../core/errors.js';
import { oneLine } from '../../core/markdown.js';
import { releaseFactsCollector } from '../../core/facts/index.js';
import { runGit } from '../../core/git/run.js';
import type { Logger } from '../../core/log.js';
import { silentLogger } from '../../core/log.js';
import { getIdentityToken } from '../../core/oidc/index.js';
import type { ScanResult } from '../../core/scan/types.js';
import type {
  FailureCode,
  IdentityPolicy,
  VerificationReport,
  VerifyOptions,
} from '../../core/verify/index.js';
import { verifyArtifacts } from '../../core/verify/index.js';
import { startDevstack, type Devstack } from '../../devstack/index.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';
import { stderrLogger } from '../io.js';

/** The commits the demo attests: the last N on the first-parent line, or the whole history when shorter. */
export const RANGE_COMMITS = 20;

export const HELP = `usage: agent-attest demo [--keep DIR] [--format text|json] [--verbose]

Runs the whole agent-attest flow on this machine, with no network: starts a local Sigstore-compatible
stack on 127.0.0.1, attests this project's own dist/*.js with the recent history of its git repository
(last ${RANGE_COMMITS} commits), verifies them with a pinned signer workflow, then shows that a tampered copy of an
artifact and a bundle from the wrong signer both fail verification.

  --keep DIR          work in DIR and keep the statement, bundles and trusted root there
                      (default: a temporary folder, removed at the end)
  --format text|json  text story (default) or one JSON object on stdout
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

const PACKAGE_NAME = 'agent-attest';
/** The devstack's stand-in for an attacker's branch: a ref that a naive prefix match on `refs/heads/main` accepts. */
const EVIL_REF = 'refs/heads/main-evil';

export type StepId = 'devstack' | 'token' | 'attest' | 'verify' | 'tampered-artifact' | 'wrong-signer';

export interface StepResult {
  id: StepId;
  ok: boolean;
  /** One line: what happened. */
  summary: string;
  /** Further lines (paths, identities, the footprint). */
  details: string[];
  /** Wall time of the step. */
  ms: number;
}

export interface DemoResult {
  ok: boolean;
  /** The step that did not behave as expected. */
  failedStep?: StepId;
  steps: StepResult[];
  ms: number;
  /** Where the files are when --keep was given. */
  keptIn?: string;
}

/** Seams for tests: another project root or artifact folder, and the verifier (to break an expectation). */
export interface DemoDeps {
  /** The project root (default: the folder holding this module's package.json). */
  root?: string;
  /** Folder whose top-level *.js files are attested (default: ROOT/dist). */
  subjectsDir?: string;
  /** Repository whose history is attested (default: ROOT, when it has a .git). */
  repoPath?: string;
  verify?: (options: VerifyOptions) => Promise<VerificationReport>;
  /** Library progress (default: silent unless --verbose). */
  logger?: Logger;
}

/** A step's expectation did not hold: the demo stops and exits 1 naming the step. */
class ExpectationFailed extends Error {}

function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ExpectationFailed(message);
}

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
  const keep = values.keep === undefined ? undefined : path.resolve(io.cwd, values.keep);
  const mark = io.isTTY ? { ok: '✔', fail: '✘' } : { ok: '[ok]', fail: '[FAIL]' };
  const onStep =
    format === 'text'
      ? (s: StepResult) => {
          io.stdout(`${s.ok ? mark.ok : mark.fail} ${s.summary}\n`);
          for (const d of s.details) io.stdout(`    ${d}\n`);
        }
      : () => {};

  const root = deps.root ?? (await findProjectRoot(import.meta.url));
  if (format === 'text') {
    io.stdout(
      `agent-attest demo: attest and verify the build of ${root} on a local Sigstore stack (127.0.0.1, no network)\n`,
    );
  }
  const result = await runDemo({
    root,
    subjectsDir: deps.subjectsDir,
    repoPath: deps.repoPath,
    workDir: keep,
    verify: deps.verify ?? verifyArtifacts,
    logger: deps.logger ?? (values.verbose ? stderrLogger(io, true) : silentLogger),
    onStep,
  });

  if (format === 'json') {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else if (result.ok) {
    io.stdout(
      `${mark.ok} done: every step behaved as expected in ${(result.ms / 1000).toFixed(1)} s` +
        `${result.keptIn ? `; files kept in ${result.keptIn}` : ' (its temporary files are removed; keep them with --keep DIR)'}\n`,
    );
  }
  if (!result.ok) {
    const failed = result.steps.find((s) => !s.ok);
    io.stderr(
      `agent-attest demo: step '${result.failedStep}' did not behave as expected: ${failed?.summary ?? ''}\n`,
    );
    return 1;
  }
  return 0;
}

/** The folder holding the package.json named agent-attest, walking up from `moduleUrl` (dist/, dist/chunks/ or src/…). */
export async function findProjectRoot(moduleUrl: string): Promise<string> {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const pkg = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (pkg !== undefined && packageName(pkg) === PACKAGE_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new AgentAttestError(
        'FILE_NOT_FOUND',
        `cannot find the ${PACKAGE_NAME} package folder above ${fileURLToPath(moduleUrl)}; run the demo from an installed or checked-out agent-attest.`,
      );
    }
    dir = parent;
  }
}

function packageName(text: string): string | undefined {
  try {
    const name = (JSON.parse(text) as { name?: unknown }).name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

interface DemoRun {
  root: string;
  subjectsDir?: string;
  repoPath?: string;
  /** Work here and keep it; default: a temp dir removed at the end. */
  workDir?: string;
  verify: (options: VerifyOptions) => Promise<VerificationReport>;
  logger: Logger;
  onStep: (step: StepResult) => void;
}

/** Runs the steps in order; the first that does not behave stops the demo. */
export async function runDemo(opts: DemoRun): Promise<DemoResult> {
  const started = performance.now();
  const steps: StepResult[] = [];
  const work = opts.workDir ?? (await mkdtemp(path.join(tmpdir(), 'agent-attest-demo-')));
  if (opts.workDir) await mkdir(work, { recursive: true });
  let stack: Devstack | undefined;

  const step = async <T>(
    id: StepId,
    fn: () => Promise<{ value: T; summary: string; details?: string[] }>,
  ): Promise<{ value: T } | undefined> => {
    const t0 = performance.now();
    let value: T | undefined;
    let record: StepResult;
    try {
      const r = await fn();
      value = r.value;
      record = {
        id,
        ok: true,
        summary: r.summary,
        details: r.details ?? [],
        ms: Math.round(performance.now() - t0),
      };
    } catch (e) {
      const what = e instanceof ExpectationFailed ? e.message : `${id} failed: ${messageOf(e)}`;
      record = { id, ok: false, summary: oneLine(what), details: [], ms: Math.round(performance.now() - t0) };
    }
    steps.push(record);
    opts.onStep(record);
    return record.ok ? { value: value as T } : undefined;
  };

  try {
    await runSteps(opts, work, step, (s) => (stack = s));
  } finally {
    await stack?.close();
    if (!opts.workDir) await rm(work, { recursive: true, force: true });
  }
  const failed = steps.find((s) => !s.ok);
  return {
    ok: failed === undefined,
    ...(failed ? { failedStep: failed.id } : {}),
    steps,
    ms: Math.round(performance.now() - started),
    ...(opts.workDir ? { keptIn: work } : {}),
  };
}

type StepFn = <T>(
  id: StepId,
  fn: () => Promise<{ value: T; summary: string; details?: string[] }>,
) => Promise<{ value: T } | undefined>;

async function runSteps(
  opts: DemoRun,
  work: string,
  step: StepFn,
  started: (stack: Devstack) => void,
): Promise<void> {
  const { logger } = opts;
  const subjectsDir = opts.subjectsDir ?? path.join(opts.root, 'dist');
  const repoPath = opts.repoPath ?? opts.root;

  const subjects = await listSubjects(subjectsDir);
  const history = await chooseHistory(repoPath);

  // 1. The local Sigstore stack: a CA, a transparency log, a TSA and a GitHub-style OIDC token endpoint.
  const ready = await step('devstack', async () => {
    // The stand-in job built the commit being attested, so the provenance names it.
    const stack = await startDevstack({
      logger,
      ...(history.kind === 'range' ? { claims: { sha: history.head } } : {}),
    });
    started(stack);
    const files = await stack.writeFiles(work);
    return {
      value: { stack, ...files },
      summary: `devstack up on ${stack.url} (Fulcio-compatible CA, Rekor-compatible log, TSA, OIDC tokens)`,
      details: [`trusted root ${files.trustedRootPath}`],
    };
  });
  if (!ready) return;
  const { stack, trustedRootPath, signingConfigPath } = ready.value;

  // What a GitHub job sees; the token comes over GitHub's ACTIONS_ID_TOKEN_REQUEST protocol.
  const env: RuntimeEnvironment = {
    githubActions: false,
    idTokenRequestUrl: stack.idTokenRequestUrl,
    idTokenRequestToken: stack.idTokenRequestToken,
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
  };

  // 2. The job's identity token.
  const tokenStep = await step('token', async () => {
    const identity = await getIdentityToken({
      githubActions: true,
      idTokenRequestUrl: env.idTokenRequestUrl,
      idTokenRequestToken: env.idTokenRequestToken,
    });
    const workflow = String(identity.claims['job_workflow_ref'] ?? '');
    expect(workflow !== '', 'token: the devstack token carries no job_workflow_ref claim');
    return {
      value: { identity, workflow },
      summary: `OIDC token for the devstack's stand-in job ${workflow}`,
    };
  });
  if (!tokenStep) return;
  const token = tokenStep.value;
  const pinned: IdentityPolicy = { signerWorkflow: token.workflow };

  // 3. Attest the project's own files with the repository's recent history.
  const collector = releaseFactsCollector({
    ...(history.kind === 'range'
      ? { head: history.head, ...(history.base ? { base: history.base } : {}) }
      : {}),
    reviews: 'off',
    githubApiUrl: env.apiUrl,
    serverUrl: env.serverUrl,
  });
  let collected: CollectedFacts | undefined;
  const collectFacts =
    history.kind === 'range'
      ? async (ctx: FactsContext) => (collected ??= await collector.collect(ctx))
      : undefined;
  const workspace = path.dirname(subjectsDir);
  const attestOptions = (bundleOut: string, identityToken: string): AttestOptions => ({
    subjects: { paths: [`${path.basename(subjectsDir)}/*.js`] },
    workspace,
    repoPath,
    sign: true,
    sigstore: signingConfigPath,
    identityToken,
    bundleOut,
    hashThreads: 1,
  });
  const attestDeps = { env, cwd: work, logger, ...(collectFacts ? { collectFacts } : {}) };

  const attestStep = await step('attest', async () => {
    expect(
      subjects.length > 0,
      `attest: no *.js files in ${subjectsDir}; build the project first (npm run build)`,
    );
    const result = await attest(
      attestOptions(path.join(work, 'attestation.sigstore.json'), token.identity.token),
      attestDeps,
    );
    const output = result.attestations[0];
    expect(result.signed && output?.bundlePath !== undefined, 'attest: no signed bundle was written');
    expect(
      result.subjectCount === subjects.length,
      `attest: ${result.subjectCount} subject(s) attested, expected ${subjects.length}`,
    );
    const details = [
      `subjects   ${subjects.map((s) => path.relative(workspace, s)).join(', ')}`,
      `bundle     ${output.bundlePath}`,
      `signer     ${output.signer?.identity ?? 'unknown'}`,
      output.tlogEntry
        ? `log index  ${output.tlogEntry.logIndex}`
        : `timestamp  ${output.timestamp ?? 'none'}`,
      ...historyLines(history, collector.facts().scan),
    ];
    return {
      value: { result, bundlePath: output.bundlePath },
      summary: `attested ${result.subjectCount} subject(s) and signed the provenance`,
      details,
    };
  });
  if (!attestStep) return;
  const attested = attestStep.value;

  // 4. The deploy gate: the bundle verifies for every artifact, with the signer pinned.
  const verified = await step('verify', async () => {
    const report = await opts.verify({
      artifacts: subjects,
      bundlePaths: [attested.bundlePath],
      trustedRoot: trustedRootPath,
      identity: pinned,
      logger,
    });
    const failing = report.artifacts.filter((a) => !a.ok);
    expect(
      report.ok && failing.length === 0 && report.artifacts.length === subjects.length,
      `verify: expected every artifact to verify; ${failing.map((a) => `${a.name}: ${firstReason(a.failures)}`).join('; ') || 'the report is not ok'}`,
    );
    return {
      value: report,
      summary: `verified ${report.artifacts.length} artifact(s): signature, log entry, timestamp, subject digests`,
      details: [`pinned signer: --signer-workflow ${token.workflow}`],
    };
  });
  if (!verified) return;

  // 5. One byte more in an artifact: its digest is no longer a subject of the statement.
  const tampered = await step('tampered-artifact', async () => {
    const original = subjects[0]!;
    const copy = path.join(work, 'tampered', path.basename(original));
    await mkdir(path.dirname(copy), { recursive: true });
    await copyFile(original, copy);
    await appendFile(copy, '\n// tampered\n');
    const report = await opts.verify({
      artifacts: [copy],
      bundlePaths: [attested.bundlePath],
      trustedRoot: trustedRootPath,
      identity: pinned,
      logger,
    });
    const reason = expectRejected(report, 'SUBJECT_MISMATCH', 'the tampered copy');
    return {
      value: undefined,
      summary: `a tampered copy of ${path.basename(original)} is rejected (SUBJECT_MISMATCH)`,
      details: [reason],
    };
  });
  if (!tampered) return;

  // 6. The same statement, validly signed by a look-alike identity (the main-evil branch), against the same pin.
  await step('wrong-signer', async () => {
    const evilToken = await stack.issueToken({ claims: { ref: EVIL_REF } });
    const evil = await attest(
      attestOptions(path.join(work, 'wrong-signer.sigstore.json'), evilToken),
      attestDeps,
    );
    const bundlePath = evil.attestations[0]?.bundlePath;
    expect(bundlePath !== undefined, 'wrong-signer: the look-alike bundle was not written');
    const report = await opts.verify({
      artifacts: subjects,
      bundlePaths: [bundlePath],
      trustedRoot: trustedRootPath,
      identity: pinned,
      logger,
    });
    const reason = expectRejected(report, 'IDENTITY_MISMATCH', "the wrong signer's bundle");
    return {
      value: undefined,
      summary: `a bundle signed by ${evil.attestations[0]?.signer?.identity ?? 'another workflow'} is rejected (IDENTITY_MISMATCH)`,
      details: [reason],
    };
  });
}

/** The report must reject every artifact, each for `code`; returns the verifier's reason. */
function expectRejected(report: VerificationReport, code: FailureCode, what: string): string {
  const accepted = report.artifacts.filter((a) => a.ok);
  expect(
    !report.ok && accepted.length === 0,
    `${what} verified (${accepted.map((a) => a.name).join(', ') || 'report ok'}); it must be rejected`,
  );
  const wrong = report.artifacts.flatMap((a) => a.failures).filter((f) => f.code !== code);
  expect(
    report.artifacts.length > 0 && wrong.length === 0,
    `${what} was rejected for another reason than ${code}: ${wrong.map((f) => `${f.code} ${f.reason}`).join('; ') || 'no artifact was checked'}`,
  );
  return `verifier: ${firstReason(report.artifacts[0]!.failures)}`;
}

function firstReason(failures: { code: string; reason: string }[]): string {
  const f = failures[0];
  return f ? `${f.code}: ${oneLine(f.reason).trim()}` : 'no bundle matched';
}

/** The project's top-level *.js files (chunks are shared code the entry points import, left out). */
async function listSubjects(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

type History =
  | { kind: 'none'; reason: string }
  /** base undefined: the whole history, or from the newest release tag when there is one (attest's default). */
  | { kind: 'range'; head: string; base?: string; label: string };

/**
 * The range to attest: the last RANGE_COMMITS first-parent commits when the history has them, else all of
 * it. Git is asked only when ROOT itself holds a repository: an installed package must not pick up the
 * repository of the project it is installed in.
 */
export async function chooseHistory(repoPath: string): Promise<History> {
  if (!existsSync(path.join(repoPath, '.git'))) {
    return { kind: 'none', reason: `${repoPath} has no .git (an installed package?)` };
  }
  const git = (args: string[]) =>
    runGit(repoPath, args).catch(() => ({ code: 1, stdout: Buffer.alloc(0), stderr: '' }));
  const r = await git(['rev-list', '--first-parent', `--max-count=${RANGE_COMMITS + 1}`, 'HEAD']);
  const shas = r.code === 0 ? r.stdout.toString('utf8').split('\n').filter(Boolean) : [];
  if (shas.length === 0) return { kind: 'none', reason: `${repoPath} has no commits git can read` };
  const head = shas[0]!;
  if (shas.length > RANGE_COMMITS) {
    return {
      kind: 'range',
      head,
      base: shas[RANGE_COMMITS],
      label: `last ${RANGE_COMMITS} commits (HEAD~${RANGE_COMMITS}..HEAD)`,
    };
  }
  const shallow = await git(['rev-parse', '--is-shallow-repository']);
  if (shallow.stdout.toString('utf8').trim() !== 'true')
    return { kind: 'range', head, label: 'the whole history' };
  // A shallow clone: attest what it holds, from its boundary commit on.
  if (shas.length < 2) return { kind: 'none', reason: `${repoPath} is a shallow clone of one commit` };
  return {
    kind: 'range',
    head,
    base: shas[shas.length - 1],
    label: `the ${shas.length - 1} commits of this shallow clone`,
  };
}

/** The agent footprint of the attested range, in a few lines. */
function historyLines(history: History, scan: ScanResult | undefined): string[] {
  if (history.kind === 'none' || !scan) {
    return [
      `history    none: ${history.kind === 'none' ? history.reason : 'no scan'}; attested without range facts`,
    ];
  }
  const t = scan.totals;
  const byAgent = Object.entries(t.byAgent)
    .sort((a, b) => b[1].commits - a[1].commits)
    .map(([id, a]) => `${id} ${a.commits}`);
  const surfaces = scan.surfaces ?? [];
  const short = (sha: string | null) => (sha ? sha.slice(0, 12) : '(root)');
  return [
    `history    ${short(scan.range.base)}..${short(scan.range.head)}: ${scan.range.baseRule === 'tag' ? `since release tag ${oneLine(scan.range.tag ?? '')}` : history.label}`,
    `footprint  ${t.commits} commits, ${t.agentCommits} with agent evidence${byAgent.length ? ` (${byAgent.join(', ')})` : ''}, ${t.unknownCommits} unknown (no evidence)`,
    `surfaces   ${surfaces.length} AI config surface change(s)${
      surfaces.length
        ? `: ${surfaces
            .slice(0, 3)
            .map((f) => `${f.change} ${oneLine(f.path)}`)
            .join(', ')}${surfaces.length > 3 ? ', …' : ''}`
        : ''
    }`,
    'reviews    not collected (no GitHub API offline)',
  ];
}
