/**
 * The attest action as GitHub runs it: the built `attest.js` in its own Node process, inputs as INPUT_*
 * variables, outputs and summary through the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, the OIDC token
 * from the devstack over GitHub's token protocol, the attestation stored in a local GitHub API server.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResourceDescriptor } from '../../src/core/statement/types.js';
import { verifyArtifacts } from '../../src/core/verify/index.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { startGitHubServer, type GitHubTestServer } from '../support/github-server.js';
import { GitRepo } from '../support/gitrepo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOSTILE = 'fix: <img src=x onerror=alert(1)> | `rm -rf` [x](javascript:alert(1))';

let dist: string;
let tmp: string;
let stack: TestDevstack;
let github: GitHubTestServer;
let repo: GitRepo;
let agentSha: string;
let headSha: string;

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Parses GitHub's output file format (`name<<DELIM\nvalue\nDELIM`). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'agent-attest-action-'));
  dist = path.join(tmp, 'dist');
  const built = await run(
    process.execPath,
    [path.join(ROOT, 'scripts/build.mjs'), '--outdir', dist],
    process.env,
  );
  if (built.code !== 0) throw new Error(`build failed: ${built.stderr}`);

  repo = await GitRepo.create();
  await repo.commit({ message: 'initial', files: { 'src/app.ts': 'export {}\n' } });
  await repo.tag('v1.0.0');
  agentSha = await repo.commit({
    message: `${HOSTILE}\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>`,
    files: { 'src/auth/login.ts': 'export const login = 1;\n', 'dist/app.tgz': 'artifact bytes\n' },
  });
  headSha = await repo.commit({
    message: 'chore: session hook',
    files: {
      '.claude/settings.json': JSON.stringify({
        hooks: { SessionStart: [{ hooks: [{ type: 'command', command: 'node .github/setup.js' }] }] },
      }),
    },
  });

  stack = await startTestDevstack();
  github = await startGitHubServer({
    accounts: [
      { login: 'octocat', id: 1, type: 'User' },
      { login: 'hubot', id: 2, type: 'User' },
    ],
    repos: [
      {
        owner: 'octo-org',
        name: 'octo-repo',
        id: 123456789,
        pulls: [
          {
            number: 7,
            author: 'octocat',
            headSha: agentSha,
            commits: [agentSha],
            reviews: [
              {
                id: 70,
                user: 'hubot',
                state: 'APPROVED',
                commitId: agentSha,
                submittedAt: '2026-01-05T10:00:00Z',
                body: 'LGTM',
              },
            ],
          },
        ],
      },
    ],
  });
}, 120_000);

afterAll(async () => {
  await stack?.close();
  await github?.close();
  await repo?.remove();
  await rm(tmp, { recursive: true, force: true });
});

async function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const runnerTemp = await mkdtemp(path.join(tmp, 'runner-'));
  const outputFile = path.join(runnerTemp, 'output.txt');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo.path,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_SHA: headSha,
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...stack.env,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extraEnv,
  };
  const result = await run(process.execPath, [path.join(dist, 'attest.js')], env);
  return {
    ...result,
    runnerTemp,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

describe('attest action (built, real process)', () => {
  it('signs, stores and reports a release with agent commits and a config surface change', async () => {
    const r = await runAction({
      'subject-path': 'dist/*.tgz',
      sigstore: stack.signingConfigPath,
      'github-token': 'ghs_secret_token_value',
      'base-ref': 'v1.0.0',
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toContain('ghs_secret_token_value');

    const bundlePath = r.outputs['bundle-path']!;
    expect(bundlePath).toBeTruthy();
    expect(r.outputs['subject-count']).toBe('1');
    expect(r.outputs['statement-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['agent-commits']).toBe('1');
    expect(Number(r.outputs['surface-changes'])).toBeGreaterThanOrEqual(1);
    expect(r.outputs['attestation-id']).toMatch(/^\d+$/);
    expect(r.outputs['attestation-url']).toBe(
      `https://github.com/octo-org/octo-repo/attestations/${r.outputs['attestation-id']}`,
    );
    expect(github.attestations).toHaveLength(1);
    expect(await readFile(path.join(r.runnerTemp, 'created_attestation_paths.txt'), 'utf8')).toBe(
      `${bundlePath}\n`,
    );

    // The bundle verifies offline, pinned to the workflow, and the statement carries the facts.
    const report = await verifyArtifacts({
      artifacts: [path.join(repo.path, 'dist/app.tgz')],
      bundlePaths: [bundlePath],
      trustedRoot: stack.trustedRootPath,
      identity: { signerWorkflow: 'octo-org/octo-repo/.github/workflows/release.yml' },
    });
    expect(report.ok).toBe(true);
    const statement = JSON.parse(await readFile(r.outputs['statement-path']!, 'utf8'));
    expect(statement.predicate.buildDefinition.buildType).toBe(
      'https://actions.github.io/buildtypes/workflow/v1',
    );
    const ext = statement.predicate['https://agent-attest.dev/ext/v1'];
    const schema = JSON.parse(await readFile(path.join(ROOT, 'docs/extension.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(ext), JSON.stringify(validate.errors)).toBe(true);
    expect(ext.range.baseRule).toBe('explicit');
    expect(ext.totals.agentCommits).toBe(1);
    expect(ext.surfaces.map((s: { path: string }) => s.path)).toContain('.claude/settings.json');
    expect(ext.reviews.status).toBe('collected');
    const deps = statement.predicate.buildDefinition.resolvedDependencies as ResourceDescriptor[];
    const agentDep = deps.find((d) => d.digest?.['gitCommit'] === agentSha);
    expect((agentDep?.annotations?.['agents'] as Array<{ id: string }>)[0]?.id).toBe('claude-code');
    expect(
      deps.some((d) => typeof d.digest?.['sha256'] === 'string' && d.uri?.includes('#pullrequestreview-70')),
    ).toBe(true);
    expect(JSON.stringify(statement)).not.toContain('ghs_secret_token_value');

    // The job summary shows the footprint with every untrusted string escaped.
    expect(r.summary).toContain('agent-attest');
    expect(r.summary).toContain('claude-code');
    expect(r.summary).not.toContain('<img');
    expect(r.summary).toContain('&lt;img');
    expect(r.summary).toContain('node .github/setup.js');
    expect(r.summary).toContain('<code>dist/app.tgz</code>');
    expect(r.summary).toContain(`<a href="${r.outputs['attestation-url']}">`);
    expect(r.summary).toContain('.claude/settings.json');
  });

  it('sbom: true signs and stores a CycloneDX SBOM beside the provenance; html-report: true writes the report', async () => {
    const before = github.attestations.length;
    const r = await runAction({
      'subject-path': 'dist/*.tgz',
      sigstore: stack.signingConfigPath,
      'github-token': 'ghs_secret_token_value',
      'base-ref': 'v1.0.0',
      sbom: 'true',
      'html-report': 'true',
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const sbomBundle = r.outputs['sbom-bundle-path']!;
    expect(sbomBundle).toBe(r.outputs['bundle-path']!.replace(/\.sigstore\.json$/, '.sbom.sigstore.json'));
    // Stored like the provenance: two uploads, and both paths listed as GitHub's action lists them.
    expect(github.attestations.length - before).toBe(2);
    expect(await readFile(path.join(r.runnerTemp, 'created_attestation_paths.txt'), 'utf8')).toBe(
      `${r.outputs['bundle-path']}\n${sbomBundle}\n`,
    );
    const report = await verifyArtifacts({
      artifacts: [path.join(repo.path, 'dist/app.tgz')],
      bundlePaths: [sbomBundle],
      trustedRoot: stack.trustedRootPath,
      identity: { signerWorkflow: 'octo-org/octo-repo/.github/workflows/release.yml' },
      predicateType: 'https://cyclonedx.org/bom',
    });
    expect(report.ok, JSON.stringify(report.artifacts[0]?.failures)).toBe(true);
    const sbom = JSON.parse(await readFile(r.outputs['sbom-statement-path']!, 'utf8'));
    const props = Object.fromEntries(
      sbom.predicate.metadata.properties.map((p: { name: string; value: string }) => [p.name, p.value]),
    );
    expect(props['agent-attest:provenance:digest']).toBe(r.outputs['statement-digest']);
    expect(props['agent-attest:reviews']).toBe('collected');
    expect(props['agent-attest:reviews:agent-commits:approved']).toBe('1');
    expect(props['agent-attest:reviews:pull-requests:approved']).toBe('1');

    // The HTML report: self-contained, with the collected review evidence.
    const html = await readFile(r.outputs['report-path']!, 'utf8');
    expect(r.outputs['report-path']).toBe(path.join(r.runnerTemp, 'agent-attest-report.html'));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const data = JSON.parse(
      /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!,
    );
    expect(data.model.reviewCoverage.commits.approved).toBe(1);
    expect(data.model.reviewCoverage.pullRequests).toEqual({ approved: 1, notApproved: 0 });
    expect(html).not.toContain('ghs_secret_token_value');
  });

  it('fails with the exact fix when the job has no id-token permission', async () => {
    const r = await runAction(
      { 'subject-path': 'dist/*.tgz', sigstore: stack.signingConfigPath, store: 'false' },
      { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' },
    );
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain('::error::');
    expect(r.stdout).toContain('id-token: write');
  });

  it('writes the unsigned statement with a notice when asked to skip signing', async () => {
    const r = await runAction(
      {
        'subject-path': 'dist/*.tgz',
        sigstore: stack.signingConfigPath,
        'skip-signing-on-fork': 'true',
        reviews: 'off',
      },
      { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('::notice::');
    expect(r.outputs['bundle-path']).toBe('');
    expect(r.outputs['statement-path']).toBeTruthy();
  });

  it('says to add actions/checkout when the workspace is not a git checkout', async () => {
    const bare = await mkdtemp(path.join(tmp, 'no-checkout-'));
    await writeFile(path.join(bare, 'app.tgz'), 'bytes');
    const r = await runAction(
      { 'subject-path': 'app.tgz', sigstore: stack.signingConfigPath, store: 'false' },
      { GITHUB_WORKSPACE: bare },
    );
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/::error::.*actions\/checkout \(with fetch-depth: 0\)/);
  });

  it('names the input when a subject glob matches nothing', async () => {
    const r = await runAction({
      'subject-path': 'nothing/*.zip',
      sigstore: stack.signingConfigPath,
      store: 'false',
    });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/::error::.*nothing\/\*\.zip/);
  });
});
