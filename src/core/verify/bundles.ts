/**
 * Reading bundles: one JSON bundle, JSONL (one per line), and `{"bundle": …}` wrappers (what
 * GitHub's attestations API and `gh attestation download` write). Media types v0.1–v0.3, each held
 * to its version's rules: v0.1 needs an inclusion promise, v0.2 an inclusion proof, v0.3 also a
 * single leaf certificate rather than a chain.
 */
import {
  assertBundleLatest,
  assertBundleV01,
  assertBundleV02,
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  type Bundle,
} from '@sigstore/bundle';
import { readInputFile } from '../files.js';
import { AgentAttestError, messageOf } from '../errors.js';
import type { BundleSource } from './types.js';

export interface LoadedBundle {
  source: BundleSource;
  /** Set when the bundle is well formed for its version. */
  bundle?: Bundle;
  /** Why it is not, when it is not (a verification failure, not a usage error). */
  problem?: string;
}

const VERSION_CHECKS: Record<string, (b: Bundle) => void> = {
  [BUNDLE_V01_MEDIA_TYPE]: assertBundleV01,
  [BUNDLE_V02_MEDIA_TYPE]: assertBundleV02,
  [BUNDLE_V03_LEGACY_MEDIA_TYPE]: assertBundleLatest,
  [BUNDLE_V03_MEDIA_TYPE]: assertBundleLatest,
};

/** Unreadable files and text that is not JSON/JSONL are usage errors (exit 2). */
export async function loadBundles(path: string): Promise<LoadedBundle[]> {
  const text = await readInputFile(
    path,
    'bundle',
    'pass the path of a Sigstore bundle (.json or .jsonl).',
    'BUNDLE_INVALID',
  );
  return bundlesFromDocuments(parseJSONDocuments(text, path), path);
}

/**
 * Bundles from JSON documents already in memory (e.g. from GitHub's attestations API), held to the same
 * per-version rules as files; `source` names where they came from in reports.
 */
export function bundlesFromDocuments(documents: readonly unknown[], source: string): LoadedBundle[] {
  return documents.map((json, index) => ({ source: { path: source, index }, ...toBundle(json) }));
}

function parseJSONDocuments(text: string, path: string): unknown[] {
  try {
    const doc: unknown = JSON.parse(text);
    return Array.isArray(doc) ? doc : [doc];
  } catch {
    // Not one document: JSON Lines.
  }
  const docs: unknown[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      docs.push(JSON.parse(line));
    } catch (e) {
      throw new AgentAttestError(
        'BUNDLE_INVALID',
        `bundle ${path} line ${i + 1} is not JSON (${messageOf(e)}); pass a Sigstore bundle as JSON or JSON Lines.`,
      );
    }
  }
  if (docs.length === 0) {
    throw new AgentAttestError(
      'BUNDLE_INVALID',
      `bundle ${path} is empty; pass a Sigstore bundle as JSON or JSON Lines.`,
    );
  }
  return docs;
}

function toBundle(json: unknown): { bundle?: Bundle; problem?: string } {
  const doc = isObject(json) && isObject(json.bundle) && !('mediaType' in json) ? json.bundle : json;
  if (!isObject(doc)) return { problem: 'not a JSON object' };
  const check = typeof doc.mediaType === 'string' ? VERSION_CHECKS[doc.mediaType] : undefined;
  if (!check)
    return {
      problem: `unsupported bundle media type ${JSON.stringify(doc.mediaType)} (v0.1–v0.3 are supported)`,
    };
  try {
    const bundle = bundleFromJSON(doc);
    check(bundle);
    return { bundle };
  } catch (e) {
    const fields = (e as { fields?: string[] }).fields;
    return {
      problem: `invalid bundle: ${fields?.length ? `missing or invalid ${fields.join(', ')}` : messageOf(e)}`,
    };
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
