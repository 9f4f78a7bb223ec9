/**
 * `agent-attest query`: which deployed artifacts contain agent-written code, from which agents and models?
 * Reads a folder of bundles (or bundles fetched from a repository's attestations), verifies each one offline
 * with the verify layer's building blocks, reads its statement through the policy layer's reader, and lists
 * the artifacts whose statements record agent commits — filtered by time, agent, model and path.
 *
 *   files ─▶ bundles ─▶ crypto (trusted root) ─▶ signer (when pinned) ─▶ statement ─▶ agent commits ─▶ rows
 *
 * A bundle that does not verify is never listed as a result; it is reported under `skipped` with why.
 */
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AgentAttestError, messageOf } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { createGitHubClient } from '../github/client.js';
import { findAttestations } from '../github/attestations.js';
import { modelGlobMatch, pathGlobMatch } from '../policy/glob.js';
import { policyInput } from '../policy/input.js';
import { SLSA_PROVENANCE_V1 } from '../statement/types.js';
import {
  assertIdentityPolicy,
  bundlesFromDocuments,
  checkIdentity,
  createVerifier,
  loadBundles,
  loadTrustMaterial,
  parseStatement,
  type IdentityPolicy,
  type LoadedBundle,
} from '../verify/index.js';
import type { BundleSource } from '../verify/types.js';

/** File names read from a folder; `*.intoto.json` are the unsigned statements attest writes beside bundles. */
export const BUNDLE_FILE = /\.(json|jsonl|sigstore)$/i;
const STATEMENT_FILE = /\.intoto\.jsonl?$/i;
/** Guards against pointing the query at a whole disk. */
export const MAX_BUNDLE_FILES = 10_000;

export interface QueryFilters {
  /** Only bundles whose verified signing time is at or after this. */
  since?: Date;
  /** Agent id (exact). */
  agent?: string;
  /** Model glob (`*` any run of characters, case-insensitive). */
  model?: string;
  /** Path glob: commits that touched a matching path (recorded paths, risk paths and config surfaces). */
  path?: string;
}

export interface QueryOptions extends QueryFilters {
  /** `--trusted-root`: a file, `public-good`, `github`; default both. */
  trustedRoot?: string;
  /** Signer pins; when none is given the rows say the signer was not pinned. */
  identity?: IdentityPolicy;
  predicateType?: string;
  logger?: Logger;
  /** Called as each bundle has been judged (a progress indicator). */
  onProgress?: (p: { bundles: number; totalBundles: number }) => void;
}

export interface QueryCommit {
  sha: string;
  url?: string;
  agents: { id: string; model?: string; strength: string }[];
}

export interface QueryRow {
  subject: { name: string; digest: Record<string, string> };
  bundle: BundleSource;
  /** Earliest verified signing time (ISO 8601), if the bundle has one. */
  signedAt?: string;
  signer?: string;
  repository?: string;
  ref?: string;
  agents: string[];
  models: string[];
  commits: QueryCommit[];
  /** Commits of the attested range (agent or not). */
  rangeCommits: number;
}

export interface QueryResult {
  /** False when no signer identity was pinned: rows are from verified bundles of any signer. */
  signerPinned: boolean;
  /** Bundles read (documents that are or claim to be Sigstore bundles). */
  scanned: number;
  rows: QueryRow[];
  /** Bundles verified but left out: no agent code, outside the filters. */
  filteredOut: number;
  /** Sigstore bundles that did not verify: never listed as results (exit 1 in the CLI). */
  skipped: { bundle: BundleSource; reason: string }[];
  /** Documents that are not Sigstore bundles (other JSON in the folder), and verified attestations of another
   * predicate type (an SBOM beside the provenance). */
  ignored: { bundle: BundleSource; reason: string }[];
}

