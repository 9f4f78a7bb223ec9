/**
 * Real commit shapes of each agent, from ../shared/reference/agent-signals.md (author, committer, message),
 * and look-alikes that must NOT count. Shared by the rule and scan tests.
 */
import type { Ident } from '../support/gitrepo.js';

export interface Shape {
  name: string;
  author?: Ident;
  committer?: Ident;
  message: string;
  /** Expected agents (id → strength); {} for "no agent". */
  expect: Record<string, { strength: string; rule: string; model?: string | null; class?: string }>;
}

const human: Ident = { name: 'Ada Lovelace', email: 'ada@example.org' };

export const AGENT_SHAPES: Shape[] = [
  {
    name: 'Claude Code CLI trailer with model (CC-1) and footer (CC-2)',
    author: human,
    message:
      'Fix token refresh race\n\nThe refresh ran twice.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1', model: 'anthropic/claude-opus-4-5' } },
  },
  {
    name: 'Claude Code older footer (claude.ai/code) and plain Claude trailer',
    author: human,
    message:
      'Add parser\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1', model: null } },
  },
  {
    name: 'Claude Code web session trailer (CC-3)',
    author: { name: 'Claude', email: 'noreply@anthropic.com' },
    message: 'Refactor config loading\n\nClaude-Session: https://claude.ai/code/session_01AbCdEf23\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-4' } },
  },
  {
    name: 'claude-code-action bot author with the github-actions id (CC-5)',
    author: { name: 'claude[bot]', email: '41898282+claude[bot]@users.noreply.github.com' },
    message: 'Apply review feedback\n\nCo-authored-by: Ada Lovelace <ada@example.org>\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-5' } },
  },
  {
    name: 'Copilot cloud agent (GH-1 + GH-2)',
    author: { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' },
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    message:
      'Fix logger warning on Windows import\n\nCo-authored-by: xhluca <21180505+xhluca@users.noreply.github.com>\nAgent-Logs-Url: https://github.com/xhluca/bm25s/sessions/0f8fad5b-d9cb-469f-a165-70867728950e\n',
    expect: { 'copilot-coding-agent': { strength: 'declared', rule: 'GH-1' } },
  },
  {
    name: 'Copilot CLI trailer (GH-5)',
    author: human,
    message: 'Tidy imports\n\nCo-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>\n',
    expect: { copilot: { strength: 'declared', rule: 'GH-5' } },
  },
  {
    name: 'Copilot Autofix applied (GH-7): review suggestion class',
    author: human,
    message:
      'Potential fix for code scanning alert no. 12\n\nCo-authored-by: Copilot Autofix powered by AI <175728472+Copilot@users.noreply.github.com>\n',
    expect: { copilot: { strength: 'declared', rule: 'GH-7', class: 'ai_review_suggestion' } },
  },
  {
    name: 'Gemini Code Assist suggestion (GM-2): review suggestion class',
    author: human,
    message:
      'Update src/main.ts\n\nCo-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>\n',
    expect: { 'gemini-code-assist': { strength: 'declared', rule: 'GM-2', class: 'ai_review_suggestion' } },
  },
  {
    name: 'Cursor trailer (CU-1) and Made-with (CU-2)',
    author: human,
    message: 'Add retry\n\nMade-with: Cursor\nCo-authored-by: Cursor <cursoragent@cursor.com>\n',
    expect: { cursor: { strength: 'declared', rule: 'CU-2' } },
  },
  {
    name: 'Cursor background agent author (CU-3)',
    author: { name: 'Cursor Agent', email: 'cursoragent@cursor.com' },
    message: 'Implement pagination\n',
    expect: { cursor: { strength: 'declared', rule: 'CU-3' } },
  },
  {
    name: 'Codex trailer (CX-1) with model',
    author: human,
    message: 'Fix flaky test\n\nCo-authored-by: Codex (gpt-5-codex) <noreply@openai.com>\n',
    expect: { codex: { strength: 'declared', rule: 'CX-1', model: 'openai/gpt-5-codex' } },
  },
  {
    name: 'Codex Cloud task link in a squash message (CX-2)',
    author: human,
    message:
      'Add CSV export (#88)\n\n## Summary\n- export\n\n------\nhttps://chatgpt.com/codex/tasks/task_e_0123456789abcdef0123456789abcdef\n',
    expect: { codex: { strength: 'declared', rule: 'CX-2' } },
  },
  {
    name: 'Devin author (DV-1)',
    author: { name: 'Devin AI', email: '158243242+devin-ai-integration[bot]@users.noreply.github.com' },
    message: 'Add health check endpoint\n',
    expect: { devin: { strength: 'declared', rule: 'DV-1' } },
  },
  {
    name: 'Jules squash co-author (JU-1)',
    author: human,
    message:
      'Add dark mode (#31)\n\n* Add dark mode toggle\n\n---------\n\nCo-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>\n',
    expect: { jules: { strength: 'declared', rule: 'JU-1' } },
  },
  {
    name: 'Aider ≥0.85 trailer with model (AI-1)',
    author: human,
    message:
      'feat: Add CSV reader\n\nCo-authored-by: aider (anthropic/claude-sonnet-4-20250514) <aider@aider.chat>\n',
    expect: { aider: { strength: 'declared', rule: 'AI-1', model: 'anthropic/claude-sonnet-4-20250514' } },
  },
  {
    name: 'Aider name suffix (AI-2)',
    author: { name: 'Ada Lovelace (aider)', email: 'ada@example.org' },
    message: 'fix: Handle empty input\n',
    expect: { aider: { strength: 'declared', rule: 'AI-2' } },
  },
  {
    name: 'Amp thread trailer (AM-1)',
    author: human,
    message:
      'Improve cache\n\nAmp-Thread-ID: https://ampcode.com/threads/T-0f8fad5b-d9cb-469f-a165-70867728950e\nCo-authored-by: Amp <amp@ampcode.com>\n',
    expect: { amp: { strength: 'declared', rule: 'AM-1' } },
  },
  {
    name: 'OpenHands author (OH-1)',
    author: { name: 'openhands', email: 'openhands@all-hands.dev' },
    message: 'Fix lint\n',
    expect: { openhands: { strength: 'declared', rule: 'OH-1' } },
  },
  {
    name: 'Kernel Assisted-by with model (ST-1)',
    author: human,
    message:
      'mm: fix overflow\n\nAssisted-by: Claude:claude-3-opus coccinelle\nSigned-off-by: Ada Lovelace <ada@example.org>\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'ST-1', model: 'anthropic/claude-3-opus' } },
  },
  {
    name: 'Fedora free-form Assisted-by with an unknown tool (ST-1 → other)',
    author: human,
    message: 'Update spec\n\nAssisted-by: Tabnine\n',
    expect: { other: { strength: 'declared', rule: 'ST-1' } },
  },
  {
    name: 'OpenCode trailer (OC-1), Warp (WA-1): several agents on one commit',
    author: human,
    message:
      'Pair session\n\nCo-Authored-By: opencode <noreply@opencode.ai>\nCo-Authored-By: Warp <agent@warp.dev>\n',
    expect: {
      opencode: { strength: 'declared', rule: 'OC-1' },
      warp: { strength: 'declared', rule: 'WA-1' },
    },
  },
  {
    name: 'Replit agent (RP-1)',
    author: human,
    message: 'Published your App\n\nReplit-Commit-Author: Agent\nReplit-Commit-Session-Id: 3f1c0e2a\n',
    expect: { replit: { strength: 'declared', rule: 'RP-1' } },
  },
];

