/**
 * What the commit-time hook adds to a `git commit`: the same commit in repositories without and with the hook,
 * interleaved in one run, as a human (no agent variable: the sh script ends after its builtin tests) and as an
 * agent (CLAUDECODE=1 and a session id: Node starts, the CLI tags the message through git interpret-trailers).
 * Also the global install (core.hooksPath: a stub for every hook git runs during a commit).
 * Goal: ≤ 5 ms added to a human commit, ≤ 150 ms to an agent's (medians).
 *
 * References in the same run, because on a loaded machine every process start costs several times what it costs
 * on an idle one: the least any hook can cost — a prepare-commit-msg that is `exit 0` (for the human case), one
 * that runs `node -e ''` (the agent case) — and a core.hooksPath folder of `exit 0` stubs for every hook name
 * (the global case). The ratio to them does not move with the load; CPU is user + system of git and everything
 * it waited for.
 *
 *   npm run bench -- hooks                    (the harness bundles and runs it)
 *   npm run bench -- hooks -- --runs 40
 *
 * The CLI is a fresh build of the sources (`scripts/build.mjs --outdir bench/.work/hooks-dist`). Every repository
 * lives in bench/.work/hooks/ and is made anew; git runs without the machine's configuration.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GIT_HOOK_NAMES } from '../src/core/hooks/script.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const RUNS = Number(values.runs);
const WARM_UP = 3;
const GOAL_HUMAN_MS = 5;
const GOAL_AGENT_MS = 150;

const root = process.cwd();
const work = path.join(root, 'bench', '.work', 'hooks');
const dist = path.join(root, 'bench', '.work', 'hooks-dist');

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): void {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}: ${r.stderr}`);
}

interface Setup {
  name: string;
  dir: string;
  env: NodeJS.ProcessEnv;
}

function isolated(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig'),
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
  };
}

function repository(name: string, install?: string[], hook?: string): Setup {
  const home = path.join(work, `${name}-home`);
  const dir = path.join(work, name);
  mkdirSync(home, { recursive: true });
  writeFileSync(path.join(home, 'gitconfig'), '');
  const env = isolated(home);
  run('git', ['init', '-q', '-b', 'main', dir], work, env);
  writeFileSync(path.join(dir, 'README.md'), 'bench\n');
  run('git', ['add', '-A'], dir, env);
  run('git', ['commit', '-q', '-m', 'initial'], dir, env);
  if (install) run(process.execPath, [path.join(dist, 'cli.js'), 'hooks', 'install', ...install], dir, env);
  if (hook) writeFileSync(path.join(dir, '.git', 'hooks', 'prepare-commit-msg'), hook, { mode: 0o755 });
  return { name, dir, env };
}

/** A core.hooksPath folder whose every hook is `exit 0`: what any global hooks folder costs at least. */
function emptyGlobal(): Setup {
  const s = repository('global-empty');
  const hooks = path.join(work, 'global-empty-hooks');
  mkdirSync(hooks);
  for (const name of GIT_HOOK_NAMES)
    writeFileSync(path.join(hooks, name), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  run('git', ['config', '--global', 'core.hooksPath', hooks], s.dir, s.env);
  return s;
}

interface Sample {
  wall: number;
  cpu: number;
}

/**
 * One `git commit` (empty: every hook still runs), timed by bash's `time`: wall, and CPU (user + system) of git
 * and everything it waited for — the hook's sh, Node and git processes. CPU does not move with the machine's load.
 */
function commitMs(s: Setup, extra: NodeJS.ProcessEnv): Sample {
  const r = spawnSync(
    'bash',
    ['-c', 'TIMEFORMAT="%3R %3U %3S"; time git commit -q --allow-empty -m "bench change" 2>/dev/null'],
    { cwd: s.dir, env: { ...s.env, ...extra }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`git commit failed in ${s.dir}: ${r.stderr}`);
  const [wall, user, sys] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall: wall! * 1000, cpu: (user! + sys!) * 1000 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number): string => ms.toFixed(1);

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', dist], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('scripts/build.mjs --outdir failed');

const none = repository('none');
const emptyHook = repository('empty-hook', undefined, '#!/bin/sh\nexit 0\n');
const nodeHook = repository('node-hook', undefined, `#!/bin/sh\nexec '${process.execPath}' -e ''\n`);
const repo = repository('repository', []);
const globalEmpty = emptyGlobal();
const global = repository('global', ['--global']);
const HUMAN: NodeJS.ProcessEnv = {};
const AGENT: NodeJS.ProcessEnv = {
  CLAUDECODE: '1',
  CLAUDE_CODE_SESSION_ID: '8a718ed2-2856-435b-bd9a-63c5b8291b42',
};

// Check once that the setups do what they claim before timing them.
commitMs(repo, AGENT);
const tagged = spawnSync('git', ['log', '-1', '--format=%(trailers:key=Agent,valueonly)'], {
  cwd: repo.dir,
  env: repo.env,
  encoding: 'utf8',
}).stdout.trim();
if (tagged !== 'claude-code (env CLAUDECODE=1)')
  throw new Error(`the hook did not tag the commit: '${tagged}'`);

const cases: { setup: Setup; who: string; env: NodeJS.ProcessEnv }[] = [];
for (const setup of [none, emptyHook, nodeHook, repo, globalEmpty, global])
  for (const [who, env] of [
    ['human', HUMAN],
    ['agent', AGENT],
  ] as const)
    cases.push({ setup, who, env });
const times = new Map<string, Sample[]>(cases.map((c) => [`${c.setup.name}/${c.who}`, []]));
for (let i = 0; i < WARM_UP + RUNS; i++) {
  for (const c of cases) {
    const sample = commitMs(c.setup, c.env);
    if (i >= WARM_UP) times.get(`${c.setup.name}/${c.who}`)!.push(sample);
  }
}

const med = (key: string, of: keyof Sample): number => median(times.get(key)!.map((x) => x[of]));
console.log(
  `${RUNS} commits per cell after ${WARM_UP} warm-up, interleaved; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${availableParallelism()} CPUs; Node ${process.version}\n`,
);
console.log(
  '| git commit | no hook: wall / CPU (ms) | with the hook: wall / CPU (ms) | added: wall / CPU (ms) | goal | reference hook: added wall / CPU (ms) | added CPU ÷ reference |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
const rows: { label: string; setup: Setup; who: 'human' | 'agent'; reference: Setup; refLabel: string }[] = [
  {
    label: 'human, repository install',
    setup: repo,
    who: 'human',
    reference: emptyHook,
    refLabel: '`exit 0`',
  },
  {
    label: 'agent, repository install',
    setup: repo,
    who: 'agent',
    reference: nodeHook,
    refLabel: "`node -e ''`",
  },
  {
    label: 'human, global install (core.hooksPath)',
    setup: global,
    who: 'human',
    reference: globalEmpty,
    refLabel: '`exit 0` for every hook',
  },
  {
    label: 'agent, global install (core.hooksPath)',
    setup: global,
    who: 'agent',
    reference: nodeHook,
    refLabel: "`node -e ''`",
  },
];
for (const r of rows) {
  const [bw, bc] = [med(`none/${r.who}`, 'wall'), med(`none/${r.who}`, 'cpu')];
  const [hw, hc] = [med(`${r.setup.name}/${r.who}`, 'wall'), med(`${r.setup.name}/${r.who}`, 'cpu')];
  const [rw, rc] = [med(`${r.reference.name}/${r.who}`, 'wall'), med(`${r.reference.name}/${r.who}`, 'cpu')];
  const goal = r.who === 'human' ? GOAL_HUMAN_MS : GOAL_AGENT_MS;
  const ratio = rc - bc > 0 ? ((hc - bc) / (rc - bc)).toFixed(2) : 'n/a';
  console.log(
    `| ${r.label} | ${fmt(bw)} / ${fmt(bc)} | ${fmt(hw)} / ${fmt(hc)} | ${fmt(hw - bw)} / ${fmt(hc - bc)} | ≤ ${goal} | ${r.refLabel}: ${fmt(rw - bw)} / ${fmt(rc - bc)} | ${ratio} |`,
  );
}
