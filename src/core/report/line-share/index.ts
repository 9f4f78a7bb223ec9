/**
 * Agent share of the code at head: every line of the tracked text files, blamed to the commit that last
 * changed it (blame.ts), counted under that commit's attribution from the scan — the agents, models and
 * evidence strengths of the history, not only of the release range.
 *
 *   text files at head ─▶ git blame --incremental (parallel) ─▶ lines per commit ─▶ per agent / model /
 *   strength / risk category, with shares
 *
 * Every number is defined in docs/reports.md so that an auditor can recompute it from the JSON.
 */
import { STRENGTH_ORDER } from '../../attribution/detect.js';
import { compileRiskPaths, type RiskPathConfig } from '../../attribution/risk.js';
import type { AgentId, CommitAttribution, EvidenceClass, Strength } from '../../attribution/types.js';
import { shallowBoundary } from '../../git/range.js';
import { silentLogger, type Logger } from '../../log.js';
import { scanRange } from '../../scan/scan.js';
import type { ScanResult } from '../../scan/types.js';
import { blameFiles, listTextFiles, type FileBlame } from './blame.js';

/** What line share needs of a commit's attribution. */
export interface AgentRef {
  id: AgentId;
  class: EvidenceClass;
  model: string | null;
  strength: Strength;
}

/** Commits with AI evidence (any class), by full sha. Commits absent from it are unknown. */
export type AttributionIndex = ReadonlyMap<string, readonly AgentRef[]>;

export type StrengthLines = Record<Strength, number>;

export interface LineShare {
  /** The revision blamed (the scan's head). */
  revision: string;
  /** Text files blamed and their lines. */
  files: number;
  lines: number;
  /** Lines whose last change is a commit with coding-agent evidence. */
  agentLines: number;
  /** agentLines / lines, rounded to 4 decimal places (0 when there are no lines). */
  share: number;
  /** Lines whose last change is a commit whose only AI evidence is an applied review suggestion. */
  reviewSuggestionLines: number;
  /** Lines whose last change has no AI evidence (unknown, never "human"). */
  unknownLines: number;
  /** Lines blamed to a shallow clone's cut-off commits (counted as unknown: their history is missing). */
  shallowLines: number;
  /** agentLines by the strongest coding-agent evidence strength of their commit. */
  byStrength: StrengthLines;
  /** Per agent id (coding agents and review suggestions): lines of commits with that agent's evidence. */
  byAgent: Record<string, { lines: number; share: number; byStrength: StrengthLines }>;
  /** Per model (normalised id, else raw, else `unknown`): lines of AI commits recording that model. */
  byModel: Record<string, { lines: number; share: number }>;
  /** Per risk category: the files at head in that category, their lines, and the agent lines among them. */
  riskPaths: Record<string, { files: number; lines: number; agentLines: number; share: number }>;
  /** Distinct commits that own lines at head, and how many of them are agent commits. */
  commits: number;
  agentCommits: number;
  /** The files with the most agent lines (at most MAX_TOP_FILES), most first. */
  topFiles: Array<{ path: string; lines: number; agentLines: number; riskCategories: string[] }>;
}

export const MAX_TOP_FILES = 50;

const ratio = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
const zero = (): StrengthLines => ({ verified: 0, declared: 0, inferred: 0 });

/** The strongest coding-agent strength of a commit, or undefined when it has no coding-agent evidence. */
function agentStrength(agents: readonly AgentRef[]): Strength | undefined {
  let best: Strength | undefined;
  for (const a of agents)
    if (a.class === 'coding_agent' && (!best || STRENGTH_ORDER[a.strength] > STRENGTH_ORDER[best]))
      best = a.strength;
  return best;
}

/** Folds blamed files into a LineShare (pure: the tests feed it by hand). */
export class LineShareCounter {
  private readonly result: LineShare;
  private readonly commits = new Set<string>();
  private readonly agentCommits = new Set<string>();
  private readonly top: LineShare['topFiles'] = [];

  constructor(
    revision: string,
    private readonly attribution: AttributionIndex,
    private readonly riskOf: (path: string) => string[],
    private readonly shallow: ReadonlySet<string> = new Set(),
  ) {
    this.result = {
      revision,
      files: 0,
      lines: 0,
      agentLines: 0,
      share: 0,
      reviewSuggestionLines: 0,
      unknownLines: 0,
      shallowLines: 0,
      byStrength: zero(),
      byAgent: {},
      byModel: Object.create(null) as LineShare['byModel'],
      riskPaths: {},
      commits: 0,
      agentCommits: 0,
      topFiles: [],
    };
  }

  add(file: FileBlame): void {
    const r = this.result;
    r.files++;
    r.lines += file.lines;
    let agentLines = 0;
    for (const [sha, n] of file.byCommit) {
      this.commits.add(sha);
      const agents = this.shallow.has(sha) ? undefined : this.attribution.get(sha);
      if (!agents || agents.length === 0) {
        r.unknownLines += n;
        if (this.shallow.has(sha)) r.shallowLines += n;
        continue;
      }
      const strength = agentStrength(agents);
      if (strength) {
        this.agentCommits.add(sha);
        agentLines += n;
        r.byStrength[strength] += n;
      } else r.reviewSuggestionLines += n;
      const models = new Set<string>();
      for (const a of agents) {
        const at = (r.byAgent[a.id] ??= { lines: 0, share: 0, byStrength: zero() });
        // A commit lists each agent once; its lines count once per agent.
        at.lines += n;
        at.byStrength[a.strength] += n;
        models.add(a.model ?? 'unknown');
      }
      for (const m of models) (r.byModel[m] ??= { lines: 0, share: 0 }).lines += n;
    }
    r.agentLines += agentLines;
    const categories = this.riskOf(file.path);
    for (const cat of categories) {
      const rc = (r.riskPaths[cat] ??= { files: 0, lines: 0, agentLines: 0, share: 0 });
      rc.files++;
      rc.lines += file.lines;
      rc.agentLines += agentLines;
    }
    if (agentLines > 0)
      this.keepTop({ path: file.path, lines: file.lines, agentLines, riskCategories: categories });
  }

