/**
 * The one place that reads a verified attestation into the PolicyInput the rules evaluate: signer facts from
 * the certificate (the facts), everything else from the statement (the signer's claim). When the statement's
 * shape changes, only this file changes. Anything malformed becomes a `problem`, which fails the decision:
 * a policy never passes on data it could not read.
 */
import { reviewFromDependency } from '../github/reviews.js';
import type { HashedReview } from '../github/records.js';
import { EXTENSION_KEY, type ResourceDescriptor, type Statement } from '../statement/types.js';
import type { CertificateFacts } from '../verify/certificate.js';
import type { VerifiedBundle } from '../verify/types.js';
import { predicateProblem } from './predicate.js';
import type {
  AgentClaim,
  CommitFacts,
  PolicyInput,
  PullRequestFacts,
  ReviewFacts,
  SignerFacts,
  Strength,
  SurfaceFacts,
} from './types.js';

/** Signer facts, only from the certificate. */
export function signerFacts(cert: CertificateFacts | undefined): SignerFacts {
  if (!cert) return {};
  return {
    issuer: cert.issuer,
    buildSignerUri: cert.buildSignerURI ?? cert.subjectAlternativeName,
    buildSignerDigest: cert.buildSignerDigest,
    runnerEnvironment: cert.runnerEnvironment,
    sourceRepositoryUri: cert.sourceRepositoryURI,
    sourceRepositoryId: cert.sourceRepositoryIdentifier,
    sourceRepositoryRef: cert.sourceRepositoryRef ?? cert.githubWorkflowRef,
    sourceRepositoryDigest: cert.sourceRepositoryDigest ?? cert.githubWorkflowSHA,
    ownerUri: cert.sourceRepositoryOwnerURI,
    ownerId: cert.sourceRepositoryOwnerIdentifier,
    buildTrigger: cert.buildTrigger ?? cert.githubWorkflowTrigger,
    runInvocationUri: cert.runInvocationURI,
  };
}

/** The PolicyInput of one verified bundle. */
export function policyInputFromVerified(verified: VerifiedBundle): PolicyInput {
  return policyInput({
    statement: verified.statement,
    signer: verified.signer,
    timestamps: verified.timestamps.map((t) => t.time),
  });
}

export function policyInput(args: {
  statement: Statement<unknown> | undefined;
  signer: CertificateFacts | undefined;
  /** Verified signing times (ISO 8601). */
  timestamps: string[];
}): PolicyInput {
  const problems: string[] = [];
  const times = args.timestamps.map((t) => new Date(t)).filter((d) => !Number.isNaN(d.getTime()));
  const signedAt = times.length > 0 ? new Date(Math.min(...times.map((d) => d.getTime()))) : undefined;
  const statement = args.statement;
  const predicate = isObject(statement?.predicate) ? statement.predicate : {};
  const subjects = Array.isArray(statement?.subject) ? statement.subject : [];
  const buildDefinition = isObject(predicate.buildDefinition) ? predicate.buildDefinition : {};
  const deps: ResourceDescriptor[] = Array.isArray(buildDefinition.resolvedDependencies)
    ? buildDefinition.resolvedDependencies.filter(isObject)
    : [];
  const ext = predicate[EXTENSION_KEY];
  const base = {
    signer: signerFacts(args.signer),
    signedAt,
    subjects: subjects
      .filter(isObject)
      .map((s) => ({ name: String(s.name), digest: { ...(isObject(s.digest) ? s.digest : {}) } })),
    repositoryUrl: args.signer?.sourceRepositoryURI,
  };
  if (!isObject(ext)) {
    return {
      ...base,
      hasExtension: false,
      rangeCommits: 0,
      commits: [],
      omittedCommits: 0,
      omittedSurfaces: 0,
      surfaces: [],
      reviews: {
        status: 'unavailable',
        reason: 'no-extension',
        detail: 'the statement carries no agent-attest extension',
      },
      problems,
    };
  }

  const predicateInvalid = predicateProblem(ext, deps);
  const range = isObject(ext.range) ? ext.range : {};
  const rangeCommits =
    typeof range.commits === 'number'
      ? range.commits
      : Array.isArray(range.commits)
        ? range.commits.length
        : NaN;
  if (!Number.isInteger(rangeCommits) || rangeCommits < 0)
    problems.push('extension range.commits is not a commit count');

  const commits: CommitFacts[] = [];
  const reviewsByHash = new Map<string, HashedReview>();
  for (const dep of deps) {
    const review = reviewFromDependency(dep);
    if (review) {
      if (!review.consistent) problems.push(`review dependency ${dep.uri ?? '?'} does not match its digest`);
      else reviewsByHash.set(review.hash, { record: review.record, hash: review.hash });
      continue;
    }
    const sha = dep.digest?.gitCommit;
    const ann = dep.annotations;
    if (typeof sha !== 'string' || !isObject(ann) || !Array.isArray(ann.agents)) continue;
    commits.push(commitFacts(sha, dep.uri, ann, problems));
  }

  const surfaces: SurfaceFacts[] = [];
  for (const s of Array.isArray(ext.surfaces) ? ext.surfaces : []) {
    if (
      !isObject(s) ||
      typeof s.path !== 'string' ||
      !Array.isArray(s.capabilities) ||
      !Array.isArray(s.commits)
    ) {
      problems.push('extension surfaces has an entry without path, capabilities and commits');
      continue;
    }
    surfaces.push({
      path: s.path,
      tool: String(s.tool ?? ''),
      change: String(s.change ?? ''),
      capabilities: s.capabilities.map(String),
      commits: s.commits.map(String),
      commitsOmitted: count(s.commitsOmitted),
      risk: typeof s.risk === 'string' ? s.risk : undefined,
    });
  }

  return {
    ...base,
    hasExtension: true,
    rangeCommits: Number.isInteger(rangeCommits) ? rangeCommits : 0,
    commits,
    omittedCommits: count(isObject(ext.attribution) ? ext.attribution.omitted : undefined),
    omittedSurfaces: count(ext.surfacesOmitted),
    surfaces,
    reviews: reviewFacts(ext.reviews, reviewsByHash, problems),
    problems,
    ...(predicateInvalid !== undefined ? { predicateInvalid } : {}),
  };
}

