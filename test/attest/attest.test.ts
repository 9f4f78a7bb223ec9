/**
 * The orchestrator without a network: previews (--no-sign) in a real git repository, the facts hook, the
 * output paths, instance resolution and the CLI surface.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAttestArgs } from '../../src/cli/commands/attest.js';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { attest, numberedPath, type FactsContext } from '../../src/core/attest/index.js';
import { publishableRemote } from '../../src/core/attest/local-source.js';
import { readEnvironment } from '../../src/core/config.js';
import { AgentAttestError } from '../../src/core/errors.js';
import { githubClaims } from '../../src/core/oidc/index.js';
import { readSigningConfig, resolveEndpoints } from '../../src/core/sign/index.js';
import { EXTENSION_KEY, LOCAL_BUILD_TYPE } from '../../src/core/statement/types.js';
import { VERSION } from '../../src/core/version.js';

let root: string;
let repo: string;
let head: string;

const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'aa-attest-'));
  repo = path.join(root, 'repo');
  await mkdir(path.join(repo, 'dist'), { recursive: true });
  await writeFile(path.join(repo, 'dist', 'app.tgz'), 'artifact');
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 'T');
  git('remote', 'add', 'origin', 'https://user:ghp_secret123@example.com/octo/repo.git');
  git('add', '.');
  git('commit', '-q', '-m', 'init');
  head = git('rev-parse', 'HEAD');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const localEnv = () => readEnvironment({});

describe('attest --no-sign outside GitHub', () => {
  it('writes a local-provenance statement with the checkout facts and no token', async () => {
    const result = await attest(
      { subjects: { paths: ['dist/*'] }, sign: false },
      { env: localEnv(), cwd: repo, now: () => new Date('2026-11-21T10:00:00Z') },
    );
    expect(result).toMatchObject({ mode: 'local', signed: false, subjectCount: 1 });
    const [a] = result.attestations;
    expect(a!.statementPath).toBe(path.join(repo, 'attestation.intoto.json'));
    expect(a!.bundlePath).toBeUndefined();
    const statement = JSON.parse(await readFile(a!.statementPath, 'utf8'));
    expect(statement.predicate.buildDefinition).toEqual({
      buildType: LOCAL_BUILD_TYPE,
      externalParameters: {
        source: { repository: 'https://example.com/octo/repo.git', ref: 'refs/heads/main', commit: head },
      },
      resolvedDependencies: [
        { uri: 'git+https://example.com/octo/repo.git@refs/heads/main', digest: { gitCommit: head } },
      ],
    });
    expect(statement.predicate.runDetails).toEqual({
      builder: { id: 'https://agent-attest.dev/builders/local/v1', version: { 'agent-attest': VERSION } },
      metadata: { startedOn: '2026-11-21T10:00:00.000Z' },
    });
    // The remote's credentials never reach the statement.
    expect(await readFile(a!.statementPath, 'utf8')).not.toContain('ghp_secret123');
  });

  it('passes the context to the facts hook and places what it returns', async () => {
    let seen: FactsContext | undefined;
    const out = path.join(root, 'hook');
    const result = await attest(
      {
        subjects: { paths: ['dist/app.tgz'] },
        sign: false,
        base: 'v1',
        head: 'HEAD',
        statementOut: path.join(out, 'preview.json'),
      },
      {
        env: localEnv(),
        cwd: repo,
        collectFacts: async (ctx) => {
          seen = ctx;
          return {
            dependencies: [{ uri: `git+x@${head}`, digest: { gitCommit: head } }],
            extension: { range: { base: ctx.options.base } },
          };
        },
      },
    );
    expect(seen).toMatchObject({ mode: 'local', repoPath: repo, subjects: [{ name: 'dist/app.tgz' }] });
    expect(seen!.options.head).toBe('HEAD');
    const statement = JSON.parse(await readFile(result.attestations[0]!.statementPath, 'utf8'));
    expect(result.attestations[0]!.statementPath).toBe(path.join(out, 'preview.json'));
    expect(statement.predicate.buildDefinition.resolvedDependencies).toHaveLength(2);
    expect(statement.predicate[EXTENSION_KEY]).toEqual({ range: { base: 'v1' } });
  });

  it('refuses a hook that makes the statement exceed 16 MiB, after writing nothing', async () => {
    const out = path.join(root, 'big');
    const e = await attest(
      { subjects: { paths: ['dist/app.tgz'] }, sign: false, statementOut: path.join(out, 's.json') },
      {
        env: localEnv(),
        cwd: repo,
        collectFacts: async () => ({ dependencies: [], extension: { blob: 'x'.repeat(17 * 1024 * 1024) } }),
      },
    ).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(AgentAttestError);
    expect((e as Error).message).toMatch(/above the 16 MiB limit/);
    await expect(readdir(out)).rejects.toThrow();
  });

  it('fails to sign with no token outside GitHub, before writing anything', async () => {
    const out = path.join(root, 'notoken');
    const e = await attest(
      { subjects: { paths: ['dist/app.tgz'] }, sign: true, bundleOut: path.join(out, 'b.sigstore.json') },
      { env: localEnv(), cwd: repo },
    ).catch((err: unknown) => err);
    expect((e as AgentAttestError).code).toBe('OIDC_UNAVAILABLE');
    // The token is checked before anything is written: nothing was half done.
    await expect(readdir(out)).rejects.toThrow();
  });
});

describe('output paths and instances', () => {
  it('numbers files before their known suffix', () => {
    expect(numberedPath('/o/a.sigstore.json', 0, 1)).toBe('/o/a.sigstore.json');
    expect(numberedPath('/o/a.sigstore.json', 1, 3)).toBe('/o/a-2.sigstore.json');
    expect(numberedPath('/o/a.intoto.json', 0, 2)).toBe('/o/a-1.intoto.json');
    expect(numberedPath('/o/bundle', 0, 2)).toBe('/o/bundle-1');
  });

  it('removes credentials from a remote', () => {
    expect(publishableRemote('https://x-access-token:abc@github.com/o/r')).toBe('https://github.com/o/r');
    expect(publishableRemote('git@github.com:o/r.git')).toBe('ssh://github.com/o/r.git');
  });

  const claims = (visibility: string) =>
    githubClaims({
      iss: 'https://token.actions.githubusercontent.com',
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      repository: 'o/r',
      event_name: 'push',
      job_workflow_ref: 'o/r/.github/workflows/x.yml@refs/heads/main',
      workflow_ref: 'o/r/.github/workflows/x.yml@refs/heads/main',
      repository_id: '1',
      repository_owner_id: '2',
      runner_environment: 'github-hosted',
      run_id: '3',
      run_attempt: '1',
      repository_visibility: visibility,
    });

  it('auto signs public repositories on public-good and the rest on GitHub’s instance', async () => {
    const serverUrl = 'https://github.com';
    expect((await resolveEndpoints({ claims: claims('public'), serverUrl })).name).toBe('public-good');
    expect(await resolveEndpoints({ claims: claims('private'), serverUrl })).toEqual({
      name: 'github',
      fulcioUrl: 'https://fulcio.githubapp.com',
      rekor: [],
      tsaUrls: ['https://timestamp.githubapp.com/api/v1/timestamp'],
    });
    expect(
      (await resolveEndpoints({ claims: claims('internal'), serverUrl: 'https://acme.ghe.com' })).fulcioUrl,
    ).toBe('https://fulcio.acme.ghe.com');
    expect((await resolveEndpoints({ serverUrl })).name).toBe('public-good');
    expect((await resolveEndpoints({ choice: 'github', claims: claims('public'), serverUrl })).name).toBe(
      'github',
    );
  });

  it('reads a signing config: the newest valid service of each kind it can speak', async () => {
    const file = path.join(root, 'signing_config.json');
    const svc = (url: string, v: number, start: string, end?: string) => ({
      url,
      majorApiVersion: v,
      validFor: { start, ...(end ? { end } : {}) },
    });
    await writeFile(
      file,
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [
          svc('https://old-ca', 1, '2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z'),
          svc('https://ca', 1, '2022-01-01T00:00:00Z'),
        ],
        rekorTlogUrls: [
          svc('https://rekor', 1, '2022-01-01T00:00:00Z'),
          svc('https://rekor-v3', 3, '2025-01-01T00:00:00Z'),
        ],
        rekorTlogConfig: { selector: 'ANY' },
        tsaUrls: [svc('https://tsa/api/v1/timestamp', 1, '2023-01-01T00:00:00Z')],
        tsaConfig: { selector: 'ANY' },
      }),
    );
    expect(await readSigningConfig(file, new Date('2026-01-01T00:00:00Z'))).toEqual({
      name: file,
      fulcioUrl: 'https://ca',
      rekor: [{ url: 'https://rekor', apiVersion: 1 }],
      tsaUrls: ['https://tsa/api/v1/timestamp'],
    });
    await writeFile(file, JSON.stringify({ mediaType: 'x' }));
    await expect(readSigningConfig(file)).rejects.toThrow(
      /has mediaType 'x'; expected application\/vnd\.dev\.sigstore\.signingconfig\.v0\.2\+json/,
    );
    await expect(resolveEndpoints({ choice: 'nope', serverUrl: 'https://github.com' })).rejects.toThrow(
      /--sigstore 'nope' is neither public-good, github, auto nor a readable signing config file/,
    );
  });

  it('needs a witness with an explicit Fulcio URL', async () => {
    await expect(
      resolveEndpoints({ urls: { fulcioUrl: 'https://f' }, serverUrl: 'https://github.com' }),
    ).rejects.toThrow(/--fulcio-url needs --rekor-url or --tsa-url/);
    await expect(
      resolveEndpoints({ urls: { tsaUrl: 'https://t' }, serverUrl: 'https://github.com' }),
    ).rejects.toThrow(/need --fulcio-url/);
  });
});

describe('the CLI', () => {
  function io(cwd: string) {
    const out = { stdout: '', stderr: '' };
    const cli: CliIO = {
      stdout: (t) => void (out.stdout += t),
      stderr: (t) => void (out.stderr += t),
      isTTY: false,
      cwd,
    };
    return { cli, out };
  }

  it('parses every flag of the contract into AttestOptions', () => {
    const env = readEnvironment({ GITHUB_REPOSITORY: 'o/r' });
    const { options, format } = parseAttestArgs(
      [
        '--subject-path',
        'a/*',
        '--subject-path',
        'b/*',
        '--subject-digest',
        'sha256:ab',
        '--subject-name',
        'n',
        '--subject-checksums',
        'SUMS',
        '--repo-path',
        'r',
        '--base',
        'v1',
        '--head',
        'HEAD',
        '--no-sign',
        '--statement-out',
        's.json',
        '--bundle-out',
        'b.json',
        '--sigstore',
        'github',
        '--fulcio-url',
        'https://f',
        '--rekor-url',
        'https://r',
        '--tsa-url',
        'https://t',
        '--identity-token',
        'jwt',
        '--github-api-url',
        'https://api',
        '--format',
        'json',
      ],
      env,
    );
    expect(format).toBe('json');
    expect(options).toMatchObject({
      subjects: { paths: ['a/*', 'b/*'], digest: 'sha256:ab', name: 'n', checksums: 'SUMS' },
      sign: false,
      repoPath: 'r',
      base: 'v1',
      head: 'HEAD',
      statementOut: 's.json',
      bundleOut: 'b.json',
      sigstore: 'github',
      urls: { fulcioUrl: 'https://f', rekorUrl: 'https://r', tsaUrl: 'https://t' },
      identityToken: 'jwt',
      githubApiUrl: 'https://api',
      repository: 'o/r',
    });
  });

  it('previews from main() and reports errors as one line with exit 2', async () => {
    const ok = io(repo);
    expect(
      await main(
        ['attest', '--subject-path', 'dist/*', '--no-sign', '--statement-out', path.join(root, 'cli.json')],
        ok.cli,
      ),
    ).toBe(0);
    expect(ok.out.stdout).toContain(`statement ${path.join(root, 'cli.json')}  sha256:`);
    expect(ok.out.stdout).toContain('not signed (--no-sign)');

    const bad = io(repo);
    expect(await main(['attest', '--subject-path', 'nothing/*', '--no-sign'], bad.cli)).toBe(2);
    expect(bad.out.stderr).toBe(
      `agent-attest attest: subject-path 'nothing/*' matches no files in ${repo}; check the path and that the artifacts were built\n`,
    );

    const usage = io(repo);
    expect(await main(['attest', '--bogus'], usage.cli)).toBe(2);
    expect(usage.out.stderr).toContain("Unknown option '--bogus'");

    const help = io(repo);
    expect(await main(['attest', '--help'], help.cli)).toBe(0);
    expect(help.out.stdout).toContain('--subject-checksums FILE');
  });
});
