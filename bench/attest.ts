/**
 * Attest as a whole process, two cases, each beside its reference on the same data in the same run:
 *
 * 1. One file subject, signed: the built CLI's `attest` in a small git repository (3 commits) against a
 *    devstack started in this process, beside a minimal sigstore-js program (bundled with the esbuild options
 *    of scripts/build.mjs, like ours) that hashes the same file and calls `sigstore.attest()` for one in-toto
 *    statement on the same devstack. Both get a fresh identity token (not timed) and the same service URLs.
 *    Goal: ours ≤ 1.5× the minimal program.
 * 2. 20,000 small files (1–32 KiB, nested folders), `attest --no-sign --subject-path 'files/**'` in a folder
 *    that is not a git repository, beside `find files -type f -print0 | xargs -0 sha256sum` over the same
 *    files. Goal: ours ≤ 2× sha256sum (wall).
 *
 *   npm run bench -- attest                      (the harness bundles and runs it)
 *   npm run bench -- attest -- --runs 20 --files 20000
 *
 * Ours is a fresh build in bench/.work/attest-dist (`scripts/build.mjs --outdir`). Every program runs under
 * bash's `time` (wall, and the CPU of the child and everything it started: git, xargs); two warm-up runs
 * each, then `--runs` interleaved runs; medians. An extra untimed run with a counting `git` first on PATH
 * gives how many git processes the signed attest starts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDevstack, type Devstack } from '../src/devstack/index.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    files: { type: 'string', default: '20000' },
  },
});
const RUNS = Number(values.runs);
const FILES = Number(values.files);
const WARM_UP = 2;
const SIGN_GOAL = 1.5;
const FILES_GOAL = 2;

const root = process.cwd();
const work = path.join(root, 'bench', '.work');

/** The minimal program: what a sigstore-js user writes to attest one file. */
const MINIMAL_SOURCE = `import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { attest } from 'sigstore';

const [artifact, identityToken, fulcioURL, rekorURL, tsaServerURL, out] = process.argv.slice(2);
const sha256 = createHash('sha256').update(readFileSync(artifact)).digest('hex');
const statement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: artifact, digest: { sha256 } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {},
};
const bundle = await attest(Buffer.from(JSON.stringify(statement)), 'application/vnd.in-toto+json', {
  fulcioURL,
  rekorURL,
  tsaServerURL,
  identityToken,
});
writeFileSync(out, JSON.stringify(bundle));
`;

