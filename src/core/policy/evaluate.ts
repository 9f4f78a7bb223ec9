/**
 * The policy evaluator: pure, one function per rule, each giving pass/fail/skip with one line of reason
 * and pointers (commit, PR, path, review). Only configured rules appear. Fail closed: a rule that needs
 * data the attestation does not carry (no extension, reviews unavailable, a commit with no PR) fails
 * and says so.
 */
import { modelGlobMatch as modelMatch, pathGlobMatch as globMatch } from './glob.js';
import { isHuman, sameAccount, type Account, type ReviewRecord } from '../github/records.js';
import { parseWorkflowIdentity, sameGitHubName } from '../verify/identity.js';
import type {
  AgentClaim,
  CommitFacts,
  Decision,
  Policy,
  PolicyInput,
  Pointer,
  PullRequestFacts,
  RuleResult,
  Strength,
  SurfaceAction,
  SurfaceFacts,
} from './types.js';

export interface EvaluateOptions {
  /** The time freshness is measured against (tests pass a fixed one). */
  now?: Date;
}

const GITHUB = 'https://github.com';
const STRENGTH_RANK: Record<Strength, number> = { verified: 3, declared: 2, inferred: 1 };
/** Capabilities that can run code or widen what an assistant may do unasked. */
const EXECUTABLE = new Set(['EXEC', 'MCP', 'ENV', 'PERM']);
/** How many items a reason names before "… and N more" (pointers always list all). */
const NAMED_IN_REASON = 3;

export function evaluatePolicy(policy: Policy, input: PolicyInput, options: EvaluateOptions = {}): Decision {
  const ctx = new Context(policy, input, options.now ?? new Date());
  const rules: RuleResult[] = [];
  const add = (r: RuleResult | undefined) => {
    if (r) rules.push(r);
  };
  if (input.problems.length > 0) {
    add({
      id: 'statement.readable',
      status: 'fail',
      reason: `the attestation cannot be evaluated: ${list(input.problems)}`,
      pointers: [],
    });
  }
  for (const rule of [
    signerWorkflowRule,
    repositoryRule,
    ownerRule,
    sourceRefRule,
    issuerRule,
    runnerRule,
    freshnessRule,
    allowedAgentsRule,
    deniedAgentsRule,
    allowedModelsRule,
    deniedModelsRule,
    agentShareRule,
    unknownRule,
    commitTagsRule,
    humanReviewRule,
    minApprovalsRule,
    declaredReviewRule,
    protectedAgentCodeRule,
    protectedApprovalsRule,
    surfaceRule(
      'executable-changes',
      policy.surfaces.executableChanges,
      (s) => s.capabilities.some((c) => EXECUTABLE.has(c)),
      'executable',
    ),
    surfaceRule(
      'instruction-changes',
      policy.surfaces.instructionChanges,
      (s) => s.capabilities.length > 0 && s.capabilities.every((c) => c === 'INSTR'),
      'instruction',
    ),
    surfaceRule('high-risk-changes', policy.surfaces.highRiskChanges, (s) => s.risk === 'high', 'high-risk'),
  ]) {
    add(rule(ctx));
  }
  return { pass: rules.every((r) => r.status !== 'fail'), rules };
}

// ---------------------------------------------------------------------------------------------------------
// What every rule needs to know, computed once.

class Context {
  /** Agent claims that count (at or above min-evidence-strength), per commit. */
  readonly counted = new Map<string, AgentClaim[]>();
  /** Commits with counting agent evidence. */
  readonly agentCommits: CommitFacts[];
  /** Commits whose only agent evidence is weaker than the policy counts: unknown, never human. */
  readonly demoted: CommitFacts[];
  readonly unknownCount: number;

  constructor(
    readonly policy: Policy,
    readonly input: PolicyInput,
    readonly now: Date,
  ) {
    const min = STRENGTH_RANK[policy.agents.minStrength];
    for (const c of input.commits)
      this.counted.set(
        c.sha,
        c.agents.filter((a) => STRENGTH_RANK[a.strength] >= min),
      );
    this.agentCommits = input.commits.filter((c) => this.agentsOf(c).length > 0);
    this.demoted = input.commits.filter((c) => c.agents.length > 0 && this.agentsOf(c).length === 0);
    this.unknownCount = Math.max(0, input.rangeCommits - this.agentCommits.length);
  }

