/**
 * attest(options, deps): subjects → statements (≤ 1024 subjects each) → written to disk → signed →
 * checked against the certificate → bundles written. The action and the CLI both build one AttestOptions
 * and call this; everything environmental arrives in `deps`.
 */
import { createHash } from 'node:crypto';
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RuntimeEnvironment } from '../config.js';
import { AgentAttestError, messageOf } from '../errors.js';
import { makeDirectory, unwritableReason } from '../files.js';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import type { GitHubClaims, IdentityToken } from '../oidc/index.js';
import { assertNotExpired, getIdentityToken, githubClaims } from '../oidc/index.js';
import type {
  CertificateFacts,
  ExplicitUrls,
  InstanceChoice,
  NetworkOptions,
  SigningEndpoints,
  StatementSigner,
  TlogEntryFacts,
} from '../sign/index.js';
import type { BuildContext, LocalSource } from '../statement/build.js';
import { buildStatement, serializeStatement } from '../statement/build.js';
import type { ResourceDescriptor, Subject } from '../statement/types.js';
import { SLSA_PROVENANCE_V1 } from '../statement/types.js';
import type { SubjectInput } from '../subjects/index.js';
import { bySubjectName, resolveSubjects, shard } from '../subjects/index.js';
import { mapBounded } from '../concurrency.js';
import type { PushOutcome } from '../oci/push.js';
import type { RegistryOptions } from '../oci/registry.js';
import { resolveImageSubjects, type ImageSubject } from '../oci/subjects.js';
import { VERSION } from '../version.js';
import { readLocalSource } from './local-source.js';

export interface AttestOptions {
  subjects: SubjectInput;
  /** Subject paths must resolve inside it. Default: GITHUB_WORKSPACE, else the current directory. */
  workspace?: string;
  /** The repository whose history the facts describe. Default: the workspace. */
  repoPath?: string;
  base?: string;
  head?: string;
  /** false: write the statement only (a preview), no token, no network. */
  sign: boolean;
  statementOut?: string;
  bundleOut?: string;
  sigstore?: InstanceChoice;
  urls?: ExplicitUrls;
  identityToken?: string;
  githubApiUrl?: string;
  /** OWNER/REPO for the facts hook (reviews). */
  repository?: string;
  network?: NetworkOptions;
  /** Threads that hash subject files; default one per core. */
  hashThreads?: number;
  /**
   * Attach each image's bundle to the image in its registry (OCI referrer). Each image then gets its own
   * statement and signature, so an image's registry holds only that image's provenance.
   */
  pushToRegistry?: boolean;
  /** Plain HTTP to registries that are not loopback. */
  allowInsecureRegistry?: boolean;
  /** Images pushed at once; default 4. */
  registryConcurrency?: number;
}

/** Statements signed at once (each its own Fulcio certificate and log entry). */
const SIGN_CONCURRENCY = 4;

export type AttestMode = 'github' | 'local';

export interface FactsContext {
  options: AttestOptions;
  env: RuntimeEnvironment;
  mode: AttestMode;
  /** The token's GitHub claims (github mode). */
  claims?: GitHubClaims;
  /** What this machine read of the source (local mode): its repository only when it may be published. */
  source?: LocalSource;
  subjects: Subject[];
  repoPath: string;
  logger: Logger;
  /** Called as commits are scanned. */
  onScanProgress?: (p: { commits: number }) => void;
}

/** Where a long attest is: hashing subject files, scanning the range, or signing statements. */
export type AttestProgress =
  | { step: 'hashing'; files: number; totalFiles: number }
  | { step: 'scanning'; commits: number }
  | { step: 'signing'; signed: number; statements: number };

export interface CollectedFacts {
  /** Appended after resolvedDependencies[0] in every statement. */
  dependencies: ResourceDescriptor[];
  extension?: Record<string, unknown>;
}

