/** Seeds for the GitHub tests: accounts as GitHub has them, and a builder for repositories with PRs. */
import { createHash } from 'node:crypto';
import Bottleneck from 'bottleneck';
import {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientOptions,
} from '../../src/core/github/client.js';
import type { Logger } from '../../src/core/log.js';
import type { SeedAccount, SeedReview } from '../support/github-server.js';

export const TOKEN = 'ghs_TestToken0123456789abcdefABCDEF';

export const ACCOUNTS: SeedAccount[] = [
  { login: 'octo-org', id: 9000, type: 'Organization' },
  { login: 'octo-user', id: 9001, type: 'User' },
  { login: 'alice', id: 101, type: 'User' },
  { login: 'bob', id: 102, type: 'User' },
  { login: 'carol', id: 103, type: 'User' },
  { login: 'Copilot', id: 198982749, type: 'Bot' },
  { login: 'google-labs-jules[bot]', id: 161369871, type: 'Bot' },
  { login: 'dependabot[bot]', id: 49699333, type: 'Bot' },
  { login: 'coderabbitai[bot]', id: 136622811, type: 'Bot' },
];

export function sha(label: string | number): string {
  return createHash('sha1').update(String(label)).digest('hex');
}

let reviewId = 5000;
export function review(
  user: string,
  state: SeedReview['state'],
  commitId: string,
  minute: number,
  body = '',
): SeedReview {
  return {
    id: reviewId++,
    user,
    state,
    commitId,
    submittedAt: `2026-03-01T10:${String(minute).padStart(2, '0')}:00Z`,
    body,
  };
}

/** A logger that keeps every line, to prove what was (not) logged. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
  };
}

/** Serial like octokit's own write limiter, without its 1 s spacing (octokit's dependency, types included). */
const unpacedWrites = new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });

/** A client on the test server; back-off seconds shrink to 5 ms so retries and rate-limit waits stay quick. */
export function testClient(url: string, options: Partial<GitHubClientOptions> = {}): GitHubClient {
  return createGitHubClient({
    apiUrl: url,
    token: TOKEN,
    backoffUnitMs: 5,
    writeLimiter: unpacedWrites,
    ...options,
  });
}
