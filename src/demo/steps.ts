/**
 * The demo's steps, in order. Each reads what earlier steps left in the state, does one thing a user would do
 * with agent-attest, and checks that the outcome is the one the story needs (`expect`); its `command` is the
 * same thing with the CLI. To add a step, add an entry to DEMO_STEPS.
 */
import { readFile, writeFile, appendFile, copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AttestResult, CollectedFacts } from '../core/attest/index.js';
import type { CommitTagRecord } from '../core/attribution/types.js';
import { attest } from '../core/attest/index.js';
import type { RuntimeEnvironment } from '../core/config.js';
import type { AttestExtension } from '../core/extension/provenance.js';
import { gatherReleaseFacts, releaseFactsCollector } from '../core/facts/index.js';
import { makeDirectory } from '../core/files.js';
import type { GateDeps, GateOptions, GateResult } from '../core/gate/index.js';
import type { Logger } from '../core/log.js';
import { oneLine } from '../core/markdown.js';
import { bundleFiles, parseSince, queryBundleFiles } from '../core/query/index.js';
import { renderHtmlReport } from '../core/report/html/index.js';
import { withLineShare } from '../core/report/line-share/index.js';
import { rangeLines } from '../core/report/range-lines.js';
import { tagLabel } from '../core/scan/render.js';
import { EXTENSION_KEY, type ResourceDescriptor, type Statement } from '../core/statement/types.js';
import type { FailureCode } from '../core/verify/index.js';
import { startGitHubServer, type GitHubTestServer } from '../devstack/github.js';
import { startDevstack, type Devstack } from '../devstack/index.js';
import {
  ARTIFACT,
  buildArtifact,
  buildRepository,
  githubSeed,
  lateApprovals,
  OWNER,
  POLICY,
  PULLS,
  RELEASE_TAG,
  REPO,
  REVIEWER,
  RISK_PATH,
  type DemoRepository,
} from './scenario.js';
import { expect, type DemoStep } from './step.js';

/** What the steps share. Set by the step that makes it; read through `need`. */
export interface DemoState {
  work: string;
  /** `work` is the user's --keep folder (kept), not a temporary one. */
  kept: boolean;
  now: () => Date;
  logger: Logger;
  gate: (options: GateOptions, deps: GateDeps) => Promise<GateResult>;
  /** Closed in reverse order when the demo ends, whatever happened. */
  cleanup: Array<() => Promise<void>>;
  repo?: DemoRepository;
  /** The built artifact (absolute path). */
  artifact?: string;
  stack?: Devstack;
  github?: GitHubTestServer;
  trustedRootPath?: string;
  signingConfigPath?: string;
  policyPath?: string;
  /** The signer workflow the gate pins (`OWNER/REPO/.github/workflows/release.yml@refs/heads/main`). */
  workflow?: string;
  /** The folder of release bundles `query` reads. */
  releasesDir?: string;
  /** The latest release bundle and the facts it was attested with. */
  bundle?: string;
  facts?: CollectedFacts;
}

/** The GitHub API token the demo's attest uses; the local server accepts only it. */
const GITHUB_TOKEN = 'demo-token-not-a-secret';
/** An attacker's branch whose workflow ref a naive prefix match on `refs/heads/main` would accept. */
const EVIL_REF = 'refs/heads/main-evil';
const AGENTS = ['claude-code', 'copilot-coding-agent', 'cursor'];

function need<T>(value: T | undefined, what: string): T {
  expect(value !== undefined, `an earlier step did not provide ${what}`);
  return value;
}

/** Paths in commands and details, relative to the work folder (shorter; the same when kept). */
function rel(state: DemoState, file: string): string {
  return path.relative(state.work, file) || '.';
}

// ── 1. the repository ─────────────────────────────────────────────────────────────────────────────

const repository: DemoStep = {
  id: 'repository',
  async run(state) {
    const repo = await buildRepository(path.join(state.work, 'repo'), state.now());
    state.repo = repo;
    state.artifact = await buildArtifact(repo);
    state.policyPath = path.join(state.work, 'policy.yml');
    await writeFile(state.policyPath, POLICY);
    return {
      summary: `a repository whose release range (${RELEASE_TAG}..main) has ${repo.story.length} commits: three by coding agents, two by people`,
      details: [
        ...repo.story,
        `built ${ARTIFACT} from it; the deploy policy is ${rel(state, state.policyPath)}`,
      ],
    };
  },
};

// ── 2. the local services ─────────────────────────────────────────────────────────────────────────

