// One esbuild run for all three entry points (CLI, attest action, verify action) with shared chunks,
// so common code ships once. `--check` builds into a temporary folder and fails when dist/ differs;
// `--outdir DIR` builds elsewhere (tests run the built actions without touching dist/).
import { build } from 'esbuild';
import { esbuildTextImport } from './text-import.mjs';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The verifier reads two things from @sigstore/tuf's seed: the public-good TUF root (the anchor its TUF client
 * starts from) and the trusted_root.json target (used offline before anything is cached). Bundle only those.
 */
const seedTrustedRootOnly = {
  name: 'seed-trusted-root-only',
  setup(b) {
    b.onLoad({ filter: /@sigstore[\\/]tuf[\\/]seeds\.json$/ }, async (args) => {
      const seeds = JSON.parse(await readFile(args.path, 'utf8'));
      const reduced = Object.fromEntries(
        Object.entries(seeds).map(([mirror, seed]) => [
          mirror,
          {
            'root.json': seed['root.json'],
            targets: { 'trusted_root.json': seed.targets?.['trusted_root.json'] },
          },
        ]),
      );
      return { contents: JSON.stringify(reduced), loader: 'json' };
    });
  },
};
/**
 * Node's built-ins as `require()`, never as ESM imports: for an ESM import Node builds the module's namespace by
 * reading every export, which loads what the built-in keeps lazy — all of undici for `http` (a dependency of the
 * signer imports it so), worker_threads and more for `util`. Each importing module gets its own small wrapper
 * (a wrapper shared by several entry points would be a chunk of its own) that exports just the names it imports;
 * a namespace import or a re-export gets the whole module through esbuild's CommonJS interop.
 */
const builtinsAsRequire = {
  name: 'builtins-as-require',
  setup(b) {
    const sources = new Map();
    b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (args.namespace === 'builtin' || args.kind === 'require-call' || !isBuiltin(args.path))
        return undefined;
      const spec = args.path.startsWith('node:') ? args.path : `node:${args.path}`;
      const importer = path.relative(root, args.importer).split(path.sep).join('/');
      const names =
        args.kind === 'import-statement' ? importedNames(sourceOf(sources, args.importer), spec) : undefined;
      return { path: `${spec}?${importer}`, namespace: 'builtin', pluginData: { spec, names } };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ pluginData: { spec, names } }) => {
      const load = `require(${JSON.stringify(spec)})`;
      if (!names) return { contents: `module.exports = ${load};`, loader: 'js' };
      const lines = [`const m = ${load};`];
      for (const name of [...names].sort())
        lines.push(name === 'default' ? 'export default m;' : `export const ${name} = m.${name};`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

function sourceOf(cache, file) {
  if (!cache.has(file)) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    cache.set(file, text);
  }
  return cache.get(file);
}

/**
 * The names a module's import statements take from built-in `spec` (`default` for a default import; type-only
 * ones left out), or undefined when one takes the whole namespace, re-exports it, or cannot be read.
 */
function importedNames(source, spec) {
  if (source === undefined) return undefined;
  const bare = spec.slice('node:'.length).replace(/[/]/g, '\\/');
  const statement = new RegExp(`\\b(import|export)\\s+([^;'"]*?)\\s*from\\s*['"](?:node:)?${bare}['"]`, 'g');
  const names = new Set();
  for (const [, keyword, written] of source.matchAll(statement)) {
    const clause = written.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim();
    if (keyword === 'export' || clause.includes('*')) return undefined;
    if (/^type\s/.test(clause)) continue;
    const braces = /\{([^}]*)\}/.exec(clause);
    const head = clause
      .replace(/\{[^}]*\}/, '')
      .replace(/,/g, '')
      .trim();
    if (head !== '') names.add('default');
    for (const item of braces ? braces[1].split(',') : []) {
      const name = item.trim().split(/\s+as\s+/)[0];
      if (name && !name.startsWith('type ')) names.add(name);
    }
  }
  return names.size > 0 ? names : undefined;
}