export interface AttestDeps {
  env: RuntimeEnvironment;
  /** Relative paths resolve against it. */
  cwd: string;
  logger?: Logger;
  /** Other engines' facts: agent attribution, reviews, config surfaces. */
  collectFacts?: (ctx: FactsContext) => Promise<CollectedFacts>;
  /** Called as the work proceeds: files hashed, commits scanned, statements signed (a progress indicator). */
  onProgress?: (p: AttestProgress) => void;
  now?: () => Date;
  /** Replaces the sigstore-js signer (tests of the orchestration). */
  createSigner?: (endpoints: SigningEndpoints, identity: IdentityToken) => StatementSigner;
  /** Registry client settings (timeouts, retries); credentials default to the environment's Docker config. */
  registry?: Omit<RegistryOptions, 'allowInsecure'>;
  /**
   * attest --sbom: the exact bytes of a second statement (a CycloneDX SBOM) for the same subjects as each
   * provenance statement, given that statement's digest. Written, signed and stored beside it (`.sbom.`).
   */
  sbom?: (ctx: { subjects: Subject[]; provenanceDigest: string; repoPath: string }) => Promise<Buffer>;
}

/** The SBOM statement and bundle written beside a provenance statement (attest --sbom). */
export interface SbomOutput {
  statementPath: string;
  statementDigest: string;
  bundlePath?: string;
  tlogEntry?: TlogEntryFacts;
  timestamp?: string;
}

export interface AttestationOutput {
  statementPath: string;
  /** `sha256:HEX` of the statement file (the exact signed payload). */
  statementDigest: string;
  subjectCount: number;
  /** The statement's subjects (names and digests). */
  subjects: Subject[];
  bundlePath?: string;
  /** The image this statement is about, when it is pushed to its registry. */
  image?: { name: string; digest: string };
  /** push-to-registry: where the bundle went, or why it did not. */
  push?: PushOutcome;
  signer?: { identity?: string; issuer?: string };
  tlogEntry?: TlogEntryFacts;
  timestamp?: string;
  /** attest --sbom: the SBOM statement for the same subjects. */
  sbom?: SbomOutput;
}

/** The Sigstore instance a signed run used, as reported. */
export interface SigningInstance {
  name: string;
  fulcioUrl: string;
  /** The (first) Rekor log written to. */
  rekorUrl?: string;
  /** The (first) timestamp authority asked. */
  tsaUrl?: string;
  /** Every log written to, when a signing config selected more than one (ALL or EXACT). */
  rekorUrls?: string[];
  /** Every timestamp authority asked, when a signing config selected more than one. */
  tsaUrls?: string[];
}

function signingInstance(endpoints: SigningEndpoints): SigningInstance {
  const logs = endpoints.rekor.map((log) => log.url);
  return {
    name: endpoints.name,
    fulcioUrl: endpoints.fulcioUrl,
    ...(logs[0] ? { rekorUrl: logs[0] } : {}),
    ...(endpoints.tsaUrls[0] ? { tsaUrl: endpoints.tsaUrls[0] } : {}),
    ...(logs.length > 1 ? { rekorUrls: logs } : {}),
    ...(endpoints.tsaUrls.length > 1 ? { tsaUrls: endpoints.tsaUrls } : {}),
  };
}

export interface AttestResult {
  mode: AttestMode;
  signed: boolean;
  /** The Sigstore instance used (signed runs). */
  instance?: SigningInstance;
  subjectCount: number;
  attestations: AttestationOutput[];
}

const BUNDLE_SUFFIXES = ['.sigstore.json', '.intoto.json', '.jsonl', '.json'];

/** `dir/name.sigstore.json` → `dir/name.sbom.sigstore.json`: the SBOM file beside a provenance file. */
export function sbomPath(file: string): string {
  const suffix = BUNDLE_SUFFIXES.find((s) => file.endsWith(s)) ?? '';
  return `${file.slice(0, file.length - suffix.length)}.sbom${suffix}`;
}

/** `dir/name.sigstore.json` → `dir/name-2.sigstore.json` (the number goes before the known suffix). */
export function numberedPath(file: string, index: number, count: number): string {
  if (count <= 1) return file;
  const suffix = BUNDLE_SUFFIXES.find((s) => file.endsWith(s)) ?? '';
  return `${file.slice(0, file.length - suffix.length)}-${index + 1}${suffix}`;
}

function statementPathFor(bundlePath: string): string {
  const suffix = ['.sigstore.json', '.json'].find((s) => bundlePath.endsWith(s));
  return suffix ? `${bundlePath.slice(0, -suffix.length)}.intoto.json` : `${bundlePath}.intoto.json`;
}

