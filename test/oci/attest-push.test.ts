/**
 * `agent-attest attest --push-to-registry` end to end: images pushed through the registry API to a real
 * docker-registry, attested on the devstack in GitHub mode, each bundle attached to its image; a registry
 * that refuses, one that wants credentials we lack, the referrers API (stand-in front), OCI layouts on disk.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { create, WriteEntry } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerConfigCredentials } from '../../src/core/oci/credentials.js';
import { discoverBundles } from '../../src/core/oci/referrers.js';
import { RegistryClient } from '../../src/core/oci/registry.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import {
  registryBinary,
  REGISTRY_MISSING,
  sharedRegistry,
  startReferrersFront,
  startRegistry,
  type ReferrersFront,
  type TestRegistry,
} from '../support/registry.js';
import { attestImages, imageManifest, mergedDockerConfig, pushImage } from './images.js';

const hasRegistry = registryBinary() !== undefined;
if (!hasRegistry) console.warn(REGISTRY_MISSING);

let stack: TestDevstack;
let registry: TestRegistry;
let root: string;

beforeAll(async () => {
  if (!hasRegistry) return;
  [stack, registry] = await Promise.all([startTestDevstack(), sharedRegistry()]);
  root = await mkdtemp(path.join(tmpdir(), 'aa-attest-push-'));
}, 120_000);

afterAll(async () => {
  await Promise.all([stack?.close(), registry?.close()]);
  if (root) await rm(root, { recursive: true, force: true });
});

const reader = (r: { host: string; dockerConfigDir: string }, repo: string) =>
  new RegistryClient(r.host, repo, 'pull', { credentials: dockerConfigCredentials(r.dockerConfigDir) });

describe.skipIf(!hasRegistry)('attest --push-to-registry', () => {
  it('attests and pushes several images in one run, each bundle on disk and in its registry', async () => {
    const images = [
      `${registry.host}/push/api@${await pushImage(registry, 'push/api', 'v1')}`,
      `${registry.host}/push/web@${await pushImage(registry, 'push/web', 'v1')}`,
      `${registry.host}/push/worker@${await pushImage(registry, 'push/worker', 'v1')}`,
    ];
    const ws = path.join(root, 'several');
    const r = await attestImages(
      stack,
      ws,
      [...images.flatMap((i) => ['--subject-image', i]), '--push-to-registry', '--format', 'json'],
      registry.dockerConfigDir,
    );
    expect(r.err).not.toMatch(/failed/i);
    expect(r.code).toBe(0);
    const result = r.json();
    expect(result.attestations).toHaveLength(3);
    for (const [i, a] of result.attestations.entries()) {
      const [name, digest] = images[i]!.split('@') as [string, string];
      // One statement per image, naming it as GitHub's action does.
      expect(a.subjects).toEqual([{ name, digest: { sha256: digest.slice(7) } }]);
      expect(a.push).toMatchObject({ status: 'pushed', storage: 'referrers-tag' });
      const repo = name.slice(registry.host.length + 1);
      const found = await discoverBundles(reader(registry, repo), digest);
      expect(found).toHaveLength(1);
      expect(found[0]!.bundle).toEqual(JSON.parse(await readFile(a.bundlePath, 'utf8')));
      expect(a.push!.reference).toBe(`${name}@${found[0]!.manifestDigest}`);
    }
  });

  it('a registry that refuses the push: the image is named, the other bundles are pushed and every bundle kept', async () => {
    // A registry in read-only maintenance mode holding an image pushed before: it refuses every write.
    const dir = await mkdtemp(path.join(tmpdir(), 'aa-readonly-'));
    const writable = await startRegistry({ auth: 'htpasswd', dir });
    const digest = await pushImage(writable, 'locked/app', 'v1');
    await writable.close();
    const readonly = await startRegistry({
      auth: 'htpasswd',
      dir,
      readonly: true,
      password: writable.password,
    });
    try {
      const ok = `${registry.host}/push/ok@${await pushImage(registry, 'push/ok', 'v1')}`;
      const locked = `${readonly.host}/locked/app@${digest}`;
      const config = await mergedDockerConfig([registry, readonly]);
      const ws = path.join(root, 'refused');
      const r = await attestImages(
        stack,
        ws,
        ['--subject-image', locked, '--subject-image', ok, '--push-to-registry'],
        config,
      );
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        `push-to-registry failed for 1 of 2 image(s): ${locked}: registry ${readonly.host} refused`,
      );
      expect(r.err).toMatch(/\(bundle kept at .*attestation-1\.sigstore\.json\)/);
      // The text result was printed first: both bundles, one pushed.
      expect(r.out).toMatch(/NOT PUSHED .*locked\/app@sha256:/);
      expect(r.out).toMatch(/pushed +127\.0\.0\.1:\d+\/push\/ok@sha256:[0-9a-f]{64} +\(referrers tag\)/);
      await readFile(path.join(ws, 'attestation-1.sigstore.json'), 'utf8');
      await readFile(path.join(ws, 'attestation-2.sigstore.json'), 'utf8');
      expect(await discoverBundles(reader(registry, 'push/ok'), ok.split('@')[1]!)).toHaveLength(1);
    } finally {
      await readonly.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('credentials required and missing: says to docker login, keeps the bundle', async () => {
    const image = `${registry.host}/push/nologin@${await pushImage(registry, 'push/nologin', 'v1')}`;
    const ws = path.join(root, 'nologin');
    const r = await attestImages(
      stack,
      ws,
      ['--subject-image', image, '--push-to-registry'],
      registry.emptyDockerConfigDir,
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${image}: registry ${registry.host} requires authentication for push/nologin and there are no credentials for it; run docker login ${registry.host}`,
    );
    expect(r.err).toContain(`bundle kept at ${path.join(ws, 'attestation.sigstore.json')}`);
    expect(r.err).not.toContain(registry.password);
  });

  it('subject-name + subject-digest (GitHub’s inputs) is one image, pushed', async () => {
    const digest = await pushImage(registry, 'push/named', 'v1');
    const r = await attestImages(
      stack,
      path.join(root, 'named'),
      [
        '--subject-name',
        `${registry.host}/push/named`,
        '--subject-digest',
        digest,
        '--push-to-registry',
        '--format',
        'json',
      ],
      registry.dockerConfigDir,
    );
    expect(r.code).toBe(0);
    expect(r.json().attestations[0]!.push?.status).toBe('pushed');
  });

  it('push-to-registry without images is a usage error', async () => {
    const ws = path.join(root, 'noimages');
    await mkdir(ws, { recursive: true });
    await writeFile(path.join(ws, 'app.tgz'), 'x');
    const r = await attestImages(
      stack,
      ws,
      ['--subject-path', 'app.tgz', '--push-to-registry'],
      registry.dockerConfigDir,
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('push-to-registry needs image subjects');
  });

  it('a subject-image without a digest is refused before anything is signed', async () => {
    const ws = path.join(root, 'tagonly');
    const r = await attestImages(
      stack,
      ws,
      ['--subject-image', `${registry.host}/push/api:v1`],
      registry.dockerConfigDir,
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('it needs @sha256:HEX, the digest that was built');
  });
});

describe.skipIf(!hasRegistry)('attest --push-to-registry through the referrers API (stand-in front)', () => {
  let front: ReferrersFront;
  let config: string;
  beforeAll(async () => {
    front = await startReferrersFront(registry.host);
    config = await mergedDockerConfig([{ ...registry, host: front.host }]);
  });
  afterAll(() => front?.close());

  it('stores the bundle as a referrer the registry indexes (no sha256- tag)', async () => {
    const viaFront = { host: front.host, dockerConfigDir: config };
    const digest = await pushImage(viaFront, 'push/api-front', 'v1');
    const r = await attestImages(
      stack,
      path.join(root, 'front'),
      ['--subject-image', `${front.host}/push/api-front@${digest}`, '--push-to-registry', '--format', 'json'],
      config,
    );
    expect(r.code).toBe(0);
    expect(r.json().attestations[0]!.push).toMatchObject({ status: 'pushed', storage: 'referrers-api' });
    const found = await discoverBundles(reader(viaFront, 'push/api-front'), digest);
    expect(found.map((f) => f.storage)).toEqual(['referrers-api']);
  });
});

describe.skipIf(!hasRegistry)('attest --subject-image-path (OCI layouts a build wrote)', () => {
  async function layout(dir: string, seed: string, annotations: Record<string, string>) {
    const { manifest, blobs } = imageManifest(seed);
    const { sha256Digest } = await import('../../src/core/oci/registry.js');
    const files: Record<string, Buffer | string> = {
      'oci-layout': '{"imageLayoutVersion":"1.0.0"}',
      'index.json': JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: sha256Digest(manifest),
            size: manifest.length,
            annotations,
          },
        ],
      }),
    };
    for (const b of [manifest, ...blobs]) files[`blobs/sha256/${sha256Digest(b).slice(7)}`] = b;
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
    }
    return { digest: sha256Digest(manifest), manifest, blobs, files };
  }

  it('attests the manifest digest of a layout directory and of a tarball, named by annotation or subject-name', async () => {
    const ws = path.join(root, 'layouts');
    const dirLayout = await layout(path.join(ws, 'oci-dir'), 'layout-dir', {
      'io.containerd.image.name': `${registry.host}/layout/dir:v1`,
    });
    const tarSource = await layout(path.join(ws, 'oci-tar-src'), 'layout-tar', {
      'org.opencontainers.image.ref.name': 'v1',
    });
    await create({ file: path.join(ws, 'image.tar'), cwd: path.join(ws, 'oci-tar-src') }, [
      'oci-layout',
      'index.json',
      'blobs',
    ]);
    // Both images are in the registry too (as a build with --push leaves them).
    await pushImage(registry, 'layout/dir', 'v1', 'layout-dir');
    await pushImage(registry, 'layout/tar', 'v1', 'layout-tar');

    const dirRun = await attestImages(
      stack,
      ws,
      [
        '--subject-image-path',
        'oci-dir',
        '--push-to-registry',
        '--format',
        'json',
        '--bundle-out',
        'dir.sigstore.json',
      ],
      registry.dockerConfigDir,
    );
    expect(dirRun.code).toBe(0);
    expect(dirRun.json().attestations[0]).toMatchObject({
      subjects: [{ name: `${registry.host}/layout/dir`, digest: { sha256: dirLayout.digest.slice(7) } }],
      push: { status: 'pushed' },
    });

    const tarRun = await attestImages(
      stack,
      ws,
      [
        '--subject-image-path',
        'image.tar',
        '--subject-name',
        `${registry.host}/layout/tar`,
        '--push-to-registry',
        '--format',
        'json',
        '--bundle-out',
        'tar.sigstore.json',
      ],
      registry.dockerConfigDir,
    );
    expect(tarRun.code).toBe(0);
    expect(tarRun.json().attestations[0]!.subjects).toEqual([
      { name: `${registry.host}/layout/tar`, digest: { sha256: tarSource.digest.slice(7) } },
    ]);
  });

  it('refuses a layout whose manifest blob is missing or altered, and one that names no image', async () => {
    const ws = path.join(root, 'bad-layouts');
    const l = await layout(path.join(ws, 'tampered'), 'tampered', {
      'io.containerd.image.name': `${registry.host}/layout/t:v1`,
    });
    await writeFile(path.join(ws, 'tampered', 'blobs', 'sha256', l.digest.slice(7)), '{"changed":true}');
    const tampered = await attestImages(
      stack,
      ws,
      ['--subject-image-path', 'tampered', '--no-sign'],
      registry.dockerConfigDir,
    );
    expect(tampered.code).toBe(2);
    expect(tampered.err).toContain(`lists manifest ${l.digest} but holds no blob with that content`);

    await layout(path.join(ws, 'unnamed'), 'unnamed', { 'org.opencontainers.image.ref.name': 'latest' });
    const unnamed = await attestImages(
      stack,
      ws,
      ['--subject-image-path', 'unnamed', '--no-sign'],
      registry.dockerConfigDir,
    );
    expect(unnamed.code).toBe(2);
    expect(unnamed.err).toContain('does not name its image');

    await create({ file: path.join(ws, 'old-docker-save.tar'), cwd: ws }, [
      new WriteEntry({ path: 'manifest.json', mode: 0o644, mtime: new Date(0) }, '[]'),
    ]);
    const old = await attestImages(
      stack,
      ws,
      ['--subject-image-path', 'old-docker-save.tar', '--no-sign'],
      registry.dockerConfigDir,
    );
    expect(old.code).toBe(2);
    expect(old.err).toContain('has no index.json (a docker save tarball from Docker before 25');
  });
});
