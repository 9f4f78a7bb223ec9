// `npm run bench`: bundles each bench/<name>.ts with esbuild into bench/.work/ and runs it with this Node,
// one after another (benchmarks must not compete for the two cores). Each bench prints its own Markdown
// table: our number, the reference tool's number on the same data in the same run, and the ratio.
// `npm run bench -- digest scan` runs only the named ones; arguments after a second `--` go to each bench
// (`npm run bench -- scan -- --runs 5`).
import { build } from 'esbuild';
import { esbuildTextImport } from '../scripts/text-import.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench', '.work');
mkdirSync(work, { recursive: true });

const all = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const wanted = split === -1 ? argv : argv.slice(0, split);
const passThrough = split === -1 ? [] : argv.slice(split + 1);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${all.join(', ')}`);
  process.exit(2);
}
const selected = wanted.length > 0 ? wanted : all;

let failed = false;
for (const name of selected) {
  const outfile = path.join(work, `${name}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [path.join('bench', `${name}.ts`)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    // jsonc-parser's `main` is a UMD wrapper whose require() calls a bundler cannot follow: use its ESM build.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    target: 'node24',
    // The CycloneDX library's XML writer and validator, which agent-attest never uses: its loader tries them
    // inside try/catch and falls back when they are missing.
    external: ['xmlbuilder2', 'libxmljs2'],
    plugins: [esbuildTextImport],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);",
    },
  });
  console.log(`\n## ${name}\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', outfile, ...passThrough], {
    stdio: 'inherit',
    cwd: root,
  });
  if (r.status !== 0) {
    console.error(`benchmark ${name} failed (exit ${r.status})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
