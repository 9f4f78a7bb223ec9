/**
 * Images a build leaves on disk: an OCI image layout, as a directory or a tarball (`docker buildx build
 * --output type=oci`, `docker save` from Docker 25 on, `skopeo copy … oci:`/`oci-archive:`). Each manifest
 * that `index.json` lists is one image; its subject digest is that manifest's digest, the name registries
 * give the image (for a multi-platform build, the image index's digest).
 *
 * The manifest blobs are read and hashed: a listed digest whose blob is missing or differs is refused, so
 * the digest attested is the digest of content that exists. Layers are never read.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { entries } from 'tar';
import { AgentAttestError } from '../errors.js';
import { imageName, parseImageReference } from './reference.js';

export interface LayoutImage {
  /** `registry/repository` from the layout's annotations; undefined when it names none. */
  name?: string;
  /** `sha256:HEX` of the manifest (or image index). */
  digest: string;
  mediaType: string;
}

/** Manifests and indexes are small; a larger blob is a layer and is not read. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const DIGEST = /^sha256:([0-9a-f]{64})$/;

function layoutError(file: string, why: string): AgentAttestError {
  return new AgentAttestError(
    'SUBJECT_INVALID',
    `subject-image-path '${file}' ${why}; give an OCI image layout (a directory or .tar from docker buildx --output type=oci, or docker save from Docker 25 on)`,
  );
}

interface IndexDescriptor {
  mediaType?: unknown;
  digest?: unknown;
  annotations?: Record<string, unknown>;
}

/** Reads the images of a layout directory or tarball. */
export async function readImageLayout(file: string): Promise<LayoutImage[]> {
  const info = await stat(file).catch(() => {
    throw layoutError(file, 'does not exist');
  });
  const { index, blobs } = info.isDirectory() ? await readDirectory(file) : await readTarball(file);
  if (index === undefined) {
    throw layoutError(
      file,
      blobs.size === 0 && !info.isDirectory()
        ? 'has no index.json (a docker save tarball from Docker before 25 has no registry manifest digest)'
        : 'has no index.json',
    );
  }
  let doc: { manifests?: unknown };
  try {
    doc = JSON.parse(index) as { manifests?: unknown };
  } catch {
    throw layoutError(file, 'has an index.json that is not JSON');
  }
  if (!Array.isArray(doc.manifests) || doc.manifests.length === 0)
    throw layoutError(file, 'lists no manifests in index.json');
  return (doc.manifests as IndexDescriptor[]).map((d) => {
    const digest = typeof d.digest === 'string' ? d.digest : '';
    if (!DIGEST.test(digest))
      throw layoutError(file, `lists a manifest digest '${digest}' that is not sha256:HEX`);
    if (!blobs.has(digest))
      throw layoutError(file, `lists manifest ${digest} but holds no blob with that content`);
    const name = nameOf(d.annotations ?? {});
    return {
      digest,
      mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
      ...(name ? { name } : {}),
    };
  });
}

/** The image name a build recorded: containerd's full name, else a ref name that is a full reference. */
function nameOf(annotations: Record<string, unknown>): string | undefined {
  for (const key of ['io.containerd.image.name', 'org.opencontainers.image.ref.name']) {
    const value = annotations[key];
    if (typeof value !== 'string') continue;
    try {
      return imageName(parseImageReference(value));
    } catch {
      // a bare tag (`v1`, `latest`): not a name
    }
  }
  return undefined;
}

interface LayoutContent {
  index?: string;
  /** Digests of the blobs read and found to match their names. */
  blobs: Set<string>;
}

async function readDirectory(dir: string): Promise<LayoutContent> {
  const index = await readFile(path.join(dir, 'index.json'), 'utf8').catch(() => undefined);
  const blobs = new Set<string>();
  if (index !== undefined) {
    let listed: IndexDescriptor[] = [];
    try {
      listed = ((JSON.parse(index) as { manifests?: IndexDescriptor[] }).manifests ?? []).filter(
        (d) => typeof d.digest === 'string' && DIGEST.test(d.digest),
      );
    } catch {
      // reported by the caller
    }
    for (const d of listed) {
      const digest = d.digest as string;
      const blob = path.join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
      const size = (await stat(blob).catch(() => undefined))?.size;
      if (size === undefined || size > MAX_MANIFEST_BYTES) continue;
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(blob)) hash.update(chunk as Buffer);
      if (`sha256:${hash.digest('hex')}` === digest) blobs.add(digest);
    }
  }
  return { ...(index !== undefined ? { index } : {}), blobs };
}

/** One pass over the tarball: index.json, and every small blob hashed against its name. */
async function readTarball(file: string): Promise<LayoutContent> {
  let index: string | undefined;
  const blobs = new Set<string>();
  try {
    for await (const entry of entries(createReadStream(file), { file })) {
      if (entry.type !== 'File' && entry.type !== 'OldFile') continue;
      const name = entry.path.replace(/^\.\//, '');
      if (name === 'index.json') {
        index = await entry.text();
        continue;
      }
      const m = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(name);
      if (!m || (entry.size ?? 0) > MAX_MANIFEST_BYTES) continue;
      const digest = createHash('sha256')
        .update(await entry.bytes())
        .digest('hex');
      if (digest === m[1]) blobs.add(`sha256:${digest}`);
    }
  } catch (e) {
    if (e instanceof AgentAttestError) throw e;
    throw layoutError(file, `is not a readable tar archive (${(e as Error).message})`);
  }
  return { ...(index !== undefined ? { index } : {}), blobs };
}
