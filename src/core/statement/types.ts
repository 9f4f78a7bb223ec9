/**
 * in-toto Statement v1 and SLSA Provenance v1 shapes (https://slsa.dev/provenance/v1,
 * https://github.com/in-toto/attestation/tree/main/spec/v1). Shared by every producer of facts.
 */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** The buildType GitHub's own attest action writes; used when the OIDC token comes from GitHub Actions. */
export const GITHUB_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** Our buildType for statements built outside GitHub Actions (CLI, other CI). */
export const LOCAL_BUILD_TYPE = 'https://agent-attest.dev/buildtypes/local/v1';
/** Key of our one namespaced extension object inside the predicate. */
export const EXTENSION_KEY = 'https://agent-attest.dev/ext/v1';

export type DigestSet = Record<string, string>;

/** in-toto ResourceDescriptor. */
export interface ResourceDescriptor {
  uri?: string;
  digest?: DigestSet;
  name?: string;
  downloadLocation?: string;
  mediaType?: string;
  annotations?: Record<string, unknown>;
}

export interface Subject {
  name: string;
  digest: DigestSet;
}

export interface ProvenancePredicate {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters?: Record<string, unknown>;
    resolvedDependencies?: ResourceDescriptor[];
  };
  runDetails: {
    builder: { id: string; version?: Record<string, string>; builderDependencies?: ResourceDescriptor[] };
    metadata?: { invocationId?: string; startedOn?: string; finishedOn?: string };
    byproducts?: ResourceDescriptor[];
  };
  /** Our extension (see docs/extension.schema.json); absent in a plain provenance statement. */
  [EXTENSION_KEY]?: Record<string, unknown>;
}

export interface Statement<P = ProvenancePredicate> {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: string;
  predicate: P;
}