/** A document that does not even claim to be a Sigstore bundle (other JSON in the folder), as opposed to a broken one. */
function notABundle(problem: string | undefined): boolean {
  return (
    problem !== undefined &&
    (/^not a JSON object/.test(problem) ||
      /^unsupported bundle media type (?!"application\/vnd\.dev\.sigstore\.bundle)/.test(problem))
  );
}

/** Every bundle file under `dir` (recursively), sorted; a file path is returned as is. */
export async function bundleFiles(dir: string): Promise<string[]> {
  let info;
  try {
    info = await stat(dir);
  } catch (e) {
    throw new AgentAttestError(
      'FILE_NOT_FOUND',
      `${dir}: no such file or folder; pass a folder of bundles.`,
      { cause: e },
    );
  }
  if (info.isFile()) return [dir];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && BUNDLE_FILE.test(e.name) && !STATEMENT_FILE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  if (files.length > MAX_BUNDLE_FILES) {
    throw new AgentAttestError(
      'USAGE',
      `${dir} holds ${files.length} bundle files (at most ${MAX_BUNDLE_FILES}); point query at a narrower folder.`,
    );
  }
  return files;
}

export async function queryBundleFiles(files: string[], options: QueryOptions = {}): Promise<QueryResult> {
  const bundles: LoadedBundle[] = [];
  // A file that cannot be read as JSON is a broken bundle when it says it is one (by its name or its
  // media type): not verified, like any other bad bundle. Anything else is other JSON in the folder.
  const broken: QueryResult['skipped'] = [];
  const unreadable: QueryResult['ignored'] = [];
  for (const file of files) {
    try {
      bundles.push(...(await loadBundles(file)));
    } catch (e) {
      const bundle = { path: file, index: 0 };
      if (await claimsToBeABundle(file)) broken.push({ bundle, reason: messageOf(e) });
      else unreadable.push({ bundle, reason: `not a Sigstore bundle: ${messageOf(e)}` });
    }
  }
  const result = await queryBundles(bundles, options);
  return {
    ...result,
    scanned: result.scanned + broken.length,
    skipped: [...broken, ...result.skipped],
    ignored: [...unreadable, ...result.ignored],
  };
}

/** Bundle file names (`x.sigstore.json`, `x.sigstore`, gh's `sha256:….jsonl`) or the bundle media type early on. */
const BUNDLE_NAME = /\.sigstore(\.json)?$|\.jsonl$/i;
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle';

async function claimsToBeABundle(file: string): Promise<boolean> {
  if (BUNDLE_NAME.test(file)) return true;
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(64 * 1024) });
    return buffer.subarray(0, bytesRead).includes(BUNDLE_MEDIA_TYPE);
  } finally {
    await handle.close();
  }
}

export interface GitHubSource {
  /** OWNER/REPO whose attestations to read. */
  repository: string;
  /** Artifact digests (`sha256:HEX`): GitHub lists attestations by digest. */
  digests: string[];
  apiUrl: string;
  token?: string;
}

/** The attestations GitHub holds for the given digests in a repository, verified and queried like files. */
export async function queryGitHubAttestations(
  source: GitHubSource,
  options: QueryOptions = {},
): Promise<QueryResult> {
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(source.repository);
  if (!m)
    throw new AgentAttestError(
      'USAGE',
      `--github-repository ${JSON.stringify(source.repository)} is not OWNER/REPO; pass e.g. octo-org/app.`,
    );
  const client = createGitHubClient({ token: source.token, apiUrl: source.apiUrl, logger: options.logger });
  const found = [];
  for (const digest of source.digests) {
    found.push(
      ...(await findAttestations(
        client,
        { owner: m[1]!, repo: m[2]!, predicateType: options.predicateType ?? SLSA_PROVENANCE_V1 },
        digest,
      )),
    );
  }
  if (found.length === 0)
    return { signerPinned: false, scanned: 0, rows: [], filteredOut: 0, skipped: [], ignored: [] };
  // Held to the same per-version rules as bundle files, named after where they came from.
  return queryBundles(
    bundlesFromDocuments(
      found.map((f) => f.bundle),
      `${source.repository} attestation`,
    ),
    options,
  );
}

