/**
 * The deploy-gate policy: the document a team writes (docs/policy.schema.json), the normalised Policy the
 * evaluator reads, the typed view of one verified attestation it evaluates (PolicyInput), and the Decision.
 */

import type { PullRequestEvidence } from '../github/reviews.js';

export type Strength = 'verified' | 'declared' | 'inferred';
export type UnknownTreatment = 'allow' | 'count-as-agent' | 'deny';
export type SurfaceAction = 'deny' | 'review' | 'allow';
export type RunnerEnvironment = 'github-hosted' | 'self-hosted' | 'any';

/** The policy file as written (YAML, kebab-case keys), after schema validation. */
export interface PolicyDocument {
  version: 1;
  identity?: {
    'signer-workflows'?: { workflow: string; refs?: string[] }[];
    repository?: { name?: string; id?: number | string };
    owner?: { name?: string; id?: number | string };
    'source-refs'?: string[];
    issuer?: string;
    'runner-environment'?: RunnerEnvironment;
  };
  freshness?: { 'max-age'?: string };
  agents?: {
    'allowed-agents'?: string[];
    'denied-agents'?: string[];
    'allowed-models'?: string[];
    'denied-models'?: string[];
    'unknown-model'?: 'allow' | 'deny';
    'min-evidence-strength'?: Strength;
    'require-commit-tags'?: boolean;
    'max-agent-share'?: number | string;
    unknown?: UnknownTreatment;
  };
  reviews?: {
    'require-human-review'?: boolean;
    'min-approvals'?: number;
    'applies-to'?: 'agent-prs' | 'all-prs';
    'declared-reviews'?: 'enforce' | 'ignore';
    'protected-paths'?: { paths: string[]; 'min-approvals'?: number; 'agent-code'?: 'allow' | 'deny' }[];
  };
  surfaces?: {
    'executable-changes'?: SurfaceAction;
    'instruction-changes'?: SurfaceAction;
    'high-risk-changes'?: SurfaceAction;
  };
}

/** The normalised policy: camelCase, defaults applied, durations and shares as numbers. Absent = rule off. */
export interface Policy {
  identity: {
    signerWorkflows?: { workflow: string; refs?: string[] }[];
    repository?: { name?: string; id?: string };
    owner?: { name?: string; id?: string };
    sourceRefs?: string[];
    issuer?: string;
    runnerEnvironment?: RunnerEnvironment;
  };
  freshness: { maxAgeSeconds?: number; maxAgeText?: string };
  agents: {
    allowedAgents?: string[];
    deniedAgents?: string[];
    allowedModels?: string[];
    deniedModels?: string[];
    unknownModel: 'allow' | 'deny';
    minStrength: Strength;
    /** 0..1 */
    maxAgentShare?: number;
    unknown: UnknownTreatment;
    /** Every counted agent commit must carry a commit-time tag. */
    requireCommitTags: boolean;
  };
  reviews: {
    requireHumanReview: boolean;
    /** Set only when the policy asks for a number of approvals. */
    minApprovals?: number;
    appliesTo: 'agent-prs' | 'all-prs';
    /** Whether a review requirement a commit declares (its commit-time tag) is enforced: `enforce` by default. */
    declaredReviews: 'enforce' | 'ignore';
    protectedPaths: { paths: string[]; minApprovals?: number; agentCode: 'allow' | 'deny' }[];
  };
  surfaces: {
    executableChanges: SurfaceAction;
    instructionChanges: SurfaceAction;
    highRiskChanges: SurfaceAction;
  };
}

/**
 * The plain policy rules as options (the verify action's inputs, the CLI's flags; src/core/gate/options.ts names
 * them). Each value may be the raw input string (lists: comma or newline separated) or already typed.
 */
export interface PolicyInputs {
  requireHumanReview?: boolean | string;
  requireCommitTags?: boolean | string;
  minApprovals?: number | string;
  allowedAgents?: string[] | string;
  deniedAgents?: string[] | string;
  allowedModels?: string[] | string;
  deniedModels?: string[] | string;
  minEvidenceStrength?: Strength | string;
  maxAgentShare?: number | string;
  /** `allow`, `count-as-agent` or `deny`. */
  unknown?: UnknownTreatment | string;
  /** Shorthand for `executableSurfaces: deny`. */
  denyExecutableSurfaces?: boolean | string;
  executableSurfaces?: SurfaceAction | string;
  maxAge?: string;
}

/** A policy and where it came from; its sha256 goes into every result. */
export interface LoadedPolicy {
  policy: Policy;
  document: PolicyDocument;
  /** `file` (a policy file), `inputs` (plain action inputs / CLI flags). */
  source: 'file' | 'inputs';
  /** Display name: the file path, or `inputs`. */
  name: string;
  /** sha256 (hex) of the file's bytes, or of the RFC 8785 JSON of the document built from inputs. */
  sha256: string;
}

