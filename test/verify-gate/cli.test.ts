/**
 * `agent-attest verify` as the deploy gate, end to end: releases attested with the release-facts hook and
 * signed on the devstack, verified offline, judged by a policy (file or flags), their reviews fetched again
 * from the local GitHub API server (--online), and their bundles looked up there by digest (no --bundle).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/verify.js';
import { createGitHubClient } from '../../src/core/github/client.js';
import { uploadAttestation } from '../../src/core/github/attestations.js';
import { fakeIO } from '../verify/helpers.js';
import { HOSTILE_PATH, OWNER, REPO, startGateFixture, WORKFLOW, type GateFixture } from './fixture.js';

let f: GateFixture;

beforeAll(async () => {
  f = await startGateFixture();
}, 120_000);

afterAll(async () => {
  await f?.close();
});

/** The pinned signer and the devstack's root: what every call shares. */
const pinned = () => [
  '--signer-workflow',
  `${WORKFLOW}@refs/heads/main`,
  '--trusted-root',
  f.stack.trustedRootPath,
];

async function verify(args: string[]) {
  const io = fakeIO();
  const code = await run(args, io);
  return { code, out: io.out, err: io.err, json: () => JSON.parse(io.out) };
}

async function policyFile(name: string, yaml: string): Promise<string> {
  const file = path.join(f.root, name);
  await writeFile(file, yaml);
  return file;
}

