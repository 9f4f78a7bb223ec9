/**
 * Which Sigstore instance signs: `auto` (public-good for public repositories, GitHub's for private and
 * internal ones — as GitHub's attest action decides), `public-good`, `github`, a signing config file
 * (`application/vnd.dev.sigstore.signingconfig.v0.2+json`), or explicit service URLs.
 */
import { AgentAttestError } from '../errors.js';
import type { GitHubClaims } from '../oidc/index.js';
import { readSigningConfig } from './signing-config.js';

export type InstanceChoice = 'auto' | 'public-good' | 'github' | (string & {});

export interface RekorService {
  url: string;
  /** Rekor API major version (1 or 2). */
  apiVersion: number;
}

export interface SigningEndpoints {
  /** For messages and the result: public-good, github, a config file path, or "custom". */
  name: string;
  fulcioUrl: string;
  /** Transparency logs to write to, each once (none on GitHub's instance). */
  rekor: RekorService[];
  /** Full URLs of the RFC 3161 timestamp authorities to ask. */
  tsaUrls: string[];
}

export const PUBLIC_GOOD: SigningEndpoints = {
  name: 'public-good',
  fulcioUrl: 'https://fulcio.sigstore.dev',
  rekor: [{ url: 'https://rekor.sigstore.dev', apiVersion: 1 }],
  tsaUrls: [],
};

/** GitHub's instance for a server: github.com → *.githubapp.com; GHE.com tenants → *.<tenant>.ghe.com. */
export function githubEndpoints(serverUrl: string): SigningEndpoints {
  let host = new URL(serverUrl).hostname;
  if (host === 'github.com') host = 'githubapp.com';
  return {
    name: 'github',
    fulcioUrl: `https://fulcio.${host}`,
    rekor: [],
    tsaUrls: [`https://timestamp.${host}/api/v1/timestamp`],
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
    return {
      name: 'custom',
      fulcioUrl: checkUrl(urls.fulcioUrl, '--fulcio-url'),
      rekor: urls.rekorUrl ? [{ url: checkUrl(urls.rekorUrl, '--rekor-url'), apiVersion: 1 }] : [],
      tsaUrls: urls.tsaUrl ? [checkUrl(urls.tsaUrl, '--tsa-url')] : [],
    };
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
