/**
 * The Fulcio certificate is the only fact about who signed: its extensions (OID 1.3.6.1.4.1.57264.1.N)
 * are what the CA verified in the token. Before a bundle is written, the claims the statement was built
 * from must agree with them — so the statement never says something the signature does not back.
 */
import { X509Certificate } from '@sigstore/core';
import { AgentAttestError } from '../errors.js';
import type { GitHubClaims } from '../oidc/index.js';
import { certificateFacts, type CertificateFacts } from '../verify/certificate.js';

export type { CertificateFacts };

/** The signing certificate's facts, decoded by the one Fulcio decoder the verifier uses too. */
export function readCertificate(der: Buffer): CertificateFacts {
  return certificateFacts(X509Certificate.parse(der as Buffer<ArrayBuffer>));
}

/** What the statement took from the claims, and the extension that must say the same. */
function expectations(
  claims: GitHubClaims,
  serverUrl: string,
): Array<{ field: keyof CertificateFacts; arc: number; label: string; value: string; uri?: boolean }> {
  return [
    { field: 'issuer', arc: 8, label: 'issuer', value: claims.iss },
    {
      field: 'buildSignerURI',
      arc: 9,
      label: 'build signer URI (builder.id)',
      value: `${serverUrl}/${claims.job_workflow_ref}`,
      uri: true,
    },
    { field: 'runnerEnvironment', arc: 11, label: 'runner environment', value: claims.runner_environment },
    {
      field: 'sourceRepositoryURI',
      arc: 12,
      label: 'source repository URI',
      value: `${serverUrl}/${claims.repository}`,
      uri: true,
    },
    { field: 'sourceRepositoryDigest', arc: 13, label: 'source repository digest', value: claims.sha },
    { field: 'sourceRepositoryRef', arc: 14, label: 'source repository ref', value: claims.ref },
    {
      field: 'sourceRepositoryIdentifier',
      arc: 15,
      label: 'source repository id',
      value: claims.repository_id,
    },
    {
      field: 'sourceRepositoryOwnerIdentifier',
      arc: 17,
      label: 'repository owner id',
      value: claims.repository_owner_id,
    },
    {
      field: 'buildConfigURI',
      arc: 18,
      label: 'build config URI',
      value: `${serverUrl}/${claims.workflow_ref}`,
      uri: true,
    },
    { field: 'buildTrigger', arc: 20, label: 'build trigger', value: claims.event_name },
    {
      field: 'runInvocationURI',
      arc: 21,
      label: 'run invocation URI',
      value: `${serverUrl}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
      uri: true,
    },
  ];
}

/**
 * Throws when the certificate disagrees with (or lacks) any fact the statement took from the claims.
 * URIs compare case-insensitively (host names), everything else exactly.
 */
export function assertCertificateMatchesClaims(
  facts: CertificateFacts,
  claims: GitHubClaims,
  serverUrl: string,
): void {
  const problems: string[] = [];
  for (const e of expectations(claims, serverUrl)) {
    const actual = facts[e.field];
    if (actual === undefined) problems.push(`${e.label} missing (1.${e.arc})`);
    else if (e.uri ? actual.toLowerCase() !== e.value.toLowerCase() : actual !== e.value) {
      problems.push(`${e.label} is '${actual}', the token said '${e.value}'`);
    }
  }
  if (problems.length > 0) {
    throw new AgentAttestError(
      'SIGNING_FAILED',
      `the signing certificate does not back the statement (${problems.join('; ')}); no bundle written — check GITHUB_SERVER_URL and that the Fulcio instance serves this issuer`,
    );
  }
}
