/**
 * Benchmark: `agent-attest scan --format json` against `git log` with the same fields, piped into a
 * reader, over the same commits, in the same run.
 *
 * Shapes (each a row; `--shapes` picks some):
 *   deep           a generated history (`--commits`, default 100,000) over a deep tree: 1,300 files in
 *                  nested folders, files edited line by line, renames, ~22 % agent commits in the shapes
 *                  agents write. As `git fast-import` left it (its own, weakly deltified pack).
 *   deep-repacked  the same repository after `git repack -a -d -f` and `git commit-graph write`.
 *   real           a real fetched history (HEAD's whole history), as fetched: `BENCH_REAL_REPO`, else
 *                  bench/.work/real.git. Absent: the row says how to get it.
 *   real-repacked  the same after `git repack -a -d -f` and `git commit-graph write`:
 *                  `BENCH_REAL_REPO_REPACKED`, else bench/.work/real-repacked.git (made from `real` when
 *                  absent; that takes a while once).
 *
 * Each side runs alternately `--runs` times (median reported) after one warm-up each (page cache hot for
 * both). The scan is a fresh Node process running the CLI's scan command with stdout to /dev/null, so its
 * peak RSS is its own; the baseline is `git log` with the scan's own arguments (same format, same order)
 * read by this process. Prints a Markdown table with wall and CPU columns and the load average.
 *
 *   npm run bench -- scan [-- --runs 3 --commits 100000 --shapes deep,real]
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { run as scanCommand } from '../src/cli/commands/scan.js';
import type { CliIO } from '../src/cli/io.js';
import { NUMSTAT_ARGS } from '../src/core/git/diffs.js';
import { logArgs } from '../src/core/git/log.js';
import { gitArgs, gitEnv } from '../src/core/git/run.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const TOTAL = Number(option('--commits') ?? 100_000);
const RUNS = Number(option('--runs') ?? 3);
const SHAPES = (option('--shapes') ?? 'deep,deep-repacked,real,real-repacked').split(',');
const WORK = path.resolve(process.env['BENCH_WORK'] ?? path.join(process.cwd(), 'bench', '.work'));
const DEEP = path.join(WORK, `scan-deep-${TOTAL}.git`);
const DEEP_REPACKED = path.join(WORK, `scan-deep-${TOTAL}-repacked.git`);
const REAL = path.resolve(process.env['BENCH_REAL_REPO'] ?? path.join(WORK, 'real.git'));
const REAL_REPACKED = path.resolve(
  process.env['BENCH_REAL_REPO_REPACKED'] ?? path.join(WORK, 'real-repacked.git'),
);
/** The real history's name in the table: its folder, or the folder above a fetched mirror's `repo`. */
const REAL_NAME = path.basename(REAL) === 'repo' ? path.basename(path.dirname(REAL)) : path.basename(REAL);
/** The scan's range: the whole history of HEAD (no tag matches this pattern). */
const SCAN_ARGS = ['--head', 'HEAD', '--tag-pattern', 'agent-attest-bench-no-such-tag', '--format', 'json'];
/** Goals of issue 11. */
const GOAL_RATIO = 2.5;
const GOAL_RSS_MIB = 200;

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

// 8 packages × 5 areas × 5 folders × 6 files, plus 100 docs pages and a CI folder: 1,310 files, 5 levels.
const PACKAGES = ['core', 'api', 'web', 'cli', 'auth', 'db', 'ui', 'worker'];
const AREAS = ['handlers', 'models', 'services', 'utils', 'views'];
const FOLDERS = ['alpha', 'beta', 'gamma', 'delta', 'omega'];
function initialPaths(): string[] {
  const out: string[] = [];
  for (const p of PACKAGES)
    for (const a of AREAS)
      for (const f of FOLDERS)
        for (let i = 0; i < 6; i++) out.push(`packages/${p}/src/${a}/${f}/${a.slice(0, -1)}${i}.ts`);
  for (let i = 0; i < 100; i++) out.push(`docs/${pick(['guide', 'api', 'ops'])}/page${i}.md`);
  for (let i = 0; i < 10; i++) out.push(`.github/workflows/job${i}.yml`);
  return out;
}

