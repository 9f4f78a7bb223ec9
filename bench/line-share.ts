/**
 * Benchmark: `scan --line-share`'s blame step (computeLineShare: `git blame --incremental` over every tracked
 * text file at head, one git process per core, parsed and counted) against plain `git blame REV -- FILE` run
 * over the same files one after another (what a shell loop does), in the same run. Goal: ours ≤ 1.3× the
 * plain total.
 *
 * The repository is this project's own checkout by default (real code, real history), or `--repo DIR`.
 * Each side runs `--runs` times, alternating, after one warm-up each (the object store then sits in the page
 * cache for both); medians are reported. Prints a Markdown table.
 *
 *   npm run bench -- line-share [-- --runs 5 --repo DIR]
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gitArgs, gitEnv, runGit } from '../src/core/git/run.js';
import { listTextFiles } from '../src/core/report/line-share/blame.js';
import { computeLineShare } from '../src/core/report/line-share/index.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, repo: { type: 'string' } },
});
const RUNS = Number(values.runs);
const GOAL = 1.3;
const repoPath = path.resolve(values.repo ?? process.cwd());

/** Plain `git blame` of one file, output discarded (as `git blame … > /dev/null` in a loop). */
function plainBlame(rev: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArgs(['blame', rev, '--', file]), {
      cwd: repoPath,
      env: gitEnv(),
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git blame ${file}: exit ${code}`)),
    );
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const head = (await runGit(repoPath, ['rev-parse', 'HEAD'])).stdout.toString('utf8').trim();
const files = await listTextFiles(repoPath, head);
const totalLines = files.reduce((n, f) => n + f.lines, 0);

async function ours(concurrency?: number): Promise<number> {
  const t = performance.now();
  const share = await computeLineShare({
    repoPath,
    revision: head,
    attribution: new Map(),
    ...(concurrency ? { concurrency } : {}),
  });
  if (share.lines !== totalLines) throw new Error(`blamed ${share.lines} lines, expected ${totalLines}`);
  return performance.now() - t;
}

async function plain(): Promise<number> {
  const t = performance.now();
  for (const f of files) await plainBlame(head, f.path);
  return performance.now() - t;
}

await ours();
await plain();
const times = { ours: [] as number[], plain: [] as number[], serial: [] as number[] };
for (let i = 0; i < RUNS; i++) {
  times.plain.push(await plain());
  times.ours.push(await ours());
  times.serial.push(await ours(1));
}
const p = median(times.plain);
const o = median(times.ours);
const s = median(times.serial);
console.log(
  `repository: ${repoPath} at ${head.slice(0, 12)}: ${files.length} text files, ${totalLines} lines; ` +
    `${availableParallelism()} cores; median of ${RUNS} runs (wall time)\n`,
);
console.log('| what | wall ms | ratio to plain git blame |');
console.log('|---|---:|---:|');
console.log(`| plain \`git blame\` per file, one after another | ${p.toFixed(0)} | 1.00 |`);
console.log(
  `| line share (blame --incremental, parallel, counted) | ${o.toFixed(0)} | ${(o / p).toFixed(2)} |`,
);
console.log(`| line share, one git process at a time | ${s.toFixed(0)} | ${(s / p).toFixed(2)} |`);
console.log(`\ngoal: line share ≤ ${GOAL}× plain git blame: ${o / p <= GOAL ? 'met' : 'NOT met'}`);
