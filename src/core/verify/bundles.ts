/**
 * Reading bundles: JSON Lines (one bundle per line, what `gh attestation download` writes), one JSON bundle or a
 * JSON array, and `{"bundle": …}` wrappers (GitHub's attestations API). JSONL is streamed line by line, so a
 * file of any size is verified in flat memory; a single document (pretty-printed JSON, an array) is read whole,
 * up to MAX_DOCUMENT_BYTES.
 *
 * Each bundle is held to its media type's rules: v0.3 needs an inclusion proof and a single leaf certificate,
 * v0.2 an inclusion proof. v0.1 bundles (an inclusion promise alone) and v0.2 ones without a proof are legacy:
 * accepted, held to v0.1's rules, only when the caller asks for legacy bundles — otherwise relabelling a v0.3
 * bundle stripped of its proof as v0.1 would pass on the log's promise alone.
 *
 * Untrusted sizes are capped before anything is verified: timestamps, log entries and chain certificates are
 * de-duplicated (a copy adds no evidence) and at most MAX_EVIDENCE of each may remain, so a bundle repeating
 * one timestamp a thousand times costs one verification, not a thousand.
 */
import {
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  type Bundle,
} from '@sigstore/bundle';
import { AgentAttestError, messageOf } from '../errors.js';
import { formatBytes, readInputChunks, type InputFileName } from '../files.js';
import type { BundleSource } from './types.js';

export interface LoadedBundle {
  source: BundleSource;
  /** Set when the bundle is well formed for its version. */
  bundle?: Bundle;
  /** Why it is not, when it is not (a verification failure, not a usage error). */
  problem?: string;
  /** Set (`a v0.1 bundle`) when the bundle was refused only because it is a legacy one and those were not asked for. */
  legacy?: string;
}

export interface BundleReadOptions {
  /** Accept v0.1 bundles and v0.2 ones without an inclusion proof (held to v0.1's rules). */
  allowLegacyBundles?: boolean;
}

/** A JSONL line (one bundle) or a whole JSON document larger than this is refused (exit 2). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** Distinct timestamps, transparency-log entries and chain certificates one bundle may carry. */
export const MAX_EVIDENCE = 16;

const BUNDLE_FILE: InputFileName = {
  what: 'bundle',
  fix: 'pass the path of a Sigstore bundle (.json or .jsonl).',
  code: 'BUNDLE_INVALID',
};

/** Streams the bundles of a file. Unreadable files and text that is not JSON/JSONL are usage errors (exit 2). */
export async function* readBundleFile(
  path: string,
  options: BundleReadOptions = {},
  onBytes?: (n: number) => void,
): AsyncGenerator<LoadedBundle> {
  let index = 0;
  for await (const doc of readJSONDocuments(path, onBytes)) {
    for (const json of Array.isArray(doc) ? doc : [doc]) {
      yield { source: { path, index }, ...toBundle(json, options) };
      index++;
    }
  }
}

/** Every bundle of a file, in memory (for callers that need them all, like the query). */
export async function loadBundles(path: string, options: BundleReadOptions = {}): Promise<LoadedBundle[]> {
  const out: LoadedBundle[] = [];
  for await (const b of readBundleFile(path, options)) out.push(b);
  return out;
}

/**
 * Bundles from JSON documents already in memory (e.g. from GitHub's attestations API), held to the same
 * per-version rules as files; `source` names where they came from in reports.
 */
export function bundlesFromDocuments(
  documents: readonly unknown[],
  source: string,
  options: BundleReadOptions = {},
): LoadedBundle[] {
  return documents.map((json, index) => ({ source: { path: source, index }, ...toBundle(json, options) }));
}

/**
 * The JSON documents of a file. The first non-empty line decides: when it parses on its own the file is JSON
 * Lines and is parsed line by line as it streams in; otherwise it is one document (pretty-printed JSON or an
 * array) read whole.
 */
