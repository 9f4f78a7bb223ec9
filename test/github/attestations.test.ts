import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findAttestations, uploadAttestation } from '../../src/core/github/attestations.js';
import { isAgentAttestError } from '../../src/core/errors.js';
import { startGitHubServer, type GitHubTestServer } from '../support/github-server.js';
import { ACCOUNTS, recordingLogger, sha, testClient, TOKEN } from './fixtures.js';

const hex = (label: string) => sha(label).padEnd(64, '0');

/** A bundle-shaped object whose DSSE payload is a statement about `digests` (the store reads subjects, not signatures). */
function bundleFor(digests: string[], marker = 'x') {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: digests.map((d, i) => ({ name: `artifact-${i}.tgz`, digest: { sha256: d } })),
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: { marker },
  };
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: 'MIIB' },
      tlogEntries: [],
      timestampVerificationData: {},
    },
    dsseEnvelope: {
      payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: 'MEUCIQ', keyid: '' }],
    },
  };
}

let server: GitHubTestServer;
beforeAll(async () => {
  server = await startGitHubServer({
    accounts: ACCOUNTS,
    repos: [
      { owner: 'octo-org', name: 'app', id: 11 },
      { owner: 'octo-org', name: 'secret', id: 12, private: true },
      { owner: 'octo-user', name: 'tool', id: 13 },
    ],
  });
});
afterAll(() => server.close());
afterEach(() => {
  server.clearFaults();
  server.attestationStyle = 'bundle_url';
});

async function expectRejection(promise: Promise<unknown>, pattern: RegExp): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isAgentAttestError(error), String(error)).toBe(true);
  const message = (error as Error).message;
  expect(message).toMatch(pattern);
  expect(message).not.toContain(TOKEN);
  expect(message.includes('\n')).toBe(false);
  return message;
}

