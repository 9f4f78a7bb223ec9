/**
 * The message prefilter skips the trailer parse when a raw message holds none of the literals every message
 * rule needs. A wrong literal would silently hide an agent: these tests pin the derivation and check it against
 * every real commit shape.
 */
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/core/attribution/detect.js';
import { RULES } from '../../src/core/attribution/rules.js';
import { AGENT_SHAPES } from './shapes.js';

describe('requiredLiterals', () => {
  it('takes the longest plain run of each alternative, cut at whitespace and colons', () => {
    expect(requiredLiterals(/^Co-Authored-By:\s*Claude\b/i)).toEqual(['co-authored-by']);
    expect(requiredLiterals(/Made-with:\s*Cursor|Generated with \[opencode\]/i)).toEqual([
      'made-with',
      '[opencode]',
    ]);
  });

  it('ignores optional atoms, groups and classes', () => {
    expect(requiredLiterals(/abcdx?yz(?:longer-literal)[qrstuvw]/)).toEqual(['abcd']);
  });

  it('gives up where no guarantee holds', () => {
    expect(requiredLiterals(/ab|cdefgh/)).toBeUndefined(); // an alternative without a literal of 3+
    expect(requiredLiterals(/claude/iu)).toBeUndefined(); // Unicode case folding (K, ſ)
  });

  it('every literal derived from the catalogue occurs in each real message its rule matches', () => {
    let checked = 0;
    for (const rule of RULES) {
      for (const m of rule.matchers) {
        if (!m.pattern || !['subject', 'trailer', 'body', 'merge-branch', 'ident'].includes(m.field))
          continue;
        const re = new RegExp(m.pattern, m.flags ?? 'i');
        const literals = requiredLiterals(re);
        if (!literals) continue;
        for (const shape of AGENT_SHAPES) {
          const text = [shape.message, shape.author && `${shape.author.name} <${shape.author.email}>`]
            .filter(Boolean)
            .join('\n');
          if (!new RegExp(re.source, re.flags.includes('m') ? re.flags : `${re.flags}m`).test(text)) continue;
          checked++;
          expect(
            literals.some((l) => text.toLowerCase().includes(l)),
            `${rule.id} on "${shape.name}"`,
          ).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
