/**
 * Keyless signing through sigstore-js: an ephemeral key, a Fulcio certificate for the OIDC identity, a
 * DSSE envelope over the statement, then the witnesses (Rekor entry and/or RFC 3161 timestamp), giving a
 * v0.3 bundle. Every call is bounded: a timeout per attempt and retries with jittered exponential backoff
 * on 5xx, 408/429, timeouts and connection resets (sigstore-js's own retry; GitHub uses 10 s × 3).
 * A Rekor 409 (entry exists) fetches the existing entry.
 */
import { createHash } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { bundleToJSON } from '@sigstore/bundle';
import { RFC3161Timestamp } from '@sigstore/core';
import type { Bundle, IdentityProvider, Witness } from '@sigstore/sign';
import { DSSEBundleBuilder, FulcioSigner, InternalError, RekorWitness, TSAWitness } from '@sigstore/sign';
import { AgentAttestError } from '../errors.js';
import type { IdentityToken } from '../oidc/index.js';
import { redact } from '../oidc/index.js';
import { INTOTO_PAYLOAD_TYPE } from '../statement/types.js';
import type { CertificateFacts } from './certificate.js';
import { readCertificate } from './certificate.js';
import type { SigningEndpoints } from './instance.js';

export { assertCertificateMatchesClaims, readCertificate } from './certificate.js';
export type { CertificateFacts } from './certificate.js';
export { githubEndpoints, PUBLIC_GOOD, resolveEndpoints } from './instance.js';
export type { ExplicitUrls, InstanceChoice, RekorService, SigningEndpoints } from './instance.js';
export { readSigningConfig, SIGNING_CONFIG_MEDIA_TYPE } from './signing-config.js';

export interface NetworkOptions {
  /** Per attempt, default 10 000 ms. */
  timeoutMs?: number;
  /** Retries after the first attempt, default 3. */
  retries?: number;
  /** First backoff delay, default 1 000 ms; doubles each retry, randomized ×1–2. */
  minRetryDelayMs?: number;
  /** Backoff ceiling, default 10 000 ms. */
  maxRetryDelayMs?: number;
}

export interface TlogEntryFacts {
  logIndex: string;
  /** RFC 6962 leaf hash of the entry: Rekor v1's entry UUID (without the tree id). */
  uuid: string;
  /** Rekor v1 only: when the log integrated the entry (RFC 3339). */
  integratedTime?: string;
}

export interface SignedBundle {
  bundle: SerializedBundle;
  certificate: CertificateFacts;
  tlogEntry?: TlogEntryFacts;
  /** The RFC 3161 timestamp's time (RFC 3339), when a TSA was used. */
  timestamp?: string;
}

/** What signs: the builder is a seam so tests and other callers can substitute the whole sigstore step. */
export interface StatementSigner {
  sign(payload: Buffer): Promise<Bundle>;
}

function fetchOptions(network: NetworkOptions = {}) {
  const retries = network.retries ?? 3;
  return {
    timeout: network.timeoutMs ?? 10_000,
    retry: {
      retries,
      factor: 2,
      minTimeout: network.minRetryDelayMs ?? 1_000,
      maxTimeout: network.maxRetryDelayMs ?? 10_000,
      randomize: true,
    },
  };
}

/** The Rekor witness: on 409 (this entry is already logged) it fetches the existing entry. */
export function rekorWitness(rekorUrl: string, apiVersion: number, network?: NetworkOptions): RekorWitness {
  const options = fetchOptions(network);
  return new RekorWitness({
    rekorBaseURL: rekorUrl,
    majorApiVersion: apiVersion,
    entryType: 'dsse',
    fetchOnConflict: true,
    ...options,
    // Rekor v2 answers only once the entry is in a checkpoint: give it the time sigstore-js does.
    timeout: apiVersion === 2 ? Math.max(options.timeout, 20_000) : options.timeout,
  });
}

/** A witness failure, with the URL of the witness: with several logs or TSAs the error names the one that failed. */
class WitnessFailure extends Error {
  constructor(
    readonly url: string,
    override readonly cause: unknown,
  ) {
    super((cause as Error | undefined)?.message ?? String(cause));
  }
}

function named(witness: Witness, url: string): Witness {
  return {
    testify: (content, key) =>
      witness.testify(content, key).catch((e: unknown) => {
        throw new WitnessFailure(url, e);
      }),
  };
}

/**
 * A sigstore-js DSSE bundle builder for these endpoints and this identity: one Fulcio signer, and a witness per
 * selected log and TSA (the builder puts every log entry and timestamp into the bundle).
 */
