import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanRange } from '../../src/core/scan/scan.js';
import { GitRepo } from '../support/gitrepo.js';

describe('scanRange smoke', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = await GitRepo.create();
    await repo.commit({ message: 'initial', files: { 'README.md': 'hi\n' } });
    await repo.tag('v1.0.0');
    await repo.commit({
      message: 'feat: login\n\nAdds login.\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n',
      files: { 'src/auth/login.ts': 'export const x = 1;\nexport const y = 2;\n' },
    });
    await repo.commit({ message: 'docs: human', files: { 'README.md': 'hello\n' } });
  });
  afterAll(() => repo.remove());

  it('attributes the Claude commit', async () => {
    const scan = await scanRange({ repoPath: repo.path });
    expect(scan.range.baseRule).toBe('tag');
    expect(scan.range.tag).toBe('v1.0.0');
    expect(scan.commits).toHaveLength(2);
    const claude = scan.commits.find((c) => c.agents.length > 0)!;
    expect(claude.agents[0]).toMatchObject({ id: 'claude-code', model: 'anthropic/claude-opus-4-5', modelRaw: 'Claude Opus 4.5', strength: 'declared' });
    expect(claude.linesAdded).toBe(2);
    expect(claude.riskPaths).toEqual([{ path: 'src/auth/login.ts', categories: ['auth'] }]);
    expect(scan.totals.unknownCommits).toBe(1);
  });
});
