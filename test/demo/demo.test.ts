/**
 * `agent-attest demo` in-process: the real devstack on 127.0.0.1, real signing and verification, this
 * repository's own history. The artifacts come from a temp folder (dist/ may not be built), and the
 * verifier seam breaks an expectation on purpose.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseHistory, findProjectRoot, run, type DemoResult } from '../../src/cli/commands/demo.js';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { runGit } from '../../src/core/git/run.js';
import type { VerificationReport, VerifyOptions } from '../../src/core/verify/index.js';
import { verifyArtifacts } from '../../src/core/verify/index.js';
import { EXTENSION_KEY, type Statement } from '../../src/core/statement/types.js';
import { GitRepo } from '../support/gitrepo.js';

const runGitText = async (args: string[]) => (await runGit(ROOT, args)).stdout.toString('utf8');

const ROOT = path.resolve(import.meta.dirname, '../..');

function captureIO(cwd = ROOT): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: false,
    cwd,
    out: () => out,
    err: () => err,
  };
}

/** The parts of the statement these tests read. */
interface DemoPredicate {
  buildDefinition: { resolvedDependencies: { digest: Record<string, string> }[] };
  [EXTENSION_KEY]?: { range: Record<string, unknown> };
}

let tmp: string;
/** Stand-in for dist/: a few built-looking files. */
let dist: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'aa-demo-test-'));
  dist = path.join(tmp, 'pkg', 'dist');
  await mkdir(path.join(dist, 'chunks'), { recursive: true });
  for (const name of ['cli.js', 'attest.js', 'verify.js'])
    await writeFile(path.join(dist, name), `// ${name}\nexport const x = ${JSON.stringify(name)};\n`);
  await writeFile(path.join(dist, 'chunks', 'shared-abc.js'), 'export const shared = 1;\n');
  await writeFile(path.join(dist, 'README.txt'), 'not a subject\n');
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Counts the verifier's calls and what each returned, around the real verifier. */
function recordingVerifier(replace?: (opts: VerifyOptions, real: VerificationReport) => VerificationReport): {
  verify: (o: VerifyOptions) => Promise<VerificationReport>;
  calls: VerificationReport[];
} {
  const calls: VerificationReport[] = [];
  return {
    calls,
    verify: async (o) => {
      const real = await verifyArtifacts(o);
      const report = replace ? replace(o, real) : real;
      calls.push(report);
      return report;
    },
  };
}

