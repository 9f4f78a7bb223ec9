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

  it('takes the literals of a group an alternative requires when it has no plain run', () => {
    expect(requiredLiterals(/^(?:Sisyphus <clio@s\.ai>|sisyphus-dev <x@y\.com>)$/i)).toEqual([
      '<clio@s.ai>',
      'sisyphus-dev',
    ]);
    expect(requiredLiterals(/^(?<who>Alpha|Bravo)\+?$/)).toEqual(['alpha', 'bravo']);
    expect(requiredLiterals(/^(Alpha|Bravo)+$/)).toEqual(['alpha', 'bravo']);
    // A plain run of the alternative itself wins over its group.
    expect(requiredLiterals(/Co-authored-by (?:Alpha|Bravo)/)).toEqual(['co-authored-by']);
  });

  it('gives up where no guarantee holds', () => {
    // A group that is optional, a lookaround or an alternative of which yields nothing guarantees nothing.
    expect(requiredLiterals(/^(?:Alpha|Bravo)?$/)).toBeUndefined();
    expect(requiredLiterals(/^(?:Alpha|Bravo)*x$/)).toBeUndefined();
    expect(requiredLiterals(/^(?:Alpha|Bravo){0,1}$/)).toBeUndefined();
    expect(requiredLiterals(/^(?=Alpha)\w+$/)).toBeUndefined();
    expect(requiredLiterals(/^(?!Alpha)\w+$/)).toBeUndefined();
    expect(requiredLiterals(/^(?:Alpha|B)$/)).toBeUndefined();
    expect(requiredLiterals(/ab|cdefgh/)).toBeUndefined(); // an alternative without a literal of 3+
    expect(requiredLiterals(/claude/iu)).toBeUndefined(); // Unicode case folding (K, ſ)
  });

  it('derives literals for every message matcher of the catalogue (one without turns the prefilter off)', () => {
    // Without literals for one matcher, every commit of every scan pays the full message parse.
    const without = RULES.flatMap((rule) =>
      rule.matchers
        .filter(
          (m) =>
            m.pattern && ['subject', 'trailer', 'body', 'merge-branch', 'tag', 'ident'].includes(m.field),
        )
        .filter((m) => m.field !== 'ident' || !m.idents || m.idents.includes('co-author'))
        .filter((m) => !requiredLiterals(new RegExp(m.pattern!, m.flags ?? 'i')))
        .map((m) => `${rule.id} ${m.field}`),
    );
    expect(without).toEqual([]);
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
