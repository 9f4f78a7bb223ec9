import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  apiHost,
  isLoopbackRegistry
} from "./chunk-5AKMWIUM.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:crypto?src/core/oci/registry.ts
var m = __require("node:crypto");
var createHash = m.createHash;

// src/core/oci/registry.ts
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var OCI_EMPTY = "application/vnd.oci.empty.v1+json";
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var MANIFEST_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function sha256Digest(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function registryError(message, cause) {
  return new AgentAttestError("REGISTRY", message, { cause });
}
function clip(text) {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  return clean.length > 200 ? `${clean.slice(0, 200)}\u2026` : clean;
}
function parseChallenge(header) {
  const m2 = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
  if (!m2) return void 0;
  const params = {};
  for (const p of m2[2].matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
    params[p[1].toLowerCase()] = p[2] !== void 0 ? p[2].replace(/\\(.)/g, "$1") : p[3];
  }
  return { scheme: m2[1].toLowerCase(), params };
}
var RegistryClient = class {
  registry;
  repository;
  baseUrl;
  #actions;
  #options;
  #authorization;
  #signedIn;
  /** Whether credentials were found for the registry (known after the first challenge). */
  #hasCredentials = false;
  /** `actions`: `pull` to read, `pull,push` to write. */
  constructor(registry, repository, actions, options = {}) {
    this.registry = registry;
    this.repository = repository;
    this.#actions = actions;
    this.#options = options;
    const plain = isLoopbackRegistry(registry) || options.allowInsecure === true;
    this.baseUrl = `${plain ? "http" : "https"}://${apiHost(registry)}`;
  }
  // -------------------------------------------------------------------------------------------------------
  // Manifests, blobs, referrers.
  /** A manifest by tag or digest; undefined when the registry has none. A digest is checked against the bytes. */
  async getManifest(reference, accept = MANIFEST_TYPES) {
    const res = await this.#send("GET", `manifests/${reference}`, { headers: { accept: accept.join(", ") } });
    if (res.status === 404) return void 0;
    await this.#expect(res, [200], `read manifest ${reference}`);
    const bytes = await readLimited(res, MAX_MANIFEST_BYTES, `manifest ${reference}`);
    const digest = sha256Digest(bytes);
    if (reference.startsWith("sha256:") && reference !== digest)
      throw registryError(
        `registry ${this.registry} returned content for ${this.repository}@${reference} whose sha256 is ${digest}; refusing it`
      );
    const etag = res.headers.get("etag") ?? void 0;
    return { bytes, mediaType: mediaTypeOf(res, bytes), digest, ...etag ? { etag } : {} };
  }
  /** The manifest's descriptor (HEAD); undefined when absent. */
  async headManifest(reference) {
    const res = await this.#send("HEAD", `manifests/${reference}`, {
      headers: { accept: MANIFEST_TYPES.join(", ") }
    });
    if (res.status === 404) return void 0;
    await this.#expect(res, [200], `check manifest ${reference}`);
    const digest = res.headers.get("docker-content-digest") ?? reference;
    return {
      mediaType: (res.headers.get("content-type") ?? OCI_MANIFEST).split(";")[0].trim(),
      digest,
      size: Number(res.headers.get("content-length") ?? 0)
    };
  }
  /** PUT a manifest under a tag or its digest. `subject`: the OCI-Subject header (the registry indexed it). */
  async putManifest(reference, bytes, mediaType, opts = {}) {
    const res = await this.#send("PUT", `manifests/${reference}`, {
      body: bytes,
      headers: { "content-type": mediaType, ...opts.ifMatch ? { "if-match": opts.ifMatch } : {} }
    });
    await this.#expect(res, [201], `push manifest ${reference}`);
    await res.body?.cancel();
    const subject = res.headers.get("oci-subject") ?? void 0;
    return { digest: sha256Digest(bytes), ...subject ? { subject } : {} };
  }
  /** A blob's bytes, checked against its digest. */
  async getBlob(digest, maxBytes) {
    const res = await this.#send("GET", `blobs/${digest}`);
    await this.#expect(res, [200], `read blob ${digest}`);
    const bytes = await readLimited(res, maxBytes, `blob ${digest}`);
    if (sha256Digest(bytes) !== digest)
      throw registryError(
        `registry ${this.registry} returned blob ${digest} with other content; refusing it`
      );
    return bytes;
  }
  /** Uploads a blob unless the registry has it (monolithic POST + PUT). Returns its descriptor. */
  async uploadBlob(bytes, mediaType) {
    const digest = sha256Digest(bytes);
    const head = await this.#send("HEAD", `blobs/${digest}`);
    if (head.status !== 200) {
      if (head.status !== 404) await this.#expect(head, [200, 404], `check blob ${digest}`);
      const start = await this.#send("POST", "blobs/uploads/");
      await this.#expect(start, [202], "start a blob upload");
      await start.body?.cancel();
      const location = start.headers.get("location");
      if (!location) throw registryError(`registry ${this.registry} started an upload without a Location`);
      const url = new URL(location, `${this.baseUrl}/v2/${this.repository}/blobs/uploads/`);
      url.searchParams.set("digest", digest);
      const put = await this.#send("PUT", url, {
        body: bytes,
        headers: { "content-type": "application/octet-stream" }
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
  async referrers(digest, artifactType) {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : "";
    const res = await this.#send("GET", `referrers/${digest}${query}`, { headers: { accept: OCI_INDEX } });
    if (res.status === 404 || res.status === 400 || res.status === 405) {
      await res.body?.cancel();
      return void 0;
    }
    await this.#expect(res, [200], `list the referrers of ${digest}`);
    const bytes = await readLimited(res, MAX_MANIFEST_BYTES, `referrers of ${digest}`);
    if (mediaTypeOf(res, bytes) !== OCI_INDEX) return void 0;
    const index = parseJson(bytes, `the referrers of ${digest}`);
    return { ...index, manifests: Array.isArray(index.manifests) ? index.manifests : [] };
  }
  // -------------------------------------------------------------------------------------------------------
  // Transport and auth.
  async #send(method, pathOrUrl, init = {}) {
    await (this.#signedIn ??= this.#signIn());
    const url = typeof pathOrUrl === "string" ? new URL(`${this.baseUrl}/v2/${this.repository}/${pathOrUrl}`) : pathOrUrl;
    let res = await this.#fetch(method, url, init);
    if (res.status === 401) {
      await res.body?.cancel();
      await this.#authorize(res);
      res = await this.#fetch(method, url, init);
    }
    return res;
  }
  async #signIn() {
    const res = await this.#fetch("GET", new URL(`${this.baseUrl}/v2/`), {});
    await res.body?.cancel();
    if (res.status === 401) await this.#authorize(res);
    else if (res.status !== 200)
      throw registryError(
        `${this.baseUrl}/v2/ answered HTTP ${res.status}: is ${this.registry} an OCI registry?`
      );
  }
  async #authorize(res) {
    const challenge = parseChallenge(res.headers.get("www-authenticate") ?? "");
    const credentials = await this.#options.credentials?.(this.registry);
    this.#hasCredentials = credentials !== void 0;
    if (challenge?.scheme === "basic") {
      if (credentials?.kind !== "basic") throw this.#needsLogin(credentials);
      this.#authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
      return;
    }
    if (challenge?.scheme === "bearer" && challenge.params.realm) {
      this.#authorization = `Bearer ${await this.#token(challenge.params, credentials)}`;
      return;
    }
    throw registryError(
      `registry ${this.registry} asks for an authentication scheme agent-attest does not speak`
    );
  }
  async #token(params, credentials) {
    if (credentials?.kind === "registry-token") return credentials.token;
    let realm;
    try {
      realm = new URL(params.realm);
    } catch {
      throw registryError(`registry ${this.registry} names a token realm that is not a URL`);
    }
    if (realm.protocol !== "https:" && !(realm.protocol === "http:" && this.baseUrl.startsWith("http:")))
      throw registryError(
        `registry ${this.registry} names a token realm over plain HTTP (${realm.origin}); refusing to send credentials there`
      );
    const scope = `repository:${this.repository}:${this.#actions}`;
    const service = params.service;
    let res;
    if (credentials?.kind === "identity-token") {
      const form = new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: credentials.token,
        client_id: "agent-attest",
        scope,
        ...service ? { service } : {}
      });
      res = await this.#fetch("POST", realm, {
        body: Buffer.from(form.toString()),
        headers: { "content-type": "application/x-www-form-urlencoded" },
        authorization: null
      });
    } else {
      realm.searchParams.set("scope", scope);
      if (service) realm.searchParams.set("service", service);
      const basic = credentials?.kind === "basic" ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}` : null;
      res = await this.#fetch("GET", realm, { authorization: basic });
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw this.#needsLogin(credentials, res.status);
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw registryError(
        `the token service of ${this.registry} (${realm.origin}) answered HTTP ${res.status}`
      );
    }
    const body = parseJson(await readLimited(res, 1024 * 1024, "token"), `the token of ${this.registry}`);
    const token = typeof body.token === "string" ? body.token : body.access_token;
    if (typeof token !== "string" || token === "")
      throw registryError(`the token service of ${this.registry} answered without a token`);
    return token;
  }
  #needsLogin(credentials, status) {
    return registryError(
      credentials ? `registry ${this.registry} refused the credentials for ${this.repository}${status ? ` (HTTP ${status})` : ""}; run docker login ${this.registry} with an account that may ${this.#actions === "pull" ? "pull" : "push"}` : `registry ${this.registry} requires authentication for ${this.repository} and there are no credentials for it; run docker login ${this.registry} (or docker/login-action) first`
    );
  }
  /**
   * One request with timeout and retries. `authorization`: undefined sends the registry's header (same
   * origin only), null sends none, a string sends that one (the realm's Basic).
   */
  async #fetch(method, url, init) {
    const retries = this.#options.retries ?? 2;
    const auth = init.authorization === void 0 ? url.origin === new URL(this.baseUrl).origin ? this.#authorization : void 0 : init.authorization ?? void 0;
    const headers = {
      "user-agent": "agent-attest",
      ...init.headers,
      ...auth ? { authorization: auth } : {}
    };
    for (let attempt = 0; ; attempt++) {
      let res;
      let failure;
      try {
        res = await fetch(url, {
          method,
          headers,
          ...init.body ? { body: init.body } : {},
          signal: AbortSignal.timeout(this.#options.timeoutMs ?? 3e4)
        });
      } catch (e) {
        failure = e;
      }
      const retryable = res === void 0 || res.status === 429 || res.status >= 500;
      if (!retryable || attempt >= retries) {
        if (res) return res;
        throw registryError(
          `cannot reach registry ${this.registry} at ${url.origin}: ${networkReason(failure)}`,
          failure
        );
      }
      await res?.body?.cancel();
      await new Promise((r) => setTimeout(r, (this.#options.retryDelayMs ?? 500) * 2 ** attempt));
    }
  }
  /** Any other status than `ok` is an error naming the registry, the repository and what was refused. */
  async #expect(res, ok, what) {
    if (ok.includes(res.status)) return;
    const detail = await errorDetail(res);
    const where = `${this.registry}/${this.repository}`;
    if ((res.status === 401 || res.status === 403) && !this.#hasCredentials) {
      await res.body?.cancel();
      throw this.#needsLogin(void 0);
    }
    if (res.status === 401 || res.status === 403)
      throw registryError(
        `registry ${this.registry} denied ${what} in ${this.repository} (HTTP ${res.status}${detail}); check that the credentials may ${this.#actions === "pull" ? "pull from" : "push to"} ${where}`
      );
    throw registryError(
      `registry ${this.registry} refused to ${what} in ${this.repository}: HTTP ${res.status}${detail}`
    );
  }
};
function networkReason(e) {
  const cause = e?.cause;
  if (e?.name === "TimeoutError") return "timed out";
  return cause?.code ?? cause?.message ?? messageOf(e);
}
async function errorDetail(res) {
  try {
    const text = (await readLimited(res, 64 * 1024, "error")).toString("utf8");
    const doc = JSON.parse(text);
    const first = doc.errors?.[0];
    if (first) return `: ${clip(`${first.code ?? ""} ${first.message ?? ""}`)}`;
    return text.trim() ? `: ${clip(text)}` : "";
  } catch {
    return "";
  }
}
function mediaTypeOf(res, bytes) {
  const header = res.headers.get("content-type")?.split(";")[0]?.trim();
  if (header && header !== "application/json" && header !== "application/octet-stream") return header;
  try {
    const doc = JSON.parse(bytes.toString("utf8"));
    if (typeof doc.mediaType === "string") return doc.mediaType;
  } catch {
  }
  return header ?? "";
}
function parseJson(bytes, what) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw registryError(`${what} is not JSON`);
  }
}
async function readLimited(res, max, what) {
  const declared = Number(res.headers.get("content-length") ?? -1);
  if (declared > max) {
    await res.body?.cancel();
    throw registryError(`the registry's ${what} is ${declared} bytes, more than the ${max} accepted`);
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > max) {
      throw registryError(`the registry's ${what} is more than the ${max} bytes accepted`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

// src/core/oci/referrers.ts
var SIGSTORE_BUNDLE_PREFIX = "application/vnd.dev.sigstore.bundle";
var MAX_BUNDLE_BYTES = 32 * 1024 * 1024;
var MAX_BUNDLES_PER_IMAGE = 100;
var EMPTY_CONFIG = Buffer.from("{}");
function referrersTag(digest) {
  return digest.replace(":", "-");
}
async function attachBundle(client, imageDigest, bundle, opts) {
  const subject = await client.headManifest(imageDigest);
  if (!subject)
    throw registryError(
      `${client.registry}/${client.repository}@${imageDigest} is not in the registry; push the image before its attestation`
    );
  const layer = await client.uploadBlob(bundle, opts.mediaType);
  const config = await client.uploadBlob(EMPTY_CONFIG, OCI_EMPTY);
  const annotations = {
    "org.opencontainers.image.created": opts.created.toISOString(),
    "dev.sigstore.bundle.content": "dsse-envelope",
    "dev.sigstore.bundle.predicateType": opts.predicateType
  };
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: opts.mediaType,
      config,
      layers: [layer],
      subject: { mediaType: subject.mediaType, digest: imageDigest, size: subject.size },
      annotations
    })
  );
  const pushed = await client.putManifest(sha256Digest(manifest), manifest, OCI_MANIFEST);
  if (pushed.subject === imageDigest && await client.referrers(imageDigest) !== void 0)
    return { digest: pushed.digest, storage: "referrers-api" };
  await addToReferrersTag(client, imageDigest, {
    mediaType: OCI_MANIFEST,
    digest: pushed.digest,
    size: manifest.length,
    artifactType: opts.mediaType,
    annotations
  });
  return { digest: pushed.digest, storage: "referrers-tag" };
}
async function addToReferrersTag(client, imageDigest, entry) {
  const tag = referrersTag(imageDigest);
  const current = await client.getManifest(tag, [OCI_INDEX]);
  let index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
  if (current) {
    if (current.mediaType !== OCI_INDEX)
      throw registryError(
        `${client.registry}/${client.repository}:${tag} is a ${current.mediaType || "manifest"}, not the image index the referrers tag schema needs; remove that tag`
      );
    const doc = JSON.parse(current.bytes.toString("utf8"));
    index = { ...index, ...doc, manifests: Array.isArray(doc.manifests) ? doc.manifests : [] };
  }
  if (index.manifests.some((m2) => m2.digest === entry.digest)) return;
  index.manifests.push(entry);
  await client.putManifest(tag, Buffer.from(JSON.stringify(index)), OCI_INDEX, {
    ...current?.etag ? { ifMatch: current.etag } : {}
  });
}
async function discoverBundles(client, imageDigest, log = () => {
}) {
  const listed = /* @__PURE__ */ new Map();
  const fromApi = await client.referrers(imageDigest);
  for (const d of fromApi?.manifests ?? []) if (isBundleReferrer(d)) listed.set(d.digest, "referrers-api");
  const tagged = await client.getManifest(referrersTag(imageDigest), [OCI_INDEX]);
  if (tagged?.mediaType === OCI_INDEX) {
    const doc = JSON.parse(tagged.bytes.toString("utf8"));
    for (const d of Array.isArray(doc.manifests) ? doc.manifests : [])
      if (isBundleReferrer(d) && !listed.has(d.digest)) listed.set(d.digest, "referrers-tag");
  }
  const out = [];
  for (const [digest, storage] of [...listed].slice(0, MAX_BUNDLES_PER_IMAGE)) {
    const manifest = await client.getManifest(digest, [OCI_MANIFEST]);
    if (!manifest) continue;
    let doc;
    try {
      doc = JSON.parse(manifest.bytes.toString("utf8"));
    } catch {
      log(`referrer ${digest} is not JSON; skipped`);
      continue;
    }
    const layer = doc.layers?.[0];
    if (doc.subject?.digest !== imageDigest || typeof layer?.digest !== "string") {
      log(`referrer ${digest} does not refer to ${imageDigest} with a bundle layer; skipped`);
      continue;
    }
    const bytes = await client.getBlob(layer.digest, MAX_BUNDLE_BYTES);
    let bundle;
    try {
      bundle = JSON.parse(bytes.toString("utf8"));
    } catch {
      bundle = "not JSON";
    }
    out.push({ bundle, manifestDigest: digest, storage });
  }
  if (listed.size > MAX_BUNDLES_PER_IMAGE)
    log(`${listed.size} bundle referrers for ${imageDigest}; read the first ${MAX_BUNDLES_PER_IMAGE}`);
  return out;
}
function isBundleReferrer(d) {
  return typeof d.digest === "string" && /^sha256:[0-9a-f]{64}$/.test(d.digest) && typeof d.artifactType === "string" && d.artifactType.startsWith(SIGSTORE_BUNDLE_PREFIX);
}

export {
  RegistryClient,
  attachBundle,
  discoverBundles
};
