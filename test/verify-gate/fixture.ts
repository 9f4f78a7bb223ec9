/**
 * The deploy gate's world: a real git repository with agent commits, its pull requests and reviews on the
 * local GitHub API server, releases attested by the attest engine with the release-facts hook (attribution,
 * config surfaces, reviews) and signed on the devstack. Shared by the CLI and action tests.
 *
 *   clean: init..a1 — one Claude Code commit through PR #1, approved (of its head) by alice and carol
 *   hook:  a1..h1  — a Claude Code commit adding a Claude hook script whose path is hostile Markdown/HTML
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { attest } from '../../src/core/attest/index.js';
import { readEnvironment } from '../../src/core/config.js';
import { releaseFactsCollector } from '../../src/core/facts/index.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { startGitHubServer, type GitHubTestServer } from '../support/github-server.js';
import { GitRepo } from '../support/gitrepo.js';

export const OWNER = 'octo-org';
export const REPO = 'octo-repo';
export const WORKFLOW = `${OWNER}/${REPO}/.github/workflows/release.yml`;
/** A path an attacker controls, full of Markdown and HTML syntax. */
export const HOSTILE_PATH = '.claude/hooks/<img src=x onerror=alert(1)>|[x](https:__evil)`pwn`.sh';
const CLAUDE = 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>';
const FAST = { timeoutMs: 5_000, retries: 2, minRetryDelayMs: 5, maxRetryDelayMs: 20 };

export interface Release {
  artifact: string;
  bundle: string;
}

export interface GateFixture {
  stack: TestDevstack;
  github: GitHubTestServer;
  root: string;
  releases: { clean: Release; hook: Release };
  close(): Promise<void>;
}

export async function startGateFixture(): Promise<GateFixture> {
  const stack = await startTestDevstack();
  const root = await mkdtemp(path.join(tmpdir(), 'aa-verify-gate-'));
  const repo = await GitRepo.create();
  const human = { name: 'Bob Builder', email: 'bob@example.com' };
  const init = await repo.commit({ message: 'init', files: { 'README.md': 'hello' }, author: human });
  const a1 = await repo.commit({
    message: `feat: app\n\n${CLAUDE}`,
    files: { 'src/app.ts': 'export const a = 1;' },
    author: human,
  });
  const h1 = await repo.commit({
    message: `chore: hook\n\n${CLAUDE}`,
    files: { [HOSTILE_PATH]: '#!/bin/sh\necho hi\n' },
    author: human,
  });
  const at = (m: number) => `2026-11-19T10:${String(m).padStart(2, '0')}:00Z`;
  const github = await startGitHubServer({
    accounts: [
      { login: 'alice', id: 1001, type: 'User' },
      { login: 'bob', id: 1002, type: 'User' },
      { login: 'carol', id: 1003, type: 'User' },
      { login: OWNER, id: 987654321, type: 'Organization' },
    ],
    repos: [
      {
        owner: OWNER,
        name: REPO,
        id: 123456789,
        pulls: [
          {
            number: 1,
            author: 'bob',
            headSha: a1,
            commits: [a1],
            reviews: [
              { id: 11, user: 'alice', state: 'APPROVED', commitId: a1, submittedAt: at(1), body: 'LGTM' },
              { id: 12, user: 'carol', state: 'APPROVED', commitId: a1, submittedAt: at(2) },
            ],
          },
          {
            number: 2,
            author: 'bob',
            headSha: h1,
            commits: [h1],
            reviews: [{ id: 21, user: 'alice', state: 'APPROVED', commitId: h1, submittedAt: at(3) }],
          },
        ],
      },
    ],
  });

  const release = async (name: string, base: string, head: string): Promise<Release> => {
    const ws = path.join(root, name);
    await mkdir(path.join(ws, 'dist'), { recursive: true });
    const artifact = path.join(ws, 'dist', `${name}.tgz`);
    await writeFile(artifact, `artifact of ${name}`);
    const bundle = path.join(ws, `${name}.sigstore.json`);
    const facts = releaseFactsCollector({
      base,
      head,
      reviews: 'agent-commits',
      githubToken: 'gate-token',
      githubApiUrl: github.url,
      serverUrl: 'https://github.com',
      repository: `${OWNER}/${REPO}`,
    });
    await attest(
      {
        subjects: { paths: ['dist/*'] },
        sign: true,
        bundleOut: bundle,
        sigstore: stack.signingConfigPath,
        repoPath: repo.path,
        base,
        head,
        repository: `${OWNER}/${REPO}`,
        network: FAST,
      },
      {
        env: readEnvironment({ GITHUB_ACTIONS: 'true', ...stack.env, RUNNER_TEMP: ws, GITHUB_WORKSPACE: ws }),
        cwd: ws,
        collectFacts: facts.collect,
      },
    );
    return { artifact, bundle };
  };

  try {
    const releases = { clean: await release('clean', init, a1), hook: await release('hook', a1, h1) };
    return {
      stack,
      github,
      root,
      releases,
      async close() {
        await Promise.all([stack.close(), github.close(), repo.remove()]);
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await Promise.all([stack.close(), github.close(), repo.remove()]);
    throw e;
  }
}
