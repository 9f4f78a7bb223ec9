/**
 * The test tier of bench/attribution-real on its committed extract: the evidence lines of the hand labels
 * (bench/attribution-real/labels, the only part of the corpus kept in this repository). Each distinct line is
 * re-created in a commit of its own — an identity as the author or committer, any other line below an invented
 * subject — and must be attributed directly to the labelled agent and class. The full bench scans the
 * histories themselves (placement, squash bodies, reverts, branch inference); this tier keeps the catalogue
 * from losing a labelled shape between bench runs.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelFile } from '../../bench/attribution-real/score.js';
import { detectCommit } from '../../src/core/attribution/detect.js';

const LABELS = path.join(import.meta.dirname, '..', '..', 'bench', 'attribution-real', 'labels');
const human = { name: 'Ada Lovelace', email: 'ada@example.org' };

interface Case {
  repository: string;
  sha: string;
  agent: string;
  evidence: string;
}

/** Distinct (agent, evidence line) pairs of every label file. */
function extract(): Case[] {
  const seen = new Set<string>();
  const cases: Case[] = [];
  for (const file of readdirSync(LABELS)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const { repository, labels } = readLabelFile(path.join(LABELS, file));
    for (const l of labels) {
      if (l.uncertain) continue;
      for (const a of l.agents) {
        const agent = `${a.id}/${a.class}`;
        const k = `${agent}\0${a.evidence}`;
        if (seen.has(k)) continue;
        seen.add(k);
        cases.push({ repository, sha: l.sha, agent, evidence: a.evidence });
      }
    }
  }
  return cases;
}

/** The commit an evidence line stands for: `A:`/`C:` identities as author/committer, else a message line. */
function recreate(evidence: string) {
  const ident = /^([AC]): (.*?) <([^>]*)>$/.exec(evidence);
  const author = ident?.[1] === 'A' ? { name: ident[2]!, email: ident[3]! } : human;
  const committer = ident?.[1] === 'C' ? { name: ident[2]!, email: ident[3]! } : author;
  // A subject line (aider's `aider:` prefix) stays the subject; anything else goes below one.
  const message = ident
    ? 'Update the parser\n'
    : /^aider: /.test(evidence)
      ? `${evidence}\n`
      : `Update the parser\n\n${evidence}\n`;
  return detectCommit({
    sha: '0'.repeat(40),
    authorName: author.name,
    authorEmail: author.email,
    committerName: committer.name,
    committerEmail: committer.email,
    authorTime: Date.parse('2026-01-10T12:00:00Z') / 1000,
    message,
  }).agents;
}

describe('bench/attribution-real labels as a committed extract', () => {
  const cases = extract();

  it('holds labelled evidence of every agent the issue names', () => {
    const agents = new Set(cases.map((c) => c.agent.split('/')[0]));
    for (const id of [
      'claude-code',
      'copilot-coding-agent',
      'copilot',
      'cursor',
      'codex',
      'devin',
      'jules',
      'gemini-cli',
      'gemini-code-assist',
      'aider',
      'amp',
      'opencode',
    ])
      expect(agents, id).toContain(id);
  });

  it('attributes each distinct evidence line, re-created, directly to its labelled agent (recall ≥ 0.97)', () => {
    const missed = cases.filter((c) => {
      const direct = recreate(c.evidence).filter((a) => a.evidence.some((e) => e.strength !== 'inferred'));
      return !direct.some((a) => `${a.id}/${a.class}` === c.agent);
    });
    const recall = 1 - missed.length / cases.length;
    const list = missed.map(
      (m) => `${m.repository} ${m.sha.slice(0, 12)} ${m.agent}: ${m.evidence.slice(0, 120)}`,
    );
    expect(recall, `missed ${missed.length} of ${cases.length}:\n${list.join('\n')}`).toBeGreaterThanOrEqual(
      0.97,
    );
  });
});
