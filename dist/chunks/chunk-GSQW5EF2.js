import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  markdownTable,
  oneLine
} from "./chunk-AIPGSCCH.js";

// src/core/policy/render.ts
var POLICY_RESULT_SCHEMA = "https://agent-attest.dev/schemas/policy-result/v1";
function policyResult(decision, loaded) {
  const count = (s) => decision.rules.filter((r) => r.status === s).length;
  return {
    schema: POLICY_RESULT_SCHEMA,
    pass: decision.pass,
    policy: { source: loaded.source, name: loaded.name, sha256: loaded.sha256 },
    summary: { pass: count("pass"), fail: count("fail"), skip: count("skip") },
    rules: decision.rules
  };
}
var TEXT_MARK = { pass: "ok  ", fail: "FAIL", skip: "skip" };
var POINTERS_SHOWN = 5;
var plain = (text) => oneLine(text);
function pointerText(p) {
  return plain(p.url ? `${p.kind} ${p.value} ${p.url}` : `${p.kind} ${p.value}`);
}
function renderDecisionText(decision, loaded) {
  const failed = decision.rules.filter((r) => r.status === "fail").length;
  const head = loaded ? `policy ${plain(loaded.name)} (sha256 ${loaded.sha256.slice(0, 12)}\u2026)` : "policy";
  const verdict = decision.pass ? "PASS" : "FAIL";
  const lines = [`${head}: ${verdict} \u2014 ${failed} of ${decision.rules.length} rules failed`];
  const ordered = [...decision.rules].sort(
    (a, b) => Number(b.status === "fail") - Number(a.status === "fail")
  );
  const width = Math.max(0, ...ordered.map((r) => r.id.length));
  for (const r of ordered) {
    lines.push(`  ${TEXT_MARK[r.status]}  ${r.id.padEnd(width)}  ${plain(r.reason)}`);
    if (r.status !== "fail") continue;
    for (const p of r.pointers.slice(0, POINTERS_SHOWN)) lines.push(`          ${pointerText(p)}`);
    if (r.pointers.length > POINTERS_SHOWN)
      lines.push(`          \u2026 and ${r.pointers.length - POINTERS_SHOWN} more (see --format json)`);
  }
  return lines.join("\n") + "\n";
}
var MD_MARK = { pass: "\u2705 pass", fail: "\u274C fail", skip: "\u2796 skip" };
function pointerMarkdown(p) {
  const label = codeSpan(p.kind === "commit" ? p.value.slice(0, 12) : p.value);
  if (p.url && /^https?:\/\//i.test(p.url)) return `<a href="${escapeHtml(p.url)}">${label}</a>`;
  return label;
}
function renderDecisionMarkdown(decision, loaded, title = "Policy") {
  const failed = decision.rules.filter((r) => r.status === "fail").length;
  const verdict = decision.pass ? "\u2705 **pass**" : `\u274C **fail** \u2014 ${failed} of ${decision.rules.length} rules failed`;
  const source = loaded ? ` (${codeSpan(loaded.name)}, sha256 ${codeSpan(loaded.sha256.slice(0, 12))})` : "";
  const ordered = [...decision.rules].sort(
    (a, b) => Number(b.status === "fail") - Number(a.status === "fail")
  );
  const rows = ordered.map((r) => {
    const shown = r.pointers.slice(0, POINTERS_SHOWN).map(pointerMarkdown);
    if (r.pointers.length > POINTERS_SHOWN)
      shown.push(escapeMarkdown(`\u2026 and ${r.pointers.length - POINTERS_SHOWN} more`));
    return [{ raw: codeSpan(r.id) }, MD_MARK[r.status], r.reason, { raw: shown.join(" ") }];
  });
  const table = rows.length > 0 ? markdownTable(["Rule", "Result", "Reason", "Pointers"], rows) : "_No rules configured._";
  return `### ${escapeMarkdown(title)}: ${verdict}${source}

${table}
`;
}

export {
  POLICY_RESULT_SCHEMA,
  policyResult,
  renderDecisionText,
  renderDecisionMarkdown
};
