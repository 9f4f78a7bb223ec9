/**
 * scanRange: which commits of a release came from which agent and model.
 *
 *   resolve the range ─▶ read config/trace files at head ─▶ stream commits (one git log) ─▶ detect per commit
 *        and merged-branch evidence ─▶ diffs of agent commits (one git diff-tree, fed as they are found)
 *        ─▶ each commit, once final, to totals, onCommit and (as `retain` says) the result
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { BranchInference } from '../attribution/branches.js';
import { detach, detectCommit, groupEvidence, toFound, type Found } from '../attribution/detect.js';
import { parseAgentTrace, parseGitAiNote } from '../attribution/linelevel.js';
import { compileRiskPaths, riskHits, type RiskMatcher, type RiskPathConfig } from '../attribution/risk.js';
import { RULES, RULES_DIGEST, RULES_VERSION } from '../attribution/rules.js';
import { findSuppression, SUPPRESSION_PATHS } from '../attribution/suppression.js';
import type { CommitAttribution, Rule } from '../attribution/types.js';
import { DiffReader, type CommitDiff } from '../git/diffs.js';
import { readCommitBatches, type RawCommit } from '../git/log.js';
import {
  fetchNotes,
  type RangeOptions,
  type ResolvedRange,
  gitDir,
  hasRef,
  listTree,
  readBlob,
  resolveRange,
  shallowBoundary,
  shallowError,
} from '../git/range.js';
import { silentLogger, type Logger } from '../log.js';
import { AgentAttestError } from '../errors.js';
import { addInstructionSets, InstructionReader, type InstructionSet } from './instructions.js';
import { addToTotals, computeTotals, emptyTotals } from './totals.js';
import type { Retain, ScanResult } from './types.js';

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
  /** Each commit once its attribution is final (evidence, lines, risk paths), in range order, newest first. */
  onCommit?: (c: CommitAttribution) => void;
  /** Which commits the result keeps (default `all`); see Retain. */
  retain?: Retain;
  /**
   * Commits kept whatever `retain` says (those a later step may upgrade or look up: config-surface commits).
   * May still be computing: the scan reads the log meanwhile and emits no commit until it is known.
   */
  keep?: ReadonlySet<string> | Promise<ReadonlySet<string>>;
  /** The range, when the caller resolved it already (resolveScanRange). */
  range?: ResolvedRange;
  logger?: Logger;
}

/** Changed paths recorded per agent commit; beyond it the count is recorded (bounds the statement). */
export const MAX_PATHS_PER_COMMIT = 100;

const AGENT_TRACE_DIR = '.agent-trace';
/**
 * Commits read but not yet settled (waiting for their diff, or behind one that is) before the log waits.
 * Room for a few runs of diff requests (DiffReader gives each process 2,048 in a row), so that a second
 * diff process has work while the first answers; a commit without evidence waits as a few small objects.
 */
const MAX_UNSETTLED = 16_384;
/** Commits read while the commits to keep are still being found (`keep`): most are a few small objects. */
const MAX_WAITING_FOR_KEEP = 65_536;
const MAX_TRACE_BYTES = 32 * 1024 * 1024;
/**
 * A commit read and waiting its turn: an agent commit until its diff and instruction set are in, or just
 * the id of a commit without evidence (most commits: a long queue of them stays small).
 */
type QueuedCommit = string | { c: CommitAttribution; ready: boolean };
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

