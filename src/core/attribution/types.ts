/**
 * Shapes of agent attribution: the rule catalogue's rows, the evidence a rule leaves on a commit,
 * and the per-commit attribution the scan produces.
 */

import type { DecisionLog, DecisionLogKind } from './decision-log.js';

/** Agent ids (DESIGN.md). `other` = declared AI with an unrecognised tool. */
export const AGENT_IDS = [
  'claude-code',
  'copilot-coding-agent',
  'copilot',
  'cursor',
  'codex',
  'devin',
  'jules',
  'gemini-cli',
  'gemini-code-assist',
  'aider',
  'amp',
  'openhands',
  'windsurf',
  'cline',
  'roo-code',
  'kiro',
  'factory',
  'opencode',
  'warp',
  'replit',
  'other',
] as const;
export type AgentId = (typeof AGENT_IDS)[number];

/** Reference tier codes (agent-signals.md §1); `GH` marks facts from the GitHub API (upgradeEvidence). */
export type Tier = 'V1' | 'V2' | 'S1' | 'S2' | 'H' | 'L';
/** What the statement promises: verified (GitHub vouches), declared (anyone can write it), inferred (hint). */
export type Strength = 'verified' | 'declared' | 'inferred';
/** A review suggestion applied by a human is AI-written code, but not a coding agent's commit. */
export type EvidenceClass = 'coding_agent' | 'ai_review_suggestion';

/**
 * Where a matcher looks.
 * - trailer: each `Token: value` of the git trailer block (unfolded), also the trailer paragraphs of a squash body
 *   and the footer paragraphs git does not read (see parseMessage)
 * - ident: `Name <email>` of the sources listed in `idents` (author, committer, co-author trailer values)
 * - name: the author and committer names
 * - subject: the first line of the message
 * - body: every message line outside fenced/indented code and `>` quotes (never in revert messages)
 * - merge-branch: the branch named by a merge subject (`Merge pull request #N from org/BRANCH`, `Merge branch 'BRANCH'`)
 * - github: evaluated from GitHub API facts by the GitHub layer (PR author, login, signature)
 * - tag: the commit-time tag's trailers (src/core/attribution/tags.ts reads them; the pattern names the trailer
 *   that declares the agent)
 * - note / file / config: evaluated by the notes, Agent Trace and suppression readers
 */
export type MatchField =
  | 'trailer'
  | 'ident'
  | 'name'
  | 'subject'
  | 'body'
  | 'merge-branch'
  | 'tag'
  | 'github'
  | 'note'
  | 'file'
  | 'config';
export type IdentSource = 'author' | 'committer' | 'co-author';

export interface RuleMatcher {
  field: MatchField;
  /** JavaScript RegExp source (translated from the reference's PCRE); absent for github/note/file/config. */
  pattern?: string;
  /** RegExp flags; `i` unless stated. */
  flags?: string;
  idents?: IdentSource[];
  /** Overrides the rule's tier for this matcher (CX-1: noreply@ is S1, codex@ is S2). */
  tier?: Tier;
  /**
   * Lower-case text every match contains (body matchers): messages without any of them skip the body
   * rules entirely. Tests check each pattern's examples contain it.
   */
  literal?: string;
  /** Human description for matchers without a pattern. */
  description?: string;
  /**
   * A second pattern the whole message must contain for a match to count (AW-2: a renamed Actions bot
   * co-author is agentic only next to a workflow run link).
   */
  requires?: string;
  /**
   * The decision log this matcher's text links to (a session, task, run or thread): taken from the matched text,
   * or from the text `requires` matched, when it has the kind's exact shape (decision-log.ts).
   */
  log?: DecisionLogKind;
}

export interface ModelCapture {
  /** Named group holding the model (or a display name that contains it). */
  group: string;
  /** A captured value matching this (case-insensitive) names the product, not a model. */
  ignore?: string;
  /** Removed from the start of the captured value (e.g. `Codex `). */
  strip?: string;
}