  agentsOf(c: CommitFacts): AgentClaim[] {
    return this.counted.get(c.sha) ?? [];
  }

  commitPointer(sha: string): Pointer {
    const known = this.input.commits.find((c) => c.sha === sha);
    const url =
      known?.url ?? (this.input.repositoryUrl ? `${this.input.repositoryUrl}/commit/${sha}` : undefined);
    return { kind: 'commit', value: sha, ...(url ? { url } : {}) };
  }

  /**
   * A failing result when the statement cannot answer the rule: an extension that does not validate or whose
   * counts disagree (PREDICATE_INVALID), no agent-attest extension, or (for rules about commits or surfaces)
   * entries the producer left out to bound the statement's size. Every content rule asks this first.
   */
  needsExtension(id: string, about: 'commits' | 'surfaces' = 'commits'): RuleResult | undefined {
    if (this.input.predicateInvalid !== undefined) {
      return {
        ...fail(
          id,
          `PREDICATE_INVALID: ${this.input.predicateInvalid}; the rule cannot read the statement as written`,
        ),
        code: 'PREDICATE_INVALID',
      };
    }
    if (!this.input.hasExtension) {
      return fail(
        id,
        'the statement carries no agent-attest extension (a plain provenance statement says nothing about agents) — attest with agent-attest',
      );
    }
    const omitted = about === 'commits' ? this.input.omittedCommits : this.input.omittedSurfaces;
    if (omitted > 0) {
      return fail(
        id,
        `the statement left out ${plural(omitted, about === 'commits' ? 'agent commit' : 'config surface change')} to bound its size, so the rule cannot be checked — attest a shorter range`,
      );
    }
    return undefined;
  }
}

