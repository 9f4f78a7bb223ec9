import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { run, startFromArgs } from '../../src/cli/commands/devstack.js';

function fakeIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false, cwd };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

/** KEY=VALUE lines, as `>> $GITHUB_ENV` would read them. */
function parseEnv(text: string): Record<string, string> {
  const lines = text.trimEnd().split('\n');
  for (const line of lines) expect(line).toMatch(/^[A-Z_]+=\S+$/);
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

describe('agent-attest devstack', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'devstack-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints env lines, writes the trust files, serves tokens with the --claims, and stops on abort', async () => {
    await writeFile(join(dir, 'claims.json'), JSON.stringify({ repository: 'acme/widgets', actor: 'hubot' }));
    const { io, out, err } = fakeIO(dir);
    const controller = new AbortController();
    const running = run(
      ['--port', '0', '--out', 'trust', '--claims', 'claims.json', '--profile', 'github'],
      io,
      {
        signal: controller.signal,
      },
    );
    // run() prints once the stack is up; wait for the env lines.
    let failure: unknown;
    running.catch((e: unknown) => (failure = e));
    while (!out().includes('ACTIONS_ID_TOKEN_REQUEST_TOKEN=')) {
      if (failure) throw failure;
      await new Promise((r) => setTimeout(r, 10));
    }
    const env = parseEnv(out());
    expect(env['DEVSTACK_URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(env['DEVSTACK_REKOR_URL']).toBeUndefined();
    expect(env['DEVSTACK_TRUSTED_ROOT']).toBe(join(dir, 'trust', 'trusted_root.json'));
    const root = JSON.parse(await readFile(env['DEVSTACK_TRUSTED_ROOT']!, 'utf8'));
    expect(root.timestampAuthorities).toHaveLength(1);
    const config = JSON.parse(await readFile(env['DEVSTACK_SIGNING_CONFIG']!, 'utf8'));
    expect(config.mediaType).toBe('application/vnd.dev.sigstore.signingconfig.v0.2+json');
    expect(env['ACTIONS_ID_TOKEN_REQUEST_URL']).toContain('?');

    const res = await fetch(`${env['ACTIONS_ID_TOKEN_REQUEST_URL']}&audience=sigstore`, {
      headers: { authorization: `bearer ${env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}` },
    });
    const claims = decodeJwt(((await res.json()) as { value: string }).value);
    expect(claims).toMatchObject({
      repository: 'acme/widgets',
      actor: 'hubot',
      ref: 'refs/heads/main',
      // Derived from the overridden repository.
      sub: 'repo:acme/widgets:ref:refs/heads/main',
      repository_owner: 'acme',
      job_workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/heads/main',
    });
    expect(err()).toMatch(/listening on http:\/\/127\.0\.0\.1/);

    controller.abort();
    expect(await running).toBe(0);
    await expect(fetch(env['DEVSTACK_URL']!)).rejects.toThrow();
  });

  it('returns a handle from startFromArgs that tests can close', async () => {
    const { io } = fakeIO(dir);
    const started = await startFromArgs([], io);
    if (typeof started === 'number') throw new Error('expected a running stack');
    expect(started.stack.profile).toBe('public-good');
    expect(started.env['DEVSTACK_REKOR_URL']).toBe(started.stack.url);
    await started.stack.close();
  });

  it('prints usage for --help', async () => {
    const { io, out } = fakeIO(dir);
    expect(await main(['devstack', '--help'], io)).toBe(0);
    expect(out()).toMatch(/^usage: agent-attest devstack/);
  });

  it.each([
    [['--claims', 'missing.json'], /--claims missing\.json: cannot read the file \(ENOENT\)/],
    [['--claims', 'bad.json'], /--claims bad\.json: not valid JSON/],
    [['--claims', 'array.json'], /--claims array\.json: must be a JSON object/],
    [['--port', 'eighty'], /--port eighty: must be an integer/],
    [['--profile', 'staging'], /--profile staging: must be one of public-good, github/],
    [['--bogus'], /Unknown option '--bogus'/],
    // A folder that cannot exist (Node's own recursive mkdir loops forever here) and a file in the way.
    [
      ['--out', '/proc/agent-attest-nope'],
      /^agent-attest devstack: --out \/proc\/agent-attest-nope: cannot write the trust files \(ENOENT: .*\); pass a writable directory\.$/m,
    ],
    [
      ['--out', 'bad.json/trust'],
      /--out bad\.json\/trust: cannot write the trust files \(ENOTDIR: .*bad\.json is not a directory\)/,
    ],
  ])('rejects %j with one line and exit 2', async (args, message) => {
    await writeFile(join(dir, 'bad.json'), '{"repository": ');
    await writeFile(join(dir, 'array.json'), '[1]');
    const { io, out, err } = fakeIO(dir);
    expect(await main(['devstack', ...args], io)).toBe(2);
    expect(err()).toMatch(message);
    expect(err().trimEnd().split('\n')).toHaveLength(1);
    expect(out()).toBe('');
  });
});
