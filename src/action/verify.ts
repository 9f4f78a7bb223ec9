/**
 * The verify action (the deploy gate): inputs (read once) → the same core calls as `agent-attest verify`
 * → outputs `result` and `result-path` (the CLI's `--format json` document), a job summary, and
 * core.setFailed with one line when the gate fails.
 *
 *   bundles (bundle-path, or looked up on GitHub by digest) ─▶ verifyArtifacts
 *     ─▶ per verified statement: evaluatePolicy (policy file or plain inputs), recheckReviews (online)
 *
 * `@actions/github` is not imported: it reads the environment at import time.
 */
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readEnvironment, type RuntimeEnvironment } from '../core/config.js';
import { AgentAttestError, messageOf } from '../core/errors.js';
import { findAttestations } from '../core/github/attestations.js';
import { createGitHubClient, type GitHubClient } from '../core/github/client.js';
import { recheckReviews, type RecheckResult } from '../core/github/recheck.js';
import {
  evaluatePolicy,
  loadPolicyFile,
  policyFromInputs,
  policyInputFromVerified,
  policyResult,
  type Decision,
  type LoadedPolicy,
  type PolicyInputs,
  type PolicyResult,
  type RuleResult,
} from '../core/policy/index.js';
import { SLSA_PROVENANCE_V1, type ResourceDescriptor } from '../core/statement/types.js';
import {
  resolveArtifact,
  verifyArtifacts,
  type IdentityPolicy,
  type VerificationReport,
  type VerifiedBundle,
} from '../core/verify/index.js';
import { actionLogger, booleanInput, listInput, runAction, stringInput } from './runtime.js';
import { verifySummary } from './verify-summary.js';

/** Version of the result document (the CLI's `--format json`, docs/verify.md). */
export const REPORT_VERSION = 1;

export interface VerifyActionInputs {
  /** Files (globs expanded) and `sha256:HEX` digests. */
  artifacts: string[];
  /** Bundle files (globs expanded); empty: look the attestations up on GitHub. */
  bundlePaths: string[];
  trustedRoot?: string;
  identity: IdentityPolicy;
  predicateType?: string;
  policyFile?: string;
  rules: PolicyInputs;
  online: boolean;
  showSummary: boolean;
  githubToken?: string;
}

/** Every input, read once, validated, into one typed object. */
export async function readVerifyInputs(): Promise<VerifyActionInputs> {
  const paths = await expand('subject-path', listInput('subject-path', { commas: false }));
  const digests = listInput('subject-digest');
  const bundlePaths = await expand('bundle-path', listInput('bundle-path', { commas: false }));
  return {
    artifacts: [...paths, ...digests],
    bundlePaths,
    trustedRoot: stringInput('trusted-root'),
    identity: {
      signerWorkflow: stringInput('signer-workflow'),
      signerRepo: stringInput('signer-repo'),
      certificateIdentity: stringInput('certificate-identity'),
      certificateIdentityRegExp: stringInput('certificate-identity-regexp'),
      oidcIssuer: stringInput('certificate-oidc-issuer'),
      repository: stringInput('repository'),
      repositoryId: stringInput('repository-id'),
      owner: stringInput('owner'),
      ownerId: stringInput('owner-id'),
      sourceRef: stringInput('source-ref'),
      sourceDigest: stringInput('source-digest'),
      signerDigest: stringInput('signer-digest'),
      denySelfHostedRunners: booleanInput('deny-self-hosted-runners', false),
    },
    predicateType: stringInput('predicate-type'),
    policyFile: stringInput('policy'),
    rules: {
      requireHumanReview: booleanInput('require-human-review', false),
      allowedAgents: listInput('allowed-agents'),
      deniedAgents: listInput('denied-agents'),
      allowedModels: listInput('allowed-models'),
      deniedModels: listInput('denied-models'),
      minEvidenceStrength: stringInput('min-evidence-strength'),
      maxAgentShare: stringInput('max-agent-share'),
      denyExecutableSurfaces: booleanInput('deny-executable-surfaces', false),
    },
    online: booleanInput('online', false),
    showSummary: booleanInput('show-summary', true),
    githubToken: stringInput('github-token'),
  };
}

/** Glob patterns → files; a pattern that matches no file is an error naming the input. */
async function expand(input: string, patterns: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const globber = await glob.create(pattern, { matchDirectories: false, implicitDescendants: false });
    const matched = (await globber.glob()).sort();
    if (matched.length === 0)
      throw new AgentAttestError(
        'INPUT_INVALID',
        `input '${input}' pattern '${pattern}' matched no file; check the path (relative to the workspace).`,
      );
    files.push(...matched.map((f) => path.relative(process.cwd(), f) || f));
  }
  return [...new Set(files)];
}

