/**
 * Inferred (branch-name) evidence stays small and true: the shapes that spread it in real histories,
 * re-created in real repositories and scanned.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INFERRED_PER_MERGE } from '../../src/core/attribution/branches.js';
import { detectCommit } from '../../src/core/attribution/detect.js';
import { scanRange } from '../../src/core/scan/scan.js';
import type { ScanResult } from '../../src/core/scan/types.js';
import { GitRepo, type Ident } from '../support/gitrepo.js';

const ada: Ident = { name: 'Ada Lovelace', email: 'ada@example.org' };
const grace: Ident = { name: 'Grace Hopper', email: 'grace@example.org' };
const dependabot: Ident = {
  name: 'dependabot[bot]',
  email: '49699333+dependabot[bot]@users.noreply.github.com',
};
const webFlow: Ident = { name: 'GitHub', email: 'noreply@github.com' };
const copilot: Ident = { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' };

const repos: GitRepo[] = [];
afterAll(async () => {
  await Promise.all(repos.map((r) => r.remove()));
});
async function newRepo(): Promise<GitRepo> {
  const r = await GitRepo.create();
  repos.push(r);
  return r;
}
const agentsOf = (scan: ScanResult, sha: string) => scan.commits.find((c) => c.sha === sha)!.agents;
const inferred = (scan: ScanResult) =>
  scan.commits.filter((c) => c.agents.some((a) => a.evidence.some((e) => e.via))).map((c) => c.sha);

describe('inferred evidence from merged agent branches', () => {
  it("covers only what the agent branch's own merge first brought: not the line it merged into, not main's commits merged into the branch, not other people's or bots' commits", async () => {
    const repo = await newRepo();
    let n = 0;
    const file = () => ({ [`f${n++}.txt`]: `${n}\n` });
    await repo.commit({ message: 'root', author: grace, files: file() });
    // A pull request branch with other people's work and a dependency bump.
    await repo.branch('feature/search');
    await repo.checkout('feature/search');
    const g1 = await repo.commit({ message: 'Search index', author: grace, files: file() });
    const bump = await repo.commit({ message: 'Bump lodash', author: dependabot, files: file() });
    // The agent branch starts from the pull request branch.
    await repo.branch('codex/fix-ranking');
    // Meanwhile main moves on.
    await repo.checkout('main');
    const main1 = await repo.commit({ message: 'Mainline fix', author: grace, files: file() });
    // The agent's work, a merge *from* main into the agent branch, more of the agent's work, then a
    // colleague's commit, a bot's and an edit made on github.com.
    await repo.checkout('codex/fix-ranking');
    const a1 = await repo.commit({ message: 'Fix ranking order', author: ada, files: file() });
    const fromMain = await repo.merge('main', {
      message: "Merge branch 'main' into codex/fix-ranking",
      author: ada,
    });
    const other = await repo.commit({ message: 'Tweak weights', author: grace, files: file() });
    const botFix = await repo.commit({
      message: 'Format',
      author: { name: 'autofix-ci[bot]', email: '114827586+autofix-ci[bot]@users.noreply.github.com' },
      files: file(),
    });
    const web = await repo.commit({
      message: 'Update src/rank.ts',
      author: ada,
      committer: webFlow,
      files: file(),
    });
    const a2 = await repo.commit({ message: 'Add ranking test', author: ada, files: file() });
    // A maintainer's follow-up at the tip: the branch is still the one who started it.
    const tip = await repo.commit({ message: 'Polish after review', author: grace, files: file() });
    // The agent branch is merged into the pull request branch, which is merged into main.
    await repo.checkout('feature/search');
    const mAgent = await repo.merge('codex/fix-ranking', {
      message: 'Merge pull request #820 from acme/codex/fix-ranking',
      author: grace,
    });
    await repo.checkout('main');
    const mFeature = await repo.merge('feature/search', {
      message: 'Merge pull request #800 from acme/feature/search',
      author: grace,
    });

    const scan = await scanRange({ repoPath: repo.path });
    expect(new Set(inferred(scan))).toEqual(new Set([a1, a2]));
    for (const sha of [a1, a2])
      expect(agentsOf(scan, sha)).toMatchObject([
        { id: 'codex', strength: 'inferred', evidence: [{ rule: 'CX-3', via: mAgent }] },
      ]);
    for (const sha of [g1, bump, main1, fromMain, other, botFix, web, tip, mAgent, mFeature])
      expect(agentsOf(scan, sha), sha).toEqual([]);
  });

  it('infers nothing for agents that commit under their own identity: a person’s commit on their branch is the person’s', async () => {
    const repo = await newRepo();
    await repo.commit({ message: 'root', files: { 'a.txt': '1\n' } });
    await repo.branch('copilot/fix-logger');
    await repo.checkout('copilot/fix-logger');
    const agent = await repo.commit({
      message: 'Fix logger',
      author: copilot,
      committer: webFlow,
      files: { 'l.ts': 'x\n' },
    });
    const human = await repo.commit({ message: 'Address review', author: ada, files: { 'l.ts': 'y\n' } });
    await repo.checkout('main');
    await repo.merge('copilot/fix-logger', {
      message: 'Merge pull request #187 from acme/copilot/fix-logger',
    });
    const scan = await scanRange({ repoPath: repo.path });
    expect(agentsOf(scan, agent)).toMatchObject([{ id: 'copilot-coding-agent', strength: 'declared' }]);
    expect(agentsOf(scan, human)).toEqual([]);
    expect(inferred(scan)).toEqual([]);
  });

  it(`infers nothing from a merge that brings more than ${MAX_INFERRED_PER_MERGE} commits, and says so`, async () => {
    const repo = await newRepo();
    // fast-import: main's root, a codex/ branch of MAX + 1 commits, their merge into main.
    const t = 1767600000;
    const who = (k: number) => `Ada Lovelace <ada@example.org> ${t + k} +0000`;
    const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`;
    let script = `commit refs/heads/main\nmark :1\nauthor ${who(0)}\ncommitter ${who(0)}\n${data('root')}`;
    script += `reset refs/heads/codex/everything\nfrom :1\n`;
    for (let i = 0; i <= MAX_INFERRED_PER_MERGE; i++) {
      script += `commit refs/heads/codex/everything\nmark :${i + 2}\nauthor ${who(i + 1)}\ncommitter ${who(i + 1)}\n${data(`step ${i}`)}`;
      script += `M 644 inline a.txt\n${data(String(i))}`;
    }
    script += `commit refs/heads/main\nmark :999\nauthor ${who(500)}\ncommitter ${who(500)}\n${data("Merge branch 'codex/everything'")}from :1\nmerge :${MAX_INFERRED_PER_MERGE + 2}\ndone\n`;
    await repo.fastImport(script);
    const merge = await repo.git(['rev-parse', 'refs/heads/main']);
    const scan = await scanRange({ repoPath: repo.path });
    expect(inferred(scan)).toEqual([]);
    expect(scan.warnings.join('\n')).toContain(
      `merge ${merge.slice(0, 12)} of an agent branch brings more than ${MAX_INFERRED_PER_MERGE} commits`,
    );
  });

  it("reads Devin's newer branch names", () => {
    const d = detectCommit({
      sha: '0'.repeat(40),
      authorName: ada.name,
      authorEmail: ada.email,
      committerName: ada.name,
      committerEmail: ada.email,
      authorTime: 0,
      message: 'Merge pull request #5 from acme/devin/fix-login-redirect_260315_1422\n',
    });
    expect(d.agents).toEqual([]);
    expect(d.mergeEvidence?.map((f) => [f.agent, f.evidence.rule])).toEqual([['devin', 'DV-3']]);
  });
});
