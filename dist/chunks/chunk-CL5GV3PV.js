import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-4TZDNRUI.js";
import {
  require_picomatch
} from "./chunk-3F5LQTXG.js";
import {
  makeDirectory,
  unwritableReason
} from "./chunk-MC3Q3AIY.js";
import {
  assertNotExpired,
  getIdentityToken,
  githubClaims
} from "./chunk-LT4GAFKH.js";
import {
  EXTENSION_KEY,
  GITHUB_BUILD_TYPE,
  LOCAL_BUILD_TYPE,
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE
} from "./chunk-JXWOESOK.js";
import {
  mapBounded
} from "./chunk-T7TDKG7L.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import {
  imageName,
  parseImageReference
} from "./chunk-5AKMWIUM.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-66GH2WVD.js";

// builtin:node:fs?src/core/subjects/digest.ts
var require_digest = __commonJS({
  "builtin:node:fs?src/core/subjects/digest.ts"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:fs/promises?src/core/subjects/digest.ts
var require_digest2 = __commonJS({
  "builtin:node:fs/promises?src/core/subjects/digest.ts"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:fs?src/core/subjects/index.ts
var m = __require("node:fs");
var lstatSync = m.lstatSync;
var realpathSync = m.realpathSync;
var statSync = m.statSync;

// builtin:node:fs/promises?src/core/subjects/index.ts
var m2 = __require("node:fs/promises");
var glob = m2.glob;
var readFile = m2.readFile;
var realpath = m2.realpath;
var stat = m2.stat;

// builtin:node:path?src/core/subjects/index.ts
var m3 = __require("node:path");
var subjects_default = m3;

// src/core/subjects/index.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/subjects/checksums.ts
var MAX_CHECKSUMS_BYTES = 512 * 1024;
var ALGORITHM_BY_HEX_LENGTH = { 64: "sha256", 128: "sha512" };
var GNU_LINE = /^(\\?)([0-9a-fA-F]+) [ *](.+)$/;
var BSD_LINE = /^(SHA256|SHA512) \((.+)\) = ([0-9a-fA-F]+)$/;
function unescapeName(name) {
  return name.replace(/\\(.)/g, (_, c) => c === "n" ? "\n" : c === "r" ? "\r" : c);
}
function parseChecksums(text, source) {
  if (Buffer.byteLength(text) > MAX_CHECKSUMS_BYTES) {
    throw new AgentAttestError(
      "SUBJECT_INVALID",
      `subject checksums ${source} is larger than 512 KiB; split the artifacts across several attest steps`
    );
  }
  const subjects = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const where = `${source} line ${i + 1}`;
    let hex;
    let name;
    let declared;
    const gnu = GNU_LINE.exec(line);
    const bsd = gnu ? null : BSD_LINE.exec(line);
    if (gnu) {
      hex = gnu[2];
      name = gnu[1] ? unescapeName(gnu[3]) : gnu[3];
    } else if (bsd) {
      declared = bsd[1].toLowerCase();
      name = bsd[2];
      hex = bsd[3];
    } else {
      throw new AgentAttestError(
        "SUBJECT_INVALID",
        `subject checksums ${where} is not '<hex digest>  <name>' (sha256sum/sha512sum format)`
      );
    }
    const algorithm = ALGORITHM_BY_HEX_LENGTH[hex.length];
    if (!algorithm || declared && declared !== algorithm) {
      throw new AgentAttestError(
        "SUBJECT_INVALID",
        `subject checksums ${where} has a ${hex.length}-digit digest; expected 64 (sha256) or 128 (sha512) hex digits`
      );
    }
    subjects.push({ name, digest: { [algorithm]: hex.toLowerCase() } });
  });
  if (subjects.length === 0) {
    throw new AgentAttestError("SUBJECT_INVALID", `subject checksums ${source} lists no checksums`);
  }
  return subjects;
}
function looksLikeInlineChecksums(value) {
  const trimmed = value.trim();
  return trimmed.includes("\n") || GNU_LINE.test(trimmed) || BSD_LINE.test(trimmed);
}

// builtin:node:crypto?src/core/subjects/digest.ts
var m4 = __require("node:crypto");
var createHash = m4.createHash;

// src/core/subjects/digest.ts
var fs = __toESM(require_digest(), 1);
var fsp = __toESM(require_digest2(), 1);

// builtin:node:os?src/core/subjects/digest.ts
var m5 = __require("node:os");
var availableParallelism = m5.availableParallelism;

// builtin:node:worker_threads?src/core/subjects/digest.ts
var m6 = __require("node:worker_threads");
var Worker = m6.Worker;

// src/core/subjects/digest.ts
var CHUNK_SIZE = 4 * 1024 * 1024;
var SMALL_FILE = 1024 * 1024;
async function hashOne(deps, file, size, algorithm, chunkSize, smallFile, state) {
  const hash = deps.createHash(algorithm);
  if (size >= 0 && size <= smallFile) {
    const fd = deps.fs.openSync(file, "r");
    try {
      if (!state.small) state.small = Buffer.allocUnsafe(smallFile + 1);
      const buf = state.small;
      let position = 0;
      let n;
      do {
        n = deps.fs.readSync(fd, buf, 0, buf.length, position);
        position += n;
        hash.update(buf.subarray(0, n));
      } while (n === buf.length);
    } finally {
      deps.fs.closeSync(fd);
    }
    return hash.digest("hex");
  }
  const handle = await deps.fsp.open(file, "r");
  try {
    if (!state.big) state.big = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
    let [current, spare] = state.big;
    let position = 0;
    let pending = handle.read(current, 0, chunkSize, position);
    for (; ; ) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      position += bytesRead;
      pending = handle.read(spare, 0, chunkSize, position);
      hash.update(current.subarray(0, bytesRead));
      [current, spare] = [spare, current];
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
var WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const deps = { fs: require('node:fs'), fsp: require('node:fs/promises'), createHash: require('node:crypto').createHash };
const hashOne = (${hashOne.toString()});
const state = {};
parentPort.on('message', async ({ files, sizes, algorithm, chunkSize, smallFile }) => {
  const digests = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    try {
      digests.push(await hashOne(deps, file, sizes[i], algorithm, chunkSize, smallFile, state));
    } catch (e) {
      parentPort.postMessage({ error: { file, message: String(e && e.message), code: e && e.code } });
      return;
    }
  }
  parentPort.postMessage({ digests });
});
`;
function fileError(file, e) {
  const err = e;
  const why = err.code === "ENOENT" ? "it no longer exists" : err.code === "EACCES" ? "permission denied" : String(err.message);
  return new AgentAttestError("SUBJECT_INVALID", `cannot read subject file '${file}': ${why}`, { cause: e });
}
async function digestFiles(files, algorithm = "sha256", options = {}) {
  const sizes = files.map((_, i) => options.sizes?.[i] ?? -1);
  const totalBytes = options.sizes ? sizes.reduce((a, b) => a + b, 0) : Number.POSITIVE_INFINITY;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length));
  const worthSharing = files.length >= 32 || totalBytes >= 64 * 1024 * 1024;
  const workers = Array.from(
    { length: worthSharing ? threads - 1 : 0 },
    () => new Worker(WORKER_SOURCE, { eval: true })
  );
  const queue = batches(sizes);
  const results = new Array(files.length);
  let next = 0;
  const take = () => next < queue.length ? queue[next++] : void 0;
  let hashed = 0;
  const done = (n) => options.onHashed?.(hashed += n);
  const hashHere = async () => {
    const state = {};
    for (let batch = take(); batch; batch = take()) {
      for (const i of batch) {
        try {
          results[i] = await hashOne(
            { fs, fsp, createHash },
            files[i],
            sizes[i],
            algorithm,
            CHUNK_SIZE,
            SMALL_FILE,
            state
          );
        } catch (e) {
          throw fileError(files[i], e);
        }
        done(1);
      }
      if (workers.length > 0) await new Promise((r) => setImmediate(r));
    }
  };
  const feed = async (worker) => {
    for (let batch = take(); batch; batch = take()) {
      const reply = await new Promise((resolve, reject) => {
        const onError = (e) => reject(e);
        const onExit = (code) => reject(new Error(`digest worker exited with code ${code}`));
        worker.once("error", onError);
        worker.once("exit", onExit);
        worker.once("message", (m14) => {
          worker.off("error", onError);
          worker.off("exit", onExit);
          resolve(m14);
        });
        const b = batch;
        worker.postMessage({
          files: b.map((i) => files[i]),
          sizes: b.map((i) => sizes[i]),
          algorithm,
          chunkSize: CHUNK_SIZE,
          smallFile: SMALL_FILE
        });
      });
      if (reply.error)
        throw fileError(
          reply.error.file,
          Object.assign(new Error(reply.error.message), { code: reply.error.code })
        );
      batch.forEach((fileIndex, k) => results[fileIndex] = reply.digests[k]);
      done(batch.length);
    }
  };
  try {
    await Promise.all([hashHere(), ...workers.map(feed)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
function batches(sizes) {
  const out = [];
  let current = [];
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    current.push(i);
    bytes += Math.max(0, sizes[i]);
    if (current.length >= 128 || bytes >= 64 * 1024 * 1024) {
      out.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

// src/core/subjects/index.ts
var MAX_SUBJECTS_PER_STATEMENT = 1024;
var DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
function subjectError(message) {
  return new AgentAttestError("SUBJECT_INVALID", message);
}
function splitList(text) {
  const items = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "{") depth++;
    if (ch === "}") depth = Math.max(0, depth - 1);
    if (ch === "\n" || ch === "," && depth === 0) {
      items.push(current);
      current = "";
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== "");
}
function toPosix(p) {
  return p.split(subjects_default.sep).join("/");
}
function isInside(parent, child) {
  const rel = subjects_default.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !subjects_default.isAbsolute(rel);
}
function fileInfo(absolute, pattern, name) {
  let info;
  try {
    info = lstatSync(absolute);
  } catch (e) {
    throw subjectError(
      `subject-path '${pattern}' matches '${name}', which cannot be read: ${e.code ?? messageOf(e)}`
    );
  }
  if (!info.isSymbolicLink()) return Object.assign(info, { linked: false });
  try {
    return Object.assign(statSync(absolute), { linked: true });
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT")
      throw subjectError(`subject-path '${pattern}' matches '${name}', a symbolic link to nothing`);
    throw subjectError(
      `subject-path '${pattern}' matches '${name}', which cannot be read: ${code ?? messageOf(e)}`
    );
  }
}
async function matchFiles(patterns, workspace) {
  const realWorkspace = await realpath(workspace).catch(() => {
    throw subjectError(
      `workspace '${workspace}' does not exist; run from the repository checkout or pass --repo-path`
    );
  });
  const includes = patterns.filter((p) => !p.startsWith("!"));
  const excludes = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const isExcluded = excludes.length > 0 ? (0, import_picomatch.default)(excludes, { dot: true }) : () => false;
  if (includes.length === 0)
    throw subjectError(`subject-path has only exclusions ('!\u2026'); add the globs of the files to attest`);
  const realFolders = /* @__PURE__ */ new Map();
  const realFolder = (dir) => {
    let real = realFolders.get(dir);
    if (real === void 0) realFolders.set(dir, real = realpathSync.native(dir));
    return real;
  };
  const byName = /* @__PURE__ */ new Map();
  for (const pattern of includes) {
    const literal = !import_picomatch.default.scan(pattern).isGlob;
    let matched = 0;
    for await (const entry of glob(pattern, { cwd: workspace })) {
      const absolute = subjects_default.resolve(workspace, entry);
      const name = toPosix(subjects_default.relative(workspace, absolute));
      if (!isInside(workspace, absolute)) {
        throw subjectError(
          `subject-path '${pattern}' matches '${entry}', which is outside the workspace ${workspace}`
        );
      }
      if (isExcluded(name)) continue;
      const info = fileInfo(absolute, pattern, name);
      if (info.isDirectory()) {
        if (literal)
          throw subjectError(
            `subject-path '${pattern}' is a directory; attest its files with '${pattern}/*' or '${pattern}/**'`
          );
        continue;
      }
      if (!info.isFile())
        throw subjectError(`subject-path '${pattern}' matches '${name}', which is not a regular file`);
      const real = info.linked ? realpathSync.native(absolute) : subjects_default.join(realFolder(subjects_default.dirname(absolute)), subjects_default.basename(absolute));
      if (!isInside(realWorkspace, real)) {
        throw subjectError(
          `subject-path '${pattern}' matches '${name}', a symbolic link to '${real}' outside the workspace ${workspace}`
        );
      }
      matched++;
      if (!byName.has(name)) byName.set(name, { name, absolute, size: info.size });
    }
    if (matched === 0) {
      throw subjectError(
        `subject-path '${pattern}' matches no files in ${workspace}; check the path and that the artifacts were built`
      );
    }
  }
  return [...byName.values()].sort(bySubjectName);
}
function parseDigest(value, input = "subject-digest") {
  const m14 = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value.trim());
  const expected = m14 ? DIGEST_HEX_LENGTH[m14[1]] : void 0;
  if (!m14 || expected === void 0 || m14[2].length !== expected) {
    throw subjectError(
      `${input} '${value}' is not ALG:HEX with ALG sha256, sha384 or sha512 and a digest of the right length`
    );
  }
  return { algorithm: m14[1], hex: m14[2].toLowerCase() };
}
async function readChecksums(value, workspace) {
  if (looksLikeInlineChecksums(value)) return parseChecksums(value, "inline text");
  const file = subjects_default.resolve(workspace, value);
  const info = await stat(file).catch(() => {
    throw subjectError(`subject-checksums file '${value}' does not exist`);
  });
  if (!info.isFile()) throw subjectError(`subject-checksums '${value}' is not a file`);
  if (info.size > MAX_CHECKSUMS_BYTES) {
    throw subjectError(
      `subject checksums file '${value}' is larger than 512 KiB; split the artifacts across several attest steps`
    );
  }
  return parseChecksums(await readFile(file, "utf8"), `file '${value}'`);
}
function dedupeSubjects(subjects) {
  const byName = /* @__PURE__ */ new Map();
  for (const s of subjects) {
    const prior = byName.get(s.name);
    if (!prior) {
      byName.set(s.name, s);
      continue;
    }
    for (const [alg, hex] of Object.entries(s.digest)) {
      const before = prior.digest[alg];
      if (before !== void 0 && before !== hex) {
        throw subjectError(
          `subject '${s.name}' is given twice with different ${alg} digests (${before} and ${hex}); give each artifact one digest`
        );
      }
    }
    byName.set(s.name, { name: s.name, digest: { ...prior.digest, ...s.digest } });
  }
  return [...byName.values()].sort(bySubjectName);
}
function bySubjectName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
async function resolveSubjects(input, options) {
  const subjects = [];
  if (input.digest === void 0 !== (input.name === void 0)) {
    throw subjectError(
      input.digest ? `subject-digest needs subject-name: the name of the artifact it is the digest of` : `subject-name needs subject-digest (ALG:HEX)`
    );
  }
  const patterns = (input.paths ?? []).map((p) => p.trim()).filter((p) => p !== "");
  if (patterns.length > 0) {
    const files = await matchFiles(patterns, subjects_default.resolve(options.workspace));
    const algorithm = options.algorithm ?? "sha256";
    const digests = await digestFiles(
      files.map((f) => f.absolute),
      algorithm,
      {
        sizes: files.map((f) => f.size),
        threads: options.threads,
        ...options.onHashed ? { onHashed: (n) => options.onHashed({ files: n, totalFiles: files.length }) } : {}
      }
    );
    files.forEach((f, i) => subjects.push({ name: f.name, digest: { [algorithm]: digests[i] } }));
  }
  if (input.digest !== void 0 && input.name !== void 0) {
    if (input.name.trim() === "") throw subjectError(`subject-name is empty; give the artifact's file name`);
    const { algorithm, hex } = parseDigest(input.digest);
    subjects.push({ name: input.name.trim(), digest: { [algorithm]: hex } });
  }
  if (input.checksums !== void 0 && input.checksums.trim() !== "") {
    subjects.push(...await readChecksums(input.checksums, options.workspace));
  }
  if (subjects.length === 0) {
    throw new AgentAttestError(
      "USAGE",
      "no subjects: pass --subject-path GLOB, --subject-digest ALG:HEX with --subject-name NAME, --subject-checksums FILE, --subject-image REGISTRY/REPOSITORY@sha256:HEX or --subject-image-path LAYOUT"
    );
  }
  return dedupeSubjects(subjects);
}
function shard(subjects, max = MAX_SUBJECTS_PER_STATEMENT) {
  const out = [];
  for (let i = 0; i < subjects.length; i += max) out.push(subjects.slice(i, i + max));
  return out;
}

// builtin:node:crypto?src/core/attest/index.ts
var m7 = __require("node:crypto");
var createHash2 = m7.createHash;

// builtin:node:fs/promises?src/core/attest/index.ts
var m8 = __require("node:fs/promises");
var appendFile = m8.appendFile;
var writeFile = m8.writeFile;

// builtin:node:path?src/core/attest/index.ts
var m9 = __require("node:path");
var attest_default = m9;

// src/core/statement/build.ts
var MAX_STATEMENT_BYTES = 16 * 1024 * 1024;
var LOCAL_BUILDER_ID = "https://agent-attest.dev/builders/local/v1";
function githubPredicate(claims, serverUrl) {
  const [workflowPath] = claims.workflow_ref.replace(`${claims.repository}/`, "").split("@");
  return {
    buildDefinition: {
      buildType: GITHUB_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: claims.ref, repository: `${serverUrl}/${claims.repository}`, path: workflowPath }
      },
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment
        }
      },
      resolvedDependencies: [
        { uri: `git+${serverUrl}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } }
      ]
    },
    runDetails: {
      builder: { id: `${serverUrl}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${serverUrl}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`
      }
    }
  };
}
function localPredicate(ctx) {
  const { repository, ref, commit } = ctx.source;
  const source = {};
  if (repository) source["repository"] = repository;
  if (ref) source["ref"] = ref;
  if (commit) source["commit"] = commit;
  const resolvedDependencies = [];
  if (commit) {
    const at = ref ?? commit;
    resolvedDependencies.push({
      ...repository ? { uri: `git+${repository}@${at}` } : {},
      digest: { gitCommit: commit }
    });
  }
  const predicate = {
    buildDefinition: {
      buildType: LOCAL_BUILD_TYPE,
      externalParameters: { source },
      resolvedDependencies
    },
    runDetails: {
      builder: { id: LOCAL_BUILDER_ID, version: { "agent-attest": ctx.toolVersion } }
    }
  };
  if (ctx.startedOn) predicate.runDetails.metadata = { startedOn: ctx.startedOn };
  return predicate;
}
function buildStatement(input) {
  const predicate = input.context.kind === "github" ? githubPredicate(input.context.claims, input.context.serverUrl) : localPredicate(input.context);
  if (input.dependencies && input.dependencies.length > 0) {
    predicate.buildDefinition.resolvedDependencies = [
      ...predicate.buildDefinition.resolvedDependencies ?? [],
      ...input.dependencies
    ];
  }
  if (input.extension !== void 0) predicate[EXTENSION_KEY] = input.extension;
  return { _type: STATEMENT_TYPE, subject: input.subjects, predicateType: SLSA_PROVENANCE_V1, predicate };
}
function serializeStatement(statement) {
  const bytes = Buffer.from(JSON.stringify(statement));
  if (bytes.length > MAX_STATEMENT_BYTES) {
    const deps = statement.predicate.buildDefinition.resolvedDependencies?.length ?? 0;
    const ext = statement.predicate[EXTENSION_KEY];
    const extBytes = ext === void 0 ? 0 : Buffer.byteLength(JSON.stringify(ext));
    throw new AgentAttestError(
      "INPUT_INVALID",
      `the statement is ${(bytes.length / 1048576).toFixed(1)} MiB, above the 16 MiB limit (${deps} resolvedDependencies, extension ${(extBytes / 1048576).toFixed(1)} MiB); attest a narrower commit range (--base/--head) or fewer subjects per run`
    );
  }
  return bytes;
}

// builtin:node:path?src/core/oci/subjects.ts
var m10 = __require("node:path");
var subjects_default2 = m10;

// src/core/oci/subjects.ts
function subjectError2(message) {
  return new AgentAttestError("SUBJECT_INVALID", message);
}
async function resolveImageSubjects(input, opts) {
  const images = [];
  const add = (ref) => images.push({
    name: imageName(ref),
    digest: { sha256: ref.digest.slice("sha256:".length) },
    reference: ref
  });
  for (const line of input.images ?? []) {
    const ref = parseImageReference(line, "subject-image", { requireDigest: true });
    add({ registry: ref.registry, repository: ref.repository, digest: ref.digest });
  }
  const paths = input.imagePaths ?? [];
  const layoutName = paths.length > 0 && input.digest === void 0 ? input.name : void 0;
  for (const p of paths) {
    const { readImageLayout } = await import("./layout-I6NRKI4W.js");
    const found = await readImageLayout(subjects_default2.resolve(opts.workspace, p));
    for (const image of found) {
      const named = image.name ?? layoutName;
      if (!named)
        throw subjectError2(
          `subject-image-path '${p}' does not name its image (no io.containerd.image.name or full org.opencontainers.image.ref.name annotation); give subject-name REGISTRY/REPOSITORY`
        );
      const ref = parseImageReference(named, "subject-name");
      add({ registry: ref.registry, repository: ref.repository, digest: image.digest });
    }
  }
  let nameAndDigestUsed = layoutName !== void 0;
  if (opts.pushToRegistry && input.name !== void 0 && input.digest !== void 0) {
    const ref = parseImageReference(input.name, "subject-name");
    if (ref.digest && ref.digest !== input.digest.trim().toLowerCase())
      throw subjectError2(
        `subject-name '${input.name}' names digest ${ref.digest}, not subject-digest ${input.digest}`
      );
    const digest = input.digest.trim().toLowerCase();
    if (!/^sha256:[0-9a-f]{64}$/.test(digest))
      throw subjectError2(
        `subject-digest '${input.digest}' must be sha256:HEX for an image pushed to its registry`
      );
    add({ registry: ref.registry, repository: ref.repository, digest });
    nameAndDigestUsed = true;
  }
  const seen = /* @__PURE__ */ new Set();
  const unique = images.filter((i) => {
    const key = `${i.name}@${i.reference.digest}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { images: unique, nameAndDigestUsed };
}

// builtin:node:child_process?src/core/attest/local-source.ts
var m11 = __require("node:child_process");
var execFile = m11.execFile;

// builtin:node:path?src/core/attest/local-source.ts
var m12 = __require("node:path");
var local_source_default = m12;

// builtin:node:util?src/core/attest/local-source.ts
var m13 = __require("node:util");
var promisify = m13.promisify;

// src/core/attest/local-source.ts
var run = promisify(execFile);
async function git(dir, args) {
  try {
    const { stdout } = await run("git", ["-C", dir, "-c", "core.fsmonitor=false", ...args], {
      timeout: 1e4,
      maxBuffer: 1 << 20
    });
    const out = stdout.trim();
    return out === "" ? void 0 : out;
  } catch {
    return void 0;
  }
}
function publishableRemote(remote) {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(remote)) {
    let url;
    try {
      url = new URL(remote);
    } catch {
      return void 0;
    }
    if (url.protocol === "file:" || url.hostname === "") return void 0;
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    return url.toString();
  }
  const scp = /^(?:[^@/\\]*@)?([^:/\\]{2,}):(?!\/\/)(.+)$/.exec(remote);
  if (scp) return `ssh://${scp[1]}/${scp[2].replace(/^\/+/, "")}`;
  return void 0;
}
async function readLocalSource(repoPath) {
  const dir = local_source_default.resolve(repoPath);
  const [commit, ref, remote] = await Promise.all([
    git(dir, ["rev-parse", "--verify", "-q", "HEAD^{commit}"]),
    git(dir, ["symbolic-ref", "-q", "HEAD"]),
    git(dir, ["config", "--get", "remote.origin.url"])
  ]);
  const source = {};
  const repository = remote ? publishableRemote(remote) : void 0;
  if (repository) source.repository = repository;
  if (ref) source.ref = ref;
  if (commit && /^[0-9a-f]{40,64}$/.test(commit)) source.commit = commit;
  return source;
}

