/**
 * Where a trusted root came from, and how current it is: what verify reports for every root it used
 * (docs/verify.md, "Trusted roots").
 */

/**
 * - `tuf`: fetched or confirmed current over TUF in this run (the repository was asked).
 * - `tuf-cache`: the cached root, without the network, because the repository was asked (and verified it)
 *   less than a day ago and none of the metadata it verified has expired since.
 * - `cache`: the cached root, used without a TUF check (offline, or the repository could not be reached).
 * - `seed`: the copy shipped with this build (offline, or unreachable, with nothing newer cached).
 * - `file`: a trusted root file the user gave; used as given.
 */
export type RootSourceKind = 'tuf' | 'tuf-cache' | 'cache' | 'seed' | 'file';

export interface RootSource {
  kind: RootSourceKind;
  /** The TUF repository (all kinds but `file`). */
  repository?: string;
  /** When the TUF repository last confirmed this root current (ISO 8601; `tuf`, `tuf-cache`, `cache`). */
  checkedAt?: string;
  /** What the `seed` is, e.g. `@sigstore/tuf 5.0.1 seed`. */
  seed?: string;
  /** Why a root that is not fresh was used: asked for (`offline`), or the repository could not be reached. */
  fallback?: { reason: 'offline' | 'unreachable'; detail?: string };
  /** The file (`file`). */
  path?: string;
}

/** One trusted root in the report: its name, the instance it describes, and its source. */
export interface RootInfo extends RootSource {
  /** `public-good`, `github`, a TUF repository URL, or `FILE` / `FILE#N` (JSONL line N). */
  name: string;
  /** The Sigstore instance: `public-good`, `github`, or the host of its certificate authority. */
  instance: string;
}
