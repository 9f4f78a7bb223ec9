/**
 * Commit shapes seen in public histories that the catalogue missed or misread (issue 16), one or more per
 * class, re-created with our own text (identities and trailer forms as the tools write them; subjects and
 * bodies invented). Each carries the class it belongs to. Shared by detect.test.ts and wild.test.ts (which
 * commits them to a real repository and scans it).
 */
import type { Shape } from './shapes.js';

export type WildClass =
  | 'model-in-identity'
  | 'committer-only-marker'
  | 'footer-outside-last-paragraph'
  | 'squash-revert'
  | 'new-agents-and-names'
  | 'provider-kept';

export interface WildShape extends Shape {
  class: WildClass;
}

const human = { name: 'Ada Lovelace', email: 'ada@example.org' };
const UUID = '3f2a9c4e-7b1d-4e8a-9c0f-5d6e7a8b9c0d';
const GH = '@users.noreply.github.com';

export const WILD_SHAPES: WildShape[] = [
  // ── An agent identity carrying the model; agents as author or committer ──────────────────────────
  {
    class: 'model-in-identity',
    name: 'Claude Code as the author, the model in its name',
    author: { name: 'Claude Opus 4.7', email: 'noreply@anthropic.com' },
    message: 'Tighten the retry window\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-4', model: 'anthropic/claude-opus-4-7' } },
  },
  {
    class: 'model-in-identity',
    name: 'Claude Code co-author named by the bare model family',
    author: human,
    message: 'Split the parser\n\nCo-authored-by: Opus 4.8 <noreply@anthropic.com>\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1', model: 'anthropic/claude-opus-4-8' } },
  },
  {
    class: 'model-in-identity',
    name: 'Claude Code driving another vendor model (the trailer names that model)',
    author: human,
    message: 'Port the cache\n\nCo-authored-by: GPT-5.4 <noreply@anthropic.com>\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1', model: 'openai/gpt-5.4' } },
  },
  {
    class: 'model-in-identity',
    name: 'Claude Code co-author named by a model id',
    author: human,
    message: 'Rename the flag\n\nCo-Authored-By: Claude claude-sonnet-4-6 <noreply@anthropic.com>\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1', model: 'anthropic/claude-sonnet-4-6' } },
  },
  {
    class: 'model-in-identity',
    name: 'Amp as the author (its own address)',
    author: { name: 'Amp', email: 'amp@ampcode.com' },
    message: 'Add the health probe\n',
    expect: { amp: { strength: 'declared', rule: 'AM-2' } },
  },
  {
    class: 'model-in-identity',
    name: 'Codex as author and committer',
    author: { name: 'Codex', email: 'codex@openai.com' },
    message: 'Fix the Windows path join\n',
    expect: { codex: { strength: 'declared', rule: 'CX-4' } },
  },
  {
    class: 'model-in-identity',
    name: 'Codex co-author with the model before the name',
    author: human,
    message: 'Guard the empty list\n\nCo-authored-by: GPT-5 Codex <codex@openai.com>\n',
    expect: { codex: { strength: 'declared', rule: 'CX-1', model: 'openai/gpt-5-codex' } },
  },
  {
    class: 'model-in-identity',
    name: 'the Claude agent on GitHub as the author',
    author: { name: 'Claude', email: `242468646+Claude${GH}` },
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    message:
      'Handle the timeout in the proxy (#42)\n\nCo-authored-by: anthropic-code-agent[bot] <242468646+Claude@users.noreply.github.com>\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-8' } },
  },
  // ── Markers on the committer that do not mean agent-written code ─────────────────────────────────
  {
    class: 'committer-only-marker',
    name: "aider's edit: (aider) on the author",
    author: { name: 'Ada Lovelace (aider)', email: 'ada@example.org' },
    committer: { name: 'Ada Lovelace (aider)', email: 'ada@example.org' },
    message: 'feat: Add the CSV reader\n',
    expect: { aider: { strength: 'declared', rule: 'AI-2' } },
  },
  // ── Trailers outside the last paragraph ───────────────────────────────────────────────────────────
  {
    class: 'footer-outside-last-paragraph',
    name: 'a squashed trailer paragraph running on into a multi-line plan block (Claude-Plan:)',
    author: human,
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    message:
      'Drop the legacy runner (#851)\n\n* Drop the legacy runner\n\n- remove the old path\n\nCo-Authored-By: Claude <noreply@anthropic.com>\nClaude-Steers: 1\nClaude-Plan:\n<claude-plan>\n# Plan: drop the runner\n\n1. Delete the old module\n2. Update the docs\n</claude-plan>\n\n* Address review\n\n- rename a helper\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1' } },
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'a co-author line, a blank line, then Copilot-Session',
    author: human,
    message: `Rework the queue\n\nCo-authored-by: Copilot App <223556219+Copilot${GH}>\n\nCopilot-Session: ${UUID}\n`,
    expect: { copilot: { strength: 'declared', rule: 'GH-5' } },
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'bilingual message: trailers, a --- separator, then the translation',
    author: human,
    message:
      'Fix the upload size check\n\nThe limit was read in bytes.\n\nCo-Authored-By: Claude Sonnet 4.6 <noreply@anthropic.com>\n\n---\n\n修复上传大小检查\n\n限制按字节读取。\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1', model: 'anthropic/claude-sonnet-4-6' } },
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'single-commit squash: GitHub appended its co-author paragraph after Made-with: Cursor',
    author: human,
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    message:
      'Document the tracing switch (#77)\n\nExplain the two variables.\n\nMade-with: Cursor\n\nCo-authored-by: Grace Hopper <grace@example.org>\n',
    expect: { cursor: { strength: 'declared', rule: 'CU-2' } },
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'a footer followed by an automated issue reference',
    author: human,
    message:
      'Bump the instrumentation\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\n\n\nCloses #1968 (added automatically)\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1', model: 'anthropic/claude-opus-4-6' } },
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'an issue reference and a trailer in the last paragraph',
    author: human,
    message: 'Keep the source maps\n\nFixes GH-1987\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1' } },
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'a trailer followed by a bot badge comment and a rule',
    author: human,
    message:
      'Quote the temp paths\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\n<!-- review-badge-begin -->\n\n---\n\n<a href="https://example.org/review">review</a>\n<!-- review-badge-end -->\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1' } },
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'a one-line message holding literal \\n sequences',
    author: human,
    message: 'fix: escape the path\\n\\nUse a file URL.\\n\\nCo-authored-by: Codex <noreply@openai.com>\n',
    expect: { codex: { strength: 'declared', rule: 'CX-1' } },
  },
  // ── Squash bodies that list reverts ──────────────────────────────────────────────────────────────
  {
    class: 'squash-revert',
    name: 'a squash body listing a revert item keeps its own closing trailers',
    author: human,
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    message:
      'Support hidden folders (#664)\n\n* Support hidden folders\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n\n* Revert "Support hidden folders"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.\n\n---------\n\nCo-authored-by: Claude Opus 4.5 <noreply@anthropic.com>\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-1', model: 'anthropic/claude-opus-4-5' } },
  },
  // ── Agents and bots not in the catalogue, or under other names ───────────────────────────────────
  {
    class: 'new-agents-and-names',
    name: 'Kiro as the author',
    author: { name: 'Kiro Agent', email: `244629292+kiro-agent${GH}` },
    message: 'Resolve the security findings\n',
    expect: { kiro: { strength: 'declared', rule: 'KI-1' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Kiro co-author without the numeric id',
    author: human,
    message: 'Lower the map to arrays\n\nCo-authored-by: Kiro <kiro-agent@users.noreply.github.com>\n',
    expect: { kiro: { strength: 'declared', rule: 'KI-1' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Copilot-Session trailer alone',
    author: human,
    message: `Retry the readiness probe\n\nCopilot-Session: ${UUID}\n`,
    expect: { copilot: { strength: 'declared', rule: 'GH-9' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'the OpenAI Codex bot as co-author',
    author: human,
    message: `docs: host the images\n\nCo-authored-by: openai-codex[bot] <215057067+openai-codex[bot]${GH}>\n`,
    expect: { codex: { strength: 'declared', rule: 'CX-7' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Devin as co-author named Devin',
    author: human,
    message: `Fix the merge stats\n\nCo-authored-by: Devin <158243242+devin-ai-integration[bot]${GH}>\n`,
    expect: { devin: { strength: 'declared', rule: 'DV-1' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'gemini-cli[bot] and gemini-code-assist[bot] without a numeric id',
    author: human,
    message: `Triage labels (#90)\n\nCo-authored-by: gemini-cli[bot] <gemini-cli[bot]${GH}>\nCo-authored-by: gemini-code-assist[bot] <gemini-code-assist[bot]${GH}>\n`,
    expect: {
      'gemini-cli': { strength: 'declared', rule: 'GM-1' },
      'gemini-code-assist': { strength: 'declared', rule: 'GM-2', class: 'ai_review_suggestion' },
    },
  },
  {
    class: 'new-agents-and-names',
    name: 'oh-my-opencode footer (plain link in parentheses)',
    author: human,
    message:
      'feat: prune duplicate tool calls\n\n🤖 Generated with assistance of OhMyOpenCode (https://github.com/code-yeongyu/oh-my-opencode)\n',
    expect: { opencode: { strength: 'declared', rule: 'OC-2' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Sisyphus (oh-my-opencode) footer and co-author',
    author: human,
    message:
      'Keep upload errors visible\n\nUltraworked with [Sisyphus](https://github.com/code-yeongyu/oh-my-opencode)\n\nCo-authored-by: Sisyphus <clio-agent@sisyphuslabs.ai>\n',
    expect: { opencode: { strength: 'declared', rule: 'OC-2' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'oh-my-codex co-author',
    author: human,
    message: 'Add the storage key helper\n\nConfidence: high\nCo-authored-by: OmX <omx@oh-my-codex.dev>\n',
    expect: { codex: { strength: 'declared', rule: 'CX-8' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Agentic Workflows marker, wrapped over lines by the squash merge',
    author: { name: 'github-actions[bot]', email: `41898282+github-actions[bot]${GH}` },
    message:
      'Add tests for the DNS branch (#6293)\n\nCovers the static DNS path.\n\n<!-- gh-aw-agentic-workflow: Daily Test Improver,\nengine: copilot, version: 1.0.63, model: claude-opus-4.8, id:\n28733642068, workflow_id: daily-test-improver, run:\nhttps://github.com/example/app/actions/runs/28733642068 -->\n',
    expect: { copilot: { strength: 'declared', rule: 'AW-1', model: 'anthropic/claude-opus-4-8' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Agentic Workflows co-author named after the workflow, with a run link',
    author: human,
    message:
      'Refresh the docs index (#311)\n\nRun: https://github.com/example/app/actions/runs/28733642069\n\nCo-authored-by: Daily Docs Updater <41898282+github-actions[bot]@users.noreply.github.com>\n',
    expect: { other: { strength: 'declared', rule: 'AW-2' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Copilot Autofix under the code quality and advanced security identities',
    author: human,
    message: `Fix the alerts (#12)\n\n* Potential fix\n\nCo-authored-by: Copilot Autofix powered by AI <223894421+github-code-quality[bot]${GH}>\n\n---------\n\nCo-authored-by: Copilot Autofix powered by AI <62310815+github-advanced-security[bot]${GH}>\n`,
    expect: { copilot: { strength: 'declared', rule: 'GH-7', class: 'ai_review_suggestion' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'the Codex connector and CodeRabbit as review suggestions',
    author: human,
    message: `Apply review suggestions (#5)\n\nCo-authored-by: chatgpt-codex-connector[bot] <199175422+chatgpt-codex-connector[bot]${GH}>\nCo-authored-by: coderabbitai[bot] <136622811+coderabbitai[bot]${GH}>\n`,
    expect: {
      codex: { strength: 'declared', rule: 'CX-5', class: 'ai_review_suggestion' },
      other: { strength: 'declared', rule: 'CR-1', class: 'ai_review_suggestion' },
    },
  },
  {
    class: 'new-agents-and-names',
    name: 'a Codex task link of the task_i_ form',
    author: human,
    message:
      'Add the tracing example (#1400)\n\nhttps://chatgpt.com/codex/tasks/task_i_68c7f4e8f0748320b28b17d68cfd0bf4\n',
    expect: { codex: { strength: 'declared', rule: 'CX-2' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'a Codex task link of the /codex/cloud/tasks/ form, in Markdown',
    author: human,
    message:
      'Trim the cache keys (#1412)\n\n[Codex Task](https://chatgpt.com/codex/cloud/tasks/task_b_0f1e2d3c4b5a69788796a5b4c3d2e1f0)\n',
    expect: { codex: { strength: 'declared', rule: 'CX-2' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Claude Code attribution trailers (Claude-Generated-By with the model after the surface)',
    author: human,
    message:
      'Bump the runtime (#812)\n\nClaude-Generated-By: Claude Code (cli/claude-opus-4-5=100%)\nClaude-Steers: 1\nClaude-Permission-Prompts: 3\nClaude-Escapes: 0\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-9', model: 'anthropic/claude-opus-4-5' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Claude-Generated-By naming no model',
    author: human,
    message: 'Tidy the docs\n\nClaude-Generated-By: Claude Code (cli/claude=100%)\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-9', model: null } },
  },
  {
    class: 'new-agents-and-names',
    name: 'a Claude co-author line without angle brackets',
    author: human,
    message: 'Fix the flaky span test\n\nCo-Authored-By: Claude claude@anthropic.com\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'CC-6' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'AI-assisted naming a tool and a model',
    author: human,
    message: 'Simplify the router\n\nAI-assisted: Claude Code (Opus 4.6)\n',
    expect: { 'claude-code': { strength: 'declared', rule: 'ST-4', model: 'anthropic/claude-opus-4-6' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Assisted-by naming a vendor and a model',
    author: human,
    message:
      'net: fix the refcount\n\nAssisted-by: OpenAI GPT-5.4\nSigned-off-by: Ada Lovelace <ada@example.org>\n',
    expect: { other: { strength: 'declared', rule: 'ST-1', model: 'openai/gpt-5.4' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'Cursor footer in plain text and a Cursor agent link',
    author: human,
    message:
      'Pin the lockfile (#99)\n\n<a href="https://cursor.com/agents?id=bc-d15ff251-4280-4c73-a3a1-074dc448417c">Open in Web</a>\n\nMade with Cursor\n',
    expect: { cursor: { strength: 'declared', rule: 'CU-4' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'an aider chat transcript without the aider: prefix',
    author: human,
    message: 'Changed the badge colour.\n\n# Aider chat conversation:\n\nUSER: make it blue\n',
    expect: { aider: { strength: 'declared', rule: 'AI-3' } },
  },
  {
    class: 'new-agents-and-names',
    name: 'OpenClaw co-author',
    author: human,
    message: 'Wire the webhook\n\nCo-authored-by: OpenClaw <noreply@openclaw.ai>\n',
    expect: { other: { strength: 'declared', rule: 'OW-1' } },
  },
  // ── Model names keep the provider the source gives ───────────────────────────────────────────────
  {
    class: 'provider-kept',
    name: 'aider through Vertex AI keeps vertex_ai/',
    author: human,
    message:
      'feat: Add the retry flag\n\nCo-authored-by: aider (vertex_ai/gemini-2.5-pro) <noreply@aider.dev>\n',
    expect: { aider: { strength: 'declared', rule: 'AI-1', model: 'vertex_ai/gemini-2.5-pro' } },
  },
];

/** Look-alikes next to each class: none of them is an agent commit. */
export const WILD_NEGATIVES: WildShape[] = [
  {
    class: 'new-agents-and-names',
    name: 'a person co-author without angle brackets at a look-alike domain',
    author: human,
    message: 'Fix the build\n\nCo-Authored-By: Claude Shannon claude@anthropic.com.evil.example\n',
    expect: {},
  },
  {
    class: 'committer-only-marker',
    name: "aider's committer-only marker: a user commit made through aider",
    author: human,
    committer: { name: 'Ada Lovelace (aider)', email: 'ada@example.org' },
    message: 'feat: Add reasoning effort setting\n',
    expect: {},
  },
  {
    class: 'model-in-identity',
    name: 'a person whose name is a model family',
    author: human,
    message: 'Pair on the parser\n\nCo-authored-by: Opus Team <opus@example.org>\n',
    expect: {},
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'a trailer paragraph above a separator but inside a code block',
    author: human,
    message:
      'Document the footer\n\n```\nCo-Authored-By: Claude <noreply@anthropic.com>\n```\n\n---\n\nMore notes.\n',
    expect: {},
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'a quoted trailer above a separator',
    author: human,
    message: 'Reply\n\n> Co-Authored-By: Claude <noreply@anthropic.com>\n\n---\n\nThanks.\n',
    expect: {},
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'a trailer-shaped line inside a value block is part of that value',
    author: human,
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    message:
      'Document the hook (#77)\n\n* Document the hook\n\nReviewed-by: Grace Hopper <grace@example.org>\nExample:\n<example>\nCo-authored-by: Amp <amp@ampcode.com>\n</example>\n\n* Fix a typo\n',
    expect: {},
  },
  {
    class: 'footer-outside-last-paragraph',
    name: 'a trailer paragraph in the middle of prose',
    author: human,
    message:
      'Explain the format\n\nThe tool writes:\n\nCo-authored-by: Amp <amp@ampcode.com>\n\nat the end of each commit it makes.\n',
    expect: {},
  },
  {
    class: 'squash-revert',
    name: 'a genuine revert keeps its protection',
    author: human,
    message:
      'Revert "Split the parser"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.\n\nCo-authored-by: Opus 4.8 <noreply@anthropic.com>\n',
    expect: {},
  },
  {
    class: 'new-agents-and-names',
    name: 'a renamed Actions bot co-author without a run link',
    author: human,
    message:
      'Apply the command (#8952)\n\nCo-authored-by: cmd[bot] <41898282+github-actions[bot]@users.noreply.github.com>\n',
    expect: {},
  },
  {
    class: 'new-agents-and-names',
    name: 'the plain Actions bot co-author with a run link',
    author: human,
    message:
      'Release 0.2.0 (#19)\n\nBuilt by https://github.com/example/app/actions/runs/123\n\nCo-authored-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\n',
    expect: {},
  },
  {
    class: 'new-agents-and-names',
    name: 'AI-assisted: no',
    author: human,
    message: 'Fix the typo\n\nAI-assisted: no\n',
    expect: {},
  },
  {
    class: 'new-agents-and-names',
    name: 'a Cursor review summary (Bugbot) is not authorship',
    author: human,
    message:
      'Add the option (#21)\n\n> [!NOTE]\n> Low risk.\n>\n> <sup>Written by [Cursor Bugbot](https://cursor.com/dashboard?tab=bugbot) for commit 0123456. Configure [here](https://cursor.com/dashboard?tab=bugbot).</sup>\n',
    expect: {},
  },
];