async function writeFileMkdir(file: string, data: string | Buffer, what: string): Promise<void> {
  try {
    await makeDirectory(path.dirname(file));
    await writeFile(file, data);
  } catch (e) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `cannot write the ${what} to '${file}': ${(e as NodeJS.ErrnoException).code ?? messageOf(e)}; choose a writable path`,
    );
  }
}

/** The token: required to sign; for a preview, used when cheaply available so the preview matches. */
async function identityFor(
  options: AttestOptions,
  env: RuntimeEnvironment,
  logger: Logger,
): Promise<IdentityToken | undefined> {
  const source = {
    explicitToken: options.identityToken,
    githubActions: env.githubActions,
    idTokenRequestUrl: env.idTokenRequestUrl,
    idTokenRequestToken: env.idTokenRequestToken,
    ...(options.network?.timeoutMs ? { timeoutMs: options.network.timeoutMs } : {}),
    ...(options.network?.minRetryDelayMs !== undefined
      ? { retryDelayMs: options.network.minRetryDelayMs }
      : {}),
  };
  if (options.sign) return getIdentityToken(source);
  if (!options.identityToken && !(env.idTokenRequestUrl && env.idTokenRequestToken)) return undefined;
  try {
    return await getIdentityToken(source);
  } catch (e) {
    logger.warn(`preview without the OIDC claims: ${messageOf(e)}`);
    return undefined;
  }
}

