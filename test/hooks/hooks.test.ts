/**
 * The hook as users run it: the built CLI installs it in real repositories, and real `git commit`s run it — with
 * and without an agent's environment, through amend, rebase and cherry-pick, beside an existing hook, a failing
 * hook, husky's core.hooksPath, the global install, and with a CLI or Node.js that is gone (the commit still
 * succeeds, untouched).
 */
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEntryPoints, runCli, type Built } from '../support/built.js';
import { GitRepo } from '../support/gitrepo.js';

let built: Built;
const repos: GitRepo[] = [];
const temps: string[] = [];
beforeAll(async () => {
  built = await buildEntryPoints();
});
afterAll(async () => {
  await Promise.all(repos.map((r) => r.remove()));
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
  await built?.close();
});

async function newRepo(): Promise<GitRepo> {
  const r = await GitRepo.create();
  repos.push(r);
  await r.commit({ message: 'initial', files: { 'README.md': 'hi\n' } });
  return r;
}

const CLAUDE = { CLAUDECODE: '1', CLAUDE_CODE_SESSION_ID: 'session-one' };

function hooks(repo: GitRepo, args: string[], cli: Built = built) {
  return runCli(cli, ['hooks', ...args], { cwd: repo.path, env: repo.env() });
}

/** A real `git commit -m` (hooks run), with extra environment; returns the run. */
async function commit(
  repo: GitRepo,
  message: string,
  opts: { env?: Record<string, string>; file?: string; args?: string[] } = {},
) {
  const file = opts.file ?? `f${Math.random().toString(36).slice(2)}.txt`;
  await writeFile(path.join(repo.path, file), `${file}\n`);
  await repo.git(['add', file]);
  return repo.run(['commit', '-q', ...(opts.args ?? []), '-m', message], { env: opts.env });
}

const message = (repo: GitRepo, rev = 'HEAD') => repo.git(['log', '-1', '--format=%B', rev]);
const trailers = (repo: GitRepo, key: string, rev = 'HEAD') =>
  repo
    .git(['log', '-1', `--format=%(trailers:key=${key},valueonly,unfold)`, rev])
    .then((s) => s.split('\n').filter(Boolean));

async function listing(dir: string): Promise<Record<string, { mode: number; text: string }>> {
  const out: Record<string, { mode: number; text: string }> = {};
  for (const name of (await readdir(dir)).sort()) {
    const p = path.join(dir, name);
    const s = await stat(p);
    if (s.isFile()) out[name] = { mode: s.mode, text: await readFile(p, 'utf8') };
  }
  return out;
}