function pass(id: string, reason: string, pointers: Pointer[] = []): RuleResult {
  return { id, status: 'pass', reason, pointers };
}
function fail(id: string, reason: string, pointers: Pointer[] = []): RuleResult {
  return { id, status: 'fail', reason, pointers };
}
function skip(id: string, reason: string): RuleResult {
  return { id, status: 'skip', reason, pointers: [] };
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

/** "a, b, c … and 4 more". */
function list(items: string[]): string {
  const shown = items.slice(0, NAMED_IN_REASON).join('; ');
  return items.length > NAMED_IN_REASON ? `${shown} … and ${items.length - NAMED_IN_REASON} more` : shown;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function show(v: string | undefined): string {
  return v === undefined ? 'absent' : v;
}

function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// Identity and freshness: certificate facts only.

function signerWorkflowRule({ policy, input }: Context): RuleResult | undefined {
  const allowed = policy.identity.signerWorkflows;
  if (!allowed) return undefined;
  const id = 'identity.signer-workflow';
  const san = input.signer.buildSignerUri;
  const signer = parseWorkflowIdentity(san);
  const pointer: Pointer = { kind: 'signer', value: show(san) };
  if (!signer) return fail(id, `the certificate's signer ${show(san)} is not a GitHub workflow`, [pointer]);
  // Host, owner and repository compare as GitHub names (case-insensitive); the path and ref exactly.
  const ok = allowed.some((w) => {
    const [owner, name, ...rest] = w.workflow.split('/');
    return (
      sameGitHubName(signer.host, 'github.com') &&
      sameGitHubName(signer.owner, owner ?? '') &&
      sameGitHubName(signer.repo, name ?? '') &&
      signer.path === rest.join('/') &&
      (w.refs === undefined || globMatch(signer.ref, w.refs))
    );
  });
  const want = allowed.map((w) => `${w.workflow}@${w.refs?.join('|') ?? '<any ref>'}`).join(', ');
  return ok
    ? pass(id, `signed by ${signer.owner}/${signer.repo}/${signer.path}@${signer.ref}`, [pointer])
    : fail(id, `signed by ${san}, which is not an allowed signer workflow (${want})`, [pointer]);
}

function namedIdRule(
  id: string,
  what: string,
  want: { name?: string; id?: string } | undefined,
  uri: string | undefined,
  actualId: string | undefined,
): RuleResult | undefined {
  if (!want) return undefined;
  const problems: string[] = [];
  if (want.name !== undefined && !sameText(uri, `${GITHUB}/${want.name}`)) {
    problems.push(`${what} is ${show(uri)}, expected ${GITHUB}/${want.name}`);
  }
  if (want.id !== undefined && actualId !== want.id)
    problems.push(`${what} id is ${show(actualId)}, expected ${want.id}`);
  const pointers: Pointer[] = uri ? [{ kind: 'signer', value: uri }] : [];
  return problems.length > 0
    ? fail(id, problems.join('; '), pointers)
    : pass(id, `${what} ${uri}${actualId ? ` (id ${actualId})` : ''}`, pointers);
}

function repositoryRule({ policy, input }: Context) {
  return namedIdRule(
    'identity.repository',
    'source repository',
    policy.identity.repository,
    input.signer.sourceRepositoryUri,
    input.signer.sourceRepositoryId,
  );
}

function ownerRule({ policy, input }: Context) {
  return namedIdRule(
    'identity.owner',
    'repository owner',
    policy.identity.owner,
    input.signer.ownerUri,
    input.signer.ownerId,
  );
}

function sourceRefRule({ policy, input }: Context): RuleResult | undefined {
  const refs = policy.identity.sourceRefs;
  if (!refs) return undefined;
  const ref = input.signer.sourceRepositoryRef;
  const id = 'identity.source-ref';
  return ref !== undefined && globMatch(ref, refs)
    ? pass(id, `built from ${ref}`)
    : fail(id, `built from ${show(ref)}, not one of ${refs.join(', ')}`);
}

function issuerRule({ policy, input }: Context): RuleResult | undefined {
  const want = policy.identity.issuer;
  if (want === undefined) return undefined;
  const got = input.signer.issuer;
  return got === want
    ? pass('identity.issuer', `issuer ${got}`)
    : fail('identity.issuer', `issuer is ${show(got)}, expected ${want}`);
}

function runnerRule({ policy, input }: Context): RuleResult | undefined {
  const want = policy.identity.runnerEnvironment;
  if (want === undefined) return undefined;
  const id = 'identity.runner-environment';
  const got = input.signer.runnerEnvironment;
  if (want === 'any') return skip(id, `any runner allowed (built on ${show(got)})`);
  return got === want
    ? pass(id, `built on a ${got} runner`)
    : fail(id, `built on a ${show(got)} runner, expected ${want}`);
}

function freshnessRule({ policy, input, now }: Context): RuleResult | undefined {
  const max = policy.freshness.maxAgeSeconds;
  if (max === undefined) return undefined;
  const id = 'freshness.max-age';
  if (!input.signedAt)
    return fail(id, 'the bundle has no verified signing time (timestamp or log entry) to measure its age by');
  const age = Math.floor((now.getTime() - input.signedAt.getTime()) / 1000);
  const when = input.signedAt.toISOString();
  return age <= max
    ? pass(id, `signed ${duration(age)} ago (${when}), within ${policy.freshness.maxAgeText}`)
    : fail(id, `signed ${duration(age)} ago (${when}), older than ${policy.freshness.maxAgeText}`);
}

function duration(seconds: number): string {
  if (seconds < 0) return '0m';
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return d > 0 ? `${d}d ${h}h` : h > 0 ? `${h}h ${m}m` : `${m}m`;
}

// ---------------------------------------------------------------------------------------------------------
// Agents and models: the statement's claims, at or above min-evidence-strength.

/** Commits whose counted agents include one that `bad` selects; the reason names agent and commit. */
function offendingAgents(ctx: Context, bad: (a: AgentClaim) => boolean, label: (a: AgentClaim) => string) {
  const pointers: Pointer[] = [];
  const named: string[] = [];
  for (const c of ctx.agentCommits) {
    const hits = ctx.agentsOf(c).filter(bad);
    if (hits.length === 0) continue;
    pointers.push(ctx.commitPointer(c.sha));
    named.push(`${[...new Set(hits.map(label))].join(', ')} in ${short(c.sha)}`);
  }
  return { pointers, named };
}

function agentSummary(ctx: Context): string {
  const counts = new Map<string, number>();
  for (const c of ctx.agentCommits)
    for (const id of new Set(ctx.agentsOf(c).map((a) => a.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${id} ×${n}`).join(', ');
}

function allowedAgentsRule(ctx: Context): RuleResult | undefined {
  const allowed = ctx.policy.agents.allowedAgents;
  if (!allowed) return undefined;
  const id = 'agents.allowed';
  const none = ctx.needsExtension(id);
  if (none) return none;
  const { pointers, named } = offendingAgents(
    ctx,
    (a) => !allowed.includes(a.id),
    (a) => a.id,
  );
  if (named.length > 0)
    return fail(
      id,
      `${plural(pointers.length, 'commit')} by agents not in allowed-agents: ${list(named)}`,
      pointers,
    );
  return ctx.agentCommits.length === 0
    ? pass(id, 'no agent commits')
    : pass(
        id,
        `${plural(ctx.agentCommits.length, 'agent commit')}, all by allowed agents (${agentSummary(ctx)})`,
      );
}

function deniedAgentsRule(ctx: Context): RuleResult | undefined {
  const denied = ctx.policy.agents.deniedAgents;
  if (!denied) return undefined;
  const id = 'agents.denied';
  const none = ctx.needsExtension(id);
  if (none) return none;
  const { pointers, named } = offendingAgents(
    ctx,
    (a) => denied.includes(a.id),
    (a) => a.id,
  );
  return named.length > 0
    ? fail(id, `${plural(pointers.length, 'commit')} by denied agents: ${list(named)}`, pointers)
    : pass(id, `no commit by a denied agent (${denied.join(', ')})`);
}

function modelOf(a: AgentClaim): string | undefined {
  return a.model ?? a.modelRaw;
}

function allowedModelsRule(ctx: Context): RuleResult | undefined {
  const allowed = ctx.policy.agents.allowedModels;
  if (!allowed) return undefined;
  const id = 'models.allowed';
  const none = ctx.needsExtension(id);
  if (none) return none;
  const denyUnknown = ctx.policy.agents.unknownModel === 'deny';
  const { pointers, named } = offendingAgents(
    ctx,
    (a) => {
      const model = modelOf(a);
      return model === undefined ? denyUnknown : !modelMatch(model, allowed);
    },
    (a) => `${a.id} (${modelOf(a) ?? 'model not recorded'})`,
  );
  return named.length > 0
    ? fail(
        id,
        `${plural(pointers.length, 'commit')} by models not in allowed-models: ${list(named)}`,
        pointers,
      )
    : pass(id, ctx.agentCommits.length === 0 ? 'no agent commits' : 'every recorded model is allowed');
}

function deniedModelsRule(ctx: Context): RuleResult | undefined {
  const denied = ctx.policy.agents.deniedModels;
  if (!denied) return undefined;
  const id = 'models.denied';
  const none = ctx.needsExtension(id);
  if (none) return none;
  const { pointers, named } = offendingAgents(
    ctx,
    (a) => modelOf(a) !== undefined && modelMatch(modelOf(a)!, denied),
    (a) => `${a.id} (${modelOf(a)})`,
  );
  return named.length > 0
    ? fail(id, `${plural(pointers.length, 'commit')} by denied models: ${list(named)}`, pointers)
    : pass(id, `no commit by a denied model (${denied.join(', ')})`);
}

function agentShareRule(ctx: Context): RuleResult | undefined {
  const max = ctx.policy.agents.maxAgentShare;
  if (max === undefined) return undefined;
  const id = 'agents.max-share';
  const none = ctx.needsExtension(id);
  if (none) return none;
  const total = ctx.input.rangeCommits;
  const countUnknown = ctx.policy.agents.unknown === 'count-as-agent';
  const agents = ctx.agentCommits.length + (countUnknown ? ctx.unknownCount : 0);
  const share = total === 0 ? 0 : agents / total;
  const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;
  const counted = countUnknown ? 'agent or unknown commits' : 'agent commits';
  const reason = `${counted} are ${pct(share)} of the range (${agents} of ${total}; limit ${pct(max)})`;
  return share <= max
    ? pass(id, reason)
    : fail(
        id,
        reason,
        ctx.agentCommits.map((c) => ctx.commitPointer(c.sha)),
      );
}

function unknownRule(ctx: Context): RuleResult | undefined {
  const treatment = ctx.policy.agents.unknown;
  const id = 'agents.unknown';
  if (treatment !== 'deny') return undefined;
  const none = ctx.needsExtension(id);
  if (none) return none;
  const n = ctx.unknownCount;
  if (n === 0) return pass(id, 'every commit of the range carries agent evidence that counts');
  const weak =
    ctx.demoted.length > 0
      ? ` (${ctx.demoted.length} only with evidence weaker than ${ctx.policy.agents.minStrength})`
      : '';
  return fail(
    id,
    `${plural(n, 'commit')} of ${ctx.input.rangeCommits} carry no agent evidence that counts${weak}; unknown is denied`,
    ctx.demoted.map((c) => ctx.commitPointer(c.sha)),
  );
}

/** Every counted coding-agent commit carries a commit-time tag: a gap in the tagging process fails, named. */
function commitTagsRule(ctx: Context): RuleResult | undefined {
  if (!ctx.policy.agents.requireCommitTags) return undefined;
  const id = 'agents.commit-tags';
  const none = ctx.needsExtension(id);
  if (none) return none;
  const agentCode = ctx.agentCommits.filter((c) => ctx.agentsOf(c).some((a) => a.class === 'coding-agent'));
  const untagged = agentCode.filter((c) => !c.tagged);
  if (untagged.length > 0) {
    const named = untagged.map(
      (c) =>
        `${short(c.sha)} (${ctx
          .agentsOf(c)
          .map((a) => a.id)
          .join(', ')})`,
    );
    return {
      ...fail(
        id,
        `${plural(untagged.length, 'agent commit')} of ${agentCode.length} carry no commit-time tag (install the hook where they are made: agent-attest hooks install): ${list(named)}`,
        untagged.map((c) => ctx.commitPointer(c.sha)),
      ),
      code: 'COMMIT_TAG_MISSING',
    };
  }
  return pass(
    id,
    agentCode.length === 0
      ? 'no agent commits'
      : `${plural(agentCode.length, 'agent commit')}, each tagged at commit time`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Reviews: human approvals of each pull request's final head, recomputed from the attested review records.

interface Approval {
  approvers: Account[];
  /** Why there are fewer approvals than wanted, when there are (for the reason). */
  why: string;
}

/**
 * Per reviewer, the latest review that sets a state (APPROVED, CHANGES_REQUESTED, DISMISSED) counts; it is an
 * approval when it is APPROVED, on the PR's final head, by a human other than the PR's author (the same rule
 * as the attest side's humanApprovalOfHead, counted here so min-approvals can use it).
 */
function approvalsOf(pr: PullRequestFacts): Approval {
  const latest = new Map<string, ReviewRecord>();
  const ordered = pr.reviews
    .map((r) => r.record)
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id);
  for (const r of ordered) {
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    latest.set(r.reviewer.id !== null ? `id:${r.reviewer.id}` : `login:${r.reviewer.login.toLowerCase()}`, r);
  }
  const decisive = [...latest.values()];
  const onHead = (r: ReviewRecord) =>
    r.commitId !== null && r.commitId.toLowerCase() === pr.headSha.toLowerCase();
  const approved = decisive.filter((r) => r.state === 'APPROVED');
  const approvers = approved
    .filter((r) => onHead(r) && isHuman(r.reviewer) && !sameAccount(r.reviewer, pr.author))
    .map((r) => r.reviewer);
  if (pr.missingReviews.length > 0) {
    return {
      approvers: [],
      why: `${plural(pr.missingReviews.length, 'review record')} missing from the statement`,
    };
  }
  const reasons: string[] = [];
  if (approved.some((r) => onHead(r) && !isHuman(r.reviewer)))
    reasons.push('approved by a bot (bots never count)');
  if (approved.some((r) => onHead(r) && isHuman(r.reviewer) && sameAccount(r.reviewer, pr.author)))
    reasons.push('approved by its own author');
  const stale = approved.find((r) => !onHead(r));
  if (stale)
    reasons.push(`stale approval (of ${short(stale.commitId ?? 'no commit')}, head is ${short(pr.headSha)})`);
  if (decisive.some((r) => r.state === 'CHANGES_REQUESTED')) reasons.push('changes requested');
  if (decisive.some((r) => r.state === 'DISMISSED')) reasons.push('approval dismissed');
  return { approvers, why: reasons.length > 0 ? reasons.join(', ') : 'no approval' };
}

interface ReviewScope {
  /** Pull requests the review rules apply to. */
  pullRequests: PullRequestFacts[];
  /** Commits that need review but came through no pull request (or have no review evidence). */
  orphans: string[];
  /** Set when the rules cannot be evaluated: the failing reason. */
  unavailable?: string;
}

/** The pull requests that brought `commits` (or all of them), and the commits that came through none. */
function reviewScope(ctx: Context, commits: string[], all: boolean): ReviewScope {
  const reviews = ctx.input.reviews;
  if (reviews.status === 'unavailable') {
    const detail = reviews.detail ? `: ${reviews.detail}` : '';
    return {
      pullRequests: [],
      orphans: [],
      unavailable: `review evidence is unavailable (${reviews.reason}${detail}), so the rule cannot pass`,
    };
  }
  if (all && reviews.scope !== 'all-commits') {
    return {
      pullRequests: [],
      orphans: [],
      unavailable:
        'reviews were collected for agent commits only; attest with `reviews: all-commits` to review every pull request',
    };
  }
  if (all) return { pullRequests: reviews.pullRequests, orphans: reviews.commitsWithoutPullRequest };
  const wanted = new Set(commits.map((c) => c.toLowerCase()));
  const covered = new Set<string>();
  const pullRequests = reviews.pullRequests.filter((pr) => {
    const hits = pr.commits.filter((c) => wanted.has(c.toLowerCase()));
    for (const h of hits) covered.add(h.toLowerCase());
    return hits.length > 0;
  });
  return { pullRequests, orphans: commits.filter((c) => !covered.has(c.toLowerCase())) };
}

/** Commits the review rules care about: agent commits (and, when unknown counts as agent, every commit). */
function reviewedCommits(ctx: Context): { commits: string[]; all: boolean } {
  const all = ctx.policy.reviews.appliesTo === 'all-prs' || ctx.policy.agents.unknown === 'count-as-agent';
  return { commits: ctx.agentCommits.map((c) => c.sha), all };
}

/** Checks that every PR in scope has `need` human approvals of its head and every commit came through one. */
function approvalsRule(ctx: Context, id: string, scope: ReviewScope, need: number, what: string): RuleResult {
  if (scope.unavailable) return fail(id, scope.unavailable);
  const problems: string[] = [];
  const pointers: Pointer[] = [];
  for (const pr of scope.pullRequests) {
    const a = approvalsOf(pr);
    if (a.approvers.length >= need) continue;
    const have = need > 1 ? ` ${a.approvers.length}/${need} human approvals of head;` : '';
    problems.push(`#${pr.number}${have} ${a.why}`);
    pointers.push({ kind: 'pr', value: `#${pr.number}`, ...(pr.url ? { url: pr.url } : {}) });
  }
  for (const sha of scope.orphans) {
    problems.push(`${short(sha)} came through no pull request`);
    pointers.push(ctx.commitPointer(sha));
  }
  if (problems.length > 0) return fail(id, `${what}: ${list(problems)}`, pointers);
  const n = scope.pullRequests.length;
  const approvals = need > 1 ? `${need} human approvals` : 'a human approval';
  return pass(
    id,
    n === 0
      ? 'no pull requests to review'
      : `${plural(n, 'pull request')}, each with ${approvals} of the final head`,
    scope.pullRequests.map((pr) => ({
      kind: 'pr',
      value: `#${pr.number}`,
      ...(pr.url ? { url: pr.url } : {}),
    })),
  );
}

function humanReviewRule(ctx: Context): RuleResult | undefined {
  if (!ctx.policy.reviews.requireHumanReview) return undefined;
  return reviewRule(ctx, 'reviews.human-approval', 1, (all) =>
    all
      ? 'pull requests without a human approval of their head'
      : 'agent code without a human approval of its pull request head',
  );
}

function minApprovalsRule(ctx: Context): RuleResult | undefined {
  const need = ctx.policy.reviews.minApprovals;
  if (need === undefined) return undefined;
  return reviewRule(
    ctx,
    'reviews.min-approvals',
    need,
    () => `pull requests with fewer than ${need} human approvals of their head`,
  );
}

/**
 * A commit whose commit-time tag declares a review requirement (`Agent-Review: required`, `policy=security-review-
 * required`) needs a human approval of the final head of the pull request that brought it. On whenever a policy is
 * evaluated and a commit declares one (`reviews.declared-reviews: ignore` turns it off).
 */
function declaredReviewRule(ctx: Context): RuleResult | undefined {
  if (ctx.policy.reviews.declaredReviews === 'ignore') return undefined;
  const declaring = ctx.input.commits.filter((c) => c.reviewRequired.length > 0);
  if (declaring.length === 0) return undefined;
  const id = 'reviews.declared';
  const none = ctx.needsExtension(id);
  if (none?.code === 'PREDICATE_INVALID') return none;
  const named = list(declaring.map((c) => `${short(c.sha)} (${c.reviewRequired.join(', ')})`));
  const scope = reviewScope(
    ctx,
    declaring.map((c) => c.sha),
    false,
  );
  const result = scope.unavailable
    ? fail(id, `the declared review requirement of ${named} cannot be checked: ${scope.unavailable}`)
    : approvalsRule(ctx, id, scope, 1, `the declared review requirement of ${named} is not met`);
  if (result.status !== 'fail') return result;
  const pointers = [...declaring.map((c) => ctx.commitPointer(c.sha)), ...result.pointers];
  return { ...result, pointers, code: 'DECLARED_REVIEW_MISSING' };
}

/** The pull requests the reviews cover (agent code, or all when asked) each need `need` human approvals of their head. */
function reviewRule(ctx: Context, id: string, need: number, failure: (all: boolean) => string): RuleResult {
  const none = ctx.needsExtension(id);
  if (none) return none;
  const { commits, all } = reviewedCommits(ctx);
  if (!all && commits.length === 0) return pass(id, 'no agent commits; nothing needs review');
  return approvalsRule(ctx, id, reviewScope(ctx, commits, all), need, failure(all));
}

/** Agent commits (and the paths they touched) matching one protected-path entry. */
function protectedHits(ctx: Context, globs: string[]): { commit: CommitFacts; paths: string[] }[] {
  const commits =
    ctx.policy.agents.unknown === 'count-as-agent' ? [...ctx.agentCommits, ...ctx.demoted] : ctx.agentCommits;
  const hits: { commit: CommitFacts; paths: string[] }[] = [];
  for (const c of commits) {
    const surfacePaths = ctx.input.surfaces.filter((s) => s.commits.includes(c.sha)).map((s) => s.path);
    // Risk paths and surfaces too: when the full list is missing, what is recorded can still prove a hit.
    const touched = [...new Set([...(c.paths ?? []), ...c.riskPaths, ...surfacePaths])];
    const paths = touched.filter((p) => globMatch(p, globs));
    if (paths.length > 0) hits.push({ commit: c, paths });
  }
  return hits;
}

/**
 * Agent commits whose full path list the attestation does not carry (made by an older agent-attest, or over
 * the per-commit cap): a protected-path rule cannot clear them, so it fails closed on them.
 */
function unprovable(ctx: Context, id: string): RuleResult | undefined {
  const unknown = ctx.agentCommits.filter((c) => c.paths === undefined);
  if (unknown.length === 0) return undefined;
  return fail(
    id,
    `the attestation does not record every path of ${unknown.length} agent commit(s), so protected paths cannot be checked: ${list(unknown.map((c) => short(c.sha)))}`,
    unknown.map((c) => ctx.commitPointer(c.sha)),
  );
}

function protectedAgentCodeRule(ctx: Context): RuleResult | undefined {
  const entries = ctx.policy.reviews.protectedPaths.filter((p) => p.agentCode === 'deny');
  if (entries.length === 0) return undefined;
  const id = 'protected-paths.agent-code';
  const none = ctx.needsExtension(id);
  if (none) return none;
  const hits = protectedHits(
    ctx,
    entries.flatMap((e) => e.paths),
  );
  const pointers: Pointer[] = hits.flatMap(({ commit, paths }) => [
    ctx.commitPointer(commit.sha),
    ...paths.map((p): Pointer => ({ kind: 'path', value: p })),
  ]);
  if (hits.length > 0)
    return fail(
      id,
      `agent code in paths where it is not allowed: ${list(hits.map((h) => `${short(h.commit.sha)} touches ${h.paths.join(', ')}`))}`,
      pointers,
    );
  return (
    unprovable(ctx, id) ?? pass(id, `no agent commit touches ${entries.flatMap((e) => e.paths).join(', ')}`)
  );
}

function protectedApprovalsRule(ctx: Context): RuleResult | undefined {
  const entries = ctx.policy.reviews.protectedPaths.filter((p) => p.minApprovals !== undefined);
  if (entries.length === 0) return undefined;
  const id = 'protected-paths.approvals';
  const none = ctx.needsExtension(id);
  if (none) return none;
  const results: RuleResult[] = [];
  for (const e of entries) {
    const hits = protectedHits(ctx, e.paths);
    if (hits.length === 0) continue;
    const scope = reviewScope(
      ctx,
      hits.map((h) => h.commit.sha),
      false,
    );
    const r = approvalsRule(
      ctx,
      id,
      scope,
      e.minApprovals!,
      `agent code in ${e.paths.join(', ')} needs ${e.minApprovals} human approvals`,
    );
    results.push({
      ...r,
      pointers: [
        ...hits.flatMap((h) => h.paths.map((p): Pointer => ({ kind: 'path', value: p }))),
        ...r.pointers,
      ],
    });
  }
  const failed = results.filter((r) => r.status === 'fail');
  if (failed.length > 0)
    return fail(
      id,
      failed.map((r) => r.reason).join('; '),
      failed.flatMap((r) => r.pointers),
    );
  const missing = unprovable(ctx, id);
  if (missing) return missing;
  return results.length === 0
    ? pass(id, `no agent commit touches a protected path`)
    : pass(
        id,
        `agent code in protected paths has the approvals it needs`,
        results.flatMap((r) => r.pointers),
      );
}

// ---------------------------------------------------------------------------------------------------------
// AI config surfaces.

function surfaceRule(
  key: string,
  action: SurfaceAction,
  selects: (s: SurfaceFacts) => boolean,
  label: string,
) {
  return (ctx: Context): RuleResult | undefined => {
    if (action === 'allow') return undefined;
    const id = `surfaces.${key}`;
    const none = ctx.needsExtension(id, 'surfaces');
    if (none) return none;
    // A deletion removes what the file could do; it cannot add a way to run code.
    const found = ctx.input.surfaces.filter((s) => s.change !== 'deleted' && selects(s));
    if (found.length === 0) return pass(id, `no ${label} AI config changes`);
    const pathPointers = found.map((s): Pointer => ({ kind: 'path', value: s.path }));
    const names = found.map((s) => `${s.path} (${s.tool || 'unknown tool'}: ${s.capabilities.join('+')})`);
    if (action === 'deny') {
      const commits = [...new Set(found.flatMap((s) => s.commits))];
      return fail(id, `${plural(found.length, `${label} AI config change`)} denied: ${list(names)}`, [
        ...pathPointers,
        ...commits.map((c) => ctx.commitPointer(c)),
      ]);
    }
    const noCommit = found.filter((s) => s.commits.length === 0 || s.commitsOmitted > 0);
    if (noCommit.length > 0) {
      return fail(
        id,
        `${label} AI config changes with no (or not every) recorded commit cannot be shown reviewed: ${list(noCommit.map((s) => s.path))}`,
        pathPointers,
      );
    }
    const scope = reviewScope(ctx, [...new Set(found.flatMap((s) => s.commits))], false);
    const r = approvalsRule(
      ctx,
      id,
      scope,
      ctx.policy.reviews.minApprovals ?? 1,
      `${label} AI config changes need a human-approved pull request`,
    );
    return r.status === 'pass'
      ? pass(
          id,
          `${plural(found.length, `${label} AI config change`)}, each through a human-approved pull request`,
          [...pathPointers, ...r.pointers],
        )
      : { ...r, pointers: [...pathPointers, ...r.pointers] };
  };
}
