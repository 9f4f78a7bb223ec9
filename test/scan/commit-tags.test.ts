/**
 * Commit-time tags as scan evidence: the hook's `Agent:` trailer set (TAG-1) and the `Agent-Authored:` convention
 * (TAG-2) attribute a commit (`declared`), mark it tagged (`commitTag`), and carry model, session, user-level
 * instruction digests and the declared review requirement into the scan and the statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toProvenance } from '../../src/core/extension/provenance.js';
import { predicateProblem } from '../../src/core/policy/predicate.js';
import { renderHtmlReport } from '../../src/core/report/html/index.js';
import { renderMarkdown, renderText, toJson } from '../../src/core/scan/render.js';
import { scanRange } from '../../src/core/scan/scan.js';
import type { ScanResult } from '../../src/core/scan/types.js';
import { GitRepo } from '../support/gitrepo.js';

const HOOK_TAG = [
  'Agent: claude-code (env CLAUDECODE=1)',
  'Agent-Model: claude-opus-4-5 (env ANTHROPIC_MODEL)',
  'Agent-Session: 8a718ed2 (env CLAUDE_CODE_SESSION_ID)',
  `Agent-Instructions: sha256:${'ab'.repeat(32)} (2 user files)`,
  'Agent-Review: required',
].join('\n');

let repo: GitRepo;
let scan: ScanResult;
const sha: Record<string, string> = {};

beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.commit({ message: 'initial', files: { 'README.md': 'hi\n' } });
  sha.hook = await repo.commit({ message: `feat: hooked\n\nWhy.\n\n${HOOK_TAG}`, files: { 'a.ts': 'a\n' } });
  sha.authored = await repo.commit({
    message: 'fix: guidance\n\nAgent-Authored: Copilot, model=gpt-4-turbo, policy=security-review-required',
    files: { 'auth/login.ts': 'b\n' },
  });
  sha.goose = await repo.commit({
    message: 'chore: goose\n\nAgent: goose (env AGENT=goose)',
    files: { c: 'c\n' },
  });
  // A co-author trailer and the hook's tag on one commit: one attribution, both pieces of evidence.
  sha.both = await repo.commit({
    message:
      'feat: both\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\nAgent: claude-code (env CLAUDECODE=1)',
    files: { d: 'd\n' },
  });
  // Not a trailer block: prose that mentions an agent is no tag.
  sha.prose = await repo.commit({
    message: 'docs: x\n\nAgent: claude-code\nwas mentioned here',
    files: { e: 'e\n' },
  });
  scan = await scanRange({ repoPath: repo.path });
});
afterAll(() => repo.remove());

const commit = (s: string) => scan.commits.find((c) => c.sha === s)!;

describe('commit-time tags in the scan', () => {
  it("attributes the hook's tag as declared TAG-1 evidence, with its model, and marks the commit tagged", () => {
    const c = commit(sha.hook!);
    expect(c.agents).toHaveLength(1);
    expect(c.agents[0]).toMatchObject({
      id: 'claude-code',
      model: 'anthropic/claude-opus-4-5',
      strength: 'declared',
      evidence: [{ rule: 'TAG-1', tier: 'S1', strength: 'declared', where: 'trailer' }],
    });
    expect(c.agents[0]!.evidence[0]!.match).toBe('Agent: claude-code (env CLAUDECODE=1)');
    expect(c.commitTag).toEqual({
      conventions: ['Agent'],
      agents: ['claude-code'],
      models: ['claude-opus-4-5'],
      sessions: ['8a718ed2'],
      instructions: [`sha256:${'ab'.repeat(32)}`],
      review: ['required'],
    });
  });

  it('reads the Agent-Authored convention as TAG-2, its policy as a review requirement', () => {
    const c = commit(sha.authored!);
    expect(c.agents[0]).toMatchObject({
      id: 'copilot',
      model: 'openai/gpt-4-turbo',
      modelRaw: 'gpt-4-turbo',
      strength: 'declared',
      evidence: [{ rule: 'TAG-2', tier: 'S2' }],
    });
    expect(c.commitTag).toEqual({
      conventions: ['Agent-Authored'],
      agents: ['Copilot'],
      models: ['gpt-4-turbo'],
      review: ['security-review-required'],
    });
  });

  it('an unknown tool is agent other with its name; a tag beside other evidence joins it; prose is no tag', () => {
    expect(commit(sha.goose!).agents[0]).toMatchObject({
      id: 'other',
      evidence: [{ rule: 'TAG-1', detail: 'goose' }],
    });
    const both = commit(sha.both!);
    expect(both.agents.map((a) => a.id)).toEqual(['claude-code']);
    expect(both.agents[0]!.evidence.map((e) => e.rule).sort()).toEqual(['CC-1', 'TAG-1']);
    expect(both.commitTag?.conventions).toEqual(['Agent']);
    expect(commit(sha.prose!).agents).toEqual([]);
    expect(commit(sha.prose!).commitTag).toBeUndefined();
    expect(scan.totals.taggedCommits).toBe(4);
    expect(scan.totals.agentCommits).toBe(4);
  });

  it('shows the tag in every report and the statement, whose extension still validates', () => {
    expect(renderText(scan)).toContain('tagged at commit time: 4 of 4 agent commits');
    expect(renderText(scan)).toContain(
      'tagged at commit time: Agent: claude-code; model claude-opus-4-5; session 8a718ed2;',
    );
    expect(renderMarkdown(scan)).toContain('Tagged at commit time: 4 of 4 agent commits.');
    expect(renderHtmlReport(scan)).toContain(
      '<p>tagged at commit time: Agent-Authored: Copilot; model gpt-4-turbo;',
    );
    const json = toJson(scan) as { commits: { sha: string; commitTag?: unknown }[] };
    expect(json.commits.find((c) => c.sha === sha.authored)?.commitTag).toEqual(
      commit(sha.authored!).commitTag,
    );

    const { dependencies, extension } = toProvenance(scan, { repositoryUri: 'https://github.com/o/r' });
    const entry = dependencies.find((d) => d.digest?.gitCommit === sha.hook);
    expect(entry?.annotations?.commitTag).toEqual(commit(sha.hook!).commitTag);
    expect(predicateProblem(extension, dependencies)).toBeUndefined();
  });
});
