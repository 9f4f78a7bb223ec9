/**
 * Image references: `[oci://]REGISTRY/REPOSITORY[:TAG][@sha256:HEX]`, always with the registry host (a name
 * with a dot or a port, or `localhost`), as Docker's reference grammar tells a host from a path component.
 * A short name (`nginx`, `org/app`) would mean Docker Hub only by convention; a deploy gate must not guess.
 */
import { isIP } from 'node:net';
import { AgentAttestError } from '../errors.js';

export interface ImageReference {
  /** Host and optional port, as written (`ghcr.io`, `127.0.0.1:5000`). */
  registry: string;
  /** Path inside the registry (`owner/app`). */
  repository: string;
  tag?: string;
  /** `sha256:HEX`. */
  digest?: string;
}

/** Docker Hub names itself three ways; its API lives on one host. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io';

// Docker's reference grammar (distribution/reference), enough of it to tell the parts apart.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const HOST =
  /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

function invalid(value: string, why: string, input: string): AgentAttestError {
  return new AgentAttestError(
    'SUBJECT_INVALID',
    `${input} '${value}' is not an image reference (${why}); write REGISTRY/REPOSITORY@sha256:HEX or REGISTRY/REPOSITORY:TAG, e.g. ghcr.io/octo-org/app@sha256:…`,
  );
}

/** Whether `value` is written as an image reference (`oci://…`), not a file or digest. */
export function isOciArgument(value: string): boolean {
  return value.startsWith('oci://');
}

/**
 * Parses a reference. `input` names the option in errors. `requireDigest`: a tag alone is refused (attest
 * names what was built, by digest).
 */
export function parseImageReference(
  value: string,
  input = 'image',
  opts: { requireDigest?: boolean } = {},
): ImageReference {
  let rest = value.trim();
  if (rest.startsWith('oci://')) rest = rest.slice('oci://'.length);
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1).toLowerCase();
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid(value, 'the digest must be sha256: and 64 hex digits', input);
  }
  const slash = rest.indexOf('/');
  if (slash < 0) throw invalid(value, 'no registry host', input);
  const registry = rest.slice(0, slash);
  let path = rest.slice(slash + 1);
  if (
    !HOST.test(registry) ||
    !(registry.includes('.') || registry.includes(':') || registry === 'localhost')
  ) {
    throw invalid(
      value,
      `'${registry}' is not a registry host; name it in full, e.g. docker.io/library/app`,
      input,
    );
  }
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(value, `'${tag}' is not a tag`, input);
  }
  if (!REPOSITORY.test(path)) throw invalid(value, `'${path}' is not a repository path (lowercase)`, input);
  if (DOCKER_HUB.has(registry) && !path.includes('/')) path = `library/${path}`;
  if (opts.requireDigest && !digest)
    throw invalid(value, 'it needs @sha256:HEX, the digest that was built', input);
  if (!digest && !tag) tag = 'latest';
  return { registry, repository: path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** `registry/repository` — the subject name GitHub's action writes for an image. */
export function imageName(ref: Pick<ImageReference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

/** `registry/repository@sha256:…` when the digest is known, else `registry/repository:tag`. */
export function formatReference(ref: ImageReference): string {
  return ref.digest ? `${imageName(ref)}@${ref.digest}` : `${imageName(ref)}:${ref.tag ?? 'latest'}`;
}

/** The host the registry API is served from (Docker Hub's names map to its API host). */
export function apiHost(registry: string): string {
  return DOCKER_HUB.has(registry) ? DOCKER_HUB_API_HOST : registry;
}

/** `localhost`, 127.0.0.0/8 and ::1: registries that may speak plain HTTP, as Docker allows. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.split(':')[0]!;
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}
