/**
 * Mutation tests of real bundles: two DSSE bundles and a message signature signed on the devstack, then changed
 * the ways an attacker would — a bit flipped in any signed or signing byte, fields grafted between the bundles,
 * bytes truncated, required parts deleted, media and payload types relabelled — and verified for the artifact
 * the original names, with the signer pinned. Invariants: nothing that was changed ever verifies, nothing
 * throws, no bundle takes more than a bounded time. A second property mutates the JSONL text itself: reading it
 * either yields bundles or one typed usage error.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { attest, sign } from 'sigstore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAgentAttestError } from '../../src/core/errors.js';
import {
  bundlesFromDocuments,
  loadBundles,
  verifyArtifacts,
  type IdentityPolicy,
} from '../../src/core/verify/index.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { check, HANG_MS, timeoutFor } from './budget.js';

type Json = Record<string, unknown>;

const SAN = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const IDENTITY: IdentityPolicy = { certificateIdentity: SAN };
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

let t: TestDevstack;
let dir: string;
let a: Json;
let b: Json;
let message: Json;
const digestA = sha256('artifact a\n');

const statement = (digest: string) =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'a.tgz', digest: { sha256: digest } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {},
    }),
  );

beforeAll(async () => {
  t = await startTestDevstack();
  dir = await mkdtemp(path.join(tmpdir(), 'aa-fuzz-bundles-'));
  const opts = async () => ({
    fulcioURL: t.stack.urls.fulcio,
    rekorURL: t.stack.urls.rekor,
    tsaServerURL: t.stack.urls.tsa,
    identityToken: await t.stack.issueToken(),
  });
  a = (await attest(statement(digestA), 'application/vnd.in-toto+json', await opts())) as unknown as Json;
  b = (await attest(
    statement(sha256('artifact b\n')),
    'application/vnd.in-toto+json',
    await opts(),
  )) as unknown as Json;
  message = (await sign(Buffer.from('artifact a\n'), await opts())) as unknown as Json;
}, 60_000);

afterAll(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A value at a dotted path (`a.b[0].c`), and a setter for it. */
function at(doc: Json, p: string): { get(): unknown; set(v: unknown): void; delete(): void } | undefined {
  const keys = p.split('.').flatMap((k) => k.split(/\[(\d+)\]/).filter((x) => x !== ''));
  let parent: Json | unknown[] = doc;
  for (const k of keys.slice(0, -1)) {
    const next = (parent as Json)[k];
    if (typeof next !== 'object' || next === null) return undefined;
    parent = next as Json;
  }
  const last = keys.at(-1)!;
  if (!(last in (parent as Json))) return undefined;
  const holder = parent as Json;
  return {
    get: () => holder[last],
    set: (v) => void (holder[last] = v),
    delete: () => void (Array.isArray(holder) ? holder.splice(Number(last), 1) : delete holder[last]),
  };
}

/** Fields holding signed or signing bytes (base64 in the JSON form). */
const BYTES = [
  'dsseEnvelope.payload',
  'dsseEnvelope.signatures[0].sig',
  'messageSignature.signature',
  'messageSignature.messageDigest.digest',
  'verificationMaterial.certificate.rawBytes',
  'verificationMaterial.tlogEntries[0].canonicalizedBody',
  'verificationMaterial.tlogEntries[0].inclusionPromise.signedEntryTimestamp',
  'verificationMaterial.tlogEntries[0].inclusionProof.rootHash',
  'verificationMaterial.tlogEntries[0].logId.keyId',
  'verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp',
];
/** Parts each bundle needs: deleting one must fail it. */
const REQUIRED = [
  'dsseEnvelope',
  'dsseEnvelope.signatures[0]',
  'messageSignature',
  'verificationMaterial.certificate',
  'verificationMaterial.tlogEntries[0]',
  'verificationMaterial.tlogEntries[0].canonicalizedBody',
  'verificationMaterial.tlogEntries[0].inclusionProof',
];
/** Parts grafted from the other bundle. */
const GRAFTS = [
  'dsseEnvelope',
  'dsseEnvelope.payload',
  'dsseEnvelope.signatures',
  'verificationMaterial.certificate',
  'verificationMaterial.tlogEntries',
  'verificationMaterial.timestampVerificationData',
  'verificationMaterial',
];
const STRINGS = [
  'mediaType',
  'dsseEnvelope.payloadType',
  'verificationMaterial.tlogEntries[0].integratedTime',
  'verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope',
  'verificationMaterial.tlogEntries[0].kindVersion.kind',
];

type Mutation =
  | { op: 'flip'; field: string; bit: number }
  | { op: 'truncate'; field: string; keep: number }
  | { op: 'delete'; field: string }
  | { op: 'graft'; field: string }
  | { op: 'relabel'; field: string; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), field: fc.constantFrom(...BYTES), bit: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), field: fc.constantFrom(...BYTES), keep: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), field: fc.constantFrom(...REQUIRED) }),
  fc.record({ op: fc.constant('graft' as const), field: fc.constantFrom(...GRAFTS) }),
  fc.record({
    op: fc.constant('relabel' as const),
    field: fc.constantFrom(...STRINGS),
    value: fc.constantFrom(
      'application/vnd.dev.sigstore.bundle+json;version=0.1',
      'application/vnd.dev.sigstore.bundle+json;version=0.2',
      'application/vnd.dev.sigstore.bundle.v0.3+json',
      'application/vnd.in-toto+json',
      'text/plain',
      '0',
      '99999999999',
      'hashedrekord',
      'intoto',
      '',
    ),
  }),
);

