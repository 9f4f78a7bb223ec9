/**
 * Verify many in one call (issue 11): 1,000 artifacts and their 1,000 bundles (one JSONL), as whole processes,
 * against a minimal @sigstore/verify loop that does the same job — stream the JSONL, verify each bundle with the
 * same trust material, thresholds and signer policy, read each statement's subjects, hash each artifact and check
 * it is named — in the same run. Wall, CPU and peak RSS of each process; then ours again with 10× the bundles
 * (the same 1,000 repeated) to show memory stays flat.
 *
 *   npm run bench -- verify                       (the harness bundles and runs it)
 *   npm run bench -- verify -- --bundles 1000 --rounds 3
 *
 * The bundles are signed once, by the attest engine's sigstore-js signer on a devstack started in this process
 * (public-good profile: Fulcio + CT + Rekor + TSA), each over an in-toto SLSA v1 statement with one subject, and
 * kept in bench/.work/verify-bundles/ with the devstack's trusted root and the artifacts (reused while complete).
 * Ours is the CLI built from the sources (`scripts/build.mjs --outdir bench/.work/verify-dist`), run as
 * `verify ARTIFACT… --bundle all.jsonl --trusted-root … --certificate-identity … --certificate-oidc-issuer …`
 * (text output to /dev/null). The reference is bundled by esbuild like ours. Rusage comes from the child itself
 * (a `--import` preload prints process.resourceUsage() at exit); wall is measured around the spawn.
 * Goals: wall ≤ 1.1× the reference, peak RSS ≤ 1.5× the reference, and flat (10× bundles, about the same RSS).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeClaims, githubClaims } from '../src/core/oidc/index.js';
import { createSigner, readSigningConfig, signStatement } from '../src/core/sign/index.js';
import { buildStatement, serializeStatement } from '../src/core/statement/build.js';
import { GITHUB_ISSUER, startDevstack } from '../src/devstack/index.js';

const { values } = parseArgs({
  options: {
    bundles: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
  },
});
const COUNT = Number(values.bundles);
const ROUNDS = Number(values.rounds);
const WALL_GOAL = 1.1;
const RSS_GOAL = 1.5;

const root = process.cwd();
const work = path.join(root, 'bench', '.work');
const dir = path.join(work, 'verify-bundles');
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

// ── the inputs of one call ──────────────────────────────────────────────────────────────────────

/** The artifact files (content `artifact N`, what each statement's subject digests) and the JSONL. */
async function inputs(items: Item[], repeat: number): Promise<{ artifacts: string[]; jsonl: string }> {
  const artifactsDir = path.join(dir, 'artifacts');
  await mkdir(artifactsDir, { recursive: true });
  const artifacts = await Promise.all(
    items.map(async (_, i) => {
      const file = path.join(artifactsDir, `app-${i}.tgz`);
      if (!existsSync(file)) await writeFile(file, `artifact ${i}`);
      return file;
    }),
  );
  const lines = (await Promise.all(items.map(async (i) => (await readFile(i.file, 'utf8')).trim()))).join(
    '\n',
  );
  const jsonl = path.join(dir, `all-x${repeat}.jsonl`);
  await writeFile(jsonl, `${Array(repeat).fill(lines).join('\n')}\n`);
  return { artifacts, jsonl };
}

// ── the programs ────────────────────────────────────────────────────────────────────────────────

/** What a sigstore-js user would write for the same job. */
const REFERENCE_SOURCE = `import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
const [rootFile, jsonl, san, issuer, ...artifacts] = process.argv.slice(2);
const root = TrustedRoot.fromJSON(JSON.parse(readFileSync(rootFile, 'utf8')));
const verifier = new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
const policy = { subjectAlternativeName: san, extensions: { issuer } };
const named = new Set();
for await (const line of createInterface({ input: createReadStream(jsonl), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  const bundle = bundleFromJSON(JSON.parse(line));
  verifier.verify(toSignedEntity(bundle), policy);
  const statement = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8'));
  if (statement.predicateType !== 'https://slsa.dev/provenance/v1') throw new Error('predicate type');
  for (const s of statement.subject) named.add(s.digest.sha256);
}
let ok = true;
for (const a of artifacts) {
  const digest = createHash('sha256').update(readFileSync(a)).digest('hex');
  if (!named.has(digest)) ok = false;
  process.stdout.write((ok ? 'PASS ' : 'FAIL ') + a + '\\n');
}
process.exit(ok ? 0 : 1);
`;

