import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { X509Certificate } from '@sigstore/core';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClaims, GITHUB_ISSUER } from '../../src/devstack/index.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';

const ephemeral = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });

interface CertRequestParts {
  token: string;
  keys?: { publicKey: KeyObject; privateKey: KeyObject };
  /** What the client signs as proof of possession; defaults to the token's email or sub. */
  proofOf?: string;
}

function subjectOf(token: string): string {
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
  return claims.email ?? claims.sub;
}

interface CertResponse {
  signedCertificateEmbeddedSct: { chain: { certificates: string[] } };
  message?: string;
}

async function requestCert(t: TestDevstack, parts: CertRequestParts) {
  const keys = parts.keys ?? ephemeral();
  const proof = sign('sha256', Buffer.from(parts.proofOf ?? subjectOf(parts.token)), keys.privateKey);
  const res = await fetch(`${t.stack.urls.fulcio}/api/v2/signingCert`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      credentials: { oidcIdentityToken: parts.token },
      publicKeyRequest: {
        publicKey: { algorithm: 'ECDSA', content: keys.publicKey.export({ format: 'pem', type: 'spki' }) },
        proofOfPossession: proof.toString('base64'),
      },
    }),
  });
  return { status: res.status, body: (await res.json()) as CertResponse };
}

function leafOf(body: CertResponse): X509Certificate {
  return X509Certificate.parse(body.signedCertificateEmbeddedSct.chain.certificates[0]!);
}

/** Extension 1.8+ values are DER UTF8Strings: tag 0x0c, short length. */
function utf8Ext(cert: X509Certificate, n: number): string | undefined {
  const ext = cert.extension(`1.3.6.1.4.1.57264.1.${n}`);
  if (!ext) return undefined;
  const der = ext.value;
  expect(der[0]).toBe(0x0c);
  const long = der[1]! & 0x80 ? der[1]! & 0x7f : 0;
  return der.subarray(2 + long).toString('utf8');
}
const rawExt = (cert: X509Certificate, n: number) =>
  cert.extension(`1.3.6.1.4.1.57264.1.${n}`)?.value.toString('utf8');

