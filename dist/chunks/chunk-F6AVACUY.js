import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  listTree,
  readBlob
} from "./chunk-RUDQGR2Z.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";

// src/core/report/locate.ts
var MAX_LOCATE_BYTES = 1024 * 1024;
async function readHeadFiles(repoPath, revision, findings) {
  const all = await listTree(repoPath, revision, []);
  if (all.length === 0 && findings.length > 0)
    throw new AgentAttestError("GIT_ERROR", `cannot list the files of ${revision} in ${repoPath}`);
  const files = new Set(all);
  const texts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!files.has(f.path) || texts.has(f.path)) continue;
    const blob = await readBlob(repoPath, revision, f.path, MAX_LOCATE_BYTES);
    if (blob) texts.set(f.path, blob.toString("utf8"));
  }
  return { revision, exists: (p) => files.has(p), text: (p) => texts.get(p) };
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function keyNames(key) {
  return key.split(/[.[\]]+/).map((s) => s.trim()).filter((s) => s !== "" && !/^\d+$/.test(s));
}
function itemLine(text, item) {
  const literal = item.command ?? item.url ?? item.value;
  if (literal !== void 0) {
    const first = literal.split("\n", 1)[0].trim();
    if (first.length >= 3 && !first.includes("<redacted>")) {
      for (const form of [first, JSON.stringify(first).slice(1, -1)]) {
        const at = text.indexOf(form);
        if (at !== -1) return lineAt(text, at);
      }
    }
  }
  let from = 0;
  let found;
  for (const name of keyNames(item.key)) {
    const at = findName(text, name, from);
    if (at === -1) break;
    found = at;
    from = at + name.length;
  }
  return found === void 0 ? void 0 : lineAt(text, found);
}
function findName(text, name, from) {
  for (let at = text.indexOf(name, from); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if ((before === void 0 || !/[\w-]/.test(before)) && (after === void 0 || !/[\w-]/.test(after)))
      return at;
  }
  return -1;
}

export {
  MAX_LOCATE_BYTES,
  readHeadFiles,
  lineAt,
  itemLine
};
