/**
 * End to end: a real git repository with agent commits, pull requests and reviews on the local GitHub API
 * server, attested through the attest engine (facts hook wired to attribution, surfaces and reviews), signed on
 * the devstack, verified offline, then judged by a policy — each rule with a passing and a failing release.
 *
 * The facts hook below wires the engines' public APIs together as the action will (scan → surfaces → reviews →
 * extension); it is the test's own wiring because the action's hook is not a library export.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attest, type CollectedFacts, type FactsContext } from '../../src/core/attest/index.js';
import { readEnvironment } from '../../src/core/config.js';
import { createGitHubClient } from '../../src/core/github/client.js';
import { uploadAttestation } from '../../src/core/github/attestations.js';
import { collectReviewEvidence, toProvenance as reviewProvenance } from '../../src/core/github/reviews.js';
import { toProvenance as extensionProvenance } from '../../src/core/extension/provenance.js';
import {
  evaluatePolicy,
  parsePolicy,
  policyInputFromVerified,
  policyResult,
  renderDecisionMarkdown,
  type Decision,
} from '../../src/core/policy/index.js';
import { queryBundleFiles, queryGitHubAttestations } from '../../src/core/query/index.js';
import { scanRange } from '../../src/core/scan/scan.js';
import { isAgentCommit } from '../../src/core/scan/totals.js';
import { detectSurfaceChanges } from '../../src/core/surfaces/index.js';
import { verifyArtifacts } from '../../src/core/verify/index.js';
import { run as runQuery } from '../../src/cli/commands/query.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { startGitHubServer, type GitHubTestServer } from '../support/github-server.js';
import { GitRepo } from '../support/gitrepo.js';
import { fakeIO } from '../verify/helpers.js';

const OWNER = 'octo-org';
const REPO = 'octo-repo';
const REPO_URL = `https://github.com/${OWNER}/${REPO}`;
const WORKFLOW = `${OWNER}/${REPO}/.github/workflows/release.yml`;
const CLAUDE = 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>';
const SESSION_HOOK = JSON.stringify({
  hooks: { SessionStart: [{ hooks: [{ type: 'command', command: 'node .github/setup.js' }] }] },
});
const FAST = { timeoutMs: 5_000, retries: 2, minRetryDelayMs: 5, maxRetryDelayMs: 20 };

let stack: TestDevstack;
let github: GitHubTestServer;
let repo: GitRepo;
let root: string;
const sha: Record<string, string> = {};
/** Release name → its bundle and artifact. */
const releases = new Map<string, { bundle: string; artifact: string }>();

/** The facts hook: attribution and surfaces (scan), reviews (GitHub layer), assembled by the extension module. */
async function collectFacts(ctx: FactsContext): Promise<CollectedFacts> {
  const scan = await scanRange({ repoPath: ctx.repoPath, base: ctx.options.base, head: ctx.options.head });
  const surfaces = await detectSurfaceChanges({
    repoPath: ctx.repoPath,
    base: scan.range.base ?? undefined,
    head: scan.range.head,
  });
  scan.surfaces = surfaces.findings;
  const surfaceCommits = new Set(surfaces.findings.flatMap((f) => f.commits));
  const agentCommits = new Set(scan.commits.filter(isAgentCommit).map((c) => c.sha));
  const client = createGitHubClient({ apiUrl: github.url, token: 'scenario-token', backoffUnitMs: 1 });
  const evidence = await collectReviewEvidence(client, {
    owner: OWNER,
    repo: REPO,
    commits: scan.commits.map((c) => c.sha),
    // Surface commits need review evidence too (a human may have pushed the hook).
    agentCommits: new Set([...agentCommits, ...surfaceCommits]),
  });
  const reviews = reviewProvenance(evidence);
  const { dependencies, extension } = extensionProvenance(scan, {
    repositoryUri: REPO_URL,
    reviews: reviews.extension,
  });
  return { dependencies: [...dependencies, ...reviews.dependencies], extension: { ...extension } };
}

