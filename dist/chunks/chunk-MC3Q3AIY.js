import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:fs?src/core/files.ts
var m = __require("node:fs");
var constants = m.constants;

// builtin:node:fs/promises?src/core/files.ts
var m2 = __require("node:fs/promises");
var access = m2.access;
var mkdir = m2.mkdir;
var open = m2.open;
var stat = m2.stat;

// builtin:node:path?src/core/files.ts
var m3 = __require("node:path");
var files_default = m3;

// src/core/files.ts
var DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;
var CHUNK = 1024 * 1024;
function inputError(path, name, problem, code = name.code, cause) {
  return new AgentAttestError(code, `${name.what} ${path}: ${problem}; ${name.fix}`, { cause });
}
function kindOf(s) {
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a FIFO";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  return "not a regular file";
}
async function openInputFile(path, name) {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw inputError(path, name, "no such file", "FILE_NOT_FOUND", e);
    const kind = await stat(path).then(
      (s) => s.isFile() ? void 0 : kindOf(s),
      () => void 0
    );
    throw inputError(path, name, kind ? `is ${kind}, not a regular file` : messageOf(e), name.code, e);
  }
  const info = await handle.stat();
  if (info.isDirectory()) {
    await handle.close();
    throw new AgentAttestError(
      "INPUT_INVALID",
      `${name.what} ${path}: is a directory; ${name.directoryFix?.(path) ?? name.fix}`
    );
  }
  if (!info.isFile()) {
    await handle.close();
    throw inputError(path, name, `is ${kindOf(info)}, not a regular file`);
  }
  return handle;
}
async function* readInputChunks(path, name, maxBytes = Number.POSITIVE_INFINITY) {
  const handle = await openInputFile(path, name);
  try {
    let total = 0;
    for (; ; ) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) return;
      total += bytesRead;
      if (total > maxBytes) throw inputError(path, name, `is larger than ${formatBytes(maxBytes)}`);
      yield bytesRead === CHUNK ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
async function readInputBytes(path, name, maxBytes = DEFAULT_MAX_INPUT_BYTES) {
  const chunks = [];
  for await (const chunk of readInputChunks(path, name, maxBytes)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
async function readInputFile(path, what, fix, code, maxBytes = DEFAULT_MAX_INPUT_BYTES) {
  return (await readInputBytes(path, { what, fix, code }, maxBytes)).toString("utf8");
}
function formatBytes(n) {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
async function makeDirectory(dir) {
  const missing = [];
  for (let d = files_default.resolve(dir); ; ) {
    const found = await stat(d).catch((e) => {
      if (e.code === "ENOENT" || e.code === "ENOTDIR") return void 0;
      throw e;
    });
    if (found) {
      if (!found.isDirectory()) {
        throw Object.assign(new Error(`ENOTDIR: ${d} is not a directory`), { code: "ENOTDIR", path: d });
      }
      break;
    }
    missing.push(d);
    const parent = files_default.dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((e) => {
      if (e.code !== "EEXIST") throw e;
    });
  }
}
async function unwritableReason(file) {
  const target = files_default.resolve(file);
  const existing = await stat(target).catch(() => void 0);
  if (existing?.isDirectory()) return "it is a directory";
  if (existing) return await writable(target) ? void 0 : "it is not writable";
  for (let d = files_default.dirname(target); ; d = files_default.dirname(d)) {
    const found = await stat(d).catch(() => void 0);
    if (found) {
      if (!found.isDirectory()) return `${d} is a file, not a directory`;
      return await writable(d, constants.W_OK | constants.X_OK) ? void 0 : `${d} is not writable`;
    }
    if (files_default.dirname(d) === d) return `${d} does not exist`;
  }
}
async function writable(p, mode = constants.W_OK) {
  return access(p, mode).then(
    () => true,
    () => false
  );
}

export {
  readInputChunks,
  readInputBytes,
  readInputFile,
  formatBytes,
  makeDirectory,
  unwritableReason
};