export function createSigner(
  endpoints: SigningEndpoints,
  identity: IdentityToken,
  network?: NetworkOptions,
): StatementSigner {
  const options = fetchOptions(network);
  const identityProvider: IdentityProvider = { getToken: () => Promise.resolve(identity.token) };
  const signer = new FulcioSigner({ fulcioBaseURL: endpoints.fulcioUrl, identityProvider, ...options });
  const witnesses: Witness[] = [
    ...endpoints.rekor.map((log) => named(rekorWitness(log.url, log.apiVersion, network), log.url)),
    ...endpoints.tsaUrls.map((url) => named(new TSAWitness({ tsaBaseURL: url, ...options }), url)),
  ];
  const builder = new DSSEBundleBuilder({ signer, witnesses });
  return { sign: (payload) => builder.create({ data: payload, type: INTOTO_PAYLOAD_TYPE }) };
}

/** Turns a sigstore-js failure into one line that names the service, its URL and the fix. */
export function signingError(
  failure: unknown,
  endpoints: SigningEndpoints,
  attempts: number,
  token?: string,
): AgentAttestError {
  const witnessUrl = failure instanceof WitnessFailure ? failure.url : undefined;
  const e = failure instanceof WitnessFailure ? failure.cause : failure;
  const code = e instanceof InternalError ? e.code : undefined;
  const cause = e instanceof InternalError ? e.cause : e;
  const status = (cause as { statusCode?: number } | undefined)?.statusCode;
  const detail = redact(String((cause as Error | undefined)?.message ?? e), token)
    .replace(/\s+/g, ' ')
    .slice(0, 300);
  let service: string;
  let url: string | undefined;
  switch (code) {
    case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
      service = 'Fulcio';
      url = endpoints.fulcioUrl;
      break;
    case 'TLOG_CREATE_ENTRY_ERROR':
    case 'TLOG_FETCH_ENTRY_ERROR':
      service = 'Rekor';
      url = witnessUrl ?? endpoints.rekor[0]?.url;
      break;
    case 'TSA_CREATE_TIMESTAMP_ERROR':
      service = 'the timestamp authority';
      url = witnessUrl ?? endpoints.tsaUrls[0];
      break;
    case 'IDENTITY_TOKEN_PARSE_ERROR':
    case 'IDENTITY_TOKEN_READ_ERROR':
      return new AgentAttestError(
        'OIDC_UNAVAILABLE',
        'the identity token could not be read as a JWT; pass the raw token',
      );
    default:
      return new AgentAttestError(
        'SIGNING_FAILED',
        `signing failed on ${endpoints.name}: ${redact(String((e as Error)?.message ?? e), token)}`,
      );
  }
  if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) {
    const tokenHint =
      status === 401 || status === 403 || service === 'Fulcio'
        ? '; the identity token may be expired or for another audience — request a fresh one with audience sigstore'
        : '';
    return new AgentAttestError(
      'SIGNING_FAILED',
      `${service} at ${url} refused the request (${detail})${tokenHint}`,
    );
  }
  return new AgentAttestError(
    'NETWORK',
    `${service} at ${url} did not answer after ${attempts} attempts (${detail}); check the URL and the network (proxy, firewall), or retry the job`,
  );
}

function leafHash(canonicalizedBody: Buffer): string {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(canonicalizedBody)
    .digest('hex');
}

/** Signs the statement bytes; returns the bundle and what it says about the signer and its witnesses. */
export async function signStatement(
  payload: Buffer,
  endpoints: SigningEndpoints,
  identity: IdentityToken,
  options: { network?: NetworkOptions; signer?: StatementSigner } = {},
): Promise<SignedBundle> {
  const signer = options.signer ?? createSigner(endpoints, identity, options.network);
  let bundle: Bundle;
  try {
    bundle = await signer.sign(payload);
  } catch (e) {
    throw signingError(e, endpoints, (options.network?.retries ?? 3) + 1, identity.token);
  }
  const content = bundle.verificationMaterial.content;
  const der =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  if (!der)
    throw new AgentAttestError(
      'SIGNING_FAILED',
      `signing on ${endpoints.name} returned a bundle without a certificate`,
    );
  const out: SignedBundle = { bundle: bundleToJSON(bundle), certificate: readCertificate(der) };
  const entry = bundle.verificationMaterial.tlogEntries[0];
  if (entry) {
    out.tlogEntry = { logIndex: entry.logIndex, uuid: leafHash(entry.canonicalizedBody) };
    if (entry.integratedTime && entry.integratedTime !== '0')
      out.tlogEntry.integratedTime = new Date(Number(entry.integratedTime) * 1000).toISOString();
  }
  const ts = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
  if (ts) {
    try {
      out.timestamp = RFC3161Timestamp.parse(
        ts.signedTimestamp as Buffer<ArrayBuffer>,
      ).signingTime.toISOString();
    } catch {
      // The verifier judges the timestamp; here it is only reported.
    }
  }
  return out;
}
