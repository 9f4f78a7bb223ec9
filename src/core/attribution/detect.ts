/**
 * Applies the rule catalogue to one commit. Rules are compiled once per catalogue; a combined
 * pre-filter per field keeps the common case (no agent evidence) to a handful of regex tests.
 */
import type { RawCommit } from '../git/log.js';
import { addDecisionLogs, type DecisionLog, type DecisionLogKind, findDecisionLog } from './decision-log.js';
import { coAuthors, mergeBranch, messageSubject, parseMessage, type Trailer } from './message.js';
import { normaliseModel } from './models.js';
import { agentFromToolName, RULES } from './rules.js';
import { readCommitTag, tagRecord, type TagAgent } from './tags.js';
import {
  AGENT_IDS,
  type AgentAttribution,
  type AgentId,
  type CommitTagRecord,
  type Evidence,
  type EvidenceClass,
  type IdentSource,
  type MatchField,
  type Rule,
  type Strength,
  type Tier,
} from './types.js';

/** What detection needs of a commit (all text untrusted): the log reader's fields, less parents and notes. */
export type CommitFacts = Pick<
  RawCommit,
  'sha' | 'authorName' | 'authorEmail' | 'committerName' | 'committerEmail' | 'authorTime' | 'message'
>;

export const STRENGTH_ORDER: Record<Strength, number> = { verified: 3, declared: 2, inferred: 1 };

export function strengthOfTier(tier: Tier | 'GH'): Strength {
  if (tier === 'V1' || tier === 'GH') return 'verified';
  if (tier === 'H') return 'inferred';
  return 'declared';
}

const MAX_MATCH = 200;
const clip = (s: string): string => detach(s.length > MAX_MATCH ? `${s.slice(0, MAX_MATCH - 1)}…` : s);

const ONE_BYTE = /^[\0-\xff]*$/;

/**
 * A copy of `s` that does not share memory with the string it was cut from. V8 keeps a substring as a view of
 * its parent (the whole commit message): kept in a result, a 60-character subject would hold the message.
 */
export function detach(s: string): string {
  if (s.length < 13) return s; // V8 copies short substrings anyway
  const enc = ONE_BYTE.test(s) ? 'latin1' : 'utf16le';
  return Buffer.from(s, enc).toString(enc);
}

interface CompiledMatcher {
  rule: Rule;
  field: MatchField;
  re: RegExp;
  idents?: ReadonlySet<IdentSource>;
  tier: Tier;
  literal?: string;
  requires?: RegExp;
  log?: DecisionLogKind;
}

interface CompiledCatalogue {
  byField: Map<MatchField, CompiledMatcher[]>;
  /** Every body matcher has a literal: a message containing none of them skips the body rules. */
  bodyFilter: RegExp | undefined;
  prefilter: Map<MatchField, RegExp>;
  /**
   * Every rule that reads the message (subject, trailers, co-authors, body, merge branch) needs one of these
   * literals in the raw message: a message matching none skips parsing. Undefined when a rule has no literal.
   */
  messageFilter: RegExp | undefined;
  ignore: Map<string, RegExp>;
  strip: Map<string, RegExp>;
}

const cache = new WeakMap<readonly Rule[], CompiledCatalogue>();

