/**
 * The OCI client against a real registry (docker-registry 2.8 on 127.0.0.1): images pushed through the API,
 * bundles attached as referrers (tag schema here; the referrers API through the stated stand-in front),
 * discovered again, with Basic and Bearer auth and without credentials.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerConfigCredentials } from '../../src/core/oci/credentials.js';
import {
  attachBundle,
  discoverBundles,
  referrersTag,
  SIGSTORE_BUNDLE_V03,
} from '../../src/core/oci/referrers.js';
import { OCI_INDEX, RegistryClient } from '../../src/core/oci/registry.js';
import {
  registryBinary,
  REGISTRY_MISSING,
  sharedRegistry,
  startReferrersFront,
  startRegistry,
  type ReferrersFront,
  type TestRegistry,
} from '../support/registry.js';
import { pushClient, pushImage } from './images.js';

const hasRegistry = registryBinary() !== undefined;
if (!hasRegistry) console.warn(REGISTRY_MISSING);

const bundleBytes = (n: number) =>
  Buffer.from(JSON.stringify({ mediaType: SIGSTORE_BUNDLE_V03, note: `bundle ${n}` }));
const attachOptions = {
  mediaType: SIGSTORE_BUNDLE_V03,
  predicateType: 'https://slsa.dev/provenance/v1',
  created: new Date(),
};

describe.skipIf(!hasRegistry)('OCI client on docker-registry 2.8 (htpasswd)', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await sharedRegistry();
  });
  afterAll(() => registry?.close());

  it('attaches bundles by the referrers tag schema and finds them again', async () => {
    const digest = await pushImage(registry, 'oci-test/tagschema', 'v1');
    const client = pushClient(registry, 'oci-test/tagschema');
    expect(await client.referrers(digest)).toBeUndefined(); // 2.8: no referrers API
    const first = await attachBundle(client, digest, bundleBytes(1), attachOptions);
    const second = await attachBundle(client, digest, bundleBytes(2), attachOptions);
    expect(first.storage).toBe('referrers-tag');
    expect(second.storage).toBe('referrers-tag');

    const index = await client.getManifest(referrersTag(digest), [OCI_INDEX]);
    const doc = JSON.parse(index!.bytes.toString()) as {
      manifests: { digest: string; artifactType: string; annotations: Record<string, string> }[];
    };
    expect(doc.manifests.map((m) => m.digest)).toEqual([first.digest, second.digest]);
    expect(doc.manifests[0]!.artifactType).toBe(SIGSTORE_BUNDLE_V03);
    expect(doc.manifests[0]!.annotations['dev.sigstore.bundle.predicateType']).toBe(
      'https://slsa.dev/provenance/v1',
    );

    // The referrer manifest is the layout cosign's bundle spec and GitHub's action use.
    const referrer = JSON.parse((await client.getManifest(first.digest))!.bytes.toString()) as Record<
      string,
      unknown
    >;
    expect(referrer).toMatchObject({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: SIGSTORE_BUNDLE_V03,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2 },
      layers: [{ mediaType: SIGSTORE_BUNDLE_V03 }],
      subject: { digest, mediaType: 'application/vnd.oci.image.manifest.v1+json' },
      annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope' },
    });

    const reader = new RegistryClient(registry.host, 'oci-test/tagschema', 'pull', {
      credentials: dockerConfigCredentials(registry.dockerConfigDir),
    });
    const found = await discoverBundles(reader, digest);
    expect(found.map((f) => f.bundle)).toEqual([
      JSON.parse(bundleBytes(1).toString()),
      JSON.parse(bundleBytes(2).toString()),
    ]);
    expect(found.every((f) => f.storage === 'referrers-tag')).toBe(true);
    // Attaching the same bundle again lists it once.
    await attachBundle(client, digest, bundleBytes(1), attachOptions);
    expect(await discoverBundles(reader, digest)).toHaveLength(2);
  });

  it('finds nothing for an image without referrers', async () => {
    const digest = await pushImage(registry, 'oci-test/bare', 'v1');
    expect(await discoverBundles(pushClient(registry, 'oci-test/bare'), digest)).toEqual([]);
  });

  it('resolves a tag to the digest of the manifest bytes', async () => {
    const digest = await pushImage(registry, 'oci-test/tags', 'v1');
    const got = await pushClient(registry, 'oci-test/tags').getManifest('v1');
    expect(got?.digest).toBe(digest);
  });

  it('refuses to attach to an image that is not in the registry', async () => {
    const client = pushClient(registry, 'oci-test/absent');
    await expect(
      attachBundle(client, `sha256:${'0'.repeat(64)}`, bundleBytes(3), attachOptions),
    ).rejects.toThrow(/is not in the registry; push the image before its attestation/);
  });

  it('without credentials: a clear error naming the registry and docker login', async () => {
    const digest = await pushImage(registry, 'oci-test/private', 'v1');
    const anonymous = new RegistryClient(registry.host, 'oci-test/private', 'pull', {
      credentials: dockerConfigCredentials(registry.emptyDockerConfigDir),
    });
    await expect(discoverBundles(anonymous, digest)).rejects.toThrow(
      `registry ${registry.host} requires authentication for oci-test/private and there are no credentials for it; run docker login ${registry.host}`,
    );
  });

  it('with wrong credentials: refused, and the password is in no message', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'docker-config-'));
    await writeFile(
      path.join(dir, 'config.json'),
      JSON.stringify({
        auths: {
          [`http://${registry.host}`]: { auth: Buffer.from('ci-user:wrong-secret').toString('base64') },
        },
      }),
    );
    const client = new RegistryClient(registry.host, 'oci-test/private', 'pull,push', {
      credentials: dockerConfigCredentials(dir),
    });
    const error = await client.headManifest('v1').catch((e: Error) => e);
    expect(String(error)).toMatch(
      /registry 127\.0\.0\.1:\d+ denied check manifest v1 in oci-test\/private \(HTTP 401/,
    );
    expect(String(error)).not.toContain('wrong-secret');
  });

  it('credential helpers: docker-credential-<name> answers for the registry', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'docker-helper-'));
    await writeFile(
      path.join(dir, 'config.json'),
      JSON.stringify({ credHelpers: { [registry.host]: 'agent-attest-test' } }),
    );
    const asked: string[] = [];
    const source = dockerConfigCredentials(dir, {
      runHelper: async (helper, server) => {
        asked.push(`${helper} ${server}`);
        return { kind: 'basic', username: registry.username, password: registry.password };
      },
    });
    const digest = await pushImage(registry, 'oci-test/helper', 'v1');
    const client = new RegistryClient(registry.host, 'oci-test/helper', 'pull', { credentials: source });
    expect((await client.headManifest(digest))?.digest).toBe(digest);
    expect(asked).toEqual([`agent-attest-test ${registry.host}`]);
  });
});

describe.skipIf(!hasRegistry)(
  'OCI client with Bearer token auth (docker-registry 2.8 + token service)',
  () => {
    let registry: TestRegistry;
    beforeAll(async () => {
      registry = await startRegistry({ auth: 'token' });
    });
    afterAll(() => registry?.close());

    it('fetches a token for the repository scope and pushes, attaches and discovers', async () => {
      const digest = await pushImage(registry, 'oci-test/bearer', 'v1');
      const client = pushClient(registry, 'oci-test/bearer');
      await attachBundle(client, digest, bundleBytes(1), attachOptions);
      const found = await discoverBundles(client, digest);
      expect(found).toHaveLength(1);
    });

    it('anonymous token without access: the error says to log in', async () => {
      const digest = await pushImage(registry, 'oci-test/bearer-private', 'v1');
      const anonymous = new RegistryClient(registry.host, 'oci-test/bearer-private', 'pull', {
        credentials: dockerConfigCredentials(registry.emptyDockerConfigDir),
      });
      await expect(anonymous.headManifest(digest)).rejects.toThrow(
        /there are no credentials for it; run docker login/,
      );
    });
  },
);

describe.skipIf(!hasRegistry)('referrers API (stand-in front on docker-registry 2.8)', () => {
  let registry: TestRegistry;
  let front: ReferrersFront;
  beforeAll(async () => {
    registry = await sharedRegistry();
    front = await startReferrersFront(registry.host);
  });
  afterAll(async () => {
    await front?.close();
    await registry?.close();
  });

  it('attaches through the referrers API, writes no referrers tag, and discovers by the API', async () => {
    const dockerConfigDir = await mkdtemp(path.join(tmpdir(), 'docker-front-'));
    const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
    await writeFile(
      path.join(dockerConfigDir, 'config.json'),
      JSON.stringify({ auths: { [front.host]: { auth } } }),
    );
    const viaFront = { host: front.host, dockerConfigDir };
    const digest = await pushImage(viaFront, 'oci-test/api', 'v1');
    const client = pushClient(viaFront, 'oci-test/api');
    const attached = await attachBundle(client, digest, bundleBytes(7), attachOptions);
    expect(attached.storage).toBe('referrers-api');
    expect(await client.getManifest(referrersTag(digest), [OCI_INDEX])).toBeUndefined();
    const found = await discoverBundles(client, digest);
    expect(found).toEqual([
      {
        bundle: JSON.parse(bundleBytes(7).toString()),
        manifestDigest: attached.digest,
        storage: 'referrers-api',
      },
    ]);
    expect(front.referrersCalls).toBeGreaterThan(0);
  });
});
