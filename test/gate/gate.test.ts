/**
 * runGate directly: the one-policy rule (file or rules, never both), the plain rules the front ends now expose
 * reaching the policy, and the lazy-loading promise — a plain gate run, as the bundled CLI in a real process,
 * loads no code from yaml, ajv, octokit or the policy modules (esbuild's metafile maps each loaded chunk back to
 * its sources; a policy run is the control that the check can see them).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { esbuildTextImport } from '../../scripts/text-import.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as cliVerify } from '../../src/cli/commands/verify.js';
import { readEnvironment } from '../../src/core/config.js';
import { AgentAttestError } from '../../src/core/errors.js';
import { ACTION_NAMES, gateDocument, runGate, type GateOptions } from '../../src/core/gate/index.js';
import { silentLogger } from '../../src/core/log.js';
import { fakeIO } from '../verify/helpers.js';
import { startGateFixture, WORKFLOW, type GateFixture } from '../verify-gate/fixture.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const deps = () => ({ logger: silentLogger, env: readEnvironment({}) });

describe('runGate: one policy, never a silent merge', () => {
  const both: GateOptions = {
    artifacts: [`sha256:${'a'.repeat(64)}`],
    bundlePaths: ['/nonexistent/bundle.json'],
    identity: { signerRepo: 'o/r' },
    policyFile: 'policy.yml',
    rules: { minApprovals: '2', maxAge: '30d', requireHumanReview: false },
  };

  it('is a usage error (exit 2) naming the file and the rules actually given, before any verification', async () => {
    const error = await runGate(both, deps()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentAttestError);
    expect((error as AgentAttestError).exitCode).toBe(2);
    expect((error as AgentAttestError).message).toBe(
      'give --policy or the rule flags, not both (--policy policy.yml with --min-approvals, --max-age); put the rules in the policy file.',
    );
  });

  it("speaks the front end's names", async () => {
    const names = ACTION_NAMES;
    await expect(runGate({ ...both, names }, deps())).rejects.toThrow(
      "give input 'policy' or the rule inputs, not both (input 'policy' policy.yml with input 'min-approvals', input 'max-age')",
    );
    await expect(runGate({ ...both, names, policyFile: undefined, bundlePaths: [] }, deps())).rejects.toThrow(
      "no bundle given; set input 'bundle-path', or input 'repository' (or input 'owner')",
    );
    // The CLI's spelling is the default.
    await expect(runGate({ ...both, policyFile: undefined, bundlePaths: [] }, deps())).rejects.toThrow(
      'no bundle given; pass --bundle FILE, or --repository OWNER/REPO (or --owner OWNER)',
    );
  });
});

describe('runGate on attested releases (devstack)', () => {
  let f: GateFixture;
  beforeAll(async () => {
    f = await startGateFixture();
  }, 120_000);
  afterAll(async () => {
    await f?.close();
  });

  const gate = (release: 'clean' | 'hook', rules: GateOptions['rules']) =>
    runGate(
      {
        artifacts: [f.releases[release].artifact],
        bundlePaths: [f.releases[release].bundle],
        trustedRoot: f.stack.trustedRootPath,
        identity: { signerWorkflow: `${WORKFLOW}@refs/heads/main` },
        rules,
      },
      deps(),
    );
  const statuses = (r: Awaited<ReturnType<typeof gate>>) =>
    [...r.judgements.values()].flatMap((j) => j.display.rules.map((x) => `${x.id}:${x.status}`));

  it('min-approvals: the clean release has two approvals of its head', async () => {
    const two = await gate('clean', { minApprovals: '2' });
    expect(two.pass).toBe(true);
    expect(statuses(two)).toContain('reviews.min-approvals:pass');
    const three = await gate('clean', { minApprovals: 3 });
    expect(three.pass).toBe(false);
    expect(three.reasons.join('\n')).toContain('reviews.min-approvals');
  });

  it('executable-surfaces review lets the reviewed hook through; deny does not', async () => {
    const review = await gate('hook', { executableSurfaces: 'review' });
    expect(review.policy?.document.surfaces).toEqual({ 'executable-changes': 'review' });
    expect(statuses(review)).toContain('surfaces.executable-changes:pass');
    const deny = await gate('hook', { executableSurfaces: 'deny' });
    expect(deny.pass).toBe(false);
    expect(statuses(deny)).toContain('surfaces.executable-changes:fail');
  });

  it('unknown and max-age reach the policy and are evaluated', async () => {
    const r = await gate('clean', { unknown: 'deny', maxAge: '3650d' });
    expect(r.policy?.document).toMatchObject({
      agents: { unknown: 'deny' },
      freshness: { 'max-age': '3650d' },
    });
    expect(statuses(r)).toEqual(expect.arrayContaining(['agents.unknown:pass', 'freshness.max-age:pass']));
    expect(gateDocument(r)).toMatchObject({ decision: 'pass', policy: { source: 'inputs' }, reasons: [] });
    await expect(gate('clean', { unknown: 'sometimes' })).rejects.toThrow(
      '--unknown must be allow, count-as-agent or deny',
    );
  });

  it('the CLI spells them --min-approvals, --unknown, --executable-surfaces, --max-age', async () => {
    const { hook } = f.releases;
    const io = fakeIO();
    const args = [hook.artifact, '--bundle', hook.bundle, '--signer-workflow', `${WORKFLOW}@refs/heads/main`];
    const code = await cliVerify(
      [
        ...args,
        '--trusted-root',
        f.stack.trustedRootPath,
        '--min-approvals',
        '2',
        '--unknown',
        'deny',
        '--executable-surfaces',
        'review',
        '--max-age',
        '3650d',
        '--format',
        'json',
      ],
      io,
    );
    expect(code).toBe(1);
    const doc = JSON.parse(io.out);
    // One approval of the hook's PR: short of two, and (with min-approvals set) too few for `review` too.
    expect(doc.reasons.map((r: string) => r.split(': ')[1])).toEqual([
      'reviews.min-approvals',
      'surfaces.executable-changes',
    ]);
    const rules = doc.artifacts[0].verified[0].policy.rules.map((x: { id: string }) => x.id);
    expect(rules).toEqual(
      expect.arrayContaining(['agents.unknown', 'surfaces.executable-changes', 'freshness.max-age']),
    );
  });

  describe('lazy loading, in the bundled CLI', () => {
    let out: string;
    let metafile: Metafile;
    beforeAll(async () => {
      out = await mkdtemp(path.join(tmpdir(), 'aa-gate-lazy-'));
      // The options of scripts/build.mjs, plus a metafile to map chunks back to their sources.
      ({ metafile } = await build({
        absWorkingDir: ROOT,
        entryPoints: { cli: 'src/cli/index.ts' },
        outdir: out,
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
        target: 'node24',
        external: ['xmlbuilder2', 'libxmljs2'],
        plugins: [esbuildTextImport],
        chunkNames: 'chunks/[name]-[hash]',
        logLevel: 'warning',
        metafile: true,
        banner: {
          js: "import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);",
        },
      }));
    }, 120_000);
    afterAll(async () => {
      if (out) await rm(out, { recursive: true, force: true });
    });

    /** The source files behind every chunk of `out` a `verify` run loads (Node's module load hook). */
    const loadedSources = (args: string[]) => {
      const hook = `data:text/javascript,import{registerHooks}from"node:module";registerHooks({load(u,c,n){if(u.startsWith("file:"))process.stderr.write("AA-LOADED "+u+"\\n");return n(u,c)}})`;
      const { clean } = f.releases;
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          hook,
          path.join(out, 'cli.js'),
          'verify',
          clean.artifact,
          '--bundle',
          clean.bundle,
          '--signer-workflow',
          `${WORKFLOW}@refs/heads/main`,
          '--trusted-root',
          f.stack.trustedRootPath,
          ...args,
        ],
        { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } },
      );
      const outputs = r.stderr
        .split('\n')
        .filter((l) => l.startsWith('AA-LOADED '))
        .map((l) => path.relative(ROOT, fileURLToPath(l.slice('AA-LOADED '.length))));
      const sources = outputs.flatMap((o) => Object.keys(metafile.outputs[o]?.inputs ?? {}));
      return { status: r.status, outputs, sources };
    };
    // Policy and GitHub code (the option names the gate always reads live in src/core/gate/options.ts).
    const heavy = (sources: string[]) =>
      sources.filter((s) => /node_modules\/(yaml|ajv|@octokit)\/|src\/core\/(policy|github)\//.test(s));

    it('a plain verify passes without loading policy, yaml, ajv or octokit code', () => {
      const plain = loadedSources([]);
      expect(plain.status).toBe(0);
      expect(plain.sources).toContain('src/core/gate/index.ts');
      expect(heavy(plain.sources)).toEqual([]);
      // Nor the report renderers (Chart.js, the CycloneDX library): those load only for html/sarif/--sbom.
      expect(
        plain.sources.filter((s) => /node_modules\/(chart\.js|@cyclonedx)\/|src\/core\/report\//.test(s)),
      ).toEqual([]);
    });

    it('a verify with a rule flag does load them (the check can see them)', () => {
      const ruled = loadedSources(['--max-age', '3650d']);
      expect(ruled.status).toBe(0);
      const seen = heavy(ruled.sources);
      expect(seen.some((s) => s.includes('node_modules/yaml/'))).toBe(true);
      expect(seen.some((s) => s.includes('node_modules/ajv/'))).toBe(true);
    });
  });
});
