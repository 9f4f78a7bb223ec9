import type { BaseRule } from '../git/range.js';
import type {
  AgentAttribution,
  CommitAttribution,
  Strength,
  SuppressionFinding,
} from '../attribution/types.js';
import type { ReviewsExtension } from '../github/reviews.js';
import type { LineShare } from '../report/line-share/index.js';
import type { SurfaceFinding } from '../surfaces/types.js';
import type { InstructionsSummary } from './instructions.js';

export type StrengthCounts = Record<Strength, number>;

export interface AgentTotals {
  commits: number;
  linesAdded: number;
  linesRemoved: number;
  byStrength: StrengthCounts;
  /** Commits of this agent that touched a high-risk path. */
  riskCommits: number;
}

export interface ScanTotals {
  commits: number;
  /** Commits with at least one coding-agent attribution. */
  agentCommits: number;
  /** Commits whose only AI evidence is an applied review suggestion (Copilot Autofix, Gemini Code Assist, …). */
  reviewSuggestionCommits: number;
  /** Commits with no evidence at all: unknown, never "human". */
  unknownCommits: number;
  /** Lines added/removed by agent commits. */
  linesAdded: number;
  linesRemoved: number;
  /** Keyed by agent id; review suggestions under the agent id too (class in each commit's entry). */
  byAgent: Record<string, AgentTotals>;
  /** Commits per model (normalised id where unambiguous, else raw; `unknown` when no model was recorded). */
  byModel: Record<string, { commits: number }>;
  /** Agent commits by the strongest strength of their evidence. */
  byStrength: StrengthCounts;
  /** Agent commits touching each risk category, and how many paths. */
  riskPaths: Record<string, { commits: number; paths: number }>;
  downWeightedCommits: number;
  /** Agent commits tagged at commit time (their trailers carry a commit-time tag: `commitTag`). */
  taggedCommits: number;
}

export interface ScanRange {
  base: string | null;
  head: string;
  commits: number;
  baseRule: BaseRule;
  tag?: string;
}

/**
 * Which commits a scan keeps in `ScanResult.commits` (range order either way; totals always count all):
 * `all`; `evidence`: those with AI evidence; `none`: none. With `evidence` and `none`, the commits named in
 * the scan's `keep` are kept too. Memory then does not grow with the range's ordinary commits.
 */
export type Retain = 'all' | 'evidence' | 'none';

export interface ScanResult {
  range: ScanRange;
  /**
   * The commits of the range that the scan retained, newest first (every commit by default; agents [] for
   * commits without evidence).
   */
  commits: CommitAttribution[];
  /** Set when `commits` is not every commit of the range (see Retain). */
  retained?: Exclude<Retain, 'all'>;
  totals: ScanTotals;
  rules: { version: string; digest: string };
  suppression: SuppressionFinding[];
  sources: {
    notes: { ref: string; present: boolean; commits: number };
    agentTrace: { files: string[]; records: number };
  };
  /**
   * The repository instruction sets the agent commits were made with, and the set at the base (present when the
   * range has agent commits and the repository any instruction file).
   */
  instructions?: InstructionsSummary;
  /** AI config surface findings (filled by the surfaces detector; renderers show them first). */
  surfaces?: SurfaceFinding[];
  /** Review evidence of the range's pull requests (scan --reviews), in the statement extension's shape. */
  reviews?: ReviewsExtension;
  /** Agent share of the lines at head (scan --line-share). */
  lineShare?: LineShare;
  warnings: string[];
}

export type { AgentAttribution, CommitAttribution };
