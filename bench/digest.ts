/**
 * Subject digest throughput against `openssl dgst -sha256` and `sha256sum` on the same files, same run.
 *
 *   npm run bench -- digest                       (the harness bundles and runs it)
 *   npx esbuild bench/digest.ts --bundle --platform=node --format=esm --outfile=bench/.work/digest.mjs \
 *     && node bench/.work/digest.mjs [--big-mib 1024] [--files 10000] [--rounds 3]
 *
 * Data is generated once into bench/.work/digest-data/ (gitignored) and reused. Each case runs `--rounds`
 * times after a warm-up read (page cache hot for everyone); the best round counts. Goals: one large file at
 * ≥ 0.9× openssl's single-core throughput; many small files faster than openssl by using every core.
 */
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { digestFile, digestFiles } from '../src/core/subjects/digest.js';

const { values } = parseArgs({
  options: {
    'big-mib': { type: 'string', default: '1024' },
    files: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
  },
});
const BIG_MIB = Number(values['big-mib']);
const FILES = Number(values.files);
const ROUNDS = Number(values.rounds);

const work = path.resolve(process.cwd(), 'bench', '.work', 'digest-data');
const bigFile = path.join(work, `big-${BIG_MIB}m.bin`);
const smallDir = path.join(work, `small-${FILES}`);
// Small files: 1–32 KiB, like the artifacts of a large monorepo release or an SBOM-style file set.
const smallSize = (i: number) => 1024 + ((i * 7919) % (31 * 1024));

function generate(): void {
  mkdirSync(smallDir, { recursive: true });
  if (!existsSync(bigFile) || statSync(bigFile).size !== BIG_MIB * 1048576) {
    const chunk = randomFillSync(Buffer.alloc(4 * 1048576));
    const parts: Buffer[] = [];
    for (let i = 0; i < BIG_MIB / 4; i++) parts.push(chunk);
    writeFileSync(bigFile, Buffer.concat(parts));
  }
  const seed = randomFillSync(Buffer.alloc(32 * 1024));
  for (let i = 0; i < FILES; i++) {
    const f = path.join(smallDir, String(i).padStart(5, '0'));
    if (!existsSync(f) || statSync(f).size !== smallSize(i)) {
      seed.writeUInt32LE(i, 0); // distinct contents
      writeFileSync(f, seed.subarray(0, smallSize(i)));
    }
  }
}

const smallNames = Array.from({ length: FILES }, (_, i) => String(i).padStart(5, '0'));
const smallPaths = smallNames.map((n) => path.join(smallDir, n));
const smallBytes = smallNames.reduce((sum, _, i) => sum + smallSize(i), 0);

function warm(): void {
  readFileSync(bigFile);
  for (const f of smallPaths) readFileSync(f);
}

interface Measured {
  result: unknown;
  /** CPU seconds (user + system, all threads): load-independent, unlike wall time. */
  cpu: number;
}

/** Best wall time of ROUNDS runs, with that round's CPU time. */
async function best(fn: () => Promise<Measured> | Measured): Promise<Measured & { seconds: number }> {
  let out = { seconds: Number.POSITIVE_INFINITY, result: undefined as unknown, cpu: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    const m = await fn();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (seconds < out.seconds) out = { seconds, ...m };
  }
  return out;
}

/** Ours, in this process: CPU from process.cpuUsage (it counts the worker threads too). */
async function ours(fn: () => Promise<unknown>): Promise<Measured> {
  const before = process.cpuUsage();
  const result = await fn();
  const used = process.cpuUsage(before);
  return { result, cpu: (used.user + used.system) / 1e6 };
}

