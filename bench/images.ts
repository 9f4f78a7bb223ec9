/**
 * Images: `attest --push-to-registry` of 20 images in one run (one statement and signature per image, each
 * bundle attached to its image as an OCI referrer), time per image, beside one sigstore-js sign
 * (`sigstore.attest` of one in-toto statement) on the same Sigstore stack, in the same process and run.
 *
 *   npm run bench -- images
 *   npx esbuild bench/images.ts --bundle --platform=node --format=esm --outfile=bench/.work/images.mjs \
 *     --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" \
 *     && node bench/.work/images.mjs [--images 20] [--rounds 3]
 *
 * Services: a devstack started in this process (public-good profile: Fulcio + CT, Rekor, TSA) and Debian's
 * docker-registry 2.8 on 127.0.0.1 with htpasswd auth (skipped, with a message, when it is not installed).
 * The images are pushed through the registry API before timing. Each round: one sigstore-js sign, then one
 * attest run of all the images with push-to-registry; the median round counts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { attest as sigstoreAttest } from 'sigstore';
import { attest } from '../src/core/attest/index.js';
import { readEnvironment } from '../src/core/config.js';
import { SLSA_PROVENANCE_V1 } from '../src/core/statement/types.js';
import { startDevstack } from '../src/devstack/index.js';
import { pushImage } from '../test/oci/images.js';
import { registryBinary, REGISTRY_MISSING, startRegistry } from '../test/support/registry.js';

const { values } = parseArgs({
  options: { images: { type: 'string', default: '20' }, rounds: { type: 'string', default: '3' } },
});
const COUNT = Number(values.images);
const ROUNDS = Number(values.rounds);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  if (!registryBinary()) {
    process.stdout.write(`## images\n\n${REGISTRY_MISSING}\n`);
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'aa-bench-images-'));
  const stack = await startDevstack({ profile: 'public-good' });
  const registry = await startRegistry({ auth: 'htpasswd' });
  try {
    const { signingConfigPath } = await stack.writeFiles(dir);
    const images: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const repo = `bench/app-${i % 5}`; // five repositories, four images each
      images.push(`${registry.host}/${repo}@${await pushImage(registry, repo, `v${i}`, `bench image ${i}`)}`);
    }
    const env = readEnvironment({
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.idTokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.idTokenRequestToken,
      RUNNER_TEMP: dir,
      DOCKER_CONFIG: registry.dockerConfigDir,
    });
    const statement = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'app', digest: { sha256: 'ab'.repeat(32) } }],
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {},
      }),
    );
    const signOnce = async () => {
      const identityToken = await stack.issueToken();
      const t = performance.now();
      await sigstoreAttest(statement, 'application/vnd.in-toto+json', {
        fulcioURL: stack.urls.fulcio,
        rekorURL: stack.urls.rekor,
        tsaServerURL: stack.urls.tsa,
        identityToken,
      });
      return performance.now() - t;
    };
    const attestAll = async (round: number) => {
      const t = performance.now();
      const result = await attest(
        {
          subjects: { images },
          sign: true,
          pushToRegistry: true,
          sigstore: signingConfigPath,
          bundleOut: path.join(dir, `round-${round}`, 'attestation.sigstore.json'),
        },
        { env, cwd: dir },
      );
      const ms = performance.now() - t;
      const pushed = result.attestations.filter((a) => a.push?.status === 'pushed').length;
      if (pushed !== COUNT) throw new Error(`only ${pushed} of ${COUNT} images pushed`);
      return ms;
    };
    await signOnce(); // warm-up: connections, JIT
    await attestAll(-1);
    const sign: number[] = [];
    const ours: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      sign.push(await signOnce());
      ours.push(await attestAll(r));
    }
    const reference = median(sign);
    const total = median(ours);
    const perImage = total / COUNT;
    const lines = [
      `## images: attest --push-to-registry of ${COUNT} images in one run (median of ${ROUNDS} rounds)`,
      '',
      '| what | total ms | ms per image | ratio to one sigstore-js sign |',
      '| --- | ---: | ---: | ---: |',
      `| sigstore-js \`attest()\` of one statement (reference) | ${reference.toFixed(1)} | ${reference.toFixed(1)} | 1.00× |`,
      `| agent-attest: ${COUNT} images, a statement + signature + registry push each | ${total.toFixed(1)} | ${perImage.toFixed(1)} | ${(perImage / reference).toFixed(2)}× |`,
      '',
      "Ours per image = one Fulcio certificate, DSSE signature, Rekor entry and TSA timestamp (four signed at once), the bundle written to disk, then one OCI referrer push (bundle blob, empty config, referrer manifest, sha256-<digest> index update; four images at once; docker-registry 2.8, htpasswd auth), plus the run's fixed costs (subjects, token, signing config) spread over the images.",
      `Devstack in this process (public-good profile); docker-registry on 127.0.0.1. ${availableParallelism()} cores; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}.`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    await registry.close();
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