function compile(rules: readonly Rule[]): CompiledCatalogue {
  const hit = cache.get(rules);
  if (hit) return hit;
  const byField = new Map<MatchField, CompiledMatcher[]>();
  const ignore = new Map<string, RegExp>();
  const strip = new Map<string, RegExp>();
  for (const rule of rules) {
    if (rule.model?.ignore) ignore.set(rule.id, new RegExp(rule.model.ignore, 'i'));
    if (rule.model?.strip) strip.set(rule.id, new RegExp(rule.model.strip, 'i'));
    for (const m of rule.matchers) {
      if (!m.pattern) continue;
      const list = byField.get(m.field) ?? [];
      list.push({
        rule,
        field: m.field,
        re: new RegExp(m.pattern, m.flags ?? 'i'),
        idents: m.idents ? new Set(m.idents) : undefined,
        tier: m.tier ?? rule.tier,
        literal: m.literal,
        requires: m.requires ? new RegExp(m.requires, m.flags ?? 'i') : undefined,
        log: m.log,
      });
      byField.set(m.field, list);
    }
  }
  // One alternation per field (named groups made anonymous) rejects most inputs with a single test.
  const prefilter = new Map<MatchField, RegExp>();
  for (const [field, list] of byField) {
    const anon = list.map((m) => `(?:${m.re.source.replace(/\(\?<[A-Za-z]\w*>/g, '(?:')})`);
    prefilter.set(field, new RegExp(anon.join('|'), field === 'body' ? 'im' : 'i'));
  }
  const body = byField.get('body') ?? [];
  const literals = body.map((m) => m.literal);
  const bodyFilter = literals.every((l): l is string => typeof l === 'string') ? anyOf(literals) : undefined;
  const compiled = { byField, prefilter, ignore, strip, bodyFilter, messageFilter: messageFilter(byField) };
  cache.set(rules, compiled);
  return compiled;
}

/** The fields whose input is taken from the commit message. */
const MESSAGE_FIELDS: readonly MatchField[] = ['subject', 'trailer', 'body', 'merge-branch', 'tag'];

function messageFilter(byField: Map<MatchField, CompiledMatcher[]>): RegExp | undefined {
  const all = new Set<string>();
  const matchers = [
    ...MESSAGE_FIELDS.flatMap((f) => byField.get(f) ?? []),
    ...(byField.get('ident') ?? []).filter((m) => !m.idents || m.idents.has('co-author')),
  ];
  for (const m of matchers) {
    const literals = requiredLiterals(m.re);
    if (!literals) return undefined;
    for (const l of literals) all.add(l);
  }
  return all.size === 0 ? undefined : anyOf(all);
}

/**
 * A test for any of `literals`, ASCII-case-insensitively as the matchers compare (no copy of the input: one
 * lower-cased message per commit cost more than the test).
 */
function anyOf(literals: Iterable<string>): RegExp {
  const escaped = [...new Set(literals)].map((l) => l.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'i');
}

/**
 * Literals of which a match of `re` must contain (ASCII-case-insensitively) at least one, or undefined when
 * none can be derived. Conservative: only plain ASCII runs outside groups, classes and quantifiers count,
 * cut at whitespace and ':' because the message parser rebuilds trailers as `token: value` (it trims around
 * the separator and joins continuation lines with a space); every other character of a derived input is
 * copied from the raw message. One literal per top-level alternative; an alternative without a plain run of
 * three may take the literals of a group it requires (`^(?:Name <a@b>|Other <c@d>)$`: one per alternative of
 * the group).
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  // Unicode case folding maps some non-ASCII letters to ASCII ones (K, ſ): no byte-level guarantee then.
  if (re.flags.includes('i') && /[uv]/.test(re.flags)) return undefined;
  const src = re.source;
  const out: string[] = [];
  let best = '';
  let run = '';
  /** The literals of a group this alternative requires, should it have no plain run of three. */
  let fromGroup: string[] | undefined;
  const cut = (): void => {
    for (const piece of run.split(/[\s:]+/)) if (piece.length > best.length) best = piece;
    run = '';
  };
  const endBranch = (): boolean => {
    cut();
    if (best.length >= 3) out.push(best.toLowerCase());
    else if (fromGroup) out.push(...fromGroup);
    else return false;
    best = '';
    fromGroup = undefined;
    return true;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '|') {
      if (!endBranch()) return undefined;
    } else if (ch === '(' || ch === '[') {
      cut();
      const end = skipGroup(src, i);
      if (end < 0) return undefined;
      if (ch === '(' && !fromGroup) fromGroup = requiredGroupLiterals(re, i, end);
      i = end;
    } else if (ch === '*' || ch === '?' || ch === '{') {
      // The previous atom is optional (or a counted repeat): drop it from the run.
      run = run.slice(0, -1);
      cut();
      if (ch === '{') i = src.indexOf('}', i);
      else if (src[i + 1] === '?') i++;
      if (i < 0) return undefined;
    } else if (ch === '+') {
      cut();
      if (src[i + 1] === '?') i++;
    } else if (ch === '\\') {
      const next = src[++i];
      if (next !== undefined && /[\\^$.*+?()[\]{}|/\-<>@#&=!,;'"%~`]/.test(next)) run += next;
      else {
        cut();
        // \d, \s, \b, \k<name>, \x41, …: not a literal character.
        if (next === 'k' && src[i + 1] === '<') i = src.indexOf('>', i);
      }
    } else if (ch === '.' || ch === '^' || ch === '$' || ch.charCodeAt(0) > 0x7e || ch.charCodeAt(0) < 0x20) {
      cut();
    } else run += ch;
  }
  return endBranch() ? out : undefined;
}

