/**
 * Verify throughput: agent-attest's verifyArtifacts against a bare @sigstore/verify loop
 * (toSignedEntity + Verifier.verify, same trust material, same signer policy) on the same 1,000 bundles,
 * in the same process and run.
 *
 *   npm run bench -- verify                       (the harness bundles and runs it)
 *   npx esbuild bench/verify.ts --bundle --platform=node --format=esm --outfile=bench/.work/verify.mjs \
 *     --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" \
 *     && node --expose-gc bench/.work/verify.mjs [--bundles 1000] [--rounds 3]
 *
 * The bundles are signed once, by the attest engine's sigstore-js signer on a devstack started in this
 * process (public-good profile: Fulcio + CT + Rekor + TSA), each over an in-toto SLSA v1 statement with
 * one subject, and kept in bench/.work/verify-bundles/ with the devstack's trusted root (gitignored,
 * reused while complete). Both sides read each bundle from disk (page cache warm) and verify it fully;
 * ours also checks the signer identity policy, the statement (payload type, _type, predicate type) and
 * that a subject has the artifact's digest. Every side is warmed up, the rounds interleave the sides,
 * the median round counts. Goal: ours ≤ 1.2× the bare loop.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type VerificationPolicy } from '@sigstore/verify';
import { decodeClaims, githubClaims } from '../src/core/oidc/index.js';
import { createSigner, readSigningConfig, signStatement } from '../src/core/sign/index.js';
import { buildStatement, serializeStatement } from '../src/core/statement/build.js';
import { loadTrustMaterial, verifyArtifacts, type IdentityPolicy } from '../src/core/verify/index.js';
import { GITHUB_ISSUER, startDevstack } from '../src/devstack/index.js';

const { values } = parseArgs({
  options: {
    bundles: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
  },
});
const COUNT = Number(values.bundles);
const ROUNDS = Number(values.rounds);
const GOAL = 1.2;
/** Bundles per side before measuring: enough for the JIT; a full pass would double the run time. */
const WARM_UP = Math.min(100, COUNT);

const dir = path.resolve(process.cwd(), 'bench', '.work', 'verify-bundles');
const rootPath = path.join(dir, 'trusted_root.json');
const manifestPath = path.join(dir, 'manifest.json');
/** The devstack's default token claims: a push run of release.yml on main of octo-org/octo-repo. */
const SAN = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';

interface Item {
  file: string;
  /** The artifact, as `verify` takes it: the statement subject's digest. */
  artifact: string;
}

// ── the bundles (signed once, cached) ───────────────────────────────────────────────────────────

async function cachedItems(): Promise<Item[] | undefined> {
  if (!existsSync(manifestPath) || !existsSync(rootPath)) return undefined;
  const items = JSON.parse(await readFile(manifestPath, 'utf8')) as Item[];
  if (items.length < COUNT || !items.slice(0, COUNT).every((i) => existsSync(i.file))) return undefined;
  return items.slice(0, COUNT);
}

