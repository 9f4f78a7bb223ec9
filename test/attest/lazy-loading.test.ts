/**
 * What `agent-attest attest` loads, as the bundled CLI in a real process: a preview (`--no-sign`) loads no
 * signer (sigstore-js and its HTTP stack), and no run without image subjects or review requests loads the
 * registry client, the tar reader or octokit. A signed run on a devstack is the control that the check sees
 * the signer. esbuild's metafile maps each loaded chunk back to its sources.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esbuildTextImport } from '../../scripts/text-import.mjs';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { GitRepo } from '../support/gitrepo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('attest loads what the run needs', () => {
  let out: string;
  let metafile: Metafile;
  let repo: GitRepo;
  let t: TestDevstack;
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'aa-attest-lazy-'));
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
    repo = await GitRepo.create();
    await repo.commit({ message: 'first', files: { 'a.ts': 'export const a = 1;\n' } });
    await repo.commit({ message: 'second', files: { 'b.ts': 'export const b = 2;\n' } });
    await writeFile(path.join(repo.path, 'app.tgz'), 'build output');
    t = await startTestDevstack();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await repo?.remove();
    if (out) await rm(out, { recursive: true, force: true });
  });

  /** The source files behind every chunk of `out` an attest run loads (Node's module load hook). */
  const loadedSources = (
    args: string[],
  ): Promise<{ status: number | null; sources: string[]; stderr: string }> => {
    const hook = `data:text/javascript,import{registerHooks}from"node:module";registerHooks({load(u,c,n){if(u.startsWith("file:"))process.stderr.write("AA-LOADED "+u+"\\n");return n(u,c)}})`;
    // Not spawnSync: the devstack answering the signed run lives in this process.
    const child = spawn(
      process.execPath,
      ['--import', hook, path.join(out, 'cli.js'), 'attest', '--subject-path', 'app.tgz', ...args],
      { cwd: repo.path, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.resume();
    return new Promise((resolve) =>
      child.on('close', (status) => {
        const outputs = stderr
          .split('\n')
          .filter((l) => l.startsWith('AA-LOADED '))
          .map((l) => path.relative(ROOT, fileURLToPath(l.slice('AA-LOADED '.length))));
        const sources = outputs.flatMap((o) => Object.keys(metafile.outputs[o]?.inputs ?? {}));
        resolve({ status, sources, stderr: stderr.replace(/^AA-LOADED .*\n/gm, '') });
      }),
    );
  };
  const signer = (sources: string[]) =>
    sources.filter((s) => /node_modules\/@sigstore\/sign\/|src\/core\/sign\//.test(s));
  const notAsked = (sources: string[]) =>
    sources.filter((s) =>
      /node_modules\/(@octokit|tar)\/|src\/core\/(oci\/(registry|push|layout)|github\/(client|reviews|queries))/.test(
        s,
      ),
    );

  // The range below changes no AI config surface and holds no agent settings file.
  const configParsers = (sources: string[]) =>
    sources.filter((s) =>
      /node_modules\/(yaml|jsonc-parser|smol-toml)\/|src\/core\/surfaces\/parse\/tools\//.test(s),
    );

  it('a preview loads no signer, registry, tar or octokit code; it still gathers the range facts', async () => {
    const preview = await loadedSources([
      '--no-sign',
      '--statement-out',
      path.join(out, 'preview.intoto.json'),
    ]);
    expect(preview.stderr).not.toContain('agent-attest attest:');
    expect(preview.status).toBe(0);
    expect(preview.sources).toContain('src/core/scan/scan.ts');
    expect(signer(preview.sources)).toEqual([]);
    expect(notAsked(preview.sources)).toEqual([]);
    expect(preview.sources).toContain('src/core/surfaces/index.ts');
    expect(configParsers(preview.sources)).toEqual([]);
  }, 60_000);

  it('a signed run loads the signer, and still no registry, tar or octokit code', async () => {
    const signed = await loadedSources([
      '--identity-token',
      await t.stack.issueToken(),
      '--sigstore',
      t.signingConfigPath,
      '--bundle-out',
      path.join(out, 'signed.sigstore.json'),
    ]);
    expect(signed.stderr).not.toContain('agent-attest attest:');
    expect(signed.status).toBe(0);
    expect(signer(signed.sources)).toContain('src/core/sign/index.ts');
    expect(notAsked(signed.sources)).toEqual([]);
    expect(configParsers(signed.sources)).toEqual([]);
  }, 60_000);
});
