/**
 * Reading a policy file: bounded YAML parsing (size, depth, aliases, no tags, unique keys, one document),
 * validation against docs/policy.schema.json with ajv, and errors that point at `FILE:LINE:COL` and say the
 * fix. A policy that does not load is a usage error (exit 2), never a silent "no policy".
 */
import { createHash } from 'node:crypto';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
} from 'yaml';
import { AgentAttestError } from '../errors.js';
import { readInputBytes } from '../files.js';
import { CLI_NAMES, type OptionNames } from '../gate/options.js';
import policySchema from '../../../docs/policy.schema.json' with { type: 'json' };
import type { LoadedPolicy, Policy, PolicyDocument } from './types.js';

/** Policy files are a few hundred bytes; anything this large is a mistake or an attack. */
export const MAX_POLICY_BYTES = 128 * 1024;
const MAX_DEPTH = 16;
const MAX_NODES = 20_000;
const MAX_ALIASES = 100;

export interface PolicyIssue {
  file: string;
  line: number;
  col: number;
  /** What is wrong and the fix, one line. */
  message: string;
}

/** A policy that cannot be used; `issues` lists every problem found (the message shows the first). */
export class PolicyValidationError extends AgentAttestError {
  readonly issues: PolicyIssue[];
  constructor(issues: PolicyIssue[]) {
    const [first] = issues;
    const where = first ? `${first.file}:${first.line}:${first.col}: ${first.message}` : 'invalid policy';
    const more =
      issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super('POLICY_INVALID', `${where}${more}`);
    this.name = 'PolicyValidationError';
    this.issues = issues;
  }

  /** Every problem, one per line, `FILE:LINE:COL: message`. */
  describe(): string {
    return this.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`).join('\n');
  }
}

let validator: ValidateFunction | undefined;

/** The compiled schema validator (compiled once per process). */
export function policyValidator(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(policySchema);
  return validator;
}

/**
 * Reads and parses a policy file: a regular file of at most MAX_POLICY_BYTES (counted as read, so `/dev/zero`,
 * a FIFO or a directory is refused before parsing, exit 2). `names` says how to name the option in errors.
 */
export async function loadPolicyFile(file: string, names: OptionNames = CLI_NAMES): Promise<LoadedPolicy> {
  const bytes = await readInputBytes(
    file,
    {
      what: `${names.of('policy')} file`,
      fix: 'pass the path of a YAML policy (docs/policy.md)',
      code: 'POLICY_INVALID',
    },
    MAX_POLICY_BYTES,
  );
  return parsePolicy(bytes, file);
}

/** Parses and validates policy bytes (or text). `file` names the source in every error. */
export function parsePolicy(source: Uint8Array | string, file = 'policy.yml'): LoadedPolicy {
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : Buffer.from(source);
  if (bytes.length > MAX_POLICY_BYTES) throw tooLarge(file, bytes.length);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail(file, 1, 1, 'the file is not UTF-8 text — save it as UTF-8 YAML');
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    version: '1.2',
    schema: 'core',
    merge: false,
  });
  const pos = (offset: number | undefined): { line: number; col: number } =>
    offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);

  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    throw new PolicyValidationError(
      yamlProblems.map((e) => {
        const at = e.linePos?.[0] ?? pos(e.pos[0]);
        return { file, line: at.line, col: at.col, message: yamlMessage(e.code, e.message) };
      }),
    );
  }
  checkShape(doc, text, file, pos);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw fail(
      file,
      1,
      1,
      `${(e as Error).message} — remove the anchors and aliases and write the values out`,
    );
  }
  const validate = policyValidator();
  if (!validate(data)) {
    throw new PolicyValidationError(schemaIssues(validate.errors ?? [], doc, file, pos));
  }
  const document = data as unknown as PolicyDocument;
  return {
    policy: normalizePolicy(document),
    document,
    source: 'file',
    name: file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Validates a document built in code (from plain inputs) against the same schema. */
export function validatePolicyDocument(data: unknown, name: string): PolicyDocument {
  const validate = policyValidator();
  if (!validate(data)) {
    const issues = (validate.errors ?? []).map((e) => ({
      file: name,
      line: 0,
      col: 0,
      message: `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
    }));
    throw new AgentAttestError('POLICY_INVALID', `${name}: ${issues.map((i) => i.message).join('; ')}`);
  }
  return data as unknown as PolicyDocument;
}

