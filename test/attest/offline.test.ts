/**
 * Offline means offline: outside GitHub Actions and without a token, attest records reviews as
 * not-requested and makes no GitHub request; with a token it asks the (local) GitHub API; an unreachable
 * API fails at once and is named as unreachable, never as an HTTP status. Real git, real HTTP on 127.0.0.1.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/attest.js';
import type { CliIO } from '../../src/cli/io.js';
import { readEnvironment } from '../../src/core/config.js';
import { EXTENSION_KEY } from '../../src/core/statement/types.js';
import { startGitHubServer, type GitHubTestServer } from '../support/github-server.js';
import { GitRepo } from '../support/gitrepo.js';

let repo: GitRepo;
let server: GitHubTestServer;
let agentCommit: string;

beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.commit({ message: 'init', files: { 'README.md': 'x\n' } });
  agentCommit = await repo.commit({
    message: 'feat: login\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
    files: { 'src/auth/login.ts': 'export const login = 1;\n' },
  });
  await mkdir(path.join(repo.path, 'dist'), { recursive: true });
  await writeFile(path.join(repo.path, 'dist', 'app.tgz'), 'artifact');
  server = await startGitHubServer({
    accounts: [
      { login: 'alice', id: 101, type: 'User' },
      { login: 'bob', id: 102, type: 'User' },
    ],
    repos: [
      {
        owner: 'octo-org',
        name: 'app',
        id: 1,
        pulls: [
          {
            number: 7,
            author: 'alice',
            headSha: agentCommit,
            commits: [agentCommit],
            reviews: [
              {
                id: 70,
                user: 'bob',
                state: 'APPROVED',
                commitId: agentCommit,
                submittedAt: '2026-01-05T10:00:00Z',
              },
            ],
          },
        ],
      },
    ],
  });
});
afterAll(async () => {
  await server?.close();
  await repo?.remove();
});

function capture(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    cwd: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  io.cwd = repo.path;
  return io;
}

/** attest --no-sign with the given environment; returns the statement's reviews section and the output. */
async function preview(env: Record<string, string>, apiUrl = server.url) {
  const io = capture();
  const statementOut = path.join(repo.path, `statement-${Math.random().toString(36).slice(2)}.json`);
  const code = await run(
    [
      '--subject-path',
      'dist/*',
      '--no-sign',
      '--repository',
      'octo-org/app',
      '--github-api-url',
      apiUrl,
      '--statement-out',
      statementOut,
    ],
    io,
    { env: readEnvironment(env) },
  );
  const statement = JSON.parse(await readFile(statementOut, 'utf8')) as {
    predicate: Record<string, { reviews: Record<string, unknown> }>;
  };
  return { code, io, reviews: statement.predicate[EXTENSION_KEY]!.reviews };
}

describe('review evidence outside GitHub Actions', () => {
  it('without a token: not-requested, and no request reaches GitHub', async () => {
    const before = server.requestCount;
    const { code, io, reviews } = await preview({});
    expect(code).toBe(0);
    expect(server.requestCount).toBe(before);
    expect(reviews).toEqual({
      status: 'unavailable',
      scope: 'agent-commits',
      reason: 'not-requested',
      detail:
        'no GitHub token outside GitHub Actions (set GITHUB_TOKEN or GH_TOKEN to collect review evidence)',
    });
    expect(io.err).toContain(
      'Review evidence not collected: no GitHub token outside GitHub Actions (set GITHUB_TOKEN or GH_TOKEN to collect review evidence).',
    );
  });

  it('with a token: the reviews are collected from the API', async () => {
    const before = server.requestCount;
    const { code, reviews } = await preview({ GH_TOKEN: 'ghs_local' });
    expect(code).toBe(0);
    expect(server.requestCount).toBeGreaterThan(before);
    expect(reviews).toMatchObject({ status: 'collected', scope: 'agent-commits' });
    expect(JSON.stringify(reviews)).not.toContain('ghs_local');
  });

  it('in GitHub Actions without a token: asked anonymously (public repositories answer)', async () => {
    const before = server.requestCount;
    const { reviews } = await preview({ GITHUB_ACTIONS: 'true' });
    expect(server.requestCount).toBeGreaterThan(before);
    expect(reviews['reason']).not.toBe('not-requested');
  });

  it('an unreachable API fails at once, says so, and attest still writes the statement', async () => {
    const gone = await startGitHubServer({ accounts: [], repos: [] });
    const url = gone.url;
    await gone.close();
    const { code, io, reviews } = await preview({ GITHUB_TOKEN: 'ghs_local' }, url);
    expect(code).toBe(0);
    expect(reviews).toMatchObject({ status: 'unavailable', reason: 'api-error' });
    expect(reviews['detail']).toMatch(/^cannot reach the GitHub API while .*ECONNREFUSED/);
    expect(io.err).toMatch(/warning: review evidence unavailable: cannot reach the GitHub API/);
    expect(io.err).not.toMatch(/\(500\)/);
  });
});
