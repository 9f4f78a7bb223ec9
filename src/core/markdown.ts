/**
 * Escaping for everything untrusted (commit messages, names, paths, commands, review bodies) that goes into
 * Markdown or HTML, e.g. a GitHub job summary (whose helpers do not escape). One place, used by every renderer.
 */
/**
 * C0/C1 control characters (terminal escape sequences), line/paragraph separators and bidirectional overrides
 * (Trojan Source): folded to a space so an untrusted value stays on one line and reads as it is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** Untrusted text for a terminal, a log line or a one-line message: controls folded, cut at `max` characters. */
export function oneLine(text: string, max = Infinity): string {
  const folded = text.replace(CONTROL, ' ');
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text for a Markdown table cell or inline position: HTML-escapes it, neutralises the Markdown syntax
 * that works mid-line (emphasis, links, code, tables, strikethrough) and the block markers that work at its
 * start (headings, lists, quotes), and folds newlines and other control characters to spaces so one value can
 * never break out of its cell or start a new block.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(CONTROL, ' ')
    .replace(/[\\`*_{}[\]()|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Markdown syntax GitHub still honours inside inline HTML, as character references. */
const MARKDOWN_ENTITIES: Record<string, string> = {
  '|': '&#124;',
  '[': '&#91;',
  ']': '&#93;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '\\': '&#92;',
};

/**
 * Inline code that cannot be broken out of: HTML <code> with the text escaped, and the Markdown syntax that
 * GitHub still parses inside inline HTML (links, emphasis, backticks; `|` splits GFM table cells) encoded.
 */
export function codeSpan(text: string): string {
  const folded = text.replace(CONTROL, ' ');
  return `<code>${escapeHtml(folded).replace(/[|[\]`*_~\\]/g, (c) => MARKDOWN_ENTITIES[c] ?? c)}</code>`;
}

/** A Markdown table; every cell is escaped unless given as { raw } (already-safe markup). */
export type Cell = string | number | { raw: string };

export function markdownTable(header: string[], rows: Cell[][]): string {
  const cell = (c: Cell): string => (typeof c === 'object' ? c.raw : escapeMarkdown(String(c)));
  const lines = [
    `| ${header.map((h) => escapeMarkdown(h)).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}
