import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:net?src/core/oci/reference.ts
var m = __require("node:net");
var isIP = m.isIP;

// src/core/oci/reference.ts
var DOCKER_HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
var DOCKER_HUB_API_HOST = "registry-1.docker.io";
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
var HOST = /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function invalid(value, why, input) {
  return new AgentAttestError(
    "SUBJECT_INVALID",
    `${input} '${value}' is not an image reference (${why}); write REGISTRY/REPOSITORY@sha256:HEX or REGISTRY/REPOSITORY:TAG, e.g. ghcr.io/octo-org/app@sha256:\u2026`
  );
}
function isOciArgument(value) {
  return value.startsWith("oci://");
}
function parseImageReference(value, input = "image", opts = {}) {
  let rest = value.trim();
  if (rest.startsWith("oci://")) rest = rest.slice("oci://".length);
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1).toLowerCase();
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid(value, "the digest must be sha256: and 64 hex digits", input);
  }
  const slash = rest.indexOf("/");
  if (slash < 0) throw invalid(value, "no registry host", input);
  const registry = rest.slice(0, slash);
  let path = rest.slice(slash + 1);
  if (!HOST.test(registry) || !(registry.includes(".") || registry.includes(":") || registry === "localhost")) {
    throw invalid(
      value,
      `'${registry}' is not a registry host; name it in full, e.g. docker.io/library/app`,
      input
    );
  }
  let tag;
  const colon = path.lastIndexOf(":");
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(value, `'${tag}' is not a tag`, input);
  }
  if (!REPOSITORY.test(path)) throw invalid(value, `'${path}' is not a repository path (lowercase)`, input);
  if (DOCKER_HUB.has(registry) && !path.includes("/")) path = `library/${path}`;
  if (opts.requireDigest && !digest)
    throw invalid(value, "it needs @sha256:HEX, the digest that was built", input);
  if (!digest && !tag) tag = "latest";
  return { registry, repository: path, ...tag ? { tag } : {}, ...digest ? { digest } : {} };
}
function imageName(ref) {
  return `${ref.registry}/${ref.repository}`;
}
function apiHost(registry) {
  return DOCKER_HUB.has(registry) ? DOCKER_HUB_API_HOST : registry;
}
function isLoopbackRegistry(registry) {
  const host = registry.startsWith("[") ? registry.slice(1, registry.indexOf("]")) : registry.split(":")[0];
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return host === "::1" || host === "0:0:0:0:0:0:0:1";
  return false;
}

export {
  DOCKER_HUB_API_HOST,
  isOciArgument,
  parseImageReference,
  imageName,
  apiHost,
  isLoopbackRegistry
};
