/**
 * The commit-time tag: a small vendor-neutral set of git trailers the hook writes, and the reader the scan uses
 * (with the `Agent-Authored:` convention security guidance suggests). One place for the vocabulary.
 *
 *   Agent: claude-code (env CLAUDECODE=1)
 *   Agent-Model: claude-opus-4-5 (env ANTHROPIC_MODEL)
 *   Agent-Session: 8a718ed2-2856-435b-bd9a-63c5b8291b42 (env CLAUDE_CODE_SESSION_ID)
 *   Agent-Runner: github-actions https://github.com/o/r/actions/runs/1 (runner github-actions)
 *   Agent-Instructions: sha256:<hex> (2 user files)
 *   Agent-Review: required
 *
 * Each value may end in a parenthesised source: where the hook found the fact. Values are declarations.
 */
import type { Trailer } from './message.js';
import type { CommitTagRecord } from './types.js';

export const TAG_TRAILERS = {
  agent: 'Agent',
  model: 'Agent-Model',
  session: 'Agent-Session',
  runner: 'Agent-Runner',
  instructions: 'Agent-Instructions',
  review: 'Agent-Review',
} as const;

/** `Agent-Authored: Copilot, model=gpt-4-turbo, policy=security-review-required`. */
export const AGENT_AUTHORED = 'Agent-Authored';

/** A value and the source the hook recorded for it. */
export interface TagValue {
  value: string;
  source?: string;
}

/** The trailer sets a tag can come from: this project's hook (`Agent:`) or the `Agent-Authored:` convention. */
export type TagConvention = typeof TAG_TRAILERS.agent | typeof AGENT_AUTHORED;

/** One declared agent: its name as written, where the hook found it, its trailer set and its model. */
export interface TagAgent extends TagValue {
  convention: TagConvention;
  /** The model declared with this agent: the `Agent-Model:` after its `Agent:`, or `model=` of its `Agent-Authored:`. */
  model?: string;
  /** The trailer line that declared it (clipped). */
  line: string;
}

/** What a commit's trailers declare at commit time (each list at most MAX_VALUES long). */
export interface CommitTag {
  /** Agent names as written (`claude-code`, `Copilot`). */
  agents: TagAgent[];
  models: TagValue[];
  sessions: TagValue[];
  runners: TagValue[];
  /** `sha256:<hex>` digests of user-level instruction files. */
  instructions: TagValue[];
  /** Declared review requirements (`required`, `security-review-required`). */
  reviews: string[];
  /** The trailers that made this tag: `Agent` (this hook's set) and/or `Agent-Authored`. */
  conventions: TagConvention[];
}

const MAX_VALUES = 4;
const MAX_LENGTH = 200;

export function formatTagValue(v: TagValue): string {
  return v.source ? `${v.value} (${v.source})` : v.value;
}

/** `value (source)` → {value, source}; a value without a trailing parenthesis has no source. */
export function parseTagValue(text: string): TagValue {
  const t = text.trim().slice(0, MAX_LENGTH);
  const m = /^(.*?\S)\s+\(([^()]*)\)$/.exec(t);
  return m ? { value: m[1]!, source: m[2]! } : { value: t };
}

const lower = (s: string): string => s.toLowerCase();
const clip = (s: string): string => (s.length > MAX_LENGTH ? s.slice(0, MAX_LENGTH) : s);

/** The commit tag of a trailer block, or undefined when it has none. */
export function readCommitTag(trailers: readonly Trailer[]): CommitTag | undefined {
  const tag: CommitTag = {
    agents: [],
    models: [],
    sessions: [],
    runners: [],
    instructions: [],
    reviews: [],
    conventions: [],
  };
  const add = <T>(list: T[], v: T, key: (x: T) => string): void => {
    if (list.length < MAX_VALUES && !list.some((x) => key(x) === key(v))) list.push(v);
  };
  const byValue = (x: TagValue): string => x.value;
  const convention = (name: TagConvention): void => add(tag.conventions, name, (x) => x);
  /** The last `Agent:` read: an `Agent-Model:` below it is its model (the hook writes them in that order). */
  let last: TagAgent | undefined;
  for (const tr of trailers) {
    const token = lower(tr.token);
    if (tr.value.trim() === '') continue;
    if (token === lower(TAG_TRAILERS.agent)) {
      const agent: TagAgent = {
        ...parseTagValue(tr.value),
        convention: TAG_TRAILERS.agent,
        line: clip(tr.line),
      };
      last = tag.agents.find((a) => a.value === agent.value && a.convention === agent.convention) ?? agent;
      add(tag.agents, agent, byValue);
      convention(TAG_TRAILERS.agent);
    } else if (token === lower(TAG_TRAILERS.model)) {
      const model = parseTagValue(tr.value);
      add(tag.models, model, byValue);
      if (last && last.model === undefined) last.model = model.value;
    } else if (token === lower(TAG_TRAILERS.session)) add(tag.sessions, parseTagValue(tr.value), byValue);
    else if (token === lower(TAG_TRAILERS.runner)) add(tag.runners, parseTagValue(tr.value), byValue);
    else if (token === lower(TAG_TRAILERS.instructions))
      add(tag.instructions, parseTagValue(tr.value), byValue);
    else if (token === lower(TAG_TRAILERS.review)) add(tag.reviews, parseTagValue(tr.value).value, (x) => x);
    else if (token === lower(AGENT_AUTHORED)) {
      const authored = parseAgentAuthored(tr.value);
      if (!authored) continue;
      convention(AGENT_AUTHORED);
      add<TagAgent>(
        tag.agents,
        {
          value: authored.agent,
          source: AGENT_AUTHORED,
          convention: AGENT_AUTHORED,
          ...(authored.model ? { model: authored.model } : {}),
          line: clip(tr.line),
        },
        byValue,
      );
      if (authored.model) add(tag.models, { value: authored.model, source: AGENT_AUTHORED }, byValue);
      if (authored.policy && /review/i.test(authored.policy)) add(tag.reviews, authored.policy, (x) => x);
    }
  }
  return tag.agents.length > 0 ? tag : undefined;
}

/** `Copilot, model=gpt-4-turbo, policy=security-review-required` → its parts (the first item is the agent). */
export function parseAgentAuthored(
  value: string,
): { agent: string; model?: string; policy?: string } | undefined {
  const [first, ...rest] = value
    .slice(0, MAX_LENGTH)
    .split(',')
    .map((p) => p.trim());
  if (!first || first.includes('=')) return undefined;
  const out: { agent: string; model?: string; policy?: string } = { agent: first };
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const v = part.slice(eq + 1).trim();
    if (v === '') continue;
    if (key === 'model') out.model = v;
    else if (key === 'policy') out.policy = v;
  }
  return out;
}

/** A tag as scan results and statements record it: values only (where each came from stays in the evidence). */
export function tagRecord(tag: CommitTag): CommitTagRecord {
  const values = (list: TagValue[]): string[] => list.map((v) => v.value);
  const optional = <K extends string>(key: K, list: string[]): Partial<Record<K, string[]>> =>
    list.length > 0 ? ({ [key]: list } as Record<K, string[]>) : {};
  return {
    conventions: [...tag.conventions],
    agents: values(tag.agents),
    ...optional('models', values(tag.models)),
    ...optional('sessions', values(tag.sessions)),
    ...optional('runners', values(tag.runners)),
    ...optional('instructions', values(tag.instructions)),
    ...optional('review', [...tag.reviews]),
  };
}
