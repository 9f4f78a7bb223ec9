import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadPolicyFile,
  parsePolicy,
  PolicyValidationError,
  MAX_POLICY_BYTES,
} from '../../src/core/policy/index.js';
import { isAgentAttestError } from '../../src/core/errors.js';
import { AGENT_IDS } from '../../src/core/attribution/types.js';
import policySchema from '../../docs/policy.schema.json' with { type: 'json' };

/** The first issue of a policy that must not load. */
function rejected(text: string | Uint8Array) {
  try {
    parsePolicy(text, 'policy.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyValidationError);
    const err = e as PolicyValidationError;
    expect(err.code).toBe('POLICY_INVALID');
    expect(err.exitCode).toBe(2);
    expect(err.message).not.toContain('\n');
    return err;
  }
  throw new Error('policy was accepted');
}

describe('policy schema', () => {
  it('knows exactly the agent ids attribution produces', () => {
    expect(policySchema.$defs.agentId.enum).toEqual([...AGENT_IDS]);
  });

  it('rejects unknown keys in every object', () => {
    const objects: unknown[] = [];
    const walk = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object') objects.push(n);
      Object.values(n).forEach(walk);
    };
    walk(policySchema);
    expect(objects.length).toBeGreaterThan(8);
    for (const o of objects)
      expect((o as { additionalProperties?: unknown }).additionalProperties).toBe(false);
  });
});