async function* readJSONDocuments(path: string, onBytes?: (n: number) => void): AsyncGenerator<unknown> {
  const lines = new LineSplitter();
  let jsonl: boolean | undefined;
  let whole: Buffer[] | undefined;
  let wholeBytes = 0;
  let lineNumber = 0;
  let documents = 0;

  const take = (line: Buffer): unknown[] => {
    lineNumber++;
    if (whole) {
      wholeBytes += line.length + 1;
      if (wholeBytes > MAX_DOCUMENT_BYTES) throw tooLarge(path, `is one JSON document larger than`);
      whole.push(line);
      return [];
    }
    const text = line.toString('utf8');
    if (text.trim() === '') return [];
    if (line.length > MAX_DOCUMENT_BYTES) throw tooLarge(path, `line ${lineNumber} is larger than`);
    try {
      const doc: unknown = JSON.parse(text);
      jsonl = true;
      documents++;
      return [doc];
    } catch (e) {
      if (jsonl) throw notJSON(path, lineNumber, e);
      // Not a line of JSON Lines: one (multi-line) document, read whole.
      whole = [line];
      wholeBytes = line.length + 1;
      return [];
    }
  };

  for await (const chunk of readInputChunks(path, BUNDLE_FILE)) {
    onBytes?.(chunk.length);
    for (const line of lines.push(chunk)) yield* take(line);
    if (whole && wholeBytes + lines.pendingBytes > MAX_DOCUMENT_BYTES)
      throw tooLarge(path, 'is one JSON document larger than');
    if (!whole && lines.pendingBytes > MAX_DOCUMENT_BYTES)
      throw tooLarge(path, `line ${lineNumber + 1} is larger than`);
  }
  const last = lines.end();
  if (last) yield* take(last);

  if (whole) {
    const text = Buffer.concat(whole.flatMap((l) => [l, NEWLINE])).toString('utf8');
    try {
      yield JSON.parse(text);
      return;
    } catch {
      // Neither one document nor JSON Lines: name the first line that does not parse.
      const bad = text.split('\n').findIndex((l) => l.trim() !== '' && !parses(l));
      throw notJSON(path, bad + 1, errorOf(text.split('\n')[bad] ?? text));
    }
  }
  if (documents === 0)
    throw new AgentAttestError(
      'BUNDLE_INVALID',
      `bundle ${path} is empty; pass a Sigstore bundle as JSON or JSON Lines.`,
    );
}

const NEWLINE = Buffer.from('\n');

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function errorOf(text: string): unknown {
  try {
    JSON.parse(text);
    return new Error('unexpected end of input');
  } catch (e) {
    return e;
  }
}

function notJSON(path: string, line: number, e: unknown): AgentAttestError {
  return new AgentAttestError(
    'BUNDLE_INVALID',
    `bundle ${path} line ${line} is not JSON (${messageOf(e)}); pass a Sigstore bundle as JSON or JSON Lines.`,
  );
}

function tooLarge(path: string, what: string): AgentAttestError {
  return new AgentAttestError(
    'BUNDLE_INVALID',
    `bundle ${path} ${what} ${formatBytes(MAX_DOCUMENT_BYTES)}; pass Sigstore bundles (one per line for many).`,
  );
}

/** Splits a byte stream at `\n` (a trailing `\r` is dropped), keeping only the unfinished line between chunks. */
class LineSplitter {
  private pending: Buffer[] = [];
  pendingBytes = 0;

  *push(chunk: Buffer): Generator<Buffer> {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (this.pending.length === 0) yield trimCR(piece);
      else {
        this.pending.push(piece);
        const line = Buffer.concat(this.pending);
        this.pending = [];
        this.pendingBytes = 0;
        yield trimCR(line);
      }
    }
    if (start < chunk.length) {
      // Copy: the chunk's buffer may be reused by the reader.
      this.pending.push(Buffer.from(chunk.subarray(start)));
      this.pendingBytes += chunk.length - start;
    }
  }

  end(): Buffer | undefined {
    if (this.pending.length === 0) return undefined;
    const line = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    return trimCR(line);
  }
}

function trimCR(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b;
}

// ---------------------------------------------------------------------------------------------------------
// One document → a bundle held to its version's rules.

/** Media types and their versions; @sigstore/bundle's bundleFromJSON holds each to its version's rules. */
const VERSIONS: ReadonlyMap<string, { version: string }> = new Map([
  [BUNDLE_V01_MEDIA_TYPE, { version: 'v0.1' }],
  [BUNDLE_V02_MEDIA_TYPE, { version: 'v0.2' }],
  [BUNDLE_V03_LEGACY_MEDIA_TYPE, { version: 'v0.3' }],
  [BUNDLE_V03_MEDIA_TYPE, { version: 'v0.3' }],
]);

