/**
 * The edges of a range (issue 16): `--base root` is the whole history whatever the tags; an empty repository,
 * a reversed range and an empty range each say so — the first two as bad input (exit 2, nothing written), the
 * last as a warning with the report — instead of exiting 0 silently. Real repositories, real CLI.
 */
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { AgentAttestError } from '../../src/core/errors.js';
import { scanRange } from '../../src/core/scan/scan.js';
import { GitRepo } from '../support/gitrepo.js';

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    isTTY: false,
    cwd,
  };
  return { cli, out };
}

let repo: GitRepo;
let empty: GitRepo;
let scratch: string;
const c: Record<string, string> = {};

beforeAll(async () => {
  repo = await GitRepo.create();
  c.a = await repo.commit({ message: 'first', files: { 'a.txt': 'a\n' } });
  c.b = await repo.commit({
    message: 'second\n\nCo-authored-by: Claude <noreply@anthropic.com>',
    files: { 'b.txt': 'b\n' },
  });
  await repo.tag('v1.0.0');
  c.c = await repo.commit({ message: 'third', files: { 'c.txt': 'c\n' } });
  empty = await GitRepo.create();
  scratch = await mkdtemp(path.join(tmpdir(), 'aa-range-'));
}, 60_000);

afterAll(async () => {
  await repo?.remove();
  await empty?.remove();
  await rm(scratch, { recursive: true, force: true });
});

describe('--base root', () => {
  it('scans the whole history even where a release tag would pick the base', async () => {
    expect((await scanRange({ repoPath: repo.path })).range).toMatchObject({ baseRule: 'tag', commits: 1 });
    const { cli, out } = io(repo.path);
    expect(await main(['scan', '--base', 'root', '--format', 'json'], cli)).toBe(0);
    const report = JSON.parse(out.stdout) as {
      range: Record<string, unknown>;
      totals: { agentCommits: number };
    };
    expect(report.range).toEqual({ base: null, head: c.c, commits: 3, baseRule: 'root' });
    expect(report.totals.agentCommits).toBe(1);
  });
});

describe('an empty repository', () => {
  it('gets its own message (exit 2), not "HEAD does not name a commit"', async () => {
    await expect(scanRange({ repoPath: empty.path })).rejects.toThrow(/has no commits yet/);
    const { cli, out } = io(empty.path);
    expect(await main(['scan', '--format', 'json'], cli)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      `agent-attest scan: ${empty.path} has no commits yet, so there is no history to scan; commit first (or pass --repo-path with another checkout).\n`,
    );
  });
});

describe('a reversed range', () => {
  it('is bad input naming both ends and the fix (scan and attest, nothing written)', async () => {
    const e = await scanRange({ repoPath: repo.path, base: c.c, head: c.a }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AgentAttestError);
    expect((e as AgentAttestError).code).toBe('INPUT_INVALID');
    expect((e as Error).message).toBe(
      `--base ${c.c!.slice(0, 12)} comes after head ${c.a!.slice(0, 12)} (head is in its history), so the range is empty; swap --base and --head, or give an older base.`,
    );
    const scan = io(repo.path);
    expect(await main(['scan', '--base', 'HEAD', '--head', 'HEAD~2', '--format', 'json'], scan.cli)).toBe(2);
    expect(scan.out.stdout).toBe('');
    expect(scan.out.stderr).toMatch(/comes after head .* swap --base and --head/);

    const statement = path.join(scratch, 'reversed.json');
    const attest = io(repo.path);
    expect(
      await main(
        [
          'attest',
          '--subject-path',
          'a.txt',
          '--no-sign',
          '--base',
          'HEAD',
          '--head',
          'HEAD~1',
          '--statement-out',
          statement,
        ],
        attest.cli,
      ),
    ).toBe(2);
    expect(attest.out.stderr).toMatch(/comes after head/);
    await expect(access(statement)).rejects.toThrow();
  });
});

describe('an empty range', () => {
  it('says it holds no commits (report warning and stderr), exit 0', async () => {
    const { cli, out } = io(repo.path);
    expect(await main(['scan', '--base', 'HEAD', '--format', 'json'], cli)).toBe(0);
    const report = JSON.parse(out.stdout) as { range: { commits: number }; warnings: string[] };
    expect(report.range.commits).toBe(0);
    const warning = `the range ${c.c!.slice(0, 12)}..${c.c!.slice(0, 12)} holds no commits (base and head are the same commit): nothing was attributed; give an older --base, or --base root for the whole history.`;
    expect(report.warnings).toContain(warning);
    expect(out.stderr).toContain(warning);
  });

  it('a pull request base that already holds head is an empty range, not an error', async () => {
    const scan = await scanRange({ repoPath: repo.path, head: c.a, pullRequestBase: c.c });
    expect(scan.range).toMatchObject({ baseRule: 'pull-request', commits: 0 });
    expect(scan.warnings.join('\n')).toContain('is already in the history of the pull request base');
  });
});
