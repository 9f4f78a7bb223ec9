/**
 * Scan reports: text (terminal), Markdown (job summary) and the stable JSON. Everything that comes from
 * commits (names, subjects, paths, matched text) is untrusted: Markdown output escapes it.
 */
import { type DecisionLog, isDecisionLog } from '../attribution/decision-log.js';
import type { AgentAttribution, CommitAttribution, CommitTagRecord } from '../attribution/types.js';
import { codeSpan, escapeHtml, escapeMarkdown as escapeShared, oneLine } from '../markdown.js';
import { renderSurfacesMarkdown, renderSurfacesText } from '../surfaces/render.js';
import type { InstructionSet } from './instructions.js';
import type { ScanResult } from './types.js';

/** Commits listed in text/Markdown reports (JSON lists all). */
export const MAX_LISTED_COMMITS = 200;
/** Decision logs shown per agent of a commit in text/Markdown reports (JSON lists all it kept). */
export const MAX_LISTED_LOGS = 3;
/** Risk paths shown per commit in text/Markdown reports (the scan keeps up to 16, JSON lists them). */
export const MAX_LISTED_RISK_PATHS = 3;

/** How many risk paths of a commit are not shown: those past the listed ones and those the scan left out. */
const riskPathsMore = (c: CommitAttribution): number =>
  Math.max(0, c.riskPaths.length - MAX_LISTED_RISK_PATHS) + (c.riskPathsOmitted ?? 0);

const short = (sha: string | null): string => (sha ? sha.slice(0, 12) : '(root)');

function agentLabel(a: AgentAttribution): string {
  const model = a.model ? ` (${a.model})` : '';
  const kind = a.class === 'ai_review_suggestion' ? ' [review suggestion]' : '';
  const down = a.evidence.some((e) => e.downWeighted) ? ' [down-weighted]' : '';
  // Each rule once: a squash body repeating a trailer in three places is one rule to read.
  const rules = new Set(a.evidence.map((e) => (e.tier === 'GH' ? e.rule : `${e.rule}/${e.tier}`)));
  return `${a.id}${model} ${a.strength}${kind}${down}: ${[...rules].join(', ')}`;
}

/**
 * The decision logs of an attribution that are of their kind's exact shape (what the scan records; a report
 * read back from JSON is checked again), the first `max` of them, and how many more there are.
 */
export function shownDecisionLogs(a: AgentAttribution, max: number): { logs: DecisionLog[]; more: number } {
  const valid = (a.decisionLogs ?? []).filter((l) => isDecisionLog(l.kind, l.value));
  return {
    logs: valid.slice(0, max),
    more: valid.length - Math.min(valid.length, max) + (a.decisionLogsOmitted ?? 0),
  };
}

const moreLogs = (n: number): string => (n > 0 ? ` (+${n} more)` : '');

/** A decision log as a Markdown/HTML link (links) or code (session ids); values are of their kind's shape. */
export function decisionLogHtml(l: DecisionLog): string {
  return l.value.startsWith('https://')
    ? `<a href="${escapeHtml(l.value)}" rel="noopener noreferrer nofollow">${escapeHtml(l.kind)}</a>`
    : `${escapeHtml(l.kind)} <code>${escapeHtml(l.value)}</code>`;
}

/** `Agent (claude-code, model …, session …, review required)`: what a commit-time tag declared. */
export function tagLabel(tag: CommitTagRecord): string {
  const parts = [tag.agents.join(', ')];
  if (tag.models) parts.push(`model ${tag.models.join(', ')}`);
  if (tag.sessions) parts.push(`session ${tag.sessions.join(', ')}`);
  if (tag.runners) parts.push(`runner ${tag.runners.join(', ')}`);
  if (tag.instructions) parts.push(`user instructions ${tag.instructions.join(', ')}`);
  if (tag.review) parts.push(`review ${tag.review.join(', ')}`);
  return `${tag.conventions.join(' + ')}: ${parts.join('; ')}`;
}

const shortDigest = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);

/** The files of an instruction set, named (at most six). */
function fileNames(set: InstructionSet): string {
  const names = set.files.slice(0, 6).map((f) => f.path);
  return set.files.length > 6 ? `${names.join(', ')} … and ${set.files.length - 6} more` : names.join(', ');
}

/**
 * What changed in the instruction files from the base's set to `set`: `AGENTS.md added, CLAUDE.md changed`;
 * undefined for a range from the root (no base to compare with), `unchanged` when nothing did.
 */