// ---------------------------------------------------------------------------------------------------------
// Normalisation: defaults, numbers, camelCase. The evaluator only ever sees a Policy.

export function normalizePolicy(doc: PolicyDocument): Policy {
  const id = doc.identity ?? {};
  const ag = doc.agents ?? {};
  const rv = doc.reviews ?? {};
  const named = (n: { name?: string; id?: number | string } | undefined) =>
    n && { name: n.name, id: n.id === undefined ? undefined : String(n.id) };
  const maxAge = doc.freshness?.['max-age'];
  return {
    identity: {
      signerWorkflows: id['signer-workflows'],
      repository: named(id.repository),
      owner: named(id.owner),
      sourceRefs: id['source-refs'],
      issuer: id.issuer,
      runnerEnvironment: id['runner-environment'],
    },
    freshness: {
      maxAgeSeconds: maxAge === undefined ? undefined : parseDuration(maxAge),
      maxAgeText: maxAge,
    },
    agents: {
      allowedAgents: ag['allowed-agents'],
      deniedAgents: ag['denied-agents'],
      allowedModels: ag['allowed-models'],
      deniedModels: ag['denied-models'],
      unknownModel: ag['unknown-model'] ?? 'deny',
      minStrength: ag['min-evidence-strength'] ?? 'inferred',
      maxAgentShare: ag['max-agent-share'] === undefined ? undefined : parseShare(ag['max-agent-share']),
      unknown: ag.unknown ?? 'allow',
      requireCommitTags: ag['require-commit-tags'] ?? false,
    },
    reviews: {
      requireHumanReview: rv['require-human-review'] ?? false,
      minApprovals: rv['min-approvals'],
      appliesTo: rv['applies-to'] ?? 'agent-prs',
      declaredReviews: rv['declared-reviews'] ?? 'enforce',
      protectedPaths: (rv['protected-paths'] ?? []).map((p) => ({
        paths: p.paths,
        minApprovals: p['min-approvals'],
        agentCode: p['agent-code'] ?? 'allow',
      })),
    },
    surfaces: {
      executableChanges: doc.surfaces?.['executable-changes'] ?? 'allow',
      instructionChanges: doc.surfaces?.['instruction-changes'] ?? 'allow',
      highRiskChanges: doc.surfaces?.['high-risk-changes'] ?? 'allow',
    },
  };
}

const UNIT_SECONDS: Record<string, number> = { m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `30d` → seconds. The schema has already checked the form. */
export function parseDuration(text: string): number {
  const m = /^([1-9][0-9]{0,5})(m|h|d|w)$/.exec(text);
  if (!m) throw new AgentAttestError('POLICY_INVALID', `duration ${text} — write e.g. 30d, 12h, 90m or 2w`);
  return Number(m[1]) * (UNIT_SECONDS[m[2]!] ?? 0);
}

/** `0.4` or `40%` → 0.4. */
export function parseShare(value: number | string): number {
  const n = typeof value === 'number' ? value : Number(value.replace(/%$/, '')) / 100;
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    throw new AgentAttestError(
      'POLICY_INVALID',
      `max-agent-share ${value} — write a number from 0 to 1 or a percentage`,
    );
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------
// Hostile input: bounded walk over the YAML tree before anything is materialised.

function checkShape(
  doc: Document,
  source: string,
  file: string,
  pos: (o: number | undefined) => { line: number; col: number },
) {
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    throw fail(file, 1, 1, 'the policy is empty — start it with `version: 1`');
  }
  if (!isMap(root)) {
    const at = pos(isNode(root) ? root.range?.[0] : undefined);
    throw fail(
      file,
      at.line,
      at.col,
      'the policy must be a mapping of keys (`version: 1`, `agents:` …), not a list or a value',
    );
  }
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  let count = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (++count > MAX_NODES)
      throw fail(file, 1, 1, `the policy has more than ${MAX_NODES} values — it is not a policy`);
    if (isPair(node)) {
      stack.push({ node: node.key, depth }, { node: node.value, depth });
      continue;
    }
    if (!isNode(node)) continue;
    const at = () => pos(node.range?.[0]);
    if (depth > MAX_DEPTH) {
      const p = at();
      throw fail(
        file,
        p.line,
        p.col,
        `values nested more than ${MAX_DEPTH} levels deep — a policy is at most 4 levels`,
      );
    }
    if (!isAlias(node) && node.tag !== undefined) {
      // The node's range starts after its tag: point at the `!`.
      const start = node.range?.[0] ?? 0;
      const bang = tagOffset(source, start);
      const p = pos(bang >= 0 ? bang : start);
      throw fail(
        file,
        p.line,
        p.col,
        `YAML tag ${node.tag} is not allowed in a policy — remove the tag (\`!…\`)`,
      );
    }
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
}

function tagOffset(text: string, valueStart: number): number {
  const lineStart = text.lastIndexOf('\n', valueStart - 1) + 1;
  let bang = text.lastIndexOf('!', valueStart);
  if (bang < lineStart) return -1;
  while (bang > lineStart && text[bang - 1] === '!') bang--;
  return bang;
}

function yamlMessage(code: string, message: string): string {
  const what = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?\s*$/, '');
  const fixes: Record<string, string> = {
    DUPLICATE_KEY: 'keep one of the two keys',
    MULTIPLE_DOCS: 'a policy is one YAML document: remove the `---` separators',
    TAG_RESOLVE_FAILED: 'remove the tag (`!…`)',
    BAD_ALIAS: 'define the anchor (`&name`) before using it, or write the value out',
    ALIAS_PROPS: 'remove the anchor or tag from the alias',
    RESOURCE_EXHAUSTION: 'write the values out instead of nesting aliases',
  };
  const fix =
    fixes[code] ??
    (/multiple documents/i.test(what) ? fixes.MULTIPLE_DOCS : 'fix the YAML syntax at this position');
  return `invalid YAML: ${what.replace(/\.$/, '')} — ${fix}`;
}