function sentence(): string {
  return `${pick(VERBS)} ${pick(NOUNS)} in ${pick(SCOPES)} when ${pick(NOUNS)} is ${pick(['empty', 'slow', 'missing', 'stale'])}.`;
}
const codeLine = (i: number): string =>
  `  const v${Math.floor(rand() * 1e6)} = ${pick(['compute', 'load', 'parse', 'format'])}(input, ${i});`;

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
  if (rand() < 0.22) return AGENT_SHAPES[i % AGENT_SHAPES.length]!(subject, body);
  const trailers = rand() < 0.3 ? `\n\nSigned-off-by: ${pick(HUMANS).name} <dev@example.org>` : '';
  return { author: pick(HUMANS), message: `${subject}\n\n${body}${trailers}\n` };
}

/** Edits a file's lines in place: a few lines changed, some inserted, some removed (bounded length). */
function edit(lines: string[], i: number): void {
  const changes = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < changes; k++) {
    const at = Math.floor(rand() * (lines.length + 1));
    const r = rand();
    if (r < 0.5 && lines.length > 0) lines[Math.min(at, lines.length - 1)] = codeLine(i);
    else if (r < 0.85 || lines.length < 20)
      lines.splice(at, 0, ...Array.from({ length: 1 + Math.floor(rand() * 6) }, () => codeLine(i)));
    else lines.splice(at, 1 + Math.floor(rand() * 4));
  }
  if (lines.length > 240) lines.splice(Math.floor(rand() * 200), lines.length - 200);
}

async function* fastImportScript(): AsyncGenerator<Buffer> {
  const t0 = Date.parse('2020-01-01T00:00:00Z') / 1000;
  const files = new Map<string, string[]>();
  const paths = initialPaths();
  const parts: string[] = [];
  let size = 0;
  const data = (s: string): string => `data ${Buffer.byteLength(s)}\n${s}\n`;
  const put = (p: string): string => `M 100644 inline ${p}\n${data(`${files.get(p)!.join('\n')}\n`)}`;
  for (let i = 1; i <= TOTAL; i++) {
    const g = i === 1 ? { author: HUMANS[0]!, message: 'initial import\n' } : generateCommit(i);
    const when = `${t0 + i * 600} +0000`;
    const committer = g.committer ?? g.author;
    let s = `commit refs/heads/main\nmark :${i}\nauthor ${g.author.name} <${g.author.email}> ${when}\ncommitter ${committer.name} <${committer.email}> ${when}\n${data(g.message)}`;
    if (i > 1) s += `from :${i - 1}\n`;
    if (i === 1) {
      for (const p of paths) {
        files.set(
          p,
          Array.from({ length: 20 + Math.floor(rand() * 60) }, () => codeLine(0)),
        );
        s += put(p);
      }
    } else if (rand() < 0.01) {
      // A rename with a small edit (diff-tree -M pairs them).
      const from = pick(paths);
      const to = from.replace(/(\d+)\.(ts|md|yml)$/, `$1r${i}.$2`);
      files.set(to, files.get(from)!);
      files.delete(from);
      paths[paths.indexOf(from)] = to;
      edit(files.get(to)!, i);
      s += `R ${from} ${to}\n${put(to)}`;
    } else {
      // Most commits touch 1–3 files; one in ten a wider change of 5–20.
      const n = rand() < 0.1 ? 5 + Math.floor(rand() * 16) : 1 + Math.floor(rand() * 3);
      const touched = new Set(Array.from({ length: n }, () => pick(paths)));
      for (const p of touched) {
        edit(files.get(p)!, i);
        s += put(p);
      }
    }
    s += '\n';
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

async function run(cmd: string, argv: string[], opts: { cwd?: string; input?: AsyncIterable<Buffer> } = {}) {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: opts.cwd, stdio: ['pipe', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}`)),
    );
    if (opts.input) {
      (async () => {
        for await (const chunk of opts.input!) {
          if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
        }
        child.stdin.end();
      })().catch(reject);
    } else child.stdin.end();
  });
}

const complete = (repo: string) => existsSync(path.join(repo, '.bench-complete'));

async function ensureDeep(): Promise<void> {
  if (complete(DEEP)) return;
  await rm(DEEP, { recursive: true, force: true });
  await mkdir(DEEP, { recursive: true });
  await run('git', ['init', '-q', '--bare', '-b', 'main', DEEP]);
  const t = Date.now();
  process.stderr.write(`generating ${TOTAL} commits over a deep tree in ${DEEP} …\n`);
  await run('git', ['fast-import', '--quiet', '--done'], { cwd: DEEP, input: fastImportScript() });
  await writeFile(path.join(DEEP, '.bench-complete'), '');
  process.stderr.write(`generated in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

/** A copy of `from`, repacked from scratch (new deltas) with a commit-graph: what `git gc` leaves. */
async function ensureRepacked(from: string, to: string): Promise<void> {
  if (complete(to)) return;
  await rm(to, { recursive: true, force: true });
  const t = Date.now();
  process.stderr.write(`repacking a copy of ${from} into ${to} (once) …\n`);
  // A plain copy, not `git clone --no-local`: a fetched mirror may be a partial clone, whose missing
  // blobs a clone (and `repack -f`) refuses.
  await run('cp', ['-R', from, to]);
  const packDir = path.join(to, 'objects', 'pack');
  const promisor = (await readdir(packDir)).filter((f) => f.endsWith('.promisor'));
  if (promisor.length === 0) await run('git', ['-C', to, 'repack', '-q', '-a', '-d', '-f']);
  else {
    // What `repack -a -d -f` does, allowing the objects a partial clone lacks; the new pack stays a
    // promisor pack, so git keeps treating those as absent on purpose.
    const oldPacks = await readdir(packDir);
    await run(
      'sh',
      [
        '-c',
        'git rev-list --objects --all --missing=allow-any | git pack-objects -q --missing=allow-any --no-reuse-delta --delta-base-offset objects/pack/pack',
      ],
      { cwd: to },
    );
    const fresh = (await readdir(packDir)).find((f) => f.endsWith('.pack') && !oldPacks.includes(f))!;
    await writeFile(path.join(packDir, fresh.replace(/\.pack$/, '.promisor')), '');
    for (const f of oldPacks) await rm(path.join(packDir, f));
  }
  await run('git', ['-C', to, 'commit-graph', 'write', '--reachable']);
  await writeFile(path.join(to, '.bench-complete'), '');
  process.stderr.write(`repacked in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

// ── measurement ─────────────────────────────────────────────────────────────────────────────────

/**
 * CPU ms of this process's finished (waited-for) child processes, from /proc/self/stat (Linux; NaN elsewhere).
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

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

interface Measured {
  ms: number;
  /** CPU of git (the baseline's git log; the scan's git processes). */
  gitCpuMs: number;
  /** CPU of the Node side (the baseline's reader; the scan's process). */
  nodeCpuMs: number;
  maxRssMiB: number;
  commits: number;
  agentCommits: number;
  reportMiB: number;
}

/** The baseline: git log with the scan's own arguments, its output read (and counted) by this process. */
async function timeGitLog(repo: string): Promise<Measured> {
  const cpu0 = childrenCpuMs();
  const self0 = process.cpuUsage();
  const t = performance.now();
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'git',
      gitArgs(logArgs({ repoPath: repo, head: 'HEAD' }, randomBytes(8).toString('hex'))),
      { cwd: repo, env: gitEnv(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.stdout.on('data', (d: Buffer) => (bytes += d.length));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git log exited ${code}`))));
  });
  return {
    ms: performance.now() - t,
    gitCpuMs: childrenCpuMs() - cpu0,
    nodeCpuMs: cpuMs(process.cpuUsage(self0)),
    maxRssMiB: Number.NaN,
    commits: Number.NaN,
    agentCommits: Number.NaN,
    reportMiB: bytes / 2 ** 20,
  };
}

