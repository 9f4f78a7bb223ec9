/**
 * Which Sigstore instance signs: `auto` (public-good for public repositories, GitHub's for private and
 * internal ones — as GitHub's attest action decides), `public-good`, `github`, a signing config file
 * (`application/vnd.dev.sigstore.signingconfig.v0.2+json`), or explicit service URLs.
 */
import { readFile } from 'node:fs/promises';
import { AgentAttestError } from '../errors.js';
import type { GitHubClaims } from '../oidc/index.js';

export type InstanceChoice = 'auto' | 'public-good' | 'github' | (string & {});

export interface SigningEndpoints {
  /** For messages and the result: public-good, github, a config file path, or "custom". */
  name: string;
  fulcioUrl: string;
  rekorUrl?: string;
  /** Rekor API major version (1 or 2). */
  rekorApiVersion?: number;
  tsaUrl?: string;
}

export const PUBLIC_GOOD: SigningEndpoints = {
  name: 'public-good',
  fulcioUrl: 'https://fulcio.sigstore.dev',
  rekorUrl: 'https://rekor.sigstore.dev',
  rekorApiVersion: 1,
};

export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';

/** GitHub's instance for a server: github.com → *.githubapp.com; GHE.com tenants → *.<tenant>.ghe.com. */
export function githubEndpoints(serverUrl: string): SigningEndpoints {
  let host = new URL(serverUrl).hostname;
  if (host === 'github.com') host = 'githubapp.com';
  return {
    name: 'github',
    fulcioUrl: `https://fulcio.${host}`,
    tsaUrl: `https://timestamp.${host}/api/v1/timestamp`,
  };
}

export interface ExplicitUrls {
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
}

export interface ResolveInstanceInput {
  choice?: InstanceChoice;
  urls?: ExplicitUrls;
  /** The token's GitHub claims, when it has them (auto reads repository_visibility). */
  claims?: GitHubClaims;
  serverUrl: string;
}

function checkUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AgentAttestError(
      'USAGE',
      `${what} '${value}' is not a URL; give the service's base URL, e.g. https://fulcio.sigstore.dev`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AgentAttestError('USAGE', `${what} '${value}' must be an http(s) URL`);
  }
  return value.replace(/\/+$/, '');
}

/** Resolves the endpoints to sign with. Explicit URLs win over any named instance. */
export async function resolveEndpoints(input: ResolveInstanceInput): Promise<SigningEndpoints> {
  const urls = input.urls ?? {};
  if (urls.fulcioUrl || urls.rekorUrl || urls.tsaUrl) {
    if (!urls.fulcioUrl)
      throw new AgentAttestError(
        'USAGE',
        '--rekor-url/--tsa-url need --fulcio-url: the certificate authority to sign with',
      );
    if (!urls.rekorUrl && !urls.tsaUrl) {
      throw new AgentAttestError(
        'USAGE',
        '--fulcio-url needs --rekor-url or --tsa-url: a signature needs a log entry or a timestamp to be verifiable',
      );
    }
    const out: SigningEndpoints = { name: 'custom', fulcioUrl: checkUrl(urls.fulcioUrl, '--fulcio-url') };
    if (urls.rekorUrl) {
      out.rekorUrl = checkUrl(urls.rekorUrl, '--rekor-url');
      out.rekorApiVersion = 1;
    }
    if (urls.tsaUrl) out.tsaUrl = checkUrl(urls.tsaUrl, '--tsa-url');
    return out;
  }
  const choice = input.choice ?? 'auto';
  switch (choice) {
    case 'public-good':
      return PUBLIC_GOOD;
    case 'github':
      return githubEndpoints(input.serverUrl);
    case 'auto':
      // Private and internal repositories must not publish to the public log. Only a GitHub token can say
      // which it is; any other identity signs on public-good.
      if (input.claims && input.claims.repository_visibility !== 'public')
        return githubEndpoints(input.serverUrl);
      return PUBLIC_GOOD;
    default:
      return readSigningConfig(choice);
  }
}

interface ServiceEntry {
  url?: string;
  majorApiVersion?: number;
  validFor?: { start?: string; end?: string };
}

/** The newest service still valid whose API version we speak (the rule sigstore-js applies). */
function pickService(entries: unknown, maxVersion: number, now: Date): ServiceEntry | undefined {
  if (!Array.isArray(entries)) return undefined;
  return (entries as ServiceEntry[])
    .filter((s) => typeof s?.url === 'string' && (s.majorApiVersion ?? 1) <= maxVersion)
    .filter((s) => !s.validFor?.end || new Date(s.validFor.end) >= now)
    .filter((s) => !s.validFor?.start || new Date(s.validFor.start) <= now)
    .sort((a, b) => Date.parse(b.validFor?.start ?? '0') - Date.parse(a.validFor?.start ?? '0'))[0];
}

/** Endpoints from a signing config file. */
export async function readSigningConfig(file: string, now: Date = new Date()): Promise<SigningEndpoints> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new AgentAttestError(
      'USAGE',
      `--sigstore '${file}' is neither public-good, github, auto nor a readable signing config file`,
    );
  }
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new AgentAttestError('INPUT_INVALID', `signing config '${file}' is not JSON`);
  }
  if (config['mediaType'] !== SIGNING_CONFIG_MEDIA_TYPE) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `signing config '${file}' has mediaType '${String(config['mediaType'])}'; expected ${SIGNING_CONFIG_MEDIA_TYPE}`,
    );
  }
  const ca = pickService(config['caUrls'], 1, now);
  if (!ca?.url)
    throw new AgentAttestError(
      'INPUT_INVALID',
      `signing config '${file}' lists no valid caUrls entry (API v1)`,
    );
  const out: SigningEndpoints = { name: file, fulcioUrl: checkUrl(ca.url, `caUrls entry in ${file}`) };
  const rekor = pickService(config['rekorTlogUrls'], 2, now);
  if (rekor?.url) {
    out.rekorUrl = checkUrl(rekor.url, `rekorTlogUrls entry in ${file}`);
    out.rekorApiVersion = rekor.majorApiVersion ?? 1;
  }
  const tsa = pickService(config['tsaUrls'], 1, now);
  if (tsa?.url) out.tsaUrl = checkUrl(tsa.url, `tsaUrls entry in ${file}`);
  if (!out.rekorUrl && !out.tsaUrl) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `signing config '${file}' lists neither a valid rekorTlogUrls nor tsaUrls entry; a signature needs one to be verifiable`,
    );
  }
  return out;
}
