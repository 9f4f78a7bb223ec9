/**
 * Which roots verify loads: with no --trusted-root, GitHub's instance root is fetched (over TUF) only when a
 * bundle's certificate comes from GitHub's Fulcio, public-good only for the others. Real bundles signed by both
 * instances (../shared/testdata); the instances' TUF repositories are stand-ins on 127.0.0.1 serving the real
 * trusted roots, since the real repositories and their signing keys are out of reach here.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubInstance, publicGoodInstance, type TufInstance } from '../../src/core/trust/instances.js';
import type { TrustSources } from '../../src/core/trust/index.js';
import { verifyArtifacts } from '../../src/core/verify/index.js';
import { startTufServer, type TufServer } from '../support/tuf-server.js';
import { DEMO, GH, haveReal, PG, SIGSTORE_JS } from '../verify/helpers.js';

let github: TufServer;
let publicGood: TufServer;
let cacheDir: string;

beforeAll(async () => {
  if (!haveReal) return;
  github = await startTufServer({ targets: { 'trusted_root.json': await readFile(GH) } });
  publicGood = await startTufServer({ targets: { 'trusted_root.json': await readFile(PG) } });
  cacheDir = await mkdtemp(path.join(tmpdir(), 'aa-select-'));
});

afterAll(async () => {
  await github?.close();
  await publicGood?.close();
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

const standIn = (real: TufInstance, server: TufServer): TufInstance => ({
  ...real,
  url: server.url,
  anchor: async () => server.repo.anchor(),
});

const trust = (): TrustSources => ({
  tuf: { cacheDir },
  instances: { github: standIn(githubInstance, github), publicGood: standIn(publicGoodInstance, publicGood) },
});

describe.skipIf(!haveReal)('default roots follow the certificates', () => {
  it('a GitHub-instance bundle: GitHub’s root is fetched over TUF and verifies it; public-good is not loaded', async () => {
    const r = await verifyArtifacts({
      artifacts: [DEMO.artifact],
      bundlePaths: [DEMO.bundle],
      trust: trust(),
      identity: { certificateIdentity: DEMO.san },
    });
    expect(r.ok, JSON.stringify(r.artifacts[0]!.failures)).toBe(true);
    expect(r.artifacts[0]!.verified[0]).toMatchObject({ trustedRoot: 'github', instance: 'github' });
    expect(r.roots).toEqual([
      {
        name: 'github',
        instance: 'github',
        kind: 'tuf',
        repository: github.url,
        checkedAt: expect.any(String),
      },
    ]);
    expect(publicGood.connections).toBe(0);
  });

  it('public-good and GitHub bundles together: both roots, each bundle verified by its own', async () => {
    const r = await verifyArtifacts({
      artifacts: [DEMO.artifact, SIGSTORE_JS.artifact],
      bundlePaths: [DEMO.bundle, SIGSTORE_JS.bundle],
      trust: trust(),
      identity: { certificateIdentityRegExp: `${DEMO.san}|${SIGSTORE_JS.san}`.replaceAll('.', '\\.') },
    });
    expect(r.ok).toBe(true);
    expect(r.artifacts.map((a) => a.verified.map((v) => v.instance))).toEqual([['github'], ['public-good']]);
    expect(r.roots.map((x) => [x.name, x.kind])).toEqual([
      ['public-good', 'tuf'],
      ['github', 'tuf-cache'], // fetched by the test above, less than a day ago
    ]);
  });

  it('--trusted-root public-good does not load GitHub’s root: the GitHub bundle is untrusted, with the fix', async () => {
    const r = await verifyArtifacts({
      artifacts: [DEMO.artifact],
      bundlePaths: [DEMO.bundle],
      trustedRoot: 'public-good',
      trust: trust(),
      identity: { certificateIdentity: DEMO.san },
    });
    expect(r.ok).toBe(false);
    expect(r.artifacts[0]!.failures[0]).toMatchObject({
      code: 'CERTIFICATE_UNTRUSTED',
      reason: expect.stringContaining("issued by GitHub's Sigstore instance"),
    });
  });
});