/**
 * Modules the signer's HTTP stack loads that no code path of ours needs whole, replaced by what their importer
 * uses or already copes with (~700 KiB, ~10 ms of every signed run): minipass-fetch loads iconv-lite inside
 * try/catch for `textConverted()` alone; cacache uses glob only to clear or verify a whole cache (make-fetch-happen
 * caches nothing without a `cachePath`, which sigstore-js never passes); @npmcli/fs loads all of semver to call
 * `satisfies` once.
 */
const STUBS = [
  {
    module: 'iconv-lite',
    importer: /[\\/]minipass-fetch[\\/]/,
    contents: "throw new Error('iconv-lite is not bundled');",
  },
  {
    module: 'glob',
    importer: /[\\/]cacache[\\/]/,
    contents: "exports.glob = () => Promise.reject(new Error('glob is not bundled'));",
  },
  {
    module: 'semver',
    importer: /[\\/]@npmcli[\\/]fs[\\/]/,
    contents: "exports.satisfies = require('semver/functions/satisfies');",
  },
];
const unusedDependencies = {
  name: 'unused-dependencies',
  setup(b) {
    b.onResolve({ filter: /^(iconv-lite|glob|semver)$/ }, (args) => {
      const stub = STUBS.find((s) => s.module === args.path && s.importer.test(args.importer));
      return stub
        ? { path: stub.module, namespace: 'stub', pluginData: { resolveDir: path.dirname(args.importer) } }
        : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
      contents: STUBS.find((s) => s.module === args.path).contents,
      // The importer's folder, so a stub's own require() resolves as the importer's would.
      resolveDir: args.pluginData.resolveDir,
      loader: 'js',
    }));
  },
};

const check = process.argv.includes('--check');

async function bundle(outdir) {
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      cli: 'src/cli/index.ts',
      attest: 'src/action/attest.ts',
      verify: 'src/action/verify.ts',
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // jsonc-parser's `main` is a UMD wrapper whose require() calls a bundler cannot follow: use its ESM build.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    target: 'node22',
    // The CycloneDX library's XML writer and validator, which agent-attest never uses: its loader tries them
    // inside try/catch and falls back when they are missing. Likewise `debug`'s optional supports-color, which
    // only a development install has: without this, a rebuild from `npm ci --omit=dev` would differ from dist/.
    external: ['xmlbuilder2', 'libxmljs2', 'supports-color'],
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [unusedDependencies, builtinsAsRequire, seedTrustedRootOnly, esbuildTextImport],
    legalComments: 'linked',
    logLevel: 'warning',
    // CommonJS dependencies (sigstore-js, …) call require(); give ESM output one.
    banner: {
      js: "import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);",
    },
  });
  await chmod(path.join(outdir, 'cli.js'), 0o755);
}

async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

const outdirFlag = process.argv.indexOf('--outdir');
if (outdirFlag !== -1) {
  const dir = process.argv[outdirFlag + 1];
  if (!dir) {
    console.error('--outdir needs a folder');
    process.exit(2);
  }
  await bundle(path.resolve(dir));
} else if (!check) {
  await bundle(path.join(root, 'dist'));
} else {
  const tmp = await mkdtemp(path.join(tmpdir(), 'agent-attest-dist-'));
  try {
    await bundle(tmp);
    const want = await listFiles(tmp);
    const have = await listFiles(path.join(root, 'dist')).catch(() => []);
    const problems = [];
    for (const f of want) if (!have.includes(f)) problems.push(`missing from dist/: ${f}`);
    for (const f of have) if (!want.includes(f)) problems.push(`stale in dist/: ${f}`);
    for (const f of want.filter((f) => have.includes(f))) {
      const [a, b] = await Promise.all([readFile(path.join(tmp, f)), readFile(path.join(root, 'dist', f))]);
      if (!a.equals(b)) problems.push(`differs from a fresh build: dist/${f}`);
    }
    if (problems.length > 0) {
      console.error(problems.join('\n'));
      console.error('dist/ is out of date: run `npm run build` and commit dist/.');
      process.exit(1);
    }
    console.log(`dist/ matches a fresh build (${want.length} files).`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