describe('devstack CA', () => {
  let t: TestDevstack;
  beforeAll(async () => {
    t = await startTestDevstack();
  });
  afterAll(() => t?.close());

  it('issues a leaf whose SAN and Fulcio extensions come from the token claims', async () => {
    const token = await t.stack.issueToken({
      claims: { repository_visibility: 'private', run_attempt: '2' },
    });
    const { status, body } = await requestCert(t, { token });
    expect(status).toBe(201);
    const leaf = leafOf(body);
    const c = defaultClaims();
    const gh = 'https://github.com';
    expect(leaf.subjectAltName).toBe(`${gh}/${c['job_workflow_ref']}`);
    expect(rawExt(leaf, 1)).toBe(GITHUB_ISSUER);
    expect(rawExt(leaf, 2)).toBe('push');
    expect(rawExt(leaf, 3)).toBe(c['sha']);
    expect(rawExt(leaf, 4)).toBe(c['workflow']);
    expect(rawExt(leaf, 5)).toBe('octo-org/octo-repo');
    expect(rawExt(leaf, 6)).toBe('refs/heads/main');
    const expected: Record<number, string> = {
      8: GITHUB_ISSUER,
      9: `${gh}/${c['job_workflow_ref']}`,
      10: String(c['job_workflow_sha']),
      11: 'github-hosted',
      12: `${gh}/octo-org/octo-repo`,
      13: String(c['sha']),
      14: 'refs/heads/main',
      15: String(c['repository_id']),
      16: `${gh}/octo-org`,
      17: String(c['repository_owner_id']),
      18: `${gh}/${c['workflow_ref']}`,
      19: String(c['workflow_sha']),
      20: 'push',
      21: `${gh}/octo-org/octo-repo/actions/runs/${c['run_id']}/attempts/2`,
      22: 'private',
    };
    for (const [n, value] of Object.entries(expected))
      expect(utf8Ext(leaf, Number(n)), `extension 1.${n}`).toBe(value);
    // The embedded SCT from the CT log (public-good profile).
    expect(leaf.extSCT?.signedCertificateTimestamps).toHaveLength(1);
    // The chain ends at the root the trusted root lists.
    const root = X509Certificate.parse(body.signedCertificateEmbeddedSct.chain.certificates[1]!);
    expect(leaf.verify(root)).toBe(true);
  });

  it('derives the workflow identity from a per-token repository and ref', async () => {
    const token = await t.stack.issueToken({
      claims: { repository: 'acme/widgets', ref: 'refs/tags/v2.0.0' },
    });
    const leaf = leafOf((await requestCert(t, { token })).body);
    expect(leaf.subjectAltName).toBe(
      'https://github.com/acme/widgets/.github/workflows/release.yml@refs/tags/v2.0.0',
    );
    expect(utf8Ext(leaf, 16)).toBe('https://github.com/acme');
  });

  it('certifies an email identity when the token has email and no job_workflow_ref', async () => {
    const token = await t.stack.issueToken({
      claims: { job_workflow_ref: undefined, email: 'dev@example.com', email_verified: true },
    });
    const { status, body } = await requestCert(t, { token });
    expect(status).toBe(201);
    const leaf = leafOf(body);
    expect(leaf.subjectAltName).toBe('dev@example.com');
    expect(rawExt(leaf, 1)).toBe(GITHUB_ISSUER);
    expect(leaf.extension('1.3.6.1.4.1.57264.1.9')).toBeUndefined();
  });

  it('refuses a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({ ...defaultClaims(), aud: 'sigstore', iat: now, exp: now + 600 })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(privateKey);
    const { status, body } = await requestCert(t, { token: forged });
    expect(status).toBe(401);
    expect(body.message).toMatch(/signature does not verify/);
  });

  it('refuses a token for another audience', async () => {
    const { status, body } = await requestCert(t, {
      token: await t.stack.issueToken({ audience: 'not-sigstore' }),
    });
    expect(status).toBe(401);
    expect(body.message).toMatch(/audience must be "sigstore"/);
  });

  it('refuses an expired token', async () => {
    const { status, body } = await requestCert(t, {
      token: await t.stack.issueToken({ expiresInSeconds: -120 }),
    });
    expect(status).toBe(401);
    expect(body.message).toMatch(/expired/);
  });

  it('refuses a token from an issuer it does not trust', async () => {
    const token = await t.stack.issueToken({ claims: { iss: 'https://token.actions.example.com' } });
    const { status, body } = await requestCert(t, { token });
    expect(status).toBe(401);
    expect(body.message).toMatch(/issuer is not trusted.*token\.actions\.githubusercontent\.com/);
  });

  it('refuses a bad proof of possession', async () => {
    const token = await t.stack.issueToken();
    // Signed the wrong string.
    let res = await requestCert(t, { token, proofOf: 'repo:someone-else/repo:ref:refs/heads/main' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/proof of possession does not verify/);
    // Signed with another key than the one to certify.
    const other = ephemeral();
    const keys = { publicKey: ephemeral().publicKey, privateKey: other.privateKey };
    res = await requestCert(t, { token, keys });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/proof of possession/);
  });

  it('refuses an unverified email and a missing token', async () => {
    const token = await t.stack.issueToken({
      claims: { job_workflow_ref: undefined, email: 'dev@example.com' },
    });
    const res = await requestCert(t, { token });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/email_verified/);

    const r = await fetch(`${t.stack.url}/api/v2/signingCert`, { method: 'POST', body: '{}' });
    expect(r.status).toBe(401);
    expect(((await r.json()) as { message: string }).message).toMatch(/oidcIdentityToken/);
  });
});

describe('devstack CA with configured issuer', () => {
  it('trusts the issuer the stack was configured with, and only that one', async () => {
    const enterprise = 'https://token.actions.githubusercontent.com/octo-enterprise';
    const t = await startTestDevstack({ claims: { iss: enterprise }, profile: 'github' });
    try {
      const ok = await requestCert(t, { token: await t.stack.issueToken() });
      expect(ok.status).toBe(201);
      const leaf = leafOf(ok.body);
      expect(utf8Ext(leaf, 8)).toBe(enterprise);
      // No CT log in the github profile: no SCT.
      expect(leaf.extSCT).toBeUndefined();
      const bad = await requestCert(t, {
        token: await t.stack.issueToken({ claims: { iss: GITHUB_ISSUER } }),
      });
      expect(bad.status).toBe(401);
    } finally {
      await t.close();
    }
  });
});
