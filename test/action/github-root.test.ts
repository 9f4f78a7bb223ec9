/**
 * `trusted-root: github` in the verify action, with no gh CLI on PATH and no token: GitHub's instance root
 * comes from agent-attest's own TUF client and its cache in the runner's tool cache.
 *
 * The action is the built bundle in a real process. GitHub's TUF repository (and its keys) cannot be reached
 * here, so an earlier run against a stand-in repository on 127.0.0.1 — our TUF client, real HTTP — fills the
 * tool cache, as a run on the same self-hosted runner the day before would; the stand-in is then stopped. A
 * preload counts every socket the action's process tries to open: none may be. The network side of the client
 * is covered in test/trust against the same kind of repository.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as attestCli } from '../../src/cli/commands/attest.js';
import { readEnvironment } from '../../src/core/config.js';
import { githubInstance } from '../../src/core/trust/instances.js';
import { tufTrustedRoot } from '../../src/core/trust/tuf.js';
import { DEMO, fakeIO, GH, haveReal } from '../verify/helpers.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { startTufServer } from '../support/tuf-server.js';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

let tmp: string;
let build: string;
let stack: TestDevstack;
let preload: string;

/** A tool cache holding GitHub's instance root as served (over TUF) by a stand-in repository. */
async function toolCacheWith(trustedRoot: Buffer | string): Promise<string> {
  const toolCache = await mkdtemp(path.join(tmp, 'toolcache-'));
  const server = await startTufServer({ targets: { 'trusted_root.json': trustedRoot } });
  try {
    const standIn = { ...githubInstance, url: server.url, anchor: async () => server.repo.anchor() };
    await tufTrustedRoot(standIn, { cacheDir: path.join(toolCache, 'agent-attest', 'tuf') });
  } finally {
    await server.close();
  }
  return toolCache;
}

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
  // Every way the process could open a socket reports itself on stderr (and is refused).
  preload = path.join(tmp, 'no-sockets.mjs');
  await writeFile(
    preload,
    [
      "import net from 'node:net';",
      "import tls from 'node:tls';",
      'for (const [m, f] of [[net, "connect"], [net, "createConnection"], [tls, "connect"]]) {',
      '  m[f] = (...a) => { process.stderr.write(`AA-SOCKET ${f} ${JSON.stringify(a[0])}\\n`); throw new Error("no sockets here"); };',
      '}',
      '',
    ].join('\n'),
  );
}, 180_000);

afterAll(async () => {
  await stack?.close();
  await rm(tmp, { recursive: true, force: true });
});

