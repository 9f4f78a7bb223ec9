import type { CommitAttribution, Strength } from '../attribution/types.js';
import { STRENGTH_ORDER } from '../attribution/detect.js';
import type { ScanTotals, StrengthCounts } from './types.js';

/** Distinct model keys kept in totals (model strings come from commits: bounded so reports stay small). */
export const MAX_MODEL_KEYS = 100;
export const OTHER_MODELS = '(other models)';

const zero = (): StrengthCounts => ({ verified: 0, declared: 0, inferred: 0 });

export function isAgentCommit(c: CommitAttribution): boolean {
  return c.agents.some((a) => a.class === 'coding_agent');
}

/**
 * Totals are always derived from the commits (one place for each fact). `rangeCommits`: the range's
 * commit count when `commits` holds only some of them (a scan that retained the commits with evidence):
 * the others had none, so they count as unknown.
 */
export function computeTotals(
  commits: readonly CommitAttribution[],
  rangeCommits = commits.length,
): ScanTotals {
  const t = emptyTotals();
  for (const c of commits) addToTotals(t, c);
  t.commits += rangeCommits - commits.length;
  t.unknownCommits += rangeCommits - commits.length;
  return t;
}

export function emptyTotals(): ScanTotals {
  return {
    commits: 0,
    agentCommits: 0,
    reviewSuggestionCommits: 0,
    unknownCommits: 0,
    linesAdded: 0,
    linesRemoved: 0,
    byAgent: {},
    byModel: Object.create(null) as Record<string, { commits: number }>,
    byStrength: zero(),
    riskPaths: {},
    downWeightedCommits: 0,
    taggedCommits: 0,
  };
}

/** Counts one commit into `t` (commits in range order: the model-key cap keeps the first models seen). */
export function addToTotals(t: ScanTotals, c: CommitAttribution): void {
  t.commits++;
  if (c.agents.length === 0) {
    t.unknownCommits++;
    return;
  }
  const agent = isAgentCommit(c);
  if (agent) {
    t.agentCommits++;
    t.linesAdded += c.linesAdded ?? 0;
    t.linesRemoved += c.linesRemoved ?? 0;
    let best: Strength = 'inferred';
    for (const a of c.agents)
      if (a.class === 'coding_agent' && STRENGTH_ORDER[a.strength] > STRENGTH_ORDER[best]) best = a.strength;
    t.byStrength[best]++;
    if (c.commitTag) t.taggedCommits++;
  } else t.reviewSuggestionCommits++;
  if (c.agents.some((a) => a.evidence.some((e) => e.downWeighted))) t.downWeightedCommits++;
  const models = new Set<string>();
  for (const a of c.agents) {
    const at = (t.byAgent[a.id] ??= {
      commits: 0,
      linesAdded: 0,
      linesRemoved: 0,
      byStrength: zero(),
      riskCommits: 0,
    });
    at.commits++;
    at.linesAdded += c.linesAdded ?? 0;
    at.linesRemoved += c.linesRemoved ?? 0;
    at.byStrength[a.strength]++;
    if (c.riskPaths.length > 0) at.riskCommits++;
    models.add(a.model ?? 'unknown');
  }
  for (const m of models) {
    const key = m in t.byModel || Object.keys(t.byModel).length < MAX_MODEL_KEYS ? m : OTHER_MODELS;
    (t.byModel[key] ??= { commits: 0 }).commits++;
  }
  const categories = new Map<string, number>();
  for (const hit of c.riskPaths)
    for (const cat of hit.categories) categories.set(cat, (categories.get(cat) ?? 0) + 1);
  for (const [cat, n] of categories) {
    const r = (t.riskPaths[cat] ??= { commits: 0, paths: 0 });
    r.commits++;
    r.paths += n;
  }
}