async function signBundles(): Promise<Item[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const stack = await startDevstack({ profile: 'public-good' });
  const started = performance.now();
  try {
    const { signingConfigPath } = await stack.writeFiles(dir); // trusted_root.json beside the bundles
    const endpoints = await readSigningConfig(signingConfigPath);
    const items: Item[] = [];
    const CHUNK = 50; // a fresh token (and ephemeral key) per chunk: tokens live minutes
    const PARALLEL = 4;
    for (let start = 0; start < COUNT; start += CHUNK) {
      const token = await stack.issueToken();
      const identity = { token, claims: decodeClaims(token, 'devstack'), source: 'devstack' };
      const claims = githubClaims(identity.claims)!;
      const signer = createSigner(endpoints, identity);
      const indexes = Array.from({ length: Math.min(CHUNK, COUNT - start) }, (_, k) => start + k);
      for (let k = 0; k < indexes.length; k += PARALLEL) {
        await Promise.all(
          indexes.slice(k, k + PARALLEL).map(async (i) => {
            const sha256 = createHash('sha256').update(`artifact ${i}`).digest('hex');
            const statement = buildStatement({
              subjects: [{ name: `app-${i}.tgz`, digest: { sha256 } }],
              context: { kind: 'github', claims, serverUrl: 'https://github.com' },
            });
            const signed = await signStatement(serializeStatement(statement), endpoints, identity, {
              signer,
            });
            const file = path.join(dir, `${String(i).padStart(5, '0')}.sigstore.json`);
            await writeFile(file, JSON.stringify(signed.bundle));
            items[i] = { file, artifact: `sha256:${sha256}` };
          }),
        );
      }
      process.stderr.write(`\rsigned ${Math.min(start + CHUNK, COUNT)}/${COUNT} bundles on the devstack`);
    }
    process.stderr.write(` in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    await writeFile(manifestPath, JSON.stringify(items));
    return items;
  } finally {
    await stack.close();
  }
}

// ── the sides ───────────────────────────────────────────────────────────────────────────────────

const identity: IdentityPolicy = { certificateIdentity: SAN, oidcIssuer: GITHUB_ISSUER };

/** Bare sigstore-js: trust material once; per bundle read, parse, toSignedEntity, Verifier.verify. */
async function bareSide(): Promise<(items: Item[]) => Promise<void>> {
  const root = TrustedRoot.fromJSON(JSON.parse(await readFile(rootPath, 'utf8')));
  // The thresholds agent-attest picks for a root with logs and CT logs (thresholdsFor).
  const verifier = new Verifier(toTrustMaterial(root), {
    tlogThreshold: 1,
    ctlogThreshold: 1,
    timestampThreshold: 1,
  });
  const policy: VerificationPolicy = {
    subjectAlternativeName: SAN,
    extensions: { issuer: GITHUB_ISSUER },
  };
  return async (items) => {
    for (const item of items) {
      const bundle = bundleFromJSON(JSON.parse(await readFile(item.file, 'utf8')));
      verifier.verify(toSignedEntity(bundle), policy); // throws on any failure
    }
  };
}

/** Ours, one verifyArtifacts call per bundle: what a gate verifying one artifact pays (root parsed each call). */
async function oursPerBundle(items: Item[]): Promise<void> {
  for (const item of items) {
    const report = await verifyArtifacts({
      artifacts: [item.artifact],
      bundlePaths: [item.file],
      trustedRoot: rootPath,
      identity,
    });
    if (!report.ok) throw new Error(`ours failed ${item.file}: ${JSON.stringify(report.artifacts[0])}`);
  }
}

/**
 * Ours, one verifyArtifacts call for all the bundles and one artifact: the root is parsed once and every
 * bundle goes through every check (the other bundles then fail the subject match, as they must).
 */
async function oursOneCall(items: Item[]): Promise<void> {
  const report = await verifyArtifacts({
    artifacts: [items[0]!.artifact],
    bundlePaths: items.map((i) => i.file),
    trustedRoot: rootPath,
    identity,
  });
  const a = report.artifacts[0]!;
  const unexpected = a.failures.filter((f) => f.code !== 'SUBJECT_MISMATCH');
  if (!report.ok || a.verified.length !== 1 || unexpected.length > 0)
    throw new Error(`ours (one call) did not verify as expected: ${JSON.stringify(unexpected[0] ?? a)}`);
}

// ── measurement ─────────────────────────────────────────────────────────────────────────────────

interface Sample {
  wallMs: number;
  cpuMs: number;
}

async function measure(fn: () => Promise<void>): Promise<Sample> {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  const cached = await cachedItems();
  if (cached) process.stderr.write(`reusing ${cached.length} bundles in ${dir}\n`);
  const items = cached ?? (await signBundles());
  // Fail early and clearly if the trusted root cannot be read by our loader either.
  await loadTrustMaterial(rootPath);

  const bare = await bareSide();
  const sides = [
    { name: 'bare @sigstore/verify loop (reference)', run: bare },
    { name: 'agent-attest verifyArtifacts, 1 call per bundle', run: oursPerBundle },
    { name: `agent-attest verifyArtifacts, 1 call for all ${COUNT}`, run: oursOneCall },
  ];
  // Warm-up: JIT, lazy imports, page cache (each bundle file read once).
  for (const side of sides) await side.run(items.slice(0, WARM_UP));
  await Promise.all(items.map((i) => readFile(i.file)));

  const samples = sides.map(() => [] as Sample[]);
  for (let r = 0; r < ROUNDS; r++) {
    // Rotate the order so no side always runs right after another's garbage.
    for (let k = 0; k < sides.length; k++) {
      const s = (k + r) % sides.length;
      samples[s]!.push(await measure(() => sides[s]!.run(items)));
    }
  }

  const per = (xs: number[]) => median(xs) / COUNT;
  const rows = sides.map((side, s) => ({
    name: side.name,
    wall: per(samples[s]!.map((x) => x.wallMs)),
    cpu: per(samples[s]!.map((x) => x.cpuMs)),
  }));
  const ref = rows[0]!;
  const lines = [
    `### verify: ${COUNT} bundles, median of ${ROUNDS} rounds (same process, same run)`,
    '',
    '| side | ms per bundle (wall) | vs bare | CPU ms per bundle | CPU vs bare |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.wall.toFixed(3)} | ${(r.wall / ref.wall).toFixed(2)}× | ${r.cpu.toFixed(3)} | ${(r.cpu / ref.cpu).toFixed(2)}× |`,
    ),
    '',
  ];
  const met = (x: number) => (x <= GOAL ? '(met)' : '(NOT met)');
  for (const r of rows.slice(1)) {
    const w = r.wall / ref.wall;
    const c = r.cpu / ref.cpu;
    lines.push(
      `Goal ≤ ${GOAL.toFixed(1)}× bare — ${r.name}: wall ${w.toFixed(2)}× ${met(w)}, CPU ${c.toFixed(2)}× ${met(c)}`,
    );
  }
  lines.push(
    '',
    'Bundles: DSSE over an in-toto SLSA v1 statement with one subject, signed on an in-process devstack (Fulcio certificate + SCT, Rekor v1 entry, RFC 3161 timestamp), bundle v0.3.',
    'Bare: trust material built once; per bundle readFile + JSON.parse + bundleFromJSON + toSignedEntity + Verifier.verify with {subjectAlternativeName, extensions.issuer}.',
    'Ours: verifyArtifacts with the subject digest as the artifact (sha256:HEX), --certificate-identity + --certificate-oidc-issuer; reads the trusted root file, checks bundle version rules, crypto, identity, statement, subject.',
    `${availableParallelism()} cores; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (CPU columns are load-independent).`,
    '',
  );
  process.stdout.write(lines.join('\n'));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