const STRENGTHS: readonly Strength[] = ['verified', 'declared', 'inferred'];

function commitFacts(
  sha: string,
  uri: string | undefined,
  ann: Record<string, unknown>,
  problems: string[],
): CommitFacts {
  const agents: AgentClaim[] = [];
  for (const a of ann.agents as unknown[]) {
    if (!isObject(a) || typeof a.id !== 'string' || !STRENGTHS.includes(a.strength as Strength)) {
      problems.push(`commit ${sha.slice(0, 12)} has an agent entry without id and strength`);
      continue;
    }
    agents.push({
      id: a.id,
      model: typeof a.model === 'string' ? a.model : undefined,
      modelRaw: typeof a.modelRaw === 'string' ? a.modelRaw : undefined,
      strength: a.strength as Strength,
      // The producer writes `coding_agent`; the design spelled it `coding-agent`. One spelling here.
      class: String(a.class ?? 'coding-agent').replace(/_/g, '-'),
      rules: Array.isArray(a.evidence) ? a.evidence.filter(isObject).map((e) => String(e.rule)) : [],
    });
  }
  const pathList = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.map((p) => (isObject(p) ? String(p.path) : String(p))) : undefined;
  const tag = isObject(ann.commitTag) ? ann.commitTag : undefined;
  return {
    sha,
    url: commitUrl(uri, sha),
    agents,
    tagged: tag !== undefined,
    reviewRequired: Array.isArray(tag?.review) ? tag.review.map(String) : [],
    // The full list, or nothing: a capped list cannot clear a commit of touching a protected path.
    paths: ann.pathsOmitted ? undefined : pathList(ann.paths),
    // Risk paths and the config surfaces the commit changed: what is recorded when the full list is not.
    riskPaths: [...new Set([...(pathList(ann.riskPaths) ?? []), ...(pathList(ann.surfaces) ?? [])])],
  };
}

/** `git+https://github.com/o/r@sha` → `https://github.com/o/r/commit/sha`. */
function commitUrl(uri: string | undefined, sha: string): string | undefined {
  const m = uri && /^git\+(https:\/\/[^@\s]+?)(?:\.git)?@/.exec(uri);
  return m ? `${m[1]}/commit/${sha}` : undefined;
}

function reviewFacts(value: unknown, byHash: Map<string, HashedReview>, problems: string[]): ReviewFacts {
  if (!isObject(value))
    return {
      status: 'unavailable',
      reason: 'not-collected',
      detail: 'the attestation carries no review evidence',
    };
  if (value.status === 'unavailable') {
    return {
      status: 'unavailable',
      reason: String(value.reason ?? 'unknown'),
      detail: typeof value.detail === 'string' ? value.detail : undefined,
    };
  }
  if (value.status !== 'collected' || !Array.isArray(value.pullRequests)) {
    problems.push('extension reviews is neither collected nor unavailable');
    return { status: 'unavailable', reason: 'malformed', detail: 'the review evidence is malformed' };
  }
  const pullRequests: PullRequestFacts[] = [];
  for (const pr of value.pullRequests) {
    if (
      !isObject(pr) ||
      typeof pr.number !== 'number' ||
      typeof pr.headSha !== 'string' ||
      !isObject(pr.author) ||
      !Array.isArray(pr.commits)
    ) {
      problems.push('extension reviews has a pull request without number, author, headSha and commits');
      continue;
    }
    const hashes = Array.isArray(pr.reviews) ? pr.reviews.map(String) : [];
    const author = pr.author;
    pullRequests.push({
      number: pr.number,
      url: String(pr.url ?? ''),
      author: {
        login: String(author.login ?? 'ghost'),
        id: typeof author.id === 'number' ? author.id : null,
        type: String(author.type ?? 'Unknown'),
      },
      headSha: pr.headSha,
      commits: pr.commits.map(String),
      reviews: hashes.flatMap((h) => byHash.get(h) ?? []),
      missingReviews: hashes.filter((h) => !byHash.has(h)),
    });
  }
  return {
    status: 'collected',
    scope: String(value.scope ?? 'agent-commits'),
    pullRequests,
    commitsWithoutPullRequest: Array.isArray(value.commitsWithoutPullRequest)
      ? value.commitsWithoutPullRequest.map(String)
      : [],
  };
}

function count(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
