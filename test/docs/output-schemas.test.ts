/**
 * The JSON outputs of verify, scan, query and attest against their schemas in docs/ (draft 2020-12, ajv with
 * formats). Every document is real: the CLI run on the demo's repository (three agents, a human, executable
 * AI config changes), signed on the devstack, reviews from the local GitHub-API-compatible server — passing,
 * failing and refusing runs alike, so each branch of a schema meets a real document.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as attest } from '../../src/cli/commands/attest.js';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { RuntimeEnvironment } from '../../src/core/config.js';
import {
  ARTIFACT,
  buildArtifact,
  buildRepository,
  githubSeed,
  OWNER,
  POLICY,
  REPO,
  type DemoRepository,
} from '../../src/demo/scenario.js';
import { startGitHubServer, type GitHubTestServer } from '../../src/devstack/github.js';
import { startDevstack, type Devstack } from '../../src/devstack/index.js';

const DOCS = path.resolve(import.meta.dirname, '../../docs');
const TOKEN = 'schema-test-token';

const ajv = new Ajv2020.default({ allErrors: true, strict: true });
addFormats.default(ajv);

async function schema(name: string) {
  return JSON.parse(await readFile(path.join(DOCS, name), 'utf8')) as object;
}

function capture(cwd: string): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    cwd,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

let dir: string;
let repo: DemoRepository;
let stack: Devstack;
let github: GitHubTestServer;
let trustedRoot: string;
let signingConfig: string;
let policy: string;
let workflow: string;
const validators: Record<string, ReturnType<typeof ajv.compile>> = {};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aa-output-schemas-'));
  const now = new Date();
  repo = await buildRepository(path.join(dir, 'repo'), now);
  await buildArtifact(repo);
  stack = await startDevstack({ claims: { sha: repo.head } });
  github = await startGitHubServer({ ...githubSeed(repo, now), validTokens: [TOKEN] });
  ({ trustedRootPath: trustedRoot, signingConfigPath: signingConfig } = await stack.writeFiles(
    path.join(dir, 'trust'),
  ));
  workflow = String(stack.claims['job_workflow_ref']);
  policy = path.join(dir, 'policy.yml');
  await writeFile(policy, POLICY);
  ajv.addSchema(await schema('extension.schema.json'));
  for (const name of [
    'verify-result.schema.json',
    'scan-report.schema.json',
    'query-result.schema.json',
    'attest-result.schema.json',
  ])
    validators[name] = ajv.compile(await schema(name));
}, 120_000);

afterAll(async () => {
  await stack?.close();
  await github?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Parses stdout and validates it; the errors are the failure message. */
