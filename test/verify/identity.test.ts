/**
 * checkIdentity on real certificate facts (the sigstore-js 2.1.0 release bundle carries the GitHub
 * extensions) and on constructed facts for the cases no real certificate shows.
 */
import { X509Certificate } from '@sigstore/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assertIdentityPolicy,
  certificateFacts,
  checkIdentity,
  GITHUB_ACTIONS_ISSUER,
  loadBundles,
  type CertificateFacts,
  type IdentityPolicy,
} from '../../src/core/verify/index.js';
import { DEMO, haveReal, SIGSTORE_JS } from './helpers.js';

async function factsOf(bundleFile: string): Promise<CertificateFacts> {
  const [loaded] = await loadBundles(bundleFile);
  const material = loaded!.bundle!.verificationMaterial.content;
  if (material.$case !== 'certificate') throw new Error(`${bundleFile} has no leaf certificate`);
  return certificateFacts(X509Certificate.parse(Buffer.from(material.certificate.rawBytes)));
}

const constructed = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  subjectAlternativeName: 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main',
  issuer: GITHUB_ACTIONS_ISSUER,
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter: '2026-01-01T00:10:00.000Z',
  sourceRepositoryURI: 'https://github.com/octo-org/app',
  sourceRepositoryIdentifier: '1001',
  sourceRepositoryOwnerURI: 'https://github.com/octo-org',
  sourceRepositoryOwnerIdentifier: '2002',
  sourceRepositoryRef: 'refs/heads/main',
  sourceRepositoryDigest: 'a'.repeat(40),
  buildSignerDigest: 'b'.repeat(40),
  runnerEnvironment: 'github-hosted',
  ...over,
});

const passes = (facts: CertificateFacts, policy: IdentityPolicy) => checkIdentity(facts, policy).ok;

