/**
 * A TUF repository in memory, written and signed with @tufjs/models: how the devstack publishes its trusted root
 * the way Sigstore's instances do, so a verifier can fetch it over TUF (root → timestamp → snapshot → targets →
 * `trusted_root.json`). Consistent snapshots, ECDSA P-256 keys (the scheme public-good uses), one key each for
 * timestamp, snapshot and targets, and `rootKeys` root keys with threshold `rootThreshold`.
 *
 * The operations a repository's owner performs are methods (publish a target, rotate the root, re-sign the
 * timestamp); tests also use them to serve what an attacker or a broken mirror would (a rolled-back timestamp, a
 * root signed below threshold, a target whose bytes do not match), through `serveAs`.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import {
  Key,
  Metadata,
  MetaFile,
  Root,
  Signature,
  Snapshot,
  Targets,
  TargetFile,
  Timestamp,
} from '@tufjs/models';
import canonicalize from 'canonicalize';

const SPEC_VERSION = '1.0.31';
const DAY = 24 * 60 * 60 * 1000;
type Role = 'root' | 'timestamp' | 'snapshot' | 'targets';

interface SigningKey {
  key: Key;
  privateKey: KeyObject;
}

export interface TufRepositoryOptions {
  /** Target files by name, e.g. `{'trusted_root.json': …}`. */
  targets: Record<string, string | Uint8Array>;
  /** Number of root keys (default 1) and how many must sign a root (default 1). */
  rootKeys?: number;
  rootThreshold?: number;
  /** How long the timestamp metadata is valid (default 1 day); the others get a year. */
  timestampLifetimeMs?: number;
}

export interface PublishOptions {
  /** When the new timestamp expires (default: now + the timestamp lifetime); a past date publishes an expired one. */
  timestampExpires?: Date;
}

export interface RotateOptions {
  /** How many of the current root keys sign the new root (default: the threshold). */
  signedByOld?: number;
  /** Replace the top-level role keys too (default: only the root keys). */
  replaceRoleKeys?: boolean;
}

/** A frozen copy of what the repository serves, to serve it again later (a rollback). */
export type TufRepositoryState = ReadonlyMap<string, Buffer>;

export class TufRepository {
  private rootKeys: SigningKey[];
  private rootThreshold: number;
  private roleKeys: Record<Exclude<Role, 'root'>, SigningKey>;
  private targetBytes = new Map<string, Buffer>();
  private readonly timestampLifetimeMs: number;
  private versions = { root: 0, timestamp: 0, snapshot: 0, targets: 0 };
  /** Path (relative to the repository URL) → bytes served. */
  private readonly files = new Map<string, Buffer>();
  /** When the current timestamp expires. */
  private timestampExpires = new Date(0);

  constructor(opts: TufRepositoryOptions) {
    const count = opts.rootKeys ?? 1;
    this.rootThreshold = opts.rootThreshold ?? 1;
    if (!Number.isInteger(count) || count < 1 || this.rootThreshold < 1 || this.rootThreshold > count)
      throw new Error(
        `TufRepository: need 1 ≤ rootThreshold ≤ rootKeys, got ${this.rootThreshold} of ${count}`,
      );
    this.timestampLifetimeMs = opts.timestampLifetimeMs ?? DAY;
    this.rootKeys = Array.from({ length: count }, newKey);
    this.roleKeys = { timestamp: newKey(), snapshot: newKey(), targets: newKey() };
    for (const [name, bytes] of Object.entries(opts.targets)) this.targetBytes.set(name, Buffer.from(bytes));
    this.writeRoot(this.rootKeys);
    this.publish();
  }

  /** The first root: what a client is given to start from (its trust anchor). */
  anchor(): Buffer {
    return this.files.get('1.root.json')!;
  }

  get rootVersion(): number {
    return this.versions.root;
  }

  /** Replaces (or adds) a target and publishes new targets, snapshot and timestamp metadata. */
  setTarget(name: string, bytes: string | Uint8Array): void {
    this.targetBytes.set(name, Buffer.from(bytes));
    this.publish();
  }

  /** Signs new targets, snapshot and timestamp metadata for the current targets. */
  publish(opts: PublishOptions = {}): void {
    const targets = new Targets({ ...this.common('targets', 365 * DAY) });
    for (const [name, bytes] of this.targetBytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      targets.addTarget(new TargetFile({ path: name, length: bytes.length, hashes: { sha256 } }));
      this.files.set(`targets/${sha256}.${name}`, bytes);
    }
    const targetsBytes = this.signed(targets, [this.roleKeys.targets]);
    this.files.set(`${targets.version}.targets.json`, targetsBytes);

    const snapshot = new Snapshot({
      ...this.common('snapshot', 365 * DAY),
      meta: { 'targets.json': new MetaFile({ version: targets.version }) },
    });
    const snapshotBytes = this.signed(snapshot, [this.roleKeys.snapshot]);
    this.files.set(`${snapshot.version}.snapshot.json`, snapshotBytes);
    this.writeTimestamp(snapshot.version, snapshotBytes, opts.timestampExpires);
  }