function buildMinimal(): string {
  const dir = path.join(work, 'attest-minimal');
  mkdirSync(dir, { recursive: true });
  const src = path.join(dir, 'src.mjs');
  const out = path.join(dir, 'main.js');
  writeFileSync(src, MINIMAL_SOURCE);
  const r = spawnSync(
    path.join(root, 'node_modules', '.bin', 'esbuild'),
    [
      src,
      `--outfile=${out}`,
      '--bundle',
      '--format=esm',
      '--platform=node',
      '--target=node22',
      '--legal-comments=linked',
      '--log-level=warning',
      "--banner:js=import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);",
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('esbuild of the minimal program failed');
  return out;
}

function buildOurs(): string {
  const outdir = path.join(work, 'attest-dist');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', outdir], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('scripts/build.mjs --outdir failed');
  return path.join(outdir, 'cli.js');
}

const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

/** A 3-commit repository with one build output (not committed) to attest. */
function smallRepo(dir: string): void {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  for (let i = 1; i <= 3; i++) {
    writeFileSync(path.join(dir, `src-${i}.ts`), `export const n = ${i};\n`);
    git(dir, 'add', '.');
    git(dir, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-qm', `change ${i}`);
  }
  writeFileSync(path.join(dir, 'app.tgz'), randomFillSync(Buffer.alloc(256 * 1024)));
}

/** Small files: 1–32 KiB (as bench/digest.ts), 100 to a folder, two levels deep. */
function manyFiles(dir: string, count: number): void {
  const seed = randomFillSync(Buffer.alloc(32 * 1024));
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, 'files', `d${Math.floor(i / 1000)}`, `e${Math.floor(i / 100) % 10}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    seed.writeUInt32LE(i, 0);
    writeFileSync(path.join(folder, `f${i}.bin`), seed.subarray(0, 1024 + ((i * 7919) % (31 * 1024))));
  }
}

interface Program {
  name: string;
  /** argv, given a fresh token when the program signs. */
  argv: (token: string) => string[];
  cwd: string;
  signs: boolean;
  wall: number[];
  cpu: number[];
}

/** One run under bash's `time` (async: the devstack in this process must keep answering). */
function timeOnce(
  argv: string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
): Promise<{ wall: number; cpu: number }> {
  const script = 'TIMEFORMAT="%3R %3U %3S"; time "$0" "$@" >/dev/null 2>"$AA_BENCH_STDERR"';
  return new Promise((resolve, reject) => {
    const errFile = path.join(cwd, '.bench-stderr');
    const child = spawn('bash', ['-c', script, ...argv], {
      cwd,
      env: { ...(env ?? process.env), AA_BENCH_STDERR: errFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        const why = (() => {
          try {
            return readFileSync(errFile, 'utf8').slice(0, 600);
          } catch {
            return err;
          }
        })();
        reject(new Error(`${argv.slice(0, 3).join(' ')} exited ${code}: ${why}`));
        return;
      }
      const [real, user, sys] = err.trim().split('\n').pop()!.split(' ').map(Number);
      resolve({ wall: real! * 1000, cpu: (user! + sys!) * 1000 });
    });
  });
}

/** How many git processes one run starts: a counting `git` first on PATH (untimed). */
async function gitProcesses(p: Program, token: string): Promise<number> {
  const shim = mkdtempSync(path.join(tmpdir(), 'aa-bench-git-'));
  const log = path.join(shim, 'count');
  const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(path.join(shim, 'git'), `#!/bin/sh\necho x >> '${log}'\nexec '${realGit}' "$@"\n`);
  chmodSync(path.join(shim, 'git'), 0o755);
  writeFileSync(log, '');
  try {
    await timeOnce(p.argv(token), p.cwd, { ...process.env, PATH: `${shim}:${process.env['PATH']}` });
    return readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
  } finally {
    rmSync(shim, { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function measure(stack: Devstack, programs: Program[]): Promise<void> {
  const token = () => stack.issueToken();
  for (let i = 0; i < WARM_UP; i++)
    for (const p of programs) await timeOnce(p.argv(p.signs ? await token() : ''), p.cwd);
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < programs.length; k++) {
      const p = programs[(k + i) % programs.length]!;
      const t = await timeOnce(p.argv(p.signs ? await token() : ''), p.cwd);
      p.wall.push(t.wall);
      p.cpu.push(t.cpu);
    }
  }
}

async function main(): Promise<void> {
  const cli = buildOurs();
  const minimal = buildMinimal();
  const node = process.execPath;
  const dir = mkdtempSync(path.join(tmpdir(), 'aa-bench-attest-'));
  const stack = await startDevstack({ profile: 'public-good' });
  try {
    const repo = path.join(dir, 'repo');
    smallRepo(repo);
    const filesDir = path.join(dir, 'many');
    manyFiles(filesDir, FILES);
    const { fulcio, rekor, tsa } = stack.urls;
    const out = path.join(dir, 'out');
    mkdirSync(out);

    const signed: Program[] = [
      {
        name: 'minimal sigstore-js `attest()` (reference)',
        argv: (t) => [node, minimal, 'app.tgz', t, fulcio, rekor!, tsa, path.join(out, 'minimal.json')],
        cwd: repo,
        signs: true,
        wall: [],
        cpu: [],
      },
      {
        name: 'agent-attest attest --subject-path app.tgz',
        argv: (t) => [
          node,
          cli,
          'attest',
          '--subject-path',
          'app.tgz',
          '--identity-token',
          t,
          '--fulcio-url',
          fulcio,
          '--rekor-url',
          rekor!,
          '--tsa-url',
          tsa,
          '--bundle-out',
          path.join(out, 'ours.sigstore.json'),
        ],
        cwd: repo,
        signs: true,
        wall: [],
        cpu: [],
      },
    ];
    const many: Program[] = [
      {
        name: 'find files -type f -print0 \\| xargs -0 sha256sum (reference)',
        argv: () => ['sh', '-c', 'find files -type f -print0 | xargs -0 sha256sum'],
        cwd: filesDir,
        signs: false,
        wall: [],
        cpu: [],
      },
      {
        name: "agent-attest attest --no-sign --subject-path 'files/**'",
        argv: () => [
          node,
          cli,
          'attest',
          '--no-sign',
          '--subject-path',
          'files/**',
          '--statement-out',
          path.join(out, 'many.intoto.json'),
        ],
        cwd: filesDir,
        signs: false,
        wall: [],
        cpu: [],
      },
    ];

    const loadBefore = loadavg();
    await measure(stack, signed);
    const oursGit = await gitProcesses(signed[1]!, await stack.issueToken());
    await measure(stack, many);
    const loadAfter = loadavg();

    // Above 1024 subjects the statements are numbered: many-1.intoto.json, many-2.intoto.json, …
    const statements = readdirSync(out).filter((f) => /^many-\d+\.intoto\.json$/.test(f));
    const subjects = statements
      .map(
        (f) => (JSON.parse(readFileSync(path.join(out, f), 'utf8')) as { subject: unknown[] }).subject.length,
      )
      .reduce((a, b) => a + b, 0);
    if (subjects !== FILES) throw new Error(`ours attested ${subjects} subjects, not ${FILES}`);

    const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    const met = (r: number, goal: number) => (r <= goal ? 'met' : 'NOT met');
    const table = (title: string, [ref, ours]: Program[], goal: number, extra: string[]) => {
      const [rw, rc, ow, oc] = [median(ref!.wall), median(ref!.cpu), median(ours!.wall), median(ours!.cpu)];
      return [
        `### ${title} — median of ${RUNS} interleaved runs`,
        '',
        '| program | wall ms | CPU ms | wall vs reference | CPU vs reference |',
        '|---|---:|---:|---:|---:|',
        `| ${ref!.name} | ${rw.toFixed(0)} | ${rc.toFixed(0)} | 1.00× | 1.00× |`,
        `| ${ours!.name} | ${ow.toFixed(0)} | ${oc.toFixed(0)} | ${x(ow, rw)} | ${x(oc, rc)} |`,
        '',
        `Goal ≤ ${goal.toFixed(1)}× the reference (wall): ${x(ow, rw)} ${met(ow / rw, goal)}.`,
        ...extra,
        '',
      ];
    };
    const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' ');
    const lines = [
      ...table('attest: one file subject, signed, as a whole process', signed, SIGN_GOAL, [
        `Ours starts ${oursGit} git process(es) in the 3-commit repository (GitHub-style token: GitHub provenance, attribution and config-surface facts; reviews not requested without a token). Devstack (public-good profile: Fulcio + CT, Rekor, TSA) in the bench's process.`,
      ]),
      ...table(
        `attest: ${FILES.toLocaleString('en')} small files, --no-sign, as a whole process`,
        many,
        FILES_GOAL,
        [
          `Files of 1–32 KiB in 200 folders, page cache warm; ours writes ${statements.length} statements of ≤ 1,024 subjects (not a git repository: no range facts). CPU includes every thread and child.`,
        ],
      ),
      `Ours: ${path.relative(root, cli)} (a fresh build); minimal: ${path.relative(root, minimal)} (same esbuild options). Wall and CPU (user + system of the child and its children) from bash's \`time\`; ${WARM_UP} warm-up runs each. Node ${process.version}.`,
      `${availableParallelism()} cores; load average ${load(loadBefore)} before, ${load(loadAfter)} after.`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    await stack.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
