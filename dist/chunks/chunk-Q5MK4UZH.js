import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  codeSpan,
  escapeMarkdown,
  markdownTable,
  oneLine
} from "./chunk-AIPGSCCH.js";

// src/core/surfaces/render.ts
var INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu;
function visible(text, max = 300) {
  const shown = text.replace(
    INVISIBLE,
    (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
  );
  return oneLine(shown, max + 1);
}
var code = codeSpan;
function summary(findings) {
  if (findings.length === 0) return "AI assistant config surfaces: no changes";
  const count = (r) => findings.filter((f) => f.risk === r).length;
  return `AI assistant config surfaces: ${findings.length} changed (${count("high")} high risk, ${count("medium")} medium, ${count("low")} low)`;
}
function itemText(i) {
  const sign = i.change === "added" ? "+" : i.change === "removed" ? "-" : "~";
  const what = [
    i.kind === "instructed-command" ? "instructs" : i.kind,
    i.event && i.event !== i.key ? i.event : void 0,
    i.key
  ].filter(Boolean).join(" ");
  const detail = i.command ?? i.url ?? i.value;
  return `${sign} ${visible(what)}${detail !== void 0 ? `: ${visible(detail)}` : ""}`;
}
var MAX_LISTED_SURFACE_COMMITS = 10;
function moreCommits(f) {
  const omitted = typeof f["commitsOmitted"] === "number" ? f["commitsOmitted"] : 0;
  const more = Math.max(0, f.commits.length - MAX_LISTED_SURFACE_COMMITS) + omitted;
  return more > 0 ? `, \u2026 and ${more} more` : "";
}
function commitsText(f) {
  const details = new Map((f.commitDetails ?? []).map((d) => [d.sha, d.agents]));
  const listed = f.commits.slice(0, MAX_LISTED_SURFACE_COMMITS).map((sha) => {
    const who = [
      ...new Set((details.get(sha) ?? []).map((a) => `${a.id}${a.model ? `/${a.model}` : ""} ${a.strength}`))
    ].join(", ");
    return `${sha.slice(0, 12)}${who ? ` (${visible(who)})` : ""}`;
  });
  return `${listed.join(", ")}${moreCommits(f)}`;
}
function renderSurfacesText(findings) {
  const lines = [summary(findings)];
  for (const f of findings) {
    const path = f.oldPath ? `${visible(f.oldPath)} -> ${visible(f.path)}` : visible(f.path);
    lines.push(
      `  ${(f.risk ?? "low").toUpperCase().padEnd(6)} ${path}  ${f.change}  ${f.tool}  ${f.capabilities.join(",") || "(no capability)"}  [${f.rule}]`
    );
    if (f.parse && f.parse.status !== "ok")
      lines.push(
        `           parse: ${f.parse.status}${f.parse.message ? ` (${visible(f.parse.message)})` : ""}`
      );
    for (const i of f.items ?? [])
      if (i.kind !== "instructed-command") lines.push(`           ${itemText(i)}`);
    if (f.itemsOmitted) lines.push(`           \u2026 ${f.itemsOmitted} more entries`);
    for (const r of f.referencedBy ?? [])
      lines.push(`           run by ${visible(r.path)} ${visible(r.key)}: ${visible(r.command)}`);
    for (const r of f.reasons ?? []) lines.push(`           ! ${visible(r)}`);
    for (const h of f.hiddenUnicode ?? [])
      lines.push(`           ! line ${h.line}: ${h.codepoints.join(" ")}`);
    if (f.suppression?.length)
      lines.push(`           attribution suppressed: ${visible(f.suppression.join(", "))}`);
    if (f.commits.length) lines.push(`           commits: ${commitsText(f)}`);
  }
  return lines.join("\n") + "\n";
}
function renderSurfacesMarkdown(findings) {
  const out = [
    "### AI assistant config surfaces",
    "",
    escapeMarkdown(summary(findings).replace(/^[^:]*: /, "")),
    ""
  ];
  if (findings.length === 0) return out.join("\n") + "\n";
  out.push(
    markdownTable(
      ["Risk", "Path", "Change", "Tool", "Capabilities", "Rule", "Commits"],
      findings.map((f) => [
        f.risk ?? "low",
        {
          raw: f.oldPath ? `${code(visible(f.oldPath))} \u2192 ${code(visible(f.path))}` : code(visible(f.path))
        },
        f.change,
        f.tool,
        f.capabilities.join(", ") || "\u2014",
        f.rule,
        f.commits.length ? `${f.commits.slice(0, MAX_LISTED_SURFACE_COMMITS).map((s) => s.slice(0, 12)).join(", ")}${moreCommits(f)}` : "\u2014"
      ])
    ),
    ""
  );
  for (const f of findings) {
    const details = [];
    if (f.parse && f.parse.status !== "ok")
      details.push(`parse: ${escapeMarkdown(`${f.parse.status} ${visible(f.parse.message ?? "")}`)}`);
    for (const i of f.items ?? []) {
      if (i.kind === "instructed-command") continue;
      const detail = i.command ?? i.url ?? i.value;
      const label = escapeMarkdown(
        `${i.change} ${i.kind}${i.event && i.event !== i.key ? ` ${i.event}` : ""} ${i.key}`
      );
      details.push(`${label}${detail !== void 0 ? `: ${code(visible(detail, 500))}` : ""}`);
    }
    for (const r of f.referencedBy ?? [])
      details.push(
        `run by ${code(visible(r.path))} ${escapeMarkdown(visible(r.key))}: ${code(visible(r.command, 500))}`
      );
    for (const r of f.reasons ?? []) details.push(`**red flag:** ${escapeMarkdown(visible(r))}`);
    for (const h of f.hiddenUnicode ?? [])
      details.push(`hidden characters on line ${h.line}: ${escapeMarkdown(h.codepoints.join(" "))}`);
    if (f.suppression?.length)
      details.push(`attribution suppressed: ${code(visible(f.suppression.join(", ")))}`);
    if (f.commitDetails?.some((d) => d.agents.length))
      details.push(`commits: ${escapeMarkdown(commitsText(f))}`);
    if (details.length === 0) continue;
    out.push(`- ${code(visible(f.path))} (${escapeMarkdown(f.risk ?? "low")})`);
    for (const d of details) out.push(`  - ${d}`);
  }
  return out.join("\n") + "\n";
}

export {
  visible,
  renderSurfacesText,
  renderSurfacesMarkdown
};