/** The policy file or the plain rule inputs — one policy, never a silent merge of two. */
async function loadPolicy(inputs: VerifyActionInputs): Promise<LoadedPolicy | undefined> {
  const rules = policyFromInputs(inputs.rules);
  if (inputs.policyFile === undefined) return rules;
  if (rules !== undefined)
    throw new AgentAttestError(
      'INPUT_INVALID',
      `give input 'policy' or the rule inputs (require-human-review, allowed-agents, …), not both; put the rules in ${inputs.policyFile}.`,
    );
  return loadPolicyFile(inputs.policyFile);
}

export interface GateOutcome {
  document: Record<string, unknown>;
  report: VerificationReport;
  judgements: Map<VerifiedBundle, BundleJudgement>;
  reasons: string[];
  policy?: LoadedPolicy;
}

/** The gate: the same steps as `agent-attest verify`, returning the result document. */
export async function verifyGate(inputs: VerifyActionInputs, env: RuntimeEnvironment): Promise<GateOutcome> {
  if (inputs.artifacts.length === 0)
    throw new AgentAttestError(
      'INPUT_INVALID',
      "no artifact given; set input 'subject-path' or 'subject-digest'.",
    );
  const policy = await loadPolicy(inputs);
  let github: GitHubClient | undefined;
  const client = () =>
    (github ??= createGitHubClient({
      token: inputs.githubToken,
      apiUrl: env.apiUrl,
      serverUrl: env.serverUrl,
      logger: actionLogger,
    }));

  let bundlePaths = inputs.bundlePaths;
  let lookup: AttestationLookup | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  try {
    if (bundlePaths.length === 0) {
      const scope = lookupScope(inputs.identity.repository ?? env.repository, inputs.identity.owner);
      const found = await lookUpAttestations(client(), scope, inputs.artifacts, inputs.predicateType);
      cleanup = found.cleanup;
      lookup = { source: scope.label, found: found.count };
      if (found.count === 0)
        throw new AgentAttestError(
          'VERIFICATION_FAILED',
          `GitHub holds no attestation for ${inputs.artifacts.join(', ')} in the attestations of ${scope.label}; set input 'bundle-path', or check 'repository'/'owner' and that the release stored its attestation.`,
        );
      bundlePaths = [found.file];
      core.info(`Found ${found.count} attestation(s) in ${scope.label}.`);
    }
    const report = await verifyArtifacts({
      artifacts: inputs.artifacts,
      bundlePaths,
      trustedRoot: inputs.trustedRoot,
      identity: inputs.identity,
      predicateType: inputs.predicateType,
      logger: actionLogger,
    });
    if (lookup) relabelBundles(report, lookup.source);
    const recheck: Recheck | undefined = inputs.online ? (deps) => recheckReviews(client(), deps) : undefined;
    const judgements = await judgeReport(report, { policy, recheck });
    const reasons = failureReasons(report, judgements);
    const document = gateDocument(report, judgements, reasons, { policy, online: inputs.online, lookup });
    return { document, report, judgements, reasons, policy };
  } finally {
    await cleanup?.();
  }
}

async function main(): Promise<void> {
  const env = readEnvironment();
  const resultPath = path.join(env.runnerTemp ?? tmpdir(), `agent-attest-verify-${randomUUID()}.json`);
  const writeResult = async (doc: Record<string, unknown>, pass: boolean) => {
    await writeFile(resultPath, `${JSON.stringify(doc, null, 2)}\n`);
    core.setOutput('result', pass ? 'pass' : 'fail');
    core.setOutput('result-path', resultPath);
  };
  let inputs: VerifyActionInputs | undefined;
  let outcome: GateOutcome;
  try {
    inputs = await readVerifyInputs();
    outcome = await verifyGate(inputs, env);
  } catch (e) {
    // Every failure still leaves a result: `fail`, and the error in the result file.
    const error =
      e instanceof AgentAttestError
        ? e
        : new AgentAttestError('VERIFICATION_FAILED', `unexpected error: ${messageOf(e)}`, { cause: e });
    await writeResult(
      {
        version: REPORT_VERSION,
        decision: error.exitCode === 1 ? 'fail' : 'error',
        error: { code: error.code, message: error.message },
      },
      false,
    );
    if (inputs?.showSummary ?? true)
      await core.summary.addRaw(verifySummary({ error: error.message })).write();
    throw error;
  }
  await writeResult(outcome.document, outcome.reasons.length === 0);
  if (inputs.showSummary) await core.summary.addRaw(verifySummary(outcome)).write();
  const [first] = outcome.reasons;
  if (first !== undefined) {
    const more =
      outcome.reasons.length > 1 ? ` (and ${outcome.reasons.length - 1} more; see the job summary)` : '';
    core.setFailed(`agent-attest verify failed: ${oneLine(first)}${more}`);
  } else {
    core.info(`agent-attest verify: pass (${outcome.report.artifacts.length} artifact(s))`);
  }
}

