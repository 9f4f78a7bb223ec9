/**
 * The plain-input form of a policy: the common rules as verify/action.yml inputs or CLI flags, without a
 * policy file. Builds the same PolicyDocument a file would hold and validates it with the same schema, so
 * both forms mean exactly the same thing — including an empty list, which a file's schema refuses
 * (`minItems: 1`): a given but empty option (`--allowed-agents ','`, `--max-age ''`) is an error here too,
 * never a rule silently dropped.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { AgentAttestError } from '../errors.js';
import { CLI_NAMES, type OptionNames, type RuleOptionKey } from '../gate/options.js';
import { normalizePolicy, validatePolicyDocument } from './load.js';
import type {
  LoadedPolicy,
  PolicyDocument,
  PolicyInputs,
  Strength,
  SurfaceAction,
  UnknownTreatment,
} from './types.js';

export type { PolicyInputs };

/**
 * The policy the given inputs describe, or undefined when none is set (no policy: the rules are off).
 * Throws POLICY_INVALID (exit 2) naming the option as the user wrote it when a value is malformed or empty.
 */
export function policyFromInputs(
  inputs: PolicyInputs,
  names: OptionNames = CLI_NAMES,
): LoadedPolicy | undefined {
  const doc: PolicyDocument = { version: 1 };
  const agents: NonNullable<PolicyDocument['agents']> = {};
  const reviews: NonNullable<PolicyDocument['reviews']> = {};
  const error = (key: RuleOptionKey, message: string) =>
    new AgentAttestError('POLICY_INVALID', `${names.of(key)} ${message}`);

  const list = (k: 'allowedAgents' | 'deniedAgents' | 'allowedModels' | 'deniedModels') => {
    const v = inputs[k];
    if (v === undefined) return undefined;
    const items = (Array.isArray(v) ? v : v.split(/[,\n]/)).map((s) => s.trim()).filter((s) => s !== '');
    if (items.length === 0)
      throw error(
        k,
        'is an empty list — name at least one, or leave it out (an empty list would drop the rule)',
      );
    return [...new Set(items)];
  };
  const text = (k: RuleOptionKey): string | undefined => {
    const v = inputs[k];
    if (v === undefined || typeof v === 'boolean' || Array.isArray(v)) return undefined;
    const s = String(v).trim();
    if (s === '') throw error(k, 'is empty — give a value, or leave it out');
    return s;
  };
  const bool = (k: 'requireHumanReview' | 'requireCommitTags' | 'denyExecutableSurfaces'): boolean => {
    const v = inputs[k];
    if (v === undefined || typeof v === 'boolean') return v ?? false;
    const s = v.trim().toLowerCase();
    if (s === 'false') return false;
    if (s === 'true') return true;
    throw error(k, `is \`${v}\` — write true or false`);
  };
  const set = <T>(value: T | undefined, apply: (v: T) => void) => {
    if (value !== undefined) apply(value);
  };
  set(list('allowedAgents'), (v) => (agents['allowed-agents'] = v));
  set(list('deniedAgents'), (v) => (agents['denied-agents'] = v));
  set(list('allowedModels'), (v) => (agents['allowed-models'] = v));
  set(list('deniedModels'), (v) => (agents['denied-models'] = v));
  set(text('minEvidenceStrength'), (v) => (agents['min-evidence-strength'] = v as Strength));
  set(text('unknown'), (v) => (agents.unknown = v as UnknownTreatment));
  set(text('maxAgentShare'), (v) => (agents['max-agent-share'] = share(v)));

  if (bool('requireCommitTags')) agents['require-commit-tags'] = true;
  if (bool('requireHumanReview')) reviews['require-human-review'] = true;
  set(text('minApprovals'), (v) => {
    if (!/^[0-9]+$/.test(v)) throw error('minApprovals', `is \`${v}\` — write a whole number such as 2`);
    reviews['min-approvals'] = Number(v);
  });

  let executable = text('executableSurfaces') as SurfaceAction | undefined;
  if (bool('denyExecutableSurfaces')) {
    if (executable !== undefined && executable !== 'deny') {
      throw error(
        'denyExecutableSurfaces',
        `conflicts with ${names.of('executableSurfaces')} ${executable} — set only one`,
      );
    }
    executable = 'deny';
  }
  if (executable !== undefined) doc.surfaces = { 'executable-changes': executable };
  set(text('maxAge'), (v) => (doc.freshness = { 'max-age': v }));

  if (Object.keys(agents).length > 0) doc.agents = agents;
  if (Object.keys(reviews).length > 0) doc.reviews = reviews;
  if (Object.keys(doc).length === 1) return undefined;

  let document: PolicyDocument;
  try {
    document = validatePolicyDocument(doc, 'policy inputs');
  } catch (e) {
    throw new AgentAttestError('POLICY_INVALID', inputMessage(e as Error, names), { cause: e });
  }
  return {
    policy: normalizePolicy(document),
    document,
    source: 'inputs',
    name: 'inputs',
    sha256: createHash('sha256')
      .update(canonicalize(document) ?? '')
      .digest('hex'),
  };
}

function share(s: string): number | string {
  return /%$/.test(s) ? s : Number.isFinite(Number(s)) ? Number(s) : s;
}

/** Maps a schema error on the built document back to the option that caused it. */
function inputMessage(e: Error, names: OptionNames): string {
  const byPath: [RegExp, RuleOptionKey, string][] = [
    [
      /\/agents\/allowed-agents/,
      'allowedAgents',
      'must list known agent ids (see docs/policy.md), e.g. claude-code',
    ],
    [/\/agents\/denied-agents/, 'deniedAgents', 'must list known agent ids (see docs/policy.md), e.g. devin'],
    [/\/agents\/allowed-models/, 'allowedModels', 'must list model globs'],
    [/\/agents\/denied-models/, 'deniedModels', 'must list model globs'],
    [/\/agents\/min-evidence-strength/, 'minEvidenceStrength', 'must be verified, declared or inferred'],
    [
      /\/agents\/max-agent-share/,
      'maxAgentShare',
      'must be a number from 0 to 1 or a percentage such as 40%',
    ],
    [/\/agents\/unknown/, 'unknown', 'must be allow, count-as-agent or deny'],
    [/\/reviews\/min-approvals/, 'minApprovals', 'must be a whole number from 1 to 20'],
    [/\/surfaces\//, 'executableSurfaces', 'must be deny, review or allow'],
    [/\/freshness\//, 'maxAge', 'must be a duration such as 30d, 12h or 90m'],
  ];
  for (const [re, key, fix] of byPath) if (re.test(e.message)) return `${names.of(key)} ${fix}`;
  return e.message;
}
