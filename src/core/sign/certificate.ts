/**
 * The Fulcio certificate is the only fact about who signed: its extensions (OID 1.3.6.1.4.1.57264.1.N)
 * are what the CA verified in the token. Before a bundle is written, the claims the statement was built
 * from must agree with them — so the statement never says something the signature does not back.
 */
import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { AgentAttestError } from '../errors.js';
import type { GitHubClaims } from '../oidc/index.js';

const FULCIO_OID_PREFIX = '1.3.6.1.4.1.57264.1.';
const UTF8_STRING_TAG = 0x0c;

export interface CertificateFacts {
  /** Subject alternative name: the signer identity (a URI for workflows, an email for people). */
  identity?: string;
  /** OIDC issuer (extension 1.8, else the legacy 1.1). */
  issuer?: string;
  /** Fulcio extensions by their last OID arc, decoded to strings. */
  extensions: Record<number, string>;
}

export function readCertificate(der: Buffer): CertificateFacts {
  const cert = X509Certificate.parse(der as Buffer<ArrayBuffer>);
  const extensions: Record<number, string> = {};
  for (const raw of cert.extensions) {
    const oid = raw.subs[0]?.toOID();
    if (!oid?.startsWith(FULCIO_OID_PREFIX)) continue;
    const arc = Number(oid.slice(FULCIO_OID_PREFIX.length));
    // extnValue is the last element: an OCTET STRING whose content is the value.
    const value = raw.subs[raw.subs.length - 1]?.value;
    if (!value || !Number.isInteger(arc)) continue;
    // 1.1–1.7 hold the raw string; 1.8 and later a DER UTF8String.
    if (arc < 8) extensions[arc] = value.toString('utf8');
    else {
      try {
        const inner = ASN1Obj.parseBuffer(value as Buffer<ArrayBuffer>);
        if (inner.tag.number === UTF8_STRING_TAG) extensions[arc] = inner.value.toString('utf8');
      } catch {
        // Not DER: left out, so a check that needs it fails closed.
      }
    }
  }
  const san = cert.extSubjectAltName;
  return { identity: san?.uri ?? san?.rfc822Name, issuer: extensions[8] ?? extensions[1], extensions };
}

/** What the statement took from the claims, and the extension that must say the same. */
function expectations(
  claims: GitHubClaims,
  serverUrl: string,
): Array<{ arc: number; label: string; value: string; uri?: boolean }> {
  return [
    { arc: 8, label: 'issuer', value: claims.iss },
    {
      arc: 9,
      label: 'build signer URI (builder.id)',
      value: `${serverUrl}/${claims.job_workflow_ref}`,
      uri: true,
    },
    { arc: 11, label: 'runner environment', value: claims.runner_environment },
    { arc: 12, label: 'source repository URI', value: `${serverUrl}/${claims.repository}`, uri: true },
    { arc: 13, label: 'source repository digest', value: claims.sha },
    { arc: 14, label: 'source repository ref', value: claims.ref },
    { arc: 15, label: 'source repository id', value: claims.repository_id },
    { arc: 17, label: 'repository owner id', value: claims.repository_owner_id },
    { arc: 18, label: 'build config URI', value: `${serverUrl}/${claims.workflow_ref}`, uri: true },
    { arc: 20, label: 'build trigger', value: claims.event_name },
    {
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
    const actual = facts.extensions[e.arc];
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
