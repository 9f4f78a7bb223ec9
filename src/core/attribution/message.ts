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
  /** Lines that may carry a footer: outside fenced/indented code and `>` quotes. Empty for reverts. */
  bodyLines: string[];
  /** `This reverts commit <sha>`: message evidence does not count (the message quotes another commit). */
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

export interface ParseOptions {
  /** Compute bodyLines (skipped when no body rule can match: the common case). Default true. */
  body?: boolean;
}

/** The subject parseMessage would return, without parsing the rest: the first line, '' for a blank message. */
export function messageSubject(message: string): string {
  const nl = message.indexOf('\n');
  const first = nl < 0 ? message : message.slice(0, nl);
  if (isBlank(first) && isBlank(message)) return '';
  return first.endsWith('\r') ? first.slice(0, -1) : first;
}

export function parseMessage(message: string, opts: ParseOptions = {}): MessageParts {
  const lines = message.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  while (lines.length > 0 && isBlank(lines[lines.length - 1]!)) lines.pop();
  const subject = lines[0] ?? '';
  const isRevert = message.includes('This reverts commit ') && REVERT.test(message);
  const start = findTrailerStart(lines);
  const trailers = start < lines.length ? parseTrailerLines(lines.slice(start)) : [];
  const parts: MessageParts = { subject, trailers, squashTrailers: [], bodyLines: [], isRevert };
  if (isRevert) return parts;
  const squash = (message.includes('\n* ') || message.includes('\n---------')) && isSquashBody(lines);
  if (opts.body === false && !squash) return parts;

  // Lines outside fenced code, indented code and quotes.
  let fence: string | undefined;
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
    else if (opts.body !== false) parts.bodyLines.push(l);
  }
  // Squash merges fold each commit's message into the body, trailers included: a paragraph there whose lines
  // are all trailers (git's rule for a block) counts, as `squash-body` evidence.
  if (squash) {
    for (const [a, b] of paragraphs(lines, 1, Math.min(start, lines.length))) {
      let all = true;
      for (let i = a; i < b && all; i++) all = !inCode[i] && findSeparator(lines[i]!) >= 1;
      if (all) parts.squashTrailers.push(...parseTrailerLines(lines.slice(a, b)));
    }
  }
  return parts;
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