export async function queryBundles(
  bundles: LoadedBundle[],
  options: QueryOptions = {},
): Promise<QueryResult> {
  const log = options.logger ?? silentLogger;
  const identity = options.identity;
  const signerPinned = identity !== undefined && hasPins(identity);
  if (signerPinned) assertIdentityPolicy(identity);
  const trust = await loadTrustMaterial(options.trustedRoot);
  const verifier = createVerifier(trust);
  const predicateType = options.predicateType ?? SLSA_PROVENANCE_V1;
  const rows: QueryRow[] = [];
  const skipped: QueryResult['skipped'] = [];
  const ignored: QueryResult['ignored'] = [];
  let filteredOut = 0;
  let judged = 0;

  for (const loaded of bundles) {
    options.onProgress?.({ bundles: judged++, totalBundles: bundles.length });
    const where = loaded.source;
    if (!loaded.bundle) {
      if (notABundle(loaded.problem))
        ignored.push({ bundle: where, reason: `not a Sigstore bundle: ${loaded.problem}` });
      else skipped.push({ bundle: where, reason: loaded.problem ?? 'invalid bundle' });
      continue;
    }
    let signature;
    try {
      signature = verifier.verify(loaded.bundle);
    } catch (e) {
      skipped.push({ bundle: where, reason: `CRYPTO_FAILED: the verifier gave up: ${messageOf(e)}` });
      continue;
    }
    if (!signature.ok) {
      skipped.push({ bundle: where, reason: `${signature.code}: ${signature.reason}` });
      continue;
    }
    if (signerPinned) {
      const who = signature.signer
        ? checkIdentity(signature.signer, identity)
        : { ok: false, reasons: ['no certificate'] };
      if (!who.ok) {
        skipped.push({ bundle: where, reason: `IDENTITY_MISMATCH: ${who.reasons.join('; ')}` });
        continue;
      }
    }
    const parsed = parseStatement(loaded.bundle, predicateType);
    // A verified attestation of another kind (the SBOM attest --sbom signs beside the provenance) is not
    // a failure: it holds no agent facts to list.
    if (!parsed.ok && parsed.code === 'PREDICATE_TYPE_MISMATCH') {
      ignored.push({ bundle: where, reason: `another kind of attestation: ${parsed.reason}` });
      continue;
    }
    if (!parsed.ok) {
      skipped.push({ bundle: where, reason: `${parsed.code}: ${parsed.reason}` });
      continue;
    }
    const input = policyInput({
      statement: parsed.statement,
      signer: signature.signer,
      timestamps: signature.timestamps.map((t) => t.time),
    });
    if (options.since && !(input.signedAt && input.signedAt >= options.since)) {
      filteredOut++;
      continue;
    }
    const commits = matchingCommits(input, options);
    if (commits.length === 0) {
      filteredOut++;
      continue;
    }
    const agents = [...new Set(commits.flatMap((c) => c.agents.map((a) => a.id)))].sort();
    const models = [
      ...new Set(commits.flatMap((c) => c.agents.flatMap((a) => (a.model ? [a.model] : [])))),
    ].sort();
    for (const subject of input.subjects) {
      rows.push({
        subject,
        bundle: where,
        signedAt: input.signedAt?.toISOString(),
        signer: input.signer.buildSignerUri,
        repository: input.signer.sourceRepositoryUri,
        ref: input.signer.sourceRepositoryRef,
        agents,
        models,
        commits,
        rangeCommits: input.rangeCommits,
      });
    }
  }
  rows.sort(
    (a, b) =>
      (b.signedAt ?? '').localeCompare(a.signedAt ?? '') || a.subject.name.localeCompare(b.subject.name),
  );
  log.debug(
    `query: ${bundles.length} bundle(s), ${rows.length} row(s), ${skipped.length} skipped, ${filteredOut} filtered out`,
  );
  return { signerPinned, scanned: bundles.length - ignored.length, rows, filteredOut, skipped, ignored };
}

function hasPins(identity: IdentityPolicy): boolean {
  return Object.entries(identity).some(([k, v]) => v !== undefined && v !== false && k !== 'oidcIssuer');
}

/** The statement's agent commits that pass the agent, model and path filters. */
function matchingCommits(input: ReturnType<typeof policyInput>, filters: QueryFilters): QueryCommit[] {
  const out: QueryCommit[] = [];
  for (const c of input.commits) {
    let agents = c.agents;
    if (filters.agent !== undefined) agents = agents.filter((a) => a.id === filters.agent);
    if (filters.model !== undefined) {
      const glob = [filters.model];
      agents = agents.filter((a) =>
        [a.model, a.modelRaw].some((m) => m !== undefined && modelGlobMatch(m, glob)),
      );
    }
    if (agents.length === 0) continue;
    if (filters.path !== undefined) {
      const surfacePaths = input.surfaces.filter((s) => s.commits.includes(c.sha)).map((s) => s.path);
      const touched = [...(c.paths ?? c.riskPaths), ...surfacePaths];
      if (!touched.some((p) => pathGlobMatch(p, [filters.path!]))) continue;
    }
    out.push({
      sha: c.sha,
      ...(c.url ? { url: c.url } : {}),
      agents: agents.map((a) => ({
        id: a.id,
        ...((a.model ?? a.modelRaw) ? { model: a.model ?? a.modelRaw } : {}),
        strength: a.strength,
      })),
    });
  }
  return out;
}

/** `30d`, `12h`, `2w` before `now`, or an ISO date/time. */
export function parseSince(text: string, now: Date): Date {
  const rel = /^([1-9][0-9]{0,5})(m|h|d|w)$/.exec(text.trim());
  if (rel) {
    const unit = { m: 60, h: 3600, d: 86_400, w: 604_800 }[rel[2] as 'm' | 'h' | 'd' | 'w'];
    return new Date(now.getTime() - Number(rel[1]) * unit * 1000);
  }
  const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text.trim())
    ? new Date(text.trim())
    : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new AgentAttestError(
      'USAGE',
      `--since ${JSON.stringify(text)} is not a duration or date; pass e.g. 30d, 12h or 2026-11-01.`,
    );
  }
  return date;
}
