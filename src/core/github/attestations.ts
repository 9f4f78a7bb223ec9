/**
 * GitHub's attestation store, where `gh attestation verify` and GitHub's UI look: upload a bundle
 * (`POST /repos/{owner}/{repo}/attestations`), and find bundles by subject digest in a repository's
 * or an owner's attestations, every page, inline or as a snappy-compressed `bundle_url`.
 */
import { uncompress } from 'snappyjs';
import { AgentAttestError, messageOf } from '../errors.js';
import type { GitHubClient } from './client.js';
import { classifyGitHubError } from './failures.js';

export interface StoredAttestation {
  id: number;
  /** `<server>/<owner>/<repo>/attestations/<id>` */
  url: string;
}

export const UPLOAD_PERMISSION = 'attestations: write';
export const LIST_PERMISSION = 'attestations: read';
/** A decompressed bundle larger than this is not a bundle (the predicate limit is 16 MiB). */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

export async function uploadAttestation(
  client: GitHubClient,
  input: { owner: string; repo: string; bundle: unknown },
): Promise<StoredAttestation> {
  const where = `${input.owner}/${input.repo}`;
  if (!client.authenticated) {
    throw new AgentAttestError(
      'GITHUB_API',
      `storing the attestation in ${where} needs github-token with \`permissions: ${UPLOAD_PERMISSION}\` (or set store: false)`,
    );
  }
  let data: unknown;
  try {
    const response = await client.octokit.request('POST /repos/{owner}/{repo}/attestations', {
      owner: input.owner,
      repo: input.repo,
      bundle: input.bundle as Record<string, unknown>,
    });
    data = typeof response.data === 'string' ? JSON.parse(response.data) : response.data;
  } catch (e) {
    throw new AgentAttestError('GITHUB_API', uploadFailure(client, where, e), { cause: e });
  }
  const id = (data as { id?: unknown } | null)?.id;
  if (typeof id !== 'number' && typeof id !== 'string') {
    throw new AgentAttestError(
      'GITHUB_API',
      `GitHub stored the attestation in ${where} but answered without an id`,
    );
  }
  return { id: Number(id), url: `${client.serverUrl}/${input.owner}/${input.repo}/attestations/${id}` };
}

/** The attestation service's known refusals, each with the fix. */
function uploadFailure(client: GitHubClient, where: string, e: unknown): string {
  const status = (e as { status?: number }).status;
  const message = client.redact(messageOf(e).split(/\r?\n/, 1)[0] ?? '');
  if (/feature not available/i.test(message)) {
    return (
      `GitHub does not store attestations for ${where} (${message}): artifact attestations in private repositories ` +
      'need an organization on GitHub Enterprise Cloud; make the repository public or set store: false'
    );
  }
  const failure = classifyGitHubError(e, {
    action: `storing the attestation in ${where}`,
    permission: UPLOAD_PERMISSION,
    authenticated: client.authenticated,
    redact: client.redact,
  });
  if (failure.reason === 'rate-limited') return failure.detail;
  if (status === 403) {
    return `GitHub refused to store the attestation in ${where} (403): the workflow needs \`permissions: ${UPLOAD_PERMISSION}\``;
  }
  if (status === 404) {
    return (
      `GitHub answered 404 storing the attestation in ${where}: check the repository name and ` +
      `\`permissions: ${UPLOAD_PERMISSION}\`; private repositories need GitHub Enterprise Cloud (or set store: false)`
    );
  }
  if (status === 422) {
    return `GitHub rejected the bundle for ${where} (422: ${message}): the bundle's signer must be this repository's workflow on this GitHub instance`;
  }
  return failure.detail;
}

export interface FoundAttestation {
  bundle: unknown;
  repositoryId?: number;
  /** Where the bundle came from: inline in the listing, or downloaded from its bundle_url. */
  source: 'inline' | 'bundle_url';
}

interface ListedAttestation {
  bundle?: unknown;
  bundle_url?: string | null;
  repository_id?: number;
}

export interface FindAttestationsInput {
  owner: string;
  /** Without repo, the owner's attestations (organization, else user). */
  repo?: string;
  predicateType?: string;
}

