import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from '../../src/core/policy/index.js';
import type { PolicyInput, RuleResult } from '../../src/core/policy/types.js';
import {
  agentCommit,
  alice,
  baseInput,
  bob,
  carol,
  copilot,
  NOW,
  policy,
  pullRequest,
  REPO,
  review,
  reviewBot,
  sha,
} from './fixtures.js';

function evaluate(yaml: string, input: PolicyInput = baseInput()) {
  return evaluatePolicy(policy(yaml), input, { now: NOW });
}

/** The one rule with this id (and the decision agrees with it). */
function ruleOf(yaml: string, id: string, input: PolicyInput = baseInput()): RuleResult {
  const decision = evaluate(yaml, input);
  const found = decision.rules.filter((r) => r.id === id);
  expect(found, `rules: ${decision.rules.map((r) => r.id).join(', ')}`).toHaveLength(1);
  const r = found[0]!;
  expect(r.reason).not.toContain('\n');
  if (r.status === 'fail') expect(decision.pass).toBe(false);
  return r;
}

function withInput(change: (i: PolicyInput) => void): PolicyInput {
  const i = baseInput();
  change(i);
  return i;
}

function collected(i: PolicyInput) {
  if (i.reviews.status !== 'collected') throw new Error('fixture reviews not collected');
  return i.reviews;
}

