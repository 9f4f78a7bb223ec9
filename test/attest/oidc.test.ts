import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AgentAttestError } from '../../src/core/errors.js';
import { assertNotExpired, getIdentityToken, type IdentityToken } from '../../src/core/oidc/index.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims: object) => `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}.c2lnbmF0dXJl`;
const TOKEN = jwt({
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sigstore',
  sub: 'repo:o/r:ref:refs/heads/main',
  exp: 4102444800,
});
const REQUEST_TOKEN = 'request-secret-do-not-print';

// A tiny GitHub token endpoint: answers with `behaviour`, records what it was asked.
let server: Server;
let base: string;
let seen: IncomingMessage[] = [];
let behaviour: Array<'ok' | '503' | '403' | 'reset' | 'empty'> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    const b = behaviour.shift() ?? 'ok';
    if (b === 'reset') return req.socket.destroy();
    if (b === '503' || b === '403') {
      res
        .writeHead(Number(b), { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: `no ${REQUEST_TOKEN}` }));
      return;
    }
    if (req.headers.authorization !== `bearer ${REQUEST_TOKEN}`) return void res.writeHead(401).end();
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify(b === 'empty' ? { count: 0 } : { count: 1, value: TOKEN }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  seen = [];
  behaviour = [];
});

const github = () => ({
  githubActions: true,
  idTokenRequestUrl: `${base}/_apis/idtoken?api-version=2.0`,
  idTokenRequestToken: REQUEST_TOKEN,
  retryDelayMs: 1,
});

async function failure(p: Promise<unknown>): Promise<AgentAttestError> {
  const e = await p.then(
    () => new Error('expected a failure'),
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AgentAttestError);
  const err = e as AgentAttestError;
  expect(err.message).not.toContain(REQUEST_TOKEN);
  expect(err.message).not.toContain(TOKEN);
  expect(err.message).not.toContain('\n');
  return err;
}

describe('getIdentityToken', () => {
  it('requests the token with audience sigstore and the bearer request token', async () => {
    const id = await getIdentityToken(github());
    expect(id.token).toBe(TOKEN);
    expect(id.claims['sub']).toBe('repo:o/r:ref:refs/heads/main');
    expect(id.source).toBe(`the token endpoint ${base}`);
    expect(seen).toHaveLength(1);
    const url = new URL(seen[0]!.url!, base);
    expect(url.searchParams.get('api-version')).toBe('2.0');
    expect(url.searchParams.get('audience')).toBe('sigstore');
  });

  it('prefers an explicit token and asks nobody', async () => {
    const id = await getIdentityToken({ ...github(), explicitToken: ` ${TOKEN} ` });
    expect(id.token).toBe(TOKEN);
    expect(id.source).toBe('--identity-token');
    expect(seen).toHaveLength(0);
  });

  it('retries 5xx and connection resets', async () => {
    behaviour = ['503', 'reset'];
    expect((await getIdentityToken(github())).token).toBe(TOKEN);
    expect(seen).toHaveLength(3);
  });

  it('gives up after its attempts, naming the endpoint and not the secrets', async () => {
    behaviour = ['503', '503', '503'];
    const e = await failure(getIdentityToken(github()));
    expect(e.code).toBe('OIDC_UNAVAILABLE');
    expect(e.message).toBe(
      `GitHub's OIDC token endpoint ${base} answered HTTP 503 after 3 attempts; retry the job`,
    );
  });

  it('says to add the permission when the job cannot request a token', async () => {
    const e = await failure(getIdentityToken({ githubActions: true }));
    expect(e.message).toContain('add `permissions: id-token: write` to the job');
    behaviour = ['403'];
    const refused = await failure(getIdentityToken(github()));
    expect(refused.message).toContain('refused the request (HTTP 403)');
    expect(refused.message).toContain('permissions: id-token: write');
  });

  it('outside GitHub Actions says how to pass a token', async () => {
    const e = await failure(getIdentityToken({ githubActions: false }));
    expect(e.message).toContain('--identity-token');
    expect(e.message).toContain('--no-sign');
  });

  it('refuses an answer without a token and a token that is not a JWT, without echoing it', async () => {
    behaviour = ['empty'];
    expect((await failure(getIdentityToken(github()))).message).toContain('without a token');
    const secret = 'not-a-jwt-but-secret';
    const e = await failure(getIdentityToken({ githubActions: false, explicitToken: secret }));
    expect(e.message).not.toContain(secret);
    expect(e.message).toContain('is not a JWT');
  });
});

describe('assertNotExpired', () => {
  const id = (claims: object): IdentityToken => ({
    token: jwt(claims),
    claims: claims as Record<string, unknown>,
    source: '--identity-token',
  });
  const now = new Date('2026-11-21T12:00:00Z');

  it('refuses an expired token, saying when it expired', () => {
    expect(() => assertNotExpired(id({ aud: 'sigstore', exp: now.getTime() / 1000 - 60 }), now)).toThrow(
      /^the identity token from --identity-token expired at 2026-11-21T11:59:00\.000Z; request a fresh one/,
    );
  });

  it('refuses a token for another audience, and accepts a fresh sigstore token', () => {
    expect(() => assertNotExpired(id({ aud: 'nobody', exp: now.getTime() / 1000 + 600 }), now)).toThrow(
      /audience 'nobody', not 'sigstore'/,
    );
    expect(() =>
      assertNotExpired(id({ aud: ['sigstore'], exp: now.getTime() / 1000 + 600 }), now),
    ).not.toThrow();
  });
});
