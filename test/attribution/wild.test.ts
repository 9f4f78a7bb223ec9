/**
 * The shapes issue 16 found in public histories, each class re-created: detected per commit, and again
 * after committing them all to a real repository and scanning it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectCommit } from '../../src/core/attribution/detect.js';
import type { AgentAttribution } from '../../src/core/attribution/types.js';
import { scanRange } from '../../src/core/scan/scan.js';
import type { ScanResult } from '../../src/core/scan/types.js';
import { GitRepo } from '../support/gitrepo.js';
import { WILD_NEGATIVES, WILD_SHAPES, type WildShape } from './wild-shapes.js';

const JAN = Date.parse('2026-01-10T12:00:00Z') / 1000;
const human = { name: 'Ada Lovelace', email: 'ada@example.org' };

function expectShape(s: WildShape, agents: readonly AgentAttribution[]): void {
  expect(Object.fromEntries(agents.map((a) => [`${a.id}/${a.class}`, a.strength]))).toEqual(
    Object.fromEntries(
      Object.entries(s.expect).map(([id, e]) => [`${id}/${e.class ?? 'coding_agent'}`, e.strength]),
    ),
  );
  for (const [id, e] of Object.entries(s.expect)) {
    const a = agents.find((x) => x.id === id && x.class === (e.class ?? 'coding_agent'))!;
    expect(a.evidence.map((x) => x.rule)).toContain(e.rule);
    if (e.model !== undefined) expect(a.model).toBe(e.model);
  }
}

describe('wild shapes: detectCommit', () => {
  for (const s of [...WILD_SHAPES, ...WILD_NEGATIVES]) {
    it(`${s.class}: ${s.name}`, () => {
      const author = s.author ?? human;
      const committer = s.committer ?? author;
      const { agents } = detectCommit({
        sha: '0'.repeat(40),
        authorName: author.name,
        authorEmail: author.email,
        committerName: committer.name,
        committerEmail: committer.email,
        authorTime: JAN,
        message: s.message,
      });
      expectShape(s, agents);
    });
  }

  it('covers every class of the issue, each with a look-alike where one exists', () => {
    const classes = new Set(WILD_SHAPES.map((s) => s.class));
    expect([...classes].sort()).toEqual([
      'committer-only-marker',
      'footer-outside-last-paragraph',
      'model-in-identity',
      'new-agents-and-names',
      'provider-kept',
      'squash-revert',
    ]);
    for (const c of ['committer-only-marker', 'footer-outside-last-paragraph', 'squash-revert'] as const)
      expect(WILD_NEGATIVES.some((s) => s.class === c)).toBe(true);
  });
});

describe('wild shapes: committed to a real repository and scanned', () => {
  let repo: GitRepo;
  let scan: ScanResult;
  const shas = new Map<WildShape, string>();
  beforeAll(async () => {
    repo = await GitRepo.create();
    let n = 0;
    for (const s of [...WILD_SHAPES, ...WILD_NEGATIVES]) {
      shas.set(
        s,
        await repo.commit({
          message: s.message,
          author: s.author,
          committer: s.committer,
          files: { [`f${n++}.txt`]: `${s.name}\n` },
        }),
      );
    }
    scan = await scanRange({ repoPath: repo.path });
  });
  afterAll(() => repo.remove());

  it('attributes every shape as expected and none of the look-alikes', () => {
    for (const [s, sha] of shas) {
      const c = scan.commits.find((x) => x.sha === sha)!;
      expectShape(s, c.agents);
    }
    expect(scan.totals.unknownCommits).toBe(WILD_NEGATIVES.length);
  });
});