// ---------------------------------------------------------------------------------------------------------
// The input: one verified attestation, seen through the few facts the rules read.

/** Signer facts, only from the verified certificate (the trust model: the certificate is the fact). */
export interface SignerFacts {
  issuer?: string;
  buildSignerUri?: string;
  buildSignerDigest?: string;
  runnerEnvironment?: string;
  sourceRepositoryUri?: string;
  sourceRepositoryId?: string;
  sourceRepositoryRef?: string;
  sourceRepositoryDigest?: string;
  ownerUri?: string;
  ownerId?: string;
  buildTrigger?: string;
  runInvocationUri?: string;
}

export interface AgentClaim {
  id: string;
  model?: string;
  modelRaw?: string;
  strength: Strength;
  class: string;
  rules: string[];
}

export interface CommitFacts {
  sha: string;
  url?: string;
  agents: AgentClaim[];
  /** Paths the commit touched, when the attestation records them all. */
  paths?: string[];
  /** The risk-relevant paths it touched (always recorded). */
  riskPaths: string[];
  /** The commit carries a commit-time tag (annotations.commitTag). */
  tagged: boolean;
  /** Review requirements its commit-time tag declares (`required`, `security-review-required`). */
  reviewRequired: string[];
}

/** A pull request as the statement records it (the GitHub layer's evidence, its approval recomputed here). */
export interface PullRequestFacts extends Omit<PullRequestEvidence, 'humanApprovalOfHead'> {
  /** Review hashes the pull request names that no dependency carries (the statement is inconsistent). */
  missingReviews: string[];
}

export interface SurfaceFacts {
  path: string;
  tool: string;
  change: string;
  capabilities: string[];
  commits: string[];
  /** Commits of this change left out of the statement (it lists at most a few dozen). */
  commitsOmitted: number;
  risk?: string;
}

export type ReviewFacts =
  | {
      status: 'collected';
      /** `agent-commits`: pull requests were looked up for agent commits only; `all-commits`: for every commit. */
      scope: string;
      pullRequests: PullRequestFacts[];
      /** Commits (of the looked-up set) that came through no pull request. */
      commitsWithoutPullRequest: string[];
    }
  | { status: 'unavailable'; reason: string; detail?: string };

export interface PolicyInput {
  signer: SignerFacts;
  /** Earliest verified signing time (a timestamp the verifier checked), if any. */
  signedAt?: Date;
  subjects: { name: string; digest: Record<string, string> }[];
  /** `https://github.com/OWNER/REPO` the commits belong to (for links), when known. */
  repositoryUrl?: string;
  /** False when the statement carries no agent-attest extension (a plain provenance statement). */
  hasExtension: boolean;
  /** Number of commits in the attested range. */
  rangeCommits: number;
  /** Commits with agent evidence or a config-surface change. */
  commits: CommitFacts[];
  /** Such commits the producer left out of the statement (its size budget): rules about commits cannot pass. */
  omittedCommits: number;
  /** Surface findings left out of the statement (its size budget): surface rules cannot pass. */
  omittedSurfaces: number;
  /** Why the statement cannot be evaluated (inconsistent or malformed parts); any entry fails the decision. */
  problems: string[];
  /**
   * Set when the extension or its commit entries do not validate against docs/extension.schema.json or their
   * counts disagree (src/core/policy/predicate.ts): every content rule then fails with PREDICATE_INVALID.
   */
  predicateInvalid?: string;
  surfaces: SurfaceFacts[];
  reviews: ReviewFacts;
}

// ---------------------------------------------------------------------------------------------------------
// The decision.

export type RuleStatus = 'pass' | 'fail' | 'skip';

export interface Pointer {
  kind: 'commit' | 'pr' | 'path' | 'review' | 'agent' | 'model' | 'signer';
  value: string;
  url?: string;
}

/**
 * `PREDICATE_INVALID`: the rule could not read the statement; `COMMIT_TAG_MISSING`: agent commits without a
 * commit-time tag (require-commit-tags); `DECLARED_REVIEW_MISSING`: a commit declared a review requirement and its
 * pull request's final head has no human approval.
 */
export type RuleCode = 'PREDICATE_INVALID' | 'COMMIT_TAG_MISSING' | 'DECLARED_REVIEW_MISSING';

export interface RuleResult {
  id: string;
  status: RuleStatus;
  /** One line. */
  reason: string;
  pointers: Pointer[];
  /** Why a rule failed, where a script may act on it (docs/policy.md, docs/verify.md). */
  code?: RuleCode;
}

export interface Decision {
  pass: boolean;
  rules: RuleResult[];
}
