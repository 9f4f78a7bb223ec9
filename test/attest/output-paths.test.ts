/**
 * Attest checks every file it will write before the first network call: a bad --bundle-out costs nothing,
 * not a log entry without a bundle. Real devstacks sign: on the first, every token request fails, so a
 * token request before the check would surface as a token error instead of the path error expected; the
 * second signs normally.
 */
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/commands/attest.js';
import { readEnvironment } from '../../src/core/config.js';
import { makeDirectory, unwritableReason } from '../../src/core/files.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';

let t: TestDevstack;
let good: TestDevstack;
let ws: string;

beforeAll(async () => {
  t = await startTestDevstack();
  t.stack.failNext('oidc', 10_000);
  good = await startTestDevstack();
  ws = path.join(t.dir, 'ws');
  await mkdir(path.join(ws, 'dist'), { recursive: true });
  await writeFile(path.join(ws, 'dist', 'app.tgz'), 'artifact');
});
afterAll(async () => {
  await t?.close();
  await good?.close();
});

async function logSize(stack = t): Promise<number> {
  const r = await fetch(`${stack.stack.url}/api/v1/log`);
  return ((await r.json()) as { treeSize: number }).treeSize;
}

async function attestCli(args: string[], stack = t) {
  const io = { out: '', err: '' };
  const cli: CliIO = {
    stdout: (s) => void (io.out += s),
    stderr: (s) => void (io.err += s),
    isTTY: false,
    cwd: ws,
  };
  const env = readEnvironment({ ...stack.env });
  const code = await run(
    ['--subject-path', 'dist/*', '--sigstore', stack.signingConfigPath, '--reviews', 'off', ...args],
    cli,
    { env },
  ).catch((e: Error & { exitCode?: number }) => {
    io.err += `${e.message}\n`;
    return e.exitCode ?? -1;
  });
  return { code, ...io };
}

describe('attest output paths', () => {
  it('refuses a --bundle-out that is a directory before asking for a token or signing', async () => {
    const dir = path.join(ws, 'out-dir');
    await mkdir(dir);
    const before = await logSize();
    const r = await attestCli(['--bundle-out', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `cannot write the bundle to '${dir}': it is a directory; pass a file path to --bundle-out, e.g. ${path.join(dir, 'attestation.sigstore.json')}\n`,
    );
    expect(await logSize()).toBe(before);
    // Nothing written: not even the statement beside it.
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(ws)).toEqual(['dist', 'out-dir']);
  });

  it('refuses a --statement-out under a file, and a statement and bundle on one path', async () => {
    const file = path.join(ws, 'dist', 'app.tgz');
    const under = await attestCli(['--statement-out', path.join(file, 's.json'), '--no-sign']);
    expect(under.code).toBe(2);
    expect(under.err).toBe(
      `cannot write the statement to '${path.join(file, 's.json')}': ${file} is a file, not a directory; choose a writable path for --statement-out\n`,
    );
    const same = path.join(ws, 'x.json');
    const clash = await attestCli(['--statement-out', same, '--bundle-out', same]);
    expect(clash.code).toBe(2);
    expect(clash.err).toBe(
      `the bundle and the statement would both be written to '${same}'; give --bundle-out another path\n`,
    );
  });

  it.skipIf(process.getuid?.() === 0)(
    'refuses a folder without write permission (not as root, who may write anywhere)',
    async () => {
      const ro = path.join(ws, 'read-only');
      await mkdir(ro);
      await chmod(ro, 0o555);
      const r = await attestCli(['--bundle-out', path.join(ro, 'sub', 'b.sigstore.json')]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${ro} is not writable; choose a writable path for --bundle-out`);
      await chmod(ro, 0o755);
    },
  );

  it('signs when the paths are good (new folders are created)', async () => {
    const bundle = path.join(ws, 'new', 'deeper', 'b.sigstore.json');
    const before = await logSize(good);
    const r = await attestCli(['--bundle-out', bundle], good);
    expect(r.err).not.toMatch(/cannot write/);
    expect(r.code).toBe(0);
    expect(await logSize(good)).toBe(before + 1);
    expect(JSON.parse(await readFile(bundle, 'utf8'))).toHaveProperty('dsseEnvelope');
  });
});

describe('the file helpers', () => {
  it('makeDirectory fails with a code instead of hanging where mkdir -p would loop (/proc)', async () => {
    const e = (await makeDirectory('/proc/agent-attest-nope/x').catch(
      (x: unknown) => x,
    )) as NodeJS.ErrnoException;
    expect(e.code).toBe('ENOENT');
    const file = path.join(ws, 'dist', 'app.tgz');
    const notDir = (await makeDirectory(path.join(file, 'x')).catch(
      (x: unknown) => x,
    )) as NodeJS.ErrnoException;
    expect(notDir.code).toBe('ENOTDIR');
    await makeDirectory(path.join(ws, 'a', 'b', 'c'));
    await makeDirectory(path.join(ws, 'a', 'b', 'c'));
    expect(await readdir(path.join(ws, 'a', 'b'))).toEqual(['c']);
  });

  it('unwritableReason names the problem', async () => {
    expect(await unwritableReason(path.join(ws, 'dist'))).toBe('it is a directory');
    expect(await unwritableReason(path.join(ws, 'dist', 'app.tgz'))).toBeUndefined();
    expect(await unwritableReason(path.join(ws, 'nope', 'x.json'))).toBeUndefined();
    expect(await unwritableReason(path.join(ws, 'dist', 'app.tgz', 'x.json'))).toBe(
      `${path.join(ws, 'dist', 'app.tgz')} is a file, not a directory`,
    );
  });
});
