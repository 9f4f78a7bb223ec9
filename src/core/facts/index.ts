/**
 * Release facts: the attest hook that gathers everything agent-attest adds to plain provenance —
 * agent attribution of the range's commits, AI config surface changes, and human review evidence —
 * and turns it into resolvedDependencies entries plus our predicate extension.
 *
 *   surfaces (one diff + one cat-file) ─▶ scan (one git stream) ─▶ reviews of agent and surface commits
 *        (batched GitHub API) ─▶ evidence upgrades (GitHub-vouched bot identities) ─▶ provenance parts
 *
 * Reviews never block signing: without a token, permission or API, the extension says why.
 */
import { setFlagsFromString } from 'node:v8';
import type { CollectedFacts, FactsContext } from '../attest/index.js';
import { DEFAULT_RISK_PATHS, type RiskPathConfig } from '../attribution/risk.js';
import { toProvenance } from '../extension/provenance.js';
import type { ReviewsSection } from '../extension/provenance.js';
import type { ReviewEvidence } from '../github/reviews.js';
import type * as ReviewsModule from '../github/reviews.js';
import { evidenceUpgrades, type EvidenceUpgrade } from '../github/upgrades.js';
import { probeRepository, readRepositoryFacts } from '../git/range.js';
import type { Logger } from '../log.js';
import { completeDiffs, resolveScanRange, scanRange, type ScanOptions } from '../scan/scan.js';
import { isAgentCommit } from '../scan/totals.js';
import type { Retain, ScanResult } from '../scan/types.js';
import type { GitHubFact } from '../scan/upgrade.js';
import { upgradeEvidence } from '../scan/upgrade.js';
import { attachAttribution, detectSurfaceChanges } from '../surfaces/index.js';
import type { SurfaceReport } from '../surfaces/types.js';

export const REVIEW_SCOPES = ['agent-commits', 'all-commits', 'off'] as const;
export type ReviewsInput = (typeof REVIEW_SCOPES)[number];

export interface ReleaseFactsOptions {
  base?: string;
  head?: string;
  /** Globs of release tags that mark the default base. */
  tagPattern?: string | readonly string[];
  /** Extra high-risk path globs, added to the defaults. */
  riskPaths?: string[];
  /** The PR's base commit in pull_request runs (the default base there). */
  pullRequestBase?: string;
  /** HEAD's commit id, when the caller resolved it already and `head` is not given (one git process fewer). */
  resolvedHead?: string;
  reviews: ReviewsInput;
  githubToken?: string;
  /**
   * Running in GitHub Actions. Outside it, without a token, reviews are not asked for at all (recorded as
   * not-requested): anonymous requests from a laptop or another CI would only wait on rate limits and private repositories.
   */
  githubActions?: boolean;
  githubApiUrl: string;
  serverUrl: string;
  /** OWNER/REPO on GitHub; without it reviews are unavailable. */
  repository?: string;
  /** Fetch git-ai notes (refs/notes/ai) from this remote first: CI checkouts do not fetch notes. */
  fetchNotesFrom?: string;
  /**
   * What to do when the repository path is not a git repository and no range was asked for: `error`
   * (the action: a missing checkout is a mistake), or `skip` (the CLI attesting files anywhere: the
   * statement then carries no range facts, and a warning says so).
   */
  withoutRepository?: 'error' | 'skip';
}

/** The risk categories: the defaults, plus a `custom` category of the extra globs given. */
export function riskPathConfig(extra: readonly string[] | undefined): RiskPathConfig | undefined {
  return extra && extra.length > 0 ? { ...DEFAULT_RISK_PATHS, custom: [...extra] } : undefined;
}

/** Whether dir is inside a git work tree or repository. */
export async function isGitRepository(dir: string): Promise<boolean> {
  return (await readRepositoryFacts(dir).catch(() => undefined)) !== undefined;
}

export interface ReleaseFacts {
  scan?: ScanResult;
  surfaces?: SurfaceReport;
  reviews?: ReviewEvidence;
  upgrades: EvidenceUpgrade[];
}

/** What the scan CLI steers in the scan: progress, each commit as it settles, which commits to keep. */
export type ScanHooks = Pick<ScanOptions, 'onProgress' | 'onCommit' | 'retain'>;

/**
 * Gathers the facts of a range: attribution, review evidence (and the evidence upgrades it brings),
 * config surfaces. Used by attest (through the collector below) and by `scan`. The scan keeps the commits
 * with evidence (`hooks.retain`, default `evidence`) plus the config-surface commits; every commit when
 * reviews cover all commits, since an upgrade may land on any of them.
 */
