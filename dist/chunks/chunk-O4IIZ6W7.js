import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// src/core/attribution/message.ts
var GIT_GENERATED_PREFIXES = ["Signed-off-by: ", "(cherry picked from commit "];
var COMMENT_CHAR = "#";
function isBlank(line) {
  return /^\s*$/.test(line);
}
function findSeparator(line) {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 58) return i;
    const alnumOrDash = c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 45;
    if (!whitespaceFound && alnumOrDash) continue;
    if (i !== 0 && (c === 32 || c === 9)) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}
function findTrailerStart(lines) {
  let endOfTitle = 0;
  while (endOfTitle < lines.length) {
    const l = lines[endOfTitle];
    if (!l.startsWith(COMMENT_CHAR) && isBlank(l)) break;
    endOfTitle++;
  }
  let onlySpaces = true;
  let recognizedPrefix = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuationLines = 0;
  for (let i = lines.length - 1; i >= endOfTitle; i--) {
    const line = lines[i];
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
function parseTrailerLines(lines) {
  const out = [];
  let last;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, "");
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
      last = void 0;
    }
  }
  return out;
}
var REVERT = /^This reverts commit [0-9a-f]{7,64}\b/m;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var SEPARATOR = /^\s*-{3,}\s*$/;
var REFERENCE = /^(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s+(?:[\w.-]+\/[\w.-]+)?(?:#\d+|GH-\d+|[A-Z][A-Z0-9]+-\d+|https?:\/\/\S+)(?:\s*,\s*(?:#\d+|GH-\d+))*(?:\s+\(added automatically\))?\.?\s*$/i;
function paragraphs(lines, from, to) {
  const out = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    if (isBlank(lines[i])) {
      if (start >= 0) out.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push([start, to]);
  return out;
}
function isSquashBody(lines) {
  let bullets = 0;
  for (const l of lines) {
    if (/^-{9,}\s*$/.test(l)) return true;
    if (l.startsWith("* ")) bullets++;
  }
  return bullets >= 1;
}
function revertLine(lines) {
  for (let i = 1; i < lines.length; i++) {
    if (!REVERT.test(lines[i])) continue;
    let item = false;
    for (let j = 1; j < i && !item; j++) item = lines[j].startsWith("* ");
    if (!item) return true;
  }
  return false;
}
function unescapeOneLine(message) {
  const trimmed = message.replace(/\s+$/, "");
  if (trimmed.includes("\n") || !trimmed.includes("\\n")) return message;
  return trimmed.replace(/(?:\\r)?\\n/g, "\n");
}
function messageSubject(message) {
  message = unescapeOneLine(message);
  const nl = message.indexOf("\n");
  const first = nl < 0 ? message : message.slice(0, nl);
  if (isBlank(first) && isBlank(message)) return "";
  return first.endsWith("\r") ? first.slice(0, -1) : first;
}
function parseMessage(message, opts = {}) {
  const lines = unescapeOneLine(message).split("\n");
  for (let i = 0; i < lines.length; i++) if (lines[i].endsWith("\r")) lines[i] = lines[i].slice(0, -1);
  while (lines.length > 0 && isBlank(lines[lines.length - 1])) lines.pop();
  const subject = lines[0] ?? "";
  const isRevert = message.includes("This reverts commit ") && revertLine(lines);
  const start = findTrailerStart(lines);
  const trailers = start < lines.length ? parseTrailerLines(lines.slice(start)) : [];
  const parts = {
    subject,
    trailers,
    squashTrailers: [],
    footerTrailers: [],
    bodyLines: [],
    isRevert
  };
  if (isRevert) return parts;
  const squash = (message.includes("\n* ") || message.includes("\n---------")) && isSquashBody(lines);
  let fence;
  let comment;
  const inCode = new Array(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const m = FENCE.exec(l);
    if (fence !== void 0) {
      inCode[i] = true;
      if (m && m[1].startsWith(fence[0]) && m[1].length >= fence.length) fence = void 0;
      continue;
    }
    if (m) {
      fence = m[1];
      inCode[i] = true;
      continue;
    }
    if (/^(?: {4}|\t)/.test(l) || /^\s*>/.test(l)) inCode[i] = true;
    else if (opts.body !== false) {
      if (comment !== void 0) comment = `${comment} ${l.trim()}`;
      else if (l.startsWith("<!--")) comment = l;
      else parts.bodyLines.push(l);
      if (comment !== void 0 && (comment.includes("-->") || comment.length > 4096)) {
        parts.bodyLines.push(comment);
        comment = void 0;
      }
    }
  }
  if (comment !== void 0) parts.bodyLines.push(comment);
  const paras = paragraphs(lines, 1, Math.min(start, lines.length));
  const taken = /* @__PURE__ */ new Set();
  if (squash) {
    paras.forEach(([a, b], k) => {
      if (isFooterParagraph(lines, inCode, a, b)) {
        taken.add(k);
        parts.squashTrailers.push(...parseTrailerLines(footerLines(lines, a, b)));
      }
    });
  }
  const footer = /* @__PURE__ */ new Set();
  const chainUp = (k) => {
    while (k >= 0 && !footer.has(k) && isFooterParagraph(lines, inCode, paras[k][0], paras[k][1])) {
      footer.add(k);
      k--;
    }
  };
  let last = paras.length - 1;
  if (start >= lines.length) {
    while (last >= 0 && isNeutralParagraph(lines, inCode, paras[last][0], paras[last][1])) last--;
  }
  chainUp(last);
  paras.forEach(([, b], k) => {
    let next = b;
    while (next < lines.length && isBlank(lines[next])) next++;
    if (next < lines.length && !inCode[next] && SEPARATOR.test(lines[next])) chainUp(k);
  });
  for (const k of [...footer].sort((x, y) => x - y)) {
    if (taken.has(k)) continue;
    parts.footerTrailers.push(...parseTrailerLines(footerLines(lines, paras[k][0], paras[k][1])));
  }
  return parts;
}
function lineKind(lines, i, prev, inComment) {
  const l = lines[i];
  if (inComment || l.startsWith("<!--") || REFERENCE.test(l)) return "neutral";
  if (/^\s/.test(l)) return prev === "trailer" || prev === "continuation" ? "continuation" : "other";
  if (GIT_GENERATED_PREFIXES.some((p) => l.startsWith(p))) return "trailer";
  return findSeparator(l) >= 1 ? "trailer" : "other";
}
function kinds(lines, a, b) {
  const out = [];
  let inComment = false;
  for (let i = a; i < b; i++) {
    const k = lineKind(lines, i, out[out.length - 1], inComment);
    const l = lines[i];
    if (l.startsWith("<!--") || inComment) inComment = !l.includes("-->");
    out.push(k);
  }
  return out;
}
function isFooterParagraph(lines, inCode, a, b) {
  for (let i = a; i < b; i++) if (inCode[i]) return false;
  const ks = kinds(lines, a, b);
  return ks.includes("trailer") && ks.every((k) => k !== "other");
}
function isNeutralParagraph(lines, inCode, a, b) {
  for (let i = a; i < b; i++) if (inCode[i]) return false;
  return kinds(lines, a, b).every((k) => k === "neutral");
}
function footerLines(lines, a, b) {
  const ks = kinds(lines, a, b);
  return lines.slice(a, b).filter((_, i) => ks[i] !== "neutral");
}
function coAuthors(trailers) {
  return trailers.filter((t) => t.token.toLowerCase() === "co-authored-by").map((t) => t.value);
}
function mergeBranch(subject) {
  let m = /^Merge pull request #\d+ from [^/\s]+\/(\S+)/.exec(subject);
  if (m) return m[1];
  m = /^Merge (?:remote-tracking )?branch '([^']+)'/.exec(subject);
  if (m) return m[1].replace(/^(?:origin|upstream)\//, "");
  return void 0;
}

export {
  messageSubject,
  parseMessage,
  coAuthors,
  mergeBranch
};