export async function attest(options: AttestOptions, deps: AttestDeps): Promise<AttestResult> {
  const logger = deps.logger ?? silentLogger;
  const now = deps.now ?? (() => new Date());
  const { env } = deps;
  const startedOn = now().toISOString();
  // The signer (sigstore-js and its HTTP stack, most of the code a signed run loads) is compiled while the
  // subjects are hashed and git answers; a preview never loads it.
  const signing = options.sign ? import('../sign/index.js') : undefined;
  signing?.catch(() => {}); // awaited below: an early failure must not be an unhandled rejection meanwhile
  const workspace = path.resolve(deps.cwd, options.workspace ?? env.workspace ?? deps.cwd);
  const repoPath = path.resolve(deps.cwd, options.repoPath ?? workspace);

  // Cheap, local failures first: subjects, the output paths, then the token, before any service is called.
  const progress = deps.onProgress;
  const { images, files } = await resolveAllSubjects(
    options,
    workspace,
    progress && ((p) => progress({ step: 'hashing', ...p })),
  );
  const subjects = [...files, ...images.map(({ name, digest }) => ({ name, digest }))].sort(bySubjectName);
  // Pushed images each get their own statement; everything else shares statements of up to 1024 subjects.
  const groups: { subjects: Subject[]; image?: ImageSubject }[] = options.pushToRegistry
    ? [
        ...shard(files).map((g) => ({ subjects: g })),
        ...images.map((image) => ({ subjects: [{ name: image.name, digest: image.digest }], image })),
      ]
    : shard(subjects).map((g) => ({ subjects: g }));
  const outputs = outputPaths(options, env, deps.cwd, groups.length);
  await checkOutputPaths(outputs, env, deps.sbom !== undefined);
  const identity = await identityFor(options, env, logger);
  const claims = identity ? githubClaims(identity.claims) : undefined;
  const mode: AttestMode = claims ? 'github' : 'local';
  if (identity && options.sign) assertNotExpired(identity, now());

  const context: BuildContext = claims
    ? { kind: 'github', claims, serverUrl: env.serverUrl }
    : { kind: 'local', source: await readLocalSource(repoPath), toolVersion: VERSION, startedOn };
  const facts: CollectedFacts = deps.collectFacts
    ? await deps.collectFacts({
        options,
        env,
        mode,
        ...(claims ? { claims } : {}),
        ...(context.kind === 'local' ? { source: context.source } : {}),
        subjects,
        repoPath,
        logger,
        ...(progress ? { onScanProgress: (p) => progress({ step: 'scanning', commits: p.commits }) } : {}),
      })
    : { dependencies: [] };

  // A wrong --sigstore value is a usage error: report it before any file is written.
  const sign = await signing;
  const endpoints = sign
    ? await sign.resolveEndpoints({
        choice: options.sigstore,
        urls: options.urls,
        claims,
        serverUrl: env.serverUrl,
      })
    : undefined;

  logger.info(
    `Attesting ${subjects.length} subject(s) in ${groups.length} statement(s) (${mode === 'github' ? 'GitHub Actions provenance' : 'local provenance'}).`,
  );

  // Every statement is on disk before the first signature is requested: nothing is lost if signing fails.
  // All are built (and size-checked) before the first is written, so a refusal leaves no partial set.
  const payloads = groups.map((group) =>
    serializeStatement(
      buildStatement({
        subjects: group.subjects,
        context,
        dependencies: facts.dependencies,
        extension: facts.extension,
      }),
    ),
  );
  const digestOf = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;
  const sbomPayloads = deps.sbom
    ? await Promise.all(
        groups.map((g, i) =>
          deps.sbom!({ subjects: g.subjects, provenanceDigest: digestOf(payloads[i]!), repoPath }),
        ),
      )
    : undefined;
  const results: AttestationOutput[] = [];
  for (const [i, group] of groups.entries()) {
    const payload = payloads[i]!;
    const statementPath = outputs.statements[i]!;
    await writeFileMkdir(statementPath, payload, 'statement');
    const sbom = sbomPayloads?.[i];
    if (sbom) {
      await writeFileMkdir(sbomPath(statementPath), sbom, 'SBOM statement');
      logger.info(`Wrote SBOM statement ${sbomPath(statementPath)}`);
    }
    results.push({
      statementPath,
      statementDigest: digestOf(payload),
      ...(sbom ? { sbom: { statementPath: sbomPath(statementPath), statementDigest: digestOf(sbom) } } : {}),
      subjectCount: group.subjects.length,
      subjects: group.subjects,
      ...(group.image ? { image: { name: group.image.name, digest: group.image.reference.digest } } : {}),
    });
    logger.info(`Wrote statement ${statementPath}`);
  }
  if (!sign || !endpoints || !identity)
    return { mode, signed: false, subjectCount: subjects.length, attestations: results };
  logger.info(
    `Signing on ${endpoints.name} (${[
      `Fulcio ${endpoints.fulcioUrl}`,
      ...endpoints.rekor.map((log) => `Rekor ${log.url}`),
      ...endpoints.tsaUrls.map((url) => `TSA ${url}`),
    ].join(', ')}).`,
  );

  /** GitHub mode: the certificate must back every fact the statement took from the token. */
  const checkSigner = (certificate: CertificateFacts): void => {
    if (claims) sign.assertCertificateMatchesClaims(certificate, claims, env.serverUrl);
  };

  const signOne = async (i: number): Promise<Buffer> => {
    const output = results[i]!;
    const signed = await sign.signStatement(payloads[i]!, endpoints, identity, {
      ...(options.network ? { network: options.network } : {}),
      ...(deps.createSigner ? { signer: deps.createSigner(endpoints, identity) } : {}),
    });
    checkSigner(signed.certificate);
    const bundlePath = outputs.bundles[i]!;
    const bytes = Buffer.from(`${JSON.stringify(signed.bundle)}\n`);
    await writeFileMkdir(bundlePath, bytes, 'bundle');
    output.bundlePath = bundlePath;
    output.signer = {
      identity: signed.certificate.subjectAlternativeName,
      issuer: signed.certificate.issuer,
    };
    if (signed.tlogEntry) output.tlogEntry = signed.tlogEntry;
    if (signed.timestamp) output.timestamp = signed.timestamp;
    logger.info(
      `Wrote bundle ${bundlePath}${signed.tlogEntry ? ` (log index ${signed.tlogEntry.logIndex})` : ''}`,
    );
    if (sbomPayloads) await signSbom(i, bundlePath);
    return bytes;
  };

  /** The SBOM statement of group i, signed by the same identity, its bundle beside the provenance bundle. */
  const signSbom = async (i: number, provenanceBundle: string): Promise<void> => {
    const output = results[i]!.sbom!;
    const signed = await sign.signStatement(sbomPayloads![i]!, endpoints, identity, {
      ...(options.network ? { network: options.network } : {}),
      ...(deps.createSigner ? { signer: deps.createSigner(endpoints, identity) } : {}),
    });
    checkSigner(signed.certificate);
    const bundlePath = sbomPath(provenanceBundle);
    await writeFileMkdir(bundlePath, `${JSON.stringify(signed.bundle)}\n`, 'SBOM bundle');
    output.bundlePath = bundlePath;
    if (signed.tlogEntry) output.tlogEntry = signed.tlogEntry;
    if (signed.timestamp) output.timestamp = signed.timestamp;
    logger.info(`Wrote SBOM bundle ${bundlePath}`);
  };

  // Every bundle is on disk before the first push: a registry that refuses one image loses nothing.
  const pushImages = async (bytes: (Buffer | undefined)[]): Promise<void> => {
    const pushed = groups.flatMap((g, i) =>
      g.image && bytes[i] ? [{ i, image: g.image, bundle: bytes[i] }] : [],
    );
    if (pushed.length === 0) return;
    logger.info(`Pushing ${pushed.length} attestation(s) to their images' registries.`);
    const { pushAttestations } = await import('../oci/push.js');
    const credentials = deps.registry?.credentials ?? (await credentialsFor(env));
    const outcomes = await pushAttestations(
      pushed.map((p) => ({
        image: p.image,
        bundle: p.bundle,
        mediaType: (JSON.parse(p.bundle.toString('utf8')) as { mediaType: string }).mediaType,
      })),
      {
        registry: {
          ...deps.registry,
          credentials,
          allowInsecure: options.allowInsecureRegistry ?? false,
        },
        predicateType: SLSA_PROVENANCE_V1,
        now,
        logger,
        ...(options.registryConcurrency ? { concurrency: options.registryConcurrency } : {}),
      },
    );
    pushed.forEach((p, k) => (results[p.i]!.push = outcomes[k]!));
  };
  // Signed a few at a time; each bundle is written as soon as it is signed. A failure is raised once every
  // signature in flight has settled, so no bundle appears after the error.
  const bundles = new Array<Buffer | undefined>(payloads.length);
  const failures: unknown[] = [];
  let signed = 0;
  progress?.({ step: 'signing', signed, statements: payloads.length });
  await mapBounded([...payloads.keys()], SIGN_CONCURRENCY, async (i) => {
    if (failures.length > 0) return;
    try {
      bundles[i] = await signOne(i);
      progress?.({ step: 'signing', signed: ++signed, statements: payloads.length });
    } catch (e) {
      failures.push(e);
    }
  });
  // The runner's list names every bundle written, in statement order (signatures finish in any order).
  const written = results.flatMap((r) => [r.bundlePath, r.sbom?.bundlePath]).filter((p) => p !== undefined);
  if (env.runnerTemp && written.length > 0)
    await appendFile(
      path.join(env.runnerTemp, 'created_attestation_paths.txt'),
      written.map((p) => `${p}\n`).join(''),
    );
  if (failures.length > 0) throw failures[0];

  if (options.pushToRegistry) await pushImages(bundles);
  return {
    mode,
    signed: true,
    instance: signingInstance(endpoints),
    subjectCount: subjects.length,
    attestations: results,
  };
}

