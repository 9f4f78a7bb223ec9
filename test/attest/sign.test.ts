/**
 * Signing end to end over real HTTP against the local devstack: bundles verify with @sigstore/verify
 * against the stack's trusted root; injected failures are survived or reported by URL.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type VerifierOptions } from '@sigstore/verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/attest.js';
import type { CliIO } from '../../src/cli/io.js';
import { attest, type AttestOptions } from '../../src/core/attest/index.js';
import { readEnvironment, type RuntimeEnvironment } from '../../src/core/config.js';
import { AgentAttestError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/log.js';
import { getIdentityToken } from '../../src/core/oidc/index.js';
import { rekorWitness, signStatement } from '../../src/core/sign/index.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';

const FAST = { timeoutMs: 2_000, retries: 3, minRetryDelayMs: 5, maxRetryDelayMs: 20 };

let pg: TestDevstack; // public-good profile: Fulcio + CT + Rekor + TSA
let gh: TestDevstack; // github profile: Fulcio + TSA
let root: string;
let ws: string;
let n = 0;

beforeAll(async () => {
  [pg, gh] = await Promise.all([startTestDevstack(), startTestDevstack({ profile: 'github' })]);
  root = await mkdtemp(path.join(tmpdir(), 'aa-sign-'));
  ws = path.join(root, 'ws');
  await mkdir(path.join(ws, 'dist'), { recursive: true });
  await writeFile(path.join(ws, 'dist', 'app.tgz'), 'the artifact');
  await writeFile(path.join(ws, 'dist', 'app.zip'), 'another artifact');
});

afterAll(async () => {
  await Promise.all([pg?.close(), gh?.close()]);
  if (root) await rm(root, { recursive: true, force: true });
});

/** A fresh output dir and the environment of a GitHub job talking to `t`. */
async function job(
  t: TestDevstack,
  extra: Record<string, string> = {},
): Promise<{ out: string; env: RuntimeEnvironment }> {
  const out = path.join(root, `run-${++n}`);
  await mkdir(out);
  const env = readEnvironment({
    GITHUB_ACTIONS: 'true',
    ...t.env,
    RUNNER_TEMP: out,
    GITHUB_WORKSPACE: ws,
    ...extra,
  });
  return { out, env };
}

function options(out: string, more: Partial<AttestOptions> = {}): AttestOptions {
  return {
    subjects: { paths: ['dist/*'] },
    sign: true,
    bundleOut: path.join(out, 'app.sigstore.json'),
    network: FAST,
    ...more,
  };
}

function verifyBundle(json: SerializedBundle, t: TestDevstack, thresholds: VerifierOptions = {}) {
  const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(t.stack.trustedRoot)), thresholds);
  return verifier.verify(toSignedEntity(bundleFromJSON(json)), {
    subjectAlternativeName:
      'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    extensions: { issuer: 'https://token.actions.githubusercontent.com' },
  });
}

async function readBundle(file: string): Promise<SerializedBundle> {
  return JSON.parse(await readFile(file, 'utf8')) as SerializedBundle;
}

async function failure(p: Promise<unknown>): Promise<AgentAttestError> {
  const e = await p.then(
    () => new Error('expected a failure'),
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AgentAttestError);
  expect((e as Error).message).not.toContain('\n');
  return e as AgentAttestError;
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug: (m) => lines.push(m), info: (m) => lines.push(m), warn: (m) => lines.push(m) };
}