async function readAgentTrace(repoPath: string, head: string, listed: readonly string[], logger: Logger) {
  const files = listed.filter((f) => /\.jsonl?$/.test(f));
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

/** The range a scan covers, after checking that repoPath is a git repository (scanRange's own first step). */
export async function resolveScanRange(opts: RangeOptions): Promise<ResolvedRange> {
  await gitDir(opts.repoPath);
  return resolveRange(opts);
}

export async function scanRange(opts: ScanOptions): Promise<ScanResult> {
  const logger = opts.logger ?? silentLogger;
  const rules = opts.rules ?? RULES;
  const retain = opts.retain ?? 'all';
  const started = Date.now();
  const gitDirPath = await gitDir(opts.repoPath);
  const range = opts.range ?? (await resolveRange(opts));
  logger.debug(
    `scan range ${range.base ?? '(root)'}..${range.head} (base rule: ${range.baseRule}${range.tag ? `, tag ${range.tag}` : ''})`,
  );

  const notesRef = opts.notesRef ?? 'refs/notes/ai';
  const readNotesRef = async (): Promise<boolean> => {
    if (opts.fetchNotesFrom) {
      const fetched = await fetchNotes(opts.repoPath, opts.fetchNotesFrom, notesRef);
      logger.debug(
        fetched
          ? `fetched ${notesRef} from ${opts.fetchNotesFrom}`
          : `${opts.fetchNotesFrom} has no ${notesRef}`,
      );
    }
    return hasRef(opts.repoPath, notesRef);
  };
  // The Agent Trace records and the settings that hide attribution, in one listing of head.
  const headFiles = listTree(opts.repoPath, range.head, [AGENT_TRACE_DIR, ...SUPPRESSION_PATHS]).then(
    (all) => ({
      trace: all.filter((f) => f.startsWith(`${AGENT_TRACE_DIR}/`)),
      settings: all.filter((f) => !f.startsWith(`${AGENT_TRACE_DIR}/`)),
    }),
  );
  // Independent look-ups, a git process or two each: at once.
  const [boundary, notesPresent, trace, suppression] = await Promise.all([
    shallowBoundary(opts.repoPath),
    readNotesRef(),
    headFiles.then((f) => readAgentTrace(opts.repoPath, range.head, f.trace, logger)),
    headFiles.then((f) => findSuppression(opts.repoPath, range.head, gitDirPath, f.settings)),
  ]);
  const traceLengths = [...new Set([...trace.byRevision.keys()].map((k) => k.length))];
  const matchRisk = compileRiskPaths(opts.riskPaths);

  const retained: CommitAttribution[] = [];
  const totals = emptyTotals();
  const branches = new BranchInference(opts.repoPath);
  const diffs = new DiffReader(opts.repoPath);
  const instructions = new InstructionReader(opts.repoPath, range);
  let notedCommits = 0;
  let seen = 0;
  let lastProgress = started;
  const warnings: string[] = [];
  /** Agent commits whose contents git could not read (line counts unknown). */
  let unreadable = 0;

  /**
   * Commits in stream order, each emitted (counted, handed to onCommit, retained or dropped) once it is
   * final: agent commits wait for their diff, the commits after them wait their turn (at most about
   * MAX_UNSETTLED).
   */
  const queue: Array<QueuedCommit> = [];
  let queueHead = 0;
  const emitReady = (): void => {
    if (keepPending) return;
    while (queueHead < queue.length) {
      const next = queue[queueHead]!;
      if (typeof next !== 'string' && !next.ready) break;
      // A commit without evidence waited as its id alone; its attribution is made as it leaves.
      const c = typeof next === 'string' ? { sha: next, agents: NO_AGENTS, riskPaths: NO_RISK } : next.c;
      queue[queueHead++] = undefined as never;
      addToTotals(totals, c);
      opts.onCommit?.(c);
      if (retain === 'all' || (retain === 'evidence' && c.agents.length > 0) || keep?.has(c.sha))
        retained.push(c);
    }
    if (queueHead > 4096 && queueHead * 2 > queue.length) {
      queue.splice(0, queueHead);
      queueHead = 0;
    }
  };

  // The commits to keep may come from a walk of their own (the config surfaces' history, as long as the
  // log on a long range): the log runs beside it, and commits wait in the queue until it is known.
  let keep = opts.keep instanceof Promise ? undefined : opts.keep;
  let keepFailure: { error: unknown } | undefined;
  let keepPending: Promise<void> | undefined =
    opts.keep instanceof Promise
      ? opts.keep.then(
          (k) => {
            keep = k;
            keepPending = undefined;
            try {
              emitReady(); // the commits that waited for it (onCommit may throw: the scan fails with it)
            } catch (e) {
              keepFailure = { error: e };
            }
          },
          (e: unknown) => void (keepFailure = { error: e }),
        )
      : undefined;
  const waitForKeep = async (): Promise<void> => {
    await keepPending;
    if (keepFailure) throw keepFailure.error;
  };

  const onRawCommit = (raw: RawCommit): void => {
    if (boundary.has(raw.sha)) throw shallowError(opts.repoPath);
    seen++;
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
    if (detection.mergeEvidence) {
      const commitsAsAgent = detection.mergeEvidence.every(
        (f) => rules.find((r) => r.id === f.evidence.rule)?.commitsAs === 'agent',
      );
      branches.onAgentMerge(raw, detection.mergeEvidence, commitsAsAgent);
    }
    const inherited = branches.inherit({
      raw,
      hasOwnEvidence: agents.some((a) => a.evidence.some((e) => e.strength !== 'inferred')),
    });
    if (inherited) agents = groupEvidence([...agents.flatMap(toFound), ...inherited]);
    if (agents.length === 0) {
      queue.push(raw.sha);
      emitReady();
      return;
    }
    const c: CommitAttribution = {
      sha: raw.sha,
      authorDate: new Date(raw.authorTime * 1000).toISOString(),
      subject: detach(clip(detection.subject, 300)),
      author: { name: detach(clip(raw.authorName, 200)), email: detach(clip(raw.authorEmail, 200)) },
      agents,
      ...(detection.commitTag ? { commitTag: detection.commitTag } : {}),
      riskPaths: NO_RISK,
    };
    const entry = { c, ready: false };
    queue.push(entry);
    // Final once its diff and its instruction set are in.
    let waiting = 2;
    const settled = (): void => {
      if (--waiting > 0) return;
      entry.ready = true;
      emitReady();
    };
    diffs.request(c.sha, (d) => {
      applyDiff(c, d, matchRisk);
      if (c.linesUnknown !== undefined) unreadable++;
      settled();
    });
    instructions.request(c.sha, (set) => {
      if (set) c.instructions = set.digest;
      settled();
    });
  };

  try {
    for await (const batch of readCommitBatches({
      repoPath: opts.repoPath,
      head: range.head,
      exclude: range.base ? [range.base] : [],
      notesRef: notesPresent ? notesRef : undefined,
    })) {
      for (const raw of batch) {
        // A merged agent branch's commits are being read: the commits after it wait for that answer.
        if (branches.busy) await branches.settle();
        onRawCommit(raw);
      }
      if (keepFailure) throw keepFailure.error;
      if (keepPending && queue.length - queueHead > MAX_WAITING_FOR_KEEP) await waitForKeep();
      // diff-tree is behind the log: wait for half of its requests to be answered (git log waits on its
      // full pipe meanwhile), so that commits waiting their turn stay bounded whatever the range's length.
      // One diff-tree for the whole range: a fresh one would re-read the trees it has cached.
      while (queue.length - queueHead > MAX_UNSETTLED && diffs.outstanding > 0)
        await diffs.whenBelow(Math.floor(diffs.outstanding / 2));
      const now = Date.now();
      if (opts.onProgress && now - lastProgress >= 200) {
        lastProgress = now;
        opts.onProgress({ commits: seen, elapsedMs: now - started, done: false });
      }
    }
    await waitForKeep();
    await diffs.close();
  } catch (e) {
    diffs.kill();
    instructions.kill();
    throw e;
  }
  const instructionSets = await instructions.close();
  emitReady();
  if (queueHead !== queue.length)
    throw new AgentAttestError('GIT_ERROR', `git diff-tree left commits unanswered in ${opts.repoPath}`);

  if (boundary.size > 0 && seen === 0) throw shallowError(opts.repoPath);
  if (seen === 0) {
    const w = emptyRangeWarning(range);
    warnings.push(w);
    logger.warn(w);
  }
  for (const s of suppression) warnings.push(`attribution suppression: ${s.path} sets ${s.setting}`);
  if (unreadable > 0) warnings.push(unreadableWarning(unreadable));
  warnings.push(...branches.warnings);
  if (instructions.failure)
    warnings.push(`the instruction files of some agent commits could not be read (${instructions.failure})`);
  opts.onProgress?.({ commits: seen, elapsedMs: Date.now() - started, done: true });
  return {
    range: {
      base: range.base,
      head: range.head,
      commits: seen,
      baseRule: range.baseRule,
      ...(range.tag ? { tag: range.tag } : {}),
    },
    commits: retained,
    ...(retain !== 'all' ? { retained: retain } : {}),
    ...(instructionSets.versions.length > 0 || instructionSets.atBase
      ? { instructions: instructionSets }
      : {}),
    totals,
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
  if (d.unreadable !== undefined) {
    // The commit keeps its attribution; what git could not read is said, not counted as zero.
    c.linesUnknown = d.unreadable;
    if (d.pathsUnknown) return; // no paths: a protected-path policy cannot clear it (fails closed)
  } else {
    c.linesAdded = d.linesAdded;
    c.linesRemoved = d.linesRemoved;
  }
  c.filesChanged = d.files.length + d.filesOmitted;
  const paths = d.files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path]));
  const { hits, omitted } = riskHits(paths, matchRisk);
  c.riskPaths = hits;
  if (omitted > 0) c.riskPathsOmitted = omitted;
  c.paths = paths.slice(0, MAX_PATHS_PER_COMMIT).map(detach);
  const pathsOmitted = paths.length - c.paths.length + d.filesOmitted;
  if (pathsOmitted > 0) c.pathsOmitted = pathsOmitted;
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
  const missing = scan.commits.filter(
    (c) => c.agents.length > 0 && c.linesAdded === undefined && c.linesUnknown === undefined,
  );
  if (missing.length === 0) return scan;
  const matchRisk = compileRiskPaths(riskPaths);
  const diffs = new DiffReader(repoPath);
  const instructions = new InstructionReader(repoPath, scan.range);
  const copies = new Map(missing.map((c) => [c.sha, { ...c }]));
  const sets: Array<{ sha: string; set: InstructionSet }> = [];
  for (const c of copies.values()) {
    diffs.request(c.sha, (d) => applyDiff(c, d, matchRisk));
    if (c.instructions === undefined)
      instructions.request(c.sha, (set) => {
        if (!set) return;
        c.instructions = set.digest;
        sets.push({ sha: c.sha, set });
      });
  }
  let atBase: InstructionSet | null;
  try {
    await diffs.close();
    atBase = (await instructions.close()).atBase;
  } catch (e) {
    diffs.kill();
    instructions.kill();
    throw e;
  }
  const commits = scan.commits.map((c) => copies.get(c.sha) ?? c);
  const withSets =
    sets.length > 0 ? { instructions: addInstructionSets(scan.instructions, atBase, sets, commits) } : {};
  const unreadable = [...copies.values()].filter((c) => c.linesUnknown !== undefined).length;
  return {
    ...scan,
    commits,
    ...withSets,
    totals: computeTotals(commits, scan.range.commits),
    ...(unreadable > 0 ? { warnings: [...scan.warnings, unreadableWarning(unreadable)] } : {}),
  };
}

/** Said when a range holds no commit: a base equal to head, or one whose history already holds head. */
function emptyRangeWarning(range: ResolvedRange): string {
  const base = range.base?.slice(0, 12) ?? '(root)';
  const why =
    range.base === range.head
      ? 'base and head are the same commit'
      : `head ${range.head.slice(0, 12)} is already in the history of the ${range.baseRule === 'pull-request' ? 'pull request base' : 'base'}`;
  return `the range ${base}..${range.head.slice(0, 12)} holds no commits (${why}): nothing was attributed; give an older --base, or --base root for the whole history.`;
}

/** The one warning for the commits whose contents git could not read. */
function unreadableWarning(count: number): string {
  return `git could not read the contents of ${count} agent commit(s) (objects missing from this clone: a partial clone or a damaged repository); their line counts are unknown (linesUnknown says why). A full clone counts them.`;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
