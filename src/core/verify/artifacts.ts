/**
 * Artifacts: a file (digested in every algorithm the bundles' subjects use, streamed) or a digest
 * given as `ALG:HEX`.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { stat } from 'node:fs/promises';
import { AgentAttestError } from '../errors.js';
import type { ImageArtifactInfo } from '../oci/artifacts.js';
import type { DigestSet } from '../statement/types.js';

/** Algorithms a subject may use to name an artifact; weaker ones (sha1, md5) never match. */
export const DIGEST_ALGORITHMS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

export interface Artifact {
  name: string;
  /** Set for files; a digest-only artifact has none. */
  path?: string;
  digests: DigestSet;
  /** Set for an image (`oci://…`, resolved by src/core/oci before verification). */
  image?: ImageArtifactInfo;
}

const DIGEST_ARG = /^(sha256|sha384|sha512):([0-9a-f]+)$/i;

/** Resolves an artifact argument; `algorithms` are those to compute for a file (sha256 always). */
export async function resolveArtifact(arg: string, algorithms: Iterable<string>): Promise<Artifact> {
  const m = DIGEST_ARG.exec(arg);
  if (m) {
    const alg = m[1]!.toLowerCase();
    const hex = m[2]!.toLowerCase();
    if (hex.length !== DIGEST_ALGORITHMS[alg]) {
      throw new AgentAttestError(
        'SUBJECT_INVALID',
        `artifact ${arg}: a ${alg} digest has ${DIGEST_ALGORITHMS[alg]} hex digits; pass ${alg}:HEX or a file path.`,
      );
    }
    return { name: arg, digests: { [alg]: hex } };
  }
  const found = await stat(arg).catch((e: NodeJS.ErrnoException) => e);
  if (found instanceof Error) {
    throw new AgentAttestError(
      'FILE_NOT_FOUND',
      found.code === 'ENOENT' || found.code === 'ENOTDIR'
        ? `artifact ${arg}: no such file; pass a file path or sha256:HEX.`
        : `artifact ${arg}: cannot read it (${found.code ?? found.message}); pass a readable file or sha256:HEX.`,
    );
  }
  if (found.isDirectory()) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `artifact ${arg}: is a directory; pass the files in it (e.g. ${path.join(arg, '*')}, expanded by the shell) or sha256:HEX.`,
    );
  }
  if (!found.isFile()) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `artifact ${arg}: not a regular file; pass a file or sha256:HEX.`,
    );
  }
  const algs = new Set(['sha256', ...[...algorithms].filter((a) => a in DIGEST_ALGORITHMS)]);
  return { name: arg, path: arg, digests: await digestFile(arg, algs) };
}

/** One read of the file, every hash fed from it. */
export async function digestFile(path: string, algorithms: Iterable<string>): Promise<DigestSet> {
  const hashes = [...algorithms].map((alg) => [alg, createHash(alg)] as const);
  for await (const chunk of createReadStream(path)) {
    for (const [, h] of hashes) h.update(chunk as Buffer);
  }
  return Object.fromEntries(hashes.map(([alg, h]) => [alg, h.digest('hex')]));
}
