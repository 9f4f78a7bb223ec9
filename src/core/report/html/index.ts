/**
 * `scan --format html`: one self-contained page. No request leaves it: Chart.js (bundled, pinned) and the
 * page script are inline, allowed by their sha256 in a strict Content-Security-Policy (no other script,
 * style or connection); the report data is a JSON data block. Every chart has its table; tables, the commit
 * list and the surface findings are plain HTML, so the page prints and reads without scripts.
 *
 * Untrusted text (commit subjects, names, paths, model ids, review URLs) is folded to one visible line
 * (controls removed, bidirectional and invisible characters shown as <U+XXXX>) and HTML-escaped; in the data
 * block, `<`, `>` and `&` are JSON escapes. The page script writes text only through textContent.
 */
import { createHash } from 'node:crypto';
import chartJs from 'chart.js/dist/chart.umd.min.js?text';
import { escapeHtml } from '../../markdown.js';
import { MAX_DECISION_LOGS } from '../../attribution/decision-log.js';
import {
  decisionLogHtml,
  instructionChanges,
  shownDecisionLogs,
  tagLabel,
  toJson,
} from '../../scan/render.js';
import type { ScanResult } from '../../scan/types.js';
import { visible } from '../../surfaces/render.js';
import type { SurfaceFinding } from '../../surfaces/types.js';
import { VERSION } from '../../version.js';
import pageScript from './page.js?text';
import { buildModel, listedCommits, type ChartData, type RangeLines, type ReportModel } from './model.js';
import { STYLE } from './style.js';

/** Commits listed in the page's table (all are counted; the data block keeps up to MAX_DATA_COMMITS). */
export const MAX_TABLE_COMMITS = 500;
export const MAX_DATA_COMMITS = 5000;
/** Commits kept per evidence key (a bar's click lists at most these). */
export const MAX_EVIDENCE_PER_KEY = 1000;

export interface HtmlReportOptions {
  /** Lines changed by all non-merge commits of the range (for the share of changed lines). */
  rangeLines?: RangeLines;
  /** When the report was made (shown; default now). */
  generatedAt?: Date;
}

const CHART_SOURCE = chartJs.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');

/** Untrusted text for HTML: one visible line, cut, escaped. */
const text = (s: string | null | undefined, max = 300): string => escapeHtml(visible(s ?? '', max));
const sha256b64 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');

/** A link only for http(s) URLs; anything else (javascript:, data:, …) is shown as text. */
function link(url: string | undefined, label: string): string {
  if (url) {
    try {
      const u = new URL(url);
      if (u.protocol === 'https:' || u.protocol === 'http:')
        return `<a href="${escapeHtml(u.href)}" rel="noopener noreferrer">${label}</a>`;
    } catch {
      // not a URL: text below
    }
  }
  return label;
}