export function instructionChanges(scan: ScanResult, set: InstructionSet): string | undefined {
  if (scan.range.base === null) return undefined;
  const before = new Map((scan.instructions?.atBase?.files ?? []).map((f) => [f.path, f.blob]));
  const now = new Map(set.files.map((f) => [f.path, f.blob]));
  const changes: string[] = [];
  for (const [p, blob] of now) {
    const old = before.get(p);
    if (old === undefined) changes.push(`${p} added`);
    else if (old !== blob) changes.push(`${p} changed`);
  }
  for (const p of before.keys()) if (!now.has(p)) changes.push(`${p} removed`);
  if (changes.length === 0) return 'unchanged';
  return changes.length > 6
    ? `${changes.slice(0, 6).join(', ')} … and ${changes.length - 6} more`
    : changes.join(', ');
}

function baseDescription(scan: ScanResult): string {
  const r = scan.range;
  switch (r.baseRule) {
    case 'tag':
      return `newest release tag ${r.tag ?? ''}`;
    case 'pull-request':
      return 'pull request base';
    case 'explicit':
      return 'given';
    case 'root':
      return 'no release tag: whole history';
  }
}

/** What a terminal shows must not be steered by a commit message: one line, controls folded, cut. */
const plain = (s: string, max = 120): string => oneLine(s, max);

function agentCommits(scan: ScanResult): CommitAttribution[] {
  return scan.commits.filter((c) => c.agents.length > 0);
}

export function renderText(scan: ScanResult): string {
  const t = scan.totals;
  const out: string[] = [];
  if (scan.surfaces) out.push(renderSurfacesText(scan.surfaces).trimEnd(), '');
  out.push(
    `Range ${short(scan.range.base)}..${short(scan.range.head)} (${baseDescription(scan)}): ${t.commits} commits`,
  );
  out.push(
    `  agent commits: ${t.agentCommits}   review-suggestion commits: ${t.reviewSuggestionCommits}   unknown (no evidence): ${t.unknownCommits}`,
  );
  out.push(`  lines by agent commits: +${t.linesAdded} -${t.linesRemoved}`);
  out.push(
    `  strength: verified ${t.byStrength.verified}, declared ${t.byStrength.declared}, inferred ${t.byStrength.inferred}`,
  );
  if (t.downWeightedCommits > 0)
    out.push(`  down-weighted (VS Code default co-author window): ${t.downWeightedCommits}`);
  if (t.agentCommits > 0)
    out.push(`  tagged at commit time: ${t.taggedCommits} of ${t.agentCommits} agent commits`);
  const agents = Object.entries(t.byAgent).sort((a, b) => b[1].commits - a[1].commits);
  if (agents.length > 0) {
    out.push('', 'By agent:');
    for (const [id, a] of agents) {
      out.push(
        `  ${id.padEnd(20)} ${String(a.commits).padStart(6)} commits  +${a.linesAdded} -${a.linesRemoved}  ` +
          `(verified ${a.byStrength.verified}, declared ${a.byStrength.declared}, inferred ${a.byStrength.inferred})`,
      );
    }
    out.push('', 'By model:');
    for (const [model, m] of Object.entries(t.byModel).sort((a, b) => b[1].commits - a[1].commits)) {
      out.push(`  ${plain(model, 60).padEnd(40)} ${String(m.commits).padStart(6)} commits`);
    }
  }
  const risk = Object.entries(t.riskPaths);
  if (risk.length > 0) {
    out.push('', 'High-risk paths touched by agent commits:');
    for (const [cat, r] of risk) out.push(`  ${cat.padEnd(16)} ${r.commits} commits, ${r.paths} paths`);
  }
  if (scan.suppression.length > 0) {
    out.push('', 'Attribution suppression configured:');
    for (const s of scan.suppression) out.push(`  ${plain(s.path)}: ${plain(s.setting)} (${s.tool})`);
  }
  const sets = scan.instructions;
  if (sets && (sets.versions.length > 0 || sets.atBase)) {
    out.push('', 'Instructions in force (repository instruction and rule files in each agent commit):');
    if (sets.atBase)
      out.push(
        `  at base ${short(scan.range.base)}: ${shortDigest(sets.atBase.digest)}  ${plain(fileNames(sets.atBase), 200)}`,
      );
    for (const v of sets.versions) {
      const since = instructionChanges(scan, v);
      out.push(
        `  ${shortDigest(v.digest)}  ${String(v.agentCommits).padStart(6)} agent commits  ${plain(fileNames(v), 200)}` +
          (since ? `  (since base: ${plain(since, 200)})` : ''),
      );
    }
  }
  const listed = agentCommits(scan);
  if (listed.length > 0) {
    out.push('', 'Commits with AI evidence:');
    // With more than one instruction set, each commit names its own (one set: the section above says it).
    const manySets = (scan.instructions?.versions.length ?? 0) > 1;
    for (const c of listed.slice(0, MAX_LISTED_COMMITS)) {
      const set = manySets && c.instructions ? `  [instructions ${shortDigest(c.instructions)}]` : '';
      out.push(`  ${short(c.sha)} ${plain(c.subject ?? '', 72)}${set}`);
      for (const a of c.agents) {
        out.push(`      ${plain(agentLabel(a), 200)}`);
        const { logs, more } = shownDecisionLogs(a, MAX_LISTED_LOGS);
        for (const [i, l] of logs.entries())
          out.push(`        log: ${l.kind} ${l.value}${i === logs.length - 1 ? moreLogs(more) : ''}`);
      }
      if (c.commitTag) out.push(`      tagged at commit time: ${plain(tagLabel(c.commitTag), 300)}`);
      for (const r of c.riskPaths.slice(0, MAX_LISTED_RISK_PATHS))
        out.push(`      risk: ${plain(r.path, 160)} [${r.categories.join(', ')}]`);
      if (riskPathsMore(c) > 0) out.push(`      risk: … and ${riskPathsMore(c)} more paths`);
    }
    if (listed.length > MAX_LISTED_COMMITS)
      out.push(`  … and ${listed.length - MAX_LISTED_COMMITS} more (use --format json)`);
  }
  for (const w of scan.warnings) out.push(`warning: ${plain(w, 300)}`);
  return out.join('\n') + '\n';
}