describe('repository install', () => {
  it('tags agent commits, leaves human commits alone, and uninstalls to exactly what was there', async () => {
    const repo = await newRepo();
    const hooksDir = path.join(repo.path, '.git', 'hooks');
    const before = await listing(hooksDir);

    const r = await hooks(repo, ['install']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`installed ${path.join(hooksDir, 'prepare-commit-msg')}`);

    expect((await commit(repo, 'human change')).code).toBe(0);
    expect(await message(repo)).toBe('human change');

    const agent = await commit(repo, 'agent change\n\nWhy it was made.', { env: CLAUDE });
    expect(agent.code, agent.stderr).toBe(0);
    expect(agent.stderr).toBe('');
    expect(await trailers(repo, 'Agent')).toEqual(['claude-code (env CLAUDECODE=1)']);
    expect(await trailers(repo, 'Agent-Session')).toEqual(['session-one (env CLAUDE_CODE_SESSION_ID)']);
    expect(await message(repo)).toBe(
      'agent change\n\nWhy it was made.\n\nAgent: claude-code (env CLAUDECODE=1)\nAgent-Session: session-one (env CLAUDE_CODE_SESSION_ID)',
    );

    const u = await hooks(repo, ['uninstall']);
    expect(u.code, u.stderr).toBe(0);
    expect(await listing(hooksDir)).toEqual(before);
    expect((await commit(repo, 'after uninstall', { env: CLAUDE })).code).toBe(0);
    expect(await message(repo)).toBe('after uninstall');
  });

  it('scan reads what the hook wrote: a declared, tagged agent commit with model, session and review requirement', async () => {
    const repo = await newRepo();
    expect((await hooks(repo, ['install', '--review', 'required'])).code).toBe(0);
    expect((await commit(repo, 'human change')).code).toBe(0);
    const env = { ...CLAUDE, ANTHROPIC_MODEL: 'claude-opus-4-5' };
    expect((await commit(repo, 'agent change', { env })).code).toBe(0);
    const head = await repo.git(['rev-parse', 'HEAD']);
    const r = await runCli(built, ['scan', '--format', 'json'], { cwd: repo.path, env: repo.env() });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      commits: {
        sha: string;
        agents: { id: string; model: string; strength: string }[];
        commitTag?: unknown;
      }[];
      totals: { agentCommits: number; taggedCommits: number; unknownCommits: number };
    };
    expect(report.totals).toMatchObject({ agentCommits: 1, taggedCommits: 1, unknownCommits: 2 });
    const tagged = report.commits.find((c) => c.sha === head)!;
    expect(tagged.agents).toMatchObject([
      { id: 'claude-code', model: 'anthropic/claude-opus-4-5', strength: 'declared' },
    ]);
    expect(tagged.commitTag).toEqual({
      conventions: ['Agent'],
      agents: ['claude-code'],
      models: ['claude-opus-4-5'],
      sessions: ['session-one'],
      review: ['required'],
    });
  });

  it('runs the hook that was there first, keeps its failures, and restores it byte for byte', async () => {
    const repo = await newRepo();
    const target = path.join(repo.path, '.git', 'hooks', 'prepare-commit-msg');
    const previous = [
      '#!/bin/sh',
      '# a team hook: adds the ticket and refuses WIP',
      'grep -q WIP "$1" && { echo "no WIP commits" >&2; exit 1; }',
      'printf "\\nTicket: ABC-1\\n" >> "$1"',
      '',
    ].join('\n');
    await writeFile(target, previous, { mode: 0o750 });
    const mode = (await stat(target)).mode;

    expect((await hooks(repo, ['install'])).code).toBe(0);
    // Idempotent: a second install refreshes ours and keeps the saved hook as it is.
    const again = await hooks(repo, ['install']);
    expect(again.stdout).toContain('refreshed');
    expect(await readdir(path.join(repo.path, '.git', 'hooks'))).toEqual(
      expect.arrayContaining(['prepare-commit-msg', 'prepare-commit-msg.agent-attest-saved']),
    );

    const wip = await commit(repo, 'WIP agent change', { env: CLAUDE });
    expect(wip.code).not.toBe(0);
    expect(wip.stderr).toContain('no WIP commits');

    expect((await commit(repo, 'agent change', { env: CLAUDE })).code).toBe(0);
    expect(await trailers(repo, 'Ticket')).toEqual(['ABC-1']);
    expect(await trailers(repo, 'Agent')).toEqual(['claude-code (env CLAUDECODE=1)']);
    // One trailer block, the way git sees it.
    expect(await repo.git(['log', '-1', '--format=%(trailers:only,unfold)'])).toBe(
      'Ticket: ABC-1\nAgent: claude-code (env CLAUDECODE=1)\nAgent-Session: session-one (env CLAUDE_CODE_SESSION_ID)',
    );

    expect((await hooks(repo, ['uninstall'])).code).toBe(0);
    expect(await readFile(target, 'utf8')).toBe(previous);
    expect((await stat(target)).mode).toBe(mode);
  });

  it('tags --no-verify commits (Aider commits that way) and never duplicates a trailer', async () => {
    const repo = await newRepo();
    await hooks(repo, ['install', '--review', 'required']);
    const aider = await commit(repo, 'aider: fix', {
      env: { GIT_COMMITTER_NAME: 'Dev Eloper (aider)' },
      args: ['--no-verify'],
    });
    expect(aider.code, aider.stderr).toBe(0);
    expect(await trailers(repo, 'Agent')).toEqual(['aider (env GIT_COMMITTER_NAME)']);
    expect(await trailers(repo, 'Agent-Review')).toEqual(['required']);

    const written =
      'agent wrote its own\n\nCo-Authored-By: Claude <noreply@anthropic.com>\nAgent: claude-code (env CLAUDECODE=1)';
    expect((await commit(repo, written, { env: CLAUDE })).code).toBe(0);
    expect(await trailers(repo, 'Agent')).toEqual(['claude-code (env CLAUDECODE=1)']);
    expect(await trailers(repo, 'Co-Authored-By')).toEqual(['Claude <noreply@anthropic.com>']);
    expect(await trailers(repo, 'Agent-Session')).toEqual(['session-one (env CLAUDE_CODE_SESSION_ID)']);
  });

  it('places trailers where git finds them: after a --- line, before comments, never on an empty message', async () => {
    const repo = await newRepo();
    await hooks(repo, ['install']);
    expect((await commit(repo, 'subject\n\nnotes\n---\nmore notes', { env: CLAUDE })).code).toBe(0);
    expect(await trailers(repo, 'Agent')).toEqual(['claude-code (env CLAUDECODE=1)']);

    // A message file with git's comment lines (the editor's template): the trailers go above them.
    await writeFile(
      path.join(repo.path, 'msg.txt'),
      'from a file\n\n# Please enter the commit message\n# Lines starting with # are ignored\n',
    );
    await writeFile(path.join(repo.path, 'g.txt'), 'g\n');
    await repo.git(['add', 'g.txt']);
    const f = await repo.run(['commit', '-q', '-F', 'msg.txt', '--cleanup=strip'], { env: CLAUDE });
    expect(f.code, f.stderr).toBe(0);
    expect(await message(repo)).toBe(
      'from a file\n\nAgent: claude-code (env CLAUDECODE=1)\nAgent-Session: session-one (env CLAUDE_CODE_SESSION_ID)',
    );

    const empty = await commit(repo, '', { env: CLAUDE, args: ['--allow-empty-message'] });
    expect(empty.code, empty.stderr).toBe(0);
    expect(await message(repo)).toBe('');
  });

  it('keeps tags intact through amend, rebase and cherry-pick, and never tags a replay', async () => {
    const repo = await newRepo();
    await hooks(repo, ['install']);
    await repo.git(['checkout', '-q', '-b', 'feature']);
    expect((await commit(repo, 'agent work', { env: CLAUDE })).code).toBe(0);
    const tagged = await message(repo);

    // A human amends without editing: the message, trailers and all, is kept.
    expect((await repo.run(['commit', '-q', '--amend', '--no-edit'])).code).toBe(0);
    expect(await message(repo)).toBe(tagged);
    // The agent amends in a new session: the new session is added, nothing is duplicated.
    expect(
      (
        await repo.run(['commit', '-q', '--amend', '--no-edit'], {
          env: { ...CLAUDE, CLAUDE_CODE_SESSION_ID: 'two' },
        })
      ).code,
    ).toBe(0);
    expect(await trailers(repo, 'Agent')).toEqual(['claude-code (env CLAUDECODE=1)']);
    expect(await trailers(repo, 'Agent-Session')).toEqual([
      'session-one (env CLAUDE_CODE_SESSION_ID)',
      'two (env CLAUDE_CODE_SESSION_ID)',
    ]);
    const amended = await message(repo);
    expect((await commit(repo, 'human work on the branch')).code).toBe(0);

    // main moves on; the branch is rebased by the agent: replayed commits keep what they had, gain nothing.
    await repo.git(['checkout', '-q', 'main']);
    expect((await commit(repo, 'human on main')).code).toBe(0);
    await repo.git(['checkout', '-q', 'feature']);
    const rebase = await repo.run(['rebase', '-q', 'main'], { env: CLAUDE });
    expect(rebase.code, rebase.stderr).toBe(0);
    expect(await message(repo, 'HEAD~1')).toBe(amended);
    expect(await message(repo, 'HEAD')).toBe('human work on the branch');
    expect(await repo.git(['rev-parse', 'HEAD~2'])).toBe(await repo.git(['rev-parse', 'main']));

    // Cherry-picked onto main by a human, then by the agent: the tag travels, nothing is added.
    await repo.git(['checkout', '-q', 'main']);
    expect((await repo.run(['cherry-pick', 'feature~1'])).code).toBe(0);
    expect(await message(repo)).toBe(amended);
    const pick = await repo.run(['cherry-pick', 'feature'], { env: CLAUDE });
    expect(pick.code, pick.stderr).toBe(0);
    expect(await message(repo)).toBe('human work on the branch');
  });
});

