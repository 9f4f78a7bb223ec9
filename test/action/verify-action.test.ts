/**
 * The verify action as GitHub runs it: the built entry (`node verify.js`, built into a temp folder so a stale
 * dist/ cannot hide a bug) in a real process, inputs as INPUT_* variables, outputs and the job summary in the
 * files GitHub names. The releases come from the gate fixture (devstack + local GitHub API).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as cliVerify } from '../../src/cli/commands/verify.js';
import { MAX_SUMMARY_BYTES, verifySummary } from '../../src/action/verify-summary.js';
import { fakeIO } from '../verify/helpers.js';
import { startGateFixture, WORKFLOW, type GateFixture } from '../verify-gate/fixture.js';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

let f: GateFixture;
let build: string;

beforeAll(async () => {
  build = await mkdtemp(path.join(tmpdir(), 'aa-verify-action-build-'));
  await exec(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outdir', build], { cwd: ROOT });
  f = await startGateFixture();
}, 180_000);

afterAll(async () => {
  await f?.close();
  if (build) await rm(build, { recursive: true, force: true });
});

interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  result: Record<string, unknown> & { decision: string };
  runnerTemp: string;
}

/** Runs the built action with GitHub's conventions: `INPUT_` + name uppercased, dashes kept. */
async function runAction(inputs: Record<string, string>): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'aa-runner-temp-'));
  const outputFile = path.join(runnerTemp, 'github_output');
  const summaryFile = path.join(runnerTemp, 'step_summary');
  await Promise.all([writeFile(outputFile, ''), writeFile(summaryFile, '')]);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: f.github.url,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  let code = 0;
  let stdout: string;
  try {
    stdout = (await exec(process.execPath, [path.join(build, 'verify.js')], { env, cwd: f.root })).stdout;
  } catch (e) {
    const err = e as { code: number; stdout: string };
    code = err.code;
    stdout = err.stdout;
  }
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(outputFile, 'utf8')).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1]!] = m[3]!;
  const resultPath = outputs['result-path'];
  const result = resultPath ? JSON.parse(await readFile(resultPath, 'utf8')) : { decision: 'missing' };
  return { code, stdout, outputs, summary: await readFile(summaryFile, 'utf8'), result, runnerTemp };
}

const pinned = () => ({
  'signer-workflow': `${WORKFLOW}@refs/heads/main`,
  'trusted-root': f.stack.trustedRootPath,
});

describe('verify action (built, real process)', () => {
  it('passes a reviewed release: outputs, result file under RUNNER_TEMP, summary with every rule', async () => {
    const r = await runAction({
      'subject-path': 'clean/dist/*.tgz',
      'bundle-path': 'clean/*.sigstore.json',
      ...pinned(),
      'allowed-agents': 'claude-code',
      'require-human-review': 'true',
    });
    expect(r.stdout).not.toContain('::error::');
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(path.dirname(r.outputs['result-path']!)).toBe(r.runnerTemp);
    expect(r.result).toMatchObject({ version: 1, decision: 'pass', ok: true, policy: { source: 'inputs' } });
    expect(r.summary).toContain('## agent-attest verify: ✅ **pass**');
    expect(r.summary).toContain('<code>agents.allowed</code>');
    expect(r.summary).toContain('<code>reviews.human-approval</code>');
    expect(r.summary).toContain(`<code>https://github.com/${WORKFLOW}@refs/heads/main</code>`);
    expect(r.summary).toContain('clean/dist/clean.tgz');
  });

  it('writes the same JSON document as the CLI --format json', async () => {
    const args = {
      'subject-path': 'clean/dist/clean.tgz',
      'bundle-path': 'clean/clean.sigstore.json',
      ...pinned(),
    };
    const r = await runAction({ ...args, 'allowed-agents': 'claude-code' });
    const io = fakeIO();
    const cwd = process.cwd();
    process.chdir(f.root);
    try {
      await cliVerify(
        [
          args['subject-path'],
          '--bundle',
          args['bundle-path'],
          '--signer-workflow',
          args['signer-workflow'],
          '--trusted-root',
          args['trusted-root'],
          '--allowed-agents',
          'claude-code',
          '--format',
          'json',
        ],
        io,
      );
    } finally {
      process.chdir(cwd);
    }
    expect(r.result).toEqual(JSON.parse(io.out));
  });

  it('fails with one line, result fail, and the hostile path from the statement escaped in the summary', async () => {
    const r = await runAction({
      'subject-path': 'hook/dist/*.tgz',
      'bundle-path': 'hook/*.sigstore.json',
      ...pinned(),
      'deny-executable-surfaces': 'true',
    });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(r.result.decision).toBe('fail');
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::agent-attest verify failed: .*surfaces\.executable-changes/);
    expect(r.summary).toContain('## agent-attest verify: ❌ **fail**');
    expect(r.summary).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.summary).not.toContain('<img');
    expect(r.summary).not.toMatch(/\]\(https/);
    expect(r.summary).not.toContain('`pwn`');
  });

  it('looks bundles up on GitHub when bundle-path is empty, and fails closed when there are none', async () => {
    const r = await runAction({
      'subject-path': 'hook/dist/*.tgz',
      ...pinned(),
      repository: 'octo-org/octo-repo',
    });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(r.result).toMatchObject({ decision: 'fail', error: { code: 'VERIFICATION_FAILED' } });
    expect(r.stdout).toMatch(
      /::error::GitHub holds no attestation for .* in the attestations of octo-org\/octo-repo/,
    );
  });

  it('bad input: one line naming the input, result fail, an error document', async () => {
    const r = await runAction({ 'subject-path': 'nothing/*.tgz', ...pinned() });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(r.result).toMatchObject({ decision: 'error', error: { code: 'INPUT_INVALID' } });
    expect(r.stdout).toContain("::error::input 'subject-path' pattern 'nothing/*.tgz' matched no file");
  });
});

describe('verify summary limits', () => {
  it('stays under the step-summary limit, cut at a line with a note', () => {
    const artifacts = Array.from({ length: 400 }, (_, i) => ({
      name: `dist/${'a'.repeat(200)}-${i}.tgz`,
      digests: { sha256: 'ab'.repeat(32) },
      ok: false,
      verified: [],
      failures: [
        { bundle: { path: 'b.json', index: i }, code: 'SUBJECT_MISMATCH' as const, reason: 'x'.repeat(300) },
      ],
    }));
    const md = verifySummary(
      {
        report: { ok: false, trustedRoots: ['devstack'], roots: [], predicateType: 'p', artifacts },
        judgements: new Map(),
        reasons: artifacts.map((a) => `${a.name}: no bundle verifies`),
      },
      20_000,
    );
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000);
    expect(md).toContain("cut to stay under GitHub's 1 MiB step-summary limit");
    expect(MAX_SUMMARY_BYTES).toBeLessThanOrEqual(1024 * 1024);
  });
});