/** Runs a tool on files (relative names, cwd `dir`) under bash's `time`; its hex digests in order. */
function tool(cmd: string, args: string[], names: string[], dir: string): Measured {
  const script = 'TIMEFORMAT="%3U %3S"; time "$0" "$@"';
  const r = spawnSync('bash', ['-c', script, cmd, ...args, ...names], {
    cwd: dir,
    maxBuffer: 256 * 1048576,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  const result = r.stdout
    .trim()
    .split('\n')
    .map((l) => (cmd === 'openssl' ? l.slice(l.lastIndexOf('= ') + 2) : l.slice(0, 64)));
  return { result, cpu: user! + sys! };
}

const has = (cmd: string) =>
  spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0 ||
  spawnSync(cmd, ['version'], { stdio: 'ignore' }).status === 0;

interface Row {
  case: string;
  tool: string;
  mbps: number;
  cpu: number;
}

async function main(): Promise<void> {
  generate();
  warm();
  const rows: Row[] = [];
  const mb = (bytes: number, s: number) => bytes / 1e6 / s;
  const bigDir = path.dirname(bigFile);
  const bigName = path.basename(bigFile);
  const bigCase = `1 file, ${BIG_MIB} MiB`;
  const smallCase = `${FILES} files, ${(smallBytes / 1048576).toFixed(0)} MiB`;

  const oursBig = await best(() => ours(() => digestFile(bigFile)));
  const sizes = smallPaths.map((_, i) => smallSize(i));
  const oursSmall = await best(() => ours(() => digestFiles(smallPaths, 'sha256', { sizes })));
  rows.push({
    case: bigCase,
    tool: 'agent-attest (1 thread)',
    mbps: mb(BIG_MIB * 1048576, oursBig.seconds),
    cpu: oursBig.cpu,
  });
  rows.push({
    case: smallCase,
    tool: `agent-attest (${availableParallelism()} threads)`,
    mbps: mb(smallBytes, oursSmall.seconds),
    cpu: oursSmall.cpu,
  });

  for (const [cmd, args] of [
    ['openssl', ['dgst', '-sha256']],
    ['sha256sum', []],
  ] as const) {
    if (!has(cmd)) {
      console.log(`(${cmd} not found: skipped)`);
      continue;
    }
    const b = await best(() => tool(cmd, [...args], [bigName], bigDir));
    if ((b.result as string[])[0] !== oursBig.result)
      throw new Error(`${cmd} disagrees on the digest of ${bigFile}`);
    rows.push({
      case: bigCase,
      tool: `${cmd} (1 process)`,
      mbps: mb(BIG_MIB * 1048576, b.seconds),
      cpu: b.cpu,
    });
    const s = await best(() => tool(cmd, [...args], smallNames, smallDir));
    if ((s.result as string[]).join() !== (oursSmall.result as string[]).join())
      throw new Error(`${cmd} disagrees on the small files`);
    rows.push({ case: smallCase, tool: `${cmd} (1 process)`, mbps: mb(smallBytes, s.seconds), cpu: s.cpu });
  }

  const reference = (c: string) => rows.find((r) => r.case === c && r.tool.startsWith('openssl'))?.mbps;
  console.log('| case | tool | MB/s (wall) | vs openssl | CPU s | MB per CPU s |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const r of rows) {
    const ref = reference(r.case);
    const bytes = r.case === bigCase ? BIG_MIB * 1048576 : smallBytes;
    const ratio = ref ? `${(r.mbps / ref).toFixed(2)}×` : 'n/a';
    console.log(
      `| ${r.case} | ${r.tool} | ${r.mbps.toFixed(0)} | ${ratio} | ${r.cpu.toFixed(2)} | ${(bytes / 1e6 / r.cpu).toFixed(0)} |`,
    );
  }
  const bigRatio = rows[0]!.mbps / (reference(bigCase) ?? rows[0]!.mbps);
  const opensslBig = rows.find((r) => r.case === bigCase && r.tool.startsWith('openssl'));
  const cpuRatio = opensslBig ? opensslBig.cpu / rows[0]!.cpu : 1;
  const met = (x: number) => (x >= 0.9 ? '(met)' : '(NOT met)');
  console.log(
    `\nGoal: one large file ≥ 0.90× openssl: wall ${bigRatio.toFixed(2)}× ${met(bigRatio)}, CPU efficiency ${cpuRatio.toFixed(2)}× ${met(cpuRatio)}`,
  );
  console.log(
    `Best of ${ROUNDS} rounds each, page cache warm, all digests cross-checked against the other tools.`,
  );
  // Two cores shared with other work: a high load average means the multi-thread row understates.
  console.log(
    `${availableParallelism()} cores; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.`,
  );
}

await main();