describe('when the hook cannot run the CLI', () => {
  it('a CLI that crashes or is gone, or a Node.js that is gone: the commit goes ahead untagged with a warning', async () => {
    // A copy of the build the test can break.
    const dir = await mkdtemp(path.join(tmpdir(), 'aa-broken-'));
    temps.push(dir);
    for (const entry of await readdir(built.dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const from = path.join(entry.parentPath, entry.name);
      const to = path.join(dir, path.relative(built.dir, from));
      await mkdir(path.dirname(to), { recursive: true });
      await copyFile(from, to);
    }
    const broken: Built = { dir, close: async () => {} };
    const repo = await newRepo();
    expect((await hooks(repo, ['install'], broken)).code).toBe(0);

    // The CLI's code is damaged: node fails on it.
    await writeFile(path.join(dir, 'cli.js'), 'throw new Error("damaged install");\n');
    const crashed = await commit(repo, 'agent change one', { env: CLAUDE });
    expect(crashed.code).toBe(0);
    expect(crashed.stderr).toContain('agent-attest: tagging failed (the message is unchanged)');
    expect(await message(repo)).toBe('agent change one');

    // The CLI is gone.
    await rm(path.join(dir, 'cli.js'));
    const gone = await commit(repo, 'agent change two', { env: CLAUDE });
    expect(gone.code).toBe(0);
    expect(gone.stderr).toMatch(/agent-attest: the hook's Node\.js .* or CLI .* is gone/);
    expect(await message(repo)).toBe('agent change two');
    const status = await hooks(repo, ['status', '--format', 'json']);
    expect(JSON.parse(status.stdout).repository.hook.problems).toEqual([
      `the CLI ${path.join(dir, 'cli.js')} is gone`,
    ]);

    // Node.js is gone (the recorded path no longer exists).
    const hook = path.join(repo.path, '.git', 'hooks', 'prepare-commit-msg');
    await writeFile(hook, (await readFile(hook, 'utf8')).replaceAll(process.execPath, '/nonexistent/node'));
    const noNode = await commit(repo, 'agent change three', { env: CLAUDE });
    expect(noNode.code).toBe(0);
    expect(noNode.stderr).toContain("the hook's Node.js (/nonexistent/node)");
    expect(await message(repo)).toBe('agent change three');
  });

  it('git interpret-trailers not writing the tag leaves the message as it was (the hook warns)', async () => {
    const repo = await newRepo();
    await hooks(repo, ['install']);
    // The user's config runs a command for Agent: trailers that fails; git then writes `Agent: ` empty.
    await repo.git(['config', 'trailer.agent.key', 'Agent']);
    await repo.git(['config', 'trailer.agent.cmd', 'exit 3']);
    const r = await commit(repo, 'agent change', { env: CLAUDE });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'agent-attest: this commit is not tagged (git interpret-trailers did not add the tag); the message is unchanged',
    );
    expect(await message(repo)).toBe('agent change');
  });
});

describe('beside hook managers', () => {
  it('husky (core.hooksPath=.husky): edits no tracked file, prints the line, and the line works', async () => {
    const repo = await newRepo();
    await mkdir(path.join(repo.path, '.husky'));
    const huskyHook = path.join(repo.path, '.husky', 'prepare-commit-msg');
    await writeFile(huskyHook, '#!/bin/sh\nprintf "\\nHusky: ran\\n" >> "$1"\n', { mode: 0o755 });
    await repo.git(['add', '.husky']);
    await repo.git(['commit', '-q', '-m', 'husky']);
    await repo.git(['config', 'core.hooksPath', '.husky']);

    const r = await hooks(repo, ['install']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`add this line to ${huskyHook}`);
    expect(await repo.git(['status', '--porcelain'])).toBe('');
    const line = r.stdout.trim().split('\n').at(-1)!;
    expect(line).toContain('agent-attest/prepare-commit-msg');

    // Until the line is added, husky's hook runs alone.
    expect((await commit(repo, 'agent before', { env: CLAUDE })).code).toBe(0);
    expect(await trailers(repo, 'Agent')).toEqual([]);

    await writeFile(huskyHook, `${await readFile(huskyHook, 'utf8')}${line}\n`);
    expect((await commit(repo, 'agent after', { env: CLAUDE })).code).toBe(0);
    expect(await trailers(repo, 'Husky')).toEqual(['ran']);
    expect(await trailers(repo, 'Agent')).toEqual(['claude-code (env CLAUDECODE=1)']);
    const status = JSON.parse((await hooks(repo, ['status', '--format', 'json'])).stdout);
    expect(status.repository).toMatchObject({ owner: 'husky', lineToAdd: { present: true } });

    // A clone without agent-attest runs the line as a no-op.
    expect((await hooks(repo, ['uninstall'])).code).toBe(0);
    expect((await commit(repo, 'agent after uninstall', { env: CLAUDE })).code).toBe(0);
    expect(await trailers(repo, 'Agent')).toEqual([]);
    expect(await trailers(repo, 'Husky')).toEqual(['ran']);
  });

  it('pre-commit and lefthook hooks in .git/hooks are chained and named', async () => {
    const repo = await newRepo();
    const target = path.join(repo.path, '.git', 'hooks', 'prepare-commit-msg');
    await writeFile(target, '#!/bin/sh\n# File generated by pre-commit: https://pre-commit.com\nexit 0\n', {
      mode: 0o755,
    });
    const r = await hooks(repo, ['install']);
    expect(r.stdout).toContain('pre-commit owned prepare-commit-msg');
    const status = JSON.parse((await hooks(repo, ['status', '--format', 'json'])).stdout);
    expect(status.repository).toMatchObject({ owner: 'pre-commit', saved: `${target}.agent-attest-saved` });
    expect((await commit(repo, 'agent', { env: CLAUDE })).code).toBe(0);
    expect(await trailers(repo, 'Agent')).toHaveLength(1);
  });
});

describe('global install', () => {
  it('chains to each repository own hooks, tags agent commits, and restores core.hooksPath', async () => {
    const repo = await newRepo();
    const own = path.join(repo.path, '.git', 'hooks');
    await writeFile(
      path.join(own, 'pre-commit'),
      '#!/bin/sh\ngit diff --cached | grep -q forbidden && exit 1\nexit 0\n',
      {
        mode: 0o755,
      },
    );
    await writeFile(
      path.join(own, 'commit-msg'),
      '#!/bin/sh\ngit interpret-trailers --in-place --trailer "Checked: yes" "$1"\n',
      {
        mode: 0o755,
      },
    );

    const r = await hooks(repo, ['install', '--global']);
    expect(r.code, r.stderr).toBe(0);
    const dir = path.join(repo.env().HOME!, '.config', 'agent-attest', 'hooks');
    expect(await repo.git(['config', '--global', 'core.hooksPath'])).toBe(dir);

    // The repository's pre-commit hook still refuses what it refused.
    const blocked = await commit(repo, 'agent change', { file: 'forbidden.txt', env: CLAUDE });
    expect(blocked.code).not.toBe(0);
    await repo.git(['rm', '-q', '--cached', 'forbidden.txt']);
    await rm(path.join(repo.path, 'forbidden.txt'));
    expect((await commit(repo, 'agent change', { file: 'z.txt', env: CLAUDE })).code).toBe(0);
    expect(await trailers(repo, 'Agent')).toEqual(['claude-code (env CLAUDECODE=1)']);
    expect(await trailers(repo, 'Checked')).toEqual(['yes']);

    const status = JSON.parse((await hooks(repo, ['status', '--format', 'json'])).stdout);
    expect(status.global).toMatchObject({ installed: true, hooksPath: dir, previous: null });

    expect((await hooks(repo, ['uninstall', '--global'])).code).toBe(0);
    expect((await repo.run(['config', '--global', 'core.hooksPath'])).code).toBe(1);
    expect((await commit(repo, 'agent after', { env: CLAUDE })).code).toBe(0);
    expect(await trailers(repo, 'Agent')).toEqual([]);
    expect(await trailers(repo, 'Checked')).toEqual(['yes']);
  });

  it('chains to an earlier global core.hooksPath and puts it back exactly', async () => {
    const repo = await newRepo();
    const earlier = path.join(repo.env().HOME!, 'my-hooks');
    await mkdir(earlier);
    await writeFile(
      path.join(earlier, 'commit-msg'),
      '#!/bin/sh\ngit interpret-trailers --in-place --trailer "Mine: yes" "$1"\n',
      {
        mode: 0o755,
      },
    );
    await repo.git(['config', '--global', 'core.hooksPath', '~/my-hooks']);

    expect((await hooks(repo, ['install', '--global'])).code).toBe(0);
    expect((await hooks(repo, ['install', '--global'])).stdout).toContain('refreshed');
    expect((await commit(repo, 'agent change', { env: CLAUDE })).code).toBe(0);
    expect(await trailers(repo, 'Mine')).toEqual(['yes']);
    expect(await trailers(repo, 'Agent')).toHaveLength(1);

    expect((await hooks(repo, ['uninstall', '--global'])).stdout).toContain('restored to ~/my-hooks');
    expect(await repo.git(['config', '--global', 'core.hooksPath'])).toBe('~/my-hooks');
  });

  it('status names a repository whose own core.hooksPath hides the global hooks', async () => {
    const repo = await newRepo();
    await hooks(repo, ['install', '--global']);
    await repo.git(['config', 'core.hooksPath', '.githooks']);
    const text = (await hooks(repo, ['status'])).stdout;
    expect(text).toContain(
      'this repository sets its own core.hooksPath, so the global hooks do not run here',
    );
    await hooks(repo, ['uninstall', '--global']);
  });
});

describe('bad input', () => {
  it('outside a repository, unknown subcommands and flags: one line, exit 2', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'aa-norepo-'));
    temps.push(dir);
    await chmod(dir, 0o755);
    const notRepo = await runCli(built, ['hooks', 'install', '--repo-path', dir], { cwd: dir });
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toMatch(/is not a git repository; pass --repo-path with a checkout, or --global/);
    const unknown = await runCli(built, ['hooks', 'frobnicate'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown hooks command 'frobnicate'");
    const both = await runCli(built, ['hooks', 'install', '--global', '--repo-path', dir], { cwd: dir });
    expect(both.code).toBe(2);
    const review = await runCli(built, ['hooks', 'install', '--review', 'two words'], { cwd: dir });
    expect(review.code).toBe(2);
    expect(review.stderr).toContain('--review must be one word');
  });
});
