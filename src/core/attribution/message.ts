/**
 * Commit message structure, the way git sees it: the trailer block (git's own rule from trailer.c,
 * as `git log --format=%(trailers)` applies it), the subject, and the lines that may carry footers.
 */

export interface Trailer {
  token: string;
  value: string;
  /** `Token: value`, continuation lines unfolded. */
  line: string;
}

export interface MessageParts {
  subject: string;
  /** The git trailer block (last paragraph). */
  trailers: Trailer[];
  /** Trailer paragraphs inside a squash-merge body (GitHub's `* commit` list), not the last paragraph. */
  squashTrailers: Trailer[];
  /**
   * Trailer paragraphs git does not read as the trailer block that still close the message: directly above
   * the trailer block, above a `---` separator, or last before a bot's appendix (see parseMessage).
   */
  footerTrailers: Trailer[];
  /** Lines that may carry a footer: outside fenced/indented code and `>` quotes. Empty for reverts. */
  bodyLines: string[];
  /**
   * `This reverts commit <sha>` outside a squash list: message evidence does not count (the message
   * describes another commit).
   */
  isRevert: boolean;
}

/** git_generated_prefixes in trailer.c: one of these makes a block with ≥25 % trailers a trailer block. */
const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];
const COMMENT_CHAR = '#';

function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

/** trailer.c find_separator: a token of [A-Za-z0-9-], optional blanks, then ':'; -1 when none. */
export function findSeparator(line: string): number {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 58 /* : */) return i;
    const alnumOrDash = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
    if (!whitespaceFound && alnumOrDash) continue;
    if (i !== 0 && (c === 32 || c === 9)) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}

/**
 * trailer.c find_trailer_start: index (into `lines`) where the trailer block starts, or lines.length.
 * The first paragraph is the title and never trailers. Scanning up from the end, the block is the last
 * paragraph when all of its lines are trailers (or continuations), or when it has a git-generated
 * trailer and at least 25 % trailer lines.
 */
function findTrailerStart(lines: string[]): number {
  let endOfTitle = 0;
  while (endOfTitle < lines.length) {
    const l = lines[endOfTitle]!;
    if (!l.startsWith(COMMENT_CHAR) && isBlank(l)) break;
    endOfTitle++;
  }
  let onlySpaces = true;
  let recognizedPrefix = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuationLines = 0;
  for (let i = lines.length - 1; i >= endOfTitle; i--) {
    const line = lines[i]!;
    if (line.startsWith(COMMENT_CHAR)) {
      nonTrailerLines += possibleContinuationLines;
      possibleContinuationLines = 0;
      continue;
    }
    if (isBlank(line)) {
      if (onlySpaces) continue;
      nonTrailerLines += possibleContinuationLines;
      if (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) return i + 1;
      if (trailerLines > 0 && nonTrailerLines === 0) return i + 1;
      return lines.length;
    }
    onlySpaces = false;
    if (GIT_GENERATED_PREFIXES.some((p) => line.startsWith(p))) {
      trailerLines++;
      possibleContinuationLines = 0;
      recognizedPrefix = true;
      continue;
    }
    const sep = findSeparator(line);
    if (sep >= 1 && !/^\s/.test(line)) {
      trailerLines++;
      possibleContinuationLines = 0;
    } else if (/^\s/.test(line)) {
      possibleContinuationLines++;
    } else {
      nonTrailerLines += 1 + possibleContinuationLines;
      possibleContinuationLines = 0;
    }
  }
  return lines.length;
}

/** Parses the trailer lines of a block (continuations unfolded, non-trailer lines dropped like `%(trailers:only)`). */
function parseTrailerLines(lines: string[]): Trailer[] {
  const out: Trailer[] = [];
  let last: Trailer | undefined;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith(COMMENT_CHAR) || isBlank(line)) continue;
    if (/^\s/.test(line)) {
      if (last) {
        last.value = `${last.value} ${line.trim()}`.trim();
        last.line = `${last.token}: ${last.value}`;
      }
      continue;
    }
    const sep = findSeparator(line);
    if (sep >= 1) {
      const token = line.slice(0, sep).trim();
      const value = line.slice(sep + 1).trim();
      last = { token, value, line: `${token}: ${value}` };
      out.push(last);
    } else {
      last = undefined;
    }
  }
  return out;
}

const REVERT = /^This reverts commit [0-9a-f]{7,64}\b/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A Markdown rule or GitHub's squash separator: what follows it is not the footer of what precedes it. */
const SEPARATOR = /^\s*-{3,}\s*$/;
/**
 * Lines automation appends below a footer without making it prose: issue references (`Fixes #12`,
 * `Closes GH-7 (added automatically)`). HTML comment lines (bot badges, machine markers) count too.
 */