/** Reasons carry untrusted text: one line, no control characters, bounded. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- folding control characters is the point
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat;
}

// ---------------------------------------------------------------------------------------------------------
// The gate's steps (kept identical to src/cli/commands/verify.ts: the layers may not import each other).

interface LookupScope {
  owner: string;
  repo?: string;
  label: string;
}

export interface AttestationLookup {
  source: string;
  found: number;
}

/** What the gate found for one verified bundle, beyond the signature. */
export interface BundleJudgement {
  policy?: PolicyResult;
  online?: OnlineCheck;
  /** Every rule shown to people: the policy's, then `reviews.online`. */
  display: Decision;
}

export type OnlineCheck =
  | {
      status: 'checked';
      unchanged: number;
      changed: Extract<RecheckResult, { status: 'checked' }>['changed'];
      vanished: Extract<RecheckResult, { status: 'checked' }>['vanished'];
      inconsistent: string[];
    }
  | { status: 'unavailable'; reason: string; detail: string };

type Recheck = (dependencies: readonly ResourceDescriptor[]) => Promise<RecheckResult>;

function lookupScope(repository: string | undefined, owner: string | undefined): LookupScope {
  if (repository !== undefined) {
    const parts = repository.replace(/^https?:\/\//, '').split('/');
    const [o, r] = parts.slice(-2);
    if (parts.length < 2 || parts.length > 3 || !o || !r)
      throw new AgentAttestError(
        'INPUT_INVALID',
        `input 'repository' ${JSON.stringify(repository)} is not [HOST/]OWNER/REPO; write e.g. octo-org/app.`,
      );
    return { owner: o, repo: r, label: `${o}/${r}` };
  }
  const o = owner
    ?.replace(/^https?:\/\//, '')
    .split('/')
    .at(-1);
  if (o) return { owner: o, label: o };
  throw new AgentAttestError(
    'INPUT_INVALID',
    "no bundle given; set input 'bundle-path', or 'repository' (or 'owner') to look the attestations up on GitHub.",
  );
}

async function lookUpAttestations(
  client: GitHubClient,
  scope: LookupScope,
  artifacts: string[],
  predicateType: string | undefined,
): Promise<{ file: string; count: number; cleanup: () => Promise<void> }> {
  const bundles: unknown[] = [];
  const seen = new Set<string>();
  for (const arg of artifacts) {
    const sha256 = (await resolveArtifact(arg, ['sha256'])).digests.sha256;
    if (sha256 === undefined) continue; // named by sha384/sha512: GitHub lists by sha256 only
    const found = await findAttestations(
      client,
      { owner: scope.owner, repo: scope.repo, predicateType: predicateType ?? SLSA_PROVENANCE_V1 },
      `sha256:${sha256}`,
    );
    for (const f of found) {
      const text = JSON.stringify(f.bundle);
      if (!seen.has(text)) bundles.push(f.bundle);
      seen.add(text);
    }
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'agent-attest-verify-'));
  const file = path.join(dir, 'attestations.jsonl');
  await writeFile(file, bundles.map((b) => JSON.stringify(b)).join('\n') + '\n');
  return { file, count: bundles.length, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function relabelBundles(report: VerificationReport, source: string): void {
  const label = `${source} attestations`;
  for (const a of report.artifacts) {
    for (const x of [...a.verified, ...a.failures]) x.bundle = { ...x.bundle, path: label };
  }
}

async function judgeReport(
  report: VerificationReport,
  opts: { policy?: LoadedPolicy; recheck?: Recheck },
): Promise<Map<VerifiedBundle, BundleJudgement>> {
  const judgements = new Map<VerifiedBundle, BundleJudgement>();
  if (!opts.policy && !opts.recheck) return judgements;
  const rechecked = new Map<string, Promise<RecheckResult>>();
  for (const artifact of report.artifacts) {
    for (const verified of artifact.verified) {
      const rules: RuleResult[] = [];
      let policy: PolicyResult | undefined;
      if (opts.policy) {
        const decision = evaluatePolicy(opts.policy.policy, policyInputFromVerified(verified));
        policy = policyResult(decision, opts.policy);
        rules.push(...decision.rules);
      }
      let online: OnlineCheck | undefined;
      if (opts.recheck) {
        const key = `${verified.bundle.path}#${verified.bundle.index}`;
        const deps = dependenciesOf(verified);
        if (!rechecked.has(key)) rechecked.set(key, opts.recheck(deps));
        online = onlineCheck(await rechecked.get(key)!);
        rules.push(onlineRule(online, deps.length > 0));
      }
      judgements.set(verified, {
        policy,
        online,
        display: { pass: rules.every((r) => r.status !== 'fail'), rules },
      });
    }
  }
  return judgements;
}

function dependenciesOf(verified: VerifiedBundle): ResourceDescriptor[] {
  const predicate = verified.statement?.predicate as
    { buildDefinition?: { resolvedDependencies?: unknown } } | undefined;
  const deps = predicate?.buildDefinition?.resolvedDependencies;
  return Array.isArray(deps)
    ? deps.filter((d): d is ResourceDescriptor => typeof d === 'object' && d !== null)
    : [];
}

function onlineCheck(r: RecheckResult): OnlineCheck {
  return r.status === 'checked'
    ? {
        status: 'checked',
        unchanged: r.unchanged,
        changed: r.changed,
        vanished: r.vanished,
        inconsistent: r.inconsistent,
      }
    : { status: 'unavailable', reason: r.reason, detail: r.detail };
}

function onlineRule(check: OnlineCheck, hasDependencies: boolean): RuleResult {
  const id = 'reviews.online';
  if (check.status === 'unavailable')
    return {
      id,
      status: 'fail',
      reason: `the attested reviews could not be fetched again (${check.reason}): ${check.detail}`,
      pointers: [],
    };
  const { changed, vanished, inconsistent, unchanged } = check;
  if (changed.length === 0 && vanished.length === 0 && inconsistent.length === 0) {
    return unchanged === 0
      ? {
          id,
          status: 'skip',
          reason: hasDependencies
            ? 'the attestation names no review to fetch again'
            : 'the statement has no dependencies',
          pointers: [],
        }
      : {
          id,
          status: 'pass',
          reason: `all ${unchanged} attested review(s) unchanged on GitHub`,
          pointers: [],
        };
  }
  const parts = [
    ...changed.map((c) => `review ${c.id} on #${c.pr} changed (${c.fields.join(', ')}; now ${c.state})`),
    ...vanished.map((x) => `review ${x.id} on #${x.pr} vanished`),
    ...(inconsistent.length > 0 ? [`${inconsistent.length} review entr(ies) do not match their digest`] : []),
  ];
  return {
    id,
    status: 'fail',
    reason: `the attested reviews no longer match GitHub: ${parts.join('; ')}`,
    pointers: [
      ...changed.map((c) => ({ kind: 'review' as const, value: `${c.id}`, url: c.url })),
      ...vanished.map((x) => ({ kind: 'review' as const, value: `${x.id}`, url: x.url })),
      ...inconsistent.map((h) => ({ kind: 'review' as const, value: `sha256:${h}` })),
    ],
  };
}

function failureReasons(
  report: VerificationReport,
  judgements: Map<VerifiedBundle, BundleJudgement>,
): string[] {
  const reasons: string[] = [];
  for (const a of report.artifacts) {
    if (!a.ok) reasons.push(`${a.name}: no bundle verifies (${a.failures.map((f) => f.code).join(', ')})`);
    for (const v of a.verified) {
      for (const r of judgements.get(v)?.display.rules ?? [])
        if (r.status === 'fail') reasons.push(`${a.name}: ${r.id}: ${r.reason}`);
    }
  }
  return reasons;
}

function gateDocument(
  report: VerificationReport,
  judgements: Map<VerifiedBundle, BundleJudgement>,
  reasons: string[],
  extras: { policy?: LoadedPolicy; online?: boolean; lookup?: AttestationLookup },
): Record<string, unknown> {
  const pass = reasons.length === 0;
  return {
    version: REPORT_VERSION,
    decision: pass ? 'pass' : 'fail',
    ...report,
    ok: pass,
    ...(extras.policy || extras.online || extras.lookup ? { reasons } : {}),
    ...(extras.policy
      ? { policy: { source: extras.policy.source, name: extras.policy.name, sha256: extras.policy.sha256 } }
      : {}),
    ...(extras.online ? { online: true } : {}),
    ...(extras.lookup ? { attestations: extras.lookup } : {}),
    artifacts: report.artifacts.map((a) => ({
      ...a,
      verified: a.verified.map((v) => {
        const j = judgements.get(v);
        return {
          ...v,
          ...(j?.policy ? { policy: j.policy } : {}),
          ...(j?.online ? { online: j.online } : {}),
        };
      }),
    })),
  };
}

await runAction(main);