describe('checkIdentity on constructed facts', () => {
  const main = 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main';

  it('a …@refs/heads/main-evil certificate fails every form of a …@refs/heads/main policy', () => {
    const evil = constructed({ subjectAlternativeName: `${main}-evil` });
    expect(passes(evil, { certificateIdentity: main })).toBe(false);
    expect(passes(evil, { certificateIdentityRegExp: main.replaceAll('.', '\\.') })).toBe(false);
    expect(
      passes(evil, { signerWorkflow: 'octo-org/app/.github/workflows/release.yml@refs/heads/main' }),
    ).toBe(false);
    expect(
      passes(constructed(), { signerWorkflow: 'octo-org/app/.github/workflows/release.yml@refs/heads/main' }),
    ).toBe(true);
  });

  it('regexp is anchored at both ends', () => {
    expect(passes(constructed(), { certificateIdentityRegExp: 'https://github\\.com/octo-org/app/.*' })).toBe(
      true,
    );
    expect(passes(constructed(), { certificateIdentityRegExp: 'octo-org/app' })).toBe(false);
    expect(
      passes(constructed({ subjectAlternativeName: `https://evil.example/?${main}` }), {
        certificateIdentityRegExp: 'https://github\\.com/.*',
      }),
    ).toBe(false);
  });

  it('signer workflow: host optional, ref optional, owner/repo case-insensitive, ref exact, look-alike repos fail', () => {
    const wf = 'octo-org/app/.github/workflows/release.yml';
    expect(passes(constructed(), { signerWorkflow: wf })).toBe(true);
    expect(passes(constructed(), { signerWorkflow: `github.com/${wf}` })).toBe(true);
    expect(
      passes(constructed(), {
        signerWorkflow: `https://github.com/Octo-Org/App/.github/workflows/release.yml`,
      }),
    ).toBe(true);
    expect(passes(constructed(), { signerWorkflow: `${wf}@refs/heads/Main` })).toBe(false);
    expect(passes(constructed(), { signerWorkflow: 'octo-org/ap/.github/workflows/release.yml' })).toBe(
      false,
    );
    expect(
      passes(constructed({ subjectAlternativeName: main.replace('/app/', '/app-evil/') }), {
        signerWorkflow: wf,
      }),
    ).toBe(false);
    expect(
      passes(constructed(), { signerWorkflow: 'ghe.example.com/octo-org/app/.github/workflows/release.yml' }),
    ).toBe(false);
  });

  it('signer repo pins the workflow’s repository, not a prefix of its name', () => {
    expect(passes(constructed(), { signerRepo: 'octo-org/app' })).toBe(true);
    expect(passes(constructed(), { signerRepo: 'octo-org/ap' })).toBe(false);
    expect(
      passes(constructed({ subjectAlternativeName: main.replace('/app/', '/app-evil/') }), {
        signerRepo: 'octo-org/app',
      }),
    ).toBe(false);
  });

  it('wrong issuer fails; a GitHub enterprise issuer gets the hint to pass it', () => {
    const r = checkIdentity(constructed({ issuer: 'https://accounts.google.com' }), {
      signerRepo: 'octo-org/app',
    });
    expect(r.reasons).toEqual([
      'certificate issuer is "https://accounts.google.com", expected "https://token.actions.githubusercontent.com"',
    ]);
    const enterprise = `${GITHUB_ACTIONS_ISSUER}/octo-enterprise`;
    const hint = checkIdentity(constructed({ issuer: enterprise }), { signerRepo: 'octo-org/app' });
    expect(hint.ok).toBe(false);
    expect(hint.reasons[0]).toContain(
      `this is an enterprise issuer; pass --certificate-oidc-issuer ${enterprise}`,
    );
    expect(
      passes(constructed({ issuer: enterprise }), { signerRepo: 'octo-org/app', oidcIssuer: enterprise }),
    ).toBe(true);
  });

  it('repository and owner by name (case-insensitive) and by numeric id', () => {
    expect(
      passes(constructed(), {
        repository: 'Octo-Org/App',
        repositoryId: '1001',
        owner: 'octo-org',
        ownerId: '2002',
      }),
    ).toBe(true);
    expect(passes(constructed(), { repository: 'octo-org/other' })).toBe(false);
    expect(passes(constructed(), { repositoryId: '1002' })).toBe(false);
    expect(passes(constructed(), { owner: 'octo' })).toBe(false);
    expect(passes(constructed(), { repository: 'octo-org/app', ownerId: '2003' })).toBe(false);
    // A repository renamed and re-created under the old name keeps the name, not the id.
    expect(
      passes(constructed({ sourceRepositoryIdentifier: '9999' }), {
        repository: 'octo-org/app',
        repositoryId: '1001',
      }),
    ).toBe(false);
  });

  it('source ref exact, source and signer digests case-insensitive hex', () => {
    expect(
      passes(constructed(), {
        repository: 'octo-org/app',
        sourceRef: 'refs/heads/main',
        sourceDigest: 'A'.repeat(40),
        signerDigest: 'b'.repeat(40),
      }),
    ).toBe(true);
    expect(passes(constructed(), { repository: 'octo-org/app', sourceRef: 'refs/heads/main-evil' })).toBe(
      false,
    );
    expect(passes(constructed(), { repository: 'octo-org/app', sourceRef: 'main' })).toBe(false);
    expect(passes(constructed(), { repository: 'octo-org/app', sourceDigest: 'c'.repeat(40) })).toBe(false);
    expect(passes(constructed(), { repository: 'octo-org/app', signerDigest: 'a'.repeat(40) })).toBe(false);
  });

  it('self-hosted runners are denied when asked, and a certificate without the claim is denied too', () => {
    expect(passes(constructed(), { repository: 'octo-org/app', denySelfHostedRunners: true })).toBe(true);
    expect(
      passes(constructed({ runnerEnvironment: 'self-hosted' }), {
        repository: 'octo-org/app',
        denySelfHostedRunners: true,
      }),
    ).toBe(false);
    expect(
      passes(constructed({ runnerEnvironment: undefined }), {
        repository: 'octo-org/app',
        denySelfHostedRunners: true,
      }),
    ).toBe(false);
    expect(passes(constructed({ runnerEnvironment: 'self-hosted' }), { repository: 'octo-org/app' })).toBe(
      true,
    );
  });

  it('lists every unmet constraint', () => {
    const r = checkIdentity(constructed({ issuer: 'x', sourceRepositoryIdentifier: '1' }), {
      repositoryId: '2',
      ownerId: '3',
    });
    expect(r.reasons).toHaveLength(3);
  });
});

