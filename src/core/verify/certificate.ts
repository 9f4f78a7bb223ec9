/**
 * What a Fulcio certificate says about its signer: the SAN and the OIDC claims Fulcio copied into
 * extensions (OID 1.3.6.1.4.1.57264.1.N). Only these — never the predicate — identify the signer.
 * The one decoder of these extensions: the verifier reads signers with it, and attest checks with it that the
 * certificate it was issued backs the claims its statement was built from (src/core/sign/certificate.ts).
 */
import { ASN1Obj, type X509Certificate } from '@sigstore/core';

const FULCIO_OID = '1.3.6.1.4.1.57264.1.';

/** Extensions 1.8+ hold DER UTF8Strings; names as in Fulcio's OID registry. */
const UTF8_EXTENSIONS = {
  8: 'issuer',
  9: 'buildSignerURI',
  10: 'buildSignerDigest',
  11: 'runnerEnvironment',
  12: 'sourceRepositoryURI',
  13: 'sourceRepositoryDigest',
  14: 'sourceRepositoryRef',
  15: 'sourceRepositoryIdentifier',
  16: 'sourceRepositoryOwnerURI',
  17: 'sourceRepositoryOwnerIdentifier',
  18: 'buildConfigURI',
  19: 'buildConfigDigest',
  20: 'buildTrigger',
  21: 'runInvocationURI',
  22: 'sourceRepositoryVisibilityAtSigning',
} as const;

/** Extensions 1.1–1.6 (deprecated) hold raw strings. */
const RAW_EXTENSIONS = {
  1: 'issuerV1',
  2: 'githubWorkflowTrigger',
  3: 'githubWorkflowSHA',
  4: 'githubWorkflowName',
  5: 'githubWorkflowRepository',
  6: 'githubWorkflowRef',
} as const;

type FulcioField =
  | (typeof UTF8_EXTENSIONS)[keyof typeof UTF8_EXTENSIONS]
  | (typeof RAW_EXTENSIONS)[keyof typeof RAW_EXTENSIONS];

export type CertificateFacts = {
  /** The SAN: a workflow URI for GitHub Actions, an e-mail address for people. */
  subjectAlternativeName?: string;
  /** The OIDC issuer: extension 1.8, else the legacy 1.1. */
  issuer?: string;
  notBefore: string;
  notAfter: string;
} & { [K in Exclude<FulcioField, 'issuer' | 'issuerV1'>]?: string };

export function certificateFacts(cert: X509Certificate): CertificateFacts {
  const facts: CertificateFacts & { issuerV1?: string } = {
    subjectAlternativeName: cert.subjectAltName,
    issuer: undefined, // filled below; listed here to come first in JSON
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
  };
  for (const ext of cert.extensions) {
    const oid = ext.subs[0]?.toOID();
    if (!oid?.startsWith(FULCIO_OID)) continue;
    const n = Number(oid.slice(FULCIO_OID.length));
    const raw = ext.subs[ext.subs.length - 1]!.value; // the OCTET STRING's contents
    if (n in UTF8_EXTENSIONS) {
      const value = decodeUTF8String(raw);
      if (value !== undefined) facts[UTF8_EXTENSIONS[n as keyof typeof UTF8_EXTENSIONS]] = value;
    } else if (n in RAW_EXTENSIONS) {
      facts[RAW_EXTENSIONS[n as keyof typeof RAW_EXTENSIONS]] = raw.toString('utf8');
    }
  }
  facts.issuer ??= facts.issuerV1;
  delete facts.issuerV1;
  return facts;
}

const UTF8_STRING_TAG = 12;

/** A DER UTF8String's text; undefined when the bytes are anything else (fail closed). */
function decodeUTF8String(der: Buffer): string | undefined {
  try {
    const obj = ASN1Obj.parseBuffer(Buffer.from(der));
    return obj.tag.isUniversal() && obj.tag.number === UTF8_STRING_TAG
      ? obj.value.toString('utf8')
      : undefined;
  } catch {
    return undefined;
  }
}