describe('verify --policy FILE', () => {
  it('passes a reviewed release by an allowed agent, showing the decision and every rule', async () => {
    const policy = await policyFile(
      'reviewed.yml',
      'version: 1\nagents:\n  allowed-agents: [claude-code]\nreviews:\n  require-human-review: true\n',
    );
    const { clean } = f.releases;
    const r = await verify([clean.artifact, '--bundle', clean.bundle, ...pinned(), '--policy', policy]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/policy .*reviewed\.yml .*: PASS — 0 of 2 rules failed/);
    expect(r.out).toMatch(/ok +agents\.allowed/);
    expect(r.out).toMatch(/ok +reviews\.human-approval/);
    expect(r.out.split('\n')[0]).toMatch(
      /^PASS .*signature verified, signed by the expected signer, policy passed/,
    );
  });

  it('fails a release that adds an executable AI config surface, with the rule, reason and exit 1', async () => {
    const policy = await policyFile('surfaces.yml', 'version: 1\nsurfaces:\n  executable-changes: deny\n');
    const { hook } = f.releases;
    const r = await verify([hook.artifact, '--bundle', hook.bundle, ...pinned(), '--policy', policy]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL {2}surfaces\.executable-changes .*\.claude\/hooks\//);
    expect(r.out.split('\n')[0]).toBe(
      'FAIL  signature: all 1 artifact(s) verified; policy: 1 rule failure(s)',
    );

    const j = await verify([
      hook.artifact,
      '--bundle',
      hook.bundle,
      ...pinned(),
      '--policy',
      policy,
      '--format',
      'json',
    ]);
    expect(j.code).toBe(1);
    const doc = j.json();
    expect(doc).toMatchObject({ version: 1, decision: 'fail', ok: false, policy: { source: 'file' } });
    expect(doc.reasons[0]).toContain('surfaces.executable-changes');
    const verified = doc.artifacts[0].verified[0];
    expect(verified.policy).toMatchObject({ pass: false, summary: { fail: 1 } });
    expect(verified.policy.rules[0].pointers).toContainEqual({ kind: 'path', value: HOSTILE_PATH });
    // The verification part is still there, unchanged.
    expect(doc.artifacts[0].ok).toBe(true);
    expect(verified.signer.subjectAlternativeName).toContain(WORKFLOW);
  });

  it('refuses a bad policy file with exit 2 naming FILE:LINE:COL and the fix', async () => {
    const policy = await policyFile('bad.yml', 'version: 1\nagents:\n  alowed-agents: [claude-code]\n');
    const { clean } = f.releases;
    const r = await verify([clean.artifact, '--bundle', clean.bundle, ...pinned(), '--policy', policy]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.yml:3:3: unknown key `alowed-agents`.*allowed-agents/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('refuses --policy together with rule flags (one policy, never a silent merge)', async () => {
    const policy = await policyFile('one.yml', 'version: 1\n');
    const { clean } = f.releases;
    const r = await verify([
      clean.artifact,
      '--bundle',
      clean.bundle,
      ...pinned(),
      '--policy',
      policy,
      '--require-human-review',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('give --policy or the rule flags, not both');
  });
});

describe('verify with the plain rule flags', () => {
  it('passes with --allowed-agents and --require-human-review (JSON names the inputs policy)', async () => {
    const { clean } = f.releases;
    const r = await verify([
      clean.artifact,
      '--bundle',
      clean.bundle,
      ...pinned(),
      '--allowed-agents',
      'claude-code,codex',
      '--require-human-review',
      '--max-agent-share',
      '100%',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc).toMatchObject({
      decision: 'pass',
      ok: true,
      reasons: [],
      policy: { source: 'inputs', name: 'inputs' },
    });
    const rules = doc.artifacts[0].verified[0].policy.rules.map(
      (x: { id: string; status: string }) => `${x.id}:${x.status}`,
    );
    expect(rules).toEqual(['agents.allowed:pass', 'agents.max-share:pass', 'reviews.human-approval:pass']);
  });

  it('fails --denied-agents, --denied-models and --deny-executable-surfaces with a reason each', async () => {
    const { hook } = f.releases;
    const r = await verify([
      hook.artifact,
      '--bundle',
      hook.bundle,
      ...pinned(),
      '--denied-agents',
      'claude-code',
      '--denied-models',
      'claude-opus-*',
      '--deny-executable-surfaces',
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL {2}agents\.denied/);
    expect(r.out).toMatch(/FAIL {2}models\.denied .*claude-opus-4-5/);
    expect(r.out).toMatch(/FAIL {2}surfaces\.executable-changes/);
  });

  it('refuses a malformed flag value with exit 2 naming the input', async () => {
    const { clean } = f.releases;
    const r = await verify([
      clean.artifact,
      '--bundle',
      clean.bundle,
      ...pinned(),
      '--min-evidence-strength',
      'strong',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('min-evidence-strength');
  });
});

describe('verify without --bundle: the attestations GitHub holds for the digest', () => {
  beforeAll(async () => {
    const client = createGitHubClient({ apiUrl: f.github.url, token: 'gate-token', backoffUnitMs: 1 });
    const bundle = JSON.parse(
      await import('node:fs/promises').then((fs) => fs.readFile(f.releases.clean.bundle, 'utf8')),
    );
    await uploadAttestation(client, { owner: OWNER, repo: REPO, bundle });
  });

  const lookup = (artifact: string, where: string[]) =>
    verify([artifact, ...where, ...pinned(), '--github-api-url', f.github.url, '--format', 'json']);

  it.each(['inline', 'bundle_url'] as const)(
    'finds and verifies the repository attestation (%s)',
    async (style) => {
      f.github.attestationStyle = style;
      const r = await lookup(f.releases.clean.artifact, ['--repository', `${OWNER}/${REPO}`]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const doc = r.json();
      expect(doc.attestations).toEqual({ source: `${OWNER}/${REPO}`, found: 1 });
      expect(doc.artifacts[0].verified[0].bundle).toEqual({
        path: `${OWNER}/${REPO} attestations`,
        index: 0,
      });
    },
  );

  it("finds it in the owner's attestations", async () => {
    const r = await lookup(f.releases.clean.artifact, ['--owner', OWNER]);
    expect(r.code).toBe(0);
    expect(r.json().attestations).toEqual({ source: OWNER, found: 1 });
  });

  it('fails (exit 1) with a clear reason when GitHub holds none for the digest', async () => {
    const r = await lookup(f.releases.hook.artifact, ['--repository', `${OWNER}/${REPO}`]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /GitHub holds no attestation for .*hook\.tgz in the attestations of octo-org\/octo-repo; pass --bundle FILE/,
    );
    expect(r.json()).toMatchObject({ decision: 'fail', error: { code: 'VERIFICATION_FAILED' } });
  });

  it('is a usage error with neither --bundle nor --repository/--owner', async () => {
    const r = await verify([
      f.releases.clean.artifact,
      '--signer-workflow',
      WORKFLOW,
      '--trusted-root',
      f.stack.trustedRootPath,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no bundle given; pass --bundle FILE, or --repository OWNER/REPO');
  });
});

describe('verify --online: the attested reviews, fetched again', () => {
  const online = () => {
    const { clean } = f.releases;
    return verify([
      clean.artifact,
      '--bundle',
      clean.bundle,
      ...pinned(),
      '--online',
      '--github-api-url',
      f.github.url,
    ]);
  };

  it('passes while GitHub still holds the attested reviews', async () => {
    const r = await online();
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ok +reviews\.online +all 2 attested review\(s\) unchanged on GitHub/);
  });

  it('fails on an edited review, pointing at it', async () => {
    f.github.updateReview(OWNER, REPO, 11, { body: 'LGTM (edited after the release)' });
    const r = await online();
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL {2}reviews\.online .*review 11 on #1 changed \(bodySha256; now APPROVED\)/);
    expect(r.out).toMatch(/review 11 \S*\/octo-org\/octo-repo\/pull\/1#pullrequestreview-11/);
  });

  it('fails on a dismissed review, and in JSON lists what changed', async () => {
    f.github.updateReview(OWNER, REPO, 12, { state: 'DISMISSED' });
    const { clean } = f.releases;
    const r = await verify([
      clean.artifact,
      '--bundle',
      clean.bundle,
      ...pinned(),
      '--online',
      '--github-api-url',
      f.github.url,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const doc = r.json();
    expect(doc).toMatchObject({ decision: 'fail', online: true });
    const check = doc.artifacts[0].verified[0].online;
    expect(check.status).toBe('checked');
    expect(check.changed.map((c: { id: number; fields: string[] }) => [c.id, c.fields])).toEqual([
      [11, ['bodySha256']],
      [12, ['state']],
    ]);
    expect(doc.reasons[0]).toContain('review 12 on #1 changed (state; now DISMISSED)');
  });

  it('fails on a vanished review', async () => {
    f.github.deleteReview(OWNER, REPO, 12);
    const r = await online();
    expect(r.code).toBe(1);
    expect(r.out).toContain('review 12 on #1 vanished');
  });
});
