/**
 * Evidence from GitHub's API (another engineer's collector) merged into a scan: a bot PR author (GH-3),
 * a GitHub-signed commit by the Copilot agent (GH-1), an App actor (CC-5, JU-1, DV-1, CU-6, CX-5). Such
 * facts are `verified`: GitHub vouches for the identity, the committer cannot write it.
 */
import { groupEvidence, toFound } from '../attribution/detect.js';
import { normaliseModel } from '../attribution/models.js';
import { ruleById } from '../attribution/rules.js';
import type { AgentId, CommitAttribution, Evidence, EvidenceClass } from '../attribution/types.js';
import { AgentAttestError } from '../errors.js';
import { computeTotals } from './totals.js';
import type { ScanResult } from './types.js';

export interface GitHubFact {
  /** Commit of the scanned range the fact is about. */
  sha: string;
  /** Catalogue rule id the fact satisfies (GH-1, GH-3, CC-5, …). */
  rule: string;
  /** Defaults to the rule's agent. */
  agent?: AgentId;
  class?: EvidenceClass;
  model?: string;
  /** What GitHub said, e.g. `PR #12 author google-labs-jules[bot] (Bot)` (untrusted text, kept short). */
  detail: string;
}

/**
 * Returns a new scan with each fact added as `verified` evidence (tier `GH`) on its commit. Commits that
 * had no evidence become agent commits; their diffs (lines, risk paths) are filled by the caller with
 * `completeDiffs` when wanted. Facts about commits outside the range are an error: they mean a mix-up. A scan
 * that retained only some commits (ScanResult.retained) must have kept every commit a fact may name.
 */
export function upgradeEvidence(scan: ScanResult, facts: readonly GitHubFact[]): ScanResult {
  if (facts.length === 0) return scan;
  const bySha = new Map<string, GitHubFact[]>();
  for (const f of facts) {
    const rule = ruleById(f.rule);
    if (!rule)
      throw new AgentAttestError(
        'INPUT_INVALID',
        `GitHub fact names unknown rule ${f.rule}; use a catalogue rule id.`,
      );
    bySha.set(f.sha, [...(bySha.get(f.sha) ?? []), f]);
  }
  const known = new Set(scan.commits.map((c) => c.sha));
  for (const sha of bySha.keys()) {
    if (known.has(sha)) continue;
    // A scan that kept only some commits must have been told to keep those GitHub may vouch for.
    throw new AgentAttestError(
      'INPUT_INVALID',
      scan.retained
        ? `GitHub fact for ${sha} names a commit the scan did not keep; scan with keep including it (or retain 'all').`
        : `GitHub fact for ${sha} is outside the scanned range.`,
    );
  }
  const commits: CommitAttribution[] = scan.commits.map((c) => {
    const add = bySha.get(c.sha);
    if (!add) return c;
    const found = [
      ...c.agents.flatMap(toFound),
      ...add.map((f) => {
        const rule = ruleById(f.rule)!;
        const evidence: Evidence = {
          rule: f.rule,
          tier: 'GH',
          strength: 'verified',
          where: 'github',
          detail: f.detail.slice(0, 200),
        };
        if (f.model) evidence.modelRaw = f.model.slice(0, 200);
        return { agent: f.agent ?? rule.agent, class: f.class ?? rule.class, evidence };
      }),
    ];
    const agents = groupEvidence(found);
    for (const a of agents)
      if (a.model === null && a.modelRaw) a.model = normaliseModel(a.modelRaw) ?? a.modelRaw;
    return { ...c, agents };
  });
  return { ...scan, commits, totals: computeTotals(commits, scan.range.commits) };
}
