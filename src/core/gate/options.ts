/**
 * Every option of the gate in one table: its key (the field of GateOptions, IdentityPolicy or PolicyInputs it
 * fills), its CLI flag and its verify-action input. The CLI builds its argument parser from this table, the
 * action reads its inputs from it, and the core's errors name an option through OptionNames — so a message
 * always names what the user typed (`--signer-workflow` on the command line, input 'signer-workflow' in a
 * workflow). Dependency-free on purpose: a plain verify reads it without loading the policy engine.
 */

export type OptionType = 'string' | 'boolean' | 'list';

export interface OptionSpec {
  type: OptionType;
  /** The CLI flag without `--`; null: the CLI has no such flag. */
  flag: string | null;
  /** The verify action's input; null: the action has no such input. */
  input: string | null;
}

const both = (name: string, type: OptionType = 'string'): OptionSpec => ({ type, flag: name, input: name });
const cliOnly = (name: string, type: OptionType = 'string'): OptionSpec => ({
  type,
  flag: name,
  input: null,
});

/** Keys of IdentityPolicy (src/core/verify/identity.ts), in the order usage text lists them. */
export const IDENTITY_OPTIONS = {
  signerWorkflow: both('signer-workflow'),
  signerRepo: both('signer-repo'),
  repository: both('repository'),
  repositoryId: both('repository-id'),
  owner: both('owner'),
  ownerId: both('owner-id'),
  certificateIdentity: both('certificate-identity'),
  certificateIdentityRegExp: both('certificate-identity-regexp'),
  oidcIssuer: both('certificate-oidc-issuer'),
  sourceRef: both('source-ref'),
  sourceDigest: both('source-digest'),
  signerDigest: both('signer-digest'),
  denySelfHostedRunners: both('deny-self-hosted-runners', 'boolean'),
  allowAnyIdentity: cliOnly('allow-any-identity', 'boolean'),
} as const satisfies Record<string, OptionSpec>;

/** Keys of PolicyInputs (src/core/policy/types.ts): the plain rules, docs/policy.md "Plain inputs". */
export const RULE_OPTIONS = {
  requireHumanReview: both('require-human-review', 'boolean'),
  requireCommitTags: both('require-commit-tags', 'boolean'),
  minApprovals: both('min-approvals'),
  allowedAgents: both('allowed-agents', 'list'),
  deniedAgents: both('denied-agents', 'list'),
  allowedModels: both('allowed-models', 'list'),
  deniedModels: both('denied-models', 'list'),
  minEvidenceStrength: both('min-evidence-strength'),
  maxAgentShare: both('max-agent-share'),
  unknown: both('unknown'),
  denyExecutableSurfaces: both('deny-executable-surfaces', 'boolean'),
  executableSurfaces: both('executable-surfaces'),
  maxAge: both('max-age'),
} as const satisfies Record<string, OptionSpec>;

/** The rest of GateOptions. */
export const GATE_OPTIONS = {
  subjectPath: { type: 'list', flag: null, input: 'subject-path' },
  subjectDigest: { type: 'list', flag: null, input: 'subject-digest' },
  subjectImage: { type: 'list', flag: null, input: 'subject-image' },
  subjectName: { type: 'string', flag: null, input: 'subject-name' },
  bundle: { type: 'list', flag: 'bundle', input: 'bundle-path' },
  trustedRoot: both('trusted-root'),
  predicateType: both('predicate-type'),
  allowLegacyBundles: both('allow-legacy-bundles', 'boolean'),
  allowMessageSignatures: cliOnly('allow-message-signatures', 'boolean'),
  key: cliOnly('key'),
  policy: both('policy'),
  online: both('online', 'boolean'),
  githubApiUrl: cliOnly('github-api-url'),
  allowInsecureRegistry: both('allow-insecure-registry', 'boolean'),
  offline: both('offline', 'boolean'),
  requireFreshRoot: both('require-fresh-root', 'boolean'),
  tufUrl: cliOnly('tuf-url'),
  tufRoot: cliOnly('tuf-root'),
  ...IDENTITY_OPTIONS,
  ...RULE_OPTIONS,
} as const satisfies Record<string, OptionSpec>;

export type OptionKey = keyof typeof GATE_OPTIONS;
export type IdentityOptionKey = keyof typeof IDENTITY_OPTIONS;
export type RuleOptionKey = keyof typeof RULE_OPTIONS;

/** How a front end names its options in messages. */
export interface OptionNames {
  /** The verb before an option: `pass` (CLI) or `set` (action). */
  verb: string;
  /** How the artifacts are given. */
  artifact: string;
  /** The rule options as a group: `the rule flags`. */
  rules: string;
  /** One option as the user writes it: `--signer-workflow` or input 'signer-workflow'. */
  of(key: OptionKey): string;
  /** The option with a placeholder for its value where the front end writes one: `--bundle FILE`. */
  with(key: OptionKey, value: string): string;
}

/** The CLI's spelling (the default). */
export const CLI_NAMES: OptionNames = {
  verb: 'pass',
  artifact: 'a file path, sha256:HEX or oci://REGISTRY/REPOSITORY@sha256:HEX',
  rules: 'the rule flags',
  of: (key) => {
    const spec: OptionSpec = GATE_OPTIONS[key];
    return spec.flag !== null ? `--${spec.flag}` : `input '${spec.input}'`;
  },
  with: (key, value) => `${CLI_NAMES.of(key)} ${value}`,
};

/** The verify action's spelling. */
export const ACTION_NAMES: OptionNames = {
  verb: 'set',
  artifact: "input 'subject-path', 'subject-digest' or 'subject-image'",
  rules: 'the rule inputs',
  of: (key) => {
    const spec: OptionSpec = GATE_OPTIONS[key];
    return spec.input !== null ? `input '${spec.input}'` : `--${spec.flag}`;
  },
  with: (key) => ACTION_NAMES.of(key),
};
