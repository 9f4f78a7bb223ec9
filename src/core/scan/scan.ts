/**
 * scanRange: which commits of a release came from which agent and model.
 *
 *   resolve the range ─▶ read config/trace files at head ─▶ stream commits (one git log) ─▶ detect per commit
 *        ─▶ diffs of agent commits (one git diff-tree, fed as they are found) ─▶ merge-branch propagation ─▶ totals
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { detach, detectCommit, groupEvidence, type Found } from '../attribution/detect.js';
import { parseAgentTrace, parseGitAiNote } from '../attribution/linelevel.js';
import { compileRiskPaths, riskHits, type RiskMatcher, type RiskPathConfig } from '../attribution/risk.js';
import { RULES, RULES_DIGEST, RULES_VERSION } from '../attribution/rules.js';
import { findSuppression } from '../attribution/suppression.js';
import type { CommitAttribution, Rule } from '../attribution/types.js';
import { DiffReader, type CommitDiff } from '../git/diffs.js';
import { readCommitBatches, type RawCommit } from '../git/log.js';
import {
  fetchNotes,
  gitDir,
  hasRef,
  listTree,
  readBlob,
  resolveRange,
  shallowBoundary,
  shallowError,
} from '../git/range.js';
import { silentLogger, type Logger } from '../log.js';
import { computeTotals } from './totals.js';
import type { ScanResult } from './types.js';

export interface ScanProgress {
  commits: number;
  elapsedMs: number;
  done: boolean;
}

export interface ScanOptions {
  repoPath: string;
  base?: string;
  head?: string;
  tagPattern?: string | readonly string[];
  pullRequestBase?: string;
  riskPaths?: RiskPathConfig;
  /** git-ai notes ref (default refs/notes/ai). */
  notesRef?: string;
  /** Fetch the notes ref from this remote first (CI checkouts do not fetch notes). */
  fetchNotesFrom?: string;
  rules?: readonly Rule[];
  onProgress?: (p: ScanProgress) => void;
  logger?: Logger;
}

const AGENT_TRACE_DIR = '.agent-trace';
/** In the first-parent list: the parent is the next commit of the list. */
const NEXT = null;
const MAX_TRACE_BYTES = 32 * 1024 * 1024;
const NO_AGENTS: CommitAttribution['agents'] = Object.freeze([]) as unknown as CommitAttribution['agents'];
const NO_RISK: CommitAttribution['riskPaths'] = Object.freeze(
  [],
) as unknown as CommitAttribution['riskPaths'];

export function catalogueDigest(rules: readonly Rule[]): string {
  if (rules === RULES) return RULES_DIGEST;
  return createHash('sha256')
    .update(canonicalize({ version: RULES_VERSION, rules }) ?? '')
    .digest('hex');
}

async function readAgentTrace(repoPath: string, head: string, logger: Logger) {
  const files = (await listTree(repoPath, head, [AGENT_TRACE_DIR])).filter((f) => /\.jsonl?$/.test(f));
  const byRevision = new Map<string, Found[]>();
  let records = 0;
  for (const file of files) {
    const blob = await readBlob(repoPath, head, file, MAX_TRACE_BYTES);
    if (!blob) {
      logger.warn(`${file} is larger than ${MAX_TRACE_BYTES} bytes; its Agent Trace records were not read.`);
      continue;
    }
    for (const [rev, found] of parseAgentTrace(blob.toString('utf8'))) {
      records++;
      byRevision.set(rev, [...(byRevision.get(rev) ?? []), ...found]);
    }
  }
  return { files, records, byRevision };
}