/** Applies `m`; false when it changed nothing (the field is absent or already holds that value). */
function apply(doc: Json, other: Json, m: Mutation): boolean {
  const field = at(doc, m.field);
  if (!field) return false;
  const before = JSON.stringify(field.get());
  switch (m.op) {
    case 'flip': {
      const bytes = Buffer.from(String(field.get()), 'base64');
      if (bytes.length === 0) return false;
      const bit = m.bit % (bytes.length * 8);
      bytes[bit >> 3] = bytes[bit >> 3]! ^ (1 << (bit & 7));
      field.set(bytes.toString('base64'));
      break;
    }
    case 'truncate': {
      const bytes = Buffer.from(String(field.get()), 'base64');
      if (bytes.length === 0) return false;
      field.set(bytes.subarray(0, m.keep % bytes.length).toString('base64'));
      break;
    }
    case 'delete':
      field.delete();
      return true;
    case 'graft': {
      const from = at(other, m.field);
      if (!from) return false;
      field.set(structuredClone(from.get()));
      break;
    }
    case 'relabel':
      field.set(m.value);
      break;
  }
  return JSON.stringify(field.get()) !== before;
}

/** The verified signing times when the bundle verifies, else undefined. */
async function verifiedTimes(doc: Json, artifact: string, allowMessageSignatures = false) {
  const t0 = performance.now();
  const report = await verifyArtifacts({
    artifacts: [artifact],
    bundlePaths: [],
    bundles: bundlesFromDocuments([doc], 'fuzz'),
    trustedRoot: t.trustedRootPath,
    identity: IDENTITY,
    allowMessageSignatures,
  });
  expect(performance.now() - t0, 'one bundle hung').toBeLessThan(HANG_MS);
  return report.ok ? JSON.stringify(report.artifacts[0]!.verified.map((v) => v.timestamps)) : undefined;
}

async function verifies(doc: Json, artifact: string, allowMessageSignatures = false): Promise<boolean> {
  return (await verifiedTimes(doc, artifact, allowMessageSignatures)) !== undefined;
}

const TIMESTAMP = 'verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp';

/**
 * The invariant: a changed bundle never verifies — with one exception CMS makes: an RFC 3161 token's outer framing
 * (ContentInfo tag and the like) is not covered by the TSA's signature, so a bit flipped there may still verify;
 * then what the token vouches for (the verified time) must be exactly what it was.
 */
async function expectRejected(
  doc: Json,
  original: Json,
  mutations: Mutation[],
  allowMessageSignatures = false,
) {
  const times = await verifiedTimes(doc, `sha256:${digestA}`, allowMessageSignatures);
  if (times === undefined) return;
  const onlyTimestampBits = mutations.every((m) => m.op === 'flip' && m.field === TIMESTAMP);
  expect(onlyTimestampBits, `verified after ${JSON.stringify(mutations)}`).toBe(true);
  expect(times).toBe(await verifiedTimes(original, `sha256:${digestA}`, allowMessageSignatures));
}

describe('fuzz: mutated devstack bundles', () => {
  it('the originals verify (the mutations start from bundles that pass)', async () => {
    expect(await verifies(a, `sha256:${digestA}`)).toBe(true);
    expect(await verifies(message, `sha256:${digestA}`, true)).toBe(true);
  });

  it(
    'a DSSE bundle changed in any signed or signing part never verifies',
    async () => {
      await check(
        'bundles-dsse',
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          const doc = structuredClone(a);
          // Only the mutations that changed something count: one on a field this kind of bundle lacks is a no-op.
          const effective = mutations.filter((m) => apply(doc, b, m));
          const changed = effective.length > 0;
          fc.pre(changed);
          await expectRejected(doc, a, effective);
        }),
        150,
      );
    },
    timeoutFor(150, 400),
  );

  it(
    'a message signature changed in any signed or signing part never verifies',
    async () => {
      await check(
        'bundles-message',
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          const doc = structuredClone(message);
          // Only the mutations that changed something count: one on a field this kind of bundle lacks is a no-op.
          const effective = mutations.filter((m) => apply(doc, a, m));
          const changed = effective.length > 0;
          fc.pre(changed);
          await expectRejected(doc, message, effective, true);
        }),
        100,
      );
    },
    timeoutFor(100, 400),
  );

  it(
    'mutated JSONL text: bundles or one typed usage error, never a crash',
    async () => {
      const text = `${JSON.stringify(a)}\n${JSON.stringify({ bundle: b })}\n`;
      const edit = fc.tuple(
        fc.nat(),
        fc.nat(200),
        fc.constantFrom('cut', 'delete', 'insert', 'duplicate'),
        fc.string(),
      );
      await check(
        'bundles-jsonl',
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
          let s = text;
          for (const [pos, len, op, insert] of edits) {
            const i = pos % (s.length + 1);
            if (op === 'cut') s = s.slice(0, i);
            else if (op === 'delete') s = s.slice(0, i) + s.slice(i + len);
            else if (op === 'insert') s = s.slice(0, i) + insert + s.slice(i);
            else s = s.slice(0, i + len) + s.slice(i, i + len) + s.slice(i + len);
          }
          const file = path.join(dir, 'mutated.jsonl');
          await writeFile(file, s);
          try {
            const loaded = await loadBundles(file);
            const report = await verifyArtifacts({
              artifacts: [`sha256:${digestA}`],
              bundlePaths: [],
              bundles: loaded,
              trustedRoot: t.trustedRootPath,
              identity: IDENTITY,
            });
            expect(typeof report.ok).toBe('boolean');
          } catch (e) {
            if (!isAgentAttestError(e) || e.exitCode !== 2) throw e;
          }
        }),
        100,
      );
    },
    timeoutFor(100, 400),
  );
});
