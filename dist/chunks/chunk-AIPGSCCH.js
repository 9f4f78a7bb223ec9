import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// src/core/markdown.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
function oneLine(text, max = Infinity) {
  const folded = text.replace(CONTROL, " ");
  return folded.length > max ? `${folded.slice(0, max - 1)}\u2026` : folded;
}
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
function escapeMarkdown(text) {
  return escapeHtml(text).replace(CONTROL, " ").replace(/[\\`*_{}[\]()|~]/g, (c) => `\\${c}`).replace(/^(\s*)([#+=-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
var MARKDOWN_ENTITIES = {
  "|": "&#124;",
  "[": "&#91;",
  "]": "&#93;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "\\": "&#92;"
};
function codeSpan(text) {
  const folded = text.replace(CONTROL, " ");
  return `<code>${escapeHtml(folded).replace(/[|[\]`*_~\\]/g, (c) => MARKDOWN_ENTITIES[c] ?? c)}</code>`;
}
function markdownTable(header, rows) {
  const cell = (c) => typeof c === "object" ? c.raw : escapeMarkdown(String(c));
  const lines = [
    `| ${header.map((h) => escapeMarkdown(h)).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)
  ];
  return lines.join("\n");
}

export {
  oneLine,
  escapeHtml,
  escapeMarkdown,
  codeSpan,
  markdownTable
};
