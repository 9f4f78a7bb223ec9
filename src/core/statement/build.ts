/**
 * The in-toto statement: pure, from facts already gathered. In GitHub Actions the provenance fields are
 * exactly those GitHub's own attest action writes (so `gh attestation verify`, cosign and slsa-verifier
 * accept the bundle unchanged); elsewhere our own buildType with the facts the environment can vouch for.
 * Facts from other engines go only where in-toto/SLSA allow: extra `resolvedDependencies` and one
 * namespaced extension object.
 */
import { AgentAttestError } from '../errors.js';
import type { GitHubClaims } from '../oidc/index.js';
import type { ProvenancePredicate, ResourceDescriptor, Statement, Subject } from './types.js';
import {
  EXTENSION_KEY,
  GITHUB_BUILD_TYPE,
  LOCAL_BUILD_TYPE,
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE,
} from './types.js';

/** GitHub's attest action and its attestations API refuse larger predicates. */
export const MAX_STATEMENT_BYTES = 16 * 1024 * 1024;

/** The builder id for statements signed outside GitHub Actions. */
export const LOCAL_BUILDER_ID = 'https://agent-attest.dev/builders/local/v1';

export interface GitHubBuildContext {
  kind: 'github';
  claims: GitHubClaims;
  /** `GITHUB_SERVER_URL`, e.g. https://github.com. */
  serverUrl: string;
}

/** What a machine outside GitHub Actions can vouch for about the source. All optional. */
export interface LocalSource {
  /** The origin remote as it may be published (publishableRemote); absent for a repository without one. */
  repository?: string;
  /** Symbolic ref checked out, e.g. refs/heads/main. */
  ref?: string;
  /** HEAD commit. */
  commit?: string;
}

export interface LocalBuildContext {
  kind: 'local';
  source: LocalSource;
  /** agent-attest's version. */
  toolVersion: string;
  /** When the run started (RFC 3339). */
  startedOn?: string;
}

export type BuildContext = GitHubBuildContext | LocalBuildContext;

export interface BuildStatementInput {
  subjects: Subject[];
  context: BuildContext;
  /** Appended after resolvedDependencies[0] (commits with agent evidence, reviews, …). */
  dependencies?: ResourceDescriptor[];
  /** Placed at predicate[EXTENSION_KEY]. */
  extension?: Record<string, unknown>;
}

function githubPredicate(claims: GitHubClaims, serverUrl: string): ProvenancePredicate {
  // owner/repo/.github/workflows/main.yml@refs/heads/main → .github/workflows/main.yml (as GitHub's action does)
  const [workflowPath] = claims.workflow_ref.replace(`${claims.repository}/`, '').split('@');
  return {
    buildDefinition: {
      buildType: GITHUB_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: claims.ref, repository: `${serverUrl}/${claims.repository}`, path: workflowPath },
      },
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment,
        },
      },
      resolvedDependencies: [
        { uri: `git+${serverUrl}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } },
      ],
    },
    runDetails: {
      builder: { id: `${serverUrl}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${serverUrl}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
      },
    },
  };
}

function localPredicate(ctx: LocalBuildContext): ProvenancePredicate {
  const { repository, ref, commit } = ctx.source;
  const source: Record<string, string> = {};
  if (repository) source['repository'] = repository;
  if (ref) source['ref'] = ref;
  if (commit) source['commit'] = commit;
  const resolvedDependencies: ResourceDescriptor[] = [];
  if (commit) {
    const at = ref ?? commit;
    // No uri without a publishable repository: a digest alone is a valid descriptor (in-toto v1).
    resolvedDependencies.push({
      ...(repository ? { uri: `git+${repository}@${at}` } : {}),
      digest: { gitCommit: commit },
    });
  }
  const predicate: ProvenancePredicate = {
    buildDefinition: {
      buildType: LOCAL_BUILD_TYPE,
      externalParameters: { source },
      resolvedDependencies,
    },
    runDetails: {
      builder: { id: LOCAL_BUILDER_ID, version: { 'agent-attest': ctx.toolVersion } },
    },
  };
  if (ctx.startedOn) predicate.runDetails.metadata = { startedOn: ctx.startedOn };
  return predicate;
}

/** One statement for these subjects. Pure: same input, same statement. */
export function buildStatement(input: BuildStatementInput): Statement {
  const predicate =
    input.context.kind === 'github'
      ? githubPredicate(input.context.claims, input.context.serverUrl)
      : localPredicate(input.context);
  if (input.dependencies && input.dependencies.length > 0) {
    predicate.buildDefinition.resolvedDependencies = [
      ...(predicate.buildDefinition.resolvedDependencies ?? []),
      ...input.dependencies,
    ];
  }
  if (input.extension !== undefined) predicate[EXTENSION_KEY] = input.extension;
  return { _type: STATEMENT_TYPE, subject: input.subjects, predicateType: SLSA_PROVENANCE_V1, predicate };
}

/**
 * The exact bytes that are written and signed. Refuses a statement above 16 MiB, which GitHub and the
 * Sigstore services would reject after the work was done.
 */
export function serializeStatement(statement: Statement): Buffer {
  const bytes = Buffer.from(JSON.stringify(statement));
  if (bytes.length > MAX_STATEMENT_BYTES) {
    const deps = statement.predicate.buildDefinition.resolvedDependencies?.length ?? 0;
    const ext = statement.predicate[EXTENSION_KEY];
    const extBytes = ext === undefined ? 0 : Buffer.byteLength(JSON.stringify(ext));
    throw new AgentAttestError(
      'INPUT_INVALID',
      `the statement is ${(bytes.length / 1048576).toFixed(1)} MiB, above the 16 MiB limit (${deps} resolvedDependencies, extension ${(extBytes / 1048576).toFixed(1)} MiB); attest a narrower commit range (--base/--head) or fewer subjects per run`,
    );
  }
  return bytes;
}