// ---------------------------------------------------------------------------------------------------------
// ajv errors → `LINE:COL: what — fix`.

/** Hints per schema definition, for pattern/type/oneOf errors. */
const FIX_BY_DEF: Record<string, string> = {
  duration: 'write a duration such as `30d`, `12h`, `90m` or `2w`',
  refPattern: 'write a full git ref such as `refs/heads/main` or `refs/tags/v*`',
  repositoryRef: 'set `name: OWNER/REPO` and/or `id` (the numeric repository id)',
  ownerRef: 'set `name: OWNER` and/or `id` (the numeric owner id)',
  glob: 'write a non-empty glob such as `claude-*`',
  strength: 'use `verified`, `declared` or `inferred`',
  surfaceAction: 'use `deny`, `review` or `allow`',
  protectedPath: 'give `paths` and `min-approvals` and/or `agent-code: deny`',
  agentId: 'use a known agent id (see docs/policy.md)',
  signerWorkflow: 'write `workflow: OWNER/REPO/.github/workflows/FILE.yml` and the refs under `refs`',
};
const FIX_BY_KEY: Record<string, string> = {
  version: 'write `version: 1`',
  workflow: 'write OWNER/REPO/.github/workflows/FILE.yml; put the ref under `refs`, not after `@`',
  issuer: 'write the issuer URL, e.g. https://token.actions.githubusercontent.com',
  'max-agent-share': 'write a number from 0 to 1 (e.g. `0.4`) or a percentage (e.g. `40%`)',
  id: 'write the numeric id, e.g. `123456`',
};

/** ajv inlines some `$ref`s (schemaPath `#/…`): find the definition by the schema object itself. */
const DEF_BY_SCHEMA = new Map<unknown, string>(
  Object.entries(policySchema.$defs).map(([name, schema]) => [schema, name]),
);

type Located = { line: number; col: number };

