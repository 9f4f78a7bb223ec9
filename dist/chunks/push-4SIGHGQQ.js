import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  RegistryClient,
  attachBundle
} from "./chunk-FB3FNOLU.js";
import {
  mapBounded
} from "./chunk-T7TDKG7L.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import {
  imageName
} from "./chunk-5AKMWIUM.js";
import {
  messageOf
} from "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";

// src/core/oci/push.ts
var DEFAULT_PUSH_CONCURRENCY = 4;
async function pushAttestations(items, opts) {
  const logger = opts.logger ?? silentLogger;
  const clients = /* @__PURE__ */ new Map();
  const clientFor = (image) => {
    const key = imageName(image.reference);
    let client = clients.get(key);
    if (!client) {
      client = new RegistryClient(
        image.reference.registry,
        image.reference.repository,
        "pull,push",
        opts.registry
      );
      clients.set(key, client);
    }
    return client;
  };
  return mapBounded(
    items,
    opts.concurrency ?? DEFAULT_PUSH_CONCURRENCY,
    async (item) => {
      const where = `${item.image.name}@${item.image.reference.digest}`;
      try {
        const attached = await attachBundle(clientFor(item.image), item.image.reference.digest, item.bundle, {
          mediaType: item.mediaType,
          predicateType: opts.predicateType,
          created: (opts.now ?? (() => /* @__PURE__ */ new Date()))()
        });
        const reference = `${item.image.name}@${attached.digest}`;
        logger.info(`Pushed the attestation of ${where} to ${reference} (${attached.storage})`);
        return { status: "pushed", reference, storage: attached.storage };
      } catch (e) {
        logger.warn(`push-to-registry failed for ${where}: ${messageOf(e)}`);
        return { status: "failed", error: messageOf(e) };
      }
    }
  );
}
export {
  DEFAULT_PUSH_CONCURRENCY,
  mapBounded,
  pushAttestations
};
