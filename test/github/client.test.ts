import { describe, expect, it } from 'vitest';
import { apiUrlForServer, createGitHubClient, serverUrlForApi } from '../../src/core/github/client.js';
import { isForkPullRequest, signingAvailability } from '../../src/core/github/signing.js';

describe('API base URLs', () => {
  it.each([
    ['https://github.com', 'https://api.github.com'],
    ['https://octocorp.ghe.com', 'https://api.octocorp.ghe.com'],
    ['https://ghes.example.com', 'https://ghes.example.com/api/v3'],
  ])('%s ↔ %s', (server, api) => {
    expect(apiUrlForServer(server)).toBe(api);
    expect(serverUrlForApi(api)).toBe(server);
    expect(createGitHubClient({ apiUrl: `${api}/` }).serverUrl).toBe(server);
  });
});

describe('signing availability', () => {
  const fork = {
    pull_request: {
      head: { repo: { full_name: 'mallory/app' } },
      base: { repo: { full_name: 'octo-org/app' } },
    },
  };
  const same = {
    pull_request: {
      head: { repo: { full_name: 'octo-org/app' } },
      base: { repo: { full_name: 'octo-org/app' } },
    },
  };
  const withToken = {
    idTokenRequestUrl: 'https://token.example/',
    idTokenRequestToken: 't',
    eventName: 'pull_request',
  };
  const noToken = { eventName: 'pull_request' };

  it('detects fork pull requests from the event payload', () => {
    expect(isForkPullRequest('pull_request', fork)).toBe(true);
    expect(isForkPullRequest('pull_request', same)).toBe(false);
    expect(
      isForkPullRequest('pull_request', {
        pull_request: { head: { repo: null }, base: { repo: { full_name: 'o/r' } } },
      }),
    ).toBe(true);
    expect(isForkPullRequest('push', fork)).toBe(false);
  });

  it('signs when the OIDC token is there', () => {
    expect(signingAvailability(withToken, fork, { skipSigningOnFork: false })).toEqual({ canSign: true });
  });

  it('a fork PR without a token: an error naming the input, or a notice when asked to skip', () => {
    const fail = signingAvailability(noToken, fork, { skipSigningOnFork: false });
    expect(fail).toMatchObject({ canSign: false, reason: 'fork-pull-request', skip: false });
    expect(!fail.canSign && fail.message).toMatch(/skip-signing-on-fork: true/);
    const skip = signingAvailability(noToken, fork, { skipSigningOnFork: true });
    expect(skip).toMatchObject({ canSign: false, reason: 'fork-pull-request', skip: true });
    expect(!skip.canSign && skip.message).toMatch(/^Signing skipped/);
  });

  it('a job without id-token: write names the permission', () => {
    const fail = signingAvailability({ eventName: 'push' }, {}, { skipSigningOnFork: false });
    expect(fail).toMatchObject({ canSign: false, reason: 'no-id-token', skip: false });
    expect(!fail.canSign && fail.message).toMatch(/permissions: id-token: write/);
  });
});
