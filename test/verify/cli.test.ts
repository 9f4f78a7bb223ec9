/**
 * `agent-attest verify` through run() (and main() for the conformance alias) with a fake CliIO.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/verify.js';
import { main } from '../../src/cli/main.js';
import { CLI_NAMES } from '../../src/core/gate/options.js';
import { PINNING_KEYS } from '../../src/core/verify/identity.js';
import { DEMO, fakeIO, GH, haveReal, PG, SIGSTORE_JS, tempDir } from './helpers.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const DEMO_SHA256 = 'ae57936def59bc4c75edd3a837d89bcefc6d3a5e31d55a6fa7a71624f92c3c3b';

describe('verify --help', () => {
  it('counts and lists exactly the options that pin a signer, as the check requires one of them', async () => {
    const io = fakeIO();
    expect(await run(['--help'], io)).toBe(0);
    const lines = io.out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('signer ('));
    const header =
      /^signer \(one or more of the (\d+) options on the next five lines, or --allow-any-identity\):$/.exec(
        lines[at]!,
      );
    expect(header, lines[at]).not.toBeNull();
    const flags = lines.slice(at + 1, at + 6).flatMap((l) => [...l.matchAll(/--[a-z-]+/g)].map((m) => m[0]));
    const pinning = PINNING_KEYS.map((k) => CLI_NAMES.of(k));
    expect(flags.sort()).toEqual([...pinning].sort());
    expect(Number(header![1])).toBe(pinning.length);
    // What the check asks for when none is given names the same options.
    const none = fakeIO();
    expect(await run(['--bundle', 'b.json', `sha256:${'a'.repeat(64)}`], none)).toBe(2);
    for (const flag of pinning.filter((f) => !f.endsWith('-id'))) expect(none.err).toContain(flag);
  });
});

describe('verify CLI: bad input exits 2 with one line naming the input', () => {
  it('unknown flag', async () => {
    const io = fakeIO();
    expect(await run(['--bogus', 'x'], io)).toBe(2);
    expect(io.err).toMatch(/^agent-attest verify: .*--bogus.*\n$/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it('missing bundle file', async () => {
    const io = fakeIO();
    expect(
      await run(['--bundle', '/nonexistent/b.json', '--signer-repo', 'o/r', 'sha256:' + 'a'.repeat(64)], io),
    ).toBe(2);
    expect(io.err).toBe(
      'agent-attest verify: bundle /nonexistent/b.json: no such file; pass the path of a Sigstore bundle (.json or .jsonl).\n',
    );
  });

  it('malformed JSON bundle', async () => {
    const dir = await tempDir();
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{"mediaType": ');
    const io = fakeIO();
    expect(await run(['--bundle', bad, '--signer-repo', 'o/r', 'sha256:' + 'a'.repeat(64)], io)).toBe(2);
    expect(io.err).toContain(`bundle ${bad} line 1 is not JSON`);
  });

  it('malformed trusted root, no identity, bad digest, missing artifact, bad format, --staging without a root', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'root.json');
    await writeFile(root, '{"mediaType":"application/json"}');
    const bundle = path.join(dir, 'b.json');
    await writeFile(bundle, '{}');
    const digest = 'sha256:' + 'a'.repeat(64);
    const cases: [string[], RegExp][] = [
      [
        ['--bundle', bundle, '--trusted-root', root, '--signer-repo', 'o/r', digest],
        /trusted root .*root\.json has mediaType "application\/json"/,
      ],
      [
        ['--bundle', bundle, '--trusted-root', path.join(dir, 'nope.json'), '--signer-repo', 'o/r', digest],
        /trusted root .*nope\.json: no such file/,
      ],
      [['--bundle', bundle, digest], /no signer identity given; pass --signer-workflow/],
      [['--bundle', bundle, '--signer-repo', 'o/r', 'sha256:abc'], /a sha256 digest has 64 hex digits/],
      [
        ['--bundle', bundle, '--signer-repo', 'o/r', path.join(dir, 'missing.tgz')],
        /artifact .*missing\.tgz: no such file/,
      ],
      [
        ['--bundle', bundle, '--signer-repo', 'o/r', dir],
        /artifact \S+: is a directory; pass the files in it \(e\.g\. \S+\/\*, expanded by the shell\) or sha256:HEX\.$/m,
      ],
      [
        ['--bundle', bundle, '--signer-repo', 'o/r', '--format', 'yaml', digest],
        /--format "yaml" is not text or json/,
      ],
      [
        [
          '--staging',
          '--bundle',
          bundle,
          '--certificate-identity',
          'x',
          '--certificate-oidc-issuer',
          'y',
          digest,
        ],
        /--staging needs --trusted-root/,
      ],
      [['--bundle', bundle, '--signer-repo', 'o/r'], /no artifact given/],
    ];
    for (const [argv, message] of cases) {
      const io = fakeIO();
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(io.err).toMatch(message);
      expect(io.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--format json reports errors as JSON too', async () => {
    const io = fakeIO();
    expect(
      await run(
        ['--format', 'json', '--bundle', '/nonexistent', '--signer-repo', 'o/r', 'sha256:' + 'a'.repeat(64)],
        io,
      ),
    ).toBe(2);
    expect(JSON.parse(io.out)).toEqual({
      version: 1,
      decision: 'error',
      error: { code: 'FILE_NOT_FOUND', message: expect.stringContaining('/nonexistent') },
    });
  });

  it('--help exits 0', async () => {
    const io = fakeIO();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out).toContain('--signer-workflow');
  });
});

describe.skipIf(!haveReal)('verify CLI on real bundles', () => {
  const base = ['--bundle', SIGSTORE_JS.bundle, '--trusted-root', PG, SIGSTORE_JS.artifact];

  it('passes: exit 0 and a clear decision', async () => {
    const io = fakeIO();
    expect(
      await run(
        [
          ...base,
          '--signer-workflow',
          `${SIGSTORE_JS.workflow}@refs/heads/main`,
          '--repository-id',
          SIGSTORE_JS.repositoryId,
        ],
        io,
      ),
    ).toBe(0);
    const [decision, artifact, signature] = io.out.split('\n');
    expect(decision).toMatch(/^PASS {2}1 artifact\(s\): signature verified, signed by the expected signer/);
    expect(artifact).toMatch(
      new RegExp(`^${SIGSTORE_JS.artifact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  sha`),
    );
    expect(signature).toContain(`signature ✓  ${SIGSTORE_JS.bundle}#0: signed by ${SIGSTORE_JS.san}`);
  });

  it('fails: exit 1 with the reason', async () => {
    const io = fakeIO();
    expect(await run([...base, '--repository', 'sigstore/fakerepo'], io)).toBe(1);
    expect(io.out.split('\n')[0]).toBe('FAIL  signature: 1 of 1 artifact(s) have no bundle that verifies');
    expect(io.out).toContain(
      'signature ✗  ' +
        `${SIGSTORE_JS.bundle}#0: IDENTITY_MISMATCH: source repository is "https://github.com/sigstore/sigstore-js", expected https://github.com/sigstore/fakerepo`,
    );
    expect(io.out).not.toMatch(/^PASS/m);
  });

  it('--format json: the documented shape', async () => {
    const io = fakeIO();
    expect(await run([...base, '--signer-repo', 'sigstore/sigstore-js', '--format', 'json'], io)).toBe(0);
    const doc = JSON.parse(io.out);
    expect(Object.keys(doc)).toEqual([
      'version',
      'decision',
      'ok',
      'trustedRoots',
      'roots',
      'predicateType',
      'artifacts',
    ]);
    expect(doc).toMatchObject({
      version: 1,
      decision: 'pass',
      ok: true,
      trustedRoots: [PG],
      roots: [{ name: PG, instance: 'public-good', kind: 'file', path: PG }],
      predicateType: 'https://slsa.dev/provenance/v1',
    });
    const [a] = doc.artifacts;
    expect(Object.keys(a)).toEqual(['name', 'digests', 'ok', 'verified', 'failures']);
    expect(Object.keys(a.digests).sort()).toEqual(['sha256', 'sha512']);
    const [v] = a.verified;
    expect(Object.keys(v).sort()).toEqual([
      'bundle',
      'instance',
      'signer',
      'statement',
      'subject',
      'timestamps',
      'trustedRoot',
    ]);
    expect(v).toMatchObject({ trustedRoot: PG, instance: 'public-good' });
    expect(v.signer.subjectAlternativeName).toBe(SIGSTORE_JS.san);
    expect(v.statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(a.failures).toEqual([]);
  });

  it('an invalid bundle among good ones does not fail the artifact; alone it does', async () => {
    const io = fakeIO();
    expect(
      await run(
        [
          '--bundle',
          DEMO.missingCert,
          '--bundle',
          DEMO.bundle,
          '--trusted-root',
          GH,
          '--signer-repo',
          'actions/attest-demo',
          DEMO.artifact,
        ],
        io,
      ),
    ).toBe(0);
    const alone = fakeIO();
    expect(
      await run(
        [
          '--bundle',
          DEMO.missingCert,
          '--trusted-root',
          GH,
          '--signer-repo',
          'actions/attest-demo',
          DEMO.artifact,
        ],
        alone,
      ),
    ).toBe(1);
    expect(alone.out).toContain('BUNDLE_INVALID');
  });

  it('conformance-style verify-bundle invocation (via main’s alias), with a file and with sha256:DIGEST', async () => {
    const io = fakeIO();
    const conformance = [
      'verify-bundle',
      '--bundle',
      DEMO.bundle,
      '--certificate-identity',
      DEMO.san,
      '--certificate-oidc-issuer',
      ISSUER,
      '--trusted-root',
      GH,
    ];
    expect(await main([...conformance, DEMO.artifact], io)).toBe(0);
    expect(await main([...conformance, `sha256:${DEMO_SHA256}`], io)).toBe(0);
    expect(await main([...conformance, `sha256:${'0'.repeat(64)}`], io)).toBe(1);
    const wrong = [
      'verify-bundle',
      '--bundle',
      DEMO.bundle,
      '--certificate-identity',
      `${DEMO.san}-evil`,
      '--certificate-oidc-issuer',
      ISSUER,
      '--trusted-root',
      GH,
      DEMO.artifact,
    ];
    expect(await main(wrong, io)).toBe(1);
  });
});
