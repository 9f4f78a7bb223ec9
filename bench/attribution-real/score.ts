/**
 * Scoring of attribution against hand labels (bench/attribution-real and its test tier).
 *
 * Labels are per commit: the agents (id + class) whose attribution a tool or convention put into the commit
 * itself (identity, trailer, footer, task/session link), read by hand. Direct evidence is the scanner's
 * non-inferred evidence; the unit is the pair (commit, agent id + class).
 */
import { readFileSync } from 'node:fs';
import type { CommitAttribution } from '../../src/core/attribution/types.js';

export interface LabelAgent {
  id: string;
  class: string;
  model?: string;
  /** The line (or identity) the labeller read as evidence. */
  evidence: string;
  note?: string;
}

export interface CommitLabel {
  sha: string;
  /** Sampling stratum (evidence signature) and its size in the whole history: for weighted estimates. */
  stratum: string;
  stratumSize: number;
  sampled: 'signature' | 'random';
  agents: LabelAgent[];
  /** Set when the labeller could not decide: not scored. */
  uncertain?: string;
  why?: string;
}

export interface LabelFile {
  repository: string;
  head: string;
  commits: number;
  role: 'tuned' | 'held-out';
  labels: CommitLabel[];
}

/** A hand verdict on a commit that the scanner attributed from a merged branch name only. */
export interface InferredLabel {
  sha: string;
  agent: string;
  /** true: the agent made this commit; false: it did not (someone else's commit, a bump, the main line's). */
  confirmed: boolean;
  why: string;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function readLabelFile(file: string): LabelFile {
  const [header, ...labels] = readJsonl<Record<string, unknown>>(file);
  return { ...(header as Omit<LabelFile, 'labels'>), labels: labels as unknown as CommitLabel[] };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** The same, each commit weighted by its stratum's size over the stratum's sampled commits. */
  wtp: number;
  wfp: number;
  wfn: number;
  modelChecked: number;
  modelAgreed: number;
  scored: number;
}

export interface Mismatch {
  sha: string;
  kind: 'FP' | 'FN' | 'model';
  agent: string;
  label: string;
  found: string;
}

export const emptyCounts = (): Counts => ({
  tp: 0,
  fp: 0,
  fn: 0,
  wtp: 0,
  wfp: 0,
  wfn: 0,
  modelChecked: 0,
  modelAgreed: 0,
  scored: 0,
});

export function addCounts(into: Counts, c: Counts): void {
  for (const k of Object.keys(into) as Array<keyof Counts>) into[k] += c[k];
}

const key = (id: string, cls: string): string => `${id}/${cls}`;

/** Direct (non-inferred) agent pairs of a scanned commit; down-weighted ones are reported apart. */
function directPairs(c: CommitAttribution | undefined): {
  direct: Map<string, CommitAttribution['agents'][number]>;
  downWeighted: Set<string>;
} {
  const direct = new Map<string, CommitAttribution['agents'][number]>();
  const downWeighted = new Set<string>();
  for (const a of c?.agents ?? []) {
    if (a.evidence.some((e) => e.strength !== 'inferred')) direct.set(key(a.id, a.class), a);
    else if (a.evidence.some((e) => e.downWeighted)) downWeighted.add(key(a.id, a.class));
  }
  return { direct, downWeighted };
}

/** Scores one repository's labels against the scanner's commits (by sha). */
export function scoreLabels(
  labels: readonly CommitLabel[],
  found: ReadonlyMap<string, CommitAttribution>,
): { counts: Counts; mismatches: Mismatch[] } {
  const counts = emptyCounts();
  const mismatches: Mismatch[] = [];
  const perStratum = new Map<string, number>();
  for (const l of labels) if (!l.uncertain) perStratum.set(l.stratum, (perStratum.get(l.stratum) ?? 0) + 1);
  for (const l of labels) {
    if (l.uncertain) continue;
    counts.scored++;
    const w = l.stratumSize / perStratum.get(l.stratum)!;
    const { direct, downWeighted } = directPairs(found.get(l.sha));
    const wanted = new Map(l.agents.map((a) => [key(a.id, a.class), a]));
    for (const [k, a] of wanted) {
      // The VS Code co-author trailer inside its default-on window is down-weighted by policy, not missed.
      if (!direct.has(k) && downWeighted.has(k)) continue;
      if (direct.has(k)) {
        counts.tp++;
        counts.wtp += w;
        if (a.model) {
          counts.modelChecked++;
          const got = direct.get(k)!.model;
          if (got === a.model) counts.modelAgreed++;
          else mismatches.push({ sha: l.sha, kind: 'model', agent: k, label: a.model, found: String(got) });
        }
      } else {
        counts.fn++;
        counts.wfn += w;
        mismatches.push({
          sha: l.sha,
          kind: 'FN',
          agent: k,
          label: a.evidence,
          found: describe(found.get(l.sha)),
        });
      }
    }
    for (const [k] of direct) {
      if (wanted.has(k)) continue;
      counts.fp++;
      counts.wfp += w;
      mismatches.push({
        sha: l.sha,
        kind: 'FP',
        agent: k,
        label: l.why ?? '(no agent)',
        found: describe(found.get(l.sha)),
      });
    }
  }
  return { counts, mismatches };
}

function describe(c: CommitAttribution | undefined): string {
  if (!c || c.agents.length === 0) return '(nothing)';
  return c.agents
    .map(
      (a) =>
        `${a.id}/${a.class}:${a.evidence.map((e) => `${e.rule}@${e.where}${e.match ? `=${e.match}` : ''}`).join(',')}`,
    )
    .join(' ; ');
}

export const ratio = (a: number, b: number): number | undefined => (b === 0 ? undefined : a / b);
export const fmt = (x: number | undefined): string => (x === undefined ? '—' : x.toFixed(3));
