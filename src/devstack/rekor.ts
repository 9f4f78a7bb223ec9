/**
 * A Rekor-compatible transparency log (v1 API): an append-only RFC 6962 Merkle tree in memory.
 *
 * Like real Rekor, and unlike the mock's log, it canonicalises what it is given before logging it (a
 * verbatim `dsse` entry fails @sigstore/verify with TLOG_BODY_ERROR), checks the entry's signature, refuses
 * duplicates with 409 + Location, numbers entries sequentially, and answers each entry with a signed entry
 * timestamp (SET) and an inclusion proof against a signed checkpoint.
 */
import {
  createHash,
  createPublicKey,
  randomInt,
  sign,
  verify,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import canonicalize from 'canonicalize';
import { HttpError, isObject } from './http.js';

type KeyPair = { publicKey: KeyObject; privateKey: KeyObject };

export const ENTRIES_PATH = '/api/v1/log/entries';

/** The v1 API's LogEntry: `{ [uuid]: { body, integratedTime, logID, logIndex, verification } }`. */
export type LogEntryResponse = Record<string, unknown>;

export interface RekorLog {
  /** sha256 of the log key's SPKI DER: the log id in entries and in the trusted root. */
  logId: Buffer;
  publicKeyDer: Buffer;
  publicKeyPem: string;
  /** Returns the uuid and response, or throws HttpError (409 with Location for a duplicate). */
  createEntry(proposed: unknown): { uuid: string; response: LogEntryResponse };
  getEntry(uuid: string): LogEntryResponse | undefined;
  getEntryByIndex(index: number): LogEntryResponse | undefined;
  logInfo(): object;
}

interface Stored {
  uuid: string;
  body: Buffer;
  leafHash: Buffer;
  integratedTime: number;
  logIndex: number;
  set: Buffer;
}

export function createRekorLog(baseUrl: string, key: KeyPair): RekorLog {
  const publicKeyDer = key.publicKey.export({ format: 'der', type: 'spki' });
  const logId = sha256(publicKeyDer);
  const logIdHex = logId.toString('hex');
  // The checkpoint's signer name must appear in the trusted root's baseUrl: @sigstore/verify checks that.
  const origin = new URL(baseUrl).host;
  const treeId = String(randomInt(1, 2 ** 47));
  // Rekor's "entry UUID" is the tree id (16 hex digits) followed by the leaf hash.
  const treeIdHex = BigInt(treeId).toString(16).padStart(16, '0');
  const entries: Stored[] = [];
  const byLeafHash = new Map<string, Stored>();

  function toResponse(e: Stored): LogEntryResponse {
    const treeSize = entries.length;
    const leaves = entries.slice(0, treeSize).map((x) => x.leafHash);
    const rootHash = merkleRoot(leaves);
    return {
      [treeIdHex + e.uuid]: {
        body: e.body.toString('base64'),
        integratedTime: e.integratedTime,
        logID: logIdHex,
        logIndex: e.logIndex,
        verification: {
          inclusionProof: {
            checkpoint: checkpoint(treeSize, rootHash),
            hashes: inclusionPath(e.logIndex, leaves).map((h) => h.toString('hex')),
            logIndex: e.logIndex,
            rootHash: rootHash.toString('hex'),
            treeSize,
          },
          signedEntryTimestamp: e.set.toString('base64'),
        },
      },
    };
  }

  function checkpoint(treeSize: number, rootHash: Buffer): string {
    const note = `${origin} - ${treeId}\n${treeSize}\n${rootHash.toString('base64')}\n`;
    const signature = sign('sha256', Buffer.from(note), key.privateKey);
    return `${note}\n\u2014 ${origin} ${Buffer.concat([logId.subarray(0, 4), signature]).toString('base64')}\n`;
  }

  function find(uuid: string): Stored | undefined {
    const id = uuid.toLowerCase();
    const leaf = id.length === 80 && id.startsWith(treeIdHex) ? id.slice(16) : id;
    return byLeafHash.get(leaf);
  }

  return {
    logId,
    publicKeyDer,
    publicKeyPem: key.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    createEntry(proposed) {
      const body = Buffer.from(canonicalize(canonicalEntry(proposed)) ?? '');
      const leafHash = hashLeaf(body);
      const uuid = leafHash.toString('hex');
      const existing = byLeafHash.get(uuid);
      if (existing) {
        throw new HttpError(
          409,
          `an equivalent entry already exists in the transparency log with UUID ${treeIdHex}${uuid}`,
          { location: `${ENTRIES_PATH}/${treeIdHex}${uuid}` },
        );
      }
      const logIndex = entries.length;
      const integratedTime = Math.floor(Date.now() / 1000);
      // The SET signs what a verifier can rebuild from the entry alone.
      const setPayload = canonicalize({
        body: body.toString('base64'),
        integratedTime,
        logID: logIdHex,
        logIndex,
      });
      const set = sign('sha256', Buffer.from(setPayload ?? ''), key.privateKey);
      const stored: Stored = { uuid, body, leafHash, integratedTime, logIndex, set };
      entries.push(stored);
      byLeafHash.set(uuid, stored);
      return { uuid: treeIdHex + uuid, response: toResponse(stored) };
    },
    getEntry(uuid) {
      const e = find(uuid);
      return e && toResponse(e);
    },
    getEntryByIndex(index) {
      const e = entries[index];
      return e && toResponse(e);
    },
    logInfo() {
      const rootHash = merkleRoot(entries.map((e) => e.leafHash));
      return {
        rootHash: rootHash.toString('hex'),
        treeSize: entries.length,
        signedTreeHead: checkpoint(entries.length, rootHash),
        treeID: treeId,
      };
    },
  };
}

// ---- canonical entries: what real Rekor stores for each kind it accepts ----

function canonicalEntry(proposed: unknown): object {
  if (!isObject(proposed)) throw new HttpError(400, 'proposed entry must be a JSON object');
  const { kind, apiVersion, spec } = proposed;
  if (!isObject(spec)) throw new HttpError(400, 'proposed entry has no spec');
  if (kind === 'dsse' && apiVersion === '0.0.1') return canonicalDsse(spec);
  if (kind === 'intoto' && apiVersion === '0.0.2') return canonicalIntoto(spec);
  if (kind === 'hashedrekord' && apiVersion === '0.0.1') return canonicalHashedRekord(spec);
  throw new HttpError(
    400,
    `unsupported entry kind/apiVersion ${String(kind)}/${String(apiVersion)} (dsse/0.0.1, intoto/0.0.2 and hashedrekord/0.0.1 are)`,
  );
}

interface Envelope {
  payload: Buffer;
  payloadType: string;
  signatures: { sig: string; keyid?: string }[];
}

/** dsse 0.0.1: the envelope is replaced by its hash and the payload's, each signature paired with its verifier. */
function canonicalDsse(spec: Record<string, unknown>): object {
  const proposed = spec['proposedContent'];
  const envelopeJson = isObject(proposed) ? proposed['envelope'] : undefined;
  const verifiers = isObject(proposed) ? proposed['verifiers'] : undefined;
  if (typeof envelopeJson !== 'string' || !Array.isArray(verifiers) || verifiers.length === 0) {
    throw new HttpError(400, 'dsse entry needs spec.proposedContent.envelope (string) and verifiers');
  }
  const envelope = parseEnvelope(envelopeJson);
  const keys = verifiers.map((v) => ({ encoded: String(v), key: keyFromBase64Pem(String(v)) }));
  const signatures = envelope.signatures.map((s) => {
    const signer = keys.find((k) => verifyPae(envelope, Buffer.from(s.sig, 'base64'), k.key));
    if (!signer)
      throw new HttpError(400, 'dsse envelope signature does not verify with any of the verifiers');
    return { signature: s.sig, verifier: signer.encoded };
  });
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelopeJson)).toString('hex') },
      payloadHash: { algorithm: 'sha256', value: sha256(envelope.payload).toString('hex') },
      signatures,
    },
  };
}

