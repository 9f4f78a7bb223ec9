/**
 * Evidence upgrades: facts only GitHub can vouch for that make an agent finding `verified` — a pull
 * request opened by an agent's bot account, or a commit GitHub signed for an agent's bot (GH-1).
 * Data only: the attribution module (src/core/attribution/) decides what an upgrade changes.
 */
import type { AgentId } from '../attribution/types.js';
import type { CommitFacts } from './queries.js';
import type { ReviewEvidence } from './reviews.js';

export interface EvidenceUpgrade {
  commit: string;
  agent: AgentId;
  /** Catalogue rule id (agent-signals.md) whose V1 form this fact is. */
  rule: string;
  /** The bot account GitHub vouches for (REST spelling). */
  login: string;
  source: 'pull-request-author' | 'github-signed-commit';
  pullRequest?: number;
}

interface AgentBot {
  agent: AgentId;
  /** REST logins of the bot account, compared case-insensitively. */
  logins: string[];
  /** Rule for "a PR opened by this bot". */
  prAuthorRule: string;
  /** GitHub-signed commits authored as this bot (only where the reference documents the pattern). */
  signedCommit?: { rule: string; authorName: RegExp; authorEmail: RegExp };
}

/** agent-signals.md §2: the bot accounts of coding agents that open pull requests themselves. */
export const AGENT_BOTS: readonly AgentBot[] = [
  {
    agent: 'copilot-coding-agent',
    logins: ['Copilot', 'copilot-swe-agent[bot]'],
    prAuthorRule: 'GH-3',
    signedCommit: {
      rule: 'GH-1',
      authorName: /^copilot-swe-agent\[bot\]$/i,
      authorEmail: /^\d+\+Copilot@users\.noreply\.github\.com$/i,
    },
  },
  { agent: 'jules', logins: ['google-labs-jules[bot]'], prAuthorRule: 'JU-1' },
  { agent: 'devin', logins: ['devin-ai-integration[bot]'], prAuthorRule: 'DV-1' },
  { agent: 'claude-code', logins: ['claude[bot]'], prAuthorRule: 'CC-5' },
  { agent: 'cursor', logins: ['cursor[bot]'], prAuthorRule: 'CU-6' },
  { agent: 'codex', logins: ['chatgpt-codex-connector[bot]'], prAuthorRule: 'CX-5' },
  { agent: 'kiro', logins: ['kiro-agent[bot]'], prAuthorRule: 'KI-1' },
  { agent: 'gemini-cli', logins: ['gemini-cli[bot]'], prAuthorRule: 'GM-1' },
  { agent: 'factory', logins: ['factory-droid[bot]'], prAuthorRule: 'FD-1' },
];

function botFor(login: string): AgentBot | undefined {
  const l = login.toLowerCase();
  return AGENT_BOTS.find((b) => b.logins.some((x) => x.toLowerCase() === l));
}

/** GitHub's own committer identity on the commits it signs (web-flow key). */
function isGitHubCommitter(c: CommitFacts): boolean {
  return c.committer.name === 'GitHub' && c.committer.email.toLowerCase() === 'noreply@github.com';
}

export function signedCommitUpgrade(c: CommitFacts): EvidenceUpgrade | undefined {
  if (!c.signature?.isValid || !c.signature.wasSignedByGitHub || !isGitHubCommitter(c)) return undefined;
  for (const bot of AGENT_BOTS) {
    const s = bot.signedCommit;
    if (s && s.authorName.test(c.author.name) && s.authorEmail.test(c.author.email)) {
      return {
        commit: c.sha,
        agent: bot.agent,
        rule: s.rule,
        login: c.author.name,
        source: 'github-signed-commit',
      };
    }
  }
  return undefined;
}

/** Every upgrade the collected evidence supports; none when it is unavailable. */
export function evidenceUpgrades(evidence: ReviewEvidence): EvidenceUpgrade[] {
  if (evidence.status !== 'collected') return [];
  const out: EvidenceUpgrade[] = [];
  for (const c of evidence.commits) {
    const signed = signedCommitUpgrade(c);
    if (signed) out.push(signed);
  }
  for (const pr of evidence.pullRequests) {
    if (pr.author.type !== 'Bot') continue; // a User named like a bot is anyone's claim
    const bot = botFor(pr.author.login);
    if (!bot) continue;
    for (const commit of pr.commits) {
      out.push({
        commit,
        agent: bot.agent,
        rule: bot.prAuthorRule,
        login: pr.author.login,
        source: 'pull-request-author',
        pullRequest: pr.number,
      });
    }
  }
  return out;
}
