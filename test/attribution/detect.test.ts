import { describe, expect, it } from 'vitest';
import { detectCommit, type CommitFacts } from '../../src/core/attribution/detect.js';
import { AGENT_SHAPES, NEGATIVE_SHAPES, type Shape } from './shapes.js';

const JAN = Date.parse('2026-01-10T12:00:00Z') / 1000;

function facts(s: Shape, authorTime = JAN): CommitFacts {
  const author = s.author ?? { name: 'Ada Lovelace', email: 'ada@example.org' };
  const committer = s.committer ?? author;
  return {
    sha: '0'.repeat(40),
    authorName: author.name,
    authorEmail: author.email,
    committerName: committer.name,
    committerEmail: committer.email,
    authorTime,
    message: s.message,
  };
}

function check(s: Shape, authorTime?: number): void {
  const { agents } = detectCommit(facts(s, authorTime));
  expect(Object.fromEntries(agents.map((a) => [a.id, a.strength]))).toEqual(
    Object.fromEntries(Object.entries(s.expect).map(([id, e]) => [id, e.strength])),
  );
  for (const [id, e] of Object.entries(s.expect)) {
    const a = agents.find((x) => x.id === id)!;
    expect(a.evidence.map((x) => x.rule)).toContain(e.rule);
    if (e.model !== undefined) expect(a.model).toBe(e.model);
    expect(a.class).toBe(e.class ?? 'coding_agent');
  }
}

describe('detectCommit: real agent commit shapes', () => {
  for (const s of AGENT_SHAPES) it(s.name, () => check(s));
});

describe('detectCommit: look-alikes and quotes are not agents', () => {
  for (const s of NEGATIVE_SHAPES) it(s.name, () => check(s));
});

describe('detectCommit: details', () => {
  it('keeps the raw model string and normalises only when unambiguous', () => {
    const { agents } = detectCommit(
      facts({
        name: '',
        message: 'x\n\nCo-authored-by: aider (openrouter/some-lab/mystery-7b) <aider@aider.chat>\n',
        expect: {},
      }),
    );
    expect(agents[0]).toMatchObject({
      id: 'aider',
      model: 'openrouter/some-lab/mystery-7b',
      modelRaw: 'openrouter/some-lab/mystery-7b',
    });
  });

  it('down-weights the VS Code co-author trailer inside its default-on window only', () => {
    const s: Shape = {
      name: '',
      message: 'Fix typo\n\nCo-authored-by: Copilot <copilot@github.com>\n',
      expect: {},
    };
    const inWindow = detectCommit(facts(s, Date.parse('2026-04-20T10:00:00Z') / 1000)).agents[0]!;
    expect(inWindow).toMatchObject({ id: 'copilot', strength: 'inferred' });
    expect(inWindow.evidence[0]).toMatchObject({ rule: 'GH-6', downWeighted: true });
    const outside = detectCommit(facts(s, Date.parse('2026-03-01T10:00:00Z') / 1000)).agents[0]!;
    expect(outside).toMatchObject({ id: 'copilot', strength: 'declared' });
    expect(outside.evidence[0]!.downWeighted).toBeUndefined();
  });

  it('reads co-author trailers in a squash body (GitHub folds commit messages into it)', () => {
    const message =
      'Add importer (#12)\n\n* Add importer\n\nCo-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>\n\n* Fix tests\n\n---------\n\nCo-authored-by: Grace Hopper <grace@example.org>\n';
    const a = detectCommit(facts({ name: '', message, expect: {} })).agents;
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ id: 'claude-code', model: 'anthropic/claude-sonnet-4-5' });
    expect(a[0]!.evidence[0]).toMatchObject({ rule: 'CC-1', where: 'squash-body' });
  });

  it('does not crash on huge or odd messages', () => {
    const odd =
      '\u0000\uFFFD'.repeat(10) +
      'x'.repeat(2_000_000) +
      '\n\n\n:\n  \n#\nCo-Authored-By: Claude <noreply@anthropic.com>';
    expect(detectCommit(facts({ name: '', message: odd, expect: {} })).agents.map((a) => a.id)).toEqual([
      'claude-code',
    ]);
    expect(detectCommit(facts({ name: '', message: '', expect: {} })).agents).toEqual([]);
  });

  it('clips matched text so evidence stays small', () => {
    const long = `Fix\n\nAssisted-by: ${'a'.repeat(5000)}\n`;
    const e = detectCommit(facts({ name: '', message: long, expect: {} })).agents[0]!.evidence[0]!;
    expect(e.match!.length).toBeLessThanOrEqual(200);
  });
});