/**
 * A scan allocates fast and keeps little (a long range streams through), and V8 answers that by growing
 * the young generation to its maximum, 128 MiB on 64-bit Node 24: most of a long scan's peak RSS, though
 * little of it is live. Growth factor 1 keeps the young generation at its starting size; at 100,000
 * commits the peak RSS falls from ~220 to ~115 MiB at the same speed (bench/scan.ts). Set at run time,
 * this flag takes effect (measured; `--max-semi-space-size`, read once at start-up, would not).
 */
function boundYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

export async function gatherReleaseFacts(
  repoPath: string,
  options: ReleaseFactsOptions,
  logger: Logger,
  hooks: ScanHooks = {},
): Promise<Required<Pick<ReleaseFacts, 'scan' | 'surfaces'>> & ReleaseFacts> {
  const riskPaths = riskPathConfig(options.riskPaths);
  const range = await resolveScanRange({
    repoPath,
    base: options.base,
    head: options.head,
    ...(options.tagPattern && options.tagPattern.length > 0 ? { tagPattern: options.tagPattern } : {}),
    ...(options.pullRequestBase ? { pullRequestBase: options.pullRequestBase } : {}),
    ...(options.resolvedHead ? { resolvedHead: options.resolvedHead } : {}),
  });

  // Surfaces beside the scan's log: the scan keeps their commits (a config change pushed by a human needs its
  // attribution and review evidence as much as agent code does) and emits no commit before they are known.
  // Attribution is attached once GitHub's evidence upgrades are in.
  const surfacesRun = detectSurfaceChanges({
    repoPath,
    ...(range.base ? { base: range.base } : {}),
    head: range.head,
    resolved: true,
    logger,
  });
  const surfaceCommitsRun = surfacesRun.then((found) => {
    if (found.findings.length > 0) logger.info(`AI config surfaces changed: ${found.findings.length}.`);
    return new Set(found.findings.flatMap((f) => f.commits));
  });
  surfaceCommitsRun.catch(() => {}); // awaited by the scan; this only keeps a failure from being unhandled meanwhile

  boundYoungGeneration();
  let scan = await scanRange({
    repoPath,
    range,
    ...(options.fetchNotesFrom ? { fetchNotesFrom: options.fetchNotesFrom } : {}),
    ...(riskPaths ? { riskPaths } : {}),
    ...hooks,
    retain: scanRetention(options.reviews, hooks.retain),
    keep: surfaceCommitsRun,
    logger,
  });
  const [surfaces, surfaceCommits] = await Promise.all([surfacesRun, surfaceCommitsRun]);
  logger.info(
    `Range ${scan.range.base ?? '(root)'}..${scan.range.head} (${scan.range.baseRule}): ${scan.range.commits} commits, ${scan.totals.agentCommits} with agent evidence.`,
  );

  const skipped = reviewsSkipped(options);
  if (skipped && options.reviews !== 'off') logger.info(`Review evidence not collected: ${skipped}.`);
  // The review collector (GitHub queries and records) loads only when reviews are asked for.
  const github = skipped ? undefined : await import('../github/reviews.js');
  const reviews = github && (await gatherReviews(github, scan, surfaceCommits, options, logger));
  const upgrades = reviews?.status === 'collected' ? evidenceUpgrades(reviews) : [];
  if (upgrades.length > 0) {
    // Commits only GitHub identified get their lines and risk paths now.
    scan = await completeDiffs(upgradeEvidence(scan, upgrades.map(toGitHubFact)), repoPath, riskPaths);
  }

  const bySha = new Map(scan.commits.map((c) => [c.sha, c]));
  attachAttribution(surfaces.findings, (sha) => {
    const c = bySha.get(sha);
    return (
      c && {
        agents: c.agents.map((a) => ({
          id: a.id,
          ...(a.model ? { model: a.model } : {}),
          strength: a.strength,
        })),
      }
    );
  });
  return {
    scan: {
      ...scan,
      surfaces: surfaces.findings,
      ...(reviews && github ? { reviews: github.toProvenance(reviews).extension } : {}),
    },
    surfaces,
    ...(reviews ? { reviews } : {}),
    upgrades,
  };
}

/**
 * Upgrades land on the commits reviews looked up: every commit (all-commits), or those with evidence and
 * the surface commits (kept): the scan must retain at least those.
 */
function scanRetention(reviews: ReviewsInput, asked: Retain = 'evidence'): Retain {
  if (reviews === 'all-commits') return 'all';
  if (reviews === 'agent-commits' && asked === 'none') return 'evidence';
  return asked;
}

