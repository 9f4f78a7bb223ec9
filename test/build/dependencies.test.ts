/**
 * `dependencies` are exactly what dist/ is built from: every package `src/` imports for its value (types are
 * erased) is one, and nothing else is, so `npm ci --omit=dev` installs what a rebuild needs and no more.
 * @sigstore/mock is imported by its private dist/ paths (its root loads nock, which patches http for the whole
 * process): the version is pinned exactly, and the paths and the names we take from them are checked here, so
 * an upgrade that moves them fails this test instead of the devstack at run time.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(full)));
    else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) out.push(full);
  }
  return out;
}

interface Import {
  file: string;
  specifier: string;
  names: string[];
}

/** Value imports of packages (not `import type`, not node: builtins, not relative paths). */
async function packageImports(): Promise<Import[]> {
  const found: Import[] = [];
  for (const file of await sourceFiles(path.join(root, 'src'))) {
    const text = (await readFile(file, 'utf8')).replace(/^\s*(\/\/.*|\/?\*.*)$/gm, '');
    const statements = [
      ...text.matchAll(/\b(?:import|export)\s+(type\s+)?([^;'"]*?)\s*from\s+'([^']+)'/g),
    ].map((m) => ({ typeOnly: !!m[1], clause: m[2] ?? '', specifier: m[3]! }));
    for (const m of text.matchAll(/\bimport\s*\(\s*'([^']+)'/g))
      statements.push({ typeOnly: false, clause: '', specifier: m[1]! });
    for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm))
      statements.push({ typeOnly: false, clause: '', specifier: m[1]! });
    for (const s of statements) {
      if (s.typeOnly || s.specifier.startsWith('.') || s.specifier.startsWith('node:')) continue;
      const names = [...s.clause.matchAll(/(?:^|[{,])\s*(?!type\s)(\w+)(?:\s+as\s+\w+)?/g)].map((n) => n[1]!);
      if (/^\{[^}]*\}$/.test(s.clause.trim()) && names.length === 0) continue; // only `type` names
      found.push({ file: path.relative(root, file), specifier: s.specifier, names });
    }
  }
  return found;
}

const packageOf = (specifier: string): string =>
  specifier
    .replace(/\?.*$/, '')
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('runtime dependencies', () => {
  it('are exactly the packages src/ imports for their value', async () => {
    const imported = [...new Set((await packageImports()).map((i) => packageOf(i.specifier)))].sort();
    expect(Object.keys(manifest.dependencies).sort()).toEqual(imported);
  });

  it('are pinned to exact versions, and a package is never both a dependency and a devDependency', () => {
    for (const [name, version] of Object.entries(manifest.dependencies))
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    const both = Object.keys(manifest.dependencies).filter((d) => d in manifest.devDependencies);
    expect(both).toEqual([]);
  });
});

describe('@sigstore/mock, imported by its dist/ paths', () => {
  const require = createRequire(import.meta.url);
  const installed = JSON.parse(readFileSync(require.resolve('@sigstore/mock/package.json'), 'utf8')) as {
    version: string;
    exports?: unknown;
  };

  it('is pinned, and the installed version is the pinned one', () => {
    expect(manifest.dependencies['@sigstore/mock']).toBe(installed.version);
  });

  it('still has every dist/ path src/ imports, exporting the names taken from it as functions', async () => {
    // An `exports` map would make the private paths unreachable; none exists in the pinned version.
    expect(installed.exports).toBeUndefined();
    const deep = (await packageImports()).filter((i) => i.specifier.startsWith('@sigstore/mock/'));
    expect(deep.map((i) => i.specifier)).toEqual(
      expect.arrayContaining([
        '@sigstore/mock/dist/fulcio/ca.js',
        '@sigstore/mock/dist/fulcio/ctlog.js',
        '@sigstore/mock/dist/timestamp/tsa.js',
        '@sigstore/mock/dist/timestamp/handler.js',
      ]),
    );
    for (const { specifier, names, file } of deep) {
      const module = (await import(specifier)) as Record<string, unknown>;
      expect(names.length, `${file}: ${specifier}`).toBeGreaterThan(0);
      for (const name of names) expect(typeof module[name], `${specifier} → ${name}`).toBe('function');
    }
  });
});
