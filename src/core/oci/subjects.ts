/**
 * Image subjects. An image is named as GitHub's attest action names it — `registry/repository` — with the
 * manifest digest as its sha256. Three ways to give images:
 *   - `images`: `registry/repository@sha256:…` references, one per line (several images in one step);
 *   - `imagePaths`: OCI image layouts on disk (directory or tarball), named by their own annotations or by
 *     `name`;
 *   - `name` + `digest` (GitHub's `subject-name` + `subject-digest`), an image when `name` is an image name
 *     and the subjects are pushed to the registry.
 */
import path from 'node:path';
import { AgentAttestError } from '../errors.js';
import type { Subject } from '../statement/types.js';
import { imageName, parseImageReference, type ImageReference } from './reference.js';

export interface ImageSubjectInput {
  images?: string[];
  imagePaths?: string[];
  name?: string;
  digest?: string;
}

export interface ImageSubject extends Subject {
  /** Registry, repository and digest: where the attestation is pushed. */
  reference: ImageReference & { digest: string };
}

function subjectError(message: string): AgentAttestError {
  return new AgentAttestError('SUBJECT_INVALID', message);
}

/**
 * The images of the input. With `pushToRegistry`, `name` + `digest` is an image (it must then name one);
 * without, it stays an ordinary subject and is left to the file subjects.
 */
export async function resolveImageSubjects(
  input: ImageSubjectInput,
  opts: { workspace: string; pushToRegistry: boolean },
): Promise<{ images: ImageSubject[]; nameAndDigestUsed: boolean }> {
  const images: ImageSubject[] = [];
  const add = (ref: ImageReference & { digest: string }) =>
    images.push({
      name: imageName(ref),
      digest: { sha256: ref.digest.slice('sha256:'.length) },
      reference: ref,
    });

  for (const line of input.images ?? []) {
    const ref = parseImageReference(line, 'subject-image', { requireDigest: true });
    add({ registry: ref.registry, repository: ref.repository, digest: ref.digest! });
  }

  const paths = input.imagePaths ?? [];
  const layoutName = paths.length > 0 && input.digest === undefined ? input.name : undefined;
  for (const p of paths) {
    // The layout reader (and its tar parser) loads only when a layout is given.
    const { readImageLayout } = await import('./layout.js');
    const found = await readImageLayout(path.resolve(opts.workspace, p));
    for (const image of found) {
      const named = image.name ?? layoutName;
      if (!named)
        throw subjectError(
          `subject-image-path '${p}' does not name its image (no io.containerd.image.name or full org.opencontainers.image.ref.name annotation); give subject-name REGISTRY/REPOSITORY`,
        );
      const ref = parseImageReference(named, 'subject-name');
      add({ registry: ref.registry, repository: ref.repository, digest: image.digest });
    }
  }

  let nameAndDigestUsed = layoutName !== undefined;
  if (opts.pushToRegistry && input.name !== undefined && input.digest !== undefined) {
    const ref = parseImageReference(input.name, 'subject-name');
    if (ref.digest && ref.digest !== input.digest.trim().toLowerCase())
      throw subjectError(
        `subject-name '${input.name}' names digest ${ref.digest}, not subject-digest ${input.digest}`,
      );
    const digest = input.digest.trim().toLowerCase();
    if (!/^sha256:[0-9a-f]{64}$/.test(digest))
      throw subjectError(
        `subject-digest '${input.digest}' must be sha256:HEX for an image pushed to its registry`,
      );
    add({ registry: ref.registry, repository: ref.repository, digest });
    nameAndDigestUsed = true;
  }

  // The same image given twice is one subject.
  const seen = new Set<string>();
  const unique = images.filter((i) => {
    const key = `${i.name}@${i.reference.digest}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { images: unique, nameAndDigestUsed };
}
