/**
 * What the HTML report shows, derived from the scan's typed result only: each chart's series, the table
 * behind it, and the commits behind each bar ("evidence keys"). docs/reports.md defines every number in
 * terms of the JSON report, and the browser test recomputes them from it.
 */
import type { CommitAttribution } from '../../attribution/types.js';
import { isAgentCommit } from '../../scan/totals.js';
import type { ScanResult } from '../../scan/types.js';
import { REVIEW_STATUSES, ReviewIndex, type ReviewCoverage, type ReviewStatus } from '../reviews.js';

export interface Series {
  label: string;
  data: number[];
  /** Evidence key of each point (commits behind it), parallel to data; '' when there is nothing to list. */
  evidence: string[];
}

export interface ChartData {
  id: string;
  title: string;
  /** One sentence: what is counted (the table caption and the canvas' accessible name). */
  description: string;
  kind: 'bar' | 'stacked-bar' | 'horizontal-bar' | 'doughnut';
  labels: string[];
  series: Series[];
}

export interface ReportModel {
  charts: ChartData[];
  /** Evidence key → commit shas (agent commits of the range). */
  evidence: Record<string, string[]>;
  reviewCoverage: ReviewCoverage;
  /** Review status of each agent commit. */
  reviewOf: Record<string, ReviewStatus>;
}

/** Lines changed in the range by all non-merge commits (for the share of changed lines). */
export interface RangeLines {
  added: number;
  removed: number;
}

const month = (iso: string | undefined): string => (iso ?? '').slice(0, 7) || 'unknown';

/** Months from the first to the last, inclusive (`YYYY-MM`). */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    if (out.length > 600) break;
  }
  return out;
}