describe('evaluatePolicy', () => {
  it('an empty policy has no rules and passes', () => {
    expect(evaluate('')).toEqual({ pass: true, rules: [] });
  });

  describe('identity (certificate facts)', () => {
    const wf = (refs: string) =>
      `identity:\n  signer-workflows:\n    - workflow: octo/app/.github/workflows/release.yml\n      refs: ${refs}\n`;

    it('signer workflow: exact workflow and ref glob pass', () => {
      const r = ruleOf(wf('[refs/tags/v*]'), 'identity.signer-workflow');
      expect(r).toMatchObject({
        status: 'pass',
        reason: 'signed by octo/app/.github/workflows/release.yml@refs/tags/v1.2.0',
      });
      expect(
        ruleOf(wf('[refs/tags/v*]').replace('octo/app', 'Octo/App'), 'identity.signer-workflow').status,
      ).toBe('pass');
    });

    it('signer workflow: another ref, workflow, look-alike ref or host fails', () => {
      expect(ruleOf(wf('[refs/heads/main]'), 'identity.signer-workflow').status).toBe('fail');
      const evil = withInput(
        (i) => (i.signer.buildSignerUri = `${REPO}/.github/workflows/release.yml@refs/heads/main-evil`),
      );
      const r = ruleOf(wf('[refs/heads/main]'), 'identity.signer-workflow', evil);
      expect(r.status).toBe('fail');
      expect(r.reason).toContain('main-evil');
      expect(r.pointers[0]).toMatchObject({ kind: 'signer' });
      const other = withInput(
        (i) => (i.signer.buildSignerUri = `${REPO}/.github/workflows/other.yml@refs/tags/v1.2.0`),
      );
      expect(ruleOf(wf('[refs/tags/v*]'), 'identity.signer-workflow', other).status).toBe('fail');
      const host = withInput(
        (i) =>
          (i.signer.buildSignerUri = `https://github.example/octo/app/.github/workflows/release.yml@refs/tags/v1.2.0`),
      );
      expect(ruleOf(wf('[refs/tags/v*]'), 'identity.signer-workflow', host).status).toBe('fail');
      const person = withInput((i) => (i.signer.buildSignerUri = 'someone@example.com'));
      expect(ruleOf(wf('[refs/tags/v*]'), 'identity.signer-workflow', person).reason).toMatch(
        /is not a GitHub workflow/,
      );
    });

    it('repository and owner: name and numeric id', () => {
      expect(
        ruleOf('identity:\n  repository: { name: octo/app, id: 123 }\n', 'identity.repository').status,
      ).toBe('pass');
      const renamed = ruleOf('identity:\n  repository: { name: octo/app, id: 999 }\n', 'identity.repository');
      expect(renamed).toMatchObject({ status: 'fail', reason: 'source repository id is 123, expected 999' });
      expect(ruleOf('identity:\n  repository: { name: octo/other }\n', 'identity.repository').status).toBe(
        'fail',
      );
      expect(ruleOf('identity:\n  owner: { name: octo, id: 456 }\n', 'identity.owner').status).toBe('pass');
      expect(ruleOf('identity:\n  owner: { id: 457 }\n', 'identity.owner').status).toBe('fail');
    });

    it('source ref, issuer and runner', () => {
      expect(ruleOf('identity:\n  source-refs: [refs/tags/v*]\n', 'identity.source-ref').status).toBe('pass');
      expect(ruleOf('identity:\n  source-refs: [refs/heads/main]\n', 'identity.source-ref').status).toBe(
        'fail',
      );
      expect(
        ruleOf('identity:\n  issuer: https://token.actions.githubusercontent.com\n', 'identity.issuer')
          .status,
      ).toBe('pass');
      expect(
        ruleOf('identity:\n  issuer: https://token.actions.githubusercontent.com/acme\n', 'identity.issuer')
          .status,
      ).toBe('fail');
      expect(
        ruleOf('identity:\n  runner-environment: github-hosted\n', 'identity.runner-environment').status,
      ).toBe('pass');
      const selfHosted = withInput((i) => (i.signer.runnerEnvironment = 'self-hosted'));
      expect(
        ruleOf('identity:\n  runner-environment: github-hosted\n', 'identity.runner-environment', selfHosted)
          .status,
      ).toBe('fail');
      expect(
        ruleOf('identity:\n  runner-environment: any\n', 'identity.runner-environment', selfHosted).status,
      ).toBe('skip');
    });

    it('identity rules fail closed when the certificate lacks the fact', () => {
      const bare = withInput((i) => (i.signer = {}));
      expect(
        ruleOf('identity:\n  source-refs: [refs/tags/v*]\n', 'identity.source-ref', bare).reason,
      ).toMatch(/built from absent/);
      expect(ruleOf('identity:\n  owner: { id: 456 }\n', 'identity.owner', bare).status).toBe('fail');
    });
  });

  describe('freshness', () => {
    it('passes within the maximum age and fails past it', () => {
      expect(ruleOf('freshness: { max-age: 2d }\n', 'freshness.max-age')).toMatchObject({
        status: 'pass',
        reason: 'signed 1d 0h ago (2026-11-19T12:00:00.000Z), within 2d',
      });
      expect(ruleOf('freshness: { max-age: 12h }\n', 'freshness.max-age')).toMatchObject({
        status: 'fail',
        reason: 'signed 1d 0h ago (2026-11-19T12:00:00.000Z), older than 12h',
      });
    });

    it('fails without a verified time', () => {
      const untimed = withInput((i) => (i.signedAt = undefined));
      expect(ruleOf('freshness: { max-age: 2d }\n', 'freshness.max-age', untimed).status).toBe('fail');
    });
  });

  describe('agents and models', () => {
    it('allowed agents', () => {
      const ok = ruleOf(
        'agents:\n  allowed-agents: [claude-code, copilot-coding-agent, cursor]\n',
        'agents.allowed',
      );
      expect(ok).toMatchObject({
        status: 'pass',
        reason: '4 agent commits, all by allowed agents (claude-code ×2, copilot-coding-agent ×1, cursor ×1)',
      });
      const bad = ruleOf('agents:\n  allowed-agents: [claude-code]\n', 'agents.allowed');
      expect(bad.status).toBe('fail');
      expect(bad.reason).toBe(
        `2 commits by agents not in allowed-agents: copilot-coding-agent in ${sha(3).slice(0, 7)}; cursor in ${sha(4).slice(0, 7)}`,
      );
      expect(bad.pointers).toEqual([
        { kind: 'commit', value: sha(3), url: `${REPO}/commit/${sha(3)}` },
        { kind: 'commit', value: sha(4), url: `${REPO}/commit/${sha(4)}` },
      ]);
    });

    it('evidence weaker than min-evidence-strength does not count (the commit is unknown, not human)', () => {
      const yaml =
        'agents:\n  allowed-agents: [claude-code, copilot-coding-agent]\n  min-evidence-strength: declared\n';
      expect(ruleOf(yaml, 'agents.allowed').status).toBe('pass');
      const verifiedOnly = ruleOf(
        'agents:\n  denied-agents: [claude-code]\n  min-evidence-strength: verified\n',
        'agents.denied',
      );
      expect(verifiedOnly.status).toBe('pass');
      const unknown = ruleOf(
        'agents:\n  unknown: deny\n  min-evidence-strength: declared\n',
        'agents.unknown',
      );
      expect(unknown).toMatchObject({
        status: 'fail',
        reason:
          '7 commits of 10 carry no agent evidence that counts (1 only with evidence weaker than declared); unknown is denied',
      });
      expect(unknown.pointers.map((p) => p.value)).toEqual([sha(4)]);
    });

    it('denied agents', () => {
      expect(ruleOf('agents:\n  denied-agents: [devin]\n', 'agents.denied').status).toBe('pass');
      const r = ruleOf('agents:\n  denied-agents: [cursor]\n', 'agents.denied');
      expect(r.status).toBe('fail');
      expect(r.pointers.map((p) => p.value)).toEqual([sha(4)]);
    });

    it('allowed models, with unknown models denied or allowed', () => {
      const yaml = 'agents:\n  allowed-agents: [claude-code]\n  allowed-models: ["claude-opus-*"]\n';
      const claudeOnly = withInput((i) => (i.commits = i.commits.slice(0, 2)));
      expect(ruleOf(yaml, 'models.allowed', claudeOnly).status).toBe('pass');
      const r = ruleOf('agents:\n  allowed-models: ["claude-*"]\n', 'models.allowed');
      expect(r.status).toBe('fail');
      expect(r.reason).toContain('copilot-coding-agent (model not recorded)');
      expect(
        ruleOf('agents:\n  allowed-models: ["claude-*"]\n  unknown-model: allow\n', 'models.allowed').status,
      ).toBe('pass');
      expect(
        ruleOf('agents:\n  allowed-models: ["gpt-*"]\n  unknown-model: allow\n', 'models.allowed').status,
      ).toBe('fail');
    });

    it('denied models match case-insensitively across the whole id', () => {
      expect(ruleOf('agents:\n  denied-models: ["*-preview"]\n', 'models.denied').status).toBe('pass');
      const r = ruleOf('agents:\n  denied-models: ["CLAUDE-OPUS-4*"]\n', 'models.denied');
      expect(r.status).toBe('fail');
      expect(r.pointers.map((p) => p.value)).toEqual([sha(1), sha(2)]);
    });

    it('maximum agent share, and unknown counting as agent', () => {
      expect(ruleOf('agents:\n  max-agent-share: 40%\n', 'agents.max-share')).toMatchObject({
        status: 'pass',
        reason: 'agent commits are 40% of the range (4 of 10; limit 40%)',
      });
      expect(ruleOf('agents:\n  max-agent-share: 0.3\n', 'agents.max-share').status).toBe('fail');
      const r = ruleOf('agents:\n  max-agent-share: 0.9\n  unknown: count-as-agent\n', 'agents.max-share');
      expect(r).toMatchObject({
        status: 'fail',
        reason: 'agent or unknown commits are 100% of the range (10 of 10; limit 90%)',
      });
    });

    it('unknown: deny passes only when every commit carries evidence', () => {
      const all = withInput((i) => (i.rangeCommits = 4));
      expect(ruleOf('agents:\n  unknown: deny\n', 'agents.unknown', all).status).toBe('pass');
      expect(ruleOf('agents:\n  unknown: deny\n', 'agents.unknown').status).toBe('fail');
    });

    it('agent rules fail closed on a statement without the extension', () => {
      const plain = withInput((i) => {
        i.hasExtension = false;
        i.commits = [];
      });
      for (const [yaml, id] of [
        ['agents:\n  denied-agents: [devin]\n', 'agents.denied'],
        ['agents:\n  max-agent-share: 1\n', 'agents.max-share'],
        ['reviews:\n  require-human-review: true\n', 'reviews.human-approval'],
        ['surfaces:\n  executable-changes: deny\n', 'surfaces.executable-changes'],
      ]) {
        expect(ruleOf(yaml!, id!, plain)).toMatchObject({
          status: 'fail',
          reason: expect.stringMatching(/no agent-attest extension/),
        });
      }
    });
  });

  describe('reviews', () => {
    const human = 'reviews:\n  require-human-review: true\n';

    it('passes when every PR that brought agent commits has a human approval of its head', () => {
      const r = ruleOf(human, 'reviews.human-approval');
      expect(r).toMatchObject({
        status: 'pass',
        reason: '2 pull requests, each with a human approval of the final head',
      });
      expect(r.pointers).toEqual([
        { kind: 'pr', value: '#7', url: `${REPO}/pull/7` },
        { kind: 'pr', value: '#8', url: `${REPO}/pull/8` },
      ]);
    });

    it('passes with nothing to review', () => {
      const none = withInput((i) => (i.commits = []));
      expect(ruleOf(human, 'reviews.human-approval', none)).toMatchObject({
        status: 'pass',
        reason: 'no agent commits; nothing needs review',
      });
    });

    it('fails on a stale approval (of an older head)', () => {
      const stale = withInput(
        (i) => (collected(i).pullRequests[0]!.reviews = [review(7, alice, 'APPROVED', sha(1))]),
      );
      const r = ruleOf(human, 'reviews.human-approval', stale);
      expect(r.status).toBe('fail');
      expect(r.reason).toBe(
        `agent code without a human approval of its pull request head: #7 stale approval (of ${sha(1).slice(0, 7)}, head is ${sha(2).slice(0, 7)})`,
      );
      expect(r.pointers).toEqual([{ kind: 'pr', value: '#7', url: `${REPO}/pull/7` }]);
    });

    it('fails when only a bot approved (bots never count)', () => {
      const bots = withInput(
        (i) =>
          (collected(i).pullRequests[1]!.reviews = [
            review(8, reviewBot, 'APPROVED', sha(4)),
            review(8, copilot, 'APPROVED', sha(4)),
          ]),
      );
      expect(ruleOf(human, 'reviews.human-approval', bots).reason).toMatch(
        /#8 approved by a bot \(bots never count\)/,
      );
    });

    it('fails when the author approved their own PR', () => {
      const own = withInput(
        (i) => (collected(i).pullRequests[0]!.reviews = [review(7, bob, 'APPROVED', sha(2))]),
      );
      expect(ruleOf(human, 'reviews.human-approval', own).reason).toMatch(/#7 approved by its own author/);
    });

    it('a later change request or dismissal withdraws an approval; a later comment does not', () => {
      const withdrawn = withInput(
        (i) =>
          (collected(i).pullRequests[0]!.reviews = [
            review(7, alice, 'APPROVED', sha(2), 1),
            review(7, alice, 'CHANGES_REQUESTED', sha(2), 2),
          ]),
      );
      expect(ruleOf(human, 'reviews.human-approval', withdrawn).reason).toMatch(/#7 changes requested/);
      const commented = withInput(
        (i) =>
          (collected(i).pullRequests[0]!.reviews = [
            review(7, alice, 'APPROVED', sha(2), 1),
            review(7, alice, 'COMMENTED', sha(2), 2),
          ]),
      );
      expect(ruleOf(human, 'reviews.human-approval', commented).status).toBe('pass');
    });

    it('fails for agent commits that came through no pull request', () => {
      const direct = withInput((i) => {
        i.commits.push(agentCommit(5, [{}]));
        collected(i).commitsWithoutPullRequest = [sha(5)];
      });
      const r = ruleOf(human, 'reviews.human-approval', direct);
      expect(r.reason).toMatch(new RegExp(`${sha(5).slice(0, 7)} came through no pull request`));
      expect(r.pointers).toContainEqual({ kind: 'commit', value: sha(5), url: `${REPO}/commit/${sha(5)}` });
    });

    it('fails closed when review evidence is unavailable or a record is missing', () => {
      const unavailable = withInput(
        (i) =>
          (i.reviews = {
            status: 'unavailable',
            reason: 'forbidden',
            detail: 'token lacks pull-requests: read',
          }),
      );
      expect(ruleOf(human, 'reviews.human-approval', unavailable).reason).toBe(
        'review evidence is unavailable (forbidden: token lacks pull-requests: read), so the rule cannot pass',
      );
      const missing = withInput((i) => (collected(i).pullRequests[0]!.missingReviews = ['ff'.repeat(32)]));
      expect(ruleOf(human, 'reviews.human-approval', missing).reason).toMatch(
        /#7 1 review record missing from the statement/,
      );
    });

    it('applies-to all-prs needs reviews collected for every commit', () => {
      const yaml = `${human}  applies-to: all-prs\n`;
      expect(ruleOf(yaml, 'reviews.human-approval').reason).toMatch(/collected for agent commits only/);
      const all = withInput((i) => {
        collected(i).scope = 'all-commits';
        collected(i).pullRequests.push(pullRequest(9, alice, [sha(9)], []));
      });
      expect(ruleOf(yaml, 'reviews.human-approval', all).reason).toMatch(/#9 no approval/);
    });

    it('minimum approvals counts distinct humans on the head', () => {
      const two = withInput((i) => {
        collected(i).pullRequests[0]!.reviews.push(review(7, carol, 'APPROVED', sha(2)));
        collected(i).pullRequests[1]!.reviews.push(review(8, alice, 'APPROVED', sha(4)));
      });
      expect(ruleOf('reviews:\n  min-approvals: 2\n', 'reviews.min-approvals', two).status).toBe('pass');
      const r = ruleOf('reviews:\n  min-approvals: 2\n', 'reviews.min-approvals');
      expect(r.status).toBe('fail');
      expect(r.reason).toMatch(/#7 1\/2 human approvals of head; no approval; #8 1\/2/);
    });
  });

  describe('protected paths', () => {
    it('agent-code: deny fails when an agent commit touches the path', () => {
      const r = ruleOf(
        'reviews:\n  protected-paths:\n    - paths: ["src/auth/**"]\n      agent-code: deny\n',
        'protected-paths.agent-code',
      );
      expect(r.status).toBe('fail');
      expect(r.reason).toBe(
        `agent code in paths where it is not allowed: ${sha(2).slice(0, 7)} touches src/auth/login.ts`,
      );
      expect(r.pointers).toEqual([
        { kind: 'commit', value: sha(2), url: `${REPO}/commit/${sha(2)}` },
        { kind: 'path', value: 'src/auth/login.ts' },
      ]);
      expect(
        ruleOf(
          'reviews:\n  protected-paths:\n    - paths: ["infra/**"]\n      agent-code: deny\n',
          'protected-paths.agent-code',
        ).status,
      ).toBe('pass');
    });

    it('min-approvals on protected paths', () => {
      const yaml = 'reviews:\n  protected-paths:\n    - paths: ["src/auth/**"]\n      min-approvals: 2\n';
      const r = ruleOf(yaml, 'protected-paths.approvals');
      expect(r.status).toBe('fail');
      expect(r.reason).toMatch(/^agent code in src\/auth\/\*\* needs 2 human approvals: #7 1\/2/);
      expect(r.pointers[0]).toEqual({ kind: 'path', value: 'src/auth/login.ts' });
      const two = withInput((i) =>
        collected(i).pullRequests[0]!.reviews.push(review(7, carol, 'APPROVED', sha(2))),
      );
      expect(ruleOf(yaml, 'protected-paths.approvals', two).status).toBe('pass');
    });

    it("fails closed when an agent commit's full path list is not recorded, yet still names a proven hit", () => {
      const riskOnly = withInput((i) => i.commits.forEach((c) => delete c.paths));
      const r = ruleOf(
        'reviews:\n  protected-paths:\n    - paths: ["infra/**"]\n      agent-code: deny\n',
        'protected-paths.agent-code',
        riskOnly,
      );
      expect(r.status).toBe('fail');
      expect(r.reason).toMatch(
        /^the attestation does not record every path of \d+ agent commit\(s\), so protected paths cannot be checked/,
      );
      expect(r.pointers[0]).toMatchObject({ kind: 'commit' });
      // A hit the recorded risk paths prove is reported as the hit itself.
      expect(
        ruleOf(
          'reviews:\n  protected-paths:\n    - paths: ["src/auth/**"]\n      agent-code: deny\n',
          'protected-paths.agent-code',
          riskOnly,
        ).reason,
      ).toMatch(/^agent code in paths where it is not allowed/);
      expect(
        ruleOf(
          'reviews:\n  protected-paths:\n    - paths: ["infra/**"]\n      min-approvals: 2\n',
          'protected-paths.approvals',
          riskOnly,
        ).status,
      ).toBe('fail');
    });
  });

  describe('AI config surfaces', () => {
    const hooks = (commits: string[], change = 'added') =>
      withInput((i) => {
        i.surfaces = [
          {
            path: '.claude/settings.json',
            tool: 'claude-code',
            change,
            capabilities: ['EXEC', 'ENV'],
            commits,
            commitsOmitted: 0,
            risk: 'high',
          },
          {
            path: 'AGENTS.md',
            tool: 'agents-md',
            change: 'modified',
            capabilities: ['INSTR'],
            commits: [sha(3)],
            commitsOmitted: 0,
            risk: 'low',
          },
        ];
      });

    it('executable changes denied', () => {
      expect(ruleOf('surfaces: { executable-changes: deny }\n', 'surfaces.executable-changes')).toMatchObject(
        { status: 'pass', reason: 'no executable AI config changes' },
      );
      const r = ruleOf(
        'surfaces: { executable-changes: deny }\n',
        'surfaces.executable-changes',
        hooks([sha(1)]),
      );
      expect(r).toMatchObject({
        status: 'fail',
        reason: '1 executable AI config change denied: .claude/settings.json (claude-code: EXEC+ENV)',
      });
      expect(r.pointers).toEqual([
        { kind: 'path', value: '.claude/settings.json' },
        { kind: 'commit', value: sha(1), url: `${REPO}/commit/${sha(1)}` },
      ]);
      expect(
        ruleOf(
          'surfaces: { executable-changes: deny }\n',
          'surfaces.executable-changes',
          hooks([sha(1)], 'deleted'),
        ).status,
      ).toBe('pass');
    });

    it('executable changes allowed only with review', () => {
      const reviewed = ruleOf(
        'surfaces: { executable-changes: review }\n',
        'surfaces.executable-changes',
        hooks([sha(1)]),
      );
      expect(reviewed).toMatchObject({
        status: 'pass',
        reason: '1 executable AI config change, each through a human-approved pull request',
      });
      const direct = hooks([sha(6)]);
      collected(direct).commitsWithoutPullRequest = [sha(6)];
      const r = ruleOf('surfaces: { executable-changes: review }\n', 'surfaces.executable-changes', direct);
      expect(r.status).toBe('fail');
      expect(r.reason).toMatch(/came through no pull request/);
      const stale = hooks([sha(1)]);
      collected(stale).pullRequests[0]!.reviews = [review(7, alice, 'APPROVED', sha(1))];
      expect(
        ruleOf('surfaces: { executable-changes: review }\n', 'surfaces.executable-changes', stale).reason,
      ).toMatch(/#7 stale approval/);
      expect(
        ruleOf('surfaces: { executable-changes: review }\n', 'surfaces.executable-changes', hooks([])).reason,
      ).toMatch(/with no \(or not every\) recorded commit/);
    });

    it('instruction and high-risk changes', () => {
      expect(
        ruleOf('surfaces: { instruction-changes: deny }\n', 'surfaces.instruction-changes', hooks([sha(1)]))
          .reason,
      ).toMatch(/AGENTS\.md/);
      expect(
        ruleOf('surfaces: { instruction-changes: review }\n', 'surfaces.instruction-changes', hooks([sha(1)]))
          .status,
      ).toBe('pass');
      expect(
        ruleOf('surfaces: { high-risk-changes: deny }\n', 'surfaces.high-risk-changes', hooks([sha(1)]))
          .status,
      ).toBe('fail');
      expect(ruleOf('surfaces: { high-risk-changes: deny }\n', 'surfaces.high-risk-changes').status).toBe(
        'pass',
      );
    });
  });

  describe('commit-time tags', () => {
    const tags = 'agents:\n  require-commit-tags: true\n';
    const tagged = (...ns: number[]) =>
      withInput((i) => {
        for (const c of i.commits) if (ns.includes(parseInt(c.sha.slice(0, 2), 16))) c.tagged = true;
      });

    it('require-commit-tags: every counted agent commit carries the tag, else the gap is named', () => {
      const r = ruleOf(tags, 'agents.commit-tags', tagged(1, 3));
      expect(r).toMatchObject({ status: 'fail', code: 'COMMIT_TAG_MISSING' });
      expect(r.reason).toBe(
        `2 agent commits of 4 carry no commit-time tag (install the hook where they are made: agent-attest hooks install): ${sha(2).slice(0, 7)} (claude-code); ${sha(4).slice(0, 7)} (cursor)`,
      );
      expect(r.pointers.map((p) => p.value)).toEqual([sha(2), sha(4)]);
      expect(ruleOf(tags, 'agents.commit-tags', tagged(1, 2, 3, 4))).toMatchObject({
        status: 'pass',
        reason: '4 agent commits, each tagged at commit time',
      });
      // Commits whose evidence does not count are unknown, not agent commits: no tag needed.
      const strict = 'agents:\n  require-commit-tags: true\n  min-evidence-strength: declared\n';
      expect(ruleOf(strict, 'agents.commit-tags', tagged(1, 2, 3)).status).toBe('pass');
      expect(evaluate('agents:\n  require-commit-tags: false\n').rules).toEqual([]);
    });

    it('a declared review requirement needs a human approval of the final head, whatever the policy says', () => {
      const declared = (change: (i: PolicyInput) => void = () => {}) =>
        withInput((i) => {
          i.commits[0]!.tagged = true;
          i.commits[0]!.reviewRequired = ['security-review-required'];
          change(i);
        });
      // PR #7 (commits 1 and 2) is approved by alice on its head.
      expect(ruleOf('', 'reviews.declared', declared())).toMatchObject({
        status: 'pass',
        reason: '1 pull request, each with a human approval of the final head',
      });
      const stale = declared(
        (i) => (collected(i).pullRequests[0]!.reviews = [review(7, alice, 'APPROVED', sha(1))]),
      );
      const r = ruleOf('', 'reviews.declared', stale);
      expect(r).toMatchObject({ status: 'fail', code: 'DECLARED_REVIEW_MISSING' });
      expect(r.reason).toBe(
        `the declared review requirement of ${sha(1).slice(0, 7)} (security-review-required) is not met: #7 stale approval (of ${sha(1).slice(0, 7)}, head is ${sha(2).slice(0, 7)})`,
      );
      expect(r.pointers[0]).toEqual({ kind: 'commit', value: sha(1), url: `${REPO}/commit/${sha(1)}` });
      const direct = declared((i) => {
        collected(i).pullRequests.shift();
        collected(i).commitsWithoutPullRequest.push(sha(1));
      });
      expect(ruleOf('', 'reviews.declared', direct).reason).toMatch(/came through no pull request$/);
      const unavailable = declared((i) => (i.reviews = { status: 'unavailable', reason: 'no-token' }));
      expect(ruleOf('', 'reviews.declared', unavailable)).toMatchObject({
        status: 'fail',
        code: 'DECLARED_REVIEW_MISSING',
        reason: expect.stringMatching(
          /^the declared review requirement of .* cannot be checked: review evidence is unavailable \(no-token\)/,
        ),
      });
      expect(evaluate('reviews:\n  declared-reviews: ignore\n', stale).rules).toEqual([]);
      // No commit declares one: the rule does not appear.
      expect(evaluate('').rules).toEqual([]);
    });
  });

  it('fails closed when the statement left entries out to bound its size', () => {
    const trimmed = withInput((i) => (i.omittedCommits = 3));
    expect(ruleOf('agents:\n  denied-agents: [devin]\n', 'agents.denied', trimmed).reason).toMatch(
      /left out 3 agent commits to bound its size/,
    );
    expect(
      ruleOf('surfaces: { executable-changes: deny }\n', 'surfaces.executable-changes', trimmed).status,
    ).toBe('pass');
    const fewerSurfaces = withInput((i) => (i.omittedSurfaces = 1));
    expect(
      ruleOf('surfaces: { executable-changes: deny }\n', 'surfaces.executable-changes', fewerSurfaces).status,
    ).toBe('fail');
    const manyCommits = withInput((i) => {
      i.surfaces = [
        {
          path: '.mcp.json',
          tool: 'claude-code',
          change: 'modified',
          capabilities: ['MCP'],
          commits: [sha(1)],
          commitsOmitted: 60,
        },
      ];
    });
    expect(
      ruleOf('surfaces: { executable-changes: review }\n', 'surfaces.executable-changes', manyCommits).reason,
    ).toMatch(/not every\) recorded commit/);
  });

  it('a statement with problems fails whatever the rules say', () => {
    const broken = withInput((i) => i.problems.push('review dependency x does not match its digest'));
    const d = evaluatePolicy(policy(''), broken, { now: NOW });
    expect(d.pass).toBe(false);
    expect(d.rules[0]).toMatchObject({ id: 'statement.readable', status: 'fail' });
  });

  it('is pure: the same input gives the same decision', () => {
    const yaml = 'agents:\n  allowed-agents: [claude-code]\nreviews:\n  require-human-review: true\n';
    const input = baseInput();
    const before = JSON.stringify(input);
    expect(evaluate(yaml, input)).toEqual(evaluate(yaml, input));
    expect(JSON.stringify(input)).toBe(before);
  });
});