export const NEGATIVE_SHAPES: Shape[] = [
  {
    name: 'the merge of an agent branch (its name is evidence for the merged commits, not the merge)',
    author: human,
    message: 'Merge pull request #13 from anvilnine/claude/fix-upload-AbC12\n\nFix upload\n',
    expect: {},
  },
  {
    name: 'look-alike address',
    author: human,
    message: 'Update\n\nCo-Authored-By: Claude <noreply@anthropic.com.evil.example>\n',
    expect: {},
  },
  {
    name: 'look-alike bot login',
    author: { name: 'evilclaude[bot]', email: '1+evilclaude[bot]@users.noreply.github.com' },
    message: 'Update\n',
    expect: {},
  },
  {
    name: 'a person named Claude',
    author: { name: 'Claude Monet', email: 'claude@monet.example' },
    message: 'Paint water lilies\n\nCo-authored-by: Claude Shannon <claude@shannon.example>\n',
    expect: {},
  },
  {
    name: 'human co-authors',
    author: human,
    message:
      'Pairing\n\nCo-authored-by: Grace Hopper <grace@example.org>\nSigned-off-by: Ada Lovelace <ada@example.org>\n',
    expect: {},
  },
  {
    name: 'trailer quoted in the body (not the last paragraph)',
    author: human,
    message:
      'Detect Claude commits\n\nClaude Code ends its commits with:\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n\nso we match that line.\n',
    expect: {},
  },
  {
    name: 'trailer inside a fenced code block',
    author: human,
    message:
      'Document trailers\n\n```\nCo-Authored-By: Claude <noreply@anthropic.com>\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n```\n',
    expect: {},
  },
  {
    name: 'trailer behind >',
    author: human,
    message:
      'Reply to review\n\n> 🤖 Generated with [Claude Code](https://claude.com/claude-code)\n> Co-Authored-By: Claude <noreply@anthropic.com>\n',
    expect: {},
  },
  {
    name: 'footer mentioned in prose',
    author: human,
    message:
      'Stop writing the "🤖 Generated with [Claude Code](https://claude.com/claude-code)" footer\n\nWe strip it now.\n',
    expect: {},
  },
  {
    name: 'revert message quoting an agent commit',
    author: human,
    message:
      'Revert "Add parser"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
    expect: {},
  },
  {
    name: 'Assisted-by naming a person',
    author: human,
    message: 'Fix docs\n\nAssisted-by: Grace Hopper <grace@example.org>\n',
    expect: {},
  },
];