async function release(name: string, base: string, head: string): Promise<void> {
  const ws = path.join(root, name);
  await mkdir(path.join(ws, 'dist'), { recursive: true });
  const artifact = path.join(ws, 'dist', `${name}.tgz`);
  await writeFile(artifact, `artifact of ${name}`);
  const env = readEnvironment({
    GITHUB_ACTIONS: 'true',
    ...stack.env,
    RUNNER_TEMP: ws,
    GITHUB_WORKSPACE: ws,
  });
  const bundle = path.join(ws, `${name}.sigstore.json`);
  await attest(
    {
      subjects: { paths: ['dist/*'] },
      sign: true,
      bundleOut: bundle,
      sigstore: stack.signingConfigPath,
      repoPath: repo.path,
      base,
      head,
      repository: `${OWNER}/${REPO}`,
      network: FAST,
    },
    { env, cwd: ws, collectFacts },
  );
  releases.set(name, { bundle, artifact });
}

/** Verify the release's bundle (signer pinned) and judge it with the policy. */
async function judge(name: string, policyYaml: string): Promise<Decision> {
  const r = releases.get(name)!;
  const report = await verifyArtifacts({
    artifacts: [r.artifact],
    bundlePaths: [r.bundle],
    trustedRoot: stack.trustedRootPath,
    identity: { signerWorkflow: `${WORKFLOW}@refs/heads/main` },
  });
  expect(report.ok, JSON.stringify(report.artifacts[0]?.failures)).toBe(true);
  const input = policyInputFromVerified(report.artifacts[0]!.verified[0]!);
  expect(input.problems).toEqual([]);
  return evaluatePolicy(parsePolicy(`version: 1\n${policyYaml}`).policy, input);
}

async function status(name: string, policyYaml: string, rule: string): Promise<string> {
  const d = await judge(name, policyYaml);
  const r = d.rules.find((x) => x.id === rule);
  expect(r, `${rule} in ${d.rules.map((x) => x.id).join(', ')}`).toBeDefined();
  expect(d.pass).toBe(r!.status !== 'fail');
  return r!.status;
}