describe('policy loading', () => {
  it('accepts a full policy and normalises it', () => {
    const loaded = parsePolicy(
      [
        'version: 1',
        'identity:',
        '  signer-workflows:',
        '    - workflow: octo/app/.github/workflows/release.yml',
        '      refs: [refs/heads/main, refs/tags/v*]',
        '  repository: { name: octo/app, id: 123 }',
        '  owner: { id: "456" }',
        '  source-refs: [refs/heads/main]',
        '  runner-environment: github-hosted',
        'freshness: { max-age: 30d }',
        'agents:',
        '  allowed-agents: [claude-code]',
        '  max-agent-share: 40%',
        '  min-evidence-strength: declared',
        '  unknown: count-as-agent',
        'reviews:',
        '  require-human-review: true',
        '  protected-paths:',
        '    - paths: ["src/auth/**"]',
        '      min-approvals: 2',
        'surfaces: { executable-changes: review }',
        '',
      ].join('\n'),
    );
    expect(loaded.source).toBe('file');
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    const p = loaded.policy;
    expect(p.identity.repository).toEqual({ name: 'octo/app', id: '123' });
    expect(p.identity.owner).toEqual({ name: undefined, id: '456' });
    expect(p.freshness.maxAgeSeconds).toBe(30 * 86_400);
    expect(p.agents.maxAgentShare).toBeCloseTo(0.4);
    expect(p.agents.minStrength).toBe('declared');
    expect(p.agents.unknown).toBe('count-as-agent');
    expect(p.reviews.requireHumanReview).toBe(true);
    expect(p.reviews.minApprovals).toBeUndefined();
    expect(p.reviews.protectedPaths).toEqual([
      { paths: ['src/auth/**'], minApprovals: 2, agentCode: 'allow' },
    ]);
    expect(p.surfaces).toEqual({
      executableChanges: 'review',
      instructionChanges: 'allow',
      highRiskChanges: 'allow',
    });
  });

  it('hashes the exact bytes of the file', () => {
    const a = parsePolicy('version: 1\n');
    const b = parsePolicy('version: 1 # same policy, other bytes\n');
    expect(a.sha256).not.toBe(b.sha256);
    expect(a.sha256).toBe(createHash('sha256').update('version: 1\n').digest('hex'));
  });

  it('names an unknown key with its line and column and suggests the key meant', () => {
    const err = rejected('version: 1\nagents:\n  alowed-agents: [claude-code]\n');
    expect(err.issues[0]).toMatchObject({ file: 'policy.yml', line: 3, col: 3 });
    expect(err.message).toBe(
      'policy.yml:3:3: unknown key `alowed-agents` in `agents` — did you mean `allowed-agents`?',
    );
  });

  it('lists the allowed keys when no key is close', () => {
    const err = rejected('version: 1\nzzzzzzzz: true\n');
    expect(err.message).toMatch(
      /^policy\.yml:2:1: unknown key `zzzzzzzz` at the top level — allowed keys: version, identity,/,
    );
  });

  it('reports every problem, in file order', () => {
    const err = rejected('version: 2\nagents:\n  unknown: human\nreviews:\n  require-human-review: yes\n');
    expect(err.issues.map((i) => [i.line, i.col])).toEqual([
      [1, 10],
      [3, 12],
      [5, 25],
    ]);
    expect(err.issues[0]!.message).toBe('`version` must be 1 — write `version: 1`');
    expect(err.issues[1]!.message).toMatch(
      /`agents.unknown`: `human` is not allowed — use one of allow, count-as-agent, deny/,
    );
    expect(err.issues[2]!.message).toMatch(/must be a boolean, not `yes` — write `true` or `false`/);
    expect(err.message).toMatch(/\(and 2 more problems\)$/);
    expect(err.describe().split('\n')).toHaveLength(3);
  });

  it('suggests the enum value meant', () => {
    const err = rejected('version: 1\nagents:\n  denied-agents: [claude-cod]\n');
    expect(err.message).toBe(
      'policy.yml:3:19: `agents.denied-agents.0`: `claude-cod` is not allowed — did you mean `claude-code`?',
    );
  });

  it('explains malformed values with the fix', () => {
    expect(rejected('version: 1\nfreshness:\n  max-age: 30 days\n').message).toMatch(
      /^policy\.yml:3:12: `freshness.max-age`: `30 days` is not valid — write a duration such as `30d`/,
    );
    expect(rejected('version: 1\nagents:\n  max-agent-share: 1.5\n').message).toMatch(
      /^policy\.yml:3:20: `agents.max-agent-share`: `1.5` is not valid — write a number from 0 to 1/,
    );
    expect(
      rejected(
        'version: 1\nidentity:\n  signer-workflows:\n    - workflow: octo/app/.github/workflows/r.yml@refs/heads/main\n',
      ).message,
    ).toMatch(/^policy\.yml:4:17: .*put the ref under `refs`/);
    expect(rejected('version: 1\nidentity:\n  repository: {}\n').message).toMatch(
      /`identity.repository` is incomplete — set `name: OWNER\/REPO`/,
    );
    expect(rejected('version: 1\nreviews:\n  protected-paths:\n    - paths: [a/**]\n').message).toMatch(
      /give `paths` and `min-approvals` and\/or `agent-code: deny`/,
    );
  });

  it('requires version', () => {
    expect(rejected('agents: {}\n').message).toBe(
      'policy.yml:1:1: missing `version` — add `version: 1` as the first line',
    );
  });

  describe('hostile files', () => {
    it('rejects an empty file and a non-mapping root', () => {
      expect(rejected('').message).toMatch(/the policy is empty/);
      expect(rejected('# nothing\n').message).toMatch(/the policy is empty/);
      expect(rejected('- version: 1\n').message).toMatch(/^policy\.yml:1:1: the policy must be a mapping/);
      expect(rejected('"just a string"\n').message).toMatch(/must be a mapping/);
    });

    it('rejects duplicate keys', () => {
      const err = rejected('version: 1\nagents:\n  unknown: allow\n  unknown: deny\n');
      expect(err.message).toMatch(
        /^policy\.yml:4:3: invalid YAML: Map keys must be unique — keep one of the two keys$/,
      );
    });

    it('rejects tags, known and unknown', () => {
      expect(rejected('version: 1\nagents: !!js/function "x"\n').message).toMatch(
        /^policy\.yml:2:9: invalid YAML: .*remove the tag/,
      );
      expect(rejected('version: !!int 1\n').message).toMatch(
        /^policy\.yml:1:10: YAML tag tag:yaml.org,2002:int is not allowed/,
      );
      expect(rejected('version: 1\nagents: !custom {}\n').message).toMatch(/remove the tag/);
    });

    it('rejects alias bombs', () => {
      const bomb = [
        'version: 1',
        'a: &a ["x","x","x","x","x","x","x","x","x"]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      ].join('\n');
      expect(rejected(bomb).message).toMatch(/alias|Excessive/i);
    });

    it('rejects undefined aliases', () => {
      expect(rejected('version: 1\nagents: *nowhere\n').message).toMatch(/anchor|alias/i);
    });

    it('rejects deep nesting without overflowing the stack', () => {
      expect(rejected(`version: 1\nagents: ${'['.repeat(5000)}${']'.repeat(5000)}\n`).message).toMatch(
        /nested more than 16 levels|Maximum call stack|invalid YAML/,
      );
      expect(rejected(`version: 1\nx: ${'['.repeat(40)}1${']'.repeat(40)}\n`).message).toMatch(
        /nested more than 16 levels/,
      );
    });

    it('rejects huge files before parsing', () => {
      const huge = `version: 1\n# ${'x'.repeat(MAX_POLICY_BYTES)}\n`;
      expect(rejected(huge).message).toMatch(/a policy may be at most 131072/);
    });

    it('rejects more than one document and non-UTF-8 bytes', () => {
      expect(rejected('version: 1\n---\nversion: 1\n').message).toMatch(/one YAML document/);
      expect(rejected(new Uint8Array([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a])).message).toMatch(/not UTF-8/);
    });

    it('does not let __proto__ through', () => {
      const err = rejected('version: 1\n__proto__: { polluted: true }\n');
      expect(err.message).toMatch(/unknown key `__proto__`/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('loads files and fails clearly on a missing one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'policy-'));
    const file = path.join(dir, 'policy.yml');
    await writeFile(file, 'version: 1\nagents:\n  alowed-agents: []\n');
    await expect(loadPolicyFile(file)).rejects.toThrow(`${file}:3:3: unknown key`);
    await writeFile(file, 'version: 1\n');
    expect((await loadPolicyFile(file)).name).toBe(file);
    const missing = await loadPolicyFile(path.join(dir, 'nope.yml')).catch((e: unknown) => e);
    expect(isAgentAttestError(missing) && missing.code).toBe('FILE_NOT_FOUND');
  });
});
