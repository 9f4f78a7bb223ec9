import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:crypto?src/core/trust/instances.ts
var m = __require("node:crypto");
var createHash = m.createHash;

// builtin:node:fs/promises?src/core/trust/instances.ts
var m2 = __require("node:fs/promises");
var readFile = m2.readFile;

// src/core/trust/instances.ts
var PUBLIC_GOOD = "public-good";
var GITHUB = "github";
var PUBLIC_GOOD_TUF_URL = "https://tuf-repo-cdn.sigstore.dev";
var GITHUB_TUF_URL = "https://tuf-repo.github.com";
var TRUSTED_ROOT_TARGET = "trusted_root.json";
async function publicGoodSeed() {
  const { default: seeds } = await import("./seeds-NJFYTPUD.js");
  const seed = seeds[PUBLIC_GOOD_TUF_URL];
  if (!seed?.["root.json"] || !seed.targets?.[TRUSTED_ROOT_TARGET]) {
    throw new AgentAttestError(
      "TRUSTED_ROOT_INVALID",
      `the installed @sigstore/tuf seed has no root.json and ${TRUSTED_ROOT_TARGET} for ${PUBLIC_GOOD_TUF_URL}; reinstall agent-attest, or pass --trusted-root FILE.`
    );
  }
  return seed;
}
var publicGoodInstance = {
  name: PUBLIC_GOOD,
  cacheKey: PUBLIC_GOOD,
  url: PUBLIC_GOOD_TUF_URL,
  async anchor() {
    return Buffer.from((await publicGoodSeed())["root.json"], "base64");
  },
  async seed() {
    const seed = await publicGoodSeed();
    const root = JSON.parse(Buffer.from(seed["root.json"], "base64").toString("utf8"));
    const { default: pkg } = await import("./package-H5R7C5AP.js");
    return {
      text: Buffer.from(seed.targets[TRUSTED_ROOT_TARGET], "base64").toString("utf8"),
      tufRootVersion: root.signed.version,
      label: `@sigstore/tuf ${pkg.version} seed`
    };
  }
};
var githubInstance = {
  name: GITHUB,
  cacheKey: GITHUB,
  url: GITHUB_TUF_URL,
  async anchor() {
    const { default: root } = await import("./github-tuf-root-4O6GQ2BA.js");
    return Buffer.from(JSON.stringify(root));
  }
};
async function customInstance(url, rootPath) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new AgentAttestError("USAGE", `--tuf-url ${url} is not a URL; pass the TUF repository's base URL.`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new AgentAttestError(
      "USAGE",
      `--tuf-url ${url} is not http(s); pass the TUF repository's base URL.`
    );
  }
  let anchor;
  try {
    anchor = await readFile(rootPath);
    JSON.parse(anchor.toString("utf8"));
  } catch (e) {
    const code = e.code;
    throw new AgentAttestError(
      code === "ENOENT" ? "FILE_NOT_FOUND" : "TRUSTED_ROOT_INVALID",
      `--tuf-root ${rootPath}: ${code === "ENOENT" ? "no such file" : `not TUF root metadata (${messageOf(e)})`}; pass the repository's root.json (e.g. its 1.root.json).`
    );
  }
  const base = url.replace(/\/+$/, "");
  const key = createHash("sha256").update(base).update("\n").update(anchor).digest("hex").slice(0, 16);
  return {
    name: base,
    cacheKey: `repository-${key}`,
    url: base,
    anchor: async () => anchor
  };
}

// builtin:node:crypto?src/core/trust/cache.ts
var m3 = __require("node:crypto");
var createHash2 = m3.createHash;

// builtin:node:fs/promises?src/core/trust/cache.ts
var m4 = __require("node:fs/promises");
var readFile2 = m4.readFile;
var rename = m4.rename;
var writeFile = m4.writeFile;

// builtin:node:os?src/core/trust/cache.ts
var m5 = __require("node:os");
var homedir = m5.homedir;

// builtin:node:path?src/core/trust/cache.ts
var m6 = __require("node:path");
var cache_default = m6;

// src/core/trust/cache.ts
var CHECK_FILE = "checked.json";
var TARGETS_DIR = "targets";
function tufCacheDir(env) {
  const base = env.runnerToolCache ?? env.xdgCacheHome ?? cache_default.join(homedir(), ".cache");
  return cache_default.join(base, "agent-attest", "tuf");
}
var sha256 = (text) => createHash2("sha256").update(text).digest("hex");
async function readCheck(dir) {
  try {
    const state = JSON.parse(await readFile2(cache_default.join(dir, CHECK_FILE), "utf8"));
    if (typeof state.url !== "string" || typeof state.sha256 !== "string") return void 0;
    for (const time of [state.checkedAt, state.expires])
      if (typeof time !== "string" || Number.isNaN(Date.parse(time))) return void 0;
    return state;
  } catch {
    return void 0;
  }
}
async function writeCheck(dir, state) {
  const file = cache_default.join(dir, CHECK_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state)}
