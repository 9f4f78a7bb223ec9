/**
 * Images as verify artifacts: `oci://REGISTRY/REPOSITORY@sha256:…`, or `oci://REGISTRY/REPOSITORY:TAG`
 * resolved to the digest of the manifest the registry serves for the tag now. The digest is what is
 * verified, reported and pinned: a tag moved after the release names another image, whose digest no old
 * bundle attests. Bundles are found as the image's referrers (referrers API and `sha256-<hex>` tag).
 */
import { AgentAttestError } from '../errors.js';
import { bundlesFromDocuments, type LoadedBundle } from '../verify/bundles.js';
import type { Artifact } from '../verify/artifacts.js';
import { discoverBundles } from './referrers.js';
import { imageName, isOciArgument, parseImageReference, type ImageReference } from './reference.js';
import { RegistryClient, type RegistryOptions } from './registry.js';

export interface ResolvedImage {
  /** The argument as given. */
  argument: string;
  reference: ImageReference & { digest: string };
  /** `registry/repository@sha256:…`: the pinned name. */
  pinned: string;
}

export interface ImageArtifactInfo {
  /** The reference as given (`oci://…`). */
  reference: string;
  /** The digest verified (the tag's, when a tag was given). */
  digest: string;
  tag?: string;
  /** Bundles found in the registry for it (when no bundle file was given). */
  registryBundles?: number;
}

/** Resolves one `oci://` argument; a tag costs one manifest GET, a digest nothing. */
export async function resolveImage(argument: string, registry: RegistryOptions): Promise<ResolvedImage> {
  const ref = parseImageReference(argument, 'artifact');
  let digest = ref.digest;
  if (!digest) {
    const client = new RegistryClient(ref.registry, ref.repository, 'pull', registry);
    const manifest = await client.getManifest(ref.tag!);
    if (!manifest)
      throw new AgentAttestError(
        'REGISTRY',
        `artifact ${argument}: the registry has no tag ${ref.tag} in ${imageName(ref)}; check the image name and tag, or give @sha256:HEX`,
      );
    digest = manifest.digest;
  }
  return { argument, reference: { ...ref, digest }, pinned: `${imageName(ref)}@${digest}` };
}

/** The bundle documents stored as referrers of the image, with where each came from. */
export async function imageBundles(
  image: ResolvedImage,
  registry: RegistryOptions,
  log: (message: string) => void,
): Promise<{ documents: unknown[]; source: string }[]> {
  const client = new RegistryClient(image.reference.registry, image.reference.repository, 'pull', registry);
  const found = await discoverBundles(client, image.reference.digest, log);
  return found.map((f) => ({
    documents: [f.bundle],
    source: `${imageName(image.reference)}@${f.manifestDigest} (${f.storage === 'referrers-api' ? 'referrers API' : 'referrers tag'})`,
  }));
}

/**
 * The verify artifacts with every `oci://` argument resolved to an image artifact (others unchanged, in
 * order), and the images.
 */
export async function imageArtifacts(
  args: string[],
  registry: RegistryOptions,
): Promise<{ artifacts: (string | Artifact)[]; images: { image: ResolvedImage; artifact: Artifact }[] }> {
  const images: { image: ResolvedImage; artifact: Artifact }[] = [];
  const artifacts = await Promise.all(
    args.map(async (arg): Promise<string | Artifact> => {
      if (!isOciArgument(arg)) return arg;
      const image = await resolveImage(arg, registry);
      const artifact: Artifact = {
        name: image.pinned,
        digests: { sha256: image.reference.digest.slice('sha256:'.length) },
        image: {
          reference: arg,
          digest: image.reference.digest,
          ...(image.reference.tag && !arg.includes('@') ? { tag: image.reference.tag } : {}),
        },
      };
      images.push({ image, artifact });
      return artifact;
    }),
  );
  return { artifacts, images };
}

/** The bundles of every image from its registry, loaded as bundle files are; counts kept on each artifact. */
export async function registryBundles(
  images: { image: ResolvedImage; artifact: Artifact }[],
  registry: RegistryOptions,
  log: (message: string) => void,
): Promise<LoadedBundle[]> {
  const loaded: LoadedBundle[] = [];
  const seen = new Set<string>();
  for (const { image, artifact } of images) {
    const found = await imageBundles(image, registry, log);
    artifact.image!.registryBundles = found.length;
    for (const f of found) {
      if (seen.has(f.source)) continue;
      seen.add(f.source);
      loaded.push(...bundlesFromDocuments(f.documents, f.source));
    }
  }
  return loaded;
}
