/** The HTML report's one stylesheet (inline, allowed by its sha256). Screen and print. */
export const STYLE = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #555; --line: #d0d0d0; --bg-alt: #f5f5f5;
  --high: #D55E00; --medium: #E69F00; --low: #0072B2; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: #fff; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
h1 { font-size: 1.7em; margin: 0 0 4px; }
h2 { font-size: 1.2em; margin: 28px 0 8px; }
.meta, .hint, figcaption { color: var(--muted); font-size: 0.9em; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.card-label { color: var(--muted); font-size: 0.85em; }
.card-value { font-size: 1.6em; font-weight: 600; }
.card-detail { color: var(--muted); font-size: 0.85em; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 8px 32px; }
.chart-figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
.chart { position: relative; height: 280px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.9em; }
caption { text-align: left; color: var(--muted); padding: 4px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
td:not(:first-child), .chart-table th[scope=col]:not(:first-child) { overflow-wrap: anywhere; }
.chart-table td { text-align: right; font-variant-numeric: tabular-nums; }
.chart-table { max-width: 520px; }
tbody tr:nth-child(even) { background: var(--bg-alt); }
tr.risk-high td:nth-child(4) { color: var(--high); }
tr.risk-medium td:nth-child(4) { color: #8a5a00; }
ul { margin: 0; padding-left: 18px; }
details summary { cursor: pointer; }
.evidence { border: 2px solid var(--low); border-radius: 6px; padding: 8px 16px; margin: 8px 0; }
.evidence:focus { outline: 3px solid var(--medium); }
.empty { color: var(--muted); }
@media print {
  body { font-size: 10.5pt; }
  header, main { max-width: none; padding: 0; }
  .hint, .evidence { display: none; }
  .charts { display: block; }
  .chart { height: 220px; }
  a { color: inherit; text-decoration: none; }
  table, figure { break-inside: auto; }
  tr { break-inside: avoid; }
}
`;
