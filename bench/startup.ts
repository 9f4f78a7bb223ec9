/**
 * What a deploy gate pays: one `agent-attest verify` of one real bundle, as a whole process, against
 * `node -e ''` and against a minimal sigstore-js program (@sigstore/bundle + @sigstore/verify) that
 * verifies the same bundle with the same trusted root, bundled by esbuild like ours so module loading
 * is comparable. Goal: ours ≤ 1.5× the minimal program.
 *
 * Trusted roots kept current over TUF (issue 10): the same verify with its root taken over TUF from a cache
 * checked less than a day ago (no network: the expiry recorded for the verified metadata and the cached
 * target's hash are checked), and with `--offline` (the cached root read as is). The cache is
 * filled first from a TUF repository on 127.0.0.1 serving the same trusted root (5 root keys, threshold 3, as
 * public-good's root; the real repository cannot be reached here), which is then stopped: a timed run that
 * asked it would warn on stderr, and the bench fails. Goal: the cached check adds < 20 ms to the file-root run.
 *
 *   npm run bench -- startup                      (the harness bundles and runs it)
 *   npx esbuild bench/startup.ts --bundle --platform=node --format=esm --outfile=bench/.work/startup.mjs \
 *     && node bench/.work/startup.mjs [--runs 20]
 *
 * The CLI is dist/cli.js when dist/ matches a fresh build, else that fresh build in bench/.work/dist
 * (`scripts/build.mjs --outdir`, never touching dist/). Each program runs `--runs` times, interleaved,
 * after two warm-up runs each; wall and CPU (user + system, from bash's `time`, i.e. the child's rusage)
 * are reported, CPU being the load-independent column on a shared machine.
 * Skips, with a message, when ../shared/testdata/real-bundles is absent.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { customInstance } from '../src/core/trust/instances.js';
import { tufTrustedRoot } from '../src/core/trust/tuf.js';
import { startTufServer } from '../test/support/tuf-server.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const RUNS = Number(values.runs);
const WARM_UP = 2;
const GOAL = 1.5;
/** What a cached TUF check may add to one verify, in ms. */
const TUF_GOAL_MS = 20;

const root = process.cwd();
const work = path.join(root, 'bench', '.work');
const real = path.resolve(root, '..', 'shared', 'testdata', 'real-bundles');
const BUNDLE = path.join(real, 'cli-cli', 'sigstore-js-2.1.0-bundle.json');
const ARTIFACT = path.join(real, 'cli-cli', 'sigstore-js-2.1.0.tgz');
const TRUSTED_ROOT = path.join(real, 'trusted-roots', 'public-good.sigstore-js-seeds.json');
const SAN = 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';

// ── the programs ────────────────────────────────────────────────────────────────────────────────

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(path.join(dir, e.name), path.join(prefix, e.name))
        : [path.join(prefix, e.name)],
    )
    .sort();
}

const sameTree = (a: string, b: string): boolean => {
  if (!existsSync(a) || !existsSync(b)) return false;
  const files = listFiles(a);
  return (
    files.join('\n') === listFiles(b).join('\n') &&
    files.every((f) => readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))))
  );
};

/** The CLI to time: dist/ if it is what the sources build to, else a fresh build beside it. */
function cliUnderTest(): { cli: string; note: string } {
  const fresh = path.join(work, 'dist');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', fresh], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('scripts/build.mjs --outdir failed');
  const dist = path.join(root, 'dist');
  if (sameTree(fresh, dist))
    return { cli: path.join(dist, 'cli.js'), note: 'dist/cli.js (matches a fresh build)' };
  const why = existsSync(dist) ? 'stale' : 'missing';
  return {
    cli: path.join(fresh, 'cli.js'),
    note: `bench/.work/dist/cli.js (dist/ is ${why}: built from the sources)`,
  };
}

/** What a sigstore-js user would write: parse, verify with a policy, check the subject digest. */
const MINIMAL_SOURCE = `import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';

const [bundlePath, artifactPath, rootPath, san, issuer] = process.argv.slice(2);
const json = (p) => JSON.parse(readFileSync(p, 'utf8'));
const bundle = bundleFromJSON(json(bundlePath));
const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(json(rootPath))));
verifier.verify(toSignedEntity(bundle), { subjectAlternativeName: san, extensions: { issuer } });
const statement = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8'));
const sha512 = createHash('sha512').update(readFileSync(artifactPath)).digest('hex');
if (!statement.subject.some((s) => s.digest?.sha512 === sha512)) {
  console.error('no subject has the artifact digest');
  process.exit(1);
}
console.log('verified');
`;

