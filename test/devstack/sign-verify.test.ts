import { readFile } from 'node:fs/promises';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { attest, sign } from 'sigstore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';

const PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const statement = (i: number) =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: `artifact-${i}.tgz`, digest: { sha256: 'ab'.repeat(32) } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { n: i },
    }),
  );

async function verifierFor(t: TestDevstack, thresholds: ConstructorParameters<typeof Verifier>[1]) {
  // Read the written file: that is what attest/verify users get.
  const root = TrustedRoot.fromJSON(JSON.parse(await readFile(t.trustedRootPath, 'utf8')));
  return new Verifier(toTrustMaterial(root), thresholds);
}

describe('devstack public-good profile', () => {
  let t: TestDevstack;
  beforeAll(async () => {
    t = await startTestDevstack();
  });
  afterAll(() => t?.close());

  it('signs DSSE bundles that @sigstore/verify accepts, 30 times in a row', async () => {
    const verifier = await verifierFor(t, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
    const { fulcio, rekor, tsa } = t.stack.urls;
    for (let i = 0; i < 30; i++) {
      const identityToken = await t.stack.issueToken();
      const bundle = await attest(statement(i), PAYLOAD_TYPE, {
        fulcioURL: fulcio,
        rekorURL: rekor,
        tsaServerURL: tsa,
        identityToken,
      });
      expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
      expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
      const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle)), {
        subjectAlternativeName:
          'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
        extensions: { issuer: 'https://token.actions.githubusercontent.com' },
      });
      expect(signer.identity?.subjectAlternativeName).toBe(
        'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
      );
      // Sequential log (protobuf JSON leaves out a zero logIndex).
      expect(bundle.verificationMaterial.tlogEntries[0]!.logIndex ?? '0').toBe(String(i));
    }
  });

  it('signs message (hashedrekord) bundles too', async () => {
    const verifier = await verifierFor(t, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
    const data = Buffer.from('hello devstack');
    const bundle = await sign(data, {
      fulcioURL: t.stack.urls.fulcio,
      rekorURL: t.stack.urls.rekor,
      tsaServerURL: t.stack.urls.tsa,
      identityToken: await t.stack.issueToken(),
    });
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle), data))).not.toThrow();
  });

  it('logs legacy intoto entries in a form @sigstore/verify accepts', async () => {
    const verifier = await verifierFor(t, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
    const bundle = await attest(statement(7), PAYLOAD_TYPE, {
      fulcioURL: t.stack.urls.fulcio,
      rekorURL: t.stack.urls.rekor,
      tsaServerURL: t.stack.urls.tsa,
      identityToken: await t.stack.issueToken(),
      legacyCompatibility: true,
    });
    expect(bundle.verificationMaterial.tlogEntries[0]!.kindVersion).toEqual({
      kind: 'intoto',
      version: '0.0.2',
    });
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle)))).not.toThrow();
  });

  it('gets its token through the ACTIONS_ID_TOKEN_REQUEST protocol when no token is given', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, t.env);
    try {
      const bundle = await attest(statement(99), PAYLOAD_TYPE, {
        fulcioURL: t.stack.urls.fulcio,
        rekorURL: t.stack.urls.rekor,
        tsaServerURL: t.stack.urls.tsa,
      });
      const verifier = await verifierFor(t, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
      expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle)))).not.toThrow();
    } finally {
      process.env = saved;
    }
  });
});

describe('devstack github profile', () => {
  let t: TestDevstack;
  beforeAll(async () => {
    t = await startTestDevstack({ profile: 'github' });
  });
  afterAll(() => t?.close());

  it('has no log and no CT log, and its bundles verify with tlog 0, ctlog 0, timestamps 1', async () => {
    expect(t.stack.urls.rekor).toBeUndefined();
    const root = JSON.parse(await readFile(t.trustedRootPath, 'utf8'));
    expect(root.tlogs).toEqual([]);
    expect(root.ctlogs).toEqual([]);
    const config = JSON.parse(await readFile(t.signingConfigPath, 'utf8'));
    expect(config.rekorTlogUrls).toEqual([]);

    const verifier = await verifierFor(t, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 });
    for (let i = 0; i < 30; i++) {
      const bundle = await attest(statement(i), PAYLOAD_TYPE, {
        fulcioURL: t.stack.urls.fulcio,
        tsaServerURL: t.stack.urls.tsa,
        tlogUpload: false,
        identityToken: await t.stack.issueToken(),
      });
      expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
      expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle)))).not.toThrow();
    }
    // And the public-good thresholds refuse it: there is no log entry.
    const strict = await verifierFor(t, { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 });
    const bundle = await attest(statement(0), PAYLOAD_TYPE, {
      fulcioURL: t.stack.urls.fulcio,
      tsaServerURL: t.stack.urls.tsa,
      tlogUpload: false,
      identityToken: await t.stack.issueToken(),
    });
    expect(() => strict.verify(toSignedEntity(bundleFromJSON(bundle)))).toThrow(/tlog/i);
  });
});