const REFERENCE =
  /^(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s+(?:[\w.-]+\/[\w.-]+)?(?:#\d+|GH-\d+|[A-Z][A-Z0-9]+-\d+|https?:\/\/\S+)(?:\s*,\s*(?:#\d+|GH-\d+))*(?:\s+\(added automatically\))?\.?\s*$/i;

/** How a line of a would-be footer paragraph reads (outside code and quotes). */
type LineKind = 'trailer' | 'continuation' | 'neutral' | 'other';

/** Splits a message into paragraphs of line indices. */
function paragraphs(lines: string[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    if (isBlank(lines[i]!)) {
      if (start >= 0) out.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push([start, to]);
  return out;
}

/** A GitHub squash body: a `* subject` commit list, optionally closed by a `---------` line. */
function isSquashBody(lines: string[]): boolean {
  let bullets = 0;
  for (const l of lines) {
    if (/^-{9,}\s*$/.test(l)) return true;
    if (l.startsWith('* ')) bullets++;
  }
  return bullets >= 1;
}

/**
 * `This reverts commit <sha>` makes a message a revert (its message evidence describes another commit),
 * unless the line belongs to an item of a squash list (`* Revert "…"` among the squashed commits).
 */
function revertLine(lines: string[]): boolean {
  for (let i = 1; i < lines.length; i++) {
    if (!REVERT.test(lines[i]!)) continue;
    let item = false;
    for (let j = 1; j < i && !item; j++) item = lines[j]!.startsWith('* ');
    if (!item) return true;
  }
  return false;
}

/**
 * One-line messages holding literal `\n` sequences (an agent passed `-m "…\n\n…"` through a layer that
 * does not interpret escapes) are read with those sequences as line breaks.
 */
function unescapeOneLine(message: string): string {
  if (!message.includes('\\n')) return message; // the common case, before any copy
  const trimmed = message.trimEnd(); // the characters of /\s+$/
  if (trimmed.includes('\n')) return message;
  return trimmed.replace(/(?:\\r)?\\n/g, '\n');
}

export interface ParseOptions {
  /** Compute bodyLines (skipped when no body rule can match: the common case). Default true. */
  body?: boolean;
}

/** The subject parseMessage would return, without parsing the rest: the first line, '' for a blank message. */
export function messageSubject(message: string): string {
  message = unescapeOneLine(message);
  const nl = message.indexOf('\n');
  const first = nl < 0 ? message : message.slice(0, nl);
  if (isBlank(first) && isBlank(message)) return '';
  return first.endsWith('\r') ? first.slice(0, -1) : first;
}

export function parseMessage(message: string, opts: ParseOptions = {}): MessageParts {
  const lines = unescapeOneLine(message).split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  while (lines.length > 0 && isBlank(lines[lines.length - 1]!)) lines.pop();
  const subject = lines[0] ?? '';
  const isRevert = message.includes('This reverts commit ') && revertLine(lines);
  const start = findTrailerStart(lines);
  const trailers = start < lines.length ? parseTrailerLines(lines.slice(start)) : [];
  const parts: MessageParts = {
    subject,
    trailers,
    squashTrailers: [],
    footerTrailers: [],
    bodyLines: [],
    isRevert,
  };
  if (isRevert) return parts;
  const squash = (message.includes('\n* ') || message.includes('\n---------')) && isSquashBody(lines);

  // Lines outside fenced code, indented code and quotes.
  let fence: string | undefined;
  let comment: string | undefined;
  const inCode: boolean[] = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const m = FENCE.exec(l);
    if (fence !== undefined) {
      inCode[i] = true;
      if (m && m[1]!.startsWith(fence[0]!) && m[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (m) {
      fence = m[1]!;
      inCode[i] = true;
      continue;
    }
    if (/^(?: {4}|\t)/.test(l) || /^\s*>/.test(l)) inCode[i] = true;
    else if (opts.body !== false) {
      // A machine marker in an HTML comment may be wrapped over lines (PR bodies kept by squash merges).
      if (comment !== undefined) comment = `${comment} ${l.trim()}`;
      else if (l.startsWith('<!--')) comment = l;
      else parts.bodyLines.push(l);
      if (comment !== undefined && (comment.includes('-->') || comment.length > 4096)) {
        parts.bodyLines.push(comment);
        comment = undefined;
      }
    }
  }
  if (comment !== undefined) parts.bodyLines.push(comment);
  const paras = paragraphs(lines, 1, Math.min(start, lines.length));
  // Squash merges fold each commit's message into the body, trailers included: a paragraph there whose lines
  // are all trailers counts, as `squash-body` evidence.
  const taken = new Set<number>();
  if (squash) {
    paras.forEach(([a, b], k) => {
      if (isFooterParagraph(lines, inCode, a, b)) {
        taken.add(k);
        parts.squashTrailers.push(...parseTrailerLines(footerLines(lines, a, b)));
      }
    });
  }
  // Footers that git does not see: trailer paragraphs directly above the trailer block, above a `---`
  // separator, or last before a bot's appendix (issue references, HTML comments), and the paragraphs above
  // those in turn. Each counts as `footer` evidence.
  const footer = new Set<number>();
  const chainUp = (k: number): void => {
    while (k >= 0 && !footer.has(k) && isFooterParagraph(lines, inCode, paras[k]![0], paras[k]![1])) {
      footer.add(k);
      k--;
    }
  };
  let last = paras.length - 1;
  if (start >= lines.length) {
    // No git trailer block: bot appendices at the end are transparent, the paragraph above them is the footer.
    while (last >= 0 && isNeutralParagraph(lines, inCode, paras[last]![0], paras[last]![1])) last--;
  }
  chainUp(last);
  paras.forEach(([, b], k) => {
    let next = b;
    while (next < lines.length && isBlank(lines[next]!)) next++;
    if (next < lines.length && !inCode[next] && SEPARATOR.test(lines[next]!)) chainUp(k);
  });
  for (const k of [...footer].sort((x, y) => x - y)) {
    if (taken.has(k)) continue;
    parts.footerTrailers.push(...parseTrailerLines(footerLines(lines, paras[k]![0], paras[k]![1])));
  }
  return parts;
}

function lineKind(lines: string[], i: number, prev: LineKind | undefined, inComment: boolean): LineKind {
  const l = lines[i]!;
  if (inComment || l.startsWith('<!--') || REFERENCE.test(l)) return 'neutral';
  if (/^\s/.test(l)) return prev === 'trailer' || prev === 'continuation' ? 'continuation' : 'other';
  if (GIT_GENERATED_PREFIXES.some((p) => l.startsWith(p))) return 'trailer';
  return findSeparator(l) >= 1 ? 'trailer' : 'other';
}

/**
 * Kinds of the lines [a, b): an HTML comment may span lines. After trailers, a trailer with an empty value
 * opens a block that is its value (`Claude-Plan:` then a `<claude-plan>` … block): the rest of the paragraph
 * is neutral, neither trailers nor prose.
 */
function kinds(lines: string[], a: number, b: number): LineKind[] {
  const out: LineKind[] = [];
  let inComment = false;
  let valuedTrailer = false;
  let inValueBlock = false;
  for (let i = a; i < b; i++) {
    const l = lines[i]!;
    const k = inValueBlock ? 'neutral' : lineKind(lines, i, out[out.length - 1], inComment);
    if (k === 'trailer' && !inValueBlock) {
      const sep = findSeparator(l);
      if (sep >= 1 && isBlank(l.slice(sep + 1))) inValueBlock = valuedTrailer;
      else valuedTrailer = true;
    }
    if (l.startsWith('<!--') || inComment) inComment = !l.includes('-->');
    out.push(k);
  }
  return out;
}

/** Every line a trailer, a continuation or neutral, at least one trailer, none in code or quotes. */
function isFooterParagraph(lines: string[], inCode: boolean[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (inCode[i]) return false;
  const ks = kinds(lines, a, b);
  return ks.includes('trailer') && ks.every((k) => k !== 'other');
}

function isNeutralParagraph(lines: string[], inCode: boolean[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (inCode[i]) return false;
  return kinds(lines, a, b).every((k) => k === 'neutral');
}

/** The trailer and continuation lines of a footer paragraph (neutral lines left out). */
function footerLines(lines: string[], a: number, b: number): string[] {
  const ks = kinds(lines, a, b);
  return lines.slice(a, b).filter((_, i) => ks[i] !== 'neutral');
}

/** `Name <email>` values of co-author trailers, with the trailer token checked the way git compares tokens. */
export function coAuthors(trailers: Trailer[]): string[] {
  return trailers.filter((t) => t.token.toLowerCase() === 'co-authored-by').map((t) => t.value);
}

/** The branch a merge commit's subject names, if any. */
export function mergeBranch(subject: string): string | undefined {
  let m = /^Merge pull request #\d+ from [^/\s]+\/(\S+)/.exec(subject);
  if (m) return m[1];
  m = /^Merge (?:remote-tracking )?branch '([^']+)'/.exec(subject);
  if (m) return m[1]!.replace(/^(?:origin|upstream)\//, '');
  return undefined;
}
