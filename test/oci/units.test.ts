/**
 * The pieces without a registry: image references, loopback and scheme rules, auth challenges, Docker
 * config lookup, and a credential helper run as a real program on PATH.
 */
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerConfigCredentials, runCredentialHelper } from '../../src/core/oci/credentials.js';
import { formatReference, isLoopbackRegistry, parseImageReference } from '../../src/core/oci/reference.js';
import { parseChallenge, RegistryClient } from '../../src/core/oci/registry.js';

const D = `sha256:${'ab'.repeat(32)}`;

describe('image references', () => {
  it.each([
    [`ghcr.io/octo-org/app@${D}`, { registry: 'ghcr.io', repository: 'octo-org/app', digest: D }],
    [`oci://ghcr.io/octo-org/app:v1.2`, { registry: 'ghcr.io', repository: 'octo-org/app', tag: 'v1.2' }],
    [
      `127.0.0.1:5000/a/b/c:v1@${D}`,
      { registry: '127.0.0.1:5000', repository: 'a/b/c', tag: 'v1', digest: D },
    ],
    ['localhost/app', { registry: 'localhost', repository: 'app', tag: 'latest' }],
    ['docker.io/nginx:1', { registry: 'docker.io', repository: 'library/nginx', tag: '1' }],
    [`[::1]:5000/app@${D}`, { registry: '[::1]:5000', repository: 'app', digest: D }],
  ])('parses %s', (value, expected) => {
    expect(parseImageReference(value)).toEqual(expected);
  });

  it.each([
    ['nginx:1', 'no registry host'],
    ['octo-org/app:v1', "'octo-org' is not a registry host"],
    ['ghcr.io/Octo/App:v1', 'is not a repository path'],
    ['ghcr.io/app@sha256:abc', 'the digest must be sha256: and 64 hex digits'],
    ['ghcr.io/app:bad tag', 'is not a tag'],
  ])('refuses %s (%s)', (value, why) => {
    expect(() => parseImageReference(value, 'subject-image')).toThrow(why);
  });

  it('requires a digest where asked and says so', () => {
    expect(() => parseImageReference('ghcr.io/app:v1', 'subject-image', { requireDigest: true })).toThrow(
      "subject-image 'ghcr.io/app:v1' is not an image reference (it needs @sha256:HEX",
    );
    expect(formatReference({ registry: 'ghcr.io', repository: 'app', digest: D })).toBe(`ghcr.io/app@${D}`);
  });

  it('plain HTTP only to loopback, unless allowed', () => {
    expect(['localhost:5000', '127.0.0.1', '127.8.9.1:80', '[::1]:5000'].map(isLoopbackRegistry)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['10.0.0.1:5000', 'registry.local:5000', 'ghcr.io', '128.0.0.1'].map(isLoopbackRegistry)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(new RegistryClient('registry.local:5000', 'app', 'pull').baseUrl).toBe(
      'https://registry.local:5000',
    );
    expect(new RegistryClient('registry.local:5000', 'app', 'pull', { allowInsecure: true }).baseUrl).toBe(
      'http://registry.local:5000',
    );
    expect(new RegistryClient('127.0.0.1:5000', 'app', 'pull').baseUrl).toBe('http://127.0.0.1:5000');
    expect(new RegistryClient('docker.io', 'library/x', 'pull').baseUrl).toBe('https://registry-1.docker.io');
  });
});

describe('auth challenges', () => {
  it('parses Bearer and Basic challenges, quoted commas included', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull,push"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.example/token', service: 'reg', scope: 'repository:a/b:pull,push' },
    });
    expect(parseChallenge('Basic realm="x"')).toEqual({ scheme: 'basic', params: { realm: 'x' } });
  });
});

describe('Docker config credentials', () => {
  async function config(doc: unknown): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'aa-docker-cfg-'));
    await writeFile(path.join(dir, 'config.json'), typeof doc === 'string' ? doc : JSON.stringify(doc));
    return dir;
  }
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  it('reads inline auths under any key spelling, identity tokens, and no file as no credentials', async () => {
    const dir = await config({
      auths: {
        'https://ghcr.io/v2/': { auth: b64('octo:p:w') },
        'https://index.docker.io/v1/': { auth: b64('hub:pw') },
        'acr.example.io': { identitytoken: 'refresh-token' },
      },
    });
    const creds = dockerConfigCredentials(dir);
    expect(await creds('ghcr.io')).toEqual({ kind: 'basic', username: 'octo', password: 'p:w' });
    expect(await creds('docker.io')).toEqual({ kind: 'basic', username: 'hub', password: 'pw' });
    expect(await creds('registry-1.docker.io')).toEqual({ kind: 'basic', username: 'hub', password: 'pw' });
    expect(await creds('acr.example.io')).toEqual({ kind: 'identity-token', token: 'refresh-token' });
    expect(await creds('other.example')).toBeUndefined();
    expect(await dockerConfigCredentials(path.join(dir, 'absent'))('ghcr.io')).toBeUndefined();
  });

  it('names a config that is not JSON', async () => {
    const dir = await config('{ not json');
    await expect(dockerConfigCredentials(dir)('ghcr.io')).rejects.toThrow(
      `the Docker config ${path.join(dir, 'config.json')} is not valid JSON`,
    );
  });

  it('runs docker-credential-<helper> from PATH (credHelpers, then credsStore), as docker does', async () => {
    const bin = await mkdtemp(path.join(tmpdir(), 'aa-helper-bin-'));
    // A helper: reads the server URL on stdin, answers for one registry, "credentials not found" otherwise.
    const helper = path.join(bin, 'docker-credential-aatest');
    await writeFile(
      helper,
      `#!/bin/sh\nread server\nif [ "$1" = get ] && [ "$server" = "ghcr.io" ]; then echo '{"ServerURL":"ghcr.io","Username":"octo","Secret":"s3cret"}'; exit 0; fi\nif [ "$server" = "tok.example" ]; then echo '{"Username":"<token>","Secret":"refresh"}'; exit 0; fi\necho "credentials not found in native keychain"; exit 1\n`,
    );
    await chmod(helper, 0o755);
    const failing = path.join(bin, 'docker-credential-broken');
    await writeFile(failing, '#!/bin/sh\necho "oops" >&2\nexit 3\n');
    await chmod(failing, 0o755);
    const before = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${before}`;
    try {
      const dir = await config({
        credsStore: 'aatest',
        credHelpers: { 'broken.example': 'broken', 'missing.example': 'not-installed' },
        auths: { 'inline.example': { auth: b64('in:line') } },
      });
      const creds = dockerConfigCredentials(dir);
      expect(await creds('ghcr.io')).toEqual({ kind: 'basic', username: 'octo', password: 's3cret' });
      expect(await creds('tok.example')).toEqual({ kind: 'identity-token', token: 'refresh' });
      // The store has nothing: the inline entry is used, as docker falls back to the file.
      expect(await creds('inline.example')).toEqual({ kind: 'basic', username: 'in', password: 'line' });
      await expect(creds('broken.example')).rejects.toThrow(
        'the Docker credential helper docker-credential-broken (named in the Docker config) failed for broken.example: it exited with 3',
      );
      await expect(creds('missing.example')).rejects.toThrow('docker-credential-not-installed');
      await expect(creds('missing.example')).rejects.toThrow('it is not on PATH');
      await expect(runCredentialHelper('../evil', 'x')).rejects.toThrow('is not a helper name');
    } finally {
      process.env.PATH = before;
    }
  });
});