/** An attest `collectFacts` hook plus read access to what it gathered (for outputs and the job summary). */
export function releaseFactsCollector(options: ReleaseFactsOptions): {
  collect: (ctx: FactsContext) => Promise<CollectedFacts>;
  facts: () => ReleaseFacts;
} {
  let gathered: ReleaseFacts = { upgrades: [] };
  const collect = async (ctx: FactsContext): Promise<CollectedFacts> => {
    const rangeAsked = options.base !== undefined || options.head !== undefined;
    // One git process says whether this is a repository and which commit HEAD names (the range's default head).
    const probe =
      options.head === undefined ? await probeRepository(ctx.repoPath).catch(() => undefined) : undefined;
    if (options.withoutRepository === 'skip' && !rangeAsked && !probe) {
      ctx.logger.warn(
        `${ctx.repoPath} is not a git repository: the statement carries no agent attribution, reviews or config-surface facts (pass --repo-path with the checkout to include them)`,
      );
      return { dependencies: [] };
    }
    const repository = options.repository ?? ctx.claims?.repository;
    const facts = await gatherReleaseFacts(
      ctx.repoPath,
      { ...options, repository, ...(probe?.head ? { resolvedHead: probe.head } : {}) },
      ctx.logger,
      ctx.onScanProgress ? { onProgress: ctx.onScanProgress } : {},
    );
    gathered = facts;
    // Never the checkout's path: a signed statement must not carry this machine's directory names.
    const repositoryUri = repository ? `${options.serverUrl}/${repository}` : ctx.source?.repository;
    const review = facts.reviews
      ? (await import('../github/reviews.js')).toProvenance(facts.reviews)
      : undefined;
    const reviews = review?.extension ?? notRequested(options);
    const { dependencies, extension } = toProvenance(facts.scan, {
      ...(repositoryUri ? { repositoryUri } : {}),
      surfaceCatalogue: facts.surfaces.catalogue,
      ...(reviews ? { reviews } : {}),
    });
    return {
      dependencies: [...dependencies, ...(review?.dependencies ?? [])],
      extension: extension as unknown as Record<string, unknown>,
    };
  };
  return { collect, facts: () => gathered };
}

/** Why review evidence is not asked for at all (no GitHub request is made), or undefined when it is. */
export function reviewsSkipped(options: ReleaseFactsOptions): string | undefined {
  if (options.reviews === 'off') return 'reviews: off';
  if (!options.githubToken && !options.githubActions) {
    return 'no GitHub token outside GitHub Actions (set GITHUB_TOKEN or GH_TOKEN to collect review evidence)';
  }
  return undefined;
}

/** Reviews section when they were not asked for: explicit, never an empty "no reviews". */
function notRequested(options: ReleaseFactsOptions): ReviewsSection | undefined {
  const detail = reviewsSkipped(options);
  if (detail === undefined) return undefined;
  const scope = options.reviews === 'off' ? 'agent-commits' : options.reviews;
  return { status: 'unavailable', scope, reason: 'not-requested', detail };
}

async function gatherReviews(
  github: typeof ReviewsModule,
  scan: ScanResult,
  surfaceCommits: ReadonlySet<string>,
  options: ReleaseFactsOptions,
  logger: Logger,
): Promise<ReviewEvidence | undefined> {
  if (options.reviews === 'off') return undefined;
  const scope = options.reviews;
  const [owner, repo] = options.repository?.split('/') ?? [];
  if (!owner || !repo) {
    return {
      status: 'unavailable',
      scope,
      reason: 'not-found',
      detail: 'no GitHub repository is known for this range (pass --repository OWNER/REPO)',
      requests: 0,
    };
  }
  // Octokit and its plugins load only when reviews are asked for.
  const { createGitHubClient } = await import('../github/client.js');
  const client = createGitHubClient({
    token: options.githubToken,
    apiUrl: options.githubApiUrl,
    serverUrl: options.serverUrl,
    logger,
  });
  const evidence = await github.collectReviewEvidence(client, {
    owner,
    repo,
    commits: scan.commits.map((c) => c.sha),
    // "agent commits" here means the commits a gate asks about: agent code and config-surface changes.
    agentCommits: new Set([...scan.commits.filter(isAgentCommit).map((c) => c.sha), ...surfaceCommits]),
    allCommits: scope === 'all-commits',
  });
  if (evidence.status === 'collected') {
    logger.info(
      `Review evidence: ${evidence.pullRequests.length} pull request(s), ${evidence.requests} API request(s).`,
    );
  }
  return evidence;
}

function toGitHubFact(u: EvidenceUpgrade): GitHubFact {
  const detail =
    u.source === 'pull-request-author'
      ? `PR #${u.pullRequest ?? '?'} opened by ${u.login}`
      : `commit signed by GitHub for ${u.login}`;
  return { sha: u.commit, rule: u.rule, agent: u.agent, detail };
}