interface OutputPaths {
  /** One per statement (numbered above 1024 subjects). */
  statements: string[];
  /** One per statement; written only when signing. */
  bundles: string[];
  sign: boolean;
}

function outputPaths(
  options: AttestOptions,
  env: RuntimeEnvironment,
  cwd: string,
  count: number,
): OutputPaths {
  const bundleBase = path.resolve(
    cwd,
    options.bundleOut ?? path.join(env.runnerTemp ?? cwd, 'attestation.sigstore.json'),
  );
  const statementBase = options.statementOut
    ? path.resolve(cwd, options.statementOut)
    : statementPathFor(bundleBase);
  const numbered = (base: string) => Array.from({ length: count }, (_, i) => numberedPath(base, i, count));
  return { statements: numbered(statementBase), bundles: numbered(bundleBase), sign: options.sign };
}

/**
 * Every file attest will write must be writable before the token is fetched: a bundle path that turns out
 * to be a directory after signing would leave a log entry with no bundle.
 */
async function checkOutputPaths(outputs: OutputPaths, env: RuntimeEnvironment, sbom: boolean): Promise<void> {
  const files: Array<[string, string, string]> = [
    ...outputs.statements.map((f): [string, string, string] => [f, 'statement', '--statement-out']),
    ...(outputs.sign
      ? outputs.bundles.map((f): [string, string, string] => [f, 'bundle', '--bundle-out'])
      : []),
  ];
  // attest --sbom writes each beside its provenance file.
  if (sbom)
    files.push(
      ...files.map(([f, what, option]): [string, string, string] => [sbomPath(f), `SBOM ${what}`, option]),
    );
  const seen = new Map<string, string>();
  for (const [file, what, option] of files) {
    const other = seen.get(file);
    if (other !== undefined) {
      throw new AgentAttestError(
        'INPUT_INVALID',
        `the ${what} and the ${other} would both be written to '${file}'; give ${option} another path`,
      );
    }
    seen.set(file, what);
  }
  if (outputs.sign && env.runnerTemp) {
    files.push([
      path.join(env.runnerTemp, 'created_attestation_paths.txt'),
      'list of bundles',
      'RUNNER_TEMP',
    ]);
  }
  for (const [file, what, option] of files) {
    const reason = await unwritableReason(file);
    if (reason === undefined) continue;
    const fix =
      reason === 'it is a directory'
        ? `pass a file path to ${option}, e.g. ${path.join(file, what === 'statement' ? 'attestation.intoto.json' : 'attestation.sigstore.json')}`
        : `choose a writable path for ${option}`;
    throw new AgentAttestError('INPUT_INVALID', `cannot write the ${what} to '${file}': ${reason}; ${fix}`);
  }
}