const services: DemoStep = {
  id: 'devstack',
  async run(state) {
    const repo = need(state.repo, 'the repository');
    // The stand-in release job built the repository's head, so the provenance names it.
    const stack = await startDevstack({ logger: state.logger, claims: { sha: repo.head } });
    state.cleanup.push(() => stack.close());
    state.stack = stack;
    const files = await stack.writeFiles(path.join(state.work, 'trust'));
    state.trustedRootPath = files.trustedRootPath;
    state.signingConfigPath = files.signingConfigPath;
    state.workflow = String(stack.claims['job_workflow_ref']);
    const github = await startGitHubServer({ ...githubSeed(repo, state.now()), validTokens: [GITHUB_TOKEN] });
    state.cleanup.push(() => github.close());
    state.github = github;
    return {
      summary: `devstack on ${stack.url} (Fulcio-compatible CA, Rekor-compatible log, TSA, OIDC tokens) and a GitHub API on ${github.url} holding the ${Object.keys(PULLS).length} pull requests`,
      details: [`signer: the stand-in release job ${state.workflow}`],
      command: `agent-attest devstack --out ${rel(state, path.dirname(files.trustedRootPath))}`,
    };
  },
};

// ── 3. attest ─────────────────────────────────────────────────────────────────────────────────────

/** Attests the artifact with the range's facts (reviews from the local GitHub API) into `bundle`. */
async function attestRelease(
  state: DemoState,
  bundle: string,
  opts: { token?: string; facts?: CollectedFacts } = {},
): Promise<{ result: AttestResult; facts: CollectedFacts }> {
  const repo = need(state.repo, 'the repository');
  const stack = need(state.stack, 'the devstack');
  const github = need(state.github, 'the GitHub API');
  const env: RuntimeEnvironment = {
    githubActions: false,
    idTokenRequestUrl: stack.idTokenRequestUrl,
    idTokenRequestToken: stack.idTokenRequestToken,
    serverUrl: 'https://github.com',
    apiUrl: github.url,
  };
  let facts = opts.facts;
  const collector = releaseFactsCollector({
    reviews: 'agent-commits',
    githubToken: GITHUB_TOKEN,
    githubApiUrl: github.url,
    serverUrl: env.serverUrl,
    repository: `${OWNER}/${REPO}`,
  });
  const result = await attest(
    {
      subjects: { paths: [ARTIFACT] },
      workspace: repo.path,
      repoPath: repo.path,
      sign: true,
      sigstore: need(state.signingConfigPath, 'the signing config'),
      bundleOut: bundle,
      ...(opts.token ? { identityToken: opts.token } : {}),
      hashThreads: 1,
    },
    {
      env,
      cwd: state.work,
      logger: state.logger,
      collectFacts: async (ctx) => (facts ??= await collector.collect(ctx)),
    },
  );
  expect(
    result.signed && result.attestations[0]?.bundlePath === bundle,
    `attest: no signed bundle at ${bundle}`,
  );
  return { result, facts: need(facts, 'the release facts') };
}

function attestCommand(state: DemoState, bundle: string): string {
  return (
    `GITHUB_TOKEN=… agent-attest attest --subject-path ${ARTIFACT} --repository ${OWNER}/${REPO} ` +
    `--github-api-url … --sigstore ${rel(state, need(state.signingConfigPath, 'the signing config'))} ` +
    `--bundle-out ${rel(state, bundle)}`
  );
}

const attestStep: DemoStep = {
  id: 'attest',
  async run(state) {
    state.releasesDir = path.join(state.work, 'releases');
    const bundle = path.join(state.releasesDir, 'app-1.sigstore.json');
    const { result, facts } = await attestRelease(state, bundle);
    state.bundle = bundle;
    state.facts = facts;
    const out = result.attestations[0]!;
    return {
      summary: `attested ${ARTIFACT}: SLSA provenance with the agent footprint, signed keylessly${out.tlogEntry ? ` (log index ${out.tlogEntry.logIndex})` : ''}`,
      details: [`bundle ${rel(state, bundle)}, signed by ${out.signer?.identity ?? 'unknown'}`],
      command: attestCommand(state, bundle),
    };
  },
};

// ── 4. the footprint ──────────────────────────────────────────────────────────────────────────────