`);
  await rename(tmp, file);
}
async function metadataExpiry(dir) {
  let first = Infinity;
  for (const role of ["root", "timestamp", "snapshot", "targets"]) {
    const doc = JSON.parse(await readFile2(cache_default.join(dir, `${role}.json`), "utf8"));
    first = Math.min(first, Date.parse(doc.signed?.expires ?? ""));
  }
  return new Date(Number.isNaN(first) ? 0 : first).toISOString();
}
async function recentRoot(instance, dir, now, intervalMs) {
  const cached = await cachedRoot(dir);
  if (!cached) return void 0;
  const age = now.getTime() - Date.parse(cached.state.checkedAt);
  if (age < 0 || age >= intervalMs || now.getTime() >= Date.parse(cached.state.expires)) return void 0;
  return {
    text: cached.text,
    source: { kind: "tuf-cache", repository: instance.url, checkedAt: cached.state.checkedAt }
  };
}
async function cachedRoot(dir) {
  const state = await readCheck(dir);
  if (!state) return void 0;
  try {
    const text = await readFile2(cache_default.join(dir, TARGETS_DIR, TRUSTED_ROOT_TARGET), "utf8");
    return sha256(text) === state.sha256 ? { text, state } : void 0;
  } catch {
    return void 0;
  }
}
async function cachedTufRootVersion(dir) {
  try {
    const root = JSON.parse(await readFile2(cache_default.join(dir, "root.json"), "utf8"));
    return typeof root.signed?.version === "number" ? root.signed.version : 0;
  } catch {
    return 0;
  }
}
async function fallbackRoot(instance, dir, fallback) {
  const cached = dir ? await cachedRoot(dir) : void 0;
  const seed = instance.seed ? await instance.seed() : void 0;
  if (cached && (!seed || await cachedTufRootVersion(dir) >= seed.tufRootVersion)) {
    return {
      text: cached.text,
      source: { kind: "cache", repository: instance.url, checkedAt: cached.state.checkedAt, fallback }
    };
  }
  if (seed) {
    return {
      text: seed.text,
      source: { kind: "seed", repository: instance.url, seed: seed.label, fallback }
    };
  }
  const why = fallback.reason === "offline" ? "offline was asked for" : `its TUF repository ${instance.url} could not be reached (${fallback.detail ?? "no answer"})`;
  const shipped = instance.name === GITHUB ? ", and this build ships no copy of GitHub's trusted root" : "";
  throw new AgentAttestError(
    "TRUSTED_ROOT_UNAVAILABLE",
    `trusted root ${instance.name}: ${why}, nothing is cached${dir ? ` in ${dir}` : ""}${shipped}; verify once with access to ${instance.url} to cache it, or pass a trusted root file (e.g. what \`gh attestation trusted-root\` prints).`
  );
}

// src/core/trust/describe.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
function describeSource(source, now) {
  switch (source.kind) {
    case "tuf":
      return `the root just checked over TUF (${source.repository})`;
    case "tuf-cache":
      return `the cached TUF root (checked ${ago(source.checkedAt, now)})`;
    case "cache":
      return `the cached root (last checked ${ago(source.checkedAt, now)}, ${source.checkedAt})`;
    case "seed":
      return `the root shipped with this build (${source.seed})`;
    case "file":
      return `the file ${source.path}`;
  }
}
function ago(iso, now) {
  const s = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1e3));
  if (s < 60) return "just now";
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 2 * DAY_MS / 1e3) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} days ago`;
}
function describeRoot(root, now) {
  const instance = root.instance === root.name ? "" : ` (${root.instance} instance)`;
  const offline = root.fallback?.reason === "offline" ? "; offline" : root.fallback?.reason === "unreachable" ? "; repository unreachable" : "";
  return root.kind === "file" ? `${root.name}${instance}` : `${root.name}${instance}: ${describeSource(root, now)}${offline}`;
}

export {
  PUBLIC_GOOD,
  GITHUB,
  TRUSTED_ROOT_TARGET,
  publicGoodInstance,
  githubInstance,
  customInstance,
  TARGETS_DIR,
  tufCacheDir,
  sha256,
  writeCheck,
  metadataExpiry,
  recentRoot,
  fallbackRoot,
  DAY_MS,
  describeSource,
  describeRoot
};
