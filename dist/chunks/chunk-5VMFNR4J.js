import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// src/core/hooks/agents.ts
var AGENT_SIGNALS = Object.freeze([
  {
    agent: "claude-code",
    product: "Claude Code",
    when: [{ env: "CLAUDECODE", equals: "1" }],
    session: ["CLAUDE_CODE_SESSION_ID", "CLAUDE_CODE_REMOTE_SESSION_ID"],
    model: ["ANTHROPIC_MODEL"],
    source: "anthropics/claude-code#531 (CLAUDECODE=1 since 0.2.47); CHANGELOG 2.1.132 via #56879 (CLAUDE_CODE_SESSION_ID); docs env-vars (CLAUDE_CODE_REMOTE_SESSION_ID, ANTHROPIC_MODEL)"
  },
  {
    agent: "codex",
    product: "Codex CLI",
    when: [{ env: "CODEX_THREAD_ID" }],
    session: ["CODEX_THREAD_ID"],
    source: "openai/codex@09c8e31 codex-rs/protocol/src/shell_environment.rs (CODEX_THREAD_ID_ENV_VAR)"
  },
  {
    agent: "codex",
    product: "Codex CLI (sandboxed shell)",
    when: [{ env: "CODEX_SANDBOX" }],
    source: "openai/codex AGENTS.md (CODEX_SANDBOX=seatbelt on sandboxed commands)"
  },
  {
    agent: "codex",
    product: "Codex CLI (network-disabled sandbox)",
    when: [{ env: "CODEX_SANDBOX_NETWORK_DISABLED", equals: "1" }],
    source: "openai/codex AGENTS.md (CODEX_SANDBOX_NETWORK_DISABLED=1 in the shell tool)"
  },
  {
    agent: "gemini-cli",
    product: "Gemini CLI",
    when: [{ env: "GEMINI_CLI", equals: "1" }],
    model: ["GEMINI_MODEL"],
    source: "google-gemini/gemini-cli@5411f11 packages/core/src/services/shellExecutionService.ts (GEMINI_CLI_IDENTIFICATION_ENV_VAR)"
  },
  {
    agent: "opencode",
    product: "OpenCode",
    when: [{ env: "OPENCODE", equals: "1" }],
    source: "anomalyco/opencode@037d508 packages/opencode/src/index.ts (OPENCODE=1, AGENT=1)"
  },
  {
    agent: "amp",
    product: "Amp",
    when: [{ env: "AMP_CURRENT_THREAD_ID" }],
    session: ["AMP_CURRENT_THREAD_ID"],
    sessionUrl: "https://ampcode.com/threads/{id}",
    source: "Amp manual (AMP_CURRENT_THREAD_ID, AGENT=amp in its shell); thread URLs as in AM-1"
  },
  {
    agent: "amp",
    product: "Amp",
    when: [{ env: "AGENT", equals: "amp" }],
    source: "Amp manual (AGENT=amp in its shell)"
  },
  {
    agent: "goose",
    product: "goose",
    when: [{ env: "AGENT", equals: "goose" }],
    source: "block/goose crates/goose-mcp developer shell (AGENT=goose, GOOSE_TERMINAL=1)"
  },
  {
    agent: "cursor",
    product: "Cursor agent / CLI",
    when: [{ env: "CURSOR_AGENT", equals: "1" }],
    source: "Cursor CLI docs (cursor.com/docs/cli); CURSOR_AGENT=1 in agent shells (observed, git-ai background_agent.rs)"
  },
  {
    agent: "copilot",
    product: "Copilot CLI",
    when: [{ env: "COPILOT_CLI", equals: "1" }],
    session: ["COPILOT_AGENT_SESSION_ID"],
    source: "github/copilot-cli@9532bda changelog.md 0.0.421 (COPILOT_CLI=1 for git hooks) and 1.0.29 (COPILOT_AGENT_SESSION_ID)"
  },
  {
    agent: "copilot-coding-agent",
    product: "Copilot coding agent (GitHub Actions)",
    when: [
      { env: "GITHUB_ACTIONS", equals: "true" },
      { env: "GITHUB_WORKFLOW", prefix: "dynamic/copilot-swe-agent/" }
    ],
    session: ["COPILOT_AGENT_SESSION_ID"],
    source: "runner environment observed in watson/is-ci#28 and moonrepo/proto#1028 (GITHUB_WORKFLOW=dynamic/copilot-swe-agent/copilot)"
  },
  {
    agent: "cline",
    product: "Cline (VS Code terminal)",
    when: [{ env: "CLINE_ACTIVE", equals: "true" }],
    source: "cline/cline@21cb8d2 apps/vscode/src/hosts/vscode/terminal/VscodeTerminalRegistry.ts"
  },
  {
    agent: "aider",
    product: "Aider",
    when: [{ env: "GIT_COMMITTER_NAME", suffix: " (aider)" }],
    source: 'Aider-AI/aider@5dc9490 aider/repo.py (set_git_env: committer "Name (aider)" while it commits)'
  },
  {
    agent: "aider",
    product: "Aider",
    when: [{ env: "GIT_AUTHOR_NAME", suffix: " (aider)" }],
    source: 'Aider-AI/aider@5dc9490 aider/repo.py (set_git_env: author "Name (aider)" while it commits)'
  },
  {
    agent: "devin",
    product: "Devin (its VM)",
    when: [{ file: "/opt/.devin" }],
    source: "@vercel/detect-agent 1.0.0 dist/index.js (DEVIN_LOCAL_PATH /opt/.devin)"
  }
]);
var AI_AGENT_VARIABLE = "AI_AGENT";
var AI_AGENT_SOURCE = '@vercel/detect-agent README, "The AI_AGENT Standard"';
var RUNNER_SIGNALS = Object.freeze([
  {
    runner: "github-actions",
    when: [{ env: "GITHUB_ACTIONS", equals: "true" }],
    url: "{GITHUB_SERVER_URL}/{GITHUB_REPOSITORY}/actions/runs/{GITHUB_RUN_ID}",
    source: 'GitHub Actions default environment variables (docs.github.com, "Variables reference")'
  }
]);

export {
  AGENT_SIGNALS,
  AI_AGENT_VARIABLE,
  AI_AGENT_SOURCE,
  RUNNER_SIGNALS
};
