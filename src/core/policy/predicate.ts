/**
 * Is the agent-attest part of a statement what a producer could have written? Checked before any rule reads it:
 * the extension and every commit annotation validate against docs/extension.schema.json (ajv), and the counts
 * that must agree do (a commit listed twice, `agents` as an object, `range.commits` contradicting `totals` —
 * each once made a policy pass on data it misread). The signer vouches for the statement; this makes sure the
 * rules read it the way it was written. A statement that fails here fails every content rule (PREDICATE_INVALID).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import extensionSchema from '../../../docs/extension.schema.json' with { type: 'json' };
import type { ResourceDescriptor } from '../statement/types.js';

let validators: { extension: ValidateFunction; commit: ValidateFunction } | undefined;

function compiled() {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    const extension = ajv.compile(extensionSchema);
    const commit = ajv.getSchema(`${extensionSchema.$id}#/$defs/commitAnnotations`);
    if (!commit) throw new Error('docs/extension.schema.json has no $defs/commitAnnotations');
    validators = { extension, commit };
  }
  return validators;
}

function describe(where: string, errors: ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  if (!e) return `${where} does not validate`;
  const at = `${where}${e.instancePath}`;
  const extra =
    e.keyword === 'additionalProperties'
      ? ` (${String(e.params.additionalProperty)})`
      : e.keyword === 'enum' || e.keyword === 'pattern' || e.keyword === 'const'
        ? ` (${String(JSON.stringify(e.data) ?? e.data).slice(0, 80)})`
        : '';
  return `${at} ${e.message ?? 'is invalid'}${extra}`;
}

/** Deps the extension annotates: a git commit with annotations (source and review entries carry none/other digests). */
function isCommitEntry(dep: ResourceDescriptor): boolean {
  return typeof dep.digest?.gitCommit === 'string' && dep.annotations !== undefined;
}

/**
 * Why the extension (`ext`) and the commit entries among `deps` cannot be read as written, or undefined when
 * they can. One line, for the reason of every content rule.
 */
export function predicateProblem(ext: unknown, deps: readonly ResourceDescriptor[]): string | undefined {
  const { extension, commit } = compiled();
  if (!extension(ext)) return `the agent-attest extension ${describe('', extension.errors).trim()}`;
  const x = ext as ExtensionCounts;

  const seen = new Set<string>();
  const perAgent = new Map<string, number>();
  let withAgents = 0;
  let entries = 0;
  for (const dep of deps) {
    if (!isCommitEntry(dep)) continue;
    const sha = dep.digest!.gitCommit!;
    if (!commit(dep.annotations))
      return `commit ${sha.slice(0, 12)}: annotations${describe('', commit.errors).trim()}`;
    if (seen.has(sha.toLowerCase())) return `commit ${sha.slice(0, 12)} is listed twice`;
    seen.add(sha.toLowerCase());
    entries++;
    const agents = (dep.annotations as { agents: { id: string }[] }).agents;
    if (agents.length > 0) withAgents++;
    for (const id of new Set(agents.map((a) => a.id))) perAgent.set(id, (perAgent.get(id) ?? 0) + 1);
  }

  const t = x.totals;
  const a = x.attribution;
  const checks: [boolean, string][] = [
    [
      x.range.commits === t.commits,
      `range.commits (${x.range.commits}) is not totals.commits (${t.commits})`,
    ],
    [
      t.commits === t.agentCommits + t.reviewSuggestionCommits + t.unknownCommits,
      `totals.commits (${t.commits}) is not agentCommits + reviewSuggestionCommits + unknownCommits (${t.agentCommits} + ${t.reviewSuggestionCommits} + ${t.unknownCommits})`,
    ],
    [
      a.commitsWithEvidence === t.agentCommits + t.reviewSuggestionCommits,
      `attribution.commitsWithEvidence (${a.commitsWithEvidence}) is not the agent and review-suggestion commits of totals (${t.agentCommits + t.reviewSuggestionCommits})`,
    ],
    [a.listed === entries, `attribution.listed (${a.listed}) is not the ${entries} commit entries listed`],
    [
      withAgents <= a.commitsWithEvidence && withAgents + a.omitted >= a.commitsWithEvidence,
      `${withAgents} listed commits with agents do not account for attribution.commitsWithEvidence (${a.commitsWithEvidence}, ${a.omitted} omitted)`,
    ],
  ];
  for (const [id, n] of perAgent) {
    const total = Object.hasOwn(t.byAgent, id) ? t.byAgent[id]!.commits : 0;
    checks.push([n <= total, `${n} listed commits by ${id}, but totals.byAgent counts ${total}`]);
  }
  const failed = checks.find(([ok]) => !ok);
  return failed ? `the agent-attest extension is inconsistent: ${failed[1]}` : undefined;
}

/** The parts of a validated extension the cross-checks read. */
interface ExtensionCounts {
  range: { commits: number };
  totals: {
    commits: number;
    agentCommits: number;
    reviewSuggestionCommits: number;
    unknownCommits: number;
    byAgent: Record<string, { commits: number }>;
  };
  attribution: { commitsWithEvidence: number; listed: number; omitted: number };
}