function valid(name: string, out: string): Record<string, unknown> {
  const doc = JSON.parse(out) as Record<string, unknown>;
  const validate = validators[name]!;
  expect(validate(doc), ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
  return doc;
}

const env = (): RuntimeEnvironment => ({
  githubActions: false,
  idTokenRequestUrl: stack.idTokenRequestUrl,
  idTokenRequestToken: stack.idTokenRequestToken,
  serverUrl: 'https://github.com',
  apiUrl: github.url,
  githubToken: TOKEN,
});

describe('JSON outputs match their schemas in docs/', () => {
  let bundle: string;

  it('attest: signed with an SBOM and reviews, and an unsigned preview', async () => {
    bundle = path.join(dir, 'releases', 'app.sigstore.json');
    const signed = capture(repo.path);
    const argv = ['--subject-path', ARTIFACT, '--repository', `${OWNER}/${REPO}`, '--format', 'json'];
    expect(
      await attest(
        [
          ...argv,
          '--sigstore',
          signingConfig,
          '--bundle-out',
          bundle,
          '--sbom',
          '--github-api-url',
          github.url,
        ],
        signed,
        { env: env() },
      ),
      signed.err,
    ).toBe(0);
    const doc = valid('attest-result.schema.json', signed.out);
    expect(doc['signed']).toBe(true);
    expect((doc['attestations'] as { sbom?: { bundlePath?: string } }[])[0]!.sbom?.bundlePath).toBeDefined();

    const preview = capture(repo.path);
    const out = path.join(dir, 'preview', 'app.intoto.json');
    expect(await attest([...argv, '--no-sign', '--statement-out', out], preview, { env: env() })).toBe(0);
    expect(valid('attest-result.schema.json', preview.out)['signed']).toBe(false);
  });

  it('verify: pass, a policy that fails, a tampered artifact, and bad input', async () => {
    const base = [
      'verify',
      path.join(repo.path, ARTIFACT),
      '--bundle',
      bundle,
      '--trusted-root',
      trustedRoot,
      '--signer-workflow',
      workflow,
      '--format',
      'json',
    ];
    const pass = capture(dir);
    expect(await main(base, pass), pass.err).toBe(0);
    expect(valid('verify-result.schema.json', pass.out)['decision']).toBe('pass');

    const refused = capture(dir);
    expect(await main([...base, '--policy', policy], refused), refused.err).toBe(1);
    const doc = valid('verify-result.schema.json', refused.out);
    expect(doc['reasons']).not.toEqual([]);

    const tampered = path.join(dir, 'tampered.js');
    await writeFile(tampered, `${await readFile(path.join(repo.path, ARTIFACT), 'utf8')}\n// changed\n`);
    const mismatch = capture(dir);
    expect(
      await main(
        base.map((a) => (a === path.join(repo.path, ARTIFACT) ? tampered : a)),
        mismatch,
      ),
    ).toBe(1);
    const failed = valid('verify-result.schema.json', mismatch.out) as {
      artifacts: { failures: { code: string }[] }[];
    };
    expect(failed.artifacts[0]!.failures.map((f) => f.code)).toEqual(['SUBJECT_MISMATCH']);

    const bad = capture(dir);
    expect(await main([...base, '--max-age', 'soon'], bad)).toBe(2);
    expect(valid('verify-result.schema.json', bad.out)['decision']).toBe('error');
  });

  it('query: rows, a bundle that does not verify (skipped), and other JSON and the SBOM (ignored)', async () => {
    const folder = path.join(dir, 'releases');
    await writeFile(path.join(folder, 'notes.json'), '{"not": "a bundle"}\n');
    const signed = JSON.parse(await readFile(bundle, 'utf8')) as {
      dsseEnvelope: { signatures: { sig: string }[] };
    };
    signed.dsseEnvelope.signatures[0]!.sig = Buffer.from('not the signature').toString('base64');
    await writeFile(path.join(folder, 'broken.sigstore.json'), JSON.stringify(signed));
    const io = capture(dir);
    const argv = ['query', folder, '--trusted-root', trustedRoot, '--signer-workflow', workflow];
    expect(await main([...argv, '--since', '30d', '--format', 'json'], io)).toBe(1);
    const doc = valid('query-result.schema.json', io.out) as {
      rows: { bundle: { path: string } }[];
      skipped: { bundle: { path: string }; reason: string }[];
      ignored: { bundle: { path: string }; reason: string }[];
    };
    const names = (list: { bundle: { path: string } }[]) =>
      list.map((r) => path.basename(r.bundle.path)).sort();
    expect(names(doc.rows)).toEqual(['app.sigstore.json']);
    expect(names(doc.skipped)).toEqual(['broken.sigstore.json']);
    expect(names(doc.ignored)).toEqual(['app.sbom.sigstore.json', 'notes.json']);
    expect(doc.ignored.map((r) => r.reason).sort()).toEqual([
      expect.stringMatching(/^another kind of attestation: /),
      expect.stringMatching(/^not a Sigstore bundle: /),
    ]);
  });

  it('scan: streamed with line share, and whole with reviews (a failure mid-stream: test/scan/robustness.test.ts)', async () => {
    const streamed = capture(dir);
    expect(await main(['scan', '--repo-path', repo.path, '--line-share', '--format', 'json'], streamed)).toBe(
      0,
    );
    const doc = valid('scan-report.schema.json', streamed.out) as { surfaces: unknown[]; lineShare: object };
    expect(doc.surfaces.length).toBeGreaterThan(0);
    expect(doc.lineShare).toBeDefined();

    vi.stubEnv('GITHUB_TOKEN', TOKEN);
    try {
      const reviewed = capture(dir);
      const argv = ['scan', '--repo-path', repo.path, '--reviews', 'agent-commits', '--format', 'json'];
      expect(
        await main([...argv, '--repository', `${OWNER}/${REPO}`, '--github-api-url', github.url], reviewed),
        reviewed.err,
      ).toBe(0);
      const withReviews = valid('scan-report.schema.json', reviewed.out) as { reviews: { status: string } };
      expect(withReviews.reviews.status).toBe('collected');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
