import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-AR6X34HB.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require,
  __toESM
} from "./chunk-66GH2WVD.js";

// builtin:node:fs/promises?src/core/sign/signing-config.ts
var m = __require("node:fs/promises");
var readFile = m.readFile;

// src/core/sign/signing-config.ts
var import_protobuf_specs = __toESM(require_dist(), 1);
var SIGNING_CONFIG_MEDIA_TYPE = "application/vnd.dev.sigstore.signingconfig.v0.2+json";
var API_VERSIONS = { ca: [1], rekor: [1, 2], tsa: [1] };
var FIELD = {
  ca: "caUrls",
  rekor: "rekorTlogUrls",
  tsa: "tsaUrls"
};
function configError(file, problem) {
  return new AgentAttestError("INPUT_INVALID", `signing config '${file}' ${problem}`);
}
async function readSigningConfig(file, now = /* @__PURE__ */ new Date()) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new AgentAttestError(
      "USAGE",
      `--sigstore '${file}' is neither public-good, github, auto nor a readable signing config file`
    );
  }
  return resolveSigningConfig(parseSigningConfig(text, file), file, now);
}
function parseSigningConfig(text, file) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw configError(file, "is not JSON");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw configError(file, `is not a JSON object; expected a ${SIGNING_CONFIG_MEDIA_TYPE} document`);
  const mediaType = json.mediaType;
  if (mediaType !== SIGNING_CONFIG_MEDIA_TYPE) {
    throw configError(
      file,
      `has mediaType '${String(mediaType)}'; expected ${SIGNING_CONFIG_MEDIA_TYPE} (older signing configs are not read: fetch the current one from the instance)`
    );
  }
  let config;
  try {
    config = import_protobuf_specs.SigningConfig.fromJSON(json);
  } catch (e) {
    throw configError(
      file,
      `is not a valid signing config: ${e.message}; selectors are ALL, ANY or EXACT`
    );
  }
  for (const kind of Object.keys(FIELD)) {
    config[FIELD[kind]].forEach((service, i) => checkService(service, `${FIELD[kind]}[${i}]`, file));
  }
  return config;
}
function checkService(service, where, file) {
  let url;
  try {
    url = new URL(service.url);
  } catch {
  }
  if (!url || url.protocol !== "https:" && url.protocol !== "http:")
    throw configError(file, `${where}.url '${service.url}' is not an http(s) URL with scheme and host`);
  for (const end of ["start", "end"]) {
    const date = service.validFor?.[end];
    if (date && Number.isNaN(date.getTime()))
      throw configError(file, `${where}.validFor.${end} is not an RFC 3339 time (e.g. 2025-01-01T00:00:00Z)`);
  }
  if (!Number.isInteger(service.majorApiVersion) || service.majorApiVersion < 0)
    throw configError(file, `${where}.majorApiVersion '${service.majorApiVersion}' is not a whole number`);
}
function resolveSigningConfig(config, file, now) {
  const ca = candidates(config.caUrls, "ca", now)[0];
  if (!ca) throw configError(file, `lists no usable caUrls entry: ${whyNone(config.caUrls, "ca", now)}`);
  const rekor = select(config.rekorTlogUrls, config.rekorTlogConfig, "rekor", file, now).map(
    (s) => ({ url: trimSlash(s.url), apiVersion: s.majorApiVersion })
  );
  const tsaUrls = select(config.tsaUrls, config.tsaConfig, "tsa", file, now).map((s) => s.url);
  if (rekor.length === 0 && tsaUrls.length === 0) {
    throw configError(
      file,
      "selects neither a Rekor log nor a TSA; a signature needs one of them to be verifiable: list a usable rekorTlogUrls or tsaUrls entry"
    );
  }
  return { name: file, fulcioUrl: trimSlash(ca.url), rekor, tsaUrls };
}
function candidates(services, kind, now) {
  const versions = API_VERSIONS[kind];
  const usable = services.filter((s) => versions.includes(s.majorApiVersion) && validAt(s, now));
  const highest = Math.max(...usable.map((s) => s.majorApiVersion));
  return usable.filter((s) => s.majorApiVersion === highest).sort((a, b) => start(b) - start(a));
}
function validAt(s, now) {
  const t = now.getTime();
  return (s.validFor?.start?.getTime() ?? -Infinity) <= t && t <= (s.validFor?.end?.getTime() ?? Infinity);
}
var start = (s) => s.validFor?.start?.getTime() ?? -Infinity;
function select(services, config, kind, file, now) {
  const field = FIELD[kind];
  const configField = kind === "rekor" ? "rekorTlogConfig" : "tsaConfig";
  const selector = config?.selector ?? import_protobuf_specs.ServiceSelector.SERVICE_SELECTOR_UNDEFINED;
  if (selector === import_protobuf_specs.ServiceSelector.SERVICE_SELECTOR_UNDEFINED) {
    if (services.length === 0) return [];
    throw configError(
      file,
      `lists ${field} but no ${configField}.selector; add "${configField}": {"selector": "ANY"} (or "ALL", or "EXACT" with a "count")`
    );
  }
  const seen = /* @__PURE__ */ new Set();
  const perOperator = candidates(services, kind, now).filter((s) => {
    const operator = s.operator || s.url;
    if (seen.has(operator)) return false;
    seen.add(operator);
    return true;
  });
  switch (selector) {
    case import_protobuf_specs.ServiceSelector.ALL:
      return perOperator;
    case import_protobuf_specs.ServiceSelector.ANY:
      if (perOperator.length === 0)
        throw configError(
          file,
          `has ${configField} ANY but no usable ${field} entry: ${whyNone(services, kind, now)}`
        );
      return perOperator.slice(0, 1);
    case import_protobuf_specs.ServiceSelector.EXACT: {
      const count = config?.count ?? 0;
      if (!Number.isInteger(count) || count < 1)
        throw configError(file, `has ${configField} EXACT without a count of 1 or more; add "count": N`);
      if (perOperator.length < count)
        throw configError(
          file,
          `has ${configField} EXACT ${count} but only ${perOperator.length} usable ${field} entr${perOperator.length === 1 ? "y" : "ies"} from distinct operators; lower the count or list more services`
        );
      return perOperator.slice(0, count);
    }
  }
}
function whyNone(services, kind, now) {
  if (services.length === 0) return "the list is empty";
  const versions = API_VERSIONS[kind];
  if (!services.some((s) => versions.includes(s.majorApiVersion)))
    return `none has majorApiVersion ${versions.join(" or ")} (0 means not yet released)`;
  return `none is valid at ${now.toISOString()} (check validFor.start and validFor.end)`;
}
function trimSlash(url) {
  return url.replace(/\/+$/, "");
}

export {
  SIGNING_CONFIG_MEDIA_TYPE,
  readSigningConfig
};
