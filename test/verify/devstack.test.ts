/**
 * End to end on the local devstack: bundles signed with sigstore-js against the stack, verified
 * offline with the stack's trusted_root.json.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { attest, sign } from 'sigstore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/verify.js';
import {
  verifyArtifacts,
  type IdentityPolicy,
  type VerificationReport,
} from '../../src/core/verify/index.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { fakeIO, tamperedCopy, tempDir } from './helpers.js';

const WORKFLOW = 'octo-org/octo-repo/.github/workflows/release.yml';
const PINNED: IdentityPolicy = {
  signerWorkflow: `${WORKFLOW}@refs/heads/main`,
  repositoryId: '123456789',
  ownerId: '987654321',
  denySelfHostedRunners: true,
};
const SAN = `https://github.com/${WORKFLOW}@refs/heads/main`;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const statement = (digest: string, predicateType = 'https://slsa.dev/provenance/v1') =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app.tgz', digest: { sha256: digest } }],
      predicateType,
      predicate: {},
    }),
  );
const codes = (r: VerificationReport) => r.artifacts.flatMap((a) => a.failures.map((f) => f.code));

describe('verify against the devstack', () => {
  let pg: TestDevstack;
  let gh: TestDevstack;
  let other: TestDevstack;
  let dir: string;
  let artifact: string;
  let otherArtifact: string;
  let digest: string;

  /** Signs `payload` on `t` (a token with `claims` merged in) and writes the bundle to a file. */
  async function attestOn(
    t: TestDevstack,
    payload: Buffer,
    name: string,
    claims?: Record<string, unknown>,
  ): Promise<string> {
    const bundle = await attest(payload, 'application/vnd.in-toto+json', {
      fulcioURL: t.stack.urls.fulcio,
      rekorURL: t.stack.urls.rekor,
      tsaServerURL: t.stack.urls.tsa,
      tlogUpload: t.stack.urls.rekor !== undefined,
      identityToken: await t.stack.issueToken({ claims }),
    });
    const file = path.join(dir, `${name}.sigstore.json`);
    await writeFile(file, JSON.stringify(bundle));
    return file;
  }

  const verify = (
    bundle: string,
    over: {
      identity?: IdentityPolicy;
      artifacts?: string[];
      trustedRoot?: string;
      predicateType?: string;
      allowMessageSignatures?: boolean;
    } = {},
  ) =>
    verifyArtifacts({
      artifacts: [artifact],
      bundlePaths: [bundle],
      trustedRoot: pg.trustedRootPath,
      identity: PINNED,
      ...over,
    });

  beforeAll(async () => {
    [pg, gh, other] = await Promise.all([
      startTestDevstack(),
      startTestDevstack({ profile: 'github' }),
      startTestDevstack(),
    ]);
    dir = await tempDir();
    artifact = path.join(dir, 'app.tgz');
    otherArtifact = path.join(dir, 'other.tgz');
    await writeFile(artifact, 'the release artifact\n');
    await writeFile(otherArtifact, 'something else\n');
    digest = sha256(Buffer.from('the release artifact\n'));
  });
  afterAll(async () => {
    await Promise.all([pg, gh, other].map((t) => t?.close()));
  });

  it('passes with the stack’s root and a pinned signer; the report has the statement and certificate facts', async () => {
    const bundle = await attestOn(pg, statement(digest), 'good');
    const r = await verify(bundle);
    expect(r.ok, JSON.stringify(r.artifacts[0]!.failures)).toBe(true);
    const v = r.artifacts[0]!.verified[0]!;
    expect(v.signer).toMatchObject({
      subjectAlternativeName: SAN,
      sourceRepositoryIdentifier: '123456789',
      runnerEnvironment: 'github-hosted',
    });
    expect(v.statement?.subject[0]!.digest.sha256).toBe(digest);
    expect(v.timestamps.map((t) => t.kind)).toContain('timestamp-authority');
  });

  it('a GitHub-profile stack (no log, no CT) passes with its own root: thresholds follow the root', async () => {
    const bundle = await attestOn(gh, statement(digest), 'github-profile');
    const r = await verify(bundle, { trustedRoot: gh.trustedRootPath });
    expect(r.ok, JSON.stringify(r.artifacts[0]!.failures)).toBe(true);
  });

  it('fails: wrong identity, main-evil prefix, wrong issuer', async () => {
    const good = await attestOn(pg, statement(digest), 'good2');
    expect(codes(await verify(good, { identity: { repository: 'octo-org/other-repo' } }))).toEqual([
      'IDENTITY_MISMATCH',
    ]);
    expect(
      codes(await verify(good, { identity: { ...PINNED, oidcIssuer: 'https://accounts.google.com' } })),
    ).toEqual(['IDENTITY_MISMATCH']);

    const evilRef = `${WORKFLOW}@refs/heads/main-evil`;
    const evil = await attestOn(pg, statement(digest), 'main-evil', {
      job_workflow_ref: evilRef,
      ref: 'refs/heads/main-evil',
    });
    for (const identity of [
      { signerWorkflow: `${WORKFLOW}@refs/heads/main` },
      { certificateIdentity: SAN },
      { certificateIdentityRegExp: SAN.replaceAll('.', '\\.') },
      { repository: 'octo-org/octo-repo', sourceRef: 'refs/heads/main' },
    ]) {
      expect(codes(await verify(evil, { identity })), JSON.stringify(identity)).toEqual([
        'IDENTITY_MISMATCH',
      ]);
    }
  });

  it('fails: wrong subject digest, wrong predicate type, another stack’s root, tampered payload', async () => {
    const good = await attestOn(pg, statement(digest), 'good3');
    expect(codes(await verify(good, { artifacts: [otherArtifact] }))).toEqual(['SUBJECT_MISMATCH']);
    expect(
      codes(
        await verify(await attestOn(pg, statement(digest, 'https://example.com/other/v1'), 'other-type')),
      ),
    ).toEqual(['PREDICATE_TYPE_MISMATCH']);
    expect(codes(await verify(good, { predicateType: 'https://slsa.dev/provenance/v0.2' }))).toEqual([
      'PREDICATE_TYPE_MISMATCH',
    ]);

    // Another stack's CA has the same name: only its key tells them apart.
    const foreign = await verify(good, { trustedRoot: other.trustedRootPath });
    expect(foreign.ok).toBe(false);
    expect(codes(foreign)).toEqual(['CERTIFICATE_UNTRUSTED']);

    // The GitHub-profile root (timestamps only) must not accept a public-good-profile bundle from another CA either.
    expect((await verify(good, { trustedRoot: gh.trustedRootPath })).ok).toBe(false);

    expect(codes(await verify(await tamperedCopy(good, dir)))).toEqual(['SIGNATURE_INVALID']);
  });

  it('message-signature bundles: verified over the file or its digest alone; another file, digest or signature fails', async () => {
    const bytes = Buffer.from('the release artifact\n');
    const bundle = await sign(bytes, {
      fulcioURL: pg.stack.urls.fulcio,
      rekorURL: pg.stack.urls.rekor,
      tsaServerURL: pg.stack.urls.tsa,
      identityToken: await pg.stack.issueToken(),
    });
    const file = path.join(dir, 'message.sigstore.json');
    await writeFile(file, JSON.stringify(bundle));
    const conformance = [
      '--allow-message-signatures',
      '--bundle',
      file,
      '--certificate-identity',
      SAN,
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      '--trusted-root',
      pg.trustedRootPath,
    ];
    expect(await run([...conformance, artifact], fakeIO())).toBe(0);
    expect(await run([...conformance, otherArtifact], fakeIO())).toBe(1);
    // The digest alone (the conformance suite's `sha256:HEX` form): the signature is checked over it.
    expect(codes(await verify(file, { artifacts: [`sha256:${digest}`] }))).toEqual(['STATEMENT_REQUIRED']);
    expect((await verify(file, { artifacts: [`sha256:${digest}`], allowMessageSignatures: true })).ok).toBe(
      true,
    );
    expect(await run([...conformance, `sha256:${digest}`], fakeIO())).toBe(0);
    expect(
      codes(await verify(file, { artifacts: [`sha256:${'0'.repeat(64)}`], allowMessageSignatures: true })),
    ).toEqual(['SUBJECT_MISMATCH']);
    // One bit of the signature flipped: the digest-only path must reject it too.
    const forged = JSON.parse(JSON.stringify(bundle));
    const sig = Buffer.from(forged.messageSignature.signature, 'base64');
    sig[sig.length - 3]! ^= 0x01;
    forged.messageSignature.signature = sig.toString('base64');
    const forgedFile = path.join(dir, 'message-forged.sigstore.json');
    await writeFile(forgedFile, JSON.stringify(forged));
    for (const a of [`sha256:${digest}`, artifact])
      expect(codes(await verify(forgedFile, { artifacts: [a], allowMessageSignatures: true }))).toEqual([
        'SIGNATURE_INVALID',
      ]);
    expect(
      await run(
        [
          '--allow-message-signatures',
          '--bundle',
          file,
          '--certificate-identity',
          `${SAN}-evil`,
          '--certificate-oidc-issuer',
          'https://token.actions.githubusercontent.com',
          '--trusted-root',
          pg.trustedRootPath,
          artifact,
        ],
        fakeIO(),
      ),
    ).toBe(1);
  });

  it('the CLI verifies several artifacts against a JSONL of their bundles in one call', async () => {
    const a = await attestOn(pg, statement(digest), 'a');
    const b = await attestOn(pg, statement(sha256(Buffer.from('something else\n'))), 'b');
    const jsonl = path.join(dir, 'all.jsonl');
    await writeFile(jsonl, `${(await readFile(a, 'utf8')).trim()}\n${(await readFile(b, 'utf8')).trim()}\n`);
    const io = fakeIO();
    const code = await run(
      [
        '--bundle',
        jsonl,
        '--trusted-root',
        pg.trustedRootPath,
        '--signer-workflow',
        WORKFLOW,
        '--format',
        'json',
        artifact,
        otherArtifact,
      ],
      io,
    );
    expect(code, io.err).toBe(0);
    const doc = JSON.parse(io.out);
    expect(
      doc.artifacts.map((x: { verified: { bundle: { index: number } }[] }) =>
        x.verified.map((v) => v.bundle.index),
      ),
    ).toEqual([[0], [1]]);
  });
});