describe('attest on the devstack', () => {
  it('signs on a signing-config instance; the bundle verifies and carries the statement written to disk', async () => {
    const { out, env } = await job(pg);
    const logger = recordingLogger();
    const result = await attest(options(out, { sigstore: pg.signingConfigPath }), { env, cwd: root, logger });

    expect(result.mode).toBe('github');
    expect(result.signed).toBe(true);
    expect(result.subjectCount).toBe(2);
    const [a] = result.attestations;
    expect(a!.bundlePath).toBe(path.join(out, 'app.sigstore.json'));
    expect(a!.statementPath).toBe(path.join(out, 'app.intoto.json'));
    const statementBytes = await readFile(a!.statementPath);
    expect(a!.statementDigest).toBe(`sha256:${createHash('sha256').update(statementBytes).digest('hex')}`);
    expect(a!.signer).toEqual({
      identity: 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
      issuer: 'https://token.actions.githubusercontent.com',
    });
    expect(a!.tlogEntry?.logIndex).toMatch(/^\d+$/);
    expect(a!.tlogEntry?.uuid).toMatch(/^[0-9a-f]{64}$/);
    expect(a!.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);

    const bundle = await readBundle(a!.bundlePath!);
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    verifyBundle(bundle, pg, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
    // The signed payload is byte for byte the statement file.
    expect(Buffer.from(bundle.dsseEnvelope!.payload, 'base64').equals(statementBytes)).toBe(true);
    expect(bundle.dsseEnvelope!.payloadType).toBe('application/vnd.in-toto+json');
    const statement = JSON.parse(statementBytes.toString());
    expect(statement.predicate.runDetails.builder.id).toBe(
      'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    );
    expect(statement.subject.map((s: { name: string }) => s.name)).toEqual(['dist/app.tgz', 'dist/app.zip']);

    expect(await readFile(path.join(out, 'created_attestation_paths.txt'), 'utf8')).toBe(
      `${a!.bundlePath}\n`,
    );
    expect(logger.lines.some((l) => l.startsWith('Signing on'))).toBe(true);
  });

  it("signs on GitHub's instance shape (Fulcio + TSA, no log) with explicit URLs", async () => {
    const { out, env } = await job(gh);
    const result = await attest(
      options(out, { urls: { fulcioUrl: gh.stack.urls.fulcio, tsaUrl: gh.stack.urls.tsa } }),
      { env, cwd: root },
    );
    const a = result.attestations[0]!;
    expect(result.instance).toEqual({
      name: 'custom',
      fulcioUrl: gh.stack.urls.fulcio,
      tsaUrl: gh.stack.urls.tsa,
    });
    expect(a.tlogEntry).toBeUndefined();
    expect(a.timestamp).toBeDefined();
    const bundle = await readBundle(a.bundlePath!);
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
    verifyBundle(bundle, gh, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 });
  });

  it('splits 1025 subjects into two statements, both signed, numbered, listed for the runner', async () => {
    const { out, env } = await job(pg);
    const lines = Array.from(
      { length: 1025 },
      (_, i) => `${createHash('sha256').update(String(i)).digest('hex')}  file-${i}.bin`,
    );
    const result = await attest(
      options(out, { subjects: { checksums: lines.join('\n') }, sigstore: pg.signingConfigPath }),
      { env, cwd: root },
    );
    expect(
      result.attestations.map((a) => [
        a.subjectCount,
        path.basename(a.bundlePath!),
        path.basename(a.statementPath),
      ]),
    ).toEqual([
      [1024, 'app-1.sigstore.json', 'app-1.intoto.json'],
      [1, 'app-2.sigstore.json', 'app-2.intoto.json'],
    ]);
    for (const a of result.attestations) verifyBundle(await readBundle(a.bundlePath!), pg);
    const listed = (await readFile(path.join(out, 'created_attestation_paths.txt'), 'utf8'))
      .trim()
      .split('\n');
    expect(listed).toEqual(result.attestations.map((a) => a.bundlePath));
  });

  it('survives injected 503s, a connection reset and a slow service', async () => {
    const { out, env } = await job(pg);
    pg.stack.failNext('fulcio', 2, { status: 503 });
    pg.stack.failNext('rekor', 1, { reset: true });
    pg.stack.failNext('tsa', 1, { status: 502 });
    pg.stack.failNext('oidc', 1, { status: 500 });
    const result = await attest(options(out, { sigstore: pg.signingConfigPath }), { env, cwd: root });
    verifyBundle(await readBundle(result.attestations[0]!.bundlePath!), pg);

    const slow = await job(pg);
    pg.stack.failNext('tsa', 1, { delayMs: 3_000 }); // longer than the 1 s attempt timeout: the retry answers
    const r2 = await attest(
      options(slow.out, { sigstore: pg.signingConfigPath, network: { ...FAST, timeoutMs: 1_000 } }),
      { env: slow.env, cwd: root },
    );
    verifyBundle(await readBundle(r2.attestations[0]!.bundlePath!), pg);
  });

  it('names the service and URL when retries run out, and leaves the statement on disk', async () => {
    const { out, env } = await job(pg);
    pg.stack.failNext('fulcio', 4, { status: 503 });
    const e = await failure(attest(options(out, { sigstore: pg.signingConfigPath }), { env, cwd: root }));
    expect(e.code).toBe('NETWORK');
    expect(e.message).toMatch(
      new RegExp(
        `^Fulcio at ${pg.stack.url} did not answer after 4 attempts \\(\\(503\\) .*\\); check the URL and the network`,
      ),
    );
    expect(await readdir(out)).toEqual(['app.intoto.json']);
    expect(JSON.parse(await readFile(path.join(out, 'app.intoto.json'), 'utf8')).subject).toHaveLength(2);
  });

  it('says which URL is unreachable', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const { out, env } = await job(pg);
    const dead = `http://127.0.0.1:${port}`;
    const e = await failure(
      attest(
        options(out, { urls: { fulcioUrl: dead, rekorUrl: pg.stack.url }, network: { ...FAST, retries: 1 } }),
        { env, cwd: root },
      ),
    );
    expect(e.message).toContain(`Fulcio at ${dead} did not answer after 2 attempts`);
    expect(e.message).toContain('ECONNREFUSED');
  });

  it('fails clearly on an expired token before calling any service, statement still written', async () => {
    const { out, env } = await job(pg, { ACTIONS_ID_TOKEN_REQUEST_URL: '' });
    const expired = await pg.stack.issueToken({ expiresInSeconds: -120 });
    const e = await failure(
      attest(options(out, { sigstore: pg.signingConfigPath, identityToken: expired }), { env, cwd: root }),
    );
    expect(e.code).toBe('OIDC_UNAVAILABLE');
    expect(e.message).toMatch(/^the identity token from --identity-token expired at .*; request a fresh one/);
    expect(e.message).not.toContain(expired);
  });

  it('reports a token Fulcio refuses without leaking it', async () => {
    const expired = await pg.stack.issueToken({ expiresInSeconds: -120 });
    const identity = await getIdentityToken({ githubActions: false, explicitToken: expired });
    const endpoints = {
      name: 'devstack',
      fulcioUrl: pg.stack.url,
      rekor: [{ url: pg.stack.url, apiVersion: 1 }],
      tsaUrls: [],
    };
    const e = await failure(signStatement(Buffer.from('{}'), endpoints, identity, { network: FAST }));
    expect(e.code).toBe('SIGNING_FAILED');
    expect(e.message).toMatch(
      new RegExp(
        `^Fulcio at ${pg.stack.url} refused the request \\(\\(40[01]\\) .*\\); the identity token may be expired`,
      ),
    );
    expect(e.message).not.toContain(expired);
    expect(JSON.stringify(e.cause ?? '')).not.toContain(expired);
  });

  it('refuses to write a bundle whose certificate disagrees with the statement', async () => {
    const { out, env } = await job(pg, { GITHUB_SERVER_URL: 'https://github.example.com' });
    const e = await failure(attest(options(out, { sigstore: pg.signingConfigPath }), { env, cwd: root }));
    expect(e.code).toBe('SIGNING_FAILED');
    expect(e.message).toContain(
      "build signer URI (builder.id) is 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main'",
    );
    expect(e.message).toContain('no bundle written');
    expect(await readdir(out)).toEqual(['app.intoto.json']);
  });

  it('on a Rekor 409 fetches the entry already logged', async () => {
    const { out, env } = await job(pg);
    const result = await attest(options(out, { sigstore: pg.signingConfigPath }), { env, cwd: root });
    const json = await readBundle(result.attestations[0]!.bundlePath!);
    const bundle = bundleFromJSON(json);
    const der = Buffer.from(json.verificationMaterial.certificate!.rawBytes, 'base64');
    const pem = new X509Certificate(der).toString(); // the PEM Fulcio handed out, as the log saw it
    // Logging the same envelope again: the log answers 409 + Location, the witness fetches that entry.
    const again = await rekorWitness(pg.stack.url, 1, FAST).testify(bundle.content as never, pem);
    expect(again.tlogEntries[0]!.logIndex).toBe(result.attestations[0]!.tlogEntry!.logIndex);
  });

  it('runs from the CLI with the same options', async () => {
    const { out, env } = await job(pg);
    let stdout = '';
    let stderr = '';
    const io: CliIO = {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      isTTY: false,
      cwd: ws,
    };
    const token = await pg.stack.issueToken();
    const args = [
      '--subject-path',
      'dist/app.tgz',
      '--sigstore',
      pg.signingConfigPath,
      '--bundle-out',
      path.join(out, 'b.sigstore.json'),
    ];
    const code = await run([...args, '--identity-token', token, '--format', 'json', '--verbose'], io, {
      env,
    });
    expect(code).toBe(0);
    expect(stdout + stderr).not.toContain(token);
    const result = JSON.parse(stdout);
    expect(result.attestations[0].bundlePath).toBe(path.join(out, 'b.sigstore.json'));
    expect(stderr).toContain('Signing on');
    // The workspace is not a git checkout: signed all the same, and the warning says what is missing.
    expect(stderr).toContain('is not a git repository: the statement carries no agent attribution');
    verifyBundle(await readBundle(result.attestations[0].bundlePath), pg);
  });
});