/** The minimal program, bundled with the esbuild options of scripts/build.mjs (one entry, no chunks). */
function buildMinimal(): string {
  const dir = path.join(work, 'startup-minimal');
  mkdirSync(dir, { recursive: true });
  const src = path.join(dir, 'src.mjs');
  const out = path.join(dir, 'main.js');
  writeFileSync(src, MINIMAL_SOURCE);
  const esbuild = path.join(root, 'node_modules', '.bin', 'esbuild');
  const r = spawnSync(
    esbuild,
    [
      src,
      `--outfile=${out}`,
      '--bundle',
      '--format=esm',
      '--platform=node',
      '--target=node24',
      '--alias:jsonc-parser=jsonc-parser/lib/esm/main.js',
      '--legal-comments=linked',
      '--log-level=warning',
      "--banner:js=import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);",
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('esbuild of the minimal program failed');
  return out;
}

// ── measurement ─────────────────────────────────────────────────────────────────────────────────

interface Program {
  name: string;
  argv: string[];
  env?: NodeJS.ProcessEnv;
  wall: number[];
  cpu: number[];
}

/** One run under bash's `time`: the child's own wall time and rusage, in ms. */
function timeOnce(p: Program): { wall: number; cpu: number } {
  // `time` prints after the child's own stderr, so its line is the last one; bash exits with the child's status.
  const script = 'TIMEFORMAT="%3R %3U %3S"; time "$0" "$@" >/dev/null';
  const r = spawnSync('bash', ['-c', script, ...p.argv], { cwd: root, encoding: 'utf8', env: p.env });
  const lines = r.stderr.trim().split('\n');
  if (r.status !== 0)
    throw new Error(`${p.name} exited ${r.status}: ${lines.slice(0, -1).join(' ').slice(0, 500)}`);
  // The only stderr line must be bash's timing: a TUF fallback warning means the cache was not used as meant.
  if (lines.length > 1)
    throw new Error(`${p.name} wrote to stderr: ${lines.slice(0, -1).join(' ').slice(0, 500)}`);
  const [real, user, sys] = lines.pop()!.split(' ').map(Number);
  return { wall: real! * 1000, cpu: (user! + sys!) * 1000 };
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const kib = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0) / 1024;

/** The files of `dir` a run of `argv` loads as modules (Node's load hook, one extra untimed run). */
function loadedFrom(dir: string, argv: string[]): string[] {
  const hook = `data:text/javascript,import{registerHooks}from"node:module";registerHooks({load(u,c,n){if(u.startsWith("file:"))process.stderr.write("AA-LOADED "+u+"\\n");return n(u,c)}})`;
  const r = spawnSync(argv[0]!, ['--import', hook, ...argv.slice(1)], { cwd: root, encoding: 'utf8' });
  return r.stderr
    .split('\n')
    .filter((l) => l.startsWith('AA-LOADED '))
    .map((l) => fileURLToPath(l.slice('AA-LOADED '.length)))
    .filter((f) => f.startsWith(dir + path.sep));
}

interface Stat {
  name: string;
  wall: number;
  p90: number;
  cpu: number;
  cpuP90: number;
}

/**
 * A TUF cache holding TRUSTED_ROOT as the root of a repository on 127.0.0.1, checked just now; the
 * repository is stopped again. Returns the verify flags and the environment that use it.
 */
async function tufCache(): Promise<{ flags: string[]; env: NodeJS.ProcessEnv; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'aa-bench-tuf-'));
  const server = await startTufServer({
    targets: { 'trusted_root.json': readFileSync(TRUSTED_ROOT) },
    rootKeys: 5,
    rootThreshold: 3,
  });
  try {
    const anchor = path.join(dir, 'tuf_root.json');
    writeFileSync(anchor, server.repo.anchor());
    const instance = await customInstance(server.url, anchor);
    await tufTrustedRoot(instance, { cacheDir: path.join(dir, 'agent-attest', 'tuf') });
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: dir };
    delete env['RUNNER_TOOL_CACHE'];
    delete env['AGENT_ATTEST_OFFLINE'];
    return { flags: ['--tuf-url', server.url, '--tuf-root', anchor], env, dir };
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE) || !existsSync(ARTIFACT) || !existsSync(TRUSTED_ROOT)) {
    console.log(
      `startup: skipped — ${path.relative(root, real)} is absent (the real bundles live in ../shared).`,
    );
    return;
  }
  const { cli, note } = cliUnderTest();
  const minimal = buildMinimal();
  const node = process.execPath;
  const tuf = await tufCache();
  const identity = ['--certificate-identity', SAN, '--certificate-oidc-issuer', ISSUER];
  const programs: Program[] = [
    { name: "node -e ''", argv: [node, '-e', ''], wall: [], cpu: [] },
    {
      name: 'minimal sigstore-js verify (reference)',
      argv: [node, minimal, BUNDLE, ARTIFACT, TRUSTED_ROOT, SAN, ISSUER],
      wall: [],
      cpu: [],
    },
    {
      name: 'agent-attest verify',
      argv: [
        node,
        cli,
        'verify',
        ARTIFACT,
        '--bundle',
        BUNDLE,
        '--trusted-root',
        TRUSTED_ROOT,
        '--certificate-identity',
        SAN,
        '--certificate-oidc-issuer',
        ISSUER,
      ],
      wall: [],
      cpu: [],
    },
    {
      name: 'agent-attest verify, root over TUF (cached check)',
      argv: [node, cli, 'verify', ARTIFACT, '--bundle', BUNDLE, ...tuf.flags, ...identity],
      env: tuf.env,
      wall: [],
      cpu: [],
    },
    {
      name: 'agent-attest verify, root from the TUF cache (--offline)',
      argv: [node, cli, 'verify', ARTIFACT, '--bundle', BUNDLE, ...tuf.flags, '--offline', ...identity],
      env: tuf.env,
      wall: [],
      cpu: [],
    },
  ];

  const loadBefore = loadavg();
  for (let i = 0; i < WARM_UP; i++) for (const p of programs) timeOnce(p);
  for (let i = 0; i < RUNS; i++) {
    // Rotate the order so no program always follows the same one.
    for (let k = 0; k < programs.length; k++) {
      const p = programs[(k + i) % programs.length]!;
      const t = timeOnce(p);
      p.wall.push(t.wall);
      p.cpu.push(t.cpu);
    }
  }
  const loadAfter = loadavg();

  const [bare, ref, ours, cached, offline] = programs.map((p) => ({
    name: p.name,
    wall: median(p.wall),
    p90: quantile(p.wall, 0.9),
    cpu: median(p.cpu),
    cpuP90: quantile(p.cpu, 0.9),
  })) as [Stat, Stat, Stat, Stat, Stat];
  rmSync(tuf.dir, { recursive: true, force: true });

  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const row = (s: Stat) =>
    `| ${s.name} | ${s.wall.toFixed(0)} | ${s.p90.toFixed(0)} | ${x(s.wall, ref.wall)} | ${x(s.wall, bare.wall)} | ${s.cpu.toFixed(0)} | ${s.cpuP90.toFixed(0)} | ${x(s.cpu, ref.cpu)} |`;
  const met = (r: number) => (r <= GOAL ? '(met)' : '(NOT met)');
  const files = (fs: string[]) => `${fs.length} file${fs.length === 1 ? '' : 's'}`;
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' ');
  const oursLoaded = loadedFrom(path.dirname(cli), programs[2]!.argv);
  const minimalLoaded = loadedFrom(path.dirname(minimal), programs[1]!.argv);
  const lines = [
    `### startup: one verify of one real bundle as a process — median and p90 of ${RUNS} interleaved runs`,
    '',
    '| program | wall ms median | wall ms p90 | wall vs minimal | wall vs node | CPU ms median | CPU ms p90 | CPU vs minimal |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    row(bare),
    row(ref),
    row(ours),
    row(cached),
    row(offline),
    '',
    `Goal ≤ ${GOAL.toFixed(1)}× the minimal program: wall ${x(ours.wall, ref.wall)} ${met(ours.wall / ref.wall)}, CPU ${x(ours.cpu, ref.cpu)} ${met(ours.cpu / ref.cpu)}.`,
    `A cached TUF check adds ${(cached.wall - ours.wall).toFixed(0)} ms wall / ${(cached.cpu - ours.cpu).toFixed(0)} ms CPU to one verify with a root file (goal < ${TUF_GOAL_MS} ms: ${cached.wall - ours.wall < TUF_GOAL_MS ? 'met' : 'NOT met'}); the offline cache read adds ${(offline.wall - ours.wall).toFixed(0)} ms wall / ${(offline.cpu - ours.cpu).toFixed(0)} ms CPU.`,
    `Above \`node -e ''\`: ours ${(ours.wall - bare.wall).toFixed(0)} ms wall / ${(ours.cpu - bare.cpu).toFixed(0)} ms CPU, minimal ${(ref.wall - bare.wall).toFixed(0)} ms wall / ${(ref.cpu - bare.cpu).toFixed(0)} ms CPU.`,
    '',
    `Bundle: ${path.relative(root, BUNDLE)} (v0.3, DSSE, public-good) on ${path.relative(root, ARTIFACT)}; root ${path.relative(root, TRUSTED_ROOT)}; --certificate-identity ${SAN} --certificate-oidc-issuer ${ISSUER}.`,
    `Ours: ${note}; loads ${files(oursLoaded)}, ${kib(oursLoaded).toFixed(0)} KiB of JS. Minimal: ${path.relative(root, minimal)} (same esbuild options); loads ${files(minimalLoaded)}, ${kib(minimalLoaded).toFixed(0)} KiB.`,
    `Wall and CPU (user + system) of each child from bash's \`time\`; ${WARM_UP} warm-up runs each first. Node ${process.version}.`,
    `${availableParallelism()} cores; load average ${load(loadBefore)} before, ${load(loadAfter)} after (CPU columns are load-independent).`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
