/**
 * The message prefilter skips the trailer parse when a raw message holds none of the literals every message
 * rule needs. A wrong literal would silently hide an agent: these tests pin the derivation and check it against
 * every real commit shape.
 */
import fc from 'fast-check';
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

  it('is sound: every string a generated pattern matches contains one of its literals', () => {
    // Patterns built from literals, groups (plain, capturing, named), alternatives, quantifiers, classes, escapes
    // and anchors; a string is drawn from the same tree, so most of them match. A literal missing from a match
    // would make the prefilter hide an agent.
    type Node =
      | { k: 'lit'; text: string; last?: '?' | '*' | '+' }
      | { k: 'seq'; items: Node[] }
      | { k: 'alt'; items: Node[]; group: '(?:' | '(' | '(?<g>' }
      | { k: 'rep'; item: Node; q: '?' | '*' | '+' | '{0,2}' | '{1,2}' | '??' | '+?' }
      | { k: 'atom'; src: string; sample: string[] };
    const SPECIAL = /[\\^$.*+?()[\]{}|/]/g;
    const node = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc
          .tuple(
            fc.stringMatching(/^[a-zA-Z0-9 :.+\-@<>_/]{1,8}$/),
            fc.constantFrom(undefined, '?', '*', '+'),
          )
          .map(([text, last]): Node => ({ k: 'lit', text, ...(last ? { last } : {}) })),
        fc.constantFrom<Node>(
          { k: 'atom', src: '\\d', sample: ['7'] },
          { k: 'atom', src: '\\s*', sample: ['', ' '] },
          { k: 'atom', src: '[a-c]', sample: ['b'] },
          { k: 'atom', src: '.', sample: ['x', ':'] },
          { k: 'atom', src: '\\b', sample: [''] },
          { k: 'atom', src: '^', sample: [''] },
        ),
        fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items): Node => ({ k: 'seq', items })),
        fc
          .tuple(fc.array(tie('node'), { minLength: 1, maxLength: 3 }), fc.constantFrom('(?:', '(', '(?<g>'))
          .map(([items, group]): Node => ({ k: 'alt', items, group: group as '(?:' | '(' | '(?<g>' })),
        fc
          .tuple(tie('node'), fc.constantFrom('?', '*', '+', '{0,2}', '{1,2}', '??', '+?'))
          .map(([item, q]): Node => ({ k: 'rep', item, q: q as '?' })),
      ),
    })).node;
    let named = 0;
    const render = (n: Node): string => {
      switch (n.k) {
        case 'lit':
          return n.text.replace(SPECIAL, '\\$&') + (n.last ?? ''); // a quantifier on its last character
        case 'seq':
          return n.items.map(render).join('');
        case 'alt': {
          const open = n.group === '(?<g>' ? `(?<g${named++}>` : n.group;
          return `${open}${n.items.map(render).join('|')})`;
        }
        case 'rep':
          return `(?:${render(n.item)})${n.q}`;
        case 'atom':
          return n.src;
      }
    };
    const draw = (n: Node, pick: () => number): string => {
      switch (n.k) {
        case 'lit': {
          const chars = [...n.text];
          const last = chars.pop()!;
          const times = n.last === undefined ? 1 : (n.last === '+' ? 1 : 0) + (pick() % 2);
          return [...chars, ...Array<string>(times).fill(last)]
            .map((c) => (pick() % 2 ? c.toUpperCase() : c.toLowerCase()))
            .join('');
        }
        case 'seq':
          return n.items.map((i) => draw(i, pick)).join('');
        case 'alt':
          return draw(n.items[pick() % n.items.length]!, pick);
        case 'rep': {
          const min = n.q.startsWith('+') || n.q === '{1,2}' ? 1 : 0;
          const count = min + (pick() % (n.q === '?' || n.q === '??' ? 2 : 3 - min));
          return Array.from({ length: count }, () => draw(n.item, pick)).join('');
        }
        case 'atom':
          return n.sample[pick() % n.sample.length]!;
      }
    };
    let matched = 0;
    let derived = 0;
    fc.assert(
      fc.property(
        fc.array(node, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        fc.string({ maxLength: 6 }),
        (branches, choices, around) => {
          named = 0;
          const re = new RegExp(branches.map(render).join('|'), 'i');
          const literals = requiredLiterals(re);
          if (!literals) return;
          derived++;
          let i = 0;
          const pick = (): number => choices[i++ % choices.length]!;
          const text = around + draw(branches[pick() % branches.length]!, pick) + around;
          if (!re.test(text)) return;
          matched++;
          expect(
            literals.some((l) => text.toLowerCase().includes(l)),
            `${re} on ${JSON.stringify(text)}: ${JSON.stringify(literals)}`,
          ).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
    // The property must have had something to check.
    expect(derived).toBeGreaterThan(300);
    expect(matched).toBeGreaterThan(300);
  });
});
