// `import text from 'SPEC?text'`: the file's contents as a string, for assets a report inlines (the chart
// library, the page script). One resolver for the esbuild builds and for vitest, so tests run what ships.
// SPEC is relative to the importer, or `package/file` inside an installed package (also files its
// `exports` do not list, such as a UMD build).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const SUFFIX = '?text';

/** The absolute path `spec` (without the suffix) names, imported from `importer`. */
export function resolveText(spec, importer) {
  if (spec.startsWith('.')) return path.resolve(path.dirname(importer), spec);
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const rest = parts.slice(name.split('/').length).join('/');
  // The package's entry, then up to the folder holding its package.json.
  let dir = path.dirname(createRequire(importer).resolve(name));
  while (!readJson(path.join(dir, 'package.json'))?.name?.startsWith(name)) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the package folder of ${name}`);
    dir = up;
  }
  return path.join(dir, rest);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * esbuild plugin. Paths are kept relative to the build's working folder: esbuild writes them into the output
 * (`// text-import:…`), and dist/ must not depend on where the checkout is.
 */
export const esbuildTextImport = {
  name: 'text-import',
  setup(b) {
    const root = b.initialOptions.absWorkingDir ?? process.cwd();
    b.onResolve({ filter: /\?text$/ }, (args) => ({
      path: path
        .relative(root, resolveText(args.path.slice(0, -SUFFIX.length), args.importer))
        .split(path.sep)
        .join('/'),
      namespace: 'text-import',
    }));
    b.onLoad({ filter: /.*/, namespace: 'text-import' }, (args) => {
      const file = path.resolve(root, args.path);
      return { contents: readFileSync(file, 'utf8'), loader: 'text', watchFiles: [file] };
    });
  },
};

/** Vite (vitest) plugin. */
export const viteTextImport = {
  name: 'text-import',
  enforce: 'pre',
  resolveId(id, importer) {
    if (!id.endsWith(SUFFIX) || !importer) return null;
    return `\0text:${resolveText(id.slice(0, -SUFFIX.length), importer)}`;
  },
  load(id) {
    if (!id.startsWith('\0text:')) return null;
    return `export default ${JSON.stringify(readFileSync(id.slice('\0text:'.length), 'utf8'))};`;
  },
};