  private keepTop(f: LineShare['topFiles'][number]): void {
    const top = this.top;
    if (top.length === MAX_TOP_FILES && compareTop(f, top[top.length - 1]!) >= 0) return;
    top.push(f);
    top.sort(compareTop);
    if (top.length > MAX_TOP_FILES) top.pop();
  }

  finish(): LineShare {
    const r = this.result;
    r.share = ratio(r.agentLines, r.lines);
    for (const a of Object.values(r.byAgent)) a.share = ratio(a.lines, r.lines);
    for (const m of Object.values(r.byModel)) m.share = ratio(m.lines, r.lines);
    for (const c of Object.values(r.riskPaths)) c.share = ratio(c.agentLines, c.lines);
    r.commits = this.commits.size;
    r.agentCommits = this.agentCommits.size;
    r.topFiles = this.top;
    return r;
  }
}

/** Most agent lines first, then by path (a stable order for the same repository). */
function compareTop(a: LineShare['topFiles'][number], b: LineShare['topFiles'][number]): number {
  return b.agentLines - a.agentLines || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

export interface LineShareOptions {
  repoPath: string;
  /** The revision to blame (a full commit id). */
  revision: string;
  attribution: AttributionIndex;
  riskPaths?: RiskPathConfig;
  concurrency?: number;
  logger?: Logger;
  /** Called as each file's blame is counted (a progress indicator). */
  onProgress?: (p: { files: number; totalFiles: number }) => void;
}

export async function computeLineShare(opts: LineShareOptions): Promise<LineShare> {
  const logger = opts.logger ?? silentLogger;
  const started = Date.now();
  const files = await listTextFiles(opts.repoPath, opts.revision);
  const shallow = await shallowBoundary(opts.repoPath);
  const counter = new LineShareCounter(
    opts.revision,
    opts.attribution,
    compileRiskPaths(opts.riskPaths),
    shallow,
  );
  let blamed = 0;
  await blameFiles(opts.repoPath, opts.revision, files, {
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    onFile: (f) => {
      counter.add(f);
      opts.onProgress?.({ files: ++blamed, totalFiles: files.length });
    },
  });
  const share = counter.finish();
  logger.debug(
    `line share: ${share.files} files, ${share.lines} lines blamed in ${Date.now() - started} ms (${share.agentLines} agent lines)`,
  );
  if (share.shallowLines > 0)
    logger.warn(
      `line share: ${share.shallowLines} lines are blamed to a shallow clone's cut-off commits and count as unknown; fetch the whole history (fetch-depth: 0) to attribute them`,
    );
  return share;
}

/** The attribution of commits with evidence, as line share reads it (added to `into`). */
export function attributionOf(
  commits: Iterable<CommitAttribution>,
  into = new Map<string, AgentRef[]>(),
): Map<string, AgentRef[]> {
  for (const c of commits) {
    if (c.agents.length === 0) continue;
    into.set(
      c.sha,
      c.agents.map((a) => ({ id: a.id, class: a.class, model: a.model, strength: a.strength })),
    );
  }
  return into;
}

/**
 * Completes the attribution index of the scan's range (`index`: the commits with evidence it retained, or
 * those a streaming caller collected) with the history below the range's base, scanned the same way: lines
 * at head are often older than the release. A range that starts at the root needs nothing more.
 */
export async function addHistoryBelow(
  repoPath: string,
  scan: ScanResult,
  index: Map<string, AgentRef[]>,
  opts: { riskPaths?: RiskPathConfig; logger?: Logger } = {},
): Promise<Map<string, AgentRef[]>> {
  if (scan.range.base === null) return index;
  const older = await scanRange({
    repoPath,
    range: { base: null, head: scan.range.base, baseRule: 'root' },
    retain: 'evidence',
    ...(opts.riskPaths ? { riskPaths: opts.riskPaths } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  for (const c of older.commits) if (!index.has(c.sha)) attributionOf([c], index);
  return index;
}

/**
 * The scan with its `lineShare`: the attribution of its range (`index`, when a streaming caller collected it;
 * else the scan's retained commits), completed with the history below the base, counted over every text file
 * at head. What `scan --line-share` (and the demo's report) adds to a scan.
 */
export async function withLineShare(
  repoPath: string,
  scan: ScanResult,
  opts: Pick<LineShareOptions, 'riskPaths' | 'logger' | 'onProgress'> & {
    index?: Map<string, AgentRef[]>;
  } = {},
): Promise<ScanResult> {
  const { index, ...rest } = opts;
  const attribution = await addHistoryBelow(repoPath, scan, index ?? attributionOf(scan.commits), rest);
  return {
    ...scan,
    lineShare: await computeLineShare({ repoPath, revision: scan.range.head, attribution, ...rest }),
  };
}
