/**
 * One decoder of Fulcio certificate extensions, shared by attest's claim check and the verifier, on real GitHub
 * certificates (../shared/testdata/real-bundles): the sigstore-js release (public-good) and actions/attest-demo
 * (GitHub's instance).
 */
import { X509Certificate } from '@sigstore/core';
import { describe, expect, it } from 'vitest';
import { AgentAttestError } from '../../src/core/errors.js';
import type { GitHubClaims } from '../../src/core/oidc/index.js';
import { assertCertificateMatchesClaims, readCertificate } from '../../src/core/sign/index.js';
import { certificateFacts, loadBundles } from '../../src/core/verify/index.js';
import { DEMO, haveReal, SIGSTORE_JS } from './helpers.js';

async function leafDER(file: string): Promise<Buffer> {
  const [loaded] = await loadBundles(file);
  const material = loaded!.bundle!.verificationMaterial.content;
  if (material.$case !== 'certificate') throw new Error(`${file} has no leaf certificate`);
  return Buffer.from(material.certificate.rawBytes);
}

describe.skipIf(!haveReal)('the Fulcio extension decoder on real GitHub certificates', () => {
  it('attest and verify read the same facts from the same certificate', async () => {
    for (const file of [SIGSTORE_JS.bundle, DEMO.bundle]) {
      const der = await leafDER(file);
      expect(readCertificate(der)).toEqual(
        certificateFacts(X509Certificate.parse(der as Buffer<ArrayBuffer>)),
      );
    }
  });

  it('decodes the sigstore-js release certificate: SAN, 1.8+ UTF8Strings and the legacy raw strings', async () => {
    const facts = readCertificate(await leafDER(SIGSTORE_JS.bundle));
    expect(facts).toMatchObject({
      subjectAlternativeName: SIGSTORE_JS.san,
      issuer: 'https://token.actions.githubusercontent.com',
      buildSignerURI: SIGSTORE_JS.san,
      runnerEnvironment: 'github-hosted',
      sourceRepositoryURI: 'https://github.com/sigstore/sigstore-js',
      sourceRepositoryDigest: SIGSTORE_JS.commit,
      sourceRepositoryRef: 'refs/heads/main',
      sourceRepositoryIdentifier: SIGSTORE_JS.repositoryId,
      sourceRepositoryOwnerURI: 'https://github.com/sigstore',
      sourceRepositoryOwnerIdentifier: SIGSTORE_JS.ownerId,
      githubWorkflowRepository: 'sigstore/sigstore-js',
      githubWorkflowSHA: SIGSTORE_JS.commit,
      githubWorkflowRef: 'refs/heads/main',
    });
  });

  it("attest's claim check accepts the claims the certificate was issued for and names any that differ", async () => {
    const facts = readCertificate(await leafDER(SIGSTORE_JS.bundle));
    const run = /\/actions\/runs\/(\d+)\/attempts\/(\d+)$/.exec(facts.runInvocationURI!)!;
    const claims = {
      iss: facts.issuer!,
      job_workflow_ref: SIGSTORE_JS.san.replace('https://github.com/', ''),
      runner_environment: facts.runnerEnvironment!,
      repository: 'sigstore/sigstore-js',
      sha: SIGSTORE_JS.commit,
      ref: 'refs/heads/main',
      repository_id: SIGSTORE_JS.repositoryId,
      repository_owner_id: SIGSTORE_JS.ownerId,
      workflow_ref: facts.buildConfigURI!.replace('https://github.com/', ''),
      event_name: facts.buildTrigger!,
      run_id: run[1]!,
      run_attempt: run[2]!,
    } as GitHubClaims;
    expect(() => assertCertificateMatchesClaims(facts, claims, 'https://github.com')).not.toThrow();
    const wrong = { ...claims, ref: 'refs/heads/other', repository_id: '1' };
    let error: unknown;
    try {
      assertCertificateMatchesClaims(facts, wrong, 'https://github.com');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AgentAttestError);
    expect((error as Error).message).toMatch(
      /source repository ref is 'refs\/heads\/main', the token said 'refs\/heads\/other'/,
    );
    expect((error as Error).message).toMatch(/source repository id is/);
  });
});
