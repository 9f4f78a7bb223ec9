/**
 * Test helper: a devstack for one test (or one file), with its trusted root and signing config written to a
 * temp dir and the environment a GitHub job would have. Close it (or let `withDevstack` do it) afterwards.
 *
 *   const t = await startTestDevstack();           // in beforeAll
 *   ... sign with t.env / t.stack.urls, verify with t.trustedRootPath ...
 *   await t.close();                               // in afterAll
 *
 *   await withDevstack(async (t) => { ... });       // or scoped
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevstack, type Devstack, type DevstackOptions } from '../../src/devstack/index.js';

export interface TestDevstack {
  stack: Devstack;
  /** Temp dir holding trusted_root.json and signing_config.json; removed by close(). */
  dir: string;
  trustedRootPath: string;
  signingConfigPath: string;
  /** The devstack TUF repository's first root (`verify --tuf-root`); its URL is `stack.tuf.url`. */
  tufRootPath: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for code that reads GitHub's OIDC protocol from the environment. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  close(): Promise<void>;
}

export async function startTestDevstack(opts: DevstackOptions = {}): Promise<TestDevstack> {
  const stack = await startDevstack(opts);
  try {
    const dir = await mkdtemp(join(tmpdir(), 'agent-attest-devstack-'));
    const { trustedRootPath, signingConfigPath, tufRootPath } = await stack.writeFiles(dir);
    return {
      stack,
      dir,
      trustedRootPath,
      signingConfigPath,
      tufRootPath,
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: stack.idTokenRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.idTokenRequestToken,
      },
      async close() {
        await stack.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await stack.close();
    throw e;
  }
}

/** Runs `fn` with a fresh devstack and closes it afterwards, whatever happens. */
export async function withDevstack<T>(
  fn: (t: TestDevstack) => Promise<T>,
  opts: DevstackOptions = {},
): Promise<T> {
  const t = await startTestDevstack(opts);
  try {
    return await fn(t);
  } finally {
    await t.close();
  }
}