function esbuild(entry: string, out: string): void {
  const r = spawnSync(
    path.join(root, 'node_modules', '.bin', 'esbuild'),
    [
      entry,
      `--outfile=${out}`,
      '--bundle',
      '--format=esm',
      '--platform=node',
      '--target=node24',
      '--log-level=warning',
      "--banner:js=import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);",
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error(`esbuild of ${entry} failed`);
}

async function programs(): Promise<{ reference: string; cli: string }> {
  const refDir = path.join(work, 'verify-reference');
  await mkdir(refDir, { recursive: true });
  await writeFile(path.join(refDir, 'src.mjs'), REFERENCE_SOURCE);
  esbuild(path.join(refDir, 'src.mjs'), path.join(refDir, 'main.js'));
  const dist = path.join(work, 'verify-dist');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', dist], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('scripts/build.mjs --outdir failed');
  return { reference: path.join(refDir, 'main.js'), cli: path.join(dist, 'cli.js') };
}

// ── measurement ─────────────────────────────────────────────────────────────────────────────────

/** Prints the child's own rusage at exit (maxRSS in KiB, CPU in µs). */
const RUSAGE_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`AA-RUSAGE ${u.maxRSS} ${u.userCPUTime+u.systemCPUTime}\\n`)})';

interface Sample {
  wallMs: number;
  cpuMs: number;
  rssMiB: number;
}

function runOnce(argv: string[]): Sample {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', RUSAGE_HOOK, ...argv], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  const line = r.stderr.split('\n').find((l) => l.startsWith('AA-RUSAGE '));
  if (r.status !== 0 || !line) throw new Error(`${argv[0]} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const [rss, cpu] = line.split(' ').slice(1).map(Number);
  return { wallMs, cpuMs: cpu! / 1000, rssMiB: rss! / 1024 };
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
  const { reference, cli } = await programs();
  const one = await inputs(items, 1);
  const ten = await inputs(items, 10);
  const refArgv = (jsonl: string) => [reference, rootPath, jsonl, SAN, GITHUB_ISSUER, ...one.artifacts];
  const oursArgv = (jsonl: string) => [
    cli,
    'verify',
    ...one.artifacts,
    '--bundle',
    jsonl,
    '--trusted-root',
    rootPath,
    '--certificate-identity',
    SAN,
    '--certificate-oidc-issuer',
    GITHUB_ISSUER,
  ];
  const sides = [
    { name: `minimal @sigstore/verify loop, ${COUNT} bundles (reference)`, argv: refArgv(one.jsonl) },
    {
      name: `agent-attest verify, ${COUNT} artifacts + ${COUNT} bundles, one call`,
      argv: oursArgv(one.jsonl),
    },
    {
      name: `agent-attest verify, ${COUNT} artifacts + ${10 * COUNT} bundles (10×), one call`,
      argv: oursArgv(ten.jsonl),
    },
  ];
  for (const side of sides) runOnce(side.argv); // warm-up: page cache, compile cache
  const samples = sides.map(() => [] as Sample[]);
  for (let r = 0; r < ROUNDS; r++)
    for (let k = 0; k < sides.length; k++) {
      const s = (k + r) % sides.length;
      samples[s]!.push(runOnce(sides[s]!.argv));
    }
  const rows = sides.map((side, s) => ({
    name: side.name,
    wall: median(samples[s]!.map((x) => x.wallMs)),
    cpu: median(samples[s]!.map((x) => x.cpuMs)),
    rss: median(samples[s]!.map((x) => x.rssMiB)),
  }));
  const [ref, ours, tenfold] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
  const met = (x: number, goal: number) => (x <= goal ? '(met)' : '(NOT met)');
  const wall = ours.wall / ref.wall;
  const rss = ours.rss / ref.rss;
  const lines = [
    `### verify: ${COUNT} artifacts and ${COUNT} bundles in one call, whole processes, median of ${ROUNDS} rounds`,
    '',
    '| program | wall s | vs ref | CPU s | vs ref | peak RSS MiB | vs ref |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${(r.wall / 1000).toFixed(2)} | ${(r.wall / ref.wall).toFixed(2)}× | ${(r.cpu / 1000).toFixed(2)} | ${(r.cpu / ref.cpu).toFixed(2)}× | ${r.rss.toFixed(0)} | ${(r.rss / ref.rss).toFixed(2)}× |`,
    ),
    '',
    `Goal wall ≤ ${WALL_GOAL}× the reference: ${wall.toFixed(2)}× ${met(wall, WALL_GOAL)} (CPU ${(ours.cpu / ref.cpu).toFixed(2)}×)`,
    `Goal peak RSS ≤ ${RSS_GOAL}× the reference: ${rss.toFixed(2)}× ${met(rss, RSS_GOAL)}`,
    `Flat memory: 10× the bundles, peak RSS ${(tenfold.rss / ours.rss).toFixed(2)}× (${tenfold.rss.toFixed(0)} vs ${ours.rss.toFixed(0)} MiB)`,
    '',
    'Bundles: DSSE over an in-toto SLSA v1 statement with one subject, signed on an in-process devstack (Fulcio certificate + SCT, Rekor v1 entry, RFC 3161 timestamp), bundle v0.3, one JSONL.',
    'Reference: readline over the JSONL; per line JSON.parse + bundleFromJSON + toSignedEntity + Verifier.verify({subjectAlternativeName, extensions.issuer}) + statement JSON.parse; then sha256 of each artifact file checked against the subjects.',
    'Ours: the same plus the bundle version rules and evidence caps, diagnosis-ready failures, identity and statement checks, per-artifact reports and the text output.',
    `${availableParallelism()} cores; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (CPU columns are load-independent).`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