export function toBundle(json: unknown, options: BundleReadOptions = {}): Omit<LoadedBundle, 'source'> {
  const doc =
    isObject(json) && isObject(json.bundle) && !Object.hasOwn(json, 'mediaType') ? json.bundle : json;
  if (!isObject(doc)) return { problem: 'not a JSON object' };
  const rules = typeof doc.mediaType === 'string' ? VERSIONS.get(doc.mediaType) : undefined;
  if (!rules)
    return {
      problem: `unsupported bundle media type ${JSON.stringify(doc.mediaType)} (v0.1–v0.3 are supported)`,
    };
  // Legacy: v0.1, or v0.2 with a log entry that has no inclusion proof — the log's promise (SET) alone.
  const proofless = rules.version === 'v0.2' && !everyEntryHasProof(doc);
  const legacy =
    rules.version === 'v0.1' || proofless
      ? `a ${rules.version} bundle${proofless ? ' without an inclusion proof' : ''}`
      : undefined;
  if (legacy !== undefined && !options.allowLegacyBundles)
    return { legacy, problem: `${legacy} is a legacy bundle, not accepted by default` };
  // `certificate` (one leaf) exists from v0.3 on: an older label on it is a relabelled newer bundle.
  const material = isObject(doc.verificationMaterial) ? doc.verificationMaterial : {};
  if (rules.version !== 'v0.3' && Object.hasOwn(material, 'certificate'))
    return {
      problem: `invalid bundle: a ${rules.version} media type on verificationMaterial.certificate, a v0.3 field (a relabelled bundle)`,
    };
  let bundle: Bundle;
  try {
    // bundleFromJSON holds the bundle to its media type's rules; a legacy one to v0.1's.
    bundle = bundleFromJSON(legacy !== undefined ? { ...doc, mediaType: BUNDLE_V01_MEDIA_TYPE } : doc);
  } catch (e) {
    const fields = (e as { fields?: string[] }).fields;
    return {
      problem: `invalid bundle: ${fields?.length ? `missing or invalid ${fields.join(', ')}` : messageOf(e)}`,
    };
  }
  const rootProblem = proofRootProblem(bundle);
  if (rootProblem) return { problem: rootProblem };
  const capped = capEvidence(bundle);
  return typeof capped === 'string' ? { problem: capped } : { bundle: capped };
}

/**
 * A log entry's inclusion proof must name the root its signed checkpoint names. @sigstore/verify checks the proof
 * against the checkpoint's root and never reads `rootHash`; a bundle whose `rootHash` says otherwise was changed
 * after it was made (found by the mutation fuzzer), so it is refused rather than accepted on a field nobody reads.
 */
function proofRootProblem(bundle: Bundle): string | undefined {
  for (const [i, e] of bundle.verificationMaterial.tlogEntries.entries()) {
    const proof = e.inclusionProof;
    if (!proof) continue;
    const root = proof.checkpoint?.envelope.split('\n')[2];
    if (root === undefined || !Buffer.from(root, 'base64').equals(proof.rootHash))
      return `invalid bundle: log entry ${i}'s inclusion proof rootHash is not its checkpoint's root hash`;
  }
  return undefined;
}

function everyEntryHasProof(doc: Record<string, unknown>): boolean {
  const material = doc.verificationMaterial;
  const entries = isObject(material) ? material.tlogEntries : undefined;
  return !Array.isArray(entries) || entries.every((e) => isObject(e) && isObject(e.inclusionProof));
}

/** Duplicates dropped, counts capped; a string says why the bundle is refused. */
function capEvidence(bundle: Bundle): Bundle | string {
  const material = bundle.verificationMaterial;
  const tlogEntries = unique(
    material.tlogEntries,
    (e) => `${e.logId.keyId.toString('base64')}:${e.canonicalizedBody.toString('base64')}`,
  );
  const timestamps = material.timestampVerificationData?.rfc3161Timestamps ?? [];
  const distinctTimestamps = unique(timestamps, (t) => t.signedTimestamp.toString('base64'));
  const chain =
    material.content.$case === 'x509CertificateChain'
      ? material.content.x509CertificateChain.certificates
      : [];
  for (const [what, n] of [
    ['transparency-log entries', tlogEntries.length],
    ['RFC 3161 timestamps', distinctTimestamps.length],
    ['certificates in its chain', chain.length],
  ] as const) {
    if (n > MAX_EVIDENCE) return `invalid bundle: ${n} distinct ${what}; at most ${MAX_EVIDENCE} are read`;
  }
  if (tlogEntries.length === material.tlogEntries.length && distinctTimestamps.length === timestamps.length)
    return bundle;
  return {
    ...bundle,
    verificationMaterial: {
      ...material,
      tlogEntries: [...tlogEntries],
      ...(material.timestampVerificationData
        ? { timestampVerificationData: { rfc3161Timestamps: [...distinctTimestamps] } }
        : {}),
    },
  };
}

function unique<T>(items: readonly T[], key: (t: T) => string): readonly T[] {
  if (items.length < 2) return items;
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
