/**
 * Test images written straight through the registry API (no Docker engine): a config blob, one layer and
 * an OCI image manifest, pushed under a tag. `seed` makes each image distinct.
 */
import { dockerConfigCredentials } from '../../src/core/oci/credentials.js';
import { OCI_MANIFEST, RegistryClient, sha256Digest } from '../../src/core/oci/registry.js';
import type { TestRegistry } from '../support/registry.js';

export function pushClient(
  registry: TestRegistry | { host: string; dockerConfigDir: string },
  repository: string,
) {
  return new RegistryClient(registry.host, repository, 'pull,push', {
    credentials: dockerConfigCredentials(registry.dockerConfigDir),
  });
}

export function imageManifest(seed: string): { manifest: Buffer; blobs: Buffer[] } {
  const layer = Buffer.from(`layer of ${seed}\n`);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [sha256Digest(layer)] },
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256Digest(config),
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: sha256Digest(layer),
          size: layer.length,
        },
      ],
    }),
  );
  return { manifest, blobs: [config, layer] };
}

/** Pushes a small image and returns its manifest digest. */
export async function pushImage(
  registry: TestRegistry | { host: string; dockerConfigDir: string },
  repository: string,
  tag: string,
  seed = `${repository}:${tag}`,
): Promise<string> {
  const client = pushClient(registry, repository);
  const { manifest, blobs } = imageManifest(seed);
  for (const blob of blobs) await client.uploadBlob(blob, 'application/octet-stream');
  const { digest } = await client.putManifest(tag, manifest, OCI_MANIFEST);
  return digest;
}
