/**
 * Every row of ../shared/testdata/real-bundles/README.md, offline, with the trusted root named.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyArtifacts, type VerifyOptions } from '../../src/core/verify/index.js';
import { DEMO, GH, haveReal, NPM, PG, PG_OLD, real, SIGSTORE_JS, tamperedCopy, tempDir } from './helpers.js';

const sigstoreJs = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({
  artifacts: [SIGSTORE_JS.artifact],
  bundlePaths: [SIGSTORE_JS.bundle],
  trustedRoot: PG,
  identity: { certificateIdentity: SIGSTORE_JS.san },
  ...over,
});

const demo = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({
  artifacts: [DEMO.artifact],
  bundlePaths: [DEMO.bundle],
  trustedRoot: GH,
  identity: { certificateIdentity: DEMO.san },
  ...over,
});

const codes = (r: Awaited<ReturnType<typeof verifyArtifacts>>) =>
  r.artifacts.flatMap((a) => a.failures.map((f) => f.code));

describe.skipIf(!haveReal)('real-world bundles (offline)', () => {
  it('sigstore-js test bundles v0.1–v0.3 (DSSE and intoto, both v0.3 media types) verify for sigstore-1.0.0.tgz with PG', async () => {
    for (const bundle of NPM.bundles) {
      const r = await verifyArtifacts({
        artifacts: [NPM.artifact],
        bundlePaths: [bundle],
        trustedRoot: PG,
        predicateType: NPM.predicateType,
        identity: { certificateIdentity: NPM.san, oidcIssuer: NPM.issuer },
        allowLegacyBundles: true,
      });
      expect(r.ok, `${path.basename(bundle)}: ${JSON.stringify(r.artifacts[0]!.failures)}`).toBe(true);
      const v = r.artifacts[0]!.verified[0]!;
      expect(v.subject?.name).toBe('pkg:npm/sigstore@1.0.0');
      expect(v.timestamps.map((t) => t.kind)).toEqual(['transparency-log']); // no TSA: the log's integrated time
    }
  });

  it('the same bundles fail under the default predicate type (SLSA v1)', async () => {
    const r = await verifyArtifacts({
      artifacts: [NPM.artifact],
      bundlePaths: [NPM.bundles[7]!],
      trustedRoot: PG,
      identity: { certificateIdentity: NPM.san, oidcIssuer: NPM.issuer },
    });
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['PREDICATE_TYPE_MISMATCH']);
  });

  it('sigstore-js 2.1.0 v0.3 bundle passes with PG; the report carries the statement and certificate facts', async () => {
    const r = await verifyArtifacts(sigstoreJs());
    expect(r.ok).toBe(true);
    const a = r.artifacts[0]!;
    expect(a.digests.sha512).toMatch(/^90f223f9/);
    const v = a.verified[0]!;
    expect(v.bundle).toEqual({ path: SIGSTORE_JS.bundle, index: 0 });
    expect(v.statement?.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(v.signer).toMatchObject({
      subjectAlternativeName: SIGSTORE_JS.san,
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepositoryURI: 'https://github.com/sigstore/sigstore-js',
      sourceRepositoryIdentifier: SIGSTORE_JS.repositoryId,
      sourceRepositoryOwnerIdentifier: SIGSTORE_JS.ownerId,
      runnerEnvironment: 'github-hosted',
    });
  });

  it('also passes with the older public-good root (no TSA) and with gh-style policy flags', async () => {
    const r = await verifyArtifacts(
      sigstoreJs({
        trustedRoot: PG_OLD,
        identity: {
          signerWorkflow: `${SIGSTORE_JS.workflow}@refs/heads/main`,
          repositoryId: SIGSTORE_JS.repositoryId,
          ownerId: SIGSTORE_JS.ownerId,
        },
      }),
    );
    expect(r.ok).toBe(true);
  });

  it('the public-good root from the @sigstore/tuf seed verifies it too (no file given)', async () => {
    for (const trustedRoot of ['public-good', undefined]) {
      const r = await verifyArtifacts(sigstoreJs({ trustedRoot }));
      expect(r.ok).toBe(true);
      expect(r.trustedRoots[0]).toBe('public-good');
    }
  });

  it('fails for repository sigstore/fakerepo', async () => {
    const r = await verifyArtifacts(sigstoreJs({ identity: { repository: 'sigstore/fakerepo' } }));
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['IDENTITY_MISMATCH']);
    expect(r.artifacts[0]!.failures[0]!.reason).toContain('https://github.com/sigstore/fakerepo');
  });

  it('fails for any other file: no subject matches', async () => {
    const r = await verifyArtifacts(sigstoreJs({ artifacts: [DEMO.artifact] }));
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['SUBJECT_MISMATCH']);
  });

  it('refuses v0.1 bundles unless legacy bundles are asked for', async () => {
    const refused = await verifyArtifacts(sigstoreJs({ bundlePaths: [SIGSTORE_JS.bundleV01] }));
    expect(codes(refused)).toEqual(['LEGACY_BUNDLE']);
    const v01 = NPM.bundles.filter((b) => b.includes('bundleV01'));
    for (const bundle of v01) {
      const r = await verifyArtifacts({
        artifacts: [NPM.artifact],
        bundlePaths: [bundle],
        trustedRoot: PG,
        predicateType: NPM.predicateType,
        identity: { certificateIdentity: NPM.san, oidcIssuer: NPM.issuer },
      });
      expect(codes(r), bundle).toEqual(['LEGACY_BUNDLE']);
    }
  });

  it('accepts the v0.1 bundle gh refuses when asked for, and each bundle of the 2-bundle JSONL', async () => {
    const r = await verifyArtifacts(
      sigstoreJs({ bundlePaths: [SIGSTORE_JS.bundleV01, SIGSTORE_JS.jsonl], allowLegacyBundles: true }),
    );
    expect(r.ok).toBe(true);
    expect(r.artifacts[0]!.verified.map((v) => [path.basename(v.bundle.path), v.bundle.index])).toEqual([
      ['sigstore-js-2.1.0-bundle-v0.1.json', 0],
      ['sigstore-js-2.1.0_with_2_bundles.jsonl', 0],
      ['sigstore-js-2.1.0_with_2_bundles.jsonl', 1],
    ]);
  });

  it('GitHub-instance bundle passes with GH (tlog 0, ct 0, one TSA timestamp)', async () => {
    const r = await verifyArtifacts(demo());
    expect(r.ok).toBe(true);
    const v = r.artifacts[0]!.verified[0]!;
    expect(v.timestamps).toEqual([{ kind: 'timestamp-authority', time: '2024-04-22T17:33:26.000Z' }]);
    expect(v.signer?.subjectAlternativeName).toBe(DEMO.san);
  });

  it('reads {"bundle": …} lines (the attestations API shape)', async () => {
    const dir = await tempDir();
    const wrapped = path.join(dir, 'wrapped.jsonl');
    const line = (await readFile(DEMO.bundle, 'utf8')).trim();
    await writeFile(wrapped, `{"bundle":${line},"repository_id":1}\n`);
    expect((await verifyArtifacts(demo({ bundlePaths: [wrapped] }))).ok).toBe(true);
  });

  it('GitHub-instance bundle fails with PG: its CA is not in that root', async () => {
    const r = await verifyArtifacts(demo({ trustedRoot: PG }));
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['CERTIFICATE_UNTRUSTED']);
    // The reason says where GitHub's instance root comes from (it is not shipped).
    expect(r.artifacts[0]!.failures[0]!.reason).toContain('`gh attestation trusted-root`');
  });

  it('bundles missing the certificate or verification material fail as invalid, with the field named', async () => {
    const r = await verifyArtifacts(demo({ bundlePaths: [DEMO.missingCert, DEMO.missingMaterial] }));
    expect(r.ok).toBe(false);
    expect(r.artifacts[0]!.failures.map((f) => [f.code, f.reason])).toEqual([
      ['BUNDLE_INVALID', expect.stringContaining('content')],
      ['BUNDLE_INVALID', expect.stringContaining('verificationMaterial')],
    ]);
  });

  it('a bundle with an invalid signature fails', async () => {
    const r = await verifyArtifacts(
      sigstoreJs({
        bundlePaths: [real('cli-cli/sigstoreBundle-invalid-signature.json')],
        identity: { allowAnyIdentity: true },
      }),
    );
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['SIGNATURE_INVALID']);
  });

  it('one byte of a passing bundle’s DSSE payload changed → fail (PG and GH bundles)', async () => {
    const dir = await tempDir();
    const pg = await verifyArtifacts(
      sigstoreJs({ bundlePaths: [await tamperedCopy(SIGSTORE_JS.bundle, dir)] }),
    );
    const gh = await verifyArtifacts(demo({ bundlePaths: [await tamperedCopy(DEMO.bundle, dir)] }));
    for (const r of [pg, gh]) {
      expect(r.ok).toBe(false);
      // The signature no longer covers the content; @sigstore/verify's own code says where it noticed.
      expect(codes(r)).toEqual(['SIGNATURE_INVALID']);
      expect(r.artifacts[0]!.failures[0]!.sigstoreCode).toMatch(/_ERROR$/);
    }
  });

  it('several artifacts in one call: each passes only with its own bundle', async () => {
    const r = await verifyArtifacts({
      artifacts: [SIGSTORE_JS.artifact, DEMO.artifact],
      bundlePaths: [SIGSTORE_JS.bundle, DEMO.bundle],
      trustedRoot: PG,
      identity: { certificateIdentity: SIGSTORE_JS.san },
    });
    expect(r.artifacts.map((a) => a.ok)).toEqual([true, false]);
    expect(r.ok).toBe(false);
  });

  it('an artifact given as sha512:HEX verifies; as a sha256 digest it cannot match a sha512-only subject', async () => {
    const sha512 = (await verifyArtifacts(sigstoreJs())).artifacts[0]!.digests;
    expect((await verifyArtifacts(sigstoreJs({ artifacts: [`sha512:${sha512.sha512}`] }))).ok).toBe(true);
    const r = await verifyArtifacts(sigstoreJs({ artifacts: [`sha256:${sha512.sha256}`] }));
    expect(codes(r)).toEqual(['SUBJECT_MISMATCH']);
  });

  it('a gh-style JSONL trusted root (one root per line) picks the root that issued each certificate', async () => {
    const dir = await tempDir();
    const jsonl = path.join(dir, 'trusted_root.jsonl');
    const lines = await Promise.all(
      [PG, GH].map(async (f) => JSON.stringify(JSON.parse(await readFile(f, 'utf8')))),
    );
    await writeFile(jsonl, `${lines.join('\n')}\n`);
    const r = await verifyArtifacts({
      artifacts: [SIGSTORE_JS.artifact, DEMO.artifact],
      bundlePaths: [SIGSTORE_JS.bundle, DEMO.bundle],
      trustedRoot: jsonl,
      identity: {
        certificateIdentityRegExp:
          'https://github\\.com/(sigstore/sigstore-js|actions/attest-demo)/\\.github/workflows/[^@]+@refs/heads/main',
      },
    });
    expect(r.ok).toBe(true);
    expect(r.artifacts.map((a) => a.verified[0]!.trustedRoot)).toEqual([`${jsonl}#1`, `${jsonl}#2`]);
  });
});