/** Escapes untrusted text for a job summary (the shared escaper), cut to `max` characters first. */
export function escapeMarkdown(s: string, max = 200): string {
  return escapeShared(s.length > max ? `${s.slice(0, max - 1)}…` : s);
}

const code = (s: string): string => codeSpan(s.length > 200 ? `${s.slice(0, 199)}…` : s);

export function renderMarkdown(scan: ScanResult): string {
  const t = scan.totals;
  const out: string[] = [];
  if (scan.surfaces) out.push(renderSurfacesMarkdown(scan.surfaces).trimEnd(), '');
  out.push('### Agent attribution', '');
  out.push(
    `Range ${code(short(scan.range.base))}..${code(short(scan.range.head))} (${escapeMarkdown(baseDescription(scan))}): ` +
      `**${t.commits}** commits, **${t.agentCommits}** with agent evidence, ${t.reviewSuggestionCommits} with AI review suggestions, ` +
      `${t.unknownCommits} unknown (no evidence; not "human").`,
    '',
  );
  out.push(
    `Lines by agent commits: +${t.linesAdded} −${t.linesRemoved}. Strength: verified ${t.byStrength.verified}, declared ${t.byStrength.declared}, inferred ${t.byStrength.inferred}.` +
      (t.agentCommits > 0
        ? ` Tagged at commit time: ${t.taggedCommits} of ${t.agentCommits} agent commits.`
        : ''),
    '',
  );
  const agents = Object.entries(t.byAgent).sort((a, b) => b[1].commits - a[1].commits);
  if (agents.length > 0) {
    out.push(
      '| agent | commits | lines | verified | declared | inferred | risk commits |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const [id, a] of agents) {
      out.push(
        `| ${escapeMarkdown(id)} | ${a.commits} | +${a.linesAdded} −${a.linesRemoved} | ${a.byStrength.verified} | ${a.byStrength.declared} | ${a.byStrength.inferred} | ${a.riskCommits} |`,
      );
    }
    out.push('', '| model | commits |', '|---|---:|');
    for (const [model, m] of Object.entries(t.byModel).sort((a, b) => b[1].commits - a[1].commits)) {
      out.push(`| ${escapeMarkdown(model, 80)} | ${m.commits} |`);
    }
    out.push('');
  }
  const risk = Object.entries(t.riskPaths);
  if (risk.length > 0) {
    out.push(
      '**High-risk paths touched by agent commits**',
      '',
      '| category | commits | paths |',
      '|---|---:|---:|',
    );
    for (const [cat, r] of risk) out.push(`| ${escapeMarkdown(cat)} | ${r.commits} | ${r.paths} |`);
    out.push('');
  }
  if (scan.suppression.length > 0) {
    out.push('**Attribution suppression configured**', '');
    for (const s of scan.suppression)
      out.push(`- ${code(s.path)}: ${escapeMarkdown(s.setting)} (${escapeMarkdown(s.tool)})`);
    out.push('');
  }
  const sets = scan.instructions;
  if (sets && (sets.versions.length > 0 || sets.atBase)) {
    out.push(
      '**Instructions in force** (repository instruction and rule files in each agent commit)',
      '',
      '| instruction set | agent commits | files | since base |',
      '|---|---:|---|---|',
    );
    if (sets.atBase)
      out.push(
        `| ${code(shortDigest(sets.atBase.digest))} (at base) | — | ${escapeMarkdown(fileNames(sets.atBase), 300)} | |`,
      );
    for (const v of sets.versions) {
      const since = instructionChanges(scan, v);
      out.push(
        `| ${code(shortDigest(v.digest))} | ${v.agentCommits} | ${escapeMarkdown(fileNames(v), 300)} | ${since ? escapeMarkdown(since, 300) : '—'} |`,
      );
    }
    out.push('');
  }
  const listed = agentCommits(scan);
  if (listed.length > 0) {
    out.push(
      '<details><summary>Commits with AI evidence</summary>',
      '',
      '| commit | subject | agents | tagged at commit time | risk paths |',
      '|---|---|---|---|---|',
    );
    for (const c of listed.slice(0, MAX_LISTED_COMMITS)) {
      const agents = c.agents
        .map((a) => {
          const { logs, more } = shownDecisionLogs(a, MAX_LISTED_LOGS);
          const links = logs.map(decisionLogHtml).join(', ');
          return `${escapeMarkdown(agentLabel(a), 300)}${links ? `<br>log: ${links}${moreLogs(more)}` : ''}`;
        })
        .join('<br>');
      const tag = c.commitTag ? escapeMarkdown(tagLabel(c.commitTag), 300) : '—';
      const paths =
        c.riskPaths
          .slice(0, MAX_LISTED_RISK_PATHS)
          .map((r) => code(r.path))
          .join('<br>') + (riskPathsMore(c) > 0 ? `<br>… and ${riskPathsMore(c)} more` : '');
      out.push(
        `| ${code(short(c.sha))} | ${escapeMarkdown(c.subject ?? '', 100)} | ${agents} | ${tag} | ${paths} |`,
      );
    }
    if (listed.length > MAX_LISTED_COMMITS)
      out.push('', `… and ${listed.length - MAX_LISTED_COMMITS} more (see the JSON report).`);
    out.push('', '</details>', '');
  }
  for (const w of scan.warnings) out.push(`> [!WARNING]\n> ${escapeMarkdown(w, 300)}`, '');
  return out.join('\n');
}