/**
 * git alone doing the scan's diffs: `git diff-tree` with the scan's arguments over the agent commits of
 * the range (the list a warm-up scan wrote), output read by this process. With git log's CPU, what git
 * itself spends on the scan's facts: a floor no scan reading its diffs from git can go under.
 */
async function timeDiffTree(repo: string, shas: string): Promise<Measured> {
  const cpu0 = childrenCpuMs();
  const input = openSync(shas, 'r');
  const t = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', gitArgs(NUMSTAT_ARGS), {
      cwd: repo,
      env: gitEnv(),
      stdio: [input, 'pipe', 'inherit'],
    });
    child.stdout!.resume();
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git diff-tree exited ${code}`))));
  }).finally(() => closeSync(input));
  return {
    ms: performance.now() - t,
    gitCpuMs: childrenCpuMs() - cpu0,
    nodeCpuMs: 0,
    maxRssMiB: Number.NaN,
    commits: Number.NaN,
    agentCommits: Number.NaN,
    reportMiB: 0,
  };
}

/**
 * One scan as a fresh process (this program with --child): wall time from spawn to exit. With `shasOut`
 * (the untimed warm-up) the child also writes the agent commits' ids there.
 */
async function timeScan(repo: string, shasOut?: string): Promise<Measured> {
  const out: Buffer[] = [];
  const t = performance.now();
  await new Promise<void>((resolve, reject) => {
    const extra = shasOut ? ['--agent-shas', shasOut] : [];
    const child = spawn(process.execPath, [process.argv[1]!, '--child', repo, ...extra], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`scan child exited ${code}`))));
  });
  const ms = performance.now() - t;
  return { ...(JSON.parse(Buffer.concat(out).toString('utf8')) as Measured), ms };
}

/** In the child: `agent-attest scan --format json > /dev/null` (stdout a file, written synchronously). */
async function child(repo: string, shasOut: string | undefined): Promise<void> {
  const devNull = openSync('/dev/null', 'w');
  let bytes = 0;
  let last = '';
  const kept: string[] = [];
  const io: CliIO = {
    stdout: (t) => {
      bytes += Buffer.byteLength(t);
      last = t;
      if (shasOut) kept.push(t);
      writeSync(devNull, t);
    },
    stderr: (t) => void process.stderr.write(t),
    isTTY: false,
    cwd: repo,
  };
  const gitCpu0 = childrenCpuMs();
  const code = await scanCommand(['--repo-path', repo, ...SCAN_ARGS], io);
  if (code !== 0) throw new Error(`agent-attest scan exited ${code}`);
  if (shasOut) {
    const report = JSON.parse(kept.join('')) as { commits: Array<{ sha: string; agents: unknown[] }> };
    const shas = report.commits.filter((c) => c.agents.length > 0).map((c) => `${c.sha}\n`);
    await writeFile(shasOut, shas.join(''));
  }
  const count = (re: RegExp): number => Number(re.exec(last)?.[1] ?? Number.NaN);
  const result: Measured = {
    ms: Number.NaN,
    gitCpuMs: childrenCpuMs() - gitCpu0,
    nodeCpuMs: cpuMs(process.cpuUsage()),
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    commits: count(/"range": \{[^}]*?"commits": (\d+)/),
    agentCommits: count(/"agentCommits": (\d+)/),
    reportMiB: bytes / 2 ** 20,
  };
  process.stdout.write(JSON.stringify(result));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function packState(repo: string): string {
  const r = spawnSync('git', ['-C', repo, 'count-objects', '-v'], { encoding: 'utf8' });
  const v = Object.fromEntries(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(': ') as [string, string]),
  );
  return `${v['packs']} pack(s), ${(Number(v['size-pack']) / 1024).toFixed(0)} MiB, ${v['count']} loose`;
}

interface Shape {
  name: string;
  repo: string;
  prepare: () => Promise<void>;
  /** Why the shape cannot run, if so. */
  missing?: string;
}

async function main(): Promise<void> {
  const ci = args.indexOf('--child');
  if (ci >= 0) return child(args[ci + 1]!, option('--agent-shas'));

  const realMissing = existsSync(path.join(REAL, 'HEAD'))
    ? undefined
    : `no real history at ${REAL}: set BENCH_REAL_REPO to a clone with ≥ 100,000 commits on HEAD (e.g. \`git clone --bare https://github.com/rails/rails bench/.work/real.git\`, ~410 MiB, 99,429 commits)`;
  const shapes: Shape[] = [
    { name: `deep (${TOTAL.toLocaleString('en')}, fast-import pack)`, repo: DEEP, prepare: ensureDeep },
    {
      name: `deep (${TOTAL.toLocaleString('en')}, repacked)`,
      repo: DEEP_REPACKED,
      prepare: async () => {
        await ensureDeep();
        await ensureRepacked(DEEP, DEEP_REPACKED);
      },
    },
    {
      name: `real ${REAL_NAME} (as fetched)`,
      repo: REAL,
      prepare: async () => {},
      ...(realMissing ? { missing: realMissing } : {}),
    },
    {
      name: `real ${REAL_NAME} (repacked)`,
      repo: REAL_REPACKED,
      prepare: () => ensureRepacked(REAL, REAL_REPACKED),
      ...(realMissing && !complete(REAL_REPACKED) ? { missing: realMissing } : {}),
    },
  ].filter((_, i) => SHAPES.includes(['deep', 'deep-repacked', 'real', 'real-repacked'][i]!));

  const rows: string[] = [];
  const notes: string[] = [];
  const verdicts: string[] = [];
  const loadBefore = loadavg();
  for (const shape of shapes) {
    if (shape.missing) {
      rows.push(`| ${shape.name} | skipped | | | | | | | | | | | | |`);
      notes.push(`${shape.name}: ${shape.missing}.`);
      continue;
    }
    await shape.prepare();
    // Warm-up: page cache and the pack's index for both sides; the scan lists its agent commits.
    const shas = path.join(WORK, 'scan-agent-commits.txt');
    await timeGitLog(shape.repo);
    await timeScan(shape.repo, shas);
    await timeDiffTree(shape.repo, shas);
    const git: Measured[] = [];
    const scans: Measured[] = [];
    const diffs: Measured[] = [];
    for (let r = 0; r < RUNS; r++) {
      // Alternate which side goes first.
      if (r % 2 === 0) {
        git.push(await timeGitLog(shape.repo));
        scans.push(await timeScan(shape.repo));
      } else {
        scans.push(await timeScan(shape.repo));
        git.push(await timeGitLog(shape.repo));
      }
      diffs.push(await timeDiffTree(shape.repo, shas));
    }
    const m = (xs: Measured[], k: keyof Measured) => median(xs.map((x) => x[k]));
    const g = m(git, 'ms');
    const s = m(scans, 'ms');
    const gCpu = m(git, 'gitCpuMs') + m(git, 'nodeCpuMs');
    const sCpu = m(scans, 'nodeCpuMs') + m(scans, 'gitCpuMs');
    const rss = m(scans, 'maxRssMiB');
    const last = scans[scans.length - 1]!;
    // git's own work for the scan's facts (log + diffs of the agent commits) spread over every core, and
    // never less than the log alone: the best a scan that reads them from git could do on this machine.
    const diffCpu = m(diffs, 'gitCpuMs');
    const floor = Math.max(g, (m(git, 'gitCpuMs') + diffCpu) / availableParallelism());
    rows.push(
      `| ${shape.name} | ${last.commits.toLocaleString('en')} | ${last.agentCommits.toLocaleString('en')} | ${g.toFixed(0)} | ${m(diffs, 'ms').toFixed(0)} (${diffCpu.toFixed(0)} CPU) | ${floor.toFixed(0)} | ${s.toFixed(0)} | **${(s / g).toFixed(2)}×** | ${(s / floor).toFixed(2)}× | ${m(git, 'gitCpuMs').toFixed(0)} + ${m(git, 'nodeCpuMs').toFixed(0)} | ${m(scans, 'gitCpuMs').toFixed(0)} + ${m(scans, 'nodeCpuMs').toFixed(0)} | ${(sCpu / gCpu).toFixed(2)}× | ${rss.toFixed(0)} | ${last.reportMiB.toFixed(1)} |`,
    );
    notes.push(`${shape.name}: ${shape.repo} — ${packState(shape.repo)}.`);
    verdicts.push(
      `${shape.name}: wall ${(s / g).toFixed(2)}× ${s / g <= GOAL_RATIO ? '(met)' : '(NOT met)'}, peak RSS ${rss.toFixed(0)} MiB ${rss <= GOAL_RSS_MIB ? '(met)' : '(NOT met)'}`,
    );
  }
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
  process.stdout.write(
    [
      `### agent-attest scan --format json vs piped git log (median of ${RUNS}, same run)`,
      '',
      '| shape | commits | agent commits | git log ms | git diff-tree of the agent commits ms | git floor ms | scan ms | wall ratio | vs git floor | git log CPU ms (git + reader) | scan CPU ms (git + Node) | CPU ratio | scan peak RSS MiB | JSON MiB |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      `Goal ≤ ${GOAL_RATIO}× the piped git log in wall time, peak RSS ≤ ${GOAL_RSS_MIB} MiB:`,
      ...verdicts.map((v) => `- ${v}`),
      '',
      `git log: the scan's own \`git log\` arguments (same fields: %H %P %an %ae %cn %ce %at %B, --date-order) read by the bench process through a pipe. Scan: \`agent-attest scan --format json > /dev/null\` over HEAD's whole history in a fresh Node process, timed from spawn to exit: range look-ups, config surfaces, the commit stream with diffs of agent commits (lines, paths, risk paths), the streamed JSON report. CPU: user + system from /proc (10 ms ticks; Linux only). Peak RSS: the scan's Node process. git diff-tree: \`git diff-tree\` with the scan's own arguments (\`--numstat -M\`, one process) over the agent commits the scan found, read through a pipe. git floor: the larger of git log's wall time and git's CPU for both (log + diff-tree) spread over every core — what git alone spends on the scan's facts, the least any scan that asks git for them could take here.`,
      ...notes.map((n) => `- ${n}`),
      `${availableParallelism()} cores; load average ${load(loadBefore)} before, ${load(loadavg())} after (wall times move with other work; CPU columns do not).`,
      '',
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
