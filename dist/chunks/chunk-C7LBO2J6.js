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
  if (!message.includes("\\n")) return message;
  const trimmed = message.trimEnd();
  if (trimmed.includes("\n")) return message;
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
  let valuedTrailer = false;
  let inValueBlock = false;
  for (let i = a; i < b; i++) {
    const l = lines[i];
    const k = inValueBlock ? "neutral" : lineKind(lines, i, out[out.length - 1], inComment);
    if (k === "trailer" && !inValueBlock) {
      const sep = findSeparator(l);
      if (sep >= 1 && isBlank(l.slice(sep + 1))) inValueBlock = valuedTrailer;
      else valuedTrailer = true;
    }
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

// src/core/attribution/tags.ts
var TAG_TRAILERS = {
  agent: "Agent",
  model: "Agent-Model",
  session: "Agent-Session",
  runner: "Agent-Runner",
  instructions: "Agent-Instructions",
  review: "Agent-Review"
};
var AGENT_AUTHORED = "Agent-Authored";
var MAX_VALUES = 4;
var MAX_LENGTH = 200;
function formatTagValue(v) {
  return v.source ? `${v.value} (${v.source})` : v.value;
}
function parseTagValue(text) {
  const t = text.trim().slice(0, MAX_LENGTH);
  const m = /^(.*?\S)\s+\(([^()]*)\)$/.exec(t);
  return m ? { value: m[1], source: m[2] } : { value: t };
}
var lower = (s) => s.toLowerCase();
var clip = (s) => s.length > MAX_LENGTH ? s.slice(0, MAX_LENGTH) : s;
function readCommitTag(trailers) {
  const tag = {
    agents: [],
    models: [],
    sessions: [],
    runners: [],
    instructions: [],
    reviews: [],
    conventions: []
  };
  const add = (list, v, key) => {
    if (list.length < MAX_VALUES && !list.some((x) => key(x) === key(v))) list.push(v);
  };
  const byValue = (x) => x.value;
  const convention = (name) => add(tag.conventions, name, (x) => x);
  let last;
  for (const tr of trailers) {
    const token = lower(tr.token);
    if (tr.value.trim() === "") continue;
    if (token === lower(TAG_TRAILERS.agent)) {
      const agent = {
        ...parseTagValue(tr.value),
        convention: TAG_TRAILERS.agent,
        line: clip(tr.line)
      };
      last = tag.agents.find((a) => a.value === agent.value && a.convention === agent.convention) ?? agent;
      add(tag.agents, agent, byValue);
      convention(TAG_TRAILERS.agent);
    } else if (token === lower(TAG_TRAILERS.model)) {
      const model = parseTagValue(tr.value);
      add(tag.models, model, byValue);
      if (last && last.model === void 0) last.model = model.value;
    } else if (token === lower(TAG_TRAILERS.session)) add(tag.sessions, parseTagValue(tr.value), byValue);
    else if (token === lower(TAG_TRAILERS.runner)) add(tag.runners, parseTagValue(tr.value), byValue);
    else if (token === lower(TAG_TRAILERS.instructions))
      add(tag.instructions, parseTagValue(tr.value), byValue);
    else if (token === lower(TAG_TRAILERS.review)) add(tag.reviews, parseTagValue(tr.value).value, (x) => x);
    else if (token === lower(AGENT_AUTHORED)) {
      const authored = parseAgentAuthored(tr.value);
      if (!authored) continue;
      convention(AGENT_AUTHORED);
      add(
        tag.agents,
        {
          value: authored.agent,
          source: AGENT_AUTHORED,
          convention: AGENT_AUTHORED,
          ...authored.model ? { model: authored.model } : {},
          line: clip(tr.line)
        },
        byValue
      );
      if (authored.model) add(tag.models, { value: authored.model, source: AGENT_AUTHORED }, byValue);
      if (authored.policy && /review/i.test(authored.policy)) add(tag.reviews, authored.policy, (x) => x);
    }
  }
  return tag.agents.length > 0 ? tag : void 0;
}
function parseAgentAuthored(value) {
  const [first, ...rest] = value.slice(0, MAX_LENGTH).split(",").map((p) => p.trim());
  if (!first || first.includes("=")) return void 0;
  const out = { agent: first };
  for (const part of rest) {
    const eq = part.indexOf("=");
    if (eq < 1) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const v = part.slice(eq + 1).trim();
    if (v === "") continue;
    if (key === "model") out.model = v;
    else if (key === "policy") out.policy = v;
  }
  return out;
}
function tagRecord(tag) {
  const values = (list) => list.map((v) => v.value);
  const optional = (key, list) => list.length > 0 ? { [key]: list } : {};
  return {
    conventions: [...tag.conventions],
    agents: values(tag.agents),
    ...optional("models", values(tag.models)),
    ...optional("sessions", values(tag.sessions)),
    ...optional("runners", values(tag.runners)),
    ...optional("instructions", values(tag.instructions)),
    ...optional("review", [...tag.reviews])
  };
}

export {
  messageSubject,
  parseMessage,
  coAuthors,
  mergeBranch,
  TAG_TRAILERS,
  formatTagValue,
  readCommitTag,
  tagRecord
};
