/**
 * docs/attribution.md carries the rule catalogue as a table: it must say what RULES says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/attribution/rules.js';
import { strengthOfTier } from '../../src/core/attribution/detect.js';

const DOC = path.resolve(import.meta.dirname, '../../docs/attribution.md');

/** One table row per rule, as docs/attribution.md writes them (prettier pads the cells). */
export function catalogueRows(): string[][] {
  return RULES.map((r) => {
    const fields = [...new Set(r.matchers.map((m) => m.field))].join(', ');
    const agent =
      (r.agentGroup ? `${r.agent} (or the named tool)` : r.agent) +
      (r.class === 'ai_review_suggestion' ? ' (review suggestion)' : '');
    const tiers = [...new Set([r.tier, ...r.matchers.map((m) => m.tier ?? r.tier)])];
    let strength = tiers.map((t) => `${t} → ${strengthOfTier(t)}`).join(', ');
    if (r.downWeight) strength += ` (inferred ${r.downWeight.from}…${r.downWeight.to})`;
    return [r.id, fields, agent, r.product, strength, r.model ? 'yes' : '—'];
  });
}

describe('docs/attribution.md', () => {
  it('lists every rule of the catalogue with its fields, agent, product, strength and model capture', () => {
    const text = readFileSync(DOC, 'utf8');
    const section = text.slice(text.indexOf('## Rule catalogue (generated from `RULES`)'));
    const rows = section
      .split('\n')
      .filter((l) => /^\| [A-Z]{2,3}-\d+ /.test(l))
      .map((l) =>
        l
          .slice(1, -1)
          .split(' | ')
          .map((c) => c.trim()),
      );
    const want = catalogueRows();
    if (JSON.stringify(rows) !== JSON.stringify(want)) {
      console.log(want.map((r) => `| ${r.join(' | ')} |`).join('\n'));
    }
    expect(rows).toEqual(want);
  });
});