const footprint: DemoStep = {
  id: 'footprint',
  async run(state) {
    const bundle = need(state.bundle, 'a bundle');
    // What was signed: the statement attest wrote beside the bundle.
    const statementPath = bundle.replace(/\.sigstore\.json$/, '.intoto.json');
    const statement = JSON.parse(await readFile(statementPath, 'utf8')) as Statement<Record<string, unknown>>;
    const ext = statement.predicate[EXTENSION_KEY] as AttestExtension | undefined;
    expect(ext, `footprint: the statement ${rel(state, statementPath)} has no agent-attest extension`);
    const t = ext.totals;
    const agents = Object.keys(t.byAgent).sort();
    expect(
      agents.join(',') === AGENTS.join(','),
      `footprint: expected the agents ${AGENTS.join(', ')}, the statement records ${agents.join(', ') || 'none'}`,
    );
    const surfaces = ext.surfaces ?? [];
    const executable = surfaces.filter((s) => s.capabilities.includes('EXEC'));
    expect(
      executable.some((s) => s.path === '.vscode/tasks.json') &&
        executable.some((s) => s.path === '.claude/settings.json'),
      `footprint: expected the folder-open task and the SessionStart hook as executable config changes, found ${surfaces.map((s) => s.path).join(', ') || 'none'}`,
    );
    // The Claude Code commit was made with the commit-time hook installed: the statement says so.
    const tagged = (
      (statement.predicate.buildDefinition as { resolvedDependencies?: ResourceDescriptor[] })
        .resolvedDependencies ?? []
    ).flatMap((d) => {
      const tag = d.annotations?.commitTag as CommitTagRecord | undefined;
      return tag && d.digest?.gitCommit ? [`${d.digest.gitCommit.slice(0, 7)} ${tagLabel(tag)}`] : [];
    });
    expect(
      t.taggedCommits === 1 && tagged.length === 1,
      `footprint: expected the Claude Code commit tagged at commit time, the statement records ${t.taggedCommits} tagged commits`,
    );
    const reviews = ext.reviews;
    expect(
      reviews?.status === 'collected',
      `footprint: review evidence was not collected (${JSON.stringify(reviews)})`,
    );

    const strongest = (id: string) => {
      const s = t.byAgent[id]!.byStrength;
      return s.verified > 0 ? 'verified' : s.declared > 0 ? 'declared' : 'inferred';
    };
    const pct = Math.round((100 * t.agentCommits) / Math.max(1, t.commits));
    const prs = reviews.pullRequests.map(
      (p) => `#${p.number} ${p.humanApprovalOfHead ? 'approved' : 'NOT approved'}`,
    );
    return {
      summary: `footprint: ${t.agentCommits} of ${t.commits} commits by coding agents (${pct}%), ${executable.length} executable AI config changes`,
      details: [
        `agents     ${agents.map((id) => `${id} ${t.byAgent[id]!.commits} (${strongest(id)})`).join(', ')}`,
        `models     ${Object.entries(t.byModel)
          .map(([m, v]) => `${oneLine(m)} ${v.commits}`)
          .join(', ')}`,
        `risk       ${
          Object.entries(t.riskPaths)
            .map(([cat, v]) => `${cat}: ${v.commits} agent commit(s)`)
            .join(', ') || 'none'
        } (${RISK_PATH})`,
        ...surfaces.map(
          (s) =>
            `surface    ${(s.risk ?? '').toUpperCase()} ${oneLine(s.path)} ${s.change} [${s.capabilities.join(' ')}]${s.reasons?.[0] ? `: ${oneLine(s.reasons[0])}` : ''}`,
        ),
        `tagged     ${t.taggedCommits} of ${t.agentCommits} agent commits at commit time: ${oneLine(tagged[0]!)}`,
        `reviews    ${prs.join(', ')}`,
      ],
      command: `agent-attest scan --repo-path ${rel(state, need(state.repo, 'the repository').path)}`,
    };
  },
};

// ── 4b. the HTML report ───────────────────────────────────────────────────────────────────────────

/** Where the report goes: the kept folder, else a folder of its own that outlives the demo's temporary one. */
async function reportFolder(state: DemoState): Promise<string> {
  return state.kept ? state.work : await mkdtemp(path.join(tmpdir(), 'agent-attest-report-'));
}

const report: DemoStep = {
  id: 'report',
  async run(state) {
    const repo = need(state.repo, 'the repository');
    const github = need(state.github, 'the GitHub API');
    // What `scan --reviews agent-commits --line-share --format html` does, with the local GitHub API's reviews.
    const facts = await gatherReleaseFacts(
      repo.path,
      {
        reviews: 'agent-commits',
        githubToken: GITHUB_TOKEN,
        githubApiUrl: github.url,
        serverUrl: 'https://github.com',
        repository: `${OWNER}/${REPO}`,
      },
      state.logger,
    );
    const scan = await withLineShare(repo.path, facts.scan, { logger: state.logger });
    const html = renderHtmlReport(scan, { rangeLines: await rangeLines(repo.path, scan.range) });
    const file = path.join(await reportFolder(state), 'report.html');
    await writeFile(file, html);
    const share = scan.lineShare!;
    expect(
      share.agentLines > 0 && html.includes('id="pull-requests-table"'),
      `report: expected agent lines and the pull requests in the HTML report, found ${share.agentLines} agent lines`,
    );
    return {
      summary: `the HTML report: ${share.agentLines} of ${share.lines} lines at head (${(100 * share.share).toFixed(0)}%) last changed by coding agents, with charts, the config changes and the reviews`,
      details: [`open ${file} in a browser`],
      command: `GITHUB_TOKEN=… agent-attest scan --repo-path ${rel(state, repo.path)} --reviews agent-commits --repository ${OWNER}/${REPO} --github-api-url … --line-share --format html --output ${state.kept ? rel(state, file) : 'report.html'}`,
    };
  },
};

