/**
 * The deploy gate, shared by `agent-attest verify` and the verify action:
 *
 *   artifacts ─▶ bundles (files, or looked up on GitHub by digest) ─▶ verifyArtifacts (signature, signer, content)
 *     ─▶ per verified statement: evaluatePolicy (policy file or plain rules), recheckReviews (online)
 *     ─▶ one decision: pass only when every artifact verified and every verified statement passed
 *
 * A plain gate (no policy, no online check, bundle files given) imports the verifier only, so a deploy gate
 * starts fast: the policy (yaml, ajv) and GitHub (octokit) modules are imported when an option needs them.
 * The front ends turn their argv/inputs into GateOptions and render the GateResult; `gateDocument` is the
 * stable JSON both emit (docs/verify.md).
 */
import type { RuntimeEnvironment } from '../config.js';
import { AgentAttestError, messageOf } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import type { RecheckResult } from '../github/recheck.js';
import type { Logger } from '../log.js';
import type { Decision, LoadedPolicy, PolicyInputs, PolicyResult, RuleResult } from '../policy/index.js';
import { CLI_NAMES, RULE_OPTIONS, type OptionNames, type RuleOptionKey } from './options.js';
import { SLSA_PROVENANCE_V1, type ResourceDescriptor } from '../statement/types.js';
import { trustSources } from '../trust/index.js';
import {
  bundlesFromDocuments,
  parseArtifactArgument,
  resolveArtifact,
  verifyArtifacts,
  type Artifact,
  type ArtifactSpec,
  type LoadedBundle,
  type VerifyProgress,
  type IdentityPolicy,
  type VerificationReport,
  type VerifiedBundle,
} from '../verify/index.js';

/** Version of the result document (`--format json`, the action's result file; docs/verify.md). */
export const REPORT_VERSION = 1;

export { ACTION_NAMES, CLI_NAMES, type OptionNames } from './options.js';

export interface GateOptions {
  /**
   * Files, digests or images; a string is read as a CLI argument (`ALG:HEX` is a digest, `oci://REGISTRY/
   * REPOSITORY@sha256:HEX` or `…:TAG` an image, anything else a path).
   */
  artifacts: (ArtifactSpec | string)[];
  /** Bundle files (JSON, JSONL); empty: look the attestations up on GitHub by artifact digest. */
  bundlePaths: string[];
  /** A file path, `public-good`, `github`, or undefined: the instances the bundles' certificates come from. */
  trustedRoot?: string;
  /** Never ask a TUF repository: the newest cached root, else the shipped one (src/core/trust). */
  offline?: boolean;
  /** A root its TUF repository did not confirm in the last day is an error (exit 2), not a fallback. */
  requireFreshRoot?: boolean;
  /** A TUF repository to take the trusted root from, and the root metadata file to start from. */
  tufUrl?: string;
  tufRoot?: string;
  identity: IdentityPolicy;
  predicateType?: string;
  /** Accept plain signatures (message signatures) of the artifacts: not with a predicate type, policy or rules. */
  allowMessageSignatures?: boolean;
  /** Accept v0.1 bundles (and v0.2 without an inclusion proof), held to v0.1's rules. */
  allowLegacyBundles?: boolean;
  /** PEM public key file for key-signed bundles (no certificate, no identity). */
  publicKeyPath?: string;
  /** A policy file (YAML). Giving it together with `rules` is a usage error: one policy, never a merge. */
  policyFile?: string;
  /** The plain rule options (policyFromInputs); none set means no rules. */
  rules?: PolicyInputs;
  /** Fetch the attested reviews again; changed or vanished ones fail. */
  online?: boolean;
  /**
   * Where to look bundles up when none is given and neither `identity.repository` nor `identity.owner` names
   * a place (the action: the workflow's own repository).
   */
  defaultRepository?: string;
  /** GitHub API base URL; default: the environment's (GITHUB_API_URL, else api.github.com). */
  githubApiUrl?: string;
  /** Token for lookups and the online check; default: the environment's (GITHUB_TOKEN/GH_TOKEN). */
  githubToken?: string;
  /** How messages name the options; default: the CLI's. */
  names?: OptionNames;
  /** Plain HTTP to image registries that are not loopback. */
  allowInsecureRegistry?: boolean;
  /** Called as bundles are read (a progress indicator). */
  onProgress?: (progress: VerifyProgress) => void;
}

export interface GateDeps {
  logger: Logger;
  env: RuntimeEnvironment;
}

