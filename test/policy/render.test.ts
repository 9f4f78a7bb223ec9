import { describe, expect, it } from 'vitest';
import {
  policyFromInputs,
  policyResult,
  renderDecisionMarkdown,
  renderDecisionText,
  POLICY_RESULT_SCHEMA,
} from '../../src/core/policy/index.js';
import type { Decision } from '../../src/core/policy/types.js';
import { isAgentAttestError } from '../../src/core/errors.js';
import { ACTION_NAMES } from '../../src/core/gate/options.js';

const hostile =
  'x | y <img src=x onerror=alert(1)> & `code` **bold** [link](javascript:alert(1))\n# heading\u001b[31m';

const decision: Decision = {
  pass: false,
  rules: [
    { id: 'agents.allowed', status: 'pass', reason: '2 agent commits', pointers: [] },
    {
      id: 'reviews.human-approval',
      status: 'fail',
      reason: `#7 stale approval; path ${hostile}`,
      pointers: [
        { kind: 'pr', value: '#7', url: 'https://github.com/octo/app/pull/7' },
        { kind: 'path', value: hostile },
        { kind: 'commit', value: 'ab'.repeat(20), url: 'javascript:alert(1)' },
      ],
    },
  ],
};
const loaded = { source: 'file' as const, name: 'policy<x>.yml', sha256: 'cd'.repeat(32) };

describe('renderers', () => {
  it('Markdown escapes every untrusted string and links only http(s) URLs', () => {
    const md = renderDecisionMarkdown(decision, loaded);
    expect(md.startsWith('### Policy: ❌ **fail** — 1 of 2 rules failed')).toBe(true);
    const failRow = md.split('\n').find((l) => l.includes('reviews.human-approval'))!;
    // One table row: newlines folded, no raw HTML, no cell-splitting pipe, no backtick code, no live link.
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(4);
    expect(failRow).not.toMatch(/<img|<\/?script|javascript:alert\(1\)"/);
    expect(failRow).not.toContain(String.fromCharCode(27));
    expect(failRow).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(failRow.split(/(?<!\\)\|/).length).toBe(6);
    expect(failRow).toContain('<a href="https://github.com/octo/app/pull/7"><code>#7</code></a>');
    expect(failRow).not.toContain('href="javascript');
    expect(md).toContain('<code>policy&lt;x&gt;.yml</code>');
    // Failing rules first.
    expect(md.indexOf('reviews.human-approval')).toBeLessThan(md.indexOf('agents.allowed'));
  });

  it('text strips control characters and lists failing pointers', () => {
    const text = renderDecisionText(decision, loaded);
    expect(text).not.toContain('\u001b');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('policy policy<x>.yml (sha256 cdcdcdcdcdcd…): FAIL — 1 of 2 rules failed');
    expect(lines[1]).toMatch(/^ {2}FAIL {2}reviews\.human-approval/);
    expect(lines[2]).toBe('          pr #7 https://github.com/octo/app/pull/7');
    expect(lines.at(-1)).toMatch(/^ {2}ok {4}agents\.allowed/);
  });

  it('JSON result names the policy and counts', () => {
    const json = policyResult(decision, loaded);
    expect(json).toEqual({
      schema: POLICY_RESULT_SCHEMA,
      pass: false,
      policy: { source: 'file', name: 'policy<x>.yml', sha256: 'cd'.repeat(32) },
      summary: { pass: 1, fail: 1, skip: 0 },
      rules: decision.rules,
    });
  });
});

describe('policyFromInputs', () => {
  it('is undefined when nothing is set; a given but empty value is an error, never a dropped rule', () => {
    expect(policyFromInputs({})).toBeUndefined();
    expect(policyFromInputs({ requireHumanReview: 'false', denyExecutableSurfaces: false })).toBeUndefined();
    for (const empty of [
      { allowedAgents: ' ' },
      { deniedModels: ',\n,' },
      { deniedAgents: [] },
      { maxAge: '' },
    ])
      expect(() => policyFromInputs(empty)).toThrow(/is (an )?empty/);
  });

  it('builds the same policy a file would', () => {
    const loaded = policyFromInputs({
      requireHumanReview: 'true',
      allowedAgents: 'claude-code,\ncopilot-coding-agent',
      deniedModels: ['*-preview'],
      minEvidenceStrength: 'declared',
      maxAgentShare: '0.5',
      unknown: 'count-as-agent',
      denyExecutableSurfaces: 'true',
      minApprovals: '2',
      maxAge: '30d',
    })!;
    expect(loaded.source).toBe('inputs');
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.document).toEqual({
      version: 1,
      agents: {
        'allowed-agents': ['claude-code', 'copilot-coding-agent'],
        'denied-models': ['*-preview'],
        'min-evidence-strength': 'declared',
        'max-agent-share': 0.5,
        unknown: 'count-as-agent',
      },
      reviews: { 'require-human-review': true, 'min-approvals': 2 },
      surfaces: { 'executable-changes': 'deny' },
      freshness: { 'max-age': '30d' },
    });
    expect(loaded.policy.agents.maxAgentShare).toBe(0.5);
    expect(loaded.policy.surfaces.executableChanges).toBe('deny');
    expect(policyFromInputs({ maxAgentShare: '40%' })!.policy.agents.maxAgentShare).toBeCloseTo(0.4);
    expect(policyFromInputs({ executableSurfaces: 'review' })!.policy.surfaces.executableChanges).toBe(
      'review',
    );
  });

  it('names the input that is wrong, as the front end spells it', () => {
    const bad = (inputs: Parameters<typeof policyFromInputs>[0]) => {
      try {
        policyFromInputs(inputs, ACTION_NAMES);
      } catch (e) {
        expect(isAgentAttestError(e) && e.exitCode).toBe(2);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    expect(bad({ allowedAgents: 'claude' })).toMatch(/^input 'allowed-agents' must list known agent ids/);
    expect(bad({ requireHumanReview: 'yes' })).toBe(
      "input 'require-human-review' is `yes` — write true or false",
    );
    expect(bad({ maxAgentShare: '2' })).toMatch(/^input 'max-agent-share' must be a number from 0 to 1/);
    expect(bad({ minEvidenceStrength: 'strong' })).toMatch(/^input 'min-evidence-strength' must be/);
    expect(bad({ minApprovals: 'two' })).toMatch(/^input 'min-approvals' is `two`/);
    expect(bad({ maxAge: '1 month' })).toMatch(/^input 'max-age' must be a duration/);
    expect(() => policyFromInputs({ maxAge: '1 month' })).toThrow(/^--max-age must be a duration/);
    expect(bad({ denyExecutableSurfaces: true, executableSurfaces: 'allow' })).toMatch(/conflicts/);
  });
});