function schemaIssues(
  errors: ErrorObject[],
  doc: Document,
  file: string,
  pos: (o: number | undefined) => Located,
): PolicyIssue[] {
  // One message per place: a oneOf error stands for its branches' errors at the same path.
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  const issues: (PolicyIssue & { offset: number })[] = [];
  for (const e of errors) {
    if (e.keyword !== 'oneOf' && oneOfPaths.has(e.instancePath)) continue;
    if (e.keyword === 'if') continue;
    const segments = e.instancePath.split('/').slice(1).map(unescapePointer);
    const located = locate(
      doc,
      segments,
      e.keyword === 'additionalProperties' ? e.params.additionalProperty : undefined,
    );
    const message = describe(e, segments);
    const key = `${located ?? -1}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = pos(located);
    issues.push({ file, line: at.line, col: at.col, message, offset: located ?? 0 });
  }
  issues.sort((a, b) => a.offset - b.offset);
  return issues.map(({ offset: _offset, ...i }) => i);
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Offset of the value at `segments` (or of the key `childKey` inside it). */
function locate(doc: Document, segments: string[], childKey?: string): number | undefined {
  let node: unknown = doc.contents;
  let keyOffset: number | undefined;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      keyOffset = isNode(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
      keyOffset = undefined;
    } else break;
  }
  if (childKey !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === childKey);
    if (pair && isNode(pair.key)) return pair.key.range?.[0];
  }
  if (isNode(node) && node.range) return node.range[0];
  return keyOffset;
}

function describe(e: ErrorObject, segments: string[]): string {
  const key = segments.filter((s) => !/^\d+$/.test(s)).at(-1);
  const where = segments.length === 0 ? 'the policy' : `\`${segments.join('.')}\``;
  const def = /#\/\$defs\/([A-Za-z]+)/.exec(e.schemaPath)?.[1] ?? DEF_BY_SCHEMA.get(e.parentSchema);
  const fix = (key && FIX_BY_KEY[key]) ?? (def && FIX_BY_DEF[def]);
  const parent = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const unknown = String(e.params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const guess = closest(unknown, allowed);
      const inside = segments.length === 0 ? 'at the top level' : `in ${where}`;
      return guess
        ? `unknown key \`${unknown}\` ${inside} — did you mean \`${guess}\`?`
        : `unknown key \`${unknown}\` ${inside} — allowed keys: ${allowed.join(', ')}`;
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      if (missing === 'version') return 'missing `version` — add `version: 1` as the first line';
      return `${where} is missing \`${missing}\` — add it`;
    }
    case 'const':
      return `${where} must be ${JSON.stringify(e.params.allowedValue)} — ${fix ?? 'change the value'}`;
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      const shown = allowed.length > 8 ? `${allowed.slice(0, 8).join(', ')}, …` : allowed.join(', ');
      return guess
        ? `${where}: \`${String(e.data)}\` is not allowed — did you mean \`${guess}\`?`
        : `${where}: \`${String(e.data)}\` is not allowed — use one of ${shown}`;
    }
    case 'type': {
      const want = String(e.params.type);
      const got =
        typeof e.data === 'object'
          ? Array.isArray(e.data)
            ? 'a list'
            : e.data === null
              ? 'empty'
              : 'a mapping'
          : `\`${String(e.data)}\``;
      const hint =
        want === 'boolean'
          ? 'write `true` or `false` (YAML 1.2: `yes`/`no`/`on` are strings)'
          : want === 'array'
            ? 'write a list, e.g. `[a, b]` or one `- item` per line'
            : want === 'object'
              ? 'write a mapping of keys'
              : (fix ?? `write a ${want}`);
      return `${where} must be a${/^[aeiou]/.test(want) ? 'n' : ''} ${want === 'array' ? 'list' : want === 'object' ? 'mapping' : want}, not ${got} — ${hint}`;
    }
    case 'pattern':
    case 'format':
    case 'oneOf':
      return `${where}: \`${typeof e.data === 'object' ? JSON.stringify(e.data) : String(e.data)}\` is not valid — ${fix ?? 'see docs/policy.md'}`;
    case 'minItems':
      return `${where} must list at least ${String(e.params.limit)} item${e.params.limit === 1 ? '' : 's'} — add one or remove the key`;
    case 'uniqueItems':
      return `${where} lists the same value twice — remove the duplicate`;
    case 'minimum':
    case 'maximum':
      return `${where} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(e.params.limit)} — change the value`;
    case 'minProperties':
      return `${where} is incomplete — ${fix ?? 'add the missing keys'}`;
    case 'minLength':
    case 'maxLength':
      return `${where} ${e.message ?? 'has a bad length'} — ${fix ?? 'change the value'}`;
    default:
      return `${where} ${e.message ?? 'is invalid'} — ${fix ?? 'see docs/policy.md'}`;
  }
}

/** The allowed word closest to a typo, if close enough to be the one meant. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function fail(file: string, line: number, col: number, message: string): PolicyValidationError {
  return new PolicyValidationError([{ file, line, col, message }]);
}

function tooLarge(file: string, size: number): PolicyValidationError {
  return fail(
    file,
    1,
    1,
    `the file is ${size} bytes; a policy may be at most ${MAX_POLICY_BYTES} — point --policy at the policy file`,
  );
}
