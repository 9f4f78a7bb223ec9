import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  DOCKER_HUB_API_HOST
} from "./chunk-5AKMWIUM.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:child_process?src/core/oci/credentials.ts
var m = __require("node:child_process");
var execFile = m.execFile;

// builtin:node:fs/promises?src/core/oci/credentials.ts
var m2 = __require("node:fs/promises");
var readFile = m2.readFile;

// builtin:node:path?src/core/oci/credentials.ts
var m3 = __require("node:path");
var credentials_default = m3;

// src/core/oci/credentials.ts
var DOCKER_HUB_NAMES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", DOCKER_HUB_API_HOST]);
var DOCKER_HUB_KEY = "https://index.docker.io/v1/";
var HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function canonicalHost(key) {
  const host = key.replace(/^[a-z]+:\/\//i, "").split("/")[0].toLowerCase();
  return DOCKER_HUB_NAMES.has(host) ? "docker.io" : host;
}
function credentialError(message) {
  return new AgentAttestError("REGISTRY", message);
}
function dockerConfigCredentials(configDir, opts = {}) {
  const file = credentials_default.join(configDir, "config.json");
  let config;
  const runHelper = opts.runHelper ?? runCredentialHelper;
  return async (registry) => {
    const cfg = await (config ??= readDockerConfig(file));
    const host = canonicalHost(registry);
    const helper = Object.entries(cfg.credHelpers ?? {}).find(([k]) => canonicalHost(k) === host)?.[1];
    const store = helper ?? cfg.credsStore;
    if (store) {
      const fromHelper = await runHelper(store, host === "docker.io" ? DOCKER_HUB_KEY : host);
      if (fromHelper) return fromHelper;
      if (helper) return void 0;
    }
    const entry = Object.entries(cfg.auths ?? {}).find(([k]) => canonicalHost(k) === host)?.[1];
    return entry ? fromAuthEntry(entry, file, registry) : void 0;
  };
}
async function readDockerConfig(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return {};
    throw credentialError(`cannot read the Docker config ${file}: ${e.code}`);
  }
  try {
    const doc = JSON.parse(text);
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw new Error("not an object");
    return doc;
  } catch (e) {
    throw credentialError(
      `the Docker config ${file} is not valid JSON (${messageOf(e)}); fix it or run docker login again`
    );
  }
}
function fromAuthEntry(entry, file, registry) {
  if (entry.registrytoken) return { kind: "registry-token", token: entry.registrytoken };
  if (entry.identitytoken) return { kind: "identity-token", token: entry.identitytoken };
  if (entry.username !== void 0 && entry.password !== void 0)
    return { kind: "basic", username: entry.username, password: entry.password };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0)
      throw credentialError(
        `the Docker config ${file} has an 'auth' for ${registry} that is not base64 of user:password; run docker login ${registry} again`
      );
    return { kind: "basic", username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return void 0;
}
var runCredentialHelper = (helper, serverUrl) => {
  if (!HELPER_NAME.test(helper))
    return Promise.reject(
      credentialError(`the Docker config names credential helper '${helper}', which is not a helper name`)
    );
  const program = `docker-credential-${helper}`;
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      ["get"],
      { timeout: 3e4, maxBuffer: 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const text = `${stdout}
${stderr}`;
          if (/credentials not found/i.test(text)) return resolve(void 0);
          const why = error.code === "ENOENT" ? "it is not on PATH" : error.killed ? "it did not answer within 30 s" : `it exited with ${error.code ?? "a signal"}`;
          return reject(
            credentialError(
              `the Docker credential helper ${program} (named in the Docker config) failed for ${serverUrl}: ${why}; run docker login ${serverUrl} or fix the helper`
            )
          );
        }
        let answer;
        try {
          answer = JSON.parse(stdout);
        } catch {
          return reject(
            credentialError(`the Docker credential helper ${program} answered something that is not JSON`)
          );
        }
        const username = typeof answer.Username === "string" ? answer.Username : "";
        const secret = typeof answer.Secret === "string" ? answer.Secret : "";
        if (secret === "") return resolve(void 0);
        resolve(
          username === "<token>" ? { kind: "identity-token", token: secret } : { kind: "basic", username, password: secret }
        );
      }
    );
    child.stdin?.end(serverUrl);
  });
};
export {
  dockerConfigCredentials,
  runCredentialHelper
};
