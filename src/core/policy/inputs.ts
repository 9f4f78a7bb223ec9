/**
 * The plain-input form of a policy: the common rules as verify/action.yml inputs or CLI flags, without a
 * policy file. Builds the same PolicyDocument a file would hold and validates it with the same schema, so
 * both forms mean exactly the same thing.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { AgentAttestError } from '../errors.js';
import { normalizePolicy, validatePolicyDocument } from './load.js';
import type { LoadedPolicy, PolicyDocument, Strength, SurfaceAction, UnknownTreatment } from './types.js';
import { INPUT_NAMES, type PolicyInputs } from './input-names.js';

export type { PolicyInputs };

/**
 * The policy the given inputs describe, or undefined when none is set (no policy: the rules are off).
 * Throws POLICY_INVALID (exit 2) naming the input when a value is malformed.
 */
export function policyFromInputs(inputs: PolicyInputs): LoadedPolicy | undefined {
  const doc: PolicyDocument = { version: 1 };
  const agents: NonNullable<PolicyDocument['agents']> = {};
  const reviews: NonNullable<PolicyDocument['reviews']> = {};

  const list = (k: 'allowedAgents' | 'deniedAgents' | 'allowedModels' | 'deniedModels') => {
    const v = inputs[k];
    if (v === undefined) return undefined;
    const items = (Array.isArray(v) ? v : v.split(/[,\n]/)).map((s) => s.trim()).filter((s) => s !== '');
    return items.length > 0 ? [...new Set(items)] : undefined;
  };
  const set = <T>(value: T | undefined, apply: (v: T) => void) => {
    if (value !== undefined) apply(value);
  };
  set(list('allowedAgents'), (v) => (agents['allowed-agents'] = v));
  set(list('deniedAgents'), (v) => (agents['denied-agents'] = v));
  set(list('allowedModels'), (v) => (agents['allowed-models'] = v));
  set(list('deniedModels'), (v) => (agents['denied-models'] = v));
  set(text(inputs.minEvidenceStrength), (v) => (agents['min-evidence-strength'] = v as Strength));
  set(text(inputs.unknown), (v) => (agents.unknown = v as UnknownTreatment));
  set(
    inputs.maxAgentShare === undefined ? undefined : share(inputs.maxAgentShare),
    (v) => (agents['max-agent-share'] = v),
  );

  if (bool(inputs.requireHumanReview, 'requireHumanReview')) reviews['require-human-review'] = true;
  set(text(inputs.minApprovals), (v) => (reviews['min-approvals'] = integer(v, 'minApprovals')));

  let executable = text(inputs.executableSurfaces) as SurfaceAction | undefined;
  if (bool(inputs.denyExecutableSurfaces, 'denyExecutableSurfaces')) {
    if (executable !== undefined && executable !== 'deny') {
      throw inputError(
        'denyExecutableSurfaces',
        `conflicts with executable-surfaces: ${executable} — set only one`,
      );
    }
    executable = 'deny';
  }
  if (executable !== undefined) doc.surfaces = { 'executable-changes': executable };
  set(text(inputs.maxAge), (v) => (doc.freshness = { 'max-age': v }));

  if (Object.keys(agents).length > 0) doc.agents = agents;
  if (Object.keys(reviews).length > 0) doc.reviews = reviews;
  if (Object.keys(doc).length === 1) return undefined;

  let document: PolicyDocument;
  try {
    document = validatePolicyDocument(doc, 'policy inputs');
  } catch (e) {
    throw new AgentAttestError('POLICY_INVALID', `${inputMessage(e as Error)}`, { cause: e });
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

function text(v: string | number | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

function bool(v: boolean | string | undefined, key: keyof PolicyInputs): boolean {
  if (v === undefined || typeof v === 'boolean') return v ?? false;
  const s = v.trim().toLowerCase();
  if (s === '' || s === 'false') return false;
  if (s === 'true') return true;
  throw inputError(key, `is \`${v}\` — write true or false`);
}

function integer(v: string, key: keyof PolicyInputs): number {
  if (!/^[0-9]+$/.test(v)) throw inputError(key, `is \`${v}\` — write a whole number such as 2`);
  return Number(v);
}

function share(v: number | string): number | string {
  if (typeof v === 'number') return v;
  const s = v.trim();
  return /%$/.test(s) ? s : s === '' ? s : Number.isFinite(Number(s)) ? Number(s) : s;
}

function inputError(key: keyof PolicyInputs, message: string): AgentAttestError {
  return new AgentAttestError('POLICY_INVALID', `input ${INPUT_NAMES[key]} ${message}`);
}

/** Maps a schema error on the built document back to the input that caused it. */
function inputMessage(e: Error): string {
  const byPath: [RegExp, keyof PolicyInputs, string][] = [
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
  for (const [re, key, fix] of byPath) if (re.test(e.message)) return `input ${INPUT_NAMES[key]} ${fix}`;
  return e.message;
}
