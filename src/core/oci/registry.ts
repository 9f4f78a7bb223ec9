/**
 * A small client for the OCI distribution API: the requests agent-attest needs and nothing else
 * (manifests, blobs, the referrers API), with the registry auth handshake.
 *
 * Why not @sigstore/oci (the library GitHub's attest action pushes with): it exposes the push only
 * (`attachArtifactToImage`, `getImageDigest`), so it cannot list referrers or read a blob, which verify
 * needs; it speaks plain HTTP to `localhost`/`127.0.0.1` only (no ::1, no 127.0.0.0/8, no opt-in for an
 * insecure registry elsewhere); and it takes one username/password, with no credential helpers. We write
 * the same manifests it writes (test/oci checks a bundle it attached is found and verified by ours).
 *
 * Auth, as Docker does it: `GET /v2/` first; a `401` names the scheme. Basic sends the credentials; Bearer
 * fetches a token from the challenge's realm for `repository:<repo>:<actions>` (anonymously when there are
 * no credentials; an identity token is exchanged with the OAuth2 refresh-token grant). The Authorization
 * header only ever goes to the registry's own origin and to the realm (over HTTPS unless the registry
 * itself is plain HTTP); fetch drops it on cross-origin redirects (blob storage). Nothing secret is logged
 * or put into an error.
 */
import { createHash } from 'node:crypto';
import { AgentAttestError, messageOf } from '../errors.js';
import type { CredentialSource, RegistryCredentials } from './credentials.js';
import { apiHost, isLoopbackRegistry } from './reference.js';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const MANIFEST_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];

/** Registries refuse larger manifests (distribution's limit); a larger answer is not one. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType: typeof OCI_INDEX;
  manifests: Descriptor[];
}

export interface RegistryOptions {
  credentials?: CredentialSource;
  /** Plain HTTP to this registry although it is not loopback (`--allow-insecure-registry`). */
  allowInsecure?: boolean;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  /** Retries of a request that failed to connect or got 429/5xx; default 2. */
  retries?: number;
  /** First retry delay; default 500 ms, doubling. */
  retryDelayMs?: number;
}

export interface FetchedManifest {
  bytes: Buffer;
  mediaType: string;
  /** sha256 of the bytes received (never the registry's say-so). */
  digest: string;
  etag?: string;
}

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function registryError(message: string, cause?: unknown): AgentAttestError {
  return new AgentAttestError('REGISTRY', message, { cause });
}

/** Untrusted text from a registry, fit for one line of a message. */
function clip(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** `Bearer realm="…",service="…",scope="…"` (RFC 7235; quoted values may hold commas). */
export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2]!.matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
    params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3]!;
  }
  return { scheme: m[1]!.toLowerCase(), params };
}

export class RegistryClient {
  readonly registry: string;
  readonly repository: string;
  readonly baseUrl: string;
  readonly #actions: string;
  readonly #options: RegistryOptions;
  #authorization: string | undefined;
  #signedIn: Promise<void> | undefined;
  /** Whether credentials were found for the registry (known after the first challenge). */
  #hasCredentials = false;

  /** `actions`: `pull` to read, `pull,push` to write. */
  constructor(
    registry: string,
    repository: string,
    actions: 'pull' | 'pull,push',
    options: RegistryOptions = {},
  ) {
    this.registry = registry;
    this.repository = repository;
    this.#actions = actions;
    this.#options = options;
    const plain = isLoopbackRegistry(registry) || options.allowInsecure === true;
    this.baseUrl = `${plain ? 'http' : 'https'}://${apiHost(registry)}`;
  }

  // -------------------------------------------------------------------------------------------------------
  // Manifests, blobs, referrers.

  /** A manifest by tag or digest; undefined when the registry has none. A digest is checked against the bytes. */
  async getManifest(
    reference: string,
    accept: string[] = MANIFEST_TYPES,
  ): Promise<FetchedManifest | undefined> {
    const res = await this.#send('GET', `manifests/${reference}`, { headers: { accept: accept.join(', ') } });
    if (res.status === 404) return undefined;
    await this.#expect(res, [200], `read manifest ${reference}`);
    const bytes = await readLimited(res, MAX_MANIFEST_BYTES, `manifest ${reference}`);
    const digest = sha256Digest(bytes);
    if (reference.startsWith('sha256:') && reference !== digest)
      throw registryError(
        `registry ${this.registry} returned content for ${this.repository}@${reference} whose sha256 is ${digest}; refusing it`,
      );
    const etag = res.headers.get('etag') ?? undefined;
    return { bytes, mediaType: mediaTypeOf(res, bytes), digest, ...(etag ? { etag } : {}) };
  }