// src/core/attest/index.ts
var SIGN_CONCURRENCY = 4;
function signingInstance(endpoints) {
  const logs = endpoints.rekor.map((log) => log.url);
  return {
    name: endpoints.name,
    fulcioUrl: endpoints.fulcioUrl,
    ...logs[0] ? { rekorUrl: logs[0] } : {},
    ...endpoints.tsaUrls[0] ? { tsaUrl: endpoints.tsaUrls[0] } : {},
    ...logs.length > 1 ? { rekorUrls: logs } : {},
    ...endpoints.tsaUrls.length > 1 ? { tsaUrls: endpoints.tsaUrls } : {}
  };
}
var BUNDLE_SUFFIXES = [".sigstore.json", ".intoto.json", ".jsonl", ".json"];
function sbomPath(file) {
  const suffix = BUNDLE_SUFFIXES.find((s) => file.endsWith(s)) ?? "";
  return `${file.slice(0, file.length - suffix.length)}.sbom${suffix}`;
}
function numberedPath(file, index, count) {
  if (count <= 1) return file;
  const suffix = BUNDLE_SUFFIXES.find((s) => file.endsWith(s)) ?? "";
  return `${file.slice(0, file.length - suffix.length)}-${index + 1}${suffix}`;
}
function statementPathFor(bundlePath) {
  const suffix = [".sigstore.json", ".json"].find((s) => bundlePath.endsWith(s));
  return suffix ? `${bundlePath.slice(0, -suffix.length)}.intoto.json` : `${bundlePath}.intoto.json`;
}
async function writeFileMkdir(file, data, what) {
  try {
    await makeDirectory(attest_default.dirname(file));
    await writeFile(file, data);
  } catch (e) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `cannot write the ${what} to '${file}': ${e.code ?? messageOf(e)}; choose a writable path`
    );
  }
}
async function identityFor(options, env, logger) {
  const source = {
    explicitToken: options.identityToken,
    githubActions: env.githubActions,
    idTokenRequestUrl: env.idTokenRequestUrl,
    idTokenRequestToken: env.idTokenRequestToken,
    ...options.network?.timeoutMs ? { timeoutMs: options.network.timeoutMs } : {},
    ...options.network?.minRetryDelayMs !== void 0 ? { retryDelayMs: options.network.minRetryDelayMs } : {}
  };
  if (options.sign) return getIdentityToken(source);
  if (!options.identityToken && !(env.idTokenRequestUrl && env.idTokenRequestToken)) return void 0;
  try {
    return await getIdentityToken(source);
  } catch (e) {
    logger.warn(`preview without the OIDC claims: ${messageOf(e)}`);
    return void 0;
  }
}
async function attest(options, deps) {
  const logger = deps.logger ?? silentLogger;
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const { env } = deps;
  const startedOn = now().toISOString();
  const signing = options.sign ? import("./sign-UYLKDKUT.js") : void 0;
  signing?.catch(() => {
  });
  const workspace = attest_default.resolve(deps.cwd, options.workspace ?? env.workspace ?? deps.cwd);
  const repoPath = attest_default.resolve(deps.cwd, options.repoPath ?? workspace);
  const progress = deps.onProgress;
  const { images, files } = await resolveAllSubjects(
    options,
    workspace,
    progress && ((p) => progress({ step: "hashing", ...p }))
  );
  const subjects = [...files, ...images.map(({ name, digest }) => ({ name, digest }))].sort(bySubjectName);
  const groups = options.pushToRegistry ? [
    ...shard(files).map((g) => ({ subjects: g })),
    ...images.map((image) => ({ subjects: [{ name: image.name, digest: image.digest }], image }))
  ] : shard(subjects).map((g) => ({ subjects: g }));
  const outputs = outputPaths(options, env, deps.cwd, groups.length);
  await checkOutputPaths(outputs, env, deps.sbom !== void 0);
  const identity = await identityFor(options, env, logger);
  const claims = identity ? githubClaims(identity.claims) : void 0;
  const mode = claims ? "github" : "local";
  if (identity && options.sign) assertNotExpired(identity, now());
  const context = claims ? { kind: "github", claims, serverUrl: env.serverUrl } : { kind: "local", source: await readLocalSource(repoPath), toolVersion: VERSION, startedOn };
  const facts = deps.collectFacts ? await deps.collectFacts({
    options,
    env,
    mode,
    ...claims ? { claims } : {},
    ...context.kind === "local" ? { source: context.source } : {},
    subjects,
    repoPath,
    logger,
    ...progress ? { onScanProgress: (p) => progress({ step: "scanning", commits: p.commits }) } : {}
  }) : { dependencies: [] };
  const sign = await signing;
  const endpoints = sign ? await sign.resolveEndpoints({
    choice: options.sigstore,
    urls: options.urls,
    claims,
    serverUrl: env.serverUrl
  }) : void 0;
  logger.info(
    `Attesting ${subjects.length} subject(s) in ${groups.length} statement(s) (${mode === "github" ? "GitHub Actions provenance" : "local provenance"}).`
  );
  const payloads = groups.map(
    (group) => serializeStatement(
      buildStatement({
        subjects: group.subjects,
        context,
        dependencies: facts.dependencies,
        extension: facts.extension
      })
    )
  );
  const digestOf = (b) => `sha256:${createHash2("sha256").update(b).digest("hex")}`;
  const sbomPayloads = deps.sbom ? await Promise.all(
    groups.map(
      (g, i) => deps.sbom({ subjects: g.subjects, provenanceDigest: digestOf(payloads[i]), repoPath })
    )
  ) : void 0;
  const results = [];
  for (const [i, group] of groups.entries()) {
    const payload = payloads[i];
    const statementPath = outputs.statements[i];
    await writeFileMkdir(statementPath, payload, "statement");
    const sbom = sbomPayloads?.[i];
    if (sbom) {
      await writeFileMkdir(sbomPath(statementPath), sbom, "SBOM statement");
      logger.info(`Wrote SBOM statement ${sbomPath(statementPath)}`);
    }
    results.push({
      statementPath,
      statementDigest: digestOf(payload),
      ...sbom ? { sbom: { statementPath: sbomPath(statementPath), statementDigest: digestOf(sbom) } } : {},
      subjectCount: group.subjects.length,
      subjects: group.subjects,
      ...group.image ? { image: { name: group.image.name, digest: group.image.reference.digest } } : {}
    });
    logger.info(`Wrote statement ${statementPath}`);
  }
  if (!sign || !endpoints || !identity)
    return { mode, signed: false, subjectCount: subjects.length, attestations: results };
  logger.info(
    `Signing on ${endpoints.name} (${[
      `Fulcio ${endpoints.fulcioUrl}`,
      ...endpoints.rekor.map((log) => `Rekor ${log.url}`),
      ...endpoints.tsaUrls.map((url) => `TSA ${url}`)
    ].join(", ")}).`
  );
  const checkSigner = (certificate) => {
    if (claims) sign.assertCertificateMatchesClaims(certificate, claims, env.serverUrl);
  };
  const signOne = async (i) => {
    const output = results[i];
    const signed2 = await sign.signStatement(payloads[i], endpoints, identity, {
      ...options.network ? { network: options.network } : {},
      ...deps.createSigner ? { signer: deps.createSigner(endpoints, identity) } : {}
    });
    checkSigner(signed2.certificate);
    const bundlePath = outputs.bundles[i];
    const bytes = Buffer.from(`${JSON.stringify(signed2.bundle)}
`);
    await writeFileMkdir(bundlePath, bytes, "bundle");
    output.bundlePath = bundlePath;
    output.signer = {
      identity: signed2.certificate.subjectAlternativeName,
      issuer: signed2.certificate.issuer
    };
    if (signed2.tlogEntry) output.tlogEntry = signed2.tlogEntry;
    if (signed2.timestamp) output.timestamp = signed2.timestamp;
    logger.info(
      `Wrote bundle ${bundlePath}${signed2.tlogEntry ? ` (log index ${signed2.tlogEntry.logIndex})` : ""}`
    );
    if (sbomPayloads) await signSbom(i, bundlePath);
    return bytes;
  };
  const signSbom = async (i, provenanceBundle) => {
    const output = results[i].sbom;
    const signed2 = await sign.signStatement(sbomPayloads[i], endpoints, identity, {
      ...options.network ? { network: options.network } : {},
      ...deps.createSigner ? { signer: deps.createSigner(endpoints, identity) } : {}
    });
    checkSigner(signed2.certificate);
    const bundlePath = sbomPath(provenanceBundle);
    await writeFileMkdir(bundlePath, `${JSON.stringify(signed2.bundle)}
`, "SBOM bundle");
    output.bundlePath = bundlePath;
    if (signed2.tlogEntry) output.tlogEntry = signed2.tlogEntry;
    if (signed2.timestamp) output.timestamp = signed2.timestamp;
    logger.info(`Wrote SBOM bundle ${bundlePath}`);
  };
  const pushImages = async (bytes) => {
    const pushed = groups.flatMap(
      (g, i) => g.image && bytes[i] ? [{ i, image: g.image, bundle: bytes[i] }] : []
    );
    if (pushed.length === 0) return;
    logger.info(`Pushing ${pushed.length} attestation(s) to their images' registries.`);
    const { pushAttestations } = await import("./push-4SIGHGQQ.js");
    const credentials = deps.registry?.credentials ?? await credentialsFor(env);
    const outcomes = await pushAttestations(
      pushed.map((p) => ({
        image: p.image,
        bundle: p.bundle,
        mediaType: JSON.parse(p.bundle.toString("utf8")).mediaType
      })),
      {
        registry: {
          ...deps.registry,
          credentials,
          allowInsecure: options.allowInsecureRegistry ?? false
        },
        predicateType: SLSA_PROVENANCE_V1,
        now,
        logger,
        ...options.registryConcurrency ? { concurrency: options.registryConcurrency } : {}
      }
    );
    pushed.forEach((p, k) => results[p.i].push = outcomes[k]);
  };
  const bundles = new Array(payloads.length);
  const failures = [];
  let signed = 0;
  progress?.({ step: "signing", signed, statements: payloads.length });
  await mapBounded([...payloads.keys()], SIGN_CONCURRENCY, async (i) => {
    if (failures.length > 0) return;
    try {
      bundles[i] = await signOne(i);
      progress?.({ step: "signing", signed: ++signed, statements: payloads.length });
    } catch (e) {
      failures.push(e);
    }
  });
  const written = results.flatMap((r) => [r.bundlePath, r.sbom?.bundlePath]).filter((p) => p !== void 0);
  if (env.runnerTemp && written.length > 0)
    await appendFile(
      attest_default.join(env.runnerTemp, "created_attestation_paths.txt"),
      written.map((p) => `${p}
`).join("")
    );
  if (failures.length > 0) throw failures[0];
  if (options.pushToRegistry) await pushImages(bundles);
  return {
    mode,
    signed: true,
    instance: signingInstance(endpoints),
    subjectCount: subjects.length,
    attestations: results
  };
}
function outputPaths(options, env, cwd, count) {
  const bundleBase = attest_default.resolve(
    cwd,
    options.bundleOut ?? attest_default.join(env.runnerTemp ?? cwd, "attestation.sigstore.json")
  );
  const statementBase = options.statementOut ? attest_default.resolve(cwd, options.statementOut) : statementPathFor(bundleBase);
  const numbered = (base) => Array.from({ length: count }, (_, i) => numberedPath(base, i, count));
  return { statements: numbered(statementBase), bundles: numbered(bundleBase), sign: options.sign };
}
async function checkOutputPaths(outputs, env, sbom) {
  const files = [
    ...outputs.statements.map((f) => [f, "statement", "--statement-out"]),
    ...outputs.sign ? outputs.bundles.map((f) => [f, "bundle", "--bundle-out"]) : []
  ];
  if (sbom)
    files.push(
      ...files.map(([f, what, option]) => [sbomPath(f), `SBOM ${what}`, option])
    );
  const seen = /* @__PURE__ */ new Map();
  for (const [file, what, option] of files) {
    const other = seen.get(file);
    if (other !== void 0) {
      throw new AgentAttestError(
        "INPUT_INVALID",
        `the ${what} and the ${other} would both be written to '${file}'; give ${option} another path`
      );
    }
    seen.set(file, what);
  }
  if (outputs.sign && env.runnerTemp) {
    files.push([
      attest_default.join(env.runnerTemp, "created_attestation_paths.txt"),
      "list of bundles",
      "RUNNER_TEMP"
    ]);
  }
  for (const [file, what, option] of files) {
    const reason = await unwritableReason(file);
    if (reason === void 0) continue;
    const fix = reason === "it is a directory" ? `pass a file path to ${option}, e.g. ${attest_default.join(file, what === "statement" ? "attestation.intoto.json" : "attestation.sigstore.json")}` : `choose a writable path for ${option}`;
    throw new AgentAttestError("INPUT_INVALID", `cannot write the ${what} to '${file}': ${reason}; ${fix}`);
  }
}
async function resolveAllSubjects(options, workspace, onHashed) {
  const input = options.subjects;
  const { images, nameAndDigestUsed } = await resolveImageSubjects(input, {
    workspace,
    pushToRegistry: options.pushToRegistry ?? false
  });
  const rest = {
    ...input.paths ? { paths: input.paths } : {},
    ...input.checksums !== void 0 ? { checksums: input.checksums } : {},
    ...nameAndDigestUsed ? {} : { name: input.name, digest: input.digest }
  };
  const hasRest = (rest.paths ?? []).some((p) => p.trim() !== "") || rest.name !== void 0 || rest.digest !== void 0 || (rest.checksums ?? "").trim() !== "";
  const files = hasRest || images.length === 0 ? await resolveSubjects(rest, {
    workspace,
    threads: options.hashThreads,
    ...onHashed ? { onHashed } : {}
  }) : [];
  if (options.pushToRegistry && images.length === 0)
    throw new AgentAttestError(
      "USAGE",
      "push-to-registry needs image subjects: give --subject-image REGISTRY/REPOSITORY@sha256:HEX, --subject-image-path LAYOUT, or --subject-name REGISTRY/REPOSITORY with --subject-digest sha256:HEX"
    );
  return { images, files };
}
async function credentialsFor(env) {
  if (!env.dockerConfigDir) return void 0;
  const { dockerConfigCredentials } = await import("./credentials-K47VVCMC.js");
  return dockerConfigCredentials(env.dockerConfigDir);
}
function pushFailure(result) {
  const failed = result.attestations.filter((a) => a.push?.status === "failed");
  if (failed.length === 0) return void 0;
  const pushed = result.attestations.filter((a) => a.push?.status === "pushed").length;
  const lines = failed.map(
    (a) => `${a.image.name}@${a.image.digest}: ${a.push.status === "failed" ? a.push.error : ""} (bundle kept at ${a.bundlePath})`
  );
  return new AgentAttestError(
    "REGISTRY",
    `push-to-registry failed for ${failed.length} of ${failed.length + pushed} image(s): ${lines.join("; ")}`
  );
}

export {
  splitList,
  attest,
  pushFailure
};
