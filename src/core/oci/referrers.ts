/**
 * Sigstore bundles stored beside an image as OCI referrers, in the layout cosign's bundle spec describes
 * and GitHub's attest action writes (through @sigstore/oci): an image manifest whose `artifactType` and one
 * layer are the bundle's media type, an empty config, a `subject` naming the image, and the annotations
 * `dev.sigstore.bundle.content`, `dev.sigstore.bundle.predicateType`, `org.opencontainers.image.created`.
 *
 * Where it is listed: the referrers API (`GET /v2/<name>/referrers/<digest>`) on registries that have it
 * (the push answers with an `OCI-Subject` header); otherwise an image index tagged `sha256-<hex>` (the
 * referrers tag schema), which the pusher updates itself. Discovery reads both and keeps every bundle once.
 */
import type { Descriptor, ImageIndex, RegistryClient } from './registry.js';
import { OCI_EMPTY, OCI_INDEX, OCI_MANIFEST, registryError, sha256Digest } from './registry.js';

export const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Every Sigstore bundle media type starts so (v0.1, v0.2, v0.3). */
const SIGSTORE_BUNDLE_PREFIX = 'application/vnd.dev.sigstore.bundle';
/** A bundle carries a statement of ≤ 16 MiB (GitHub's limit) in base64, plus its verification material. */
const MAX_BUNDLE_BYTES = 32 * 1024 * 1024;
/** More referrers than this for one image is not a release; the first ones are read. */
export const MAX_BUNDLES_PER_IMAGE = 100;

const EMPTY_CONFIG = Buffer.from('{}');

export type ReferrerStorage = 'referrers-api' | 'referrers-tag';

export interface AttachedBundle {
  /** Digest of the referrer manifest. */
  digest: string;
  storage: ReferrerStorage;
}

/** `sha256:HEX` → `sha256-HEX`, the tag of the referrers index (distribution spec, referrers tag schema). */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-');
}

/** Attaches a bundle to the image `imageDigest` in the client's repository. */
export async function attachBundle(
  client: RegistryClient,
  imageDigest: string,
  bundle: Buffer,
  opts: { mediaType: string; predicateType: string; created: Date },
): Promise<AttachedBundle> {
  const subject = await client.headManifest(imageDigest);
  if (!subject)
    throw registryError(
      `${client.registry}/${client.repository}@${imageDigest} is not in the registry; push the image before its attestation`,
    );
  const layer = await client.uploadBlob(bundle, opts.mediaType);
  const config = await client.uploadBlob(EMPTY_CONFIG, OCI_EMPTY);
  const annotations = {
    'org.opencontainers.image.created': opts.created.toISOString(),
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': opts.predicateType,
  };
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: opts.mediaType,
      config,
      layers: [layer],
      subject: { mediaType: subject.mediaType, digest: imageDigest, size: subject.size },
      annotations,
    }),
  );
  // Pushed by its digest: a referrer is never a tag anyone could move.
  const pushed = await client.putManifest(sha256Digest(manifest), manifest, OCI_MANIFEST);
  // OCI-Subject says the registry indexed the subject; some registries send it without serving the API
  // (the ECR quirk @sigstore/oci works around), so the API is asked too.
  if (pushed.subject === imageDigest && (await client.referrers(imageDigest)) !== undefined)
    return { digest: pushed.digest, storage: 'referrers-api' };
  await addToReferrersTag(client, imageDigest, {
    mediaType: OCI_MANIFEST,
    digest: pushed.digest,
    size: manifest.length,
    artifactType: opts.mediaType,
    annotations,
  });
  return { digest: pushed.digest, storage: 'referrers-tag' };
}