describe('assertIdentityPolicy fails closed', () => {
  it('requires a pinning constraint unless told to accept any signer', () => {
    expect(() => assertIdentityPolicy({})).toThrow(/no signer identity given/);
    expect(() =>
      assertIdentityPolicy({ oidcIssuer: GITHUB_ACTIONS_ISSUER, sourceRef: 'refs/heads/main' }),
    ).toThrow(/no signer identity given/);
    expect(() => assertIdentityPolicy({ allowAnyIdentity: true })).not.toThrow();
  });

  it('rejects malformed values with a usage error naming the flag', () => {
    expect(() => assertIdentityPolicy({ certificateIdentityRegExp: '(' })).toThrow(
      /--certificate-identity-regexp/,
    );
    expect(() => assertIdentityPolicy({ signerWorkflow: 'octo-org/app' })).toThrow(/--signer-workflow/);
    expect(() => assertIdentityPolicy({ repository: 'app' })).toThrow(/--repository/);
    expect(() => assertIdentityPolicy({ repository: 'o/r', repositoryId: 'abc' })).toThrow(/--repository-id/);
    try {
      assertIdentityPolicy({});
    } catch (e) {
      expect((e as { exitCode: number }).exitCode).toBe(2);
    }
  });
});

describe.skipIf(!haveReal)('checkIdentity on real certificates', () => {
  let release: CertificateFacts;
  beforeAll(async () => {
    release = await factsOf(SIGSTORE_JS.bundle);
  });

  it('decodes extensions 1.8+ as DER UTF8Strings and 1.1–1.6 as raw strings', () => {
    expect(release).toMatchObject({
      issuer: GITHUB_ACTIONS_ISSUER,
      githubWorkflowRepository: 'sigstore/sigstore-js',
      githubWorkflowRef: 'refs/heads/main',
      buildSignerURI: SIGSTORE_JS.san,
      sourceRepositoryDigest: SIGSTORE_JS.commit,
      sourceRepositoryRef: 'refs/heads/main',
      sourceRepositoryIdentifier: SIGSTORE_JS.repositoryId,
      sourceRepositoryOwnerURI: 'https://github.com/sigstore',
      buildTrigger: 'push',
      sourceRepositoryVisibilityAtSigning: 'public',
    });
  });

  it('passes the policies gh users write for it', () => {
    for (const policy of [
      { certificateIdentity: SIGSTORE_JS.san },
      { signerWorkflow: SIGSTORE_JS.workflow },
      { signerWorkflow: `${SIGSTORE_JS.workflow}@refs/heads/main` },
      { signerRepo: 'sigstore/sigstore-js' },
      { repository: 'sigstore/sigstore-js', repositoryId: SIGSTORE_JS.repositoryId },
      {
        owner: 'sigstore',
        ownerId: SIGSTORE_JS.ownerId,
        sourceRef: 'refs/heads/main',
        sourceDigest: SIGSTORE_JS.commit,
        denySelfHostedRunners: true,
      },
    ] satisfies IdentityPolicy[]) {
      expect(checkIdentity(release, policy), JSON.stringify(policy)).toEqual({ ok: true, reasons: [] });
    }
  });

  it('fails look-alikes and wrong values', () => {
    for (const policy of [
      { certificateIdentity: `${SIGSTORE_JS.san}-evil` },
      { repository: 'sigstore/fakerepo' },
      { repository: 'sigstore/sigstore-js', repositoryId: '1' },
      { signerWorkflow: `${SIGSTORE_JS.workflow}@refs/heads/mai` },
      { signerRepo: 'sigstore/sigstore', certificateIdentity: SIGSTORE_JS.san },
      {
        certificateIdentity: SIGSTORE_JS.san,
        oidcIssuer: 'https://token.actions.githubusercontent.com/sigstore',
      },
    ] satisfies IdentityPolicy[]) {
      expect(checkIdentity(release, policy).ok, JSON.stringify(policy)).toBe(false);
    }
  });

  it('the GitHub-instance demo certificate pins actions/attest-demo', async () => {
    const demo = await factsOf(DEMO.bundle);
    expect(
      checkIdentity(demo, {
        signerWorkflow: 'actions/attest-demo/.github/workflows/build-python.yml',
        repository: 'actions/attest-demo',
      }).ok,
    ).toBe(true);
    expect(checkIdentity(demo, { repository: 'sigstore/sigstore-js' }).ok).toBe(false);
  });
});
