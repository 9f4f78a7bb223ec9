/**
 * What query says when there is little or nothing to go on: an empty folder, a folder of other JSON, a
 * truncated bundle, bundles of which none verifies. A real bundle is signed on the devstack.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { attest } from '../../src/core/attest/index.js';
import { readEnvironment } from '../../src/core/config.js';
import { releaseFactsCollector } from '../../src/core/facts/index.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { GitRepo } from '../support/gitrepo.js';
import { fakeIO } from '../verify/helpers.js';

let t: TestDevstack;
let repo: GitRepo;
let bundle: string;
let dir: string;

beforeAll(async () => {
  t = await startTestDevstack();
  repo = await GitRepo.create();
  await repo.commit({ message: 'init', files: { 'README.md': 'x\n' } });
  await repo.commit({
    message: 'feat: auth\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
    files: { 'src/auth/a.ts': 'export {};\n', 'dist/app.tgz': 'artifact' },
  });
  dir = path.join(t.dir, 'q');
  bundle = path.join(dir, 'good', 'app.sigstore.json');
  await attest(
    { subjects: { paths: ['dist/*'] }, sign: true, sigstore: t.signingConfigPath, bundleOut: bundle },
    {
      env: readEnvironment(t.env),
      cwd: repo.path,
      collectFacts: releaseFactsCollector({
        reviews: 'off',
        githubApiUrl: 'https://api.github.com',
        serverUrl: 'https://github.com',
      }).collect,
    },
  );
}, 60_000);
afterAll(async () => {
  await t?.close();
  await repo?.remove();
});

async function query(args: string[]) {
  const io = fakeIO(dir);
  const code = await main(['query', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('query messages', () => {
  it('a folder with no bundle file: exit 2, says what to pass', async () => {
    await mkdir(path.join(dir, 'empty'), { recursive: true });
    const r = await query(['empty']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'agent-attest query: empty: no bundle files (*.json, *.jsonl, *.sigstore) in this folder; pass the folder the bundles were written to.\n',
    );
    expect(r.out).toBe('');
  });

  it('a folder of other JSON only: exit 2', async () => {
    await mkdir(path.join(dir, 'other'), { recursive: true });
    await writeFile(path.join(dir, 'other', 'package.json'), '{"name": "x"}');
    const r = await query(['other']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'agent-attest query: no Sigstore bundle among the 1 file(s) read from other; pass the folder the bundles were written to.\n',
    );
  });

  it('a truncated bundle is not verified (exit 1), whatever its name', async () => {
    const text = await readFile(bundle, 'utf8');
    await mkdir(path.join(dir, 'cut'), { recursive: true });
    await writeFile(path.join(dir, 'cut', 'app.sigstore.json'), text.slice(0, 300));
    await writeFile(path.join(dir, 'cut', 'release.json'), text.slice(0, 300));
    const r = await query(['cut', '--trusted-root', t.trustedRootPath]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cut\/app\.sigstore\.json#0 not verified: bundle .* is not JSON/);
    expect(r.err).toMatch(/cut\/release\.json#0 not verified: bundle .* is not JSON/);
    expect(r.err).not.toContain('ignored');
    expect(r.out).toContain('0 artifact(s) listed from 2 bundle(s): none verified; 2 not verified');
    expect(r.out).not.toMatch(/(all \d+|\d+ of \d+) verified/);
  });

  it('none of the bundles verifies: says none, never "signature verified", exit 1', async () => {
    // The default trusted root (public-good) does not know the devstack's CA.
    const r = await query(['good']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/app\.sigstore\.json#0 not verified: CERTIFICATE_UNTRUSTED/);
    expect(r.out).toBe(
      'no artifact with agent-written code matches\n\n0 artifact(s) listed from 1 bundle(s): none verified; 1 not verified (warnings above)\n',
    );
  });

  it('the bundle verifies against its root: listed, and the line says what verified', async () => {
    const r = await query(['good', '--trusted-root', t.trustedRootPath]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/dist\/app\.tgz +sha256:[0-9a-f]{12} +claude-code/);
    expect(r.out).toMatch(
      /\n1 artifact\(s\) listed from 1 bundle\(s\): all 1 verified \(signer not pinned: pass --signer-workflow to pin it\), 0 without a match\n$/,
    );
    const pinned = await query([
      'good',
      '--trusted-root',
      t.trustedRootPath,
      '--signer-workflow',
      'octo-org/octo-repo/.github/workflows/release.yml',
    ]);
    expect(pinned.out).toContain('all 1 verified (signer pinned), 0 without a match');
  });
});