/** One entry of the JSON report's `commits`. */
export function commitJson(c: CommitAttribution): unknown {
  return {
    sha: c.sha,
    agents: c.agents.map((a) => ({
      id: a.id,
      class: a.class,
      model: a.model,
      modelRaw: a.modelRaw,
      strength: a.strength,
      evidence: a.evidence,
      ...(a.decisionLogs?.length ? { decisionLogs: a.decisionLogs } : {}),
      ...(a.decisionLogsOmitted ? { decisionLogsOmitted: a.decisionLogsOmitted } : {}),
    })),
    riskPaths: c.riskPaths,
    ...(c.riskPathsOmitted ? { riskPathsOmitted: c.riskPathsOmitted } : {}),
    ...(c.agents.length > 0
      ? {
          subject: c.subject,
          authorDate: c.authorDate,
          ...(c.commitTag ? { commitTag: c.commitTag } : {}),
          ...(c.instructions ? { instructions: c.instructions } : {}),
          ...(c.linesUnknown !== undefined
            ? { linesAdded: null, linesRemoved: null, linesUnknown: c.linesUnknown }
            : { linesAdded: c.linesAdded ?? 0, linesRemoved: c.linesRemoved ?? 0 }),
          ...(c.paths ? { paths: c.paths } : {}),
          ...(c.pathsOmitted ? { pathsOmitted: c.pathsOmitted } : {}),
        }
      : {}),
  };
}

