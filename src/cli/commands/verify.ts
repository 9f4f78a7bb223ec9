/**
 * `agent-attest verify` (and the conformance suite's `verify-bundle`): argv → VerifyOptions →
 * report → (policy, online review recheck) → text or JSON.
 *
 *   bundles (--bundle, or looked up on GitHub by digest) ─▶ verifyArtifacts (signature, signer, content)
 *     ─▶ per verified statement: evaluatePolicy (--policy FILE or the rule flags), recheckReviews (--online)
 *     ─▶ one decision: pass only when every artifact verified and every verified statement passed
 *
 * A plain `verify` imports the verifier only, so a deploy gate starts fast: the policy and GitHub modules
 * are imported when a flag needs them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readEnvironment } from '../../core/config.js';
import { AgentAttestError, messageOf } from '../../core/errors.js';
import type { GitHubClient } from '../../core/github/client.js';
import type { RecheckResult } from '../../core/github/recheck.js';
import type { Decision, LoadedPolicy, PolicyResult, RuleResult } from '../../core/policy/index.js';
import type { ResourceDescriptor } from '../../core/statement/types.js';
import {
  resolveArtifact,
  verifyArtifacts,
  type IdentityPolicy,
  type VerificationReport,
  type VerifiedBundle,
} from '../../core/verify/index.js';
import { parseCommandArgs } from '../args.js';
import { stderrLogger, type CliIO } from '../io.js';

/** Version of the `--format json` document (docs/verify.md). */
export const REPORT_VERSION = 1;

const USAGE = `usage: agent-attest verify ARTIFACT|sha256:HEX... [--bundle FILE] [options]

Verifies Sigstore bundles for artifacts offline: signature, certificate chain, log entries and
timestamps against a trusted root; the signer from the certificate; the in-toto statement's
predicate type and subject digest. Each artifact passes when at least one bundle verifies for it.
Then every verified statement must pass the policy (if given) and, with --online, still name the
reviews GitHub holds.

  --bundle FILE                       bundle (JSON, JSONL, {"bundle": …} lines); repeatable. Without it,
                                      bundles are looked up by artifact digest in the attestations of
                                      --repository (or --owner) on GitHub
  --trusted-root FILE|public-good|github
                                      default: public-good (+ GitHub's instance when shipped)
  --predicate-type URI                default: https://slsa.dev/provenance/v1
signer (at least one of the first six, or --allow-any-identity):
  --signer-workflow [HOST/]OWNER/REPO/.github/workflows/FILE.yml[@REF]
  --signer-repo [HOST/]OWNER/REPO     repository of the signing workflow
  --repository [HOST/]OWNER/REPO      repository whose run signed; --repository-id N
  --owner [HOST/]OWNER                its owner; --owner-id N
  --certificate-identity SAN          exact;  --certificate-identity-regexp RE (anchored)
  --certificate-oidc-issuer URL       default: https://token.actions.githubusercontent.com
  --source-ref REF  --source-digest SHA  --signer-digest SHA  --deny-self-hosted-runners
  --allow-any-identity                accept any signer the trusted root vouches for
  --key FILE                          verify key-signed bundles with a PEM public key
policy (a file, or the rule flags — not both; docs/policy.md):
  --policy FILE                       YAML policy file
  --require-human-review  --allowed-agents A,B  --denied-agents A,B  --allowed-models GLOB,…
  --denied-models GLOB,…  --min-evidence-strength verified|declared|inferred
  --max-agent-share N (0..1 or 40%)   --deny-executable-surfaces
GitHub (token from GITHUB_TOKEN or GH_TOKEN; optional for public repositories):
  --online                            fetch the attested reviews again; changed or vanished ones fail
  --github-api-url URL                default: GITHUB_API_URL, else https://api.github.com
  --format text|json                  default: text
exit: 0 pass, 1 verification or policy failed, 2 bad usage or input`;