export function buildModel(scan: ScanResult, rangeLines?: RangeLines): ReportModel {
  const t = scan.totals;
  const evidence: Record<string, string[]> = {};
  const add = (key: string, sha: string): void => {
    const list = (evidence[key] ??= []);
    if (!list.includes(sha)) list.push(sha);
  };
  const agentCommits = scan.commits.filter(isAgentCommit);
  const suggestionCommits = scan.commits.filter((c) => c.agents.length > 0 && !isAgentCommit(c));
  const charts: ChartData[] = [];

  // Agent commits per month, stacked by agent.
  const dated = agentCommits.filter((c) => c.authorDate);
  const months = dated.length
    ? monthsBetween(
        dated.map((c) => month(c.authorDate)).reduce((a, b) => (a < b ? a : b)),
        dated.map((c) => month(c.authorDate)).reduce((a, b) => (a > b ? a : b)),
      )
    : [];
  const agentIds = [
    ...new Set(
      agentCommits.flatMap((c) => c.agents.filter((a) => a.class === 'coding_agent').map((a) => a.id)),
    ),
  ].sort((a, b) => (t.byAgent[b]?.commits ?? 0) - (t.byAgent[a]?.commits ?? 0) || (a < b ? -1 : 1));
  const perMonth = new Map<string, number[]>(agentIds.map((id) => [id, months.map(() => 0)]));
  for (const c of dated) {
    const i = months.indexOf(month(c.authorDate));
    for (const id of new Set(c.agents.filter((a) => a.class === 'coding_agent').map((a) => a.id))) {
      perMonth.get(id)![i]!++;
      add(`timeline|${id}|${months[i]}`, c.sha);
    }
  }
  charts.push({
    id: 'timeline',
    title: 'Agent commits per month, by agent',
    description:
      'Commits with coding-agent evidence per month of their author date (UTC), stacked by agent; a commit with two agents counts under each.',
    kind: 'stacked-bar',
    labels: months,
    series: agentIds.map((id) => ({
      label: id,
      data: perMonth.get(id)!,
      evidence: months.map((m) => (evidence[`timeline|${id}|${m}`] ? `timeline|${id}|${m}` : '')),
    })),
  });

  // Models.
  const models = Object.entries(t.byModel).sort(
    (a, b) => b[1].commits - a[1].commits || (a[0] < b[0] ? -1 : 1),
  );
  for (const c of [...agentCommits, ...suggestionCommits])
    for (const m of new Set(c.agents.map((a) => a.model ?? 'unknown'))) add(`model|${m}`, c.sha);
  charts.push({
    id: 'models',
    title: 'Commits by model',
    description:
      'Commits with AI evidence by the model they record (normalised id, else as written; unknown when none): totals.byModel.',
    kind: 'horizontal-bar',
    labels: models.map(([m]) => m),
    series: [
      {
        label: 'commits',
        data: models.map(([, v]) => v.commits),
        evidence: models.map(([m]) => (evidence[`model|${m}`] ? `model|${m}` : '')),
      },
    ],
  });

  // Share of commits.
  for (const c of agentCommits) add('share|agent', c.sha);
  for (const c of suggestionCommits) add('share|suggestion', c.sha);
  charts.push({
    id: 'commit-share',
    title: 'Share of commits',
    description:
      'Commits of the range: with coding-agent evidence, with only an applied AI review suggestion, and without any evidence (unknown, never "human").',
    kind: 'doughnut',
    labels: ['agent', 'review suggestion only', 'unknown'],
    series: [
      {
        label: 'commits',
        data: [t.agentCommits, t.reviewSuggestionCommits, t.unknownCommits],
        evidence: ['share|agent', suggestionCommits.length ? 'share|suggestion' : '', ''],
      },
    ],
  });

  // Share of changed lines.
  if (rangeLines) {
    const agent = t.linesAdded + t.linesRemoved;
    const all = rangeLines.added + rangeLines.removed;
    charts.push({
      id: 'changed-lines',
      title: 'Share of changed lines',
      description:
        'Lines added plus removed by agent commits (totals.linesAdded + totals.linesRemoved), and by all other non-merge commits of the range (rangeLines minus those).',
      kind: 'doughnut',
      labels: ['by agent commits', 'by other commits'],
      series: [
        { label: 'lines changed', data: [agent, Math.max(0, all - agent)], evidence: ['share|agent', ''] },
      ],
    });
  }

  // Lines at head (line share).
  const ls = scan.lineShare;
  if (ls) {
    charts.push({
      id: 'line-share',
      title: 'Lines at head',
      description:
        'Lines of the tracked text files at head by their last commit: agent commits, AI review suggestions only, no evidence (lineShare).',
      kind: 'doughnut',
      labels: ['agent', 'review suggestion only', 'unknown'],
      series: [
        {
          label: 'lines',
          data: [ls.agentLines, ls.reviewSuggestionLines, ls.unknownLines],
          evidence: ['', '', ''],
        },
      ],
    });
    const byAgent = Object.entries(ls.byAgent).sort((a, b) => b[1].lines - a[1].lines);
    charts.push({
      id: 'line-share-agents',
      title: 'Lines at head by agent',
      description: 'Lines at head whose last commit lists the agent (lineShare.byAgent).',
      kind: 'horizontal-bar',
      labels: byAgent.map(([id]) => id),
      series: [{ label: 'lines', data: byAgent.map(([, v]) => v.lines), evidence: byAgent.map(() => '') }],
    });
  }

  // Risk paths with agent code.
  const risk = Object.entries(t.riskPaths).sort(
    (a, b) => b[1].commits - a[1].commits || (a[0] < b[0] ? -1 : 1),
  );
  for (const c of agentCommits)
    for (const cat of new Set(c.riskPaths.flatMap((h) => h.categories))) add(`risk|${cat}`, c.sha);
  charts.push({
    id: 'risk-paths',
    title: 'High-risk paths with agent code',
    description:
      'Per risk category: commits with AI evidence that touched it, and how many such paths they touched (totals.riskPaths).',
    kind: 'bar',
    labels: risk.map(([cat]) => cat),
    series: [
      {
        label: 'commits',
        data: risk.map(([, r]) => r.commits),
        evidence: risk.map(([cat]) => (evidence[`risk|${cat}`] ? `risk|${cat}` : '')),
      },
      { label: 'paths', data: risk.map(([, r]) => r.paths), evidence: risk.map(() => '') },
    ],
  });

  // Review coverage.
  const reviews = new ReviewIndex(scan.reviews);
  const reviewOf: Record<string, ReviewStatus> = {};
  for (const c of agentCommits) {
    const s = reviews.status(c.sha);
    reviewOf[c.sha] = s;
    add(`review|${s}`, c.sha);
  }
  const coverage = reviews.coverage(scan.commits);
  charts.push({
    id: 'reviews',
    title: 'Review of agent commits',
    description:
      'Agent commits by review evidence: a pull request that brought them has a human approval of its head; pull requests without one; no pull request; unknown (not collected or not found).',
    kind: 'bar',
    labels: [...REVIEW_STATUSES],
    series: [
      {
        label: 'agent commits',
        data: REVIEW_STATUSES.map((s) => coverage.commits[s]),
        evidence: REVIEW_STATUSES.map((s) => (evidence[`review|${s}`] ? `review|${s}` : '')),
      },
    ],
  });

  // AI config surfaces by risk.
  const surfaces = scan.surfaces ?? [];
  const risks = ['high', 'medium', 'low'] as const;
  charts.push({
    id: 'surfaces',
    title: 'AI config surface changes by risk',
    description: 'AI assistant config files the range changed, by the risk of the change (surfaces[].risk).',
    kind: 'bar',
    labels: [...risks],
    series: [
      {
        label: 'files',
        data: risks.map((r) => surfaces.filter((f) => (f.risk ?? 'low') === r).length),
        evidence: risks.map(() => ''),
      },
    ],
  });

  return { charts, evidence, reviewCoverage: coverage, reviewOf };
}

/** The commits the report lists: those with AI evidence, newest first (the scan's order). */
export function listedCommits(scan: ScanResult): CommitAttribution[] {
  return scan.commits.filter((c) => c.agents.length > 0);
}