/** JSON inside a data block: nothing in it can close the element or open markup. */
function dataBlock(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(
      /[\u2028\u2029\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
}

const pct = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)} %`;

function chartFigure(chart: ChartData): string {
  const empty = chart.labels.length === 0;
  const head = `<tr><th scope="col">${chart.kind === 'stacked-bar' ? 'month' : ''}</th>${chart.series
    .map((s) => `<th scope="col">${text(s.label, 80)}</th>`)
    .join('')}</tr>`;
  const rows = chart.labels
    .map(
      (label, i) =>
        `<tr><th scope="row">${text(label, 120)}</th>${chart.series
          .map((s) => `<td>${s.data[i] ?? 0}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<figure class="chart-figure" id="figure-${chart.id}">
<h2>${escapeHtml(chart.title)}</h2>
${
  empty
    ? '<p class="empty">Nothing to show for this range.</p>'
    : `<div class="chart"><canvas id="chart-${chart.id}" role="img" aria-label="${escapeHtml(`${chart.title}. ${chart.description} The table below lists the values.`)}"></canvas></div>`
}
<figcaption>${escapeHtml(chart.description)}</figcaption>
${empty ? '' : `<table class="chart-table" data-chart="${chart.id}"><caption>${escapeHtml(chart.title)} (values)</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`}
</figure>`;
}

function surfacesSection(findings: readonly SurfaceFinding[]): string {
  if (findings.length === 0) return '<p>No AI assistant config file changed in this range.</p>';
  const rows = findings
    .map((f) => {
      const reasons = (f.reasons ?? []).map((r) => `<li>${text(r)}</li>`).join('');
      const commits = (f.commitDetails ?? f.commits.map((sha) => ({ sha, agents: [] })))
        .map(
          (d) =>
            `<li><code>${text(d.sha.slice(0, 12))}</code> ${d.agents
              .map(
                (a) =>
                  `${text(a.id, 40)}${a.model ? ` · ${text(a.model, 80)}` : ''} (${text(a.strength, 20)})`,
              )
              .join(', ')}</li>`,
        )
        .join('');
      return `<tr class="risk-${f.risk ?? 'low'}"><td><code>${text(f.oldPath ? `${f.oldPath} → ${f.path}` : f.path)}</code></td><td>${text(f.tool, 60)}</td><td>${text(f.change, 20)}</td><td><strong>${text(f.risk ?? 'low', 10)}</strong></td><td>${text(f.capabilities.join(', '), 60)}</td><td>${reasons ? `<ul>${reasons}</ul>` : ''}</td><td><ul>${commits}</ul></td></tr>`;
    })
    .join('\n');
  return `<table id="surfaces-table"><caption>AI assistant config files changed in the range (surfaces)</caption><thead><tr><th scope="col">file</th><th scope="col">tool</th><th scope="col">change</th><th scope="col">risk</th><th scope="col">can</th><th scope="col">red flags</th><th scope="col">commits</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function reviewsSection(scan: ScanResult, model: ReportModel): string {
  const cov = model.reviewCoverage;
  const intro =
    cov.status === 'not-collected'
      ? '<p>Review evidence was not collected (run the scan with <code>--reviews agent-commits</code> and a token): every agent commit counts as unknown.</p>'
      : cov.status === 'unavailable'
        ? `<p>Review evidence is unavailable: ${text(cov.detail ?? '')}.</p>`
        : `<p>Pull requests that brought agent commits: <strong>${cov.pullRequests.approved}</strong> approved by a human at their final head, <strong>${cov.pullRequests.notApproved}</strong> not.</p>`;
  const prs = scan.reviews?.status === 'collected' ? scan.reviews.pullRequests : [];
  const rows = prs
    .map(
      (pr) =>
        `<tr><td>${link(pr.url, `#${pr.number}`)}</td><td>${text(pr.author.login, 80)}</td><td>${pr.humanApprovalOfHead ? 'yes' : 'no'}</td><td>${pr.reviews.length}</td><td>${pr.commits.map((c) => `<code>${text(c.slice(0, 12))}</code>`).join(' ')}</td></tr>`,
    )
    .join('');
  return `${intro}${
    rows
      ? `<table id="pull-requests-table"><caption>Pull requests with review evidence</caption><thead><tr><th scope="col">pull request</th><th scope="col">author</th><th scope="col">human approval of head</th><th scope="col">reviews</th><th scope="col">commits</th></tr></thead><tbody>${rows}</tbody></table>`
      : ''
  }`;
}

function riskPathsSection(scan: ScanResult, model: ReportModel): string {
  const rows = listedCommits(scan)
    .filter((c) => c.riskPaths.length > 0)
    .slice(0, MAX_TABLE_COMMITS)
    .flatMap((c) =>
      c.riskPaths.map(
        (r) =>
          `<tr><td><code>${text(r.path)}</code></td><td>${text(r.categories.join(', '), 120)}</td><td><code>${text(c.sha.slice(0, 12))}</code></td><td>${c.agents.map((a) => text(a.id, 40)).join(', ')}</td><td>${model.reviewOf[c.sha] ?? 'unknown'}</td></tr>`,
      ),
    )
    .join('');
  return rows
    ? `<table id="risk-paths-table"><caption>High-risk paths changed by commits with AI evidence</caption><thead><tr><th scope="col">path</th><th scope="col">categories</th><th scope="col">commit</th><th scope="col">agents</th><th scope="col">review</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>No commit with AI evidence touched a high-risk path.</p>';
}

/** Which repository instruction sets the agent commits were made with, and what changed since the base. */
function instructionsSection(scan: ScanResult): string {
  const sets = scan.instructions!;
  const digest = (d: string) => `<code>${text(d.replace(/^sha256:/, '').slice(0, 12))}</code>`;
  const files = (fs: { path: string }[]) => text(fs.map((f) => f.path).join(', '), 300);
  const base = sets.atBase
    ? `<tr><td>${digest(sets.atBase.digest)} (at base)</td><td>–</td><td>${files(sets.atBase.files)}</td><td></td></tr>`
    : '';
  const rows = sets.versions
    .map(
      (v) =>
        `<tr><td>${digest(v.digest)}</td><td>${v.agentCommits}</td><td>${files(v.files)}</td><td>${text(instructionChanges(scan, v) ?? '–', 300)}</td></tr>`,
    )
    .join('');
  return `<table id="instructions-table"><caption>Repository instruction and rule files in each agent commit</caption><thead><tr><th scope="col">instruction set</th><th scope="col">agent commits</th><th scope="col">files</th><th scope="col">since base</th></tr></thead><tbody>${base}${rows}</tbody></table>`;
}

function commitsSection(scan: ScanResult, model: ReportModel): string {
  const listed = listedCommits(scan);
  const rows = listed
    .slice(0, MAX_TABLE_COMMITS)
    .map((c) => {
      const agents = c.agents
        .map((a) => {
          const ev = a.evidence
            .map(
              (e) =>
                `<li>${text(e.rule, 20)} · ${text(e.tier, 4)} · ${text(e.strength, 10)} · ${text(e.where, 20)}${e.match ? `: <q>${text(e.match, 200)}</q>` : ''}${e.detail ? ` (${text(e.detail, 200)})` : ''}</li>`,
            )
            .join('');
          const { logs, more } = shownDecisionLogs(a, MAX_DECISION_LOGS);
          const log = logs.length
            ? `<li>decision log: ${logs.map(decisionLogHtml).join(', ')}${more > 0 ? ` (+${more} more)` : ''}</li>`
            : '';
          return `<details><summary>${text(a.id, 40)}${a.model ? ` · ${text(a.model, 80)}` : ''} · ${text(a.strength, 10)}${a.class === 'ai_review_suggestion' ? ' · review suggestion' : ''}</summary><ul>${ev}${log}</ul></details>`;
        })
        .join('');
      const tag = c.commitTag ? `<p>tagged at commit time: ${text(tagLabel(c.commitTag), 300)}</p>` : '';
      const set = c.instructions
        ? `<p>instructions <code>${text(c.instructions.replace(/^sha256:/, '').slice(0, 12))}</code></p>`
        : '';
      return `<tr><td><code>${text(c.sha.slice(0, 12))}</code></td><td>${text(c.authorDate?.slice(0, 10) ?? '', 10)}</td><td>${text(c.subject ?? '', 120)}</td><td>${text(c.author?.name ?? '', 80)}</td><td>${agents}${tag}${set}</td><td>${c.linesAdded ?? 0} / ${c.linesRemoved ?? 0}</td><td>${model.reviewOf[c.sha] ?? '–'}</td></tr>`;
    })
    .join('\n');
  const more =
    listed.length > MAX_TABLE_COMMITS
      ? `<p>… and ${listed.length - MAX_TABLE_COMMITS} more commits with AI evidence (see the JSON report).</p>`
      : '';
  return listed.length === 0
    ? '<p>No commit of the range carries AI evidence.</p>'
    : `<table id="commits-table"><caption>Commits with AI evidence, newest first (open an agent for its evidence)</caption><thead><tr><th scope="col">commit</th><th scope="col">date</th><th scope="col">subject</th><th scope="col">author</th><th scope="col">agents and evidence</th><th scope="col">lines + / −</th><th scope="col">review</th></tr></thead><tbody>${rows}</tbody></table>${more}`;
}

export function renderHtmlReport(scan: ScanResult, options: HtmlReportOptions = {}): string {
  const model = buildModel(scan, options.rangeLines);
  for (const key of Object.keys(model.evidence))
    model.evidence[key] = model.evidence[key]!.slice(0, MAX_EVIDENCE_PER_KEY);
  const t = scan.totals;
  const r = scan.range;
  const report = toJson({ ...scan, commits: listedCommits(scan).slice(0, MAX_DATA_COMMITS) }) as Record<
    string,
    unknown
  >;
  const data = dataBlock({
    report: { ...report, ...(options.rangeLines ? { rangeLines: options.rangeLines } : {}) },
    model,
  });
  const scripts = [CHART_SOURCE, pageScript];
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map((s) => `'sha256-${sha256b64(s)}'`).join(' ')}`,
    `style-src 'sha256-${sha256b64(STYLE)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const ls = scan.lineShare;
  const surfaces = scan.surfaces ?? [];
  const high = surfaces.filter((f) => f.risk === 'high').length;
  const generated = (options.generatedAt ?? new Date()).toISOString();
  const cards: Array<[string, string, string]> = [
    ['commits', String(t.commits), `in the range (base: ${r.baseRule})`],
    ['agent commits', String(t.agentCommits), `${pct(t.agentCommits, t.commits)} of the commits`],
    ['unknown commits', String(t.unknownCommits), 'no evidence (never read as human)'],
    [
      'lines by agent commits',
      `+${t.linesAdded} −${t.linesRemoved}`,
      options.rangeLines
        ? `${pct(t.linesAdded + t.linesRemoved, options.rangeLines.added + options.rangeLines.removed)} of the changed lines`
        : '',
    ],
    ...(ls
      ? [
          [
            'agent share at head',
            `${(ls.share * 100).toFixed(1)} %`,
            `${ls.agentLines} of ${ls.lines} lines`,
          ] as [string, string, string],
        ]
      : []),
    ['AI config changes', String(surfaces.length), `${high} high risk`],
    [
      'agent commits approved',
      String(model.reviewCoverage.commits.approved),
      model.reviewCoverage.status === 'collected' ? `of ${t.agentCommits}` : 'review evidence not collected',
    ],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Agent footprint ${escapeHtml(r.base ? r.base.slice(0, 12) : '(root)')}..${escapeHtml(r.head.slice(0, 12))}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Agent footprint</h1>
<p class="meta">Range <code>${escapeHtml(r.base ?? '(root)')}</code>..<code>${escapeHtml(r.head)}</code> (base: ${escapeHtml(r.baseRule)}${r.tag ? ` ${text(r.tag, 100)}` : ''}) · ${t.commits} commits · agent-attest ${escapeHtml(VERSION)} · rules ${escapeHtml(scan.rules.version)} (${escapeHtml(scan.rules.digest.slice(0, 12))}) · generated ${escapeHtml(generated)}</p>
</header>
<main>
<section class="cards" aria-label="Summary">
${cards.map(([k, v, d]) => `<div class="card"><div class="card-label">${escapeHtml(k)}</div><div class="card-value">${escapeHtml(v)}</div><div class="card-detail">${escapeHtml(d)}</div></div>`).join('\n')}
</section>
<p class="hint">Click a bar or a slice for the commits behind it and their evidence. Every number is defined in docs/reports.md.</p>
<section id="evidence" class="evidence" tabindex="-1" aria-live="polite" hidden></section>
<section class="charts">
${model.charts.map(chartFigure).join('\n')}
</section>
<section><h2>AI assistant config changes</h2>${surfacesSection(surfaces)}</section>
<section><h2>High-risk paths with agent code</h2>${riskPathsSection(scan, model)}</section>
<section><h2>Human review of agent code</h2>${reviewsSection(scan, model)}</section>
${scan.instructions ? `<section><h2>Instructions in force</h2>${instructionsSection(scan)}</section>` : ''}
<section><h2>Commits with AI evidence</h2>${commitsSection(scan, model)}</section>
${scan.warnings.length ? `<section><h2>Warnings</h2><ul>${scan.warnings.map((w) => `<li>${text(w)}</li>`).join('')}</ul></section>` : ''}
</main>
<script type="application/json" id="report-data">${data}</script>
<script>${CHART_SOURCE}</script>
<script>${pageScript}</script>
</body>
</html>
`;
}
