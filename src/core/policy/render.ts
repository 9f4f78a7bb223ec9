/**
 * A Decision for people and for programs: terminal text, a job-summary Markdown table (every untrusted
 * string escaped), and the documented JSON form (docs/policy.md, "Result").
 */
import { codeSpan, escapeHtml, escapeMarkdown, markdownTable, oneLine, type Cell } from '../markdown.js';
import type { Decision, LoadedPolicy, Pointer, RuleResult, RuleStatus } from './types.js';

export const POLICY_RESULT_SCHEMA = 'https://agent-attest.dev/schemas/policy-result/v1';

/** The JSON form of one policy evaluation. Stable: scripts depend on it. */
export interface PolicyResult {
  schema: typeof POLICY_RESULT_SCHEMA;
  pass: boolean;
  policy: { source: LoadedPolicy['source']; name: string; sha256: string };
  summary: { pass: number; fail: number; skip: number };
  rules: RuleResult[];
}

export function policyResult(
  decision: Decision,
  loaded: Pick<LoadedPolicy, 'source' | 'name' | 'sha256'>,
): PolicyResult {
  const count = (s: RuleStatus) => decision.rules.filter((r) => r.status === s).length;
  return {
    schema: POLICY_RESULT_SCHEMA,
    pass: decision.pass,
    policy: { source: loaded.source, name: loaded.name, sha256: loaded.sha256 },
    summary: { pass: count('pass'), fail: count('fail'), skip: count('skip') },
    rules: decision.rules,
  };
}

const TEXT_MARK: Record<RuleStatus, string> = { pass: 'ok  ', fail: 'FAIL', skip: 'skip' };
/** Pointers listed under a failing rule in text and Markdown (JSON lists them all). */
const POINTERS_SHOWN = 5;

/** Untrusted text for a terminal: no control characters (no escape sequences), one line. */
const plain = (text: string): string => oneLine(text);

function pointerText(p: Pointer): string {
  return plain(p.url ? `${p.kind} ${p.value} ${p.url}` : `${p.kind} ${p.value}`);
}

/** Lines for a terminal: a verdict, then one line per rule, failing rules first with their pointers. */
export function renderDecisionText(
  decision: Decision,
  loaded?: Pick<LoadedPolicy, 'name' | 'sha256'>,
): string {
  const failed = decision.rules.filter((r) => r.status === 'fail').length;
  const head = loaded ? `policy ${plain(loaded.name)} (sha256 ${loaded.sha256.slice(0, 12)}…)` : 'policy';
  const verdict = decision.pass ? 'PASS' : 'FAIL';
  const lines = [`${head}: ${verdict} — ${failed} of ${decision.rules.length} rules failed`];
  const ordered = [...decision.rules].sort(
    (a, b) => Number(b.status === 'fail') - Number(a.status === 'fail'),
  );
  const width = Math.max(0, ...ordered.map((r) => r.id.length));
  for (const r of ordered) {
    lines.push(`  ${TEXT_MARK[r.status]}  ${r.id.padEnd(width)}  ${plain(r.reason)}`);
    if (r.status !== 'fail') continue;
    for (const p of r.pointers.slice(0, POINTERS_SHOWN)) lines.push(`          ${pointerText(p)}`);
    if (r.pointers.length > POINTERS_SHOWN)
      lines.push(`          … and ${r.pointers.length - POINTERS_SHOWN} more (see --format json)`);
  }
  return lines.join('\n') + '\n';
}

const MD_MARK: Record<RuleStatus, string> = { pass: '✅ pass', fail: '❌ fail', skip: '➖ skip' };

/** A pointer as safe Markdown/HTML: links only to http(s) URLs, every part escaped. */
function pointerMarkdown(p: Pointer): string {
  const label = codeSpan(p.kind === 'commit' ? p.value.slice(0, 12) : p.value);
  if (p.url && /^https?:\/\//i.test(p.url)) return `<a href="${escapeHtml(p.url)}">${label}</a>`;
  return label;
}

/** A job-summary section: the verdict and a table of the rules (failing first), everything untrusted escaped. */
export function renderDecisionMarkdown(
  decision: Decision,
  loaded?: Pick<LoadedPolicy, 'name' | 'sha256'>,
  title = 'Policy',
): string {
  const failed = decision.rules.filter((r) => r.status === 'fail').length;
  const verdict = decision.pass
    ? '✅ **pass**'
    : `❌ **fail** — ${failed} of ${decision.rules.length} rules failed`;
  const source = loaded ? ` (${codeSpan(loaded.name)}, sha256 ${codeSpan(loaded.sha256.slice(0, 12))})` : '';
  const ordered = [...decision.rules].sort(
    (a, b) => Number(b.status === 'fail') - Number(a.status === 'fail'),
  );
  const rows: Cell[][] = ordered.map((r) => {
    const shown = r.pointers.slice(0, POINTERS_SHOWN).map(pointerMarkdown);
    if (r.pointers.length > POINTERS_SHOWN)
      shown.push(escapeMarkdown(`… and ${r.pointers.length - POINTERS_SHOWN} more`));
    return [{ raw: codeSpan(r.id) }, MD_MARK[r.status], r.reason, { raw: shown.join(' ') }];
  });
  const table =
    rows.length > 0
      ? markdownTable(['Rule', 'Result', 'Reason', 'Pointers'], rows)
      : '_No rules configured._';
  return `### ${escapeMarkdown(title)}: ${verdict}${source}\n\n${table}\n`;
}