/** intoto 0.0.2: the envelope keeps its type and signatures (double base64, as sent); the payload becomes a hash. */
function canonicalIntoto(spec: Record<string, unknown>): object {
  const content = spec['content'];
  const env = isObject(content) ? content['envelope'] : undefined;
  if (
    !isObject(content) ||
    !isObject(env) ||
    !Array.isArray(env['signatures']) ||
    typeof env['payload'] !== 'string'
  ) {
    throw new HttpError(400, 'intoto entry needs spec.content.envelope with payload and signatures');
  }
  const payload = Buffer.from(Buffer.from(env['payload'], 'base64').toString('utf8'), 'base64');
  const payloadType = String(env['payloadType'] ?? '');
  const signatures = (env['signatures'] as unknown[]).map((s) => {
    if (!isObject(s) || typeof s['sig'] !== 'string' || typeof s['publicKey'] !== 'string') {
      throw new HttpError(400, 'intoto envelope signatures need sig and publicKey');
    }
    const sig = Buffer.from(Buffer.from(s['sig'], 'base64').toString('utf8'), 'base64');
    if (!verifyPae({ payload, payloadType }, sig, keyFromBase64Pem(s['publicKey']))) {
      throw new HttpError(400, 'intoto envelope signature does not verify with its publicKey');
    }
    return { ...(s['keyid'] ? { keyid: s['keyid'] } : {}), publicKey: s['publicKey'], sig: s['sig'] };
  });
  const hash = content['hash'];
  return {
    apiVersion: '0.0.2',
    kind: 'intoto',
    spec: {
      content: {
        envelope: { payloadType, signatures },
        ...(isObject(hash) ? { hash: { algorithm: 'sha256', value: String(hash['value']) } } : {}),
        payloadHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') },
      },
    },
  };
}