const OPTIONS = {
  bundle: { type: 'string', multiple: true },
  'trusted-root': { type: 'string' },
  staging: { type: 'boolean' },
  key: { type: 'string' },
  'certificate-identity': { type: 'string' },
  'certificate-identity-regexp': { type: 'string' },
  'signer-workflow': { type: 'string' },
  'signer-repo': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' },
  repository: { type: 'string' },
  'repository-id': { type: 'string' },
  owner: { type: 'string' },
  'owner-id': { type: 'string' },
  'source-ref': { type: 'string' },
  'source-digest': { type: 'string' },
  'signer-digest': { type: 'string' },
  'deny-self-hosted-runners': { type: 'boolean' },
  'allow-any-identity': { type: 'boolean' },
  'predicate-type': { type: 'string' },
  policy: { type: 'string' },
  'require-human-review': { type: 'boolean' },
  'allowed-agents': { type: 'string' },
  'denied-agents': { type: 'string' },
  'allowed-models': { type: 'string' },
  'denied-models': { type: 'string' },
  'min-evidence-strength': { type: 'string' },
  'max-agent-share': { type: 'string' },
  'deny-executable-surfaces': { type: 'boolean' },
  online: { type: 'boolean' },
  'github-api-url': { type: 'string' },
  format: { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The rule flags, each the CLI spelling of a verify action input (docs/policy.md, "Plain inputs"). */
const RULE_FLAGS = [
  'require-human-review',
  'allowed-agents',
  'denied-agents',
  'allowed-models',
  'denied-models',
  'min-evidence-strength',
  'max-agent-share',
  'deny-executable-surfaces',
] as const;

/** What the gate found for one verified bundle, beyond the signature. */
export interface BundleJudgement {
  /** The policy's decision on the statement (docs/policy.md, "JSON result"). */
  policy?: PolicyResult;
  /** The attested reviews fetched again (`--online`). */
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

export async function run(argv: string[], io: CliIO): Promise<number> {
  const json =
    argv.includes('--format=json') || argv.some((a, i) => a === '--format' && argv[i + 1] === 'json');
  let cleanup: (() => Promise<void>) | undefined;
  try {
    const { values: v, positionals } = parseCommandArgs('verify', argv, OPTIONS);
    if (v.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (v.format !== undefined && v.format !== 'text' && v.format !== 'json') {
      throw new AgentAttestError(
        'USAGE',
        `--format ${JSON.stringify(v.format)} is not text or json; pass --format text or --format json.`,
      );
    }
    if (v.staging && v['trusted-root'] === undefined) {
      throw new AgentAttestError(
        'USAGE',
        '--staging needs --trusted-root FILE: this verifier never fetches trust roots; pass the staging trusted_root.json.',
      );
    }
    const logger = stderrLogger(io, v.verbose);
    const identity: IdentityPolicy = {
      certificateIdentity: v['certificate-identity'],
      certificateIdentityRegExp: v['certificate-identity-regexp'],
      signerWorkflow: v['signer-workflow'],
      signerRepo: v['signer-repo'],
      oidcIssuer: v['certificate-oidc-issuer'],
      repository: v.repository,
      repositoryId: v['repository-id'],
      owner: v.owner,
      ownerId: v['owner-id'],
      sourceRef: v['source-ref'],
      sourceDigest: v['source-digest'],
      signerDigest: v['signer-digest'],
      denySelfHostedRunners: v['deny-self-hosted-runners'],
      allowAnyIdentity: v['allow-any-identity'],
    };
    const policy = await loadPolicy(v);
    const env = readEnvironment();
    let github: GitHubClient | undefined;
    const client = async (): Promise<GitHubClient> => {
      const { createGitHubClient } = await import('../../core/github/client.js');
      return (github ??= createGitHubClient({
        token: env.githubToken,
        apiUrl: v['github-api-url'] ?? env.apiUrl,
        logger,
      }));
    };

    let bundlePaths = v.bundle ?? [];
    let lookup: AttestationLookup | undefined;
    if (bundlePaths.length === 0 && positionals.length > 0) {
      const scope = lookupScope(v.repository, v.owner);
      const found = await lookUpAttestations(await client(), scope, positionals, v['predicate-type']);
      lookup = { source: scope.label, found: found.count };
      cleanup = found.cleanup;
      if (found.count === 0) {
        throw new AgentAttestError(
          'VERIFICATION_FAILED',
          `GitHub holds no attestation for ${positionals.join(', ')} in the attestations of ${scope.label}; pass --bundle FILE, or check --repository/--owner and that the release stored its attestation.`,
        );
      }
      bundlePaths = [found.file];
    }

    const report = await verifyArtifacts({
      artifacts: positionals,
      bundlePaths,
      trustedRoot: v['trusted-root'],
      identity,
      predicateType: v['predicate-type'],
      publicKeyPath: v.key,
      logger,
    });
    if (lookup) relabelBundles(report, lookup.source);
    const judgements = await judgeReport(report, {
      policy,
      recheck: v.online ? await onlineChecker(await client()) : undefined,
    });
    const reasons = failureReasons(report, judgements);
    if (json) {
      const doc = gateDocument(report, judgements, reasons, { policy, online: v.online, lookup });
      io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
    } else {
      const render =
        judgements.size > 0 ? (await import('../../core/policy/render.js')).renderDecisionText : undefined;
      io.stdout(formatText(report, judgements, reasons, v.verbose ?? false, render));
    }
    return reasons.length === 0 ? 0 : 1;
  } catch (e) {
    const error =
      e instanceof AgentAttestError
        ? e
        : new AgentAttestError('VERIFICATION_FAILED', `unexpected error: ${messageOf(e)}`, { cause: e });
    io.stderr(`agent-attest verify: ${error.message}\n`);
    if (json)
      io.stdout(
        `${JSON.stringify({ version: REPORT_VERSION, decision: error.exitCode === 1 ? 'fail' : 'error', error: { code: error.code, message: error.message } }, null, 2)}\n`,
      );
    return error.exitCode;
  } finally {
    await cleanup?.();
  }
}

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

/** `--policy FILE` or the rule flags (one policy, never a silent merge of two); undefined when neither. */
async function loadPolicy(v: Values): Promise<LoadedPolicy | undefined> {
  const flags = RULE_FLAGS.filter((f) => v[f] !== undefined && v[f] !== false);
  if (v.policy === undefined && flags.length === 0) return undefined;
  if (v.policy !== undefined && flags.length > 0) {
    throw new AgentAttestError(
      'USAGE',
      `give --policy or the rule flags, not both (--policy ${v.policy} with --${flags.join(', --')}); put the rules in the policy file.`,
    );
  }
  const { loadPolicyFile, policyFromInputs } = await import('../../core/policy/index.js');
  if (v.policy !== undefined) return loadPolicyFile(v.policy);
  return policyFromInputs({
    requireHumanReview: v['require-human-review'],
    allowedAgents: v['allowed-agents'],
    deniedAgents: v['denied-agents'],
    allowedModels: v['allowed-models'],
    deniedModels: v['denied-models'],
    minEvidenceStrength: v['min-evidence-strength'],
    maxAgentShare: v['max-agent-share'],
    denyExecutableSurfaces: v['deny-executable-surfaces'],
  });
}

// ---------------------------------------------------------------------------------------------------------
// No --bundle: the attestations GitHub holds for the artifacts' digests.

interface LookupScope {
  owner: string;
  repo?: string;
  /** `OWNER/REPO` or `OWNER`, for messages and the report. */
  label: string;
}

interface AttestationLookup {
  source: string;
  found: number;
}

/** `[HOST/]OWNER/REPO` (--repository) or `[HOST/]OWNER` (--owner): where to look. */
function lookupScope(repository: string | undefined, owner: string | undefined): LookupScope {
  if (repository !== undefined) {
    const parts = repository.replace(/^https?:\/\//, '').split('/');
    const [o, r] = parts.slice(-2);
    if (parts.length < 2 || parts.length > 3 || !o || !r) {
      throw new AgentAttestError(
        'USAGE',
        `--repository ${JSON.stringify(repository)} is not [HOST/]OWNER/REPO; pass e.g. octo-org/app.`,
      );
    }
    return { owner: o, repo: r, label: `${o}/${r}` };
  }
  if (owner !== undefined) {
    const o = owner
      .replace(/^https?:\/\//, '')
      .split('/')
      .at(-1);
    if (!o)
      throw new AgentAttestError('USAGE', `--owner ${JSON.stringify(owner)} is empty; pass e.g. octo-org.`);
    return { owner: o, label: o };
  }
  throw new AgentAttestError(
    'USAGE',
    'no bundle given; pass --bundle FILE, or --repository OWNER/REPO (or --owner OWNER) to look the attestations up on GitHub.',
  );
}

/** Finds the bundles by sha256 and writes them to one JSONL file for the verifier (its per-version checks). */
async function lookUpAttestations(
  client: GitHubClient,
  scope: LookupScope,
  artifacts: string[],
  predicateType: string | undefined,
): Promise<{ file: string; count: number; cleanup: () => Promise<void> }> {
  const [{ findAttestations }, { SLSA_PROVENANCE_V1 }] = await Promise.all([
    import('../../core/github/attestations.js'),
    import('../../core/statement/types.js'),
  ]);
  const bundles: unknown[] = [];
  const seen = new Set<string>();
  for (const arg of artifacts) {
    const artifact = await resolveArtifact(arg, ['sha256']);
    const sha256 = artifact.digests.sha256;
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

/** Looked-up bundles are named after where they came from, not the temporary file. */
function relabelBundles(report: VerificationReport, source: string): void {
  const label = `${source} attestations`;
  for (const a of report.artifacts) {
    for (const x of [...a.verified, ...a.failures]) x.bundle = { ...x.bundle, path: label };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Policy and online checks of each verified statement.

type Recheck = (dependencies: readonly ResourceDescriptor[]) => Promise<RecheckResult>;

async function onlineChecker(client: GitHubClient): Promise<Recheck> {
  const { recheckReviews } = await import('../../core/github/recheck.js');
  return (deps) => recheckReviews(client, deps);
}

/** Judges every verified bundle; keyed by the VerifiedBundle object. */
async function judgeReport(
  report: VerificationReport,
  opts: { policy?: LoadedPolicy; recheck?: Recheck },
): Promise<Map<VerifiedBundle, BundleJudgement>> {
  const judgements = new Map<VerifiedBundle, BundleJudgement>();
  if (!opts.policy && !opts.recheck) return judgements;
  const policyApi = opts.policy ? await import('../../core/policy/index.js') : undefined;
  // The same bundle verifies several artifacts: fetch its reviews once.
  const rechecked = new Map<string, Promise<RecheckResult>>();
  for (const artifact of report.artifacts) {
    for (const verified of artifact.verified) {
      const rules: RuleResult[] = [];
      let policy: PolicyResult | undefined;
      if (opts.policy && policyApi) {
        const decision = policyApi.evaluatePolicy(
          opts.policy.policy,
          policyApi.policyInputFromVerified(verified),
        );
        policy = policyApi.policyResult(decision, opts.policy);
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
      const pass = rules.every((r) => r.status !== 'fail');
      judgements.set(verified, { policy, online, display: { pass, rules } });
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

/** `--online` as one rule line beside the policy's: fail closed when GitHub cannot be asked. */
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

/** Why the gate fails, one line each; empty when it passes. */
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

// ---------------------------------------------------------------------------------------------------------
// Output.

/**
 * The `--format json` document (docs/verify.md): the verification report, with `decision`/`ok` for the whole
 * gate, `reasons`, and per verified bundle its `policy` result and `online` check when asked for.
 */
export function gateDocument(
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
    // A plain verify keeps the version-1 keys exactly; the gate's parts appear when asked for.
    ...(extras.policy || extras.online || extras.lookup ? { reasons } : {}),
    ...(extras.policy
      ? {
          policy: { source: extras.policy.source, name: extras.policy.name, sha256: extras.policy.sha256 },
        }
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

/** Certificate fields and reasons come from untrusted bundles: no terminal control characters. */
function clean(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatText(
  report: VerificationReport,
  judgements: Map<VerifiedBundle, BundleJudgement>,
  reasons: string[],
  verbose: boolean,
  render?: RenderText,
): string {
  const lines: string[] = [];
  for (const a of report.artifacts) {
    const digest = Object.entries(a.digests)[0];
    lines.push(`${a.ok ? 'PASS' : 'FAIL'}  ${clean(a.name)}${digest ? `  ${digest[0]}:${digest[1]}` : ''}`);
    for (const v of a.verified) {
      lines.push(`  ✓ ${source(v.bundle)}: ${describeSigner(v)}`);
      const j = judgements.get(v);
      if (j && render) lines.push(...decisionLines(j, render).map((l) => `    ${l}`));
    }
    if (!a.ok || verbose) {
      for (const f of a.failures) lines.push(`  ✗ ${source(f.bundle)}: ${f.code}: ${clean(f.reason)}`);
    }
  }
  const failed = report.artifacts.filter((a) => !a.ok).length;
  if (!report.ok)
    lines.push(
      `verification FAILED: ${failed} of ${report.artifacts.length} artifact(s) have no bundle that verifies`,
    );
  else if (reasons.length > 0)
    lines.push(
      `policy FAILED: ${reasons.length} rule failure(s) across ${report.artifacts.length} artifact(s)`,
    );
  else
    lines.push(
      `verified: ${report.artifacts.length} artifact(s) signed by the expected signer${judgements.size > 0 ? ' and passing the policy' : ''} (trusted root: ${report.trustedRoots.join(', ')})`,
    );
  return `${lines.join('\n')}\n`;
}

type RenderText = (d: Decision, loaded?: { name: string; sha256: string }) => string;

/** The decision and every rule line (the policy renderer's text, which strips control characters). */
function decisionLines(j: BundleJudgement, render: RenderText): string[] {
  const loaded = j.policy ? { name: j.policy.policy.name, sha256: j.policy.policy.sha256 } : undefined;
  return render(j.display, loaded).trimEnd().split('\n');
}

function source(b: { path: string; index: number }): string {
  return `${clean(b.path)}#${b.index}`;
}

function describeSigner(v: VerifiedBundle): string {
  const s = v.signer;
  const time = v.timestamps[0]?.time;
  const parts = [s ? `signed by ${s.subjectAlternativeName ?? '(no SAN)'}` : 'signed with the given key'];
  if (s?.sourceRepositoryURI)
    parts.push(
      `source ${s.sourceRepositoryURI}@${s.sourceRepositoryRef ?? '?'} ${s.sourceRepositoryDigest?.slice(0, 12) ?? ''}`.trim(),
    );
  if (time) parts.push(`at ${time}`);
  parts.push(`root ${v.trustedRoot}`);
  return clean(parts.join(', '));
}
