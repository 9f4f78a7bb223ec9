/** docs/surfaces.md embeds the catalogue table generated from the data; they must not drift apart. */
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { renderCatalogueMarkdown, SURFACE_RULES } from '../../src/core/surfaces/index.js';

/** Cells of a Markdown table, whitespace-insensitive (prettier pads the table in the doc). */
function cells(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => (/^\s*-+\s*$/.test(c) ? '---' : c.trim())),
    );
}

it('docs/surfaces.md shows exactly the catalogue data', async () => {
  const doc = await readFile(new URL('../../docs/surfaces.md', import.meta.url), 'utf8');
  const table = /<!-- catalogue:start -->([\s\S]*?)<!-- catalogue:end -->/.exec(doc)?.[1] ?? '';
  expect(
    cells(table),
    'regenerate the table in docs/surfaces.md with renderCatalogueMarkdown(SURFACE_RULES)',
  ).toEqual(cells(renderCatalogueMarkdown(SURFACE_RULES)));
});

it('the catalogue data is safe to print raw (no table or code-span breakers)', () => {
  for (const r of SURFACE_RULES) expect(JSON.stringify(r)).not.toMatch(/[|`<>]/);
});