describe('attestation store', () => {
  it('uploads a bundle and finds it again by digest through a snappy-compressed bundle_url, without sending the token there', async () => {
    const digest = hex('round-trip');
    const bundle = bundleFor([digest]);
    const client = testClient(server.url);
    const stored = await uploadAttestation(client, { owner: 'octo-org', repo: 'app', bundle });
    expect(stored.url).toBe(`${server.url}/octo-org/app/attestations/${stored.id}`);

    const before = server.requestCount;
    const found = await findAttestations(client, { owner: 'octo-org', repo: 'app' }, `sha256:${digest}`);
    expect(found).toEqual([{ bundle, source: 'bundle_url', repositoryId: 11 }]);
    const bundleRequests = server.requests.slice(before).filter((r) => r.path.startsWith('/bundles/'));
    expect(bundleRequests).toHaveLength(1);
    expect(bundleRequests[0]!.authorization).toBe(false);

    server.attestationStyle = 'inline';
    expect(await findAttestations(client, { owner: 'octo-org', repo: 'app' }, `sha256:${digest}`)).toEqual([
      { bundle, source: 'inline', repositoryId: 11 },
    ]);
  });

  it('reads every page, and finds by owner (organization or user) without a token for public repositories', async () => {
    const digest = hex('many');
    const client = testClient(server.url);
    for (let i = 0; i < 130; i++) {
      await uploadAttestation(client, {
        owner: 'octo-org',
        repo: 'app',
        bundle: bundleFor([digest], `n${i}`),
      });
    }
    await uploadAttestation(client, {
      owner: 'octo-user',
      repo: 'tool',
      bundle: bundleFor([digest], 'user'),
    });
    server.attestationStyle = 'inline';
    const anonymous = testClient(server.url, { token: undefined });
    const before = server.requestCount;
    const found = await findAttestations(anonymous, { owner: 'octo-org', repo: 'app' }, `sha256:${digest}`);
    expect(found).toHaveLength(130);
    expect(server.requests.slice(before).map((r) => r.path.split('/').slice(0, 4).join('/'))).toEqual([
      '/repos/octo-org/app',
      '/repos/octo-org/app',
    ]);
    expect(server.requests.slice(before).every((r) => !r.authorization)).toBe(true);
    expect(new Set(found.map((f) => JSON.stringify(f.bundle))).size).toBe(130);

    expect(await findAttestations(anonymous, { owner: 'octo-org' }, `sha256:${digest}`)).toHaveLength(130);
    const byUser = await findAttestations(anonymous, { owner: 'octo-user' }, `sha256:${digest}`);
    expect(byUser).toHaveLength(1);
    expect(byUser[0]!.repositoryId).toBe(13);
  });

  it('a private repository without a token finds nothing and says why in the log', async () => {
    const digest = hex('private');
    await uploadAttestation(testClient(server.url), {
      owner: 'octo-org',
      repo: 'secret',
      bundle: bundleFor([digest]),
    });
    const logger = recordingLogger();
    const anonymous = testClient(server.url, { token: undefined, logger });
    expect(
      await findAttestations(anonymous, { owner: 'octo-org', repo: 'secret' }, `sha256:${digest}`),
    ).toEqual([]);
    expect(logger.lines.join('\n')).toMatch(/private owner \(pass a token\)/);
    expect(
      await findAttestations(
        testClient(server.url),
        { owner: 'octo-org', repo: 'secret' },
        `sha256:${digest}`,
      ),
    ).toHaveLength(1);
  });

  it('rejects a malformed digest before asking GitHub', async () => {
    await expectRejection(
      findAttestations(testClient(server.url), { owner: 'octo-org' }, 'md5:abc'),
      /not sha256:HEX/,
    );
  });

  it('maps the service known errors to messages with the fix', async () => {
    const client = testClient(server.url);
    const upload = () =>
      uploadAttestation(client, { owner: 'octo-org', repo: 'app', bundle: bundleFor([hex('e')]) });

    await expectRejection(
      uploadAttestation(testClient(server.url, { token: undefined }), {
        owner: 'octo-org',
        repo: 'app',
        bundle: {},
      }),
      /attestations: write/,
    );

    server.inject({
      match: /attestations$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    await expectRejection(upload(), /needs `permissions: attestations: write`/);

    server.inject({
      match: /attestations$/,
      status: 403,
      body: {
        message:
          'Feature not available for user-owned private repositories. To enable this feature, please make this repository public.',
      },
    });
    await expectRejection(
      upload(),
      /GitHub Enterprise Cloud; make the repository public or set store: false/,
    );

    server.inject({ match: /attestations$/, status: 404, body: { message: 'Not Found' } });
    await expectRejection(upload(), /404 .*private repositories need GitHub Enterprise Cloud/);

    await expectRejection(
      uploadAttestation(client, { owner: 'octo-org', repo: 'app', bundle: { mediaType: 'x' } }),
      /rejected the bundle .*422/,
    );

    server.rateLimit({ resetInSeconds: 7200, match: /attestations$/ });
    await expectRejection(upload(), /rate limit exceeded .*resets at \d{4}-/);

    server.serverErrors(2, 500, /attestations$/);
    expect((await upload()).id).toBeGreaterThan(0); // retried
    server.serverErrors(5, 500, /attestations$/);
    await expectRejection(
      uploadAttestation(testClient(server.url, { retries: 1 }), {
        owner: 'octo-org',
        repo: 'app',
        bundle: bundleFor([hex('e')]),
      }),
      /\(500\)/,
    );
  });

  it('a bundle_url that is not snappy JSON is a clear error', async () => {
    const digest = hex('corrupt');
    const client = testClient(server.url);
    await uploadAttestation(client, { owner: 'octo-org', repo: 'app', bundle: bundleFor([digest]) });
    server.inject({ match: /^GET \/bundles\//, status: 200, body: 'not snappy at all' });
    await expectRejection(
      findAttestations(client, { owner: 'octo-org', repo: 'app' }, `sha256:${digest}`),
      /not snappy-compressed JSON/,
    );
    server.inject({ match: /^GET \/bundles\//, status: 403, body: 'AuthenticationFailed' });
    const message = await expectRejection(
      findAttestations(client, { owner: 'octo-org', repo: 'app' }, `sha256:${digest}`),
      /failed with 403/,
    );
    expect(message).not.toContain('signature'); // the pre-signed query stays out of messages
  });
});
