/**
 * Our trailer parser against git's own: each message is committed to a real repository and
 * `git log --format=%(trailers:only,unfold)` is the expected answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeBranch, parseMessage } from '../../src/core/attribution/message.js';
import { GitRepo } from '../support/gitrepo.js';

const MESSAGES: string[] = [
  'subject only',
  'subject\n\nCo-Authored-By: Claude <noreply@anthropic.com>',
  'Co-Authored-By: Claude <noreply@anthropic.com>',
  'subject\n\nbody line\nCo-Authored-By: Claude <noreply@anthropic.com>',
  'subject\n\nbody\n\nSigned-off-by: A <a@x>\nnot a trailer\nalso not\nstill not',
  'subject\n\nbody\n\nSigned-off-by: A <a@x>\nnot a trailer\nalso not\nstill not\nfour',
  'subject\n\nbody\n\nReviewed-by: A <a@x>\nnot a trailer',
  'subject\n\nbody\n\nKey: value\n  continued here\nOther: x',
  'subject\n\nbody\n\n Key: leading space',
  'subject\n\nbody\n\nKey : spaced token\nKey2:no space',
  'subject\n\nbody\n\n#comment\nKey: v',
  'subject\n\nbody\n\nKey: v\n\n\n',
  'subject\n\nbody\n\nhttps://example.com/x: not a token',
  'subject\n\nbody\n\nCo-authored-by: A <a@x>\r\nCo-authored-by: B <b@x>\r\n',
  'subject\n\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\nsome text\nmore',
  'subject\nsecond title line\n\nKey: v',
  'subject\n\nKey: v\n\nlast paragraph text',
  'subject\n\n---\nKey: v',
  'subject\n\nbody\n\nToken With Space: v',
  'subject\n\nbody\n\n:empty token',
  'subject\n\nbody\n\nA-b-c: v\n\tcontinued with tab',
];

describe('trailer parsing matches git', () => {
  let repo: GitRepo;
  let gitAnswers: string[];
  beforeAll(async () => {
    repo = await GitRepo.create();
    const tree = await repo.git(['hash-object', '-t', 'tree', '-w', '--stdin'], { input: '' });
    const shas: string[] = [];
    for (const m of MESSAGES) shas.push(await repo.git(['commit-tree', tree, '-F', '-'], { input: m }));
    const out = await repo.run([
      'log',
      '--no-walk=unsorted',
      '-z',
      '--format=%(trailers:only,unfold)',
      ...shas,
    ]);
    gitAnswers = out.stdout.split('\0');
  });
  afterAll(() => repo.remove());

  MESSAGES.forEach((m, i) => {
    it(JSON.stringify(m).slice(0, 70), () => {
      const want = gitAnswers[i]!.split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.replace(/\r$/, '').trim());
      const ours = parseMessage(m).trailers.map((t) => t.line.replace(/\r$/, '').trim());
      // git prints "Key : v" for a spaced token; we normalise the token.
      expect(ours).toEqual(want.map((l) => l.replace(/^([A-Za-z0-9-]+(?: [A-Za-z0-9-]+)*)\s+:/, '$1:')));
    });
  });
});

describe('merge subjects', () => {
  it('names the merged branch', () => {
    expect(mergeBranch('Merge pull request #187 from xhluca/copilot/fix-logger-warning-windows-import')).toBe(
      'copilot/fix-logger-warning-windows-import',
    );
    expect(mergeBranch("Merge branch 'codex/add-export' into main")).toBe('codex/add-export');
    expect(mergeBranch("Merge remote-tracking branch 'origin/devin/1712345678-fix'")).toBe(
      'devin/1712345678-fix',
    );
    expect(mergeBranch('Merge the thing')).toBeUndefined();
  });
});