export async function scanRange(opts: ScanOptions): Promise<ScanResult> {
  const logger = opts.logger ?? silentLogger;
  const rules = opts.rules ?? RULES;
  const started = Date.now();
  const gitDirPath = await gitDir(opts.repoPath);
  const range = await resolveRange(opts);
  logger.debug(
    `scan range ${range.base ?? '(root)'}..${range.head} (base rule: ${range.baseRule}${range.tag ? `, tag ${range.tag}` : ''})`,
  );

  const boundary = await shallowBoundary(opts.repoPath);
  const notesRef = opts.notesRef ?? 'refs/notes/ai';
  if (opts.fetchNotesFrom) {
    const fetched = await fetchNotes(opts.repoPath, opts.fetchNotesFrom, notesRef);
    logger.debug(
      fetched
        ? `fetched ${notesRef} from ${opts.fetchNotesFrom}`
        : `${opts.fetchNotesFrom} has no ${notesRef}`,
    );
  }
  const notesPresent = await hasRef(opts.repoPath, notesRef);
  const trace = await readAgentTrace(opts.repoPath, range.head, logger);
  const traceLengths = [...new Set([...trace.byRevision.keys()].map((k) => k.length))];
  const suppression = await findSuppression(opts.repoPath, range.head, gitDirPath);
  const matchRisk = compileRiskPaths(opts.riskPaths);

  const commits: CommitAttribution[] = [];
  /**
   * First parent of commits[i] (for merge-branch propagation), NEXT when it is commits[i + 1] (linear
   * history: most commits), so the parent's sha is not held twice.
   */
  const firstParents: Array<string | undefined | typeof NEXT> = [];
  const merges: Array<{ sha: string; branchParent: string; found: Found[] }> = [];
  const diffs = new DiffReader(opts.repoPath);
  let notedCommits = 0;
  let lastProgress = started;
  const warnings: string[] = [];

  const attachDiff = (c: CommitAttribution): void => {
    diffs.request(c.sha, (d) => applyDiff(c, d, matchRisk));
  };

  const onCommit = (raw: RawCommit): void => {
    if (boundary.has(raw.sha)) throw shallowError(opts.repoPath);
    const detection = detectCommit(raw, rules);
    let agents = detection.agents;
    if (raw.note || traceLengths.length > 0) {
      const extra: Found[] = [];
      if (raw.note) {
        const found = parseGitAiNote(raw.note);
        if (found.length > 0) notedCommits++;
        extra.push(...found);
      }
      for (const len of traceLengths) extra.push(...(trace.byRevision.get(raw.sha.slice(0, len)) ?? []));
      if (extra.length > 0) agents = groupEvidence([...agents.flatMap(toFound), ...extra]);
    }
    const last = firstParents.length - 1;
    if (last >= 0 && firstParents[last] === raw.sha) firstParents[last] = NEXT;
    firstParents.push(raw.parents[0]);
    if (detection.mergeEvidence && raw.parents.length > 1) {
      merges.push({ sha: raw.sha, branchParent: raw.parents[1]!, found: detection.mergeEvidence });
    }
    if (agents.length === 0) {
      commits.push({ sha: raw.sha, agents: NO_AGENTS, riskPaths: NO_RISK });
      return;
    }
    const c: CommitAttribution = {
      sha: raw.sha,
      authorDate: new Date(raw.authorTime * 1000).toISOString(),
      subject: detach(clip(detection.subject, 300)),
      author: { name: detach(clip(raw.authorName, 200)), email: detach(clip(raw.authorEmail, 200)) },
      agents,
      riskPaths: NO_RISK,
    };
    commits.push(c);
    attachDiff(c);
  };

  try {
    for await (const batch of readCommitBatches({
      repoPath: opts.repoPath,
      head: range.head,
      exclude: range.base ? [range.base] : [],
      notesRef: notesPresent ? notesRef : undefined,
    })) {
      for (const raw of batch) onCommit(raw);
      const now = Date.now();
      if (opts.onProgress && now - lastProgress >= 200) {
        lastProgress = now;
        opts.onProgress({ commits: commits.length, elapsedMs: now - started, done: false });
      }
    }

    propagateMergeBranches(commits, firstParents, merges, range.head, attachDiff);
    await diffs.close();
  } catch (e) {
    diffs.kill();
    throw e;
  }

  if (boundary.size > 0 && commits.length === 0) throw shallowError(opts.repoPath);
  for (const s of suppression) warnings.push(`attribution suppression: ${s.path} sets ${s.setting}`);
  const list = commits;
  opts.onProgress?.({ commits: list.length, elapsedMs: Date.now() - started, done: true });
  return {
    range: {
      base: range.base,
      head: range.head,
      commits: list.length,
      baseRule: range.baseRule,
      ...(range.tag ? { tag: range.tag } : {}),
    },
    commits: list,
    totals: computeTotals(list),
    rules: { version: RULES_VERSION, digest: catalogueDigest(rules) },
    suppression,
    sources: {
      notes: { ref: notesRef, present: notesPresent, commits: notedCommits },
      agentTrace: { files: trace.files, records: trace.records },
    },
    warnings,
  };
}

