/**
 * Benchmark: `agent-attest scan` against plain `git log --format='%H%x00%an%x00%ae%x00%cn%x00%ce%x00%B'`
 * over the same range, in the same run.
 *
 * Generates (once, cached in bench/.work/) a 100,000-commit repository with `git fast-import`: realistic
 * conventional-commit messages, 20 % agent commits in the shapes of the reference (trailers, bot
 * authors, footers, notes-free), a few hundred files. Then, for ranges of 10k, 50k and 100k commits, runs
 * each side alternately (median of N), each scan in a child process so its peak RSS is its own. The scan
 * is the CLI's `agent-attest scan --format json > /dev/null`: the full JSON report, streamed.
 * Prints a Markdown table.
 *
 *   node bench-bundle.mjs [--runs 3] [--commits 100000]
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run as scanCommand } from '../src/cli/commands/scan.js';
import type { CliIO } from '../src/cli/io.js';

const args = process.argv.slice(2);
const flag = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const TOTAL = flag('--commits', 100_000);
const RUNS = flag('--runs', 3);
const CHECKPOINTS = [10_000, 50_000, 100_000].filter((n) => n <= TOTAL);
const WORK = path.resolve(process.env['BENCH_WORK'] ?? path.join(process.cwd(), 'bench', '.work'));
const REPO = path.join(WORK, `repo-${TOTAL}`);
const BASELINE_FORMAT = '--format=%H%x00%an%x00%ae%x00%cn%x00%ce%x00%B';

// ── deterministic generator ─────────────────────────────────────────────────────────────────────
let seed = 0x2545f491;
function rand(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x100000000;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const TYPES = ['feat', 'fix', 'chore', 'refactor', 'docs', 'test', 'perf', 'ci', 'build'];
const SCOPES = ['api', 'auth', 'cli', 'parser', 'ui', 'db', 'deps', 'core', 'build', 'docs'];
const VERBS = ['add', 'fix', 'remove', 'rename', 'handle', 'support', 'simplify', 'update', 'avoid', 'cache'];
const NOUNS = [
  'retry logic',
  'token refresh',
  'null pointer',
  'config loader',
  'pagination',
  'race in worker',
  'error message',
  'timeout',
  'README',
  'migration',
];
const HUMANS = Array.from({ length: 40 }, (_, i) => ({ name: `Dev ${i}`, email: `dev${i}@example.org` }));
const DIRS = [
  'src/api',
  'src/auth',
  'src/cli',
  'src/core',
  'src/ui',
  'db/migrations',
  'docs',
  'test',
  '.github/workflows',
  'infra',
];
const FILES = Array.from(
  { length: 300 },
  (_, i) => `${DIRS[i % DIRS.length]}/file${i}.${i % 7 === 0 ? 'md' : 'ts'}`,
);

function sentence(): string {
  return `${pick(VERBS)} ${pick(NOUNS)} in ${pick(SCOPES)} when ${pick(NOUNS)} is ${pick(['empty', 'slow', 'missing', 'stale'])}.`;
}

interface Gen {
  author: { name: string; email: string };
  committer?: { name: string; email: string };
  message: string;
}

const AGENT_SHAPES: Array<(subject: string, body: string) => Gen> = [
  (s, b) => ({
    author: pick(HUMANS),
    message: `${s}\n\n${b}\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: ${pick(['Claude', 'Claude Opus 4.5', 'Claude Sonnet 4.5'])} <noreply@anthropic.com>\n`,
  }),
  (s, b) => ({
    author: { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' },
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    message: `${s}\n\n${b}\n\nAgent-Logs-Url: https://github.com/acme/app/sessions/0f8fad5b-d9cb-469f-a165-70867728950e\n`,
  }),
  (s, b) => ({
    author: pick(HUMANS),
    message: `${s}\n\n${b}\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n`,
  }),
  (s, b) => ({
    author: pick(HUMANS),
    message: `${s}\n\n${b}\n\nCo-authored-by: aider (${pick(['gpt-4o', 'anthropic/claude-sonnet-4-5', 'gemini/gemini-2.5-pro'])}) <aider@aider.chat>\n`,
  }),
  (s, b) => ({
    author: { name: 'Devin AI', email: '158243242+devin-ai-integration[bot]@users.noreply.github.com' },
    message: `${s}\n\n${b}\n`,
  }),
  (s, b) => ({
    author: pick(HUMANS),
    message: `${s}\n\n${b}\n\nSigned-off-by: Dev <dev@example.org>\nAssisted-by: Claude:claude-sonnet-4-5\n`,
  }),
  (s, b) => ({
    author: { name: 'claude[bot]', email: '41898282+claude[bot]@users.noreply.github.com' },
    message: `${s}\n\n${b}\n\nCo-authored-by: ${pick(HUMANS).name} <dev1@example.org>\n`,
  }),
  (s, _b) => ({
    author: pick(HUMANS),
    message: `${s} (#${Math.floor(rand() * 9000)})\n\n* ${sentence()}\n\n* ${sentence()}\n\n---------\n\nCo-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>\n`,
  }),
];

function generateCommit(i: number): Gen {
  const subject = `${pick(TYPES)}(${pick(SCOPES)}): ${sentence().slice(0, -1)}`;
  const body = Array.from({ length: 1 + Math.floor(rand() * 3) }, sentence).join('\n');
  if (rand() < 0.2) return AGENT_SHAPES[i % AGENT_SHAPES.length]!(subject, body);
  const trailers = rand() < 0.3 ? `\n\nSigned-off-by: ${pick(HUMANS).name} <dev@example.org>` : '';
  return { author: pick(HUMANS), message: `${subject}\n\n${body}${trailers}\n` };
}

async function run(
  cmd: string,
  argv: string[],
  opts: { cwd?: string; input?: AsyncIterable<Buffer> | Buffer } = {},
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: opts.cwd, stdio: ['pipe', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}`)),
    );
    if (opts.input instanceof Buffer) child.stdin.end(opts.input);
    else if (opts.input) {
      (async () => {
        for await (const chunk of opts.input as AsyncIterable<Buffer>) {
          if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
        }
        child.stdin.end();
      })().catch(reject);
    } else child.stdin.end();
  });
}

async function* fastImportScript(): AsyncGenerator<Buffer> {
  const t0 = Date.parse('2020-01-01T00:00:00Z') / 1000;
  const parts: string[] = [];
  let size = 0;
  const data = (s: string): string => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let i = 1; i <= TOTAL; i++) {
    const g = generateCommit(i);
    const when = `${t0 + i * 600} +0000`;
    const committer = g.committer ?? g.author;
    let s = `commit refs/heads/main\nmark :${i}\nauthor ${g.author.name} <${g.author.email}> ${when}\ncommitter ${committer.name} <${committer.email}> ${when}\n${data(g.message)}`;
    if (i > 1) s += `from :${i - 1}\n`;
    const nfiles = 1 + Math.floor(rand() * 3);
    for (let f = 0; f < nfiles; f++) {
      const lines = Array.from(
        { length: 3 + Math.floor(rand() * 20) },
        () => `export const v${Math.floor(rand() * 1e6)} = ${i};`,
      ).join('\n');
      s += `M 100644 inline ${pick(FILES)}\n${data(lines)}`;
    }
    s += '\n';
    if (CHECKPOINTS.includes(i)) s += `reset refs/tags/bench-${i / 1000}k\nfrom :${i}\n\n`;
    parts.push(s);
    size += s.length;
    if (size > 1 << 20) {
      yield Buffer.from(parts.join(''));
      parts.length = 0;
      size = 0;
    }
  }
  parts.push('done\n');
  yield Buffer.from(parts.join(''));
}

async function ensureRepo(): Promise<void> {
  if (existsSync(path.join(REPO, '.complete'))) return;
  await rm(REPO, { recursive: true, force: true });
  await mkdir(REPO, { recursive: true });
  await run('git', ['init', '-q', '--bare', '-b', 'main', REPO]);
  const t = Date.now();
  process.stderr.write(`generating ${TOTAL} commits in ${REPO} …\n`);
  await run('git', ['fast-import', '--quiet', '--done'], { cwd: REPO, input: fastImportScript() });
  await writeFile(path.join(REPO, '.complete'), '');
  process.stderr.write(`generated in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

/**
 * CPU ms of this process's finished (waited-for) child processes, from /proc/self/stat (Linux; NaN elsewhere):
 * the git processes a scan ran, or the baseline's git log.
 */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: state is field 3; cutime and cstime are fields 16 and 17 (clock ticks, 100 Hz).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Wall time and CPU of the baseline: git log with the format, output read and discarded. */
