import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  bundlesFromDocuments
} from "./chunk-QHXSZ2A4.js";
import "./chunk-MC3Q3AIY.js";
import "./chunk-EAMJVSOM.js";
import "./chunk-AR6X34HB.js";
import {
  RegistryClient,
  discoverBundles
} from "./chunk-FB3FNOLU.js";
import {
  imageName,
  isOciArgument,
  parseImageReference
} from "./chunk-5AKMWIUM.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";

// src/core/oci/artifacts.ts
async function resolveImage(argument, registry) {
  const ref = parseImageReference(argument, "artifact");
  let digest = ref.digest;
  if (!digest) {
    const client = new RegistryClient(ref.registry, ref.repository, "pull", registry);
    const manifest = await client.getManifest(ref.tag);
    if (!manifest)
      throw new AgentAttestError(
        "REGISTRY",
        `artifact ${argument}: the registry has no tag ${ref.tag} in ${imageName(ref)}; check the image name and tag, or give @sha256:HEX`
      );
    digest = manifest.digest;
  }
  return { argument, reference: { ...ref, digest }, pinned: `${imageName(ref)}@${digest}` };
}
async function imageBundles(image, registry, log) {
  const client = new RegistryClient(image.reference.registry, image.reference.repository, "pull", registry);
  const found = await discoverBundles(client, image.reference.digest, log);
  return found.map((f) => ({
    documents: [f.bundle],
    source: `${imageName(image.reference)}@${f.manifestDigest} (${f.storage === "referrers-api" ? "referrers API" : "referrers tag"})`
  }));
}
async function imageArtifacts(args, registry) {
  const images = [];
  const artifacts = await Promise.all(
    args.map(async (arg) => {
      if (!isOciArgument(arg)) return arg;
      const image = await resolveImage(arg, registry);
      const artifact = {
        name: image.pinned,
        digests: { sha256: image.reference.digest.slice("sha256:".length) },
        image: {
          reference: arg,
          digest: image.reference.digest,
          ...image.reference.tag && !arg.includes("@") ? { tag: image.reference.tag } : {}
        }
      };
      images.push({ image, artifact });
      return artifact;
    })
  );
  return { artifacts, images };
}
async function registryBundles(images, registry, log) {
  const loaded = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { image, artifact } of images) {
    const found = await imageBundles(image, registry, log);
    artifact.image.registryBundles = found.length;
    for (const f of found) {
      if (seen.has(f.source)) continue;
      seen.add(f.source);
      loaded.push(...bundlesFromDocuments(f.documents, f.source));
    }
  }
  return loaded;
}
export {
  imageArtifacts,
  imageBundles,
  registryBundles,
  resolveImage
};