function applyDiff(c: CommitAttribution, d: CommitDiff, matchRisk: RiskMatcher): void {
  c.linesAdded = d.linesAdded;
  c.linesRemoved = d.linesRemoved;
  c.filesChanged = d.files.length + d.filesOmitted;
  const paths = d.files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path]));
  const { hits, omitted } = riskHits(paths, matchRisk);
  c.riskPaths = hits;
  if (omitted > 0) c.riskPathsOmitted = omitted;
}

/**
 * Lines and risk paths for commits that gained evidence after the scan (upgradeEvidence): returns a new
 * scan with their diffs read and totals recomputed.
 */
export async function completeDiffs(
  scan: ScanResult,
  repoPath: string,
  riskPaths?: RiskPathConfig,
): Promise<ScanResult> {
  const missing = scan.commits.filter((c) => c.agents.length > 0 && c.linesAdded === undefined);
  if (missing.length === 0) return scan;
  const matchRisk = compileRiskPaths(riskPaths);
  const diffs = new DiffReader(repoPath);
  const copies = new Map(missing.map((c) => [c.sha, { ...c }]));
  for (const c of copies.values()) diffs.request(c.sha, (d) => applyDiff(c, d, matchRisk));
  try {
    await diffs.close();
  } catch (e) {
    diffs.kill();
    throw e;
  }
  const commits = scan.commits.map((c) => copies.get(c.sha) ?? c);
  return { ...scan, commits, totals: computeTotals(commits) };
}

function toFound(a: CommitAttribution['agents'][number]): Found[] {
  return a.evidence.map((evidence) => ({ agent: a.id, class: a.class, evidence }));
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/**
 * `Merge pull request #N from org/claude/…`: the merged branch's own commits (the first-parent chain of
 * the merged parent, until it reaches the mainline) get the branch rule's evidence as `inferred`, with
 * `via` naming the merge. An approximation of `git rev-list M^1..M^2` that needs no extra git process.
 */
function propagateMergeBranches(
  list: CommitAttribution[],
  firstParents: ReadonlyArray<string | undefined | typeof NEXT>,
  merges: Array<{ sha: string; branchParent: string; found: Found[] }>,
  head: string,
  attachDiff: (c: CommitAttribution) => void,
): void {
  if (merges.length === 0) return;
  const index = new Map(list.map((c, i) => [c.sha, i]));
  const commits = { get: (sha: string) => list[index.get(sha)!] };
  const firstParent = {
    has: (sha: string) => index.has(sha),
    get: (sha: string): string | undefined => {
      const i = index.get(sha);
      if (i === undefined) return undefined;
      const p = firstParents[i];
      return p === NEXT ? list[i + 1]!.sha : p;
    },
  };
  const mainline = new Set<string>();
  for (
    let cur: string | undefined = head;
    cur !== undefined && firstParent.has(cur) && !mainline.has(cur);
    cur = firstParent.get(cur)
  ) {
    mainline.add(cur);
  }
  const claimed = new Set<string>();
  for (const m of merges) {
    for (
      let cur: string | undefined = m.branchParent;
      cur !== undefined && firstParent.has(cur);
      cur = firstParent.get(cur)
    ) {
      if (mainline.has(cur) || claimed.has(cur)) break;
      claimed.add(cur);
      const c = commits.get(cur)!;
      const wasAgent = c.agents.length > 0;
      const found = m.found.map((f) => ({ ...f, evidence: { ...f.evidence, via: m.sha } }));
      c.agents = groupEvidence([...c.agents.flatMap(toFound), ...found]);
      if (!wasAgent) attachDiff(c);
    }
  }
}