async function runVerify(toolCache: string, inputs: NodeJS.ProcessEnv) {
  const runnerTemp = await mkdtemp(path.join(tmp, 'runner-'));
  const outputFile = path.join(runnerTemp, 'output');
  await writeFile(outputFile, '');
  await writeFile(path.join(runnerTemp, 'summary'), '');
  const env: NodeJS.ProcessEnv = {
    PATH: path.join(tmp, 'no-such-bin'), // no gh, nothing else either
    HOME: tmp,
    NODE_OPTIONS: `--import ${preload}`,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary'),
    'INPUT_SUBJECT-PATH': 'app.tgz',
    'INPUT_BUNDLE-PATH': 'app.sigstore.json',
    'INPUT_SIGNER-WORKFLOW': 'octo-org/octo-repo/.github/workflows/release.yml',
    'INPUT_TRUSTED-ROOT': 'github',
    ...inputs,
  };
  const result = await exec(process.execPath, [path.join(build, 'verify.js')], {
    env,
    cwd: path.join(tmp, 'ws'),
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
  return {
    ...result,
    outputs: await readFile(outputFile, 'utf8'),
    summary: await readFile(path.join(runnerTemp, 'summary'), 'utf8'),
  };
}

describe('verify action with trusted-root: github (no gh, no token)', () => {
  it('verifies a GitHub-instance bundle with the root from the TUF cache, opening no socket', async () => {
    const toolCache = await toolCacheWith(JSON.stringify(stack.stack.trustedRoot));
    const r = await runVerify(toolCache, {});
    expect(r.stderr).not.toContain('AA-SOCKET');
    expect(r.stdout).not.toMatch(/::(error|warning)::/);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatch(/result<<\S+\npass\n/);
    // Named github (what was asked for); the instance is what the root itself describes: the devstack's CA.
    const line = `Trusted root github (${new URL(stack.stack.url).host} instance): the cached TUF root (checked just now).`;
    expect(r.stdout).toContain(line);
    expect(r.summary.replaceAll('\\', '')).toContain(line); // the summary escapes Markdown
  });

  it('offline: the cached root, said to be offline; with nothing cached, one error line saying how to get it', async () => {
    const toolCache = await toolCacheWith(JSON.stringify(stack.stack.trustedRoot));
    const r = await runVerify(toolCache, { INPUT_OFFLINE: 'true' });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('AA-SOCKET');
    expect(r.stdout).toMatch(
      /Trusted root github \(\S+ instance\): the cached root \(last checked just now, [^)]*\); offline\./,
    );

    const empty = await mkdtemp(path.join(tmp, 'toolcache-empty-'));
    const none = await runVerify(empty, { INPUT_OFFLINE: 'true' });
    expect(none.code).not.toBe(0);
    expect(none.stderr).not.toContain('AA-SOCKET');
    const errors = none.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error::trusted root github: offline was asked for, nothing is cached in .*, and this build ships no copy of GitHub's trusted root; verify once with access to https:\/\/tuf-repo\.github\.com to cache it, or pass a trusted root file/,
      ),
    ]);
    expect(none.outputs).toMatch(/result<<\S+\nfail\n/);
  });

  it('a day later with no network: one warning, the cached root (and the preload does see the attempt)', async () => {
    const toolCache = await toolCacheWith(JSON.stringify(stack.stack.trustedRoot));
    const checkFile = path.join(toolCache, 'agent-attest', 'tuf', 'github', 'checked.json');
    const state = JSON.parse(await readFile(checkFile, 'utf8'));
    const dayAgo = new Date(Date.now() - 26 * 3600_000).toISOString();
    await writeFile(checkFile, JSON.stringify({ ...state, checkedAt: dayAgo }));
    const r = await runVerify(toolCache, {});
    // The socket to GitHub's TUF repository was refused by the preload before any lookup.
    expect(r.stderr).toContain('AA-SOCKET');
    expect(r.stderr).toContain('tuf-repo.github.com');
    expect(r.code).toBe(0);
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::trusted root github: could not check it is current \(https:\/\/tuf-repo\.github\.com\/\d+\.root\.json: .*\); using the cached root \(last checked 26 h ago, /,
      ),
    ]);
    expect(r.stdout).toMatch(
      /Trusted root github \(\S+ instance\): the cached root .*; repository unreachable\./,
    );
  });

  it('offline and require-fresh-root together: an input error naming both', async () => {
    const r = await runVerify(tmp, { INPUT_OFFLINE: 'true', 'INPUT_REQUIRE-FRESH-ROOT': 'true' });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/::error::input 'offline' and input 'require-fresh-root' exclude each other/);
  });

  it.skipIf(!haveReal)(
    'a real bundle from GitHub’s instance, no trusted-root input: GitHub’s root is selected for it',
    async () => {
      const toolCache = await toolCacheWith(await readFile(GH));
      const r = await runVerify(toolCache, {
        'INPUT_SUBJECT-PATH': DEMO.artifact,
        'INPUT_BUNDLE-PATH': DEMO.bundle,
        'INPUT_SIGNER-WORKFLOW': 'actions/attest-demo/.github/workflows/build-python.yml',
        'INPUT_TRUSTED-ROOT': '',
      });
      expect(r.stderr).not.toContain('AA-SOCKET');
      expect(r.stdout).not.toMatch(/::(error|warning)::/);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Trusted root github: the cached TUF root (checked just now).');
      expect(r.stdout).not.toContain('Trusted root public-good');
    },
  );
});