describe('agent-attest demo', () => {
  it('runs every step on the devstack and exits 0; the tamper and wrong-signer checks really fail verification', async () => {
    const io = captureIO();
    const rec = recordingVerifier();
    const code = await run([], io, { subjectsDir: dist, verify: rec.verify });
    expect(io.err()).toBe('');
    expect(code).toBe(0);

    const out = io.out();
    expect(out.split('\n')[0]).toBe(
      `agent-attest demo: attest and verify the build of ${ROOT} on a local Sigstore stack (127.0.0.1, no network)`,
    );
    const marks = out.split('\n').filter((l) => /^\[(ok|FAIL)\]/.test(l));
    expect(marks.map((l) => l.split(' ')[0])).toEqual(Array(7).fill('[ok]'));
    expect(out).toMatch(/^\[ok\] devstack up on http:\/\/127\.0\.0\.1:\d+ /m);
    expect(out).toContain(
      "OIDC token for the devstack's stand-in job octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main",
    );
    expect(out).toContain('[ok] attested 3 subject(s) and signed the provenance');
    expect(out).toContain('subjects   dist/attest.js, dist/cli.js, dist/verify.js');
    expect(out).toContain(
      'signer     https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    );
    expect(out).toMatch(/log index {2}\d+/);
    expect(out).toMatch(/history {4}[0-9a-f]{12}\.\.[0-9a-f]{12}: last 20 commits \(HEAD~20\.\.HEAD\)/);
    expect(out).toMatch(/footprint {2}20 commits, \d+ with agent evidence/);
    expect(out).toContain('[ok] verified 3 artifact(s)');
    expect(out).toContain(
      'pinned signer: --signer-workflow octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    );
    expect(out).toContain('[ok] a tampered copy of attest.js is rejected (SUBJECT_MISMATCH)');
    expect(out).toContain(
      '[ok] a bundle signed by https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main-evil is rejected (IDENTITY_MISMATCH)',
    );
    expect(out).toMatch(
      /\[ok\] done: every step behaved as expected in \d+\.\d s \(its temporary files are removed; keep them with --keep DIR\)\n$/,
    );

    // The three verifications really ran, in order: pass, then two real rejections.
    expect(rec.calls.map((r) => r.ok)).toEqual([true, false, false]);
    expect(rec.calls[1]!.artifacts[0]!.failures.map((f) => f.code)).toEqual(['SUBJECT_MISMATCH']);
    expect(rec.calls[2]!.artifacts.flatMap((a) => a.failures.map((f) => f.code))).toEqual(
      Array(3).fill('IDENTITY_MISMATCH'),
    );
    expect(rec.calls[2]!.artifacts[0]!.failures[0]!.reason).toContain('refs/heads/main-evil');
  });

  it('exits 1 naming the step when a verifier accepts a tampered artifact', async () => {
    const io = captureIO();
    // A verifier that passes everything: the tamper expectation no longer holds.
    const rec = recordingVerifier((_o, real) => ({
      ...real,
      ok: true,
      artifacts: real.artifacts.map((a) => ({ ...a, ok: true, failures: [] })),
    }));
    const code = await run([], io, { subjectsDir: dist, verify: rec.verify });
    expect(code).toBe(1);
    expect(io.out()).toMatch(/^\[FAIL\] the tampered copy verified \(.*attest\.js\); it must be rejected$/m);
    expect(io.out()).not.toContain('wrong-signer');
    expect(io.out()).not.toContain('done:');
    expect(io.err()).toMatch(
      /^agent-attest demo: step 'tampered-artifact' did not behave as expected: .+\n$/,
    );
    expect(rec.calls).toHaveLength(2);
  });

  it('exits 1 naming the step when a rejection has the wrong reason', async () => {
    const io = captureIO();
    // Rejects the look-alike signer, but for a crypto reason: the identity pin was not what stopped it.
    const rec = recordingVerifier((o, real) =>
      o.bundlePaths[0]!.endsWith('wrong-signer.sigstore.json')
        ? {
            ...real,
            artifacts: real.artifacts.map((a) => ({
              ...a,
              failures: a.failures.map((f) => ({ ...f, code: 'CRYPTO_FAILED' as const })),
            })),
          }
        : real,
    );
    const code = await run(['--format', 'json'], io, { subjectsDir: dist, verify: rec.verify });
    expect(code).toBe(1);
    const result = JSON.parse(io.out()) as DemoResult;
    expect(result.ok).toBe(false);
    expect(result.failedStep).toBe('wrong-signer');
    expect(result.steps.map((s) => [s.id, s.ok])).toEqual([
      ['devstack', true],
      ['token', true],
      ['attest', true],
      ['verify', true],
      ['tampered-artifact', true],
      ['wrong-signer', false],
    ]);
    expect(result.steps.at(-1)!.summary).toContain('rejected for another reason than IDENTITY_MISMATCH');
    expect(io.err()).toContain("step 'wrong-signer'");
  });

  it('fails the attest step, naming the fix, when there is nothing to attest', async () => {
    const empty = path.join(tmp, 'empty', 'dist');
    await mkdir(empty, { recursive: true });
    const io = captureIO();
    expect(await run([], io, { subjectsDir: empty })).toBe(1);
    expect(io.out()).toContain(
      `[FAIL] attest: no *.js files in ${empty}; build the project first (npm run build)`,
    );
    expect(io.err()).toContain("step 'attest'");
  });

  it('attests without range facts, and says so, when the root has no .git', async () => {
    const io = captureIO();
    const noGit = path.join(tmp, 'pkg');
    expect(await run([], io, { root: noGit, subjectsDir: dist })).toBe(0);
    expect(io.out()).toContain(
      `history    none: ${noGit} has no .git (an installed package?); attested without range facts`,
    );
    expect(io.out()).not.toContain('footprint');
  });

  it('keeps its files with --keep DIR and removes its temp dir otherwise', async () => {
    const keep = path.join(tmp, 'kept');
    const io = captureIO(tmp);
    expect(await run(['--keep', 'kept'], io, { subjectsDir: dist })).toBe(0);
    expect((await readdir(keep)).sort()).toEqual([
      'attestation.intoto.json',
      'attestation.sigstore.json',
      'signing_config.json',
      'tampered',
      'trusted_root.json',
      'wrong-signer.intoto.json',
      'wrong-signer.sigstore.json',
    ]);
    expect(io.out()).toContain(`files kept in ${keep}`);
    // The stand-in job built this repository's HEAD: the provenance and the range both name it.
    const head = (await runGitText(['rev-parse', 'HEAD'])).trim();
    const statement = JSON.parse(
      await readFile(path.join(keep, 'attestation.intoto.json'), 'utf8'),
    ) as Statement<DemoPredicate>;
    expect(statement.subject.map((s) => s.name)).toEqual(['dist/attest.js', 'dist/cli.js', 'dist/verify.js']);
    expect(statement.predicate.buildDefinition.resolvedDependencies[0]!.digest['gitCommit']).toBe(head);
    expect(statement.predicate[EXTENSION_KEY]?.range).toMatchObject({
      head,
      commits: 20,
      baseRule: 'explicit',
    });

    const before = (await readdir(tmpdir())).filter((n) => n.startsWith('agent-attest-demo-'));
    expect(await run([], captureIO(), { subjectsDir: dist })).toBe(0);
    const after = (await readdir(tmpdir())).filter((n) => n.startsWith('agent-attest-demo-'));
    expect(after.filter((n) => !before.includes(n))).toEqual([]);
  });

  it('--help, unknown flags and bad --format through the CLI dispatcher', async () => {
    const help = captureIO();
    expect(await main(['demo', '--help'], help)).toBe(0);
    expect(help.out()).toMatch(/^usage: agent-attest demo /);

    const bad = captureIO();
    expect(await main(['demo', '--nope'], bad)).toBe(2);
    expect(bad.err().trim().split('\n')).toHaveLength(1);
    expect(bad.err()).toContain('--nope');

    const fmt = captureIO();
    expect(await main(['demo', '--format', 'xml'], fmt)).toBe(2);
    expect(fmt.err()).toContain('--format must be text or json');
  });

  it('finds the project root from a module inside it', async () => {
    const url = new URL('../../src/cli/commands/demo.ts', import.meta.url).href;
    expect(await findProjectRoot(url)).toBe(ROOT);
  });

  it('chooses the whole history of a short repository and the last 20 commits of a long one', async () => {
    const repo = await GitRepo.create();
    try {
      for (let i = 0; i < 3; i++) await repo.commit({ message: `c${i}`, files: { [`f${i}`]: 'x' } });
      expect(await chooseHistory(repo.path)).toEqual({
        kind: 'range',
        head: await repo.git(['rev-parse', 'HEAD']),
        label: 'the whole history',
      });
      for (let i = 3; i < 22; i++) await repo.commit({ message: `c${i}`, files: { [`f${i}`]: 'x' } });
      const h = await chooseHistory(repo.path);
      expect(h).toMatchObject({ kind: 'range', label: 'last 20 commits (HEAD~20..HEAD)' });
      expect(h.kind === 'range' && h.base).toBe(await repo.git(['rev-parse', 'HEAD~20']));

      // Shallow clones: attest what they hold; one commit holds no range.
      const url = pathToFileURL(repo.path).href;
      const five = path.join(tmp, 'shallow-5');
      const one = path.join(tmp, 'shallow-1');
      await repo.git(['clone', '-q', '--depth', '5', url, five]);
      await repo.git(['clone', '-q', '--depth', '1', url, one]);
      expect(await chooseHistory(five)).toMatchObject({
        kind: 'range',
        base: await repo.git(['rev-parse', 'HEAD~4']),
        label: 'the 4 commits of this shallow clone',
      });
      expect(await chooseHistory(one)).toEqual({
        kind: 'none',
        reason: `${one} is a shallow clone of one commit`,
      });
    } finally {
      await repo.remove();
    }
  });
});
