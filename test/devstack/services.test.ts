import { createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { createRequire } from 'node:module';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevstack } from '../../src/devstack/index.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';

/** A dsse entry as sigstore-js proposes it, signed by a fresh key. */
function dsseEntry(payload = '{"_type":"https://in-toto.io/Statement/v1"}') {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const type = 'application/vnd.in-toto+json';
  const body = Buffer.from(payload);
  const pae = Buffer.concat([Buffer.from(`DSSEv1 ${type.length} ${type} ${body.length} `), body]);
  const envelope = {
    payload: body.toString('base64'),
    payloadType: type,
    signatures: [{ sig: sign('sha256', pae, privateKey).toString('base64'), keyid: '' }],
  };
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      proposedContent: {
        envelope: JSON.stringify(envelope),
        verifiers: [Buffer.from(pem).toString('base64')],
      },
    },
  };
}

interface LogEntry {
  body: string;
  logIndex: number;
  verification: { inclusionProof: { treeSize: number; logIndex: number } };
}

const postEntry = (t: TestDevstack, entry: unknown) =>
  fetch(`${t.stack.urls.rekor}/api/v1/log/entries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(entry),
  });

describe('devstack OIDC token endpoint', () => {
  let t: TestDevstack;
  beforeAll(async () => {
    t = await startTestDevstack({ claims: { repository: 'acme/widgets', ref: 'refs/tags/v1.2.3' } });
  });
  afterAll(() => t?.close());

  it('answers the right bearer with a token carrying the merged claims, verifiable with the published JWKS', async () => {
    const res = await fetch(`${t.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sigstore`, {
      headers: { authorization: `bearer ${t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
    });
    expect(res.status).toBe(200);
    const { value } = (await res.json()) as { value: string };
    const claims = decodeJwt(value);
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sigstore',
      repository: 'acme/widgets',
      ref: 'refs/tags/v1.2.3',
      repository_owner: 'acme',
      ref_type: 'tag',
      job_workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/tags/v1.2.3',
      runner_environment: 'github-hosted',
    });
    expect(claims.exp! - claims.iat!).toBe(600);

    const discovery = (await (
      await fetch(`${t.stack.urls.oidc}/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(discovery['issuer']).toBe(claims.iss);
    const jwks = await (await fetch(discovery['jwks_uri']!)).json();
    const verified = await jwtVerify(value, createLocalJWKSet(jwks as never), {
      issuer: claims.iss!,
      audience: 'sigstore',
    });
    expect(verified.payload.sub).toBe('repo:acme/widgets:ref:refs/tags/v1.2.3');
  });

  it('uses the audience it is asked for', async () => {
    const res = await fetch(
      `${t.stack.idTokenRequestUrl}&audience=${encodeURIComponent('https://example.com/x')}`,
      {
        headers: { authorization: `Bearer ${t.stack.idTokenRequestToken}` },
      },
    );
    expect(decodeJwt(((await res.json()) as { value: string }).value).aud).toBe('https://example.com/x');
  });

  it('refuses a wrong or missing bearer with 401', async () => {
    const url = `${t.stack.idTokenRequestUrl}&audience=sigstore`;
    expect((await fetch(url, { headers: { authorization: 'bearer not-the-token' } })).status).toBe(401);
    const res = await fetch(url);
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(text).toMatch(/bearer/);
    expect(text).not.toContain(t.stack.idTokenRequestToken);
  });
});

describe('devstack Rekor log', () => {
  let t: TestDevstack;
  beforeAll(async () => {
    t = await startTestDevstack();
  });
  afterAll(() => t?.close());

  it('logs a canonical dsse entry and answers the same entry again with 409 + Location to it', async () => {
    const entry = dsseEntry();
    const first = await postEntry(t, entry);
    expect(first.status).toBe(201);
    const created = (await first.json()) as Record<string, LogEntry>;
    const [uuid, logged] = Object.entries(created)[0]!;
    const body = JSON.parse(Buffer.from(logged.body, 'base64').toString());
    expect(body.kind).toBe('dsse');
    expect(Object.keys(body.spec).sort()).toEqual(['envelopeHash', 'payloadHash', 'signatures']);
    expect(body.spec.signatures).toHaveLength(1);

    const again = await postEntry(t, entry);
    expect(again.status).toBe(409);
    const location = again.headers.get('location');
    expect(location).toMatch(new RegExp(`/api/v1/log/entries/${uuid}$`));
    const fetched = await fetch(new URL(location!, t.stack.url));
    expect(fetched.status).toBe(200);
    const got = (await fetched.json()) as Record<string, LogEntry>;
    expect(got[uuid]!.body).toBe(logged.body);
    expect(got[uuid]!.logIndex).toBe(logged.logIndex);
  });

  it('refuses an entry whose signature does not verify, and unknown kinds', async () => {
    const entry = dsseEntry();
    const other = dsseEntry();
    entry.spec.proposedContent.verifiers = other.spec.proposedContent.verifiers;
    let res = await postEntry(t, entry);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/does not verify/);
    res = await postEntry(t, { kind: 'rekord', apiVersion: '0.0.1', spec: {} });
    expect(res.status).toBe(400);
  });

  it('grows one Merkle tree: later entries carry longer inclusion proofs against a bigger tree', async () => {
    const sizes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await postEntry(t, dsseEntry(`{"n":${i}}`));
      const [, e] = Object.entries((await res.json()) as Record<string, LogEntry>)[0]!;
      sizes.push(e.verification.inclusionProof.treeSize);
      expect(e.verification.inclusionProof.logIndex).toBe(e.logIndex);
      expect(e.verification.inclusionProof.treeSize).toBe(e.logIndex + 1);
    }
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    const info = (await (await fetch(`${t.stack.url}/api/v1/log`)).json()) as { treeSize: number };
    expect(info.treeSize).toBe(sizes.at(-1));
    const pem = await (await fetch(`${t.stack.url}/api/v1/log/publicKey`)).text();
    const root = t.stack.trustedRoot as { tlogs: { publicKey: { rawBytes: string } }[] };
    expect(createPublicKey(pem).export({ format: 'der', type: 'spki' }).toString('base64')).toBe(
      root.tlogs[0]!.publicKey.rawBytes,
    );
  });
});

describe('devstack start-up', () => {
  it('never loads nock (the @sigstore/mock root would patch http for the whole process)', async () => {
    const t = await startTestDevstack();
    await t.close();
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    expect(loaded.some((p) => p.includes('@sigstore/mock/dist/fulcio'))).toBe(true);
    expect(loaded.filter((p) => /[\\/]nock[\\/]/.test(p))).toEqual([]);
  });

  it('refuses a port that is in use with a usage error', async () => {
    const t = await startTestDevstack();
    try {
      const port = Number(new URL(t.stack.url).port);
      await expect(startDevstack({ port })).rejects.toThrow(`devstack port ${port} is in use`);
    } finally {
      await t.close();
    }
  });

  it('ends an injected delay when it closes', async () => {
    const t = await startTestDevstack();
    t.stack.failNext('oidc', 1, { delayMs: 60_000 });
    const pending = fetch(`${t.stack.idTokenRequestUrl}&audience=sigstore`).then(
      () => 'answered',
      () => 'closed',
    );
    // Closing must not wait a minute for the delayed request.
    await new Promise((r) => setTimeout(r, 50));
    await t.close();
    expect(await pending).toBe('closed');
  });
});

describe('devstack failNext', () => {
  let t: TestDevstack;
  beforeAll(async () => {
    t = await startTestDevstack();
  });
  afterAll(() => t?.close());
  const tokenUrl = () => `${t.stack.idTokenRequestUrl}&audience=sigstore`;
  const getToken = () =>
    fetch(tokenUrl(), { headers: { authorization: `bearer ${t.stack.idTokenRequestToken}` } });

  it('fails the next N requests of a service with the given status, then succeeds', async () => {
    t.stack.failNext('oidc', 2, { status: 500 });
    expect((await getToken()).status).toBe(500);
    const second = await getToken();
    expect(second.status).toBe(500);
    expect(((await second.json()) as { message: string }).message).toMatch(/injected oidc failure/);
    expect((await getToken()).status).toBe(200);
  });

  it('only affects the named service', async () => {
    t.stack.failNext('tsa', 1);
    expect((await getToken()).status).toBe(200);
    const res = await fetch(t.stack.urls.tsa, { method: 'POST', body: '{}' });
    expect(res.status).toBe(503);
  });

  it('resets the connection', async () => {
    t.stack.failNext('rekor', 1, { reset: true });
    await expect(postEntry(t, dsseEntry('{"reset":1}'))).rejects.toThrow();
    expect((await postEntry(t, dsseEntry('{"reset":1}'))).status).toBe(201);
  });

  it('delays, then answers normally', async () => {
    t.stack.failNext('oidc', 1, { delayMs: 1500 });
    // Ordering, not wall-clock: another service answers while the delayed request is still pending.
    let slowStatus = 0;
    const slow = getToken().then((r) => (slowStatus = r.status));
    expect((await fetch(`${t.stack.url}/api/v1/timestamp/certchain`)).status).toBe(200);
    expect(slowStatus).toBe(0);
    await slow;
    expect(slowStatus).toBe(200);
  });

  it('takes the same instructions over HTTP from another process', async () => {
    const admin = (body: unknown) =>
      fetch(`${t.stack.url}/__devstack/fail`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await admin({ service: 'oidc', count: 1, status: 429 })).status).toBe(200);
    expect((await getToken()).status).toBe(429);
    expect((await getToken()).status).toBe(200);
    const bad = await admin({ service: 'nope', count: 1 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(
      /service must be one of fulcio, rekor, tsa, oidc, tuf/,
    );
  });

  it('lets sigstore-js retry through transient CA failures', async () => {
    const { attest } = await import('sigstore');
    t.stack.failNext('fulcio', 2, { status: 503 });
    const bundle = await attest(Buffer.from('{}'), 'application/vnd.in-toto+json', {
      fulcioURL: t.stack.urls.fulcio,
      rekorURL: t.stack.urls.rekor,
      tsaServerURL: t.stack.urls.tsa,
      identityToken: await t.stack.issueToken(),
      retry: { retries: 2, minTimeout: 1, maxTimeout: 1 },
    });
    expect(bundle.verificationMaterial.certificate).toBeDefined();
  });
});