/**
 * The literals of the group `re.source[open..close]` when every match of `re` contains a match of it: a plain or
 * capturing group (not a lookaround) that no quantifier makes optional. Undefined otherwise.
 */
function requiredGroupLiterals(re: RegExp, open: number, close: number): string[] | undefined {
  const src = re.source;
  const next = src[close + 1];
  if (next === '*' || next === '?' || next === '{') return undefined;
  const head = /^\((?:\?:|\?<[A-Za-z]\w*>)?/.exec(src.slice(open, close))![0];
  // `(?=`, `(?!`, `(?<=`, `(?<!`, `(?i:`: a lookaround or modifier group, no plain requirement.
  if (head === '(' && src[open + 1] === '?') return undefined;
  let inner: RegExp;
  try {
    inner = new RegExp(src.slice(open + head.length, close), re.flags);
  } catch {
    return undefined; // a back-reference to a group outside it
  }
  return requiredLiterals(inner);
}

/** Index of the `)` or `]` closing the group or class that opens at `start` (-1 when unbalanced). */
function skipGroup(src: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        if (depth === 0) return i;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

interface Found {
  agent: AgentId;
  class: EvidenceClass;
  evidence: Evidence;
  /** Decision logs found with this evidence (or, regrouping an attribution, the ones it had). */
  logs?: readonly DecisionLog[];
  /** Regrouping an attribution: the logs it had left out. */
  logsOmitted?: number;
}

function evidenceFor(
  cat: CompiledCatalogue,
  m: CompiledMatcher,
  match: RegExpExecArray,
  where: string,
  authorTime: number,
  /** Where the decision log is looked for: the matched input, or the text `requires` matched. */
  logText: string,
): Found {
  const rule = m.rule;
  const groups = match.groups ?? {};
  let agent = rule.agent;
  if (rule.agentGroup && groups[rule.agentGroup]) agent = agentFromToolName(groups[rule.agentGroup]!);
  let modelRaw: string | undefined;
  if (rule.model) {
    let v = groups[rule.model.group]?.trim();
    const strip = cat.strip.get(rule.id);
    if (v && strip) v = v.replace(strip, '').replace(/\)$/, '').trim();
    const ignore = cat.ignore.get(rule.id);
    if (v && !(ignore && ignore.test(v))) modelRaw = v;
  }
  const evidence: Evidence = {
    rule: rule.id,
    tier: m.tier,
    strength: strengthOfTier(m.tier),
    where,
    match: clip(match[0]),
  };
  if (modelRaw) evidence.modelRaw = clip(modelRaw);
  if (rule.downWeight) {
    const day = new Date(authorTime * 1000).toISOString().slice(0, 10);
    if (day >= rule.downWeight.from && day <= rule.downWeight.to) {
      evidence.downWeighted = true;
      evidence.strength = 'inferred';
      evidence.detail = rule.downWeight.reason;
    }
  }
  if (rule.agentGroup && agent === 'other' && groups[rule.agentGroup])
    evidence.detail = clip(groups[rule.agentGroup]!.trim());
  if (rule.agent === 'other' && !rule.agentGroup) evidence.detail = rule.product;
  const log = m.log ? findDecisionLog(m.log, logText) : undefined;
  return { agent, class: rule.class, evidence, ...(log ? { logs: [log] } : {}) };
}

/** What every field scan of one commit shares. */
interface ScanContext {
  cat: CompiledCatalogue;
  authorTime: number;
  /** The whole message, for matchers that require a second pattern. */
  message: string;
  out: Found[];
}

function scanField(
  ctx: ScanContext,
  field: MatchField,
  text: string,
  where: string,
  identSource?: IdentSource,
): void {
  const { cat } = ctx;
  const list = cat.byField.get(field);
  if (!list || !cat.prefilter.get(field)!.test(text)) return;
  const seen = new Set<string>();
  for (const m of list) {
    if (identSource && m.idents && !m.idents.has(identSource)) continue;
    if (seen.has(m.rule.id)) continue; // first matcher of a rule wins for one input
    const r = m.re.exec(text);
    if (!r) continue;
    const required = m.requires ? m.requires.exec(ctx.message) : undefined;
    if (required === null) continue;
    seen.add(m.rule.id);
    ctx.out.push(evidenceFor(cat, m, r, where, ctx.authorTime, required ? required[0] : text));
  }
}

/**
 * Groups evidence into one attribution per (agent, class): the strongest strength wins, the first model seen;
 * decision logs are gathered from all of it (also from evidence that repeats a rule and place).
 */
export function groupEvidence(found: Iterable<Found>): AgentAttribution[] {
  const byKey = new Map<string, AgentAttribution>();
  for (const f of found) {
    const key = `${f.agent}\u0000${f.class}`;
    let a = byKey.get(key);
    if (!a) {
      a = {
        id: f.agent,
        class: f.class,
        model: null,
        modelRaw: null,
        strength: f.evidence.strength,
        evidence: [],
      };
      byKey.set(key, a);
    }
    // One entry per rule and place: a squash body repeating a trailer five times is one piece of evidence.
    if (
      !a.evidence.some(
        (e) => e.rule === f.evidence.rule && e.where === f.evidence.where && e.via === f.evidence.via,
      )
    ) {
      a.evidence.push(f.evidence);
    }
    if (STRENGTH_ORDER[f.evidence.strength] > STRENGTH_ORDER[a.strength]) a.strength = f.evidence.strength;
    if (f.logs || f.logsOmitted) {
      const omitted = addDecisionLogs((a.decisionLogs ??= []), f.logs ?? []) + (f.logsOmitted ?? 0);
      if (omitted > 0) a.decisionLogsOmitted = (a.decisionLogsOmitted ?? 0) + omitted;
    }
    if (a.modelRaw === null && f.evidence.modelRaw) {
      a.modelRaw = f.evidence.modelRaw;
      a.model = normaliseModel(f.evidence.modelRaw) ?? f.evidence.modelRaw;
    }
  }
  return [...byKey.values()];
}

export interface Detection {
  agents: AgentAttribution[];
  subject: string;
  /** The commit-time tag, when the trailer block carries one that a `tag` rule of the catalogue reads. */
  commitTag?: CommitTagRecord;
  /**
   * Evidence from a branch rule matching the branch a merge subject names: not the merge's own, it goes to the
   * commits the merge brought (BranchInference).
   */
  mergeEvidence?: Found[];
}

export type { Found };

/** An attribution as the evidence it was grouped from (its decision logs ride on the first), to group again. */
export function toFound(a: AgentAttribution): Found[] {
  return a.evidence.map((evidence, i) => ({
    agent: a.id,
    class: a.class,
    evidence,
    ...(i === 0 && a.decisionLogs ? { logs: a.decisionLogs } : {}),
    ...(i === 0 && a.decisionLogsOmitted ? { logsOmitted: a.decisionLogsOmitted } : {}),
  }));
}

/** Evidence from the commit itself: idents, names, trailers, footers, subject, merge branch. */
export function detectCommit(c: CommitFacts, rules: readonly Rule[] = RULES): Detection {
  const cat = compile(rules);
  const found: Found[] = [];
  const ctx: ScanContext = { cat, authorTime: c.authorTime, message: c.message, out: found };
  scanField(ctx, 'ident', `${c.authorName} <${c.authorEmail}>`, 'author', 'author');
  scanField(ctx, 'ident', `${c.committerName} <${c.committerEmail}>`, 'committer', 'committer');
  scanField(ctx, 'name', c.authorName, 'author');
  if (c.committerName !== c.authorName) scanField(ctx, 'name', c.committerName, 'committer');

  // The common case: nothing in the message any rule could match (one regex test), so no parse.
  if (cat.messageFilter && !cat.messageFilter.test(c.message)) {
    return { agents: found.length > 0 ? groupEvidence(found) : [], subject: messageSubject(c.message) };
  }
  const msg = parseMessage(c.message, { body: !cat.bodyFilter || cat.bodyFilter.test(c.message) });
  // The commit-time tag is this commit's own (the hook writes it as the commit is made), reverts included.
  const commitTag = cat.byField.has('tag') ? tagEvidence(cat, msg.trailers, found) : undefined;
  let mergeEvidence: Found[] | undefined;
  if (!msg.isRevert) {
    scanField(ctx, 'subject', msg.subject, 'subject');
    const blocks: Array<[Trailer[], string, string]> = [
      [msg.trailers, 'trailer', 'co-author'],
      [msg.squashTrailers, 'squash-body', 'squash-body'],
      [msg.footerTrailers, 'footer', 'footer'],
    ];
    for (const [trailers, where] of blocks)
      for (const tr of trailers) scanField(ctx, 'trailer', tr.line, where);
    for (const [trailers, , where] of blocks)
      for (const v of coAuthors(trailers)) scanField(ctx, 'ident', v, where, 'co-author');
    for (const line of msg.bodyLines) scanField(ctx, 'body', line, 'body');
    // A merged agent branch's name is evidence for the commits the merge brought, not for the merge itself.
    const branch = mergeBranch(msg.subject);
    if (branch !== undefined) {
      const fromBranch: Found[] = [];
      scanField({ ...ctx, out: fromBranch }, 'merge-branch', branch, 'merge');
      if (fromBranch.length > 0) mergeEvidence = fromBranch;
    }
  }
  return {
    agents: found.length > 0 ? groupEvidence(found) : [],
    subject: msg.subject,
    ...(commitTag ? { commitTag } : {}),
    mergeEvidence,
  };
}

const KNOWN_AGENTS: ReadonlySet<string> = new Set(AGENT_IDS);

/**
 * Evidence from the commit-time tag in the trailer block (src/core/attribution/tags.ts reads it): one entry per
 * declared agent whose declaring trailer a `tag` rule names. Returns the tag when any rule took it.
 */
function tagEvidence(cat: CompiledCatalogue, trailers: Trailer[], out: Found[]): CommitTagRecord | undefined {
  const tag = readCommitTag(trailers);
  if (!tag) return undefined;
  const matchers = cat.byField.get('tag')!;
  let taken = false;
  for (const declared of tag.agents) {
    const m = matchers.find((x) => x.re.test(declared.line));
    if (!m) continue;
    taken = true;
    out.push(declaredAgent(m, declared));
  }
  return taken ? tagRecord(tag) : undefined;
}

function declaredAgent(m: CompiledMatcher, declared: TagAgent): Found {
  const name = declared.value;
  // The hook writes agent ids (`copilot-coding-agent`); the convention writes product names (`Copilot`).
  const agent = KNOWN_AGENTS.has(name) ? (name as AgentId) : agentFromToolName(name);
  const evidence: Evidence = {
    rule: m.rule.id,
    tier: m.tier,
    strength: strengthOfTier(m.tier),
    where: 'trailer',
    match: clip(declared.line),
  };
  if (declared.model) evidence.modelRaw = clip(declared.model);
  if (agent === 'other') evidence.detail = clip(name);
  return { agent, class: m.rule.class, evidence };
}
