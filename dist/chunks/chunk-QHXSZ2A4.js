import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  formatBytes,
  readInputChunks
} from "./chunk-MC3Q3AIY.js";
import {
  require_dist
} from "./chunk-EAMJVSOM.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __toESM
} from "./chunk-66GH2WVD.js";

// src/core/verify/bundles.ts
var import_bundle = __toESM(require_dist(), 1);
var MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
var MAX_EVIDENCE = 16;
var BUNDLE_FILE = {
  what: "bundle",
  fix: "pass the path of a Sigstore bundle (.json or .jsonl).",
  code: "BUNDLE_INVALID"
};
async function* readBundleFile(path, options = {}, onBytes) {
  let index = 0;
  for await (const doc of readJSONDocuments(path, onBytes)) {
    for (const json of Array.isArray(doc) ? doc : [doc]) {
      yield { source: { path, index }, ...toBundle(json, options) };
      index++;
    }
  }
}
async function loadBundles(path, options = {}) {
  const out = [];
  for await (const b of readBundleFile(path, options)) out.push(b);
  return out;
}
function bundlesFromDocuments(documents, source, options = {}) {
  return documents.map((json, index) => ({ source: { path: source, index }, ...toBundle(json, options) }));
}
async function* readJSONDocuments(path, onBytes) {
  const lines = new LineSplitter();
  let jsonl;
  let whole;
  let wholeBytes = 0;
  let lineNumber = 0;
  let documents = 0;
  const take = (line) => {
    lineNumber++;
    if (whole) {
      wholeBytes += line.length + 1;
      if (wholeBytes > MAX_DOCUMENT_BYTES) throw tooLarge(path, `is one JSON document larger than`);
      whole.push(line);
      return [];
    }
    const text = line.toString("utf8");
    if (text.trim() === "") return [];
    if (line.length > MAX_DOCUMENT_BYTES) throw tooLarge(path, `line ${lineNumber} is larger than`);
    try {
      const doc = JSON.parse(text);
      jsonl = true;
      documents++;
      return [doc];
    } catch (e) {
      if (jsonl) throw notJSON(path, lineNumber, e);
      whole = [line];
      wholeBytes = line.length + 1;
      return [];
    }
  };
  for await (const chunk of readInputChunks(path, BUNDLE_FILE)) {
    onBytes?.(chunk.length);
    for (const line of lines.push(chunk)) yield* take(line);
    if (whole && wholeBytes + lines.pendingBytes > MAX_DOCUMENT_BYTES)
      throw tooLarge(path, "is one JSON document larger than");
    if (!whole && lines.pendingBytes > MAX_DOCUMENT_BYTES)
      throw tooLarge(path, `line ${lineNumber + 1} is larger than`);
  }
  const last = lines.end();
  if (last) yield* take(last);
  if (whole) {
    const text = Buffer.concat(whole.flatMap((l) => [l, NEWLINE])).toString("utf8");
    try {
      yield JSON.parse(text);
      return;
    } catch {
      const bad = text.split("\n").findIndex((l) => l.trim() !== "" && !parses(l));
      throw notJSON(path, bad + 1, errorOf(text.split("\n")[bad] ?? text));
    }
  }
  if (documents === 0)
    throw new AgentAttestError(
      "BUNDLE_INVALID",
      `bundle ${path} is empty; pass a Sigstore bundle as JSON or JSON Lines.`
    );
}
var NEWLINE = Buffer.from("\n");
function parses(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function errorOf(text) {
  try {
    JSON.parse(text);
    return new Error("unexpected end of input");
  } catch (e) {
    return e;
  }
}
function notJSON(path, line, e) {
  return new AgentAttestError(
    "BUNDLE_INVALID",
    `bundle ${path} line ${line} is not JSON (${messageOf(e)}); pass a Sigstore bundle as JSON or JSON Lines.`
  );
}
function tooLarge(path, what) {
  return new AgentAttestError(
    "BUNDLE_INVALID",
    `bundle ${path} ${what} ${formatBytes(MAX_DOCUMENT_BYTES)}; pass Sigstore bundles (one per line for many).`
  );
}
var LineSplitter = class {
  pending = [];
  pendingBytes = 0;
  *push(chunk) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (this.pending.length === 0) yield trimCR(piece);
      else {
        this.pending.push(piece);
        const line = Buffer.concat(this.pending);
        this.pending = [];
        this.pendingBytes = 0;
        yield trimCR(line);
      }
    }
    if (start < chunk.length) {
      this.pending.push(Buffer.from(chunk.subarray(start)));
      this.pendingBytes += chunk.length - start;
    }
  }
  end() {
    if (this.pending.length === 0) return void 0;
    const line = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    return trimCR(line);
  }
};
function trimCR(b) {
  return b.length > 0 && b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b;
}
var VERSIONS = /* @__PURE__ */ new Map([
  [import_bundle.BUNDLE_V01_MEDIA_TYPE, { version: "v0.1" }],
  [import_bundle.BUNDLE_V02_MEDIA_TYPE, { version: "v0.2" }],
  [import_bundle.BUNDLE_V03_LEGACY_MEDIA_TYPE, { version: "v0.3" }],
  [import_bundle.BUNDLE_V03_MEDIA_TYPE, { version: "v0.3" }]
]);
function toBundle(json, options = {}) {
  const doc = isObject(json) && isObject(json.bundle) && !Object.hasOwn(json, "mediaType") ? json.bundle : json;
  if (!isObject(doc)) return { problem: "not a JSON object" };
  const rules = typeof doc.mediaType === "string" ? VERSIONS.get(doc.mediaType) : void 0;
  if (!rules)
    return {
      problem: `unsupported bundle media type ${JSON.stringify(doc.mediaType)} (v0.1\u2013v0.3 are supported)`
    };
  const proofless = rules.version === "v0.2" && !everyEntryHasProof(doc);
  const legacy = rules.version === "v0.1" || proofless ? `a ${rules.version} bundle${proofless ? " without an inclusion proof" : ""}` : void 0;
  if (legacy !== void 0 && !options.allowLegacyBundles)
    return { legacy, problem: `${legacy} is a legacy bundle, not accepted by default` };
  const material = isObject(doc.verificationMaterial) ? doc.verificationMaterial : {};
  if (rules.version !== "v0.3" && Object.hasOwn(material, "certificate"))
    return {
      problem: `invalid bundle: a ${rules.version} media type on verificationMaterial.certificate, a v0.3 field (a relabelled bundle)`
    };
  let bundle;
  try {
    bundle = (0, import_bundle.bundleFromJSON)(legacy !== void 0 ? { ...doc, mediaType: import_bundle.BUNDLE_V01_MEDIA_TYPE } : doc);
  } catch (e) {
    const fields = e.fields;
    return {
      problem: `invalid bundle: ${fields?.length ? `missing or invalid ${fields.join(", ")}` : messageOf(e)}`
    };
  }
  const rootProblem = proofRootProblem(bundle);
  if (rootProblem) return { problem: rootProblem };
  const capped = capEvidence(bundle);
  return typeof capped === "string" ? { problem: capped } : { bundle: capped };
}
function proofRootProblem(bundle) {
  for (const [i, e] of bundle.verificationMaterial.tlogEntries.entries()) {
    const proof = e.inclusionProof;
    if (!proof) continue;
    const root = proof.checkpoint?.envelope.split("\n")[2];
    if (root === void 0 || !Buffer.from(root, "base64").equals(proof.rootHash))
      return `invalid bundle: log entry ${i}'s inclusion proof rootHash is not its checkpoint's root hash`;
  }
  return void 0;
}
function everyEntryHasProof(doc) {
  const material = doc.verificationMaterial;
  const entries = isObject(material) ? material.tlogEntries : void 0;
  return !Array.isArray(entries) || entries.every((e) => isObject(e) && isObject(e.inclusionProof));
}
function capEvidence(bundle) {
  const material = bundle.verificationMaterial;
  const tlogEntries = unique(
    material.tlogEntries,
    (e) => `${e.logId.keyId.toString("base64")}:${e.canonicalizedBody.toString("base64")}`
  );
  const timestamps = material.timestampVerificationData?.rfc3161Timestamps ?? [];
  const distinctTimestamps = unique(timestamps, (t) => t.signedTimestamp.toString("base64"));
  const chain = material.content.$case === "x509CertificateChain" ? material.content.x509CertificateChain.certificates : [];
  for (const [what, n] of [
    ["transparency-log entries", tlogEntries.length],
    ["RFC 3161 timestamps", distinctTimestamps.length],
    ["certificates in its chain", chain.length]
  ]) {
    if (n > MAX_EVIDENCE) return `invalid bundle: ${n} distinct ${what}; at most ${MAX_EVIDENCE} are read`;
  }
  if (tlogEntries.length === material.tlogEntries.length && distinctTimestamps.length === timestamps.length)
    return bundle;
  return {
    ...bundle,
    verificationMaterial: {
      ...material,
      tlogEntries: [...tlogEntries],
      ...material.timestampVerificationData ? { timestampVerificationData: { rfc3161Timestamps: [...distinctTimestamps] } } : {}
    }
  };
}
function unique(items, key) {
  if (items.length < 2) return items;
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export {
  readBundleFile,
  loadBundles,
  bundlesFromDocuments
};