/**
 * hashedrekord 0.0.1 is already canonical. Node cannot verify an ECDSA signature over a bare digest, so the
 * devstack checks the shape and the key, not the signature (docs/devstack.md).
 */
function canonicalHashedRekord(spec: Record<string, unknown>): object {
  const data = spec['data'];
  const hash = isObject(data) ? data['hash'] : undefined;
  const signature = spec['signature'];
  const publicKey = isObject(signature) ? signature['publicKey'] : undefined;
  if (
    !isObject(hash) ||
    !isObject(signature) ||
    !isObject(publicKey) ||
    typeof hash['value'] !== 'string' ||
    !/^[0-9a-f]{64}$/.test(hash['value']) ||
    typeof signature['content'] !== 'string' ||
    typeof publicKey['content'] !== 'string'
  ) {
    throw new HttpError(
      400,
      'hashedrekord entry needs spec.data.hash (sha256 hex) and spec.signature.content/publicKey',
    );
  }
  keyFromBase64Pem(publicKey['content']);
  return {
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm: 'sha256', value: hash['value'] } },
      signature: { content: signature['content'], publicKey: { content: publicKey['content'] } },
    },
  };
}

function parseEnvelope(json: string): Envelope {
  let env: unknown;
  try {
    env = JSON.parse(json);
  } catch {
    throw new HttpError(400, 'dsse envelope is not valid JSON');
  }
  if (
    !isObject(env) ||
    typeof env['payload'] !== 'string' ||
    typeof env['payloadType'] !== 'string' ||
    !Array.isArray(env['signatures'])
  ) {
    throw new HttpError(400, 'dsse envelope needs payload, payloadType and signatures');
  }
  const signatures = env['signatures'].map((s: unknown) => {
    if (!isObject(s) || typeof s['sig'] !== 'string')
      throw new HttpError(400, 'dsse envelope signature has no sig');
    return { sig: s['sig'], keyid: typeof s['keyid'] === 'string' ? s['keyid'] : undefined };
  });
  if (signatures.length === 0) throw new HttpError(400, 'dsse envelope has no signatures');
  return { payload: Buffer.from(env['payload'], 'base64'), payloadType: env['payloadType'], signatures };
}

/** A verifier is a base64-encoded PEM public key or certificate. */
function keyFromBase64Pem(encoded: string): KeyObject {
  const pem = Buffer.from(encoded, 'base64').toString('utf8');
  try {
    return pem.includes('CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem);
  } catch {
    throw new HttpError(400, 'verifier is not a base64-encoded PEM public key or certificate');
  }
}

/** DSSE pre-authentication encoding. */
function verifyPae(env: Pick<Envelope, 'payload' | 'payloadType'>, sig: Buffer, key: KeyObject): boolean {
  const type = Buffer.from(env.payloadType);
  const pae = Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${env.payload.length} `),
    env.payload,
  ]);
  try {
    return verify('sha256', pae, key, sig);
  } catch {
    return false;
  }
}

// ---- RFC 6962 Merkle tree ----

function sha256(...parts: Uint8Array[]): Buffer {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}

const hashLeaf = (body: Buffer) => sha256(Buffer.from([0]), body);
const hashChildren = (l: Buffer, r: Buffer) => sha256(Buffer.from([1]), l, r);

/** Largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function merkleRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return hashChildren(merkleRoot(leaves.slice(0, k)), merkleRoot(leaves.slice(k)));
}

/** RFC 6962 §2.1.1 PATH(m, D[n]), lowest level first. */
function inclusionPath(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...inclusionPath(m, leaves.slice(0, k)), merkleRoot(leaves.slice(k))]
    : [...inclusionPath(m - k, leaves.slice(k)), merkleRoot(leaves.slice(0, k))];
}
