/**
 * The executable checks the Node.js version before it loads anything else. The built bundle runs as a real
 * process; an older Node is simulated by a preload that rewrites `process.versions.node` (CI has only Node 24),
 * and the machine's own older `node`, when it has one, runs it for real.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import satisfies from 'semver/functions/satisfies.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeVersionIn, SUPPORTED_NODE, unsupportedNodeMessage } from '../../src/cli/node-version.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'aa-node-version-'));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outdir', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 120_000);
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

/** Runs the built CLI as if on Node `version`, and lists the files of the bundle it loaded. */
function runAs(version: string | undefined, args: string[]) {
  const pretend = version
    ? `Object.defineProperty(process.versions,"node",{value:${JSON.stringify(version)}});`
    : '';
  const hook =
    `data:text/javascript,import{registerHooks}from"node:module";${pretend}` +
    'registerHooks({load(u,c,n){if(u.startsWith("file:"))process.stderr.write("AA-LOADED "+u+"\\n");return n(u,c)}})';
  const r = spawnSync(process.execPath, ['--import', hook, path.join(out, 'cli.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  const lines = r.stderr.split('\n');
  const loaded = lines
    .filter((l) => l.startsWith('AA-LOADED '))
    .map((l) => path.relative(out, fileURLToPath(l.slice('AA-LOADED '.length))));
  const stderr = lines.filter((l) => !l.startsWith('AA-LOADED ')).join('\n');
  return { status: r.status, stdout: r.stdout, stderr, loaded };
}

describe('the Node.js version check', () => {
  it('is package.json engines.node', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(SUPPORTED_NODE).toBe(pkg.engines.node);
    expect(satisfies(process.versions.node, SUPPORTED_NODE)).toBe(true);
    expect(unsupportedNodeMessage(process.versions.node, '/x/node')).toBeUndefined();
    expect(unsupportedNodeMessage('20.20.2', '/usr/bin/node')).toBe(
      `agent-attest needs Node.js ${SUPPORTED_NODE.replace(/ \|\| /g, ' or ')}, but /usr/bin/node is 20.20.2; ` +
        'install Node.js 24 LTS (`nvm install 24`, your package manager, or https://nodejs.org) and run agent-attest with it.',
    );
    expect(unsupportedNodeMessage('18.0.0', 'node')).toBeDefined();
  });

  it('reads engines.node as the semver package does', () => {
    const ranges = [
      SUPPORTED_NODE,
      '^22.22.2 || ^24.15.0 || >=26.0.0',
      '>=20.0.0',
      '^1.2.3',
      ' ^18.0.0||>=20.1.0 ',
    ];
    const versions = ['0.12.18', '18.0.0', '20.0.0', '20.1.0', '22.22.1', '22.22.2', '22.30.0', '23.0.0'];
    versions.push('24.14.9', '24.15.0', '24.21.0', '25.0.0', '25.9.9', '26.0.0', '27.1.2', '100.0.0');
    versions.push('24.15.0-rc.1', '26.0.0-nightly20260101', 'v24.15.0', ' 24.15.0 ', '24.15.0+b.1');
    versions.push('024.15.0', '24.15', 'x', '');
    for (const range of ranges)
      for (const version of versions)
        expect(nodeVersionIn(version, range), `${version} in ${range}`).toBe(satisfies(version, range));
    for (const other of ['~24.1.0', '24.x', '<26.0.0', '^0.12.0', '>=24', '^24.15.0 <25.0.0', ''])
      expect(() => nodeVersionIn('24.15.0', other)).toThrow(/is not \^X\.Y\.Z or >=X\.Y\.Z/);
  });

  it('on an old Node, says which version it needs and exits 2 before loading the commands', () => {
    for (const args of [['attest', '--help'], ['demo'], ['--version']]) {
      const r = runAs('20.20.2', args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`agent-attest needs Node.js `);
      expect(r.stderr).toContain(' is 20.20.2; install Node.js 24 LTS');
      // Only the entry and the chunks it imports statically (the version check): no command module.
      expect(r.loaded).toContain('cli.js');
      expect(r.loaded.filter((f) => /main-|attest-|demo-|verify-/.test(f))).toEqual([]);
    }
  });

  it('on this Node, loads the commands and runs them', () => {
    const r = runAs(undefined, ['--version']);
    expect(r.stderr.trim()).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(r.loaded.some((f) => /^chunks\/main-/.test(f))).toBe(true);
  });

  // The machine's own older node, when there is one (this image ships Node 20 in /usr/bin).
  const older = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
    const v = spawnSync(p, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    return v.status === 0 && !satisfies(v.stdout.trim(), SUPPORTED_NODE);
  });
  it.skipIf(older === undefined)(`on a real older Node (${older ?? 'none on this machine'})`, () => {
    const r = spawnSync(older!, [path.join(out, 'cli.js'), 'demo'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^agent-attest needs Node\.js .+; install Node\.js 24 LTS .+\n$/);
  });
});
