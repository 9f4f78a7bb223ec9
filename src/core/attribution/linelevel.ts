/**
 * Line-level records: git-ai notes (refs/notes/ai, authorship/3.0.0; LN-1) and Agent Trace records
 * (.agent-trace/; LN-2). Both are unsigned claims (`declared`); we keep agent, model and line counts.
 */
import { addDecisionLogs, type DecisionLog, isDecisionLog, knownLink } from './decision-log.js';
import type { Found } from './detect.js';
import { agentFromToolName } from './rules.js';
import type { Evidence } from './types.js';

const clip = (s: string, n = 200): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function lineCount(ranges: string): number {
  let n = 0;
  for (const part of ranges.split(',')) {
    const m = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!m) continue;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b >= a) n += b - a + 1;
  }
  return n;
}

/** Adds a decision log to a finding (capped and counted as groupEvidence does). */
function addLog(f: Found, log: DecisionLog): void {
  const logs = [...(f.logs ?? [])];
  const omitted = addDecisionLogs(logs, [log]);
  f.logs = logs;
  if (omitted > 0) f.logsOmitted = (f.logsOmitted ?? 0) + omitted;
}

interface AgentIdRecord {
  tool?: unknown;
  model?: unknown;
}

/**
 * Parses a git-ai note: attestation lines, a `---` line, then JSON metadata. Returns one finding per
 * agent (tool) with the lines its sessions/prompts own; [] when the note is not authorship/3.0.0.
 */
export function parseGitAiNote(note: string): Found[] {
  const lines = note.split('\n');
  const sep = lines.findIndex((l) => l.trim() === '---');
  if (sep < 0) return [];
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(lines.slice(sep + 1).join('\n')) as Record<string, unknown>;
  } catch {
    return [];
  }
  if (!meta || typeof meta !== 'object' || meta['schema_version'] !== 'authorship/3.0.0') return [];
  const records = new Map<string, AgentIdRecord>();
  for (const section of ['sessions', 'prompts']) {
    const s = meta[section];
    if (!s || typeof s !== 'object') continue;
    for (const [key, value] of Object.entries(s as Record<string, unknown>)) {
      const agentId = (value as { agent_id?: unknown } | null)?.agent_id;
      if (agentId && typeof agentId === 'object') records.set(key, agentId as AgentIdRecord);
    }
  }
  // Attestation: `  <key> <ranges>` under each file line; `s_x::t_y` belongs to session s_x.
  const linesByKey = new Map<string, number>();
  for (const l of lines.slice(0, sep)) {
    const m = /^ {2}(\S+)\s+(\S+)\s*$/.exec(l);
    if (!m) continue;
    const key = m[1]!.split('::')[0]!;
    linesByKey.set(key, (linesByKey.get(key) ?? 0) + lineCount(m[2]!));
  }
  const byAgent = new Map<string, Found>();
  for (const [key, rec] of records) {
    const tool = typeof rec.tool === 'string' ? rec.tool : '';
    const model =
      typeof rec.model === 'string' && rec.model !== '' && rec.model !== 'unknown' ? rec.model : undefined;
    const agent = agentFromToolName(tool);
    const mapKey = `${agent}\0${model ?? ''}`;
    let f = byAgent.get(mapKey);
    if (!f) {
      const evidence: Evidence = { rule: 'LN-1', tier: 'L', strength: 'declared', where: 'note', lines: 0 };
      if (model) evidence.modelRaw = clip(model);
      if (agent === 'other' && tool) evidence.detail = clip(tool);
      f = { agent, class: 'coding_agent', evidence };
      byAgent.set(mapKey, f);
    }
    f.evidence.lines = (f.evidence.lines ?? 0) + (linesByKey.get(key) ?? 0);
    // A session key (`s_` + 14 hex) is what git-ai's own tools look the session up by.
    if (isDecisionLog('git-ai-session', key)) addLog(f, { kind: 'git-ai-session', value: key });
  }
  return [...byAgent.values()];
}

/**
 * Agent Trace records (JSON Lines or a JSON record/array) → findings per revision. Records for
 * revisions outside the range are ignored by the caller.
 */
export function parseAgentTrace(text: string): Map<string, Found[]> {
  const out = new Map<string, Found[]>();
  const records: unknown[] = [];
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      records.push(...(JSON.parse(trimmed) as unknown[]));
    } catch {
      /* not JSON: ignored */
    }
  } else {
    for (const line of trimmed.split('\n')) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line));
      } catch {
        /* a broken line does not spoil the others */
      }
    }
  }
  for (const r of records) {
    if (!r || typeof r !== 'object') continue;
    const rec = r as {
      version?: unknown;
      vcs?: { type?: unknown; revision?: unknown };
      id?: unknown;
      tool?: { name?: unknown };
      files?: unknown;
    };
    const revision = typeof rec.vcs?.revision === 'string' ? rec.vcs.revision.toLowerCase() : undefined;
    if (!revision || !/^[0-9a-f]{7,64}$/.test(revision) || !Array.isArray(rec.files)) continue;
    const toolName = typeof rec.tool?.name === 'string' ? rec.tool.name : '';
    const recordId =
      typeof rec.id === 'string' && isDecisionLog('agent-trace-record', rec.id.toLowerCase())
        ? ({ kind: 'agent-trace-record', value: rec.id.toLowerCase() } as const)
        : undefined;
    const byKey = new Map<string, Found>();
    for (const file of rec.files as Array<{ conversations?: unknown }>) {
      if (!file || !Array.isArray(file.conversations)) continue;
      for (const conv of file.conversations as Array<{
        contributor?: { type?: unknown; model_id?: unknown };
        ranges?: unknown;
        url?: unknown;
      }>) {
        const type = conv?.contributor?.type;
        if (type !== 'ai' && type !== 'mixed') continue;
        const model = typeof conv.contributor?.model_id === 'string' ? conv.contributor.model_id : undefined;
        let lines = 0;
        if (Array.isArray(conv.ranges)) {
          for (const range of conv.ranges as Array<{
            start_line?: unknown;
            end_line?: unknown;
            contributor?: { type?: unknown };
          }>) {
            const a = Number(range?.start_line);
            const b = Number(range?.end_line);
            const override = range?.contributor?.type;
            if (override !== undefined && override !== 'ai' && override !== 'mixed') continue;
            if (Number.isInteger(a) && Number.isInteger(b) && b >= a) lines += b - a + 1;
          }
        }
        // Agent Trace names the tool; a model id like `anthropic/claude-…` with no tool is still some agent.
        const agent = agentFromToolName(toolName);
        const key = `${agent}\0${model ?? ''}`;
        let f = byKey.get(key);
        if (!f) {
          const evidence: Evidence = {
            rule: 'LN-2',
            tier: 'L',
            strength: 'declared',
            where: 'agent-trace',
            lines: 0,
          };
          if (model) evidence.modelRaw = clip(model);
          if (agent === 'other' && toolName) evidence.detail = clip(toolName);
          f = { agent, class: 'coding_agent', evidence };
          byKey.set(key, f);
        }
        f.evidence.lines = (f.evidence.lines ?? 0) + lines;
        if (recordId) addLog(f, recordId);
        // A conversation's link counts only when it is one of the known kinds (any other host is not followed).
        const link = typeof conv.url === 'string' ? knownLink(conv.url) : undefined;
        if (link) addLog(f, link);
      }
    }
    if (byKey.size > 0) out.set(revision, [...(out.get(revision) ?? []), ...byKey.values()]);
  }
  return out;
}
