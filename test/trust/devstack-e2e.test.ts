/**
 * The whole path on the devstack, nothing mocked: the devstack signs (agent-attest attest), publishes its
 * trusted root through its TUF repository, and `agent-attest verify --tuf-url --tuf-root` fetches it over TUF
 * on 127.0.0.1, caches it, reuses the cache, works offline, and falls back (or fails, when a fresh root is
 * required) when the repository stops answering.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as attestCli } from '../../src/cli/commands/attest.js';
import { run as verifyCli } from '../../src/cli/commands/verify.js';
import { readEnvironment } from '../../src/core/config.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { fakeIO } from '../verify/helpers.js';

const WORKFLOW = 'octo-org/octo-repo/.github/workflows/release.yml';

let tmp: string;
let ws: string;
let cache: string;
let t: TestDevstack;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'aa-tuf-e2e-'));
  ws = path.join(tmp, 'ws');
  cache = path.join(tmp, 'cache');
  await mkdir(ws);
  await writeFile(path.join(ws, 'app.tgz'), 'release bytes\n');
  t = await startTestDevstack();
  const io = fakeIO(ws);
  const argv = ['--subject-path', 'app.tgz', '--sigstore', t.signingConfigPath, '--reviews', 'off'];
  const token = ['--identity-token', await t.stack.issueToken(), '--bundle-out', 'app.sigstore.json'];
  const code = await attestCli([...argv, ...token], io, { env: readEnvironment({}) });
  if (code !== 0) throw new Error(`attest failed: ${io.err}`);
}, 120_000);

afterAll(async () => {
  await t?.close();
  await rm(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  // This file is about the network path: let verify ask the devstack's TUF repository, caching under `cache`.
  vi.stubEnv('AGENT_ATTEST_OFFLINE', '');
  vi.stubEnv('RUNNER_TOOL_CACHE', '');
  vi.stubEnv('XDG_CACHE_HOME', cache);
  return () => vi.unstubAllEnvs();
});

async function verify(...extra: string[]) {
  const io = fakeIO(ws);
  const argv = [
    path.join(ws, 'app.tgz'),
    '--bundle',
    path.join(ws, 'app.sigstore.json'),
    '--signer-workflow',
    WORKFLOW,
  ];
  const tuf = ['--tuf-url', t.stack.tuf.url, '--tuf-root', t.tufRootPath];
  const code = await verifyCli([...argv, ...tuf, ...extra], io);
  return { code, out: io.out, err: io.err, json: extra.includes('json') ? JSON.parse(io.out) : undefined };
}

/** The instance's cache directory (one per repository URL and first root). */
async function instanceDir(): Promise<string> {
  const base = path.join(cache, 'agent-attest', 'tuf');
  const { readdir } = await import('node:fs/promises');
  const [dir, ...more] = await readdir(base);
  expect(more).toEqual([]);
  return path.join(base, dir!);
}

describe('devstack → TUF → verify', () => {
  it('fetches the devstack root over TUF and verifies; says which root and instance', async () => {
    const r = await verify();
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const host = new URL(t.stack.url).host;
    expect(r.out).toContain(`root ${t.stack.tuf.url} (${host} instance)`);
    expect(r.out).toContain(
      `trusted root ${t.stack.tuf.url} (${host} instance): the root just checked over TUF (${t.stack.tuf.url})`,
    );
  });

  it('the next run uses the cache without asking the repository', async () => {
    // Any request would now fail and be warned about. (The faults stay queued for the tests below, which
    // either open no connection or want the repository down.)
    t.stack.failNext('tuf', 50, { status: 503 });
    const r = await verify('--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.json.roots).toEqual([
      {
        name: t.stack.tuf.url,
        instance: new URL(t.stack.url).host,
        kind: 'tuf-cache',
        repository: t.stack.tuf.url,
        checkedAt: expect.any(String),
      },
    ]);
    expect(r.json.artifacts[0].verified[0]).toMatchObject({
      trustedRoot: t.stack.tuf.url,
      instance: new URL(t.stack.url).host,
    });
  });

  it('--offline uses the cached root and says so', async () => {
    const r = await verify('--offline');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/: the cached root \(last checked just now, .*\); offline\n$/);
  });

  it('a day later with the repository down: the cached root with one warning; --require-fresh-root fails (exit 2)', async () => {
    const checkFile = path.join(await instanceDir(), 'checked.json');
    const state = JSON.parse(await readFile(checkFile, 'utf8'));
    await writeFile(
      checkFile,
      JSON.stringify({ ...state, checkedAt: new Date(Date.now() - 2 * 86400_000).toISOString() }),
    );
    t.stack.failNext('tuf', 50, { status: 503 });
    {
      const r = await verify();
      expect(r.code).toBe(0);
      const warnings = r.err.trim().split('\n');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /could not check it is current \(.*: HTTP 503\); using the cached root \(last checked 2 days ago, /,
      );
      expect(r.out).toContain('; repository unreachable');

      const fresh = await verify('--require-fresh-root', '--format', 'json');
      expect(fresh.code).toBe(2);
      expect(fresh.json).toMatchObject({ decision: 'error', error: { code: 'TRUSTED_ROOT_STALE' } });
      expect(fresh.err).toMatch(
        /^agent-attest verify: trusted root .*: a fresh root is required, but its TUF repository could not be reached/,
      );
    }
  });

  it('usage errors name the flags', async () => {
    for (const [extra, message] of [
      [['--offline', '--require-fresh-root'], /--offline and --require-fresh-root exclude each other/],
      [['--trusted-root', t.trustedRootPath], /--trusted-root and --tuf-url name two sources of trust/],
    ] as const) {
      const r = await verify(...extra);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
    const io = fakeIO(ws);
    const argv = [path.join(ws, 'app.tgz'), '--bundle', path.join(ws, 'app.sigstore.json')];
    expect(await verifyCli([...argv, '--tuf-url', t.stack.tuf.url], io)).toBe(2);
    expect(io.err).toMatch(/--tuf-url and --tuf-root go together/);
  });
});
