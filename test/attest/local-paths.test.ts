/**
 * What a signed statement must not reveal (issue 16): outside GitHub, a repository without a publishable origin
 * remote is not named by its path on this machine — not in the source, not in any dependency's uri — and a
 * remote that is itself a local path or carries credentials is not published as it is.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { publishableRemote } from '../../src/core/attest/local-source.js';
import { withoutLocalPaths } from '../../src/core/git/diffs.js';
import { predicateProblem } from '../../src/core/policy/predicate.js';
import { EXTENSION_KEY } from '../../src/core/statement/types.js';

interface Statement {
  predicate: {
    buildDefinition: {
      externalParameters: { source: { repository?: string } };
      resolvedDependencies: Array<{ uri?: string; digest: { gitCommit?: string } }>;
    };
  } & Record<string, unknown>;
}

describe('publishableRemote', () => {
  it('keeps a network remote without user, password, query or fragment', () => {
    expect(publishableRemote('https://x-access-token:ghs_abc@github.com/o/r.git?token=t#frag')).toBe(
      'https://github.com/o/r.git',
    );
    expect(publishableRemote('ssh://ada@git.example.org:2222/team/app.git')).toBe(
      'ssh://git.example.org:2222/team/app.git',
    );
    expect(publishableRemote('alice@git.example.org:team/app.git')).toBe(
      'ssh://git.example.org/team/app.git',
    );
  });

  it('names no remote that is a place on this machine', () => {
    for (const local of [
      '/home/ada/src/secret-client/app.git',
      '../app.git',
      './mirror',
      'app.git',
      '~/repos/app.git',
      'file:///home/ada/src/app.git',
      'file://localhost/home/ada/app.git',
      'C:\\Users\\ada\\app.git',
      'C:/Users/ada/app.git',
    ])
      expect(publishableRemote(local), local).toBeUndefined();
  });
});

describe('withoutLocalPaths', () => {
  it("keeps only the last part of a path git names in an error (a pack file's location)", () => {
    expect(
      withoutLocalPaths(
        'fatal: packed object 1a2b (stored in /home/ada/src/secret-client/.git/objects/pack/pack-9f.pack) is corrupt',
      ),
    ).toBe('fatal: packed object 1a2b (stored in …/pack-9f.pack) is corrupt');
    expect(withoutLocalPaths('error: unable to open C:\\Users\\ada\\app\\.git\\objects\\ab')).toBe(
      'error: unable to open …/ab',
    );
    expect(withoutLocalPaths('blob 1a2b3c4d5e6f is not in this clone')).toBe(
      'blob 1a2b3c4d5e6f is not in this clone',
    );
  });
});

describe('attest outside GitHub: the statement names no local path', () => {
  let root: string;
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();

  beforeAll(async () => {
    // Directory names that must not reach a statement.
    root = await mkdtemp(path.join(tmpdir(), 'aa-private-dirs-'));
    repo = path.join(root, 'secret-client-project');
    await mkdir(path.join(repo, 'dist'), { recursive: true });
    await writeFile(path.join(repo, 'dist', 'app.tgz'), 'artifact');
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'ada@example.org');
    git('config', 'user.name', 'Ada');
    git('add', '.');
    git('commit', '-q', '-m', 'Add the artifact\n\nCo-authored-by: Claude <noreply@anthropic.com>');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function statementWith(remote: string | undefined): Promise<{ text: string; statement: Statement }> {
    try {
      execFileSync('git', ['-C', repo, 'remote', 'remove', 'origin'], { stdio: 'ignore' });
    } catch {
      // no origin yet
    }
    if (remote) git('remote', 'add', 'origin', remote);
    const out = path.join(root, `statement-${Math.random().toString(36).slice(2)}.json`);
    const io = { stdout: '', stderr: '' };
    const cli: CliIO = {
      stdout: (t) => void (io.stdout += t),
      stderr: (t) => void (io.stderr += t),
      isTTY: false,
      cwd: repo,
    };
    const code = await main(
      ['attest', '--subject-path', 'dist/*', '--no-sign', '--reviews', 'off', '--statement-out', out],
      cli,
    );
    expect(code, io.stderr).toBe(0);
    const text = await readFile(out, 'utf8');
    return { text, statement: JSON.parse(text) };
  }

  for (const [name, remote] of [
    ['no origin remote', () => undefined],
    ['an origin that is a path', () => path.join(root, 'mirror.git')],
    ['an origin that is a file:// URL', () => `file://${path.join(root, 'mirror.git')}`],
  ] as const) {
    it(`${name}: no repository, digest-only dependencies, still a valid predicate`, async () => {
      const { text, statement } = await statementWith(remote());
      expect(text).not.toContain(root);
      expect(text).not.toContain('secret-client-project');
      expect(text).not.toContain('file:');
      const def = statement.predicate.buildDefinition;
      expect(def.externalParameters.source.repository).toBeUndefined();
      const deps = def.resolvedDependencies;
      expect(deps.length).toBeGreaterThan(1); // the source, then the agent commit
      for (const d of deps) expect(d.uri).toBeUndefined();
      expect(deps.every((d) => /^[0-9a-f]{40}$/.test(d.digest.gitCommit ?? ''))).toBe(true);
      expect(predicateProblem(statement.predicate[EXTENSION_KEY], deps)).toBeUndefined();
    });
  }

  it('a network origin names every entry, without its credentials', async () => {
    const { text, statement } = await statementWith('https://ada:ghp_token123@git.example.org/team/app.git');
    expect(text).not.toContain('ghp_token123');
    expect(text).not.toContain(root);
    const deps = statement.predicate.buildDefinition.resolvedDependencies;
    for (const d of deps) expect(d.uri).toMatch(/^git\+https:\/\/git\.example\.org\/team\/app\.git@/);
  });
});