/**
 * The image subjects and the other (file) subjects. `subject-name` + `subject-digest` is an image when it is
 * pushed, else a file subject; only the inputs that are not images go to the file resolver.
 */
async function resolveAllSubjects(
  options: AttestOptions,
  workspace: string,
  onHashed?: (p: { files: number; totalFiles: number }) => void,
): Promise<{ images: ImageSubject[]; files: Subject[] }> {
  const input = options.subjects;
  const { images, nameAndDigestUsed } = await resolveImageSubjects(input, {
    workspace,
    pushToRegistry: options.pushToRegistry ?? false,
  });
  const rest: SubjectInput = {
    ...(input.paths ? { paths: input.paths } : {}),
    ...(input.checksums !== undefined ? { checksums: input.checksums } : {}),
    ...(nameAndDigestUsed ? {} : { name: input.name, digest: input.digest }),
  };
  const hasRest =
    (rest.paths ?? []).some((p) => p.trim() !== '') ||
    rest.name !== undefined ||
    rest.digest !== undefined ||
    (rest.checksums ?? '').trim() !== '';
  const files =
    hasRest || images.length === 0
      ? await resolveSubjects(rest, {
          workspace,
          threads: options.hashThreads,
          ...(onHashed ? { onHashed } : {}),
        })
      : [];
  if (options.pushToRegistry && images.length === 0)
    throw new AgentAttestError(
      'USAGE',
      'push-to-registry needs image subjects: give --subject-image REGISTRY/REPOSITORY@sha256:HEX, --subject-image-path LAYOUT, or --subject-name REGISTRY/REPOSITORY with --subject-digest sha256:HEX',
    );
  return { images, files };
}

/** The Docker config of the environment; none when the environment names no config directory. */
async function credentialsFor(env: RuntimeEnvironment) {
  if (!env.dockerConfigDir) return undefined;
  const { dockerConfigCredentials } = await import('../oci/credentials.js');
  return dockerConfigCredentials(env.dockerConfigDir);
}

/**
 * push-to-registry: the images whose attestation did not reach the registry, as one error naming each and
 * where its bundle is on disk; undefined when every push succeeded (or nothing was pushed).
 */
export function pushFailure(result: AttestResult): AgentAttestError | undefined {
  const failed = result.attestations.filter((a) => a.push?.status === 'failed');
  if (failed.length === 0) return undefined;
  const pushed = result.attestations.filter((a) => a.push?.status === 'pushed').length;
  const lines = failed.map(
    (a) =>
      `${a.image!.name}@${a.image!.digest}: ${a.push!.status === 'failed' ? a.push!.error : ''} (bundle kept at ${a.bundlePath})`,
  );
  return new AgentAttestError(
    'REGISTRY',
    `push-to-registry failed for ${failed.length} of ${failed.length + pushed} image(s): ${lines.join('; ')}`,
  );
}