// ── 5. the deploy gate refuses ────────────────────────────────────────────────────────────────────

async function gate(
  state: DemoState,
  artifact: string,
  bundle: string,
  policy: boolean,
): Promise<GateResult> {
  return state.gate(
    {
      artifacts: [artifact],
      bundlePaths: [bundle],
      trustedRoot: need(state.trustedRootPath, 'the trusted root'),
      identity: { signerWorkflow: need(state.workflow, 'the signer workflow') },
      ...(policy ? { policyFile: need(state.policyPath, 'the policy') } : {}),
    },
    {
      logger: state.logger,
      env: {
        githubActions: false,
        serverUrl: 'https://github.com',
        apiUrl: need(state.github, 'the GitHub API').url,
      },
    },
  );
}

function gateCommand(state: DemoState, artifact: string, bundle: string, policy: boolean): string {
  return (
    `agent-attest verify ${rel(state, artifact)} --bundle ${rel(state, bundle)} ` +
    `--trusted-root ${rel(state, need(state.trustedRootPath, 'the trusted root'))} ` +
    `--signer-workflow ${need(state.workflow, 'the signer workflow')}` +
    (policy ? ` --policy ${rel(state, need(state.policyPath, 'the policy'))}` : '')
  );
}

/** The rule results of the one verified bundle. */
function rules(result: GateResult) {
  return [...result.judgements.values()].flatMap((j) => j.policy?.rules ?? []);
}

const gateRefuses: DemoStep = {
  id: 'gate-refuses',
  async run(state) {
    const artifact = need(state.artifact, 'the artifact');
    const bundle = need(state.bundle, 'a bundle');
    const result = await gate(state, artifact, bundle, true);
    expect(result.report.ok, `gate: the signature did not verify: ${result.reasons.join('; ')}`);
    const failing = rules(result).filter((r) => r.status === 'fail');
    const ids = failing.map((r) => r.id).sort();
    const want = [
      'protected-paths.approvals',
      'reviews.declared',
      'reviews.human-approval',
      'surfaces.executable-changes',
    ];
    expect(
      !result.pass && ids.join(',') === want.join(','),
      `gate: expected it to fail on ${want.join(', ')}; ${result.pass ? 'it passed' : `it failed on ${ids.join(', ') || 'nothing'}`}`,
    );
    return {
      summary: `the deploy gate refuses ${ARTIFACT}: signature and signer fine, ${failing.length} policy rules fail`,
      details: failing.map((r) => `FAIL ${r.id}: ${oneLine(r.reason)}`),
      command: gateCommand(state, artifact, bundle, true),
    };
  },
};

// ── 6. a human approves; the gate passes ──────────────────────────────────────────────────────────

const approval: DemoStep = {
  id: 'approval',
  async run(state) {
    const repo = need(state.repo, 'the repository');
    const github = need(state.github, 'the GitHub API');
    const approvals = lateApprovals(repo, state.now());
    for (const a of approvals) github.addReview(OWNER, REPO, a.pull, a.review);
    const bundle = path.join(need(state.releasesDir, 'the releases folder'), 'app-2.sigstore.json');
    const { facts } = await attestRelease(state, bundle);
    state.bundle = bundle;
    state.facts = facts;
    const result = await gate(state, need(state.artifact, 'the artifact'), bundle, true);
    const all = rules(result);
    expect(
      result.pass,
      `approval: expected the gate to pass after the approvals; it failed: ${result.reasons.join('; ')}`,
    );
    return {
      summary: `${REVIEWER} approves #${PULLS.claude} and #${PULLS.config} on GitHub; re-attested, the gate passes (${all.length} rules)`,
      details: all.map((r) => `${r.status.toUpperCase()} ${r.id}: ${oneLine(r.reason)}`),
      command: gateCommand(state, need(state.artifact, 'the artifact'), bundle, true),
    };
  },
};