  /** The manifest's descriptor (HEAD); undefined when absent. */
  async headManifest(reference: string): Promise<Descriptor | undefined> {
    const res = await this.#send('HEAD', `manifests/${reference}`, {
      headers: { accept: MANIFEST_TYPES.join(', ') },
    });
    if (res.status === 404) return undefined;
    await this.#expect(res, [200], `check manifest ${reference}`);
    const digest = res.headers.get('docker-content-digest') ?? reference;
    return {
      mediaType: (res.headers.get('content-type') ?? OCI_MANIFEST).split(';')[0]!.trim(),
      digest,
      size: Number(res.headers.get('content-length') ?? 0),
    };
  }

  /** PUT a manifest under a tag or its digest. `subject`: the OCI-Subject header (the registry indexed it). */
  async putManifest(
    reference: string,
    bytes: Buffer,
    mediaType: string,
    opts: { ifMatch?: string } = {},
  ): Promise<{ digest: string; subject?: string }> {
    const res = await this.#send('PUT', `manifests/${reference}`, {
      body: bytes,
      headers: { 'content-type': mediaType, ...(opts.ifMatch ? { 'if-match': opts.ifMatch } : {}) },
    });
    await this.#expect(res, [201], `push manifest ${reference}`);
    await res.body?.cancel();
    const subject = res.headers.get('oci-subject') ?? undefined;
    return { digest: sha256Digest(bytes), ...(subject ? { subject } : {}) };
  }

  /** A blob's bytes, checked against its digest. */
  async getBlob(digest: string, maxBytes: number): Promise<Buffer> {
    const res = await this.#send('GET', `blobs/${digest}`);
    await this.#expect(res, [200], `read blob ${digest}`);
    const bytes = await readLimited(res, maxBytes, `blob ${digest}`);
    if (sha256Digest(bytes) !== digest)
      throw registryError(
        `registry ${this.registry} returned blob ${digest} with other content; refusing it`,
      );
    return bytes;
  }

  /** Uploads a blob unless the registry has it (monolithic POST + PUT). Returns its descriptor. */
  async uploadBlob(bytes: Buffer, mediaType: string): Promise<Descriptor> {
    const digest = sha256Digest(bytes);
    const head = await this.#send('HEAD', `blobs/${digest}`);
    if (head.status !== 200) {
      if (head.status !== 404) await this.#expect(head, [200, 404], `check blob ${digest}`);
      const start = await this.#send('POST', 'blobs/uploads/');
      await this.#expect(start, [202], 'start a blob upload');
      await start.body?.cancel();
      const location = start.headers.get('location');
      if (!location) throw registryError(`registry ${this.registry} started an upload without a Location`);
      const url = new URL(location, `${this.baseUrl}/v2/${this.repository}/blobs/uploads/`);
      url.searchParams.set('digest', digest);
      const put = await this.#send('PUT', url, {
        body: bytes,
        headers: { 'content-type': 'application/octet-stream' },
      });
      await this.#expect(put, [201], `upload blob ${digest}`);
      await put.body?.cancel();
    } else await head.body?.cancel();
    return { mediaType, digest, size: bytes.length };
  }

  /**
   * The referrers API (`GET /v2/<name>/referrers/<digest>`), filtered by artifact type. Undefined when the
   * registry does not implement it (404 or anything but an image index), so callers fall back to the tag.
   */
  async referrers(digest: string, artifactType?: string): Promise<ImageIndex | undefined> {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    const res = await this.#send('GET', `referrers/${digest}${query}`, { headers: { accept: OCI_INDEX } });
    if (res.status === 404 || res.status === 400 || res.status === 405) {
      await res.body?.cancel();
      return undefined;
    }
    await this.#expect(res, [200], `list the referrers of ${digest}`);
    const bytes = await readLimited(res, MAX_MANIFEST_BYTES, `referrers of ${digest}`);
    if (mediaTypeOf(res, bytes) !== OCI_INDEX) return undefined;
    const index = parseJson(bytes, `the referrers of ${digest}`) as ImageIndex;
    return { ...index, manifests: Array.isArray(index.manifests) ? index.manifests : [] };
  }

  // -------------------------------------------------------------------------------------------------------
  // Transport and auth.

  async #send(
    method: string,
    pathOrUrl: string | URL,
    init: { headers?: Record<string, string>; body?: Buffer } = {},
  ): Promise<Response> {
    await (this.#signedIn ??= this.#signIn());
    const url =
      typeof pathOrUrl === 'string'
        ? new URL(`${this.baseUrl}/v2/${this.repository}/${pathOrUrl}`)
        : pathOrUrl;
    let res = await this.#fetch(method, url, init);
    if (res.status === 401) {
      // A token may expire mid-run or lack a scope: one new handshake with this response's challenge.
      await res.body?.cancel();
      await this.#authorize(res);
      res = await this.#fetch(method, url, init);
    }
    return res;
  }

  async #signIn(): Promise<void> {
    const res = await this.#fetch('GET', new URL(`${this.baseUrl}/v2/`), {});
    await res.body?.cancel();
    if (res.status === 401) await this.#authorize(res);
    else if (res.status !== 200)
      throw registryError(
        `${this.baseUrl}/v2/ answered HTTP ${res.status}: is ${this.registry} an OCI registry?`,
      );
  }

  async #authorize(res: Response): Promise<void> {
    const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
    const credentials = await this.#options.credentials?.(this.registry);
    this.#hasCredentials = credentials !== undefined;
    if (challenge?.scheme === 'basic') {
      if (credentials?.kind !== 'basic') throw this.#needsLogin(credentials);
      this.#authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
      return;
    }
    if (challenge?.scheme === 'bearer' && challenge.params.realm) {
      this.#authorization = `Bearer ${await this.#token(challenge.params, credentials)}`;
      return;
    }
    throw registryError(
      `registry ${this.registry} asks for an authentication scheme agent-attest does not speak`,
    );
  }

  async #token(
    params: Record<string, string>,
    credentials: RegistryCredentials | undefined,
  ): Promise<string> {
    if (credentials?.kind === 'registry-token') return credentials.token;
    let realm: URL;
    try {
      realm = new URL(params.realm!);
    } catch {
      throw registryError(`registry ${this.registry} names a token realm that is not a URL`);
    }
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && this.baseUrl.startsWith('http:')))
      throw registryError(
        `registry ${this.registry} names a token realm over plain HTTP (${realm.origin}); refusing to send credentials there`,
      );
    const scope = `repository:${this.repository}:${this.#actions}`;
    const service = params.service;
    let res: Response;
    if (credentials?.kind === 'identity-token') {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.token,
        client_id: 'agent-attest',
        scope,
        ...(service ? { service } : {}),
      });
      res = await this.#fetch('POST', realm, {
        body: Buffer.from(form.toString()),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        authorization: null,
      });
    } else {
      realm.searchParams.set('scope', scope);
      if (service) realm.searchParams.set('service', service);
      const basic =
        credentials?.kind === 'basic'
          ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
          : null;
      res = await this.#fetch('GET', realm, { authorization: basic });
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw this.#needsLogin(credentials, res.status);
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw registryError(
        `the token service of ${this.registry} (${realm.origin}) answered HTTP ${res.status}`,
      );
    }
    const body = parseJson(await readLimited(res, 1024 * 1024, 'token'), `the token of ${this.registry}`) as {
      token?: unknown;
      access_token?: unknown;
    };
    const token = typeof body.token === 'string' ? body.token : body.access_token;
    if (typeof token !== 'string' || token === '')
      throw registryError(`the token service of ${this.registry} answered without a token`);
    return token;
  }

  #needsLogin(credentials: RegistryCredentials | undefined, status?: number): AgentAttestError {
    return registryError(
      credentials
        ? `registry ${this.registry} refused the credentials for ${this.repository}${status ? ` (HTTP ${status})` : ''}; run docker login ${this.registry} with an account that may ${this.#actions === 'pull' ? 'pull' : 'push'}`
        : `registry ${this.registry} requires authentication for ${this.repository} and there are no credentials for it; run docker login ${this.registry} (or docker/login-action) first`,
    );
  }

  /**
   * One request with timeout and retries. `authorization`: undefined sends the registry's header (same
   * origin only), null sends none, a string sends that one (the realm's Basic).
   */
  async #fetch(
    method: string,
    url: URL,
    init: { headers?: Record<string, string>; body?: Buffer; authorization?: string | null },
  ): Promise<Response> {
    const retries = this.#options.retries ?? 2;
    const auth =
      init.authorization === undefined
        ? url.origin === new URL(this.baseUrl).origin
          ? this.#authorization
          : undefined
        : (init.authorization ?? undefined);
    const headers: Record<string, string> = {
      'user-agent': 'agent-attest',
      ...init.headers,
      ...(auth ? { authorization: auth } : {}),
    };
    for (let attempt = 0; ; attempt++) {
      let res: Response | undefined;
      let failure: unknown;
      try {
        res = await fetch(url, {
          method,
          headers,
          ...(init.body ? { body: init.body } : {}),
          signal: AbortSignal.timeout(this.#options.timeoutMs ?? 30_000),
        });
      } catch (e) {
        failure = e;
      }
      const retryable = res === undefined || res.status === 429 || res.status >= 500;
      if (!retryable || attempt >= retries) {
        if (res) return res;
        throw registryError(
          `cannot reach registry ${this.registry} at ${url.origin}: ${networkReason(failure)}`,
          failure,
        );
      }
      await res?.body?.cancel();
      await new Promise((r) => setTimeout(r, (this.#options.retryDelayMs ?? 500) * 2 ** attempt));
    }
  }

  /** Any other status than `ok` is an error naming the registry, the repository and what was refused. */
  async #expect(res: Response, ok: number[], what: string): Promise<void> {
    if (ok.includes(res.status)) return;
    const detail = await errorDetail(res);
    const where = `${this.registry}/${this.repository}`;
    if ((res.status === 401 || res.status === 403) && !this.#hasCredentials) {
      await res.body?.cancel();
      throw this.#needsLogin(undefined);
    }
    if (res.status === 401 || res.status === 403)
      throw registryError(
        `registry ${this.registry} denied ${what} in ${this.repository} (HTTP ${res.status}${detail}); check that the credentials may ${this.#actions === 'pull' ? 'pull from' : 'push to'} ${where}`,
      );
    throw registryError(
      `registry ${this.registry} refused to ${what} in ${this.repository}: HTTP ${res.status}${detail}`,
    );
  }
}

function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if ((e as Error | undefined)?.name === 'TimeoutError') return 'timed out';
  return cause?.code ?? cause?.message ?? messageOf(e);
}

/** `: MESSAGE` from the distribution error body (`{"errors":[{"code","message"}]}`), if any. */
async function errorDetail(res: Response): Promise<string> {
  try {
    const text = (await readLimited(res, 64 * 1024, 'error')).toString('utf8');
    const doc = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const first = doc.errors?.[0];
    if (first) return `: ${clip(`${first.code ?? ''} ${first.message ?? ''}`)}`;
    return text.trim() ? `: ${clip(text)}` : '';
  } catch {
    return '';
  }
}

function mediaTypeOf(res: Response, bytes: Buffer): string {
  const header = res.headers.get('content-type')?.split(';')[0]?.trim();
  if (header && header !== 'application/json' && header !== 'application/octet-stream') return header;
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
    if (typeof doc.mediaType === 'string') return doc.mediaType;
  } catch {
    // not JSON: the header is all there is
  }
  return header ?? '';
}

function parseJson(bytes: Buffer, what: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw registryError(`${what} is not JSON`);
  }
}

/** The body, refusing more than `max` bytes (a registry answer is untrusted input). */
export async function readLimited(res: Response, max: number, what: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? -1);
  if (declared > max) {
    await res.body?.cancel();
    throw registryError(`the registry's ${what} is ${declared} bytes, more than the ${max} accepted`);
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += (chunk as Uint8Array).length;
    if (size > max) {
      throw registryError(`the registry's ${what} is more than the ${max} bytes accepted`);
    }
    chunks.push(Buffer.from(chunk as Uint8Array));
  }
  return Buffer.concat(chunks);
}