beforeAll(async () => {
  stack = await startTestDevstack();
  root = await mkdtemp(path.join(tmpdir(), 'aa-policy-e2e-'));
  repo = await GitRepo.create();
  const human = { name: 'Bob Builder', email: 'bob@example.com' };
  const commit = async (key: string, message: string, files: Record<string, string>) =>
    (sha[key] = await repo.commit({ message, files, author: human }));

  await commit('init', 'init', { 'README.md': 'hello' });
  await repo.tag('v0');
  await commit('a1', `feat: app\n\n${CLAUDE}`, { 'src/app.ts': 'export const a = 1;' });
  await repo.tag('v1');
  await commit('a2', `feat: feature\n\n${CLAUDE}`, { 'src/feature.ts': 'export const f = 1;' });
  await commit('a3', `fix: feature\n\n${CLAUDE}`, { 'src/feature.ts': 'export const f = 2;' });
  await repo.tag('v2');
  await commit('a4', `feat: more\n\n${CLAUDE}`, { 'src/more.ts': 'export const m = 1;' });
  await repo.tag('v3');
  await commit('a5', `feat: login\n\n${CLAUDE}`, { 'src/auth/login.ts': 'export const login = 1;' });
  await repo.tag('v4');
  await commit('h1', 'chore: editor setup', {
    '.claude/settings.json': SESSION_HOOK,
    '.github/setup.js': 'void 0;',
  });
  await repo.tag('v5');
  await commit('h2', 'docs: readme', { 'README.md': 'hello again' });
  await repo.tag('v6');
  await commit('h3', 'chore: reviewed hook', {
    '.claude/settings.json': SESSION_HOOK.replace('setup', 'init'),
  });
  await repo.tag('v7');
  // Tagged at commit time (the hook's trailers, the Agent-Authored convention), each declaring a review requirement.
  await commit('t1', 'feat: tagged\n\nAgent: claude-code (env CLAUDECODE=1)\nAgent-Review: required', {
    'src/tagged.ts': 'export const t = 1;',
  });
  await repo.tag('v8');
  await commit(
    't2',
    'fix: tagged\n\nAgent-Authored: Copilot, model=gpt-4-turbo, policy=security-review-required',
    {
      'src/tagged.ts': 'export const t = 2;',
    },
  );
  await repo.tag('v9');

  const at = (m: number) => `2026-11-19T10:${String(m).padStart(2, '0')}:00Z`;
  github = await startGitHubServer({
    accounts: [
      { login: 'alice', id: 1001, type: 'User' },
      { login: 'bob', id: 1002, type: 'User' },
      { login: 'carol', id: 1003, type: 'User' },
      { login: 'review-helper[bot]', id: 5005, type: 'Bot' },
      { login: OWNER, id: 987654321, type: 'Organization' },
    ],
    repos: [
      {
        owner: OWNER,
        name: REPO,
        id: 123456789,
        pulls: [
          {
            number: 1,
            author: 'bob',
            headSha: sha.a1!,
            commits: [sha.a1!],
            reviews: [{ id: 11, user: 'alice', state: 'APPROVED', commitId: sha.a1!, submittedAt: at(1) }],
          },
          // Approved before the fix-up commit: the approval is of a2, the head is a3.
          {
            number: 2,
            author: 'bob',
            headSha: sha.a3!,
            commits: [sha.a2!, sha.a3!],
            reviews: [{ id: 21, user: 'alice', state: 'APPROVED', commitId: sha.a2!, submittedAt: at(2) }],
          },
          {
            number: 3,
            author: 'bob',
            headSha: sha.a4!,
            commits: [sha.a4!],
            reviews: [
              {
                id: 31,
                user: 'review-helper[bot]',
                state: 'APPROVED',
                commitId: sha.a4!,
                submittedAt: at(3),
              },
            ],
          },
          {
            number: 4,
            author: 'bob',
            headSha: sha.a5!,
            commits: [sha.a5!],
            reviews: [{ id: 41, user: 'alice', state: 'APPROVED', commitId: sha.a5!, submittedAt: at(4) }],
          },
          // The tagged commit's PR has only a comment: its declared review requirement is not met.
          {
            number: 8,
            author: 'bob',
            headSha: sha.t1!,
            commits: [sha.t1!],
            reviews: [{ id: 81, user: 'alice', state: 'COMMENTED', commitId: sha.t1!, submittedAt: at(8) }],
          },
          {
            number: 9,
            author: 'bob',
            headSha: sha.t2!,
            commits: [sha.t2!],
            reviews: [{ id: 91, user: 'carol', state: 'APPROVED', commitId: sha.t2!, submittedAt: at(9) }],
          },
          {
            number: 7,
            author: 'bob',
            headSha: sha.h3!,
            commits: [sha.h3!],
            reviews: [{ id: 71, user: 'carol', state: 'APPROVED', commitId: sha.h3!, submittedAt: at(7) }],
          },
        ],
      },
    ],
  });

  await release('reviewed', 'v0', 'v1');
  await release('stale', 'v1', 'v2');
  await release('bot-approved', 'v2', 'v3');
  await release('protected', 'v3', 'v4');
  await release('hook-pushed', 'v4', 'v5');
  await release('human-only', 'v5', 'v6');
  await release('hook-reviewed', 'v6', 'v7');
  await release('tagged-unreviewed', 'v7', 'v8');
  await release('tagged-reviewed', 'v8', 'v9');
}, 120_000);

afterAll(async () => {
  await Promise.all([stack?.close(), github?.close(), repo?.remove()]);
  if (root) await rm(root, { recursive: true, force: true });
});