export interface Rule {
  id: string;
  matchers: RuleMatcher[];
  /** Fixed agent id, or `agentGroup` names the group whose text maps to an agent id via TOOL_ALIASES. */
  agent: AgentId;
  agentGroup?: string;
  product: string;
  class: EvidenceClass;
  tier: Tier;
  model?: ModelCapture;
  /** A date window (author date, inclusive, UTC days) in which a match is down-weighted to `inferred`. */
  downWeight?: { from: string; to: string; reason: string };
  source: string;
  note?: string;
  /**
   * Branch rules: whether the agent commits under its own identity (`agent`: every commit it makes carries
   * direct evidence, so nothing is inferred from its branch name) or as the person who runs it (`user`).
   */
  commitsAs?: 'agent' | 'user';
}

export interface Evidence {
  rule: string;
  tier: Tier | 'GH';
  strength: Strength;
  /**
   * Where it was found: trailer, footer, squash-body, author, committer, co-author, subject, body, merge, note,
   * agent-trace, github.
   */
  where: string;
  /** The matched text, truncated to 200 characters (untrusted: escape before display). */
  match?: string;
  modelRaw?: string;
  /** Lines attributed by a line-level record (git-ai note, Agent Trace). */
  lines?: number;
  /** Set for GH-6 inside the VS Code default-on window. */
  downWeighted?: boolean;
  /** Merge commit whose branch name gave this (inferred) evidence. */
  via?: string;
  detail?: string;
}

export interface AgentAttribution {
  id: AgentId;
  class: EvidenceClass;
  /** Normalised model id where unambiguous, else the raw string, else null. */
  model: string | null;
  modelRaw: string | null;
  /** Strongest strength among the evidence. */
  strength: Strength;
  evidence: Evidence[];
  /**
   * The agent's decision logs this commit links to (session, task, run or thread links and session ids), each
   * of its kind's exact shape; at most MAX_DECISION_LOGS, `decisionLogsOmitted` counts the rest.
   */
  decisionLogs?: DecisionLog[];
  decisionLogsOmitted?: number;
}

export interface RiskPathHit {
  path: string;
  categories: string[];
}

/**
 * What a commit's commit-time tag declares (`Agent:` trailers of the hook, or `Agent-Authored:`): declarations,
 * untrusted text, each list at most 4 values of at most 200 characters.
 */
export interface CommitTagRecord {
  /** The trailer sets found: `Agent` (agent-attest's hook) and/or `Agent-Authored`. */
  conventions: string[];
  /** Agent names as written. */
  agents: string[];
  models?: string[];
  sessions?: string[];
  runners?: string[];
  /** `sha256:` digests of the user-level instruction files the agent loaded (the hook's `Agent-Instructions:`). */
  instructions?: string[];
  /** Declared review requirements (`required`, `security-review-required`). */
  review?: string[];
}

export interface CommitAttribution {
  sha: string;
  /** Author date, ISO 8601 UTC (commits with own evidence). */
  authorDate?: string;
  /** Kept only for commits with agent evidence (untrusted text). */
  subject?: string;
  author?: { name: string; email: string };
  agents: AgentAttribution[];
  /** Set when the commit was tagged at commit time (its trailers carry a commit-time tag). */
  commitTag?: CommitTagRecord;
  /**
   * `sha256:` digest of the repository instruction and rule files in the commit's tree (agent commits that have
   * any; src/core/scan/instructions.ts).
   */
  instructions?: string;
  /** Risk paths touched (agent commits only; capped, see riskPathsOmitted). */
  riskPaths: RiskPathHit[];
  riskPathsOmitted?: number;
  /** Every path the commit changed (agent commits only; capped, see pathsOmitted): protected-path policies. */
  paths?: string[];
  pathsOmitted?: number;
  linesAdded?: number;
  linesRemoved?: number;
  /**
   * Why the line counts are unknown: git could not read the commit's contents (a blob a partial clone left
   * out, a missing or damaged object). linesAdded/linesRemoved are then absent.
   */
  linesUnknown?: string;
  filesChanged?: number;
}

export interface SuppressionFinding {
  rule: 'SUP-1';
  path: string;
  tool: string;
  setting: string;
  /** The revision where the file was read. */
  revision: string;
}