async function timeGitLog(ref: string): Promise<{ ms: number; gitCpuMs: number }> {
  const cpu0 = childrenCpuMs();
  const t = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', ['log', BASELINE_FORMAT, ref], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', () => {});
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git log exited ${code}`))));
  });
  return { ms: performance.now() - t, gitCpuMs: childrenCpuMs() - cpu0 };
}

/** Runs one scan in a child process (this same program with --child) to get its own peak RSS. */
async function timeScan(ref: string): Promise<ChildResult> {
  const out: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', process.argv[1]!, '--child', ref], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BENCH_WORK: WORK },
    });
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`scan child exited ${code}`))));
  });
  return JSON.parse(Buffer.concat(out).toString('utf8')) as ChildResult;
}

interface ChildResult {
  ms: number;
  /** CPU of the Node process itself (git's processes not included). */
  cpuMs: number;
  /** CPU of the git processes the scan ran (git log, git diff-tree, the small look-ups). */
  gitCpuMs: number;
  maxRssMiB: number;
  /** Heap still used after the command returned, after a full GC: what the scan leaves behind (none expected). */
  retainedMiB: number;
  /** Size of the JSON report written. */
  reportMiB: number;
  commits: number;
  agentCommits: number;
}

async function child(ref: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const gitCpu0 = childrenCpuMs();
  // `agent-attest scan --format json > /dev/null`: stdout is a file, written synchronously, as in a shell.
  const devNull = openSync('/dev/null', 'w');
  let bytes = 0;
  let last = '';
  const io: CliIO = {
    stdout: (t) => {
      bytes += Buffer.byteLength(t);
      last = t;
      writeSync(devNull, t);
    },
    stderr: (t) => void process.stderr.write(t),
    isTTY: false,
    cwd: REPO,
  };
  const t = performance.now();
  const code = await scanCommand(['--repo-path', REPO, '--head', ref, '--format', 'json'], io);
  const ms = performance.now() - t;
  if (code !== 0) throw new Error(`agent-attest scan exited ${code}`);
  const used = process.cpuUsage(cpu);
  const gitCpuMs = childrenCpuMs() - gitCpu0;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  gc?.();
  const retainedMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  // The report's last write holds its tail: the range (with its commit count) and the totals.
  const count = (re: RegExp): number => Number(re.exec(last)?.[1] ?? Number.NaN);
  const result: ChildResult = {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    gitCpuMs,
    maxRssMiB,
    retainedMiB,
    reportMiB: bytes / 2 ** 20,
    commits: count(/"range": \{[^}]*?"commits": (\d+)/),
    agentCommits: count(/"agentCommits": (\d+)/),
  };
  process.stdout.write(JSON.stringify(result));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const ci = args.indexOf('--child');
  if (ci >= 0) return child(args[ci + 1]!);
  await ensureRepo();
  const baseline = await timeScan('bench-10k'); // warm-up: page cache, JIT of the child's code paths
  void baseline;
  const rows: string[] = [];
  for (const n of CHECKPOINTS) {
    const ref = `bench-${n / 1000}k`;
    const git: Array<Awaited<ReturnType<typeof timeGitLog>>> = [];
    const scans: Array<Awaited<ReturnType<typeof timeScan>>> = [];
    for (let r = 0; r < RUNS; r++) {
      git.push(await timeGitLog(ref));
      scans.push(await timeScan(ref));
    }
    const g = median(git.map((x) => x.ms));
    const gCpu = median(git.map((x) => x.gitCpuMs));
    const scanGitCpu = median(scans.map((x) => x.gitCpuMs));
    const s = median(scans.map((x) => x.ms));
    const rss = median(scans.map((x) => x.maxRssMiB));
    const cpu = median(scans.map((x) => x.cpuMs));
    const retained = median(scans.map((x) => x.retainedMiB));
    const report = median(scans.map((x) => x.reportMiB));
    const last = scans[scans.length - 1]!;
    const perCommit = (retained * 2 ** 20) / last.commits;
    rows.push(
      `| ${n.toLocaleString('en')} | ${last.agentCommits.toLocaleString('en')} | ${g.toFixed(0)} | ${s.toFixed(0)} | ${(s / g).toFixed(2)}× | ${gCpu.toFixed(0)} | ${cpu.toFixed(0)} + ${scanGitCpu.toFixed(0)} | ${((cpu + scanGitCpu) / gCpu).toFixed(2)}× | ${rss.toFixed(0)} | ${retained.toFixed(1)} | ${perCommit.toFixed(0)} | ${report.toFixed(1)} |`,
    );
  }
  process.stdout.write(
    [
      `### agent-attest scan vs git log (median of ${RUNS}, same run)`,
      '',
      '| commits | agent commits | git log ms | scan ms | ratio | git log CPU ms | scan CPU ms (Node + git) | CPU ratio | scan peak RSS MiB | retained heap MiB | retained bytes/commit | JSON report MiB |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      `git log: \`git log ${BASELINE_FORMAT.replace('--format=', "--format='")}' <ref>\`; scan: \`agent-attest scan --format json > /dev/null\` (the CLI command) in a fresh Node process: range, config surfaces, the commit stream with diffs of agent commits for lines and risk paths, the full JSON report written as commits settle. CPU: user + system; the scan's Node process, plus the git processes it ran (log, diff-tree, look-ups; from /proc/self/stat, Linux only, 10 ms ticks); the baseline's is git log's alone. On a machine with fewer free cores than busy processes, wall time follows total CPU. Retained: heap in use after the command returned and a full GC, minus before: what the scan leaves behind. The report is streamed: what the scan keeps is constant (retained column); peak RSS still includes the garbage V8 lets accumulate before collecting, which grows with the work done.`,
      '',
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
