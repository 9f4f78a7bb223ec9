/**
 * Test images written straight through the registry API (no Docker engine): a config blob, one layer and
 * an OCI image manifest, pushed under a tag. `seed` makes each image distinct.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run as attestCli } from '../../src/cli/commands/attest.js';
import { readEnvironment } from '../../src/core/config.js';
import { dockerConfigCredentials } from '../../src/core/oci/credentials.js';
import { OCI_MANIFEST, RegistryClient, sha256Digest } from '../../src/core/oci/registry.js';
import type { TestDevstack } from '../support/devstack.js';
import type { TestRegistry } from '../support/registry.js';
import { fakeIO } from '../verify/helpers.js';

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

/** The attest CLI in a GitHub job on the devstack, with DOCKER_CONFIG pointing at `dockerConfigDir`. */
export async function attestImages(
  s: TestDevstack,
  ws: string,
  args: string[],
  dockerConfigDir: string,
): Promise<{ code: number; out: string; err: string; json: () => AttestJson }> {
  await mkdir(ws, { recursive: true });
  const io = fakeIO(ws);
  const env = readEnvironment({
    GITHUB_ACTIONS: 'true',
    ...s.env,
    RUNNER_TEMP: ws,
    GITHUB_WORKSPACE: ws,
    DOCKER_CONFIG: dockerConfigDir,
  });
  let code: number;
  try {
    code = await attestCli(['--sigstore', s.signingConfigPath, '--reviews', 'off', ...args], io, { env });
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    code = (e as { exitCode?: number }).exitCode ?? 99;
  }
  return { code, out: io.out, err: io.err, json: () => JSON.parse(io.out) as AttestJson };
}

export interface AttestJson {
  attestations: {
    bundlePath: string;
    subjects: { name: string; digest: { sha256: string } }[];
    image?: { name: string; digest: string };
    push?: { status: string; reference?: string; storage?: string; error?: string };
  }[];
}

/** A DOCKER_CONFIG with the credentials of several registries (docker login to each). */
export async function mergedDockerConfig(
  registries: { host: string; username: string; password: string }[],
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aa-docker-config-'));
  const auths = Object.fromEntries(
    registries.map((r) => [r.host, { auth: Buffer.from(`${r.username}:${r.password}`).toString('base64') }]),
  );
  await writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths }));
  return dir;
}