/** Adds the descriptor to the `sha256-<hex>` index (created when absent), unless it is listed already. */
async function addToReferrersTag(
  client: RegistryClient,
  imageDigest: string,
  entry: Descriptor,
): Promise<void> {
  const tag = referrersTag(imageDigest);
  const current = await client.getManifest(tag, [OCI_INDEX]);
  let index: ImageIndex = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
  if (current) {
    if (current.mediaType !== OCI_INDEX)
      throw registryError(
        `${client.registry}/${client.repository}:${tag} is a ${current.mediaType || 'manifest'}, not the image index the referrers tag schema needs; remove that tag`,
      );
    const doc = JSON.parse(current.bytes.toString('utf8')) as Partial<ImageIndex>;
    index = { ...index, ...doc, manifests: Array.isArray(doc.manifests) ? doc.manifests : [] };
  }
  if (index.manifests.some((m) => m.digest === entry.digest)) return;
  index.manifests.push(entry);
  await client.putManifest(tag, Buffer.from(JSON.stringify(index)), OCI_INDEX, {
    ...(current?.etag ? { ifMatch: current.etag } : {}),
  });
}

export interface DiscoveredBundle {
  /** The bundle document (JSON), to be verified like a file's. */
  bundle: unknown;
  /** Digest of the referrer manifest that holds it. */
  manifestDigest: string;
  storage: ReferrerStorage;
}

/**
 * Every Sigstore bundle stored as a referrer of `imageDigest`, from the referrers API and the tag schema.
 * Referrers that are not bundles, or whose manifest names another subject, are skipped: the verifier then
 * decides on each bundle as it does on a file.
 */
export async function discoverBundles(
  client: RegistryClient,
  imageDigest: string,
  log: (message: string) => void = () => {},
): Promise<DiscoveredBundle[]> {
  const listed = new Map<string, ReferrerStorage>();
  const fromApi = await client.referrers(imageDigest);
  for (const d of fromApi?.manifests ?? []) if (isBundleReferrer(d)) listed.set(d.digest, 'referrers-api');
  const tagged = await client.getManifest(referrersTag(imageDigest), [OCI_INDEX]);
  if (tagged?.mediaType === OCI_INDEX) {
    const doc = JSON.parse(tagged.bytes.toString('utf8')) as Partial<ImageIndex>;
    for (const d of Array.isArray(doc.manifests) ? doc.manifests : [])
      if (isBundleReferrer(d) && !listed.has(d.digest)) listed.set(d.digest, 'referrers-tag');
  }
  const out: DiscoveredBundle[] = [];
  for (const [digest, storage] of [...listed].slice(0, MAX_BUNDLES_PER_IMAGE)) {
    const manifest = await client.getManifest(digest, [OCI_MANIFEST]);
    if (!manifest) continue;
    let doc: { subject?: { digest?: unknown }; layers?: { mediaType?: unknown; digest?: unknown }[] };
    try {
      doc = JSON.parse(manifest.bytes.toString('utf8')) as typeof doc;
    } catch {
      log(`referrer ${digest} is not JSON; skipped`);
      continue;
    }
    const layer = doc.layers?.[0];
    if (doc.subject?.digest !== imageDigest || typeof layer?.digest !== 'string') {
      log(`referrer ${digest} does not refer to ${imageDigest} with a bundle layer; skipped`);
      continue;
    }
    const bytes = await client.getBlob(layer.digest, MAX_BUNDLE_BYTES);
    let bundle: unknown;
    try {
      bundle = JSON.parse(bytes.toString('utf8'));
    } catch {
      bundle = 'not JSON'; // kept, so the verifier reports it as an invalid bundle
    }
    out.push({ bundle, manifestDigest: digest, storage });
  }
  if (listed.size > MAX_BUNDLES_PER_IMAGE)
    log(`${listed.size} bundle referrers for ${imageDigest}; read the first ${MAX_BUNDLES_PER_IMAGE}`);
  return out;
}

function isBundleReferrer(d: Partial<Descriptor>): d is Descriptor {
  return (
    typeof d.digest === 'string' &&
    /^sha256:[0-9a-f]{64}$/.test(d.digest) &&
    typeof d.artifactType === 'string' &&
    d.artifactType.startsWith(SIGSTORE_BUNDLE_PREFIX)
  );
}