/**
 * Every attestation GitHub holds for `digest` (`sha256:HEX`). No token is needed for public repositories.
 * An empty array means GitHub has none.
 */
export async function findAttestations(
  client: GitHubClient,
  input: FindAttestationsInput,
  digest: string,
): Promise<FoundAttestation[]> {
  if (!/^sha(256|512):[0-9a-f]+$/.test(digest)) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `artifact digest ${JSON.stringify(digest)} is not sha256:HEX or sha512:HEX`,
    );
  }
  const where = input.repo ? `${input.owner}/${input.repo}` : input.owner;
  const query = {
    subject_digest: digest,
    per_page: 100,
    ...(input.predicateType ? { predicate_type: input.predicateType } : {}),
  };
  // The typings say octokit unwraps `attestations`; at run time it does so only when total_count is present.
  const items = (response: { data: unknown }): ListedAttestation[] => {
    const data = response.data as ListedAttestation[] | { attestations?: ListedAttestation[] };
    return Array.isArray(data) ? data : (data.attestations ?? []);
  };
  const { octokit } = client;
  const lookups = input.repo
    ? [
        () =>
          octokit.paginate(
            'GET /repos/{owner}/{repo}/attestations/{subject_digest}',
            { owner: input.owner, repo: input.repo!, ...query },
            items,
          ),
      ]
    : [
        () =>
          octokit.paginate(
            'GET /orgs/{org}/attestations/{subject_digest}',
            { org: input.owner, ...query },
            items,
          ),
        () =>
          octokit.paginate(
            'GET /users/{username}/attestations/{subject_digest}',
            { username: input.owner, ...query },
            items,
          ),
      ];
  let listed: ListedAttestation[] | undefined;
  for (const lookup of lookups) {
    try {
      listed = await lookup();
      break;
    } catch (e) {
      // GitHub answers 404 when it holds no attestation for the digest (and for an owner that is not an org).
      if ((e as { status?: number }).status === 404) {
        if (!client.authenticated) {
          client.logger.info(
            `GitHub answered 404 listing the attestations of ${where}: none, or a private owner (pass a token)`,
          );
        }
        continue;
      }
      const failure = classifyGitHubError(e, {
        action: `listing the attestations of ${where}`,
        permission: LIST_PERMISSION,
        authenticated: client.authenticated,
        redact: client.redact,
      });
      throw new AgentAttestError('GITHUB_API', failure.detail, { cause: e });
    }
  }
  const found: FoundAttestation[] = [];
  for (const item of listed ?? []) {
    const repositoryId = typeof item.repository_id === 'number' ? { repositoryId: item.repository_id } : {};
    if (item.bundle !== undefined && item.bundle !== null) {
      found.push({ bundle: item.bundle, source: 'inline', ...repositoryId });
    } else if (typeof item.bundle_url === 'string' && item.bundle_url !== '') {
      found.push({
        bundle: await downloadBundle(client, item.bundle_url),
        source: 'bundle_url',
        ...repositoryId,
      });
    }
  }
  return found;
}

async function downloadBundle(client: GitHubClient, url: string): Promise<unknown> {
  const shown = url.split('?', 1)[0]; // pre-signed URLs carry a signature in the query: keep it out of messages
  let response: Response;
  try {
    response = await client.fetchUnauthenticated(url);
  } catch (e) {
    throw new AgentAttestError(
      'NETWORK',
      `downloading the attestation bundle ${shown} failed: ${messageOf(e)}`,
      { cause: e },
    );
  }
  if (!response.ok) {
    throw new AgentAttestError(
      'GITHUB_API',
      `downloading the attestation bundle ${shown} failed with ${response.status}`,
    );
  }
  const compressed = new Uint8Array(await response.arrayBuffer());
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(uncompress(compressed, MAX_BUNDLE_BYTES));
    return JSON.parse(json) as unknown;
  } catch (e) {
    throw new AgentAttestError(
      'BUNDLE_INVALID',
      `the attestation bundle at ${shown} is not snappy-compressed JSON: ${messageOf(e)}`,
      { cause: e },
    );
  }
}
