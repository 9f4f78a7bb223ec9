/**
 * The agent(s) making a commit, from the environment the hook runs in, matched against AGENT_SIGNALS exactly.
 * Each fact keeps where it came from (`env CLAUDECODE`, `runner github-actions`), which the trailers carry.
 */
import {
  AGENT_SIGNALS,
  AI_AGENT_SOURCE,
  AI_AGENT_VARIABLE,
  RUNNER_SIGNALS,
  type AgentSignal,
  type Condition,
} from './agents.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/** One fact and where it came from. */
export interface Sourced {
  value: string;
  /** `env NAME` or `runner NAME`. */
  source: string;
}

export interface DetectedAgent {
  /** Agent id, or the tool name as declared (`goose`, an AI_AGENT value). */
  agent: Sourced;
  product: string;
  model?: Sourced;
  session?: Sourced;
}

export interface CommitEnvironment {
  agents: DetectedAgent[];
  /** The CI run the commit was made in, when any. */
  runner?: Sourced;
}

/** A tool name as a trailer value: lower case, words joined by `-`, nothing a trailer parser could trip on. */
const TOOL_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const MAX_VALUE = 200;

function value(env: Environment, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

export function holds(c: Condition, env: Environment, fileExists: (p: string) => boolean): boolean {
  if ('file' in c) return fileExists(c.file);
  const v = value(env, c.env);
  if (v === undefined) return false;
  if (c.equals !== undefined && v !== c.equals) return false;
  if (c.prefix !== undefined && !v.startsWith(c.prefix)) return false;
  if (c.suffix !== undefined && !v.endsWith(c.suffix)) return false;
  return true;
}

/** The variable a signal's first condition names (its source), or the file it tests. */
function sourceOf(s: AgentSignal): string {
  return s.when
    .map((c) => ('file' in c ? `file ${c.file}` : `env ${c.env}${c.equals ? `=${c.equals}` : ''}`))
    .join(' + ');
}

/**
 * A value for a trailer: one line, printable, bounded. Environment values are untrusted text; a newline would
 * start a new trailer, so anything but printable ASCII and common Unicode letters is refused.
 */
export function trailerSafe(v: string): string | undefined {
  const t = v.trim();
  if (t === '' || t.length > MAX_VALUE || /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(t)) return undefined;
  return t;
}

function firstSet(env: Environment, names: readonly string[] | undefined): Sourced | undefined {
  for (const name of names ?? []) {
    const v = value(env, name);
    const safe = v === undefined ? undefined : trailerSafe(v);
    if (safe !== undefined) return { value: safe, source: `env ${name}` };
  }
  return undefined;
}

export function detectCommitEnvironment(
  env: Environment,
  fileExists: (path: string) => boolean,
): CommitEnvironment {
  const byAgent = new Map<string, DetectedAgent>();
  for (const s of AGENT_SIGNALS) {
    if (!s.when.every((c) => holds(c, env, fileExists))) continue;
    const session = firstSet(env, s.session);
    const found = byAgent.get(s.agent);
    if (found) {
      // A second row of the same agent adds what the first did not have.
      found.session ??=
        session && (s.sessionUrl ? { ...session, value: sessionLink(s.sessionUrl, session.value) } : session);
      continue;
    }
    const model = firstSet(env, s.model);
    byAgent.set(s.agent, {
      agent: { value: s.agent, source: sourceOf(s) },
      product: s.product,
      ...(model ? { model } : {}),
      ...(session
        ? {
            session: s.sessionUrl ? { ...session, value: sessionLink(s.sessionUrl, session.value) } : session,
          }
        : {}),
    });
  }
  const declared = value(env, AI_AGENT_VARIABLE)?.trim().toLowerCase().replace(/\s+/g, '-');
  if (declared !== undefined && TOOL_NAME.test(declared) && !byAgent.has(declared)) {
    byAgent.set(declared, {
      agent: { value: declared, source: `env ${AI_AGENT_VARIABLE}` },
      product: `declared by ${AI_AGENT_VARIABLE} (${AI_AGENT_SOURCE})`,
    });
  }
  return { agents: [...byAgent.values()], ...runnerOf(env, fileExists) };
}

/** The id goes into the link only when it is a plain token (no `/`, `?`, spaces). */
function sessionLink(template: string, id: string): string {
  return /^[A-Za-z0-9._-]+$/.test(id) ? template.replace('{id}', id) : id;
}

function runnerOf(env: Environment, fileExists: (p: string) => boolean): { runner?: Sourced } {
  for (const r of RUNNER_SIGNALS) {
    if (!r.when.every((c) => holds(c, env, fileExists))) continue;
    let complete = true;
    const url = r.url.replace(/\{([A-Z0-9_]+)\}/g, (_, name: string) => {
      const v = value(env, name);
      if (v === undefined || !/^[A-Za-z0-9._:/@-]+$/.test(v)) complete = false;
      return v ?? '';
    });
    const link = complete ? trailerSafe(url) : undefined;
    return { runner: { value: link ? `${r.runner} ${link}` : r.runner, source: `runner ${r.runner}` } };
  }
  return {};
}
