/**
 * `agent-attest verify oci://…` end to end: images attested with --push-to-registry on the devstack, then
 * verified by digest and by tag, bundles found in the registry (tag schema; referrers API through the
 * stand-in front), the signer pinned and the policy applied as for files; a tag moved after the release.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as verifyCli } from '../../src/cli/commands/verify.js';
import { dockerConfigCredentials } from '../../src/core/oci/credentials.js';
import { RegistryClient } from '../../src/core/oci/registry.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import {
  registryBinary,
  REGISTRY_MISSING,
  sharedRegistry,
  startReferrersFront,
  type ReferrersFront,
  type TestRegistry,
} from '../support/registry.js';
import { GitRepo } from '../support/gitrepo.js';
import { fakeIO } from '../verify/helpers.js';
import { attestImages, mergedDockerConfig, pushImage } from './images.js';

const hasRegistry = registryBinary() !== undefined;
if (!hasRegistry) console.warn(REGISTRY_MISSING);

const WORKFLOW = 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';

let stack: TestDevstack;
let registry: TestRegistry;
let root: string;
let repo: GitRepo;
/** Two images attested in one run: `verify/api:v1` and `verify/web:v1`. */
const released: { api: string; web: string; apiBundle: string } = { api: '', web: '', apiBundle: '' };

beforeAll(async () => {
  if (!hasRegistry) return;
  [stack, registry] = await Promise.all([startTestDevstack(), sharedRegistry()]);
  root = await mkdtemp(path.join(tmpdir(), 'aa-verify-image-'));
  // The release's history: one commit by Claude Code, so the statement carries agent facts.
  repo = await GitRepo.create();
  const init = await repo.commit({ message: 'init', files: { 'README.md': 'hello' } });
  const head = await repo.commit({
    message: 'feat: api\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>',
    files: { 'src/api.ts': 'export const api = 1;' },
  });
  released.api = await pushImage(registry, 'verify/api', 'v1');
  released.web = await pushImage(registry, 'verify/web', 'v1');
  const r = await attestImages(
    stack,
    path.join(root, 'release'),
    [
      '--subject-image',
      `${registry.host}/verify/api@${released.api}`,
      '--subject-image',
      `${registry.host}/verify/web@${released.web}`,
      '--push-to-registry',
      '--repo-path',
      repo.path,
      '--base',
      init,
      '--head',
      head,
      '--format',
      'json',
    ],
    registry.dockerConfigDir,
  );
  if (r.code !== 0) throw new Error(`attest failed: ${r.err}`);
  released.apiBundle = r.json().attestations[0]!.bundlePath;
}, 120_000);

afterAll(async () => {
  await Promise.all([stack?.close(), registry?.close(), repo?.remove()]);
  if (root) await rm(root, { recursive: true, force: true });
});

async function verify(args: string[], dockerConfigDir = registry.dockerConfigDir) {
  const io = fakeIO(root);
  const before = process.env.DOCKER_CONFIG;
  process.env.DOCKER_CONFIG = dockerConfigDir; // the CLI reads its environment, as in a deploy job
  try {
    const code = await verifyCli(args, io);
    return { code, out: io.out, err: io.err, json: () => JSON.parse(io.out) };
  } finally {
    if (before === undefined) delete process.env.DOCKER_CONFIG;
    else process.env.DOCKER_CONFIG = before;
  }
}

const pinned = () => ['--signer-workflow', WORKFLOW, '--trusted-root', stack.trustedRootPath];