describe('deploy gate scenarios', () => {
  const humanReview = 'reviews:\n  require-human-review: true\n';

  it('reviewed agent code passes; the decision points at the PR', async () => {
    const d = await judge(
      'reviewed',
      `${humanReview}agents:\n  allowed-agents: [claude-code]\n  allowed-models: ["claude-opus-*"]\n`,
    );
    expect(d.pass).toBe(true);
    expect(d.rules.find((r) => r.id === 'reviews.human-approval')!.pointers).toEqual([
      { kind: 'pr', value: '#1', url: `${github.url}/${OWNER}/${REPO}/pull/1` },
    ]);
    expect(renderDecisionMarkdown(d)).toContain('✅ **pass**');
  });

  it('a stale approval (of an older head) fails', async () => {
    const d = await judge('stale', humanReview);
    const r = d.rules.find((x) => x.id === 'reviews.human-approval')!;
    expect(r.status).toBe('fail');
    expect(r.reason).toContain(
      `#2 stale approval (of ${sha.a2!.slice(0, 7)}, head is ${sha.a3!.slice(0, 7)})`,
    );
  });

  it('a bot approval fails', async () => {
    const d = await judge('bot-approved', humanReview);
    expect(d.rules.find((x) => x.id === 'reviews.human-approval')!.reason).toMatch(/#3 approved by a bot/);
  });

  it('agents, models and share: passing and failing policies on the same release', async () => {
    expect(await status('reviewed', 'agents:\n  allowed-agents: [claude-code]\n', 'agents.allowed')).toBe(
      'pass',
    );
    expect(await status('reviewed', 'agents:\n  allowed-agents: [cursor]\n', 'agents.allowed')).toBe('fail');
    expect(await status('reviewed', 'agents:\n  denied-agents: [claude-code]\n', 'agents.denied')).toBe(
      'fail',
    );
    expect(await status('reviewed', 'agents:\n  denied-models: ["*opus*"]\n', 'models.denied')).toBe('fail');
    expect(await status('reviewed', 'agents:\n  max-agent-share: 100%\n', 'agents.max-share')).toBe('pass');
    expect(await status('stale', 'agents:\n  max-agent-share: 0.5\n', 'agents.max-share')).toBe('fail');
    expect(await status('human-only', 'agents:\n  unknown: deny\n', 'agents.unknown')).toBe('fail');
    expect(await status('reviewed', 'agents:\n  unknown: deny\n', 'agents.unknown')).toBe('pass');
    expect(
      await status(
        'reviewed',
        'agents:\n  min-evidence-strength: verified\n  denied-agents: [claude-code]\n',
        'agents.denied',
      ),
    ).toBe('pass');
  });

  it('identity and freshness come from the certificate', async () => {
    const wf = (ref: string) =>
      `identity:\n  signer-workflows:\n    - workflow: ${WORKFLOW}\n      refs: [${ref}]\n`;
    expect(await status('reviewed', wf('refs/heads/main'), 'identity.signer-workflow')).toBe('pass');
    expect(await status('reviewed', wf('refs/tags/v*'), 'identity.signer-workflow')).toBe('fail');
    expect(
      await status(
        'reviewed',
        'identity:\n  repository: { name: octo-org/octo-repo, id: 123456789 }\n  owner: { id: 987654321 }\n',
        'identity.repository',
      ),
    ).toBe('pass');
    expect(await status('reviewed', 'identity:\n  repository: { id: 1 }\n', 'identity.repository')).toBe(
      'fail',
    );
    expect(
      await status(
        'reviewed',
        'identity:\n  runner-environment: github-hosted\n',
        'identity.runner-environment',
      ),
    ).toBe('pass');
    expect(await status('reviewed', 'freshness: { max-age: 1h }\n', 'freshness.max-age')).toBe('pass');
    const old = evaluatePolicy(
      parsePolicy('version: 1\nfreshness: { max-age: 1h }\n').policy,
      policyInputFromVerified(
        (
          await verifyArtifacts({
            artifacts: [releases.get('reviewed')!.artifact],
            bundlePaths: [releases.get('reviewed')!.bundle],
            trustedRoot: stack.trustedRootPath,
            identity: { signerWorkflow: WORKFLOW },
          })
        ).artifacts[0]!.verified[0]!,
      ),
      { now: new Date(Date.now() + 2 * 3600_000) },
    );
    expect(old.rules[0]!.status).toBe('fail');
  });

  it('protected paths: agent code denied, or needing more approvals', async () => {
    const deny = 'reviews:\n  protected-paths:\n    - paths: ["src/auth/**"]\n      agent-code: deny\n';
    expect(await status('protected', deny, 'protected-paths.agent-code')).toBe('fail');
    expect(await status('reviewed', deny, 'protected-paths.agent-code')).toBe('pass');
    const two = 'reviews:\n  protected-paths:\n    - paths: ["src/auth/**"]\n      min-approvals: 2\n';
    const d = await judge('protected', two);
    expect(d.rules[0]).toMatchObject({ id: 'protected-paths.approvals', status: 'fail' });
    expect(d.rules[0]!.reason).toMatch(/#4 1\/2 human approvals of head/);
    expect(
      await status(
        'protected',
        'reviews:\n  protected-paths:\n    - paths: ["src/auth/**"]\n      min-approvals: 1\n',
        'protected-paths.approvals',
      ),
    ).toBe('pass');
  });

  it('config surface changes: denied, or allowed only through a reviewed PR', async () => {
    const deny = 'surfaces:\n  executable-changes: deny\n';
    expect(await status('human-only', deny, 'surfaces.executable-changes')).toBe('pass');
    const denied = await judge('hook-pushed', deny);
    const r = denied.rules.find((x) => x.id === 'surfaces.executable-changes')!;
    expect(r.status).toBe('fail');
    expect(r.pointers).toContainEqual({ kind: 'path', value: '.claude/settings.json' });
    expect(r.pointers).toContainEqual({ kind: 'commit', value: sha.h1, url: `${REPO_URL}/commit/${sha.h1}` });
    const review = 'surfaces:\n  executable-changes: review\n';
    expect((await judge('hook-pushed', review)).rules[0]!.reason).toMatch(/came through no pull request/);
    expect(await status('hook-reviewed', review, 'surfaces.executable-changes')).toBe('pass');
    expect(
      await status('hook-pushed', 'surfaces:\n  high-risk-changes: deny\n', 'surfaces.high-risk-changes'),
    ).toBe('fail');
  });

  it('commit-time tags: require-commit-tags and a declared review requirement, failing then passing', async () => {
    const tags = 'agents:\n  require-commit-tags: true\n';
    const untagged = (await judge('reviewed', tags)).rules.find((r) => r.id === 'agents.commit-tags')!;
    expect(untagged).toMatchObject({ status: 'fail', code: 'COMMIT_TAG_MISSING' });
    expect(untagged.reason).toContain(`${sha.a1!.slice(0, 7)} (claude-code)`);
    expect(untagged.pointers.map((p) => p.value)).toEqual([sha.a1]);
    expect(await status('tagged-reviewed', tags, 'agents.commit-tags')).toBe('pass');

    // Any policy enforces a declared review requirement: a PR with only a comment fails, naming the commit.
    const unreviewed = await judge('tagged-unreviewed', tags);
    expect(unreviewed.pass).toBe(false);
    const declared = unreviewed.rules.find((r) => r.id === 'reviews.declared')!;
    expect(declared).toMatchObject({ status: 'fail', code: 'DECLARED_REVIEW_MISSING' });
    expect(declared.reason).toBe(
      `the declared review requirement of ${sha.t1!.slice(0, 7)} (required) is not met: #8 no approval`,
    );
    expect(declared.pointers.map((p) => p.value)).toEqual([sha.t1, '#8']);
    const reviewed = await judge('tagged-reviewed', tags);
    expect(reviewed.pass).toBe(true);
    expect(reviewed.rules.find((r) => r.id === 'reviews.declared')).toMatchObject({ status: 'pass' });
    expect((await judge('tagged-unreviewed', 'reviews:\n  declared-reviews: ignore\n')).pass).toBe(true);
  });

  it('the JSON result carries the policy digest', async () => {
    const loaded = parsePolicy(`version: 1\n${humanReview}`, 'policy.yml');
    const json = policyResult(await judge('stale', humanReview), loaded);
    expect(json).toMatchObject({
      pass: false,
      policy: { source: 'file', name: 'policy.yml', sha256: loaded.sha256 },
      summary: { fail: 1 },
    });
  });
});

describe('query over the released bundles', () => {
  it('lists the artifacts with agent code, filtered by agent, model, path and time', async () => {
    const files = [...releases.values()].map((r) => r.bundle);
    const all = await queryBundleFiles(files, { trustedRoot: stack.trustedRootPath });
    expect(all.signerPinned).toBe(false);
    expect(all.skipped).toEqual([]);
    expect(all.rows.map((r) => r.subject.name).sort()).toEqual([
      'dist/bot-approved.tgz',
      'dist/protected.tgz',
      'dist/reviewed.tgz',
      'dist/stale.tgz',
      'dist/tagged-reviewed.tgz',
      'dist/tagged-unreviewed.tgz',
    ]);
    expect(all.filteredOut).toBe(3);
    const stale = all.rows.find((r) => r.subject.name === 'dist/stale.tgz')!;
    expect(stale.agents).toEqual(['claude-code']);
    expect(stale.models).toEqual(['anthropic/claude-opus-4-5']);
    expect(stale.commits.map((c) => c.sha).sort()).toEqual([sha.a2, sha.a3].sort());

    const auth = await queryBundleFiles(files, {
      trustedRoot: stack.trustedRootPath,
      path: 'src/auth/**',
      identity: { signerWorkflow: WORKFLOW },
    });
    expect(auth.signerPinned).toBe(true);
    expect(auth.rows.map((r) => r.subject.name)).toEqual(['dist/protected.tgz']);
    expect(
      (await queryBundleFiles(files, { trustedRoot: stack.trustedRootPath, agent: 'cursor' })).rows,
    ).toEqual([]);
    expect(
      (await queryBundleFiles(files, { trustedRoot: stack.trustedRootPath, model: 'CLAUDE-*' })).rows,
    ).toHaveLength(4);
    expect(
      (
        await queryBundleFiles(files, {
          trustedRoot: stack.trustedRootPath,
          since: new Date(Date.now() + 60_000),
        })
      ).rows,
    ).toEqual([]);
  });

  it('the CLI prints a table and JSON, and reports bundles that do not verify (exit 1)', async () => {
    const dir = path.dirname(releases.get('stale')!.bundle);
    const io = fakeIO();
    expect(await runQuery([dir, '--trusted-root', stack.trustedRootPath, '--since', '30d'], io)).toBe(0);
    expect(io.out).toMatch(/^SIGNED +ARTIFACT +DIGEST +AGENTS +MODELS +AGENT COMMITS\n/);
    expect(io.out).toMatch(
      /dist\/stale\.tgz +sha256:[0-9a-f]{12} +claude-code +anthropic\/claude-opus-4-5 +2\/2/,
    );
    expect(io.out).toMatch(
      /^\d+ artifact\(s\) listed from \d+ bundle\(s\): all \d+ verified \(signer not pinned: pass --signer-workflow to pin it\), \d+ without a match$/m,
    );

    const json = fakeIO();
    expect(
      await runQuery(
        [
          root,
          '--trusted-root',
          stack.trustedRootPath,
          '--agent',
          'claude-code',
          '--format',
          'json',
          '--signer-workflow',
          WORKFLOW,
        ],
        json,
      ),
    ).toBe(0);
    const doc = JSON.parse(json.out);
    expect(doc).toMatchObject({ version: 1, signerPinned: true, filters: { agent: 'claude-code' } });
    // Four releases of Claude Code's co-author trailer, one of its commit-time tag.
    expect(doc.rows).toHaveLength(5);

    // A tampered copy next to the good ones: listed under skipped, never as a result.
    const bad = path.join(root, 'tampered');
    await mkdir(bad);
    const b = JSON.parse(await readFile(releases.get('reviewed')!.bundle, 'utf8'));
    const payload = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
    payload.subject[0].name = 'dist/evil.tgz';
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(payload)).toString('base64');
    await writeFile(path.join(bad, 'evil.sigstore.json'), JSON.stringify(b));
    await writeFile(path.join(bad, 'notes.json'), 'not json at all');
    const io2 = fakeIO();
    expect(await runQuery([bad, '--trusted-root', stack.trustedRootPath], io2)).toBe(1);
    expect(io2.out).toContain('no artifact with agent-written code matches');
    expect(io2.err).toMatch(/evil\.sigstore\.json#0 not verified/);
    expect(io2.err).toMatch(/notes\.json#0 ignored, not a Sigstore bundle: /);
  });

  it("reads a repository's attestations from the GitHub API", async () => {
    const client = createGitHubClient({ apiUrl: github.url, token: 'scenario-token', backoffUnitMs: 1 });
    for (const name of ['protected', 'human-only']) {
      await uploadAttestation(client, {
        owner: OWNER,
        repo: REPO,
        bundle: JSON.parse(await readFile(releases.get(name)!.bundle, 'utf8')),
      });
    }
    const digestOf = async (name: string) => {
      const st = JSON.parse(
        await readFile(releases.get(name)!.bundle.replace('.sigstore.json', '.intoto.json'), 'utf8'),
      );
      return `sha256:${st.subject[0].digest.sha256}`;
    };
    const result = await queryGitHubAttestations(
      {
        repository: `${OWNER}/${REPO}`,
        digests: [await digestOf('protected'), await digestOf('human-only')],
        apiUrl: github.url,
      },
      { trustedRoot: stack.trustedRootPath },
    );
    expect(result.rows.map((r) => r.subject.name)).toEqual(['dist/protected.tgz']);
    expect(result.filteredOut).toBe(1);
    expect(result.rows[0]!.bundle.path).toBe(`${OWNER}/${REPO} attestation`);
  });
});
