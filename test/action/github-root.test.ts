/**
 * `trusted-root: github` in the verify action: GitHub's instance root comes from `gh attestation
 * trusted-root` on the runner. gh (and GitHub's TUF repository) cannot run here, so a stand-in `gh` on PATH
 * prints a local GitHub-profile devstack's root — the only mocked part; the action is the built bundle in a
 * real process, the bundle is signed on that devstack over real HTTP.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as attestCli } from '../../src/cli/commands/attest.js';
import { readEnvironment } from '../../src/core/config.js';
import { fakeIO } from '../verify/helpers.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'ghs_not_a_real_token_0123456789';

let tmp: string;
let build: string;
let bin: string;
let stack: TestDevstack;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'aa-github-root-'));
  build = path.join(tmp, 'dist');
  await exec(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outdir', build], { cwd: ROOT });
  stack = await startTestDevstack({ profile: 'github' });
  await mkdir(path.join(tmp, 'ws'));
  await writeFile(path.join(tmp, 'ws', 'app.tgz'), 'release bytes\n');
  const io = fakeIO(path.join(tmp, 'ws'));
  const code = await attestCli(
    [
      '--subject-path',
      'app.tgz',
      '--sigstore',
      stack.signingConfigPath,
      '--identity-token',
      await stack.stack.issueToken(),
      '--bundle-out',
      path.join(tmp, 'ws', 'app.sigstore.json'),
      '--reviews',
      'off',
    ],
    io,
    { env: readEnvironment({}) },
  );
  if (code !== 0) throw new Error(`attest failed: ${io.err}`);
  // The stand-in gh: checks its arguments and that the token came through its environment.
  bin = path.join(tmp, 'bin');
  await mkdir(bin);
  await writeFile(
    path.join(bin, 'gh'),
    [
      '#!/bin/sh',
      '[ "$1 $2" = "attestation trusted-root" ] || { echo "unexpected: $*" >&2; exit 1; }',
      `[ "$GH_TOKEN" = "${TOKEN}" ] || { echo "no token for $GH_TOKEN_EXPECTED" >&2; exit 1; }`,
      '[ -n "$FAKE_GH_FAIL" ] && { echo "HTTP 401: Bad credentials" >&2; exit 1; }',
      'tr -d "\\n" < "$FAKE_GH_ROOT"; echo',
      '',
    ].join('\n'),
  );
  await chmod(path.join(bin, 'gh'), 0o755);
}, 180_000);

afterAll(async () => {
  await stack?.close();
  await rm(tmp, { recursive: true, force: true });
});

async function runVerify(extra: NodeJS.ProcessEnv) {
  const runnerTemp = await mkdtemp(path.join(tmp, 'runner-'));
  const outputFile = path.join(runnerTemp, 'output');
  await writeFile(outputFile, '');
  await writeFile(path.join(runnerTemp, 'summary'), '');
  const env: NodeJS.ProcessEnv = {
    PATH: `${bin}:${process.env['PATH']}`,
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary'),
    FAKE_GH_ROOT: stack.trustedRootPath,
    'INPUT_SUBJECT-PATH': 'app.tgz',
    'INPUT_BUNDLE-PATH': 'app.sigstore.json',
    'INPUT_SIGNER-WORKFLOW': 'octo-org/octo-repo/.github/workflows/release.yml',
    'INPUT_TRUSTED-ROOT': 'github',
    'INPUT_GITHUB-TOKEN': TOKEN,
    ...extra,
  };
  try {
    const r = await exec(process.execPath, [path.join(build, 'verify.js')], {
      env,
      cwd: path.join(tmp, 'ws'),
    });
    return { code: 0, stdout: r.stdout, outputs: await readFile(outputFile, 'utf8') };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout, outputs: await readFile(outputFile, 'utf8') };
  }
}

describe('verify action with trusted-root: github', () => {
  it('verifies a GitHub-instance bundle with the root gh fetched', async () => {
    const r = await runVerify({});
    expect(r.stdout).not.toContain('::error::');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatch(/result<<\S+\npass\n/);
    expect(r.stdout).not.toContain(TOKEN);
  });

  it('fails with the fix when gh fails, without echoing the token', async () => {
    const r = await runVerify({ FAKE_GH_FAIL: '1' });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/::error::.*`gh attestation trusted-root` failed \(HTTP 401: Bad credentials\)/);
    expect(r.stdout).not.toContain(TOKEN);
  });

  it('without the override the GitHub-instance bundle is not trusted (public-good root only)', async () => {
    const r = await runVerify({ 'INPUT_TRUSTED-ROOT': '' });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(
      /::error::.*: CERTIFICATE_UNTRUSTED: the signing certificate was not issued by a CA/,
    );
  });
});