/** The JSON report's fields other than `commits`, in report order. */
function reportFields(scan: ScanResult): {
  range: unknown;
  surfaces?: unknown;
  rest: Record<string, unknown>;
} {
  return {
    range: {
      base: scan.range.base,
      head: scan.range.head,
      commits: scan.range.commits,
      baseRule: scan.range.baseRule,
      ...(scan.range.tag ? { tag: scan.range.tag } : {}),
    },
    ...(scan.surfaces ? { surfaces: scan.surfaces } : {}),
    rest: {
      totals: scan.totals,
      rules: scan.rules,
      suppression: scan.suppression,
      ...(scan.instructions ? { instructions: scan.instructions } : {}),
      sources: scan.sources,
      ...(scan.reviews ? { reviews: scan.reviews } : {}),
      ...(scan.lineShare ? { lineShare: scan.lineShare } : {}),
      warnings: scan.warnings,
    },
  };
}

/** The stable JSON report (docs/attribution.md). `commits` lists every commit of the range. */
export function toJson(scan: ScanResult): unknown {
  const { range, surfaces, rest } = reportFields(scan);
  return {
    range,
    ...(surfaces ? { surfaces } : {}),
    commits: scan.commits.map(commitJson),
    ...rest,
  };
}

/**
 * The same report written as the scan runs (`JSON.stringify(report, null, 2)` byte for byte), for ranges
 * of any length: `commits` first, each as the scan emits it (scanRange's onCommit), then the fields known
 * only at the end (the range's commit count, surfaces with their commits' attribution, totals, …). Parsed,
 * it equals toJson of a scan that retained every commit. Nothing is written before the first commit or
 * end(), so an error before the stream leaves no half report; an error during it is closed with fail().
 */
const NESTED_PREFIX = '[\n  [\n    ';
const NESTED_SUFFIX = '\n  ]\n]';

export class JsonReportWriter {
  /** Pieces gathered since the last write (joined once: one flat string per write, no deep rope). */
  private pending: string[] = [];
  private pendingLength = 0;
  private commits = 0;
  /** Part of the report has been written. */
  private started = false;

  constructor(
    private readonly write: (text: string) => void,
    /** Characters gathered before a write: one write per commit costs more than the commit. */
    private readonly chunk = 64 * 1024,
  ) {}

  commit(c: CommitAttribution): void {
    this.add(this.commits++ === 0 ? '{\n  "commits": [\n    ' : ',\n    ');
    if (c.agents.length === 0 && c.riskPaths.length === 0 && !c.riskPathsOmitted) {
      // Most commits: no evidence, one fixed shape around a hex id (needs no escaping).
      this.add(`{\n      "sha": "${c.sha}",\n      "agents": [],\n      "riskPaths": []\n    }`);
    } else {
      // Stringified two levels deep (as inside the report's `commits`), then unwrapped: the indentation
      // comes out right without re-indenting every line.
      const nested = JSON.stringify([[commitJson(c)]], null, 2);
      this.add(nested.slice(NESTED_PREFIX.length, nested.length - NESTED_SUFFIX.length));
    }
    if (this.pendingLength >= this.chunk) this.flush();
  }

  /**
   * After a failure: when part of the report has gone out already, completes it as a valid document whose
   * `error` member says what failed (`commits` then lists only the commits written) and returns true;
   * otherwise drops what it gathered, writes nothing and returns false.
   */
  fail(error: { code: string; message: string }): boolean {
    if (!this.started) {
      this.pending = [];
      this.pendingLength = 0;
      return false;
    }
    const tail = JSON.stringify({ error: { ...error, commitsWritten: this.commits } }, null, 2);
    this.add(`\n  ],\n${tail.slice(2)}\n`);
    this.flush();
    return true;
  }

  /** Writes the rest of the report; `scan` is the finished scan (its `commits` are not read). */
  end(scan: ScanResult): void {
    const { range, surfaces, rest } = reportFields(scan);
    const tail = JSON.stringify({ range, ...(surfaces ? { surfaces } : {}), ...rest }, null, 2);
    // tail is `{\n  "range": …\n}`: its members follow the commits.
    this.add(this.commits === 0 ? '{\n  "commits": [],\n' : '\n  ],\n');
    this.add(`${tail.slice(2)}\n`);
    this.flush();
  }

  private add(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
  }

  private flush(): void {
    if (this.pendingLength === 0) return;
    this.started = true;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    this.write(text);
  }
}