// ── 7. a tampered artifact ────────────────────────────────────────────────────────────────────────

/** The gate must reject every artifact, each for `code`; returns the verifier's first reason. */
function expectRejected(result: GateResult, code: FailureCode, what: string): string {
  const { report } = result;
  const accepted = report.artifacts.filter((a) => a.ok);
  expect(!result.pass && accepted.length === 0, `${what} verified; it must be rejected`);
  const failures = report.artifacts.flatMap((a) => a.failures);
  const wrong = failures.filter((f) => f.code !== code);
  expect(
    failures.length > 0 && wrong.length === 0,
    `${what} was rejected for another reason than ${code}: ${wrong.map((f) => `${f.code} ${f.reason}`).join('; ') || 'no failure recorded'}`,
  );
  return `${code}: ${oneLine(failures[0]!.reason)}`;
}

const tampered: DemoStep = {
  id: 'tampered-artifact',
  async run(state) {
    const artifact = need(state.artifact, 'the artifact');
    const copy = path.join(state.work, 'tampered', path.basename(artifact));
    await makeDirectory(path.dirname(copy));
    await copyFile(artifact, copy);
    await appendFile(copy, "\nconsole.log('injected after the build');\n");
    const bundle = need(state.bundle, 'a bundle');
    const reason = expectRejected(
      await gate(state, copy, bundle, true),
      'SUBJECT_MISMATCH',
      'the tampered copy',
    );
    return {
      summary: `a tampered copy of ${ARTIFACT} (one line appended) is rejected`,
      details: [reason],
      command: gateCommand(state, copy, bundle, true),
    };
  },
};

// ── 8. a look-alike signer ────────────────────────────────────────────────────────────────────────

const lookAlike: DemoStep = {
  id: 'look-alike-signer',
  async run(state) {
    const stack = need(state.stack, 'the devstack');
    // The same statement, validly signed by the release workflow of another branch (main-evil).
    const token = await stack.issueToken({ claims: { ref: EVIL_REF } });
    const bundle = path.join(state.work, 'attacker', 'app.sigstore.json');
    const { result } = await attestRelease(state, bundle, {
      token,
      facts: need(state.facts, 'the release facts'),
    });
    const reason = expectRejected(
      await gate(state, need(state.artifact, 'the artifact'), bundle, true),
      'IDENTITY_MISMATCH',
      "the look-alike signer's bundle",
    );
    return {
      summary: `a bundle signed by ${result.attestations[0]?.signer?.identity ?? 'another workflow'} is rejected`,
      details: [reason],
      command: gateCommand(state, need(state.artifact, 'the artifact'), bundle, true),
    };
  },
};

// ── 9. query ──────────────────────────────────────────────────────────────────────────────────────

const query: DemoStep = {
  id: 'query',
  async run(state) {
    const dir = need(state.releasesDir, 'the releases folder');
    const result = await queryBundleFiles(await bundleFiles(dir), {
      since: parseSince('30d', state.now()),
      trustedRoot: need(state.trustedRootPath, 'the trusted root'),
      identity: { signerWorkflow: need(state.workflow, 'the signer workflow') },
    });
    expect(
      result.skipped.length === 0,
      `query: ${result.skipped.length} bundle(s) did not verify: ${result.skipped.map((s) => s.reason).join('; ')}`,
    );
    expect(
      result.rows.length === 2 &&
        result.rows.every((r) => r.subject.name === ARTIFACT && r.agents.join(',') === AGENTS.join(',')),
      `query: expected ${ARTIFACT} from both releases with ${AGENTS.join(', ')}; got ${result.rows.map((r) => `${r.subject.name} (${r.agents.join(', ')})`).join('; ') || 'no rows'}`,
    );
    return {
      summary: `which artifacts contain agent code from the last 30 days? ${ARTIFACT}, in both signed releases`,
      details: result.rows.map(
        (r) =>
          `${r.signedAt?.slice(0, 19).replace('T', ' ') ?? '(no time)'}  ${r.subject.name}  sha256:${(r.subject.digest['sha256'] ?? '').slice(0, 12)}  ${r.agents.join(', ')}  ${r.commits.length} agent commit(s) of ${r.rangeCommits}`,
      ),
      command: `agent-attest query ${rel(state, dir)} --since 30d --trusted-root ${rel(state, need(state.trustedRootPath, 'the trusted root'))} --signer-workflow ${need(state.workflow, 'the signer workflow')}`,
    };
  },
};

export const DEMO_STEPS: readonly DemoStep[] = [
  repository,
  services,
  attestStep,
  footprint,
  report,
  gateRefuses,
  approval,
  tampered,
  lookAlike,
  query,
];