describe.skipIf(!hasRegistry)('verify oci://', () => {
  it('verifies several images by digest with the bundles found in the registry', async () => {
    const api = `${registry.host}/verify/api@${released.api}`;
    const web = `${registry.host}/verify/web@${released.web}`;
    const r = await verify([`oci://${api}`, `oci://${web}`, ...pinned(), '--format', 'json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc.decision).toBe('pass');
    expect(doc.artifacts.map((a: { name: string }) => a.name)).toEqual([api, web]);
    expect(doc.artifacts[0].image).toEqual({
      reference: `oci://${api}`,
      digest: released.api,
      registryBundles: 1,
    });
    expect(doc.artifacts[0].verified[0].bundle.path).toMatch(
      new RegExp(
        `^${registry.host.replace(/\./g, '\\.')}/verify/api@sha256:[0-9a-f]{64} \\(referrers tag\\)$`,
      ),
    );
  });

  it('resolves a tag to its digest and reports the digest verified', async () => {
    const r = await verify([`oci://${registry.host}/verify/web:v1`, ...pinned()]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^PASS {2}1 artifact\(s\): signature verified/);
    expect(r.out).toContain(`\n${registry.host}/verify/web@${released.web}  (tag v1 now)\n`);
  });

  it('pins the signer: another workflow fails every bundle', async () => {
    const r = await verify([
      `oci://${registry.host}/verify/api@${released.api}`,
      '--signer-workflow',
      'octo-org/octo-repo/.github/workflows/other.yml@refs/heads/main',
      '--trusted-root',
      stack.trustedRootPath,
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('IDENTITY_MISMATCH');
  });

  it('applies the policy as for files: an allowed agent passes, a denied one fails', async () => {
    const image = `oci://${registry.host}/verify/api@${released.api}`;
    const allowed = await verify([image, ...pinned(), '--allowed-agents', 'claude-code']);
    expect(allowed.code).toBe(0);
    expect(allowed.out).toMatch(/ok +agents\.allowed/);
    const denied = await verify([image, ...pinned(), '--denied-agents', 'claude-code']);
    expect(denied.code).toBe(1);
    expect(denied.out).toMatch(/FAIL +agents\.denied/);
  });

  it('a tag moved after the release: the tag resolves to the new image, which no bundle attests', async () => {
    const old = await pushImage(registry, 'verify/moved', 'v1', 'moved-old');
    const release = await attestImages(
      stack,
      path.join(root, 'moved'),
      ['--subject-image', `${registry.host}/verify/moved@${old}`, '--push-to-registry', '--format', 'json'],
      registry.dockerConfigDir,
    );
    expect(release.code).toBe(0);
    const oldBundle = release.json().attestations[0]!.bundlePath;
    expect((await verify([`oci://${registry.host}/verify/moved:v1`, ...pinned()])).code).toBe(0);

    const moved = await pushImage(registry, 'verify/moved', 'v1', 'moved-new'); // someone re-tags v1
    expect(moved).not.toBe(old);
    const byTag = await verify([`oci://${registry.host}/verify/moved:v1`, ...pinned()]);
    expect(byTag.code).toBe(1);
    expect(byTag.err).toContain(
      `the registry holds no attestation for ${registry.host}/verify/moved@${moved}`,
    );

    // Given the old bundle outright, it still does not cover what the tag names now.
    const withOld = await verify([
      `oci://${registry.host}/verify/moved:v1`,
      '--bundle',
      oldBundle,
      ...pinned(),
      '--format',
      'json',
    ]);
    expect(withOld.code).toBe(1);
    const doc = withOld.json();
    expect(doc.artifacts[0].name).toBe(`${registry.host}/verify/moved@${moved}`);
    expect(doc.artifacts[0].image).toMatchObject({ digest: moved, tag: 'v1' });
    expect(doc.artifacts[0].failures[0].code).toBe('SUBJECT_MISMATCH');
    // The old digest, pinned, still verifies.
    expect((await verify([`oci://${registry.host}/verify/moved@${old}`, ...pinned()])).code).toBe(0);
  });

  it('an image with no attestation fails (exit 1) and says how to attest it', async () => {
    const bare = await pushImage(registry, 'verify/bare', 'v1');
    const r = await verify([`oci://${registry.host}/verify/bare@${bare}`, ...pinned()]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('attest it with push-to-registry, or pass --bundle FILE');
  });

  it('credentials required and missing: exit 2, docker login named', async () => {
    const r = await verify(
      [`oci://${registry.host}/verify/api@${released.api}`, ...pinned()],
      registry.emptyDockerConfigDir,
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `requires authentication for verify/api and there are no credentials for it; run docker login ${registry.host}`,
    );
  });

  it('a tag that does not exist: exit 2, named', async () => {
    const r = await verify([`oci://${registry.host}/verify/api:nope`, ...pinned()]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`the registry has no tag nope in ${registry.host}/verify/api`);
  });

  it('a short name without a registry host is refused', async () => {
    const r = await verify(['oci://app:v1', ...pinned()]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is not an image reference (no registry host)');
  });
});

describe.skipIf(!hasRegistry)('verify oci:// through the referrers API (stand-in front)', () => {
  let front: ReferrersFront;
  let config: string;
  beforeAll(async () => {
    front = await startReferrersFront(registry.host);
    config = await mergedDockerConfig([{ ...registry, host: front.host }]);
  });
  afterAll(() => front?.close());

  it('finds the bundle by the referrers API and verifies it', async () => {
    const viaFront = { host: front.host, dockerConfigDir: config };
    const digest = await pushImage(viaFront, 'verify/front', 'v1');
    const release = await attestImages(
      stack,
      path.join(root, 'front'),
      ['--subject-image', `${front.host}/verify/front@${digest}`, '--push-to-registry'],
      config,
    );
    expect(release.code).toBe(0);
    const r = await verify([`oci://${front.host}/verify/front:v1`, ...pinned(), '--format', 'json'], config);
    expect(r.code).toBe(0);
    expect(r.json().artifacts[0].verified[0].bundle.path).toContain('(referrers API)');
  });
});

describe.skipIf(!hasRegistry)(
  'interoperability with @sigstore/oci (what GitHub’s attest action pushes with)',
  () => {
    it('a bundle attached by @sigstore/oci is found and verified; our referrer has the same layout', async () => {
      const { attachArtifactToImage } = await import('@sigstore/oci');
      const digest = await pushImage(registry, 'verify/interop', 'v1');
      const ours = await pushImage(registry, 'verify/interop-ours', 'v1');
      // Sign without pushing, then push the bundle exactly as actions/attest does.
      const release = await attestImages(
        stack,
        path.join(root, 'interop'),
        ['--subject-name', `${registry.host}/verify/interop`, '--subject-digest', digest, '--format', 'json'],
        registry.dockerConfigDir,
      );
      expect(release.code).toBe(0);
      const bundle = await readFile(release.json().attestations[0]!.bundlePath);
      const attached = await attachArtifactToImage({
        credentials: { username: registry.username, password: registry.password },
        imageName: `${registry.host}/verify/interop`,
        imageDigest: digest,
        artifact: bundle,
        mediaType: (JSON.parse(bundle.toString()) as { mediaType: string }).mediaType,
        annotations: {
          'dev.sigstore.bundle.content': 'dsse-envelope',
          'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
        },
        fetchOpts: { retry: false, timeout: 10_000, proxy: undefined, noProxy: undefined },
      });
      const r = await verify([`oci://${registry.host}/verify/interop:v1`, ...pinned(), '--format', 'json']);
      expect(r.code, r.err).toBe(0);
      expect(r.json().artifacts[0].verified[0].bundle.path).toBe(
        `${registry.host}/verify/interop@${attached.digest} (referrers tag)`,
      );

      // Our push of the same kind of bundle: the same manifest layout, key for key.
      const pushedByUs = await attestImages(
        stack,
        path.join(root, 'interop-ours'),
        [
          '--subject-image',
          `${registry.host}/verify/interop-ours@${ours}`,
          '--push-to-registry',
          '--format',
          'json',
        ],
        registry.dockerConfigDir,
      );
      const ourRef = pushedByUs.json().attestations[0]!.push!.reference!;
      const read = (repo: string, ref: string) =>
        new RegistryClient(registry.host, repo, 'pull', {
          credentials: dockerConfigCredentials(registry.dockerConfigDir),
        })
          .getManifest(ref)
          .then((m) => JSON.parse(m!.bytes.toString()) as Record<string, unknown>);
      const theirs = await read('verify/interop', attached.digest);
      const mine = await read('verify/interop-ours', ourRef.split('@')[1]!);
      const shape = (m: Record<string, unknown>) => ({
        keys: Object.keys(m).sort(),
        artifactType: m.artifactType,
        config: m.config,
        layerTypes: (m.layers as { mediaType: string }[]).map((l) => l.mediaType),
        subjectType: (m.subject as { mediaType: string }).mediaType,
        annotationKeys: Object.keys(m.annotations as object).sort(),
      });
      expect(shape(mine)).toEqual(shape(theirs));
    });
  },
);