  /** A new timestamp for the current snapshot (what a repository does before the last one expires). */
  resignTimestamp(opts: PublishOptions = {}): void {
    const version = this.versions.snapshot;
    this.writeTimestamp(version, this.files.get(`${version}.snapshot.json`)!, opts.timestampExpires);
  }

  /** Re-signs the timestamp when the current one expires within `marginMs` (a long-running devstack). */
  keepTimestampFresh(marginMs = 60 * 60 * 1000): void {
    if (this.timestampExpires.getTime() - Date.now() < marginMs) this.resignTimestamp();
  }

  /**
   * Root N+1 with new root keys, signed by `signedByOld` of root N's keys and by the new keys (the TUF rule a
   * client checks: the old root's threshold and the new one's). Then republishes everything under the new keys.
   */
  rotateRoot(opts: RotateOptions = {}): void {
    const previous = this.rootKeys;
    this.rootKeys = Array.from({ length: previous.length }, newKey);
    if (opts.replaceRoleKeys) this.roleKeys = { timestamp: newKey(), snapshot: newKey(), targets: newKey() };
    const oldSigners = previous.slice(0, opts.signedByOld ?? this.rootThreshold);
    this.writeRoot([...oldSigners, ...this.rootKeys.slice(0, this.rootThreshold)]);
    this.publish();
  }

  /** What the repository serves now. */
  state(): TufRepositoryState {
    return new Map(this.files);
  }

  /** Serves `path` as `bytes` from now on (tests: what a compromised or broken mirror would serve). */
  serveAs(path: string, bytes: Uint8Array): void {
    this.files.set(path, Buffer.from(bytes));
  }

  /** Serves an earlier state again: the files it had, in place of today's (a rollback). */
  restore(state: TufRepositoryState): void {
    for (const [path, bytes] of state) this.files.set(path, bytes);
  }

  /** The bytes for a path under the repository URL (`timestamp.json`, `2.root.json`, `targets/…`), if any. */
  get(path: string): Buffer | undefined {
    return this.files.get(path.replace(/^\/+/, ''));
  }

  /** The path a target is served at (its sha256 prefixed, as consistent snapshots name it). */
  targetPath(name: string): string {
    const bytes = this.targetBytes.get(name);
    if (!bytes) throw new Error(`no target ${name}`);
    return `targets/${createHash('sha256').update(bytes).digest('hex')}.${name}`;
  }

  private writeRoot(signers: SigningKey[]): void {
    const role = (keys: SigningKey[], threshold = 1) => ({ keyids: keys.map((k) => k.key.keyID), threshold });
    const all = [...this.rootKeys, ...Object.values(this.roleKeys)];
    const root = Root.fromJSON({
      _type: 'root',
      ...wire(this.common('root', 365 * DAY)),
      consistent_snapshot: true,
      keys: Object.fromEntries(all.map((k) => [k.key.keyID, k.key.toJSON()])),
      roles: {
        root: role(this.rootKeys, this.rootThreshold),
        timestamp: role([this.roleKeys.timestamp]),
        snapshot: role([this.roleKeys.snapshot]),
        targets: role([this.roleKeys.targets]),
      },
    });
    this.files.set(`${root.version}.root.json`, this.signed(root, signers));
  }

  private writeTimestamp(snapshotVersion: number, snapshotBytes: Buffer, expires?: Date): void {
    const timestamp = new Timestamp({
      ...this.common('timestamp', this.timestampLifetimeMs),
      ...(expires ? { expires: isoSeconds(expires) } : {}),
      snapshotMeta: new MetaFile({
        version: snapshotVersion,
        length: snapshotBytes.length,
        hashes: { sha256: createHash('sha256').update(snapshotBytes).digest('hex') },
      }),
    });
    this.timestampExpires = new Date(timestamp.expires);
    this.files.set('timestamp.json', this.signed(timestamp, [this.roleKeys.timestamp]));
  }

  private common(role: Role, lifetimeMs: number) {
    return {
      version: ++this.versions[role],
      specVersion: SPEC_VERSION,
      expires: isoSeconds(new Date(Date.now() + lifetimeMs)),
    };
  }

  private signed(signed: Root | Timestamp | Snapshot | Targets, signers: SigningKey[]): Buffer {
    const metadata = new Metadata(signed);
    for (const s of signers) {
      metadata.sign(
        (data) =>
          new Signature({
            keyID: s.key.keyID,
            sig: sign('sha256', data, s.privateKey).toString('hex'),
          }),
      );
    }
    return Buffer.from(JSON.stringify(metadata.toJSON()));
  }
}

/** The common fields as TUF spells them on the wire. */
function wire(c: { version: number; specVersion: string; expires: string }) {
  return { version: c.version, spec_version: c.specVersion, expires: c.expires };
}

/** TUF names a key by the sha256 of its canonical JSON. */
function newKey(): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const json = {
    keytype: 'ecdsa',
    scheme: 'ecdsa-sha2-nistp256',
    keyval: { public: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
  };
  const keyID = createHash('sha256').update(canonicalize(json)!).digest('hex');
  return { key: Key.fromJSON(keyID, json), privateKey };
}

/** TUF's `expires` is an ISO date without fractional seconds. */
function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