/** Bundles looked up on GitHub: where, and how many. */
export interface AttestationLookup {
  source: string;
  found: number;
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

/** What the gate found for one verified bundle, beyond the signature. */
export interface BundleJudgement {
  /** The policy's decision on the statement (docs/policy.md, "JSON result"). */
  policy?: PolicyResult;
  /** The attested reviews fetched again. */
  online?: OnlineCheck;
  /** Every rule shown to people: the policy's, then `reviews.online`. */
  display: Decision;
}

export interface GateResult {
  /** The whole gate: every artifact verified and every verified statement passed. */
  pass: boolean;
  report: VerificationReport;
  /** Keyed by the report's VerifiedBundle objects; empty without policy and online check. */
  judgements: Map<VerifiedBundle, BundleJudgement>;
  /** Why the gate fails, one line each (`ARTIFACT: RULE-ID: reason`); empty when it passes. */
  reasons: string[];
  policy?: LoadedPolicy;
  online: boolean;
  lookup?: AttestationLookup;
}

/** The gate, start to end. Throws AgentAttestError for bad input (exit 2) and for a lookup that finds nothing. */
export async function runGate(options: GateOptions, deps: GateDeps): Promise<GateResult> {
  const names = options.names ?? CLI_NAMES;
  if (options.artifacts.length === 0)
    throw new AgentAttestError('USAGE', `no artifact given; ${names.verb} ${names.artifact}.`);
  const policy = await loadPolicy(options, names);
  if (options.allowMessageSignatures && (policy || options.online))
    throw new AgentAttestError(
      'USAGE',
      `${names.of('allowMessageSignatures')} accepts plain signatures, which carry no statement for ${policy ? (policy.source === 'file' ? names.of('policy') : names.rules) : names.of('online')} to read; give one or the other.`,
    );
  const github = lazyClient(options, deps);

  // Images (`oci://…`) are resolved to their digests first (a tag through the registry): the digest is verified.
  const specs = options.artifacts.map((a) => (typeof a === 'string' ? parseArtifactArgument(a) : a));
  const plain = specs.filter((s) => s.kind !== 'image');
  const imageRefs = specs.flatMap((s) => (s.kind === 'image' ? [s.reference] : []));
  // The registry client and docker's credential helpers load only for images: a file's verify skips them.
  const oci = imageRefs.length > 0 ? await import('../oci/artifacts.js') : undefined;
  const dockerConfigDir = oci ? deps.env.dockerConfigDir : undefined;
  const registry = {
    credentials: dockerConfigDir
      ? (await import('../oci/credentials.js')).dockerConfigCredentials(dockerConfigDir)
      : undefined,
    allowInsecure: options.allowInsecureRegistry ?? false,
  };
  const resolved = oci ? await oci.imageArtifacts(imageRefs, registry) : undefined;
  let nextImage = 0;
  const artifacts = specs.map((s): ArtifactSpec =>
    s.kind === 'image' ? { kind: 'resolved', artifact: resolved!.artifacts[nextImage++] as Artifact } : s,
  );

  let bundles: LoadedBundle[] | undefined;
  let lookup: AttestationLookup | undefined;
  if (options.bundlePaths.length === 0) {
    bundles = [];
    // No bundle files: an image's bundles are its referrers in its registry; files' are on GitHub.
    if (oci && resolved)
      bundles.push(...(await oci.registryBundles(resolved.images, registry, (m) => deps.logger.debug(m))));
    if (plain.length > 0) {
      const scope = lookupScope(options, names);
      const found = await lookUpAttestations(await github(), scope, { ...options, artifacts: plain });
      lookup = { source: scope.label, found: found.length };
      bundles.push(...found);
      if (found.length === 0)
        throw new AgentAttestError(
          'VERIFICATION_FAILED',
          `GitHub holds no attestation for ${plain.map(artifactName).join(', ')} in the attestations of ${scope.label}; ${names.verb} ${names.with('bundle', 'FILE')}, or check ${names.of('repository')} (or ${names.of('owner')}) and that the release stored its attestation.`,
        );
    }
    if (bundles.length === 0)
      throw new AgentAttestError(
        'VERIFICATION_FAILED',
        `the registry holds no attestation for ${resolved!.images.map((i) => i.image.pinned).join(', ')} (no Sigstore bundle among its referrers, neither by the referrers API nor the sha256- tag); attest it with push-to-registry, or ${names.verb} ${names.with('bundle', 'FILE')}.`,
      );
  }

  const report = await verifyArtifacts({
    artifacts,
    bundlePaths: options.bundlePaths,
    ...(bundles ? { bundles } : {}),
    trustedRoot: options.trustedRoot,
    trust: trustSources(options, deps, names.of),
    identity: options.identity,
    predicateType: options.predicateType,
    allowMessageSignatures: options.allowMessageSignatures,
    allowLegacyBundles: options.allowLegacyBundles,
    publicKeyPath: options.publicKeyPath,
    logger: deps.logger,
    names,
    onProgress: options.onProgress,
  });

  const recheck = options.online ? await onlineChecker(await github()) : undefined;
  const judgements = await judgeReport(report, { policy, recheck });
  const reasons = failureReasons(report, judgements);
  return {
    pass: reasons.length === 0,
    report,
    judgements,
    reasons,
    policy,
    online: options.online ?? false,
    lookup,
  };
}

/**
 * The result document: the verification report, with `decision`/`ok` for the whole gate, `reasons`, and per
 * verified bundle its `policy` result and `online` check when asked for. A plain verify keeps the version-1
 * keys exactly; the gate's parts appear when used.
 */
export function gateDocument(result: GateResult): Record<string, unknown> {
  const { report, judgements, reasons, policy, online, lookup } = result;
  return {
    version: REPORT_VERSION,
    decision: result.pass ? 'pass' : 'fail',
    ...report,
    ok: result.pass,
    ...(policy || online || lookup ? { reasons } : {}),
    ...(policy ? { policy: { source: policy.source, name: policy.name, sha256: policy.sha256 } } : {}),
    ...(online ? { online: true } : {}),
    ...(lookup ? { attestations: lookup } : {}),
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

/** Any thrown value as the gate's error: unexpected ones fail closed as a verification failure. */
export function gateError(e: unknown): AgentAttestError {
  return e instanceof AgentAttestError
    ? e
    : new AgentAttestError('VERIFICATION_FAILED', `unexpected error: ${messageOf(e)}`, { cause: e });
}

/** The result document when the gate could not decide: `fail` (exit 1) or `error` (exit 2). */
export function errorDocument(error: AgentAttestError): Record<string, unknown> {
  return {
    version: REPORT_VERSION,
    decision: error.exitCode === 1 ? 'fail' : 'error',
    error: { code: error.code, message: error.message },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The policy: a file or the plain rules, never both.

/**
 * A rule option the user gave: anything but absent or false. An empty value is given too — `--allowed-agents ','`
 * must fail as an empty list (policyFromInputs), not silently drop the rule. (The action reads an empty input as
 * absent: GitHub cannot tell the two apart.)
 */
function isGiven(value: unknown): boolean {
  return value !== undefined && value !== false;
}

async function loadPolicy(options: GateOptions, names: OptionNames): Promise<LoadedPolicy | undefined> {
  const rules = options.rules ?? {};
  const given = (Object.keys(RULE_OPTIONS) as RuleOptionKey[]).filter((k) => isGiven(rules[k]));
  if (options.policyFile === undefined && given.length === 0) return undefined;
  if (options.policyFile !== undefined && given.length > 0)
    throw new AgentAttestError(
      'USAGE',
      `give ${names.of('policy')} or ${names.rules}, not both (${names.of('policy')} ${options.policyFile} with ${given.map((k) => names.of(k)).join(', ')}); put the rules in the policy file.`,
    );
  const { loadPolicyFile, policyFromInputs } = await import('../policy/index.js');
  return options.policyFile !== undefined
    ? loadPolicyFile(options.policyFile, names)
    : policyFromInputs(rules, names);
}

function artifactName(a: ArtifactSpec | string): string {
  if (typeof a === 'string') return a;
  switch (a.kind) {
    case 'file':
      return a.path;
    case 'digest':
      return a.name;
    case 'image':
      return a.reference;
    case 'resolved':
      return a.artifact.name;
  }
}

// ---------------------------------------------------------------------------------------------------------
// No bundle files: the attestations GitHub holds for the artifacts' digests.

interface LookupScope {
  owner: string;
  repo?: string;
  /** `OWNER/REPO` or `OWNER`, for messages and the result. */
  label: string;
}

/** One client per gate run, created (and octokit imported) only when a lookup or the online check needs it. */
function lazyClient(options: GateOptions, { env, logger }: GateDeps): () => Promise<GitHubClient> {
  let client: GitHubClient | undefined;
  return async () => {
    const { createGitHubClient } = await import('../github/client.js');
    return (client ??= createGitHubClient({
      token: options.githubToken ?? env.githubToken,
      apiUrl: options.githubApiUrl ?? env.apiUrl,
      // An explicit API URL (GHES, a local server) names its own web host.
      serverUrl: options.githubApiUrl === undefined ? env.serverUrl : undefined,
      logger,
    }));
  };
}

/** `[HOST/]OWNER/REPO` (repository) or `[HOST/]OWNER` (owner): where to look. */
function lookupScope(options: GateOptions, names: OptionNames): LookupScope {
  const { repository, owner } = options.identity;
  const repo = repository ?? (owner === undefined ? options.defaultRepository : undefined);
  if (repo !== undefined) {
    const parts = repo.replace(/^https?:\/\//, '').split('/');
    const [o, r] = parts.slice(-2);
    if (parts.length < 2 || parts.length > 3 || !o || !r)
      throw new AgentAttestError(
        'USAGE',
        `repository ${JSON.stringify(repo)} is not [HOST/]OWNER/REPO; ${names.verb} ${names.of('repository')} such as octo-org/app.`,
      );
    return { owner: o, repo: r, label: `${o}/${r}` };
  }
  if (owner !== undefined) {
    const o = owner
      .replace(/^https?:\/\//, '')
      .split('/')
      .at(-1);
    if (!o)
      throw new AgentAttestError(
        'USAGE',
        `owner ${JSON.stringify(owner)} is empty; ${names.verb} ${names.of('owner')} such as octo-org.`,
      );
    return { owner: o, label: o };
  }
  throw new AgentAttestError(
    'USAGE',
    `no bundle given; ${names.verb} ${names.with('bundle', 'FILE')}, or ${names.with('repository', 'OWNER/REPO')} (or ${names.with('owner', 'OWNER')}) to look the attestations up on GitHub.`,
  );
}

/** Finds the bundles by sha256, named after where they came from in the report. */
async function lookUpAttestations(
  client: GitHubClient,
  scope: LookupScope,
  { artifacts, predicateType, allowLegacyBundles }: GateOptions,
): Promise<LoadedBundle[]> {
  const { findAttestations } = await import('../github/attestations.js');
  const bundles: unknown[] = [];
  const seen = new Set<string>();
  for (const arg of artifacts) {
    const digests = (await resolveArtifact(arg, ['sha256'])).digests;
    const sha256 = Object.hasOwn(digests, 'sha256') ? digests.sha256 : undefined;
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
  return bundlesFromDocuments(bundles, `${scope.label} attestations`, { allowLegacyBundles });
}

// ---------------------------------------------------------------------------------------------------------
// Policy and online checks of each verified statement.

type Recheck = (dependencies: readonly ResourceDescriptor[]) => Promise<RecheckResult>;

async function onlineChecker(client: GitHubClient): Promise<Recheck> {
  const { recheckReviews } = await import('../github/recheck.js');
  return (deps) => recheckReviews(client, deps);
}

/** Judges every verified bundle; keyed by the VerifiedBundle object. */
async function judgeReport(
  report: VerificationReport,
  opts: { policy?: LoadedPolicy; recheck?: Recheck },
): Promise<Map<VerifiedBundle, BundleJudgement>> {
  const judgements = new Map<VerifiedBundle, BundleJudgement>();
  if (!opts.policy && !opts.recheck) return judgements;
  const policyApi = opts.policy ? await import('../policy/index.js') : undefined;
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

/** The online check as one rule line beside the policy's: fail closed when GitHub cannot be asked. */
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

/** Failing bundles named per unverified artifact in `reasons` (the report lists them all). */
const REASONS_PER_ARTIFACT = 3;

/** Why the gate fails, one line each; empty when it passes. */
function failureReasons(
  report: VerificationReport,
  judgements: Map<VerifiedBundle, BundleJudgement>,
): string[] {
  const reasons: string[] = [];
  for (const a of report.artifacts) {
    if (!a.ok) {
      // Each bundle's own reason, so the first line already says what to fix.
      const shown = a.failures.slice(0, REASONS_PER_ARTIFACT);
      for (const f of shown) reasons.push(`${a.name}: ${f.code}: ${f.reason}`);
      const more = a.failures.length - shown.length + (a.failuresOmitted ?? 0);
      if (a.failures.length === 0) reasons.push(`${a.name}: no bundle verifies`);
      else if (more > 0) reasons.push(`${a.name}: … and ${more} more bundle(s) that do not verify it`);
    }
    for (const v of a.verified) {
      for (const r of judgements.get(v)?.display.rules ?? [])
        if (r.status === 'fail') reasons.push(`${a.name}: ${r.id}: ${r.reason}`);
    }
  }
  return reasons;
}
