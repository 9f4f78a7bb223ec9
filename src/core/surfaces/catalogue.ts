/**
 * The catalogue of AI assistant configuration surfaces, as data (source: shared reference
 * config-surfaces.md §4.2). Each rule says which paths it covers, which tool loads them, the most the file can do
 * (its conservative capabilities, used when the file cannot be parsed) and how to parse it. The first rule whose
 * globs match a path wins, so specific rules come before directory-wide ones. The version and digest of this data
 * are recorded in the statement so a verifier knows exactly which catalogue produced the findings.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import picomatch from 'picomatch';
import type { SurfaceCapability } from './types.js';

export type ParserKind =
  /** `.claude/settings*.json`: hooks, statusLine, credential helpers, env, permissions, MCP approval, attribution. */
  | 'claude-settings'
  /** `{mcpServers|servers: {name: {command, args, env, url, headers, headersHelper}}}`. */
  | 'mcp-json'
  | 'vscode-tasks'
  | 'vscode-settings'
  | 'gemini-settings'
  /** Hook files of Cursor, Windsurf, Copilot CLI, Codex, Devin, OpenHands: `{hooks: {<event>: [...]}}`. */
  | 'hooks-json'
  | 'codex-toml'
  | 'aider-yaml'
  /** Markdown with optional YAML front matter (which may declare hooks or MCP servers). */
  | 'markdown-instructions'
  | 'package-json'
  /** A file that is itself run (a shell script, a hook executable, a Dockerfile). */
  | 'plain-exec'
  /** A plain text file whose change matters as a whole (ignore lists). */
  | 'plain-text'
  | 'copilot-setup-steps'
  /** Gemini CLI custom command (TOML `prompt` with `!{…}` shell injections). */
  | 'gemini-command'
  | 'kiro-hook'
  | 'dotenv'
  | 'binding-gyp'
  /** Any JSON/YAML/TOML config: keys that name commands, MCP servers, env or permissions are extracted. */
  | 'generic-json'
  | 'generic-yaml'
  /** Directory-wide rules: Markdown → instructions, JSON/YAML/TOML → generic, anything else → plain-exec. */
  | 'by-extension';

export interface SurfaceRule {
  id: string;
  /** picomatch globs, matched with dot files enabled against repository-relative POSIX paths. */
  globs: string[];
  /** Paths never matched by this rule. */
  ignore?: string[];
  /** Primary tool (agent id where one exists). */
  tool: string;
  /** Other tools documented to read the same file. */
  alsoReadBy?: string[];
  /** The most this file can do; reported as is when the file cannot be parsed. */
  capabilities: SurfaceCapability[];
  parser: ParserKind;
  /** The file runs by itself, without a user action, when a session starts (a red flag when it changes). */
  autoRun?: boolean;
  /**
   * Whether every change is reported. AI assistant files: always (a change to what the assistant loads is a fact
   * worth recording, even with no capability). `package.json`: only when the scripts that run implicitly changed.
   */
  reportAll: boolean;
}

/** Bump when the rules change in a way that changes findings. */
export const CATALOGUE_VERSION = '2026.11.1';

const AI: Pick<SurfaceRule, 'reportAll'> = { reportAll: true };

export const SURFACE_RULES: readonly SurfaceRule[] = [
  // Claude Code
  {
    id: 'CFG-claude-settings',
    globs: ['**/.claude/settings.json', '**/.claude/settings.local.json'],
    tool: 'claude-code',
    alsoReadBy: ['devin'],
    capabilities: ['EXEC', 'MCP', 'ENV', 'PERM'],
    parser: 'claude-settings',
    ...AI,
  },
  {
    id: 'CFG-claude-mcp',
    globs: ['**/.mcp.json'],
    tool: 'claude-code',
    capabilities: ['EXEC', 'MCP', 'ENV'],
    parser: 'mcp-json',
    ...AI,
  },
  {
    id: 'CFG-claude-hook-scripts',
    globs: ['.claude/hooks/**'],
    tool: 'claude-code',
    capabilities: ['EXEC'],
    parser: 'plain-exec',
    ...AI,
  },
  {
    id: 'CFG-claude-extensions',
    globs: [
      '.claude/commands/**',
      '.claude/agents/**',
      '.claude/skills/**',
      '.claude-plugin/marketplace.json',
    ],
    tool: 'claude-code',
    capabilities: ['INSTR', 'EXEC', 'MCP'],
    parser: 'by-extension',
    ...AI,
  },
  {
    id: 'CFG-claude-md',
    globs: ['**/CLAUDE.md', '**/CLAUDE.local.md'],
    tool: 'claude-code',
    alsoReadBy: ['copilot'],
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  // GitHub Copilot
  {
    id: 'CFG-copilot-instructions',
    globs: ['.github/copilot-instructions.md', '.github/instructions/**/*.instructions.md'],
    tool: 'copilot',
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  {
    id: 'CFG-copilot-prompts',
    globs: ['.github/prompts/*.prompt.md', '.github/agents/*.agent.md', '.github/chatmodes/*.chatmode.md'],
    tool: 'copilot',
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  {
    id: 'CFG-copilot-setup-steps',
    globs: ['.github/workflows/copilot-setup-steps.yml', '.github/workflows/copilot-setup-steps.yaml'],
    tool: 'copilot-coding-agent',
    capabilities: ['EXEC'],
    parser: 'copilot-setup-steps',
    autoRun: true,
    ...AI,
  },
  {
    id: 'CFG-copilot-hooks',
    globs: ['.github/hooks/*.json'],
    tool: 'copilot',
    capabilities: ['EXEC'],
    parser: 'hooks-json',
    ...AI,
  },
  {
    id: 'CFG-copilot-mcp',
    globs: ['.github/mcp.json'],
    tool: 'copilot',
    capabilities: ['MCP', 'EXEC', 'ENV'],
    parser: 'mcp-json',
    ...AI,
  },
  {
    id: 'CFG-copilot-settings',
    globs: ['.github/copilot/settings.json'],
    tool: 'copilot',
    capabilities: ['PERM'],
    parser: 'generic-json',
    ...AI,
  },
  // VS Code and its forks
  {
    id: 'CFG-vscode-mcp',
    globs: ['.vscode/mcp.json'],
    tool: 'copilot',
    capabilities: ['MCP', 'EXEC', 'ENV'],
    parser: 'mcp-json',
    ...AI,
  },
  {
    id: 'CFG-vscode-settings',
    globs: ['.vscode/settings.json'],
    tool: 'vscode',
    alsoReadBy: ['copilot', 'cursor', 'windsurf'],
    capabilities: ['PERM', 'ENV', 'EXEC', 'MCP'],
    parser: 'vscode-settings',
    ...AI,
  },
  {
    id: 'CFG-vscode-tasks',
    globs: ['.vscode/tasks.json'],
    tool: 'vscode',
    alsoReadBy: ['cursor', 'windsurf'],
    capabilities: ['EXEC'],
    parser: 'vscode-tasks',
    ...AI,
  },
  // Cursor
  {
    id: 'CFG-cursor-rules',
    globs: ['.cursorrules', '.cursor/rules/**'],
    tool: 'cursor',
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  {
    id: 'CFG-cursor-hooks',
    globs: ['.cursor/hooks.json'],
    tool: 'cursor',
    capabilities: ['EXEC'],
    parser: 'hooks-json',
    ...AI,
  },
  {
    id: 'CFG-cursor-hook-scripts',
    globs: ['.cursor/hooks/**'],
    tool: 'cursor',
    capabilities: ['EXEC'],
    parser: 'plain-exec',
    ...AI,
  },
  {
    id: 'CFG-cursor-mcp',
    globs: ['.cursor/mcp.json'],
    tool: 'cursor',
    capabilities: ['MCP', 'EXEC', 'ENV'],
    parser: 'mcp-json',
    ...AI,
  },
  {
    id: 'CFG-cursor-environment',
    globs: ['.cursor/environment.json', '.cursor/worktrees.json'],
    tool: 'cursor',
    capabilities: ['EXEC', 'ENV'],
    parser: 'generic-json',
    autoRun: true,
    ...AI,
  },
  {
    id: 'CFG-cursor-dockerfile',
    globs: ['.cursor/Dockerfile'],
    tool: 'cursor',
    capabilities: ['EXEC'],
    parser: 'plain-exec',
    autoRun: true,
    ...AI,
  },
  {
    id: 'CFG-cursor-cli',
    globs: ['.cursor/cli.json'],
    tool: 'cursor',
    capabilities: ['PERM'],
    parser: 'generic-json',
    ...AI,
  },
  {
    id: 'CFG-cursor-commands',
    globs: ['.cursor/commands/**'],
    tool: 'cursor',
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  {
    id: 'CFG-cursor-ignore',
    globs: ['.cursorignore'],
    tool: 'cursor',
    capabilities: ['PERM'],
    parser: 'plain-text',
    ...AI,
  },
  // Codex, AGENTS.md and the shared skills folder
  {
    id: 'CFG-codex-config',
    globs: ['.codex/config.toml'],
    tool: 'codex',
    capabilities: ['EXEC', 'MCP', 'ENV', 'PERM'],
    parser: 'codex-toml',
    ...AI,
  },
  {
    id: 'CFG-codex-hooks',
    globs: ['.codex/hooks.json'],
    tool: 'codex',
    capabilities: ['EXEC'],
    parser: 'hooks-json',
    ...AI,
  },
  {
    id: 'CFG-agents-md',
    globs: ['**/AGENTS.md', '**/AGENTS.override.md'],
    tool: 'codex',
    alsoReadBy: ['copilot', 'cursor', 'amp', 'jules', 'opencode'],
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  {
    id: 'CFG-agents-skills',
    globs: ['.agents/skills/**', '.agents/commands/**'],
    tool: 'codex',
    alsoReadBy: ['amp', 'copilot'],
    capabilities: ['INSTR', 'EXEC'],
    parser: 'by-extension',
    ...AI,
  },
  // Gemini CLI
  {
    id: 'CFG-gemini-settings',
    globs: ['.gemini/settings.json'],
    tool: 'gemini-cli',
    capabilities: ['EXEC', 'MCP', 'ENV', 'PERM'],
    parser: 'gemini-settings',
    ...AI,
  },
  {
    id: 'CFG-gemini-commands',
    globs: ['.gemini/commands/**/*.toml'],
    tool: 'gemini-cli',
    capabilities: ['INSTR', 'EXEC'],
    parser: 'gemini-command',
    ...AI,
  },
  {
    id: 'CFG-gemini-extensions',
    globs: ['.gemini/extensions/**', '.gemini/skills/**'],
    tool: 'gemini-cli',
    capabilities: ['INSTR', 'EXEC', 'MCP'],
    parser: 'by-extension',
    ...AI,
  },
  {
    id: 'CFG-gemini-md',
    globs: ['**/GEMINI.md'],
    tool: 'gemini-cli',
    alsoReadBy: ['copilot'],
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  {
    id: 'CFG-dotenv',
    globs: ['.env', '.gemini/.env'],
    tool: 'gemini-cli',
    alsoReadBy: ['aider'],
    capabilities: ['ENV'],
    parser: 'dotenv',
    ...AI,
  },
  // Aider
  {
    id: 'CFG-aider-conf',
    globs: ['**/.aider.conf.yml'],
    tool: 'aider',
    capabilities: ['EXEC', 'ENV', 'PERM', 'INSTR'],
    parser: 'aider-yaml',
    ...AI,
  },
  {
    id: 'CFG-aider-model-settings',
    globs: ['.aider.model.settings.yml', '.aider.model.metadata.json'],
    tool: 'aider',
    capabilities: ['ENV'],
    parser: 'generic-yaml',
    ...AI,
  },
  {
    id: 'CFG-aider-ignore',
    globs: ['.aiderignore'],
    tool: 'aider',
    capabilities: ['PERM'],
    parser: 'plain-text',
    ...AI,
  },
  {
    id: 'CFG-aider-conventions',
    globs: ['CONVENTIONS.md'],
    tool: 'aider',
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  // Windsurf
  {
    id: 'CFG-windsurf-hooks',
    globs: ['.windsurf/hooks.json'],
    tool: 'windsurf',
    capabilities: ['EXEC'],
    parser: 'hooks-json',
    ...AI,
  },
  {
    id: 'CFG-windsurf-rules',
    globs: ['.windsurfrules', '.windsurf/rules/**', '.windsurf/workflows/**'],
    tool: 'windsurf',
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  // Cline
  {
    id: 'CFG-cline-hooks',
    globs: ['.clinerules/hooks/**'],
    tool: 'cline',
    capabilities: ['EXEC'],
    parser: 'plain-exec',
    ...AI,
  },
  {
    id: 'CFG-cline-rules',
    globs: ['.clinerules', '.clinerules/**', '.cline/**'],
    tool: 'cline',
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  // Roo Code
  {
    id: 'CFG-roo-mcp',
    globs: ['.roo/mcp.json'],
    tool: 'roo-code',
    capabilities: ['MCP', 'EXEC', 'ENV'],
    parser: 'mcp-json',
    ...AI,
  },
  {
    id: 'CFG-roo-modes',
    globs: ['.roomodes'],
    tool: 'roo-code',
    capabilities: ['INSTR', 'PERM'],
    parser: 'generic-yaml',
    ...AI,
  },
  {
    id: 'CFG-roo-rules',
    globs: ['.roo/rules/**', '.roo/rules-*/**', '.roorules', '.roorules-*'],
    tool: 'roo-code',
    capabilities: ['INSTR'],
    parser: 'markdown-instructions',
    ...AI,
  },
  // Kiro
  {
    id: 'CFG-kiro-hooks',
    globs: ['.kiro/hooks/*.kiro.hook'],
    tool: 'kiro',
    capabilities: ['EXEC', 'INSTR'],
    parser: 'kiro-hook',
    ...AI,
  },
  {
    id: 'CFG-kiro-mcp',
    globs: ['.kiro/settings/mcp.json'],
    tool: 'kiro',
    capabilities: ['MCP', 'EXEC', 'ENV'],
    parser: 'mcp-json',
    ...AI,
  },
  {
    id: 'CFG-kiro-steering',
    globs: ['.kiro/steering/**', '.kiro/agents/**', '.kiro/specs/**'],
    tool: 'kiro',
    capabilities: ['INSTR', 'MCP'],
    parser: 'by-extension',
    ...AI,
  },
  // Amp
  {
    id: 'CFG-amp-settings',
    globs: ['.amp/settings.json'],
    tool: 'amp',
    capabilities: ['MCP', 'EXEC', 'PERM'],
    parser: 'generic-json',
    ...AI,
  },
  // OpenHands
  {
    id: 'CFG-openhands-setup',
    globs: ['.openhands/setup.sh'],
    tool: 'openhands',
    capabilities: ['EXEC'],
    parser: 'plain-exec',
    autoRun: true,
    ...AI,
  },
  {
    id: 'CFG-openhands-pre-commit',
    globs: ['.openhands/pre-commit.sh'],
    tool: 'openhands',
    capabilities: ['EXEC'],
    parser: 'plain-exec',
    ...AI,
  },
  {
    id: 'CFG-openhands-hooks',
    globs: ['.openhands/hooks.json'],
    tool: 'openhands',
    capabilities: ['EXEC'],
    parser: 'hooks-json',
    ...AI,
  },
  {
    id: 'CFG-openhands-microagents',
    globs: ['.openhands/microagents/**'],
    tool: 'openhands',
    capabilities: ['INSTR'],
    parser: 'by-extension',
    ...AI,
  },
  // Devin
  {
    id: 'CFG-devin-hooks',
    globs: ['.devin/hooks.v1.json'],
    tool: 'devin',
    capabilities: ['EXEC'],
    parser: 'hooks-json',
    ...AI,
  },
  {
    id: 'CFG-devin-mcp',
    globs: ['.devin/mcp_config.json'],
    tool: 'devin',
    capabilities: ['MCP', 'EXEC', 'ENV'],
    parser: 'mcp-json',
    ...AI,
  },
  // Other assistants
  {
    id: 'CFG-zed-settings',
    globs: ['.zed/settings.json'],
    tool: 'other',
    capabilities: ['MCP', 'EXEC', 'ENV'],
    parser: 'generic-json',
    ...AI,
  },
  {
    id: 'CFG-opencode',
    globs: ['opencode.json', 'opencode.jsonc', '.opencode/**'],
    tool: 'opencode',
    capabilities: ['INSTR', 'MCP', 'EXEC'],
    parser: 'by-extension',
    ...AI,
  },
  {
    id: 'CFG-other-assistants',
    globs: [
      '.continue/**',
      '.junie/**',
      '.factory/**',
      '.augment/**',
      '.amazonq/**',
      '.sourcegraph/cody.json',
    ],
    tool: 'other',
    capabilities: ['INSTR', 'MCP', 'EXEC'],
    parser: 'by-extension',
    ...AI,
  },
  // Code that runs through npm and node-gyp
  {
    id: 'CFG-package-scripts',
    globs: ['**/package.json'],
    ignore: ['**/node_modules/**'],
    tool: 'npm',
    capabilities: ['EXEC'],
    parser: 'package-json',
    reportAll: false,
  },
  {
    id: 'CFG-binding-gyp',
    globs: ['**/binding.gyp'],
    ignore: ['**/node_modules/**'],
    tool: 'node-gyp',
    capabilities: ['EXEC'],
    parser: 'binding-gyp',
    reportAll: true,
  },
];

/** Not matched by path: a changed file that a surface's command runs (`node .github/setup.js`). */
export const REFERENCED_HELPER_RULE = 'CFG-referenced-helper';
/** Not matched by path: a changed file that an instruction file `@import`s (Claude Code memory imports). */
export const REFERENCED_INSTRUCTIONS_RULE = 'CFG-referenced-instructions';

type Matcher = (path: string) => boolean;
const matchers = new Map<string, Matcher>();

function matcherFor(rule: SurfaceRule): Matcher {
  let m = matchers.get(rule.id);
  if (!m) {
    m = picomatch(rule.globs, { dot: true, ignore: rule.ignore });
    matchers.set(rule.id, m);
  }
  return m;
}

/**
 * A cheap pre-check derived from the globs (tree listings of large monorepos hold 100k+ paths): every glob either
 * has a dot-segment (`.claude/…`, `.mcp.json` at any depth) or ends in a literal file name (`CLAUDE.md` at any depth).
 */
const prefilter = ((): ((path: string) => boolean) => {
  const names = new Set<string>();
  for (const glob of SURFACE_RULES.flatMap((r) => r.globs)) {
    const segments = glob.split('/');
    if (segments.some((seg) => seg.startsWith('.'))) continue;
    const last = segments.at(-1) ?? '';
    if (/[*?[\]{}()!+@]/.test(last)) return () => true; // not expressible: no pre-check
    names.add(last);
  }
  return (path) =>
    path.startsWith('.') || path.includes('/.') || names.has(path.slice(path.lastIndexOf('/') + 1));
})();

/** The first rule covering a repository-relative POSIX path, or undefined. */
export function ruleFor(path: string): SurfaceRule | undefined {
  if (!prefilter(path)) return undefined;
  return SURFACE_RULES.find((r) => matcherFor(r)(path));
}

/**
 * Whether a path is one of the instruction and rule files an assistant loads from the repository: a rule for AI
 * assistant files (reportAll) that can instruct (`INSTR`) or set permissions (`PERM`) — CLAUDE.md, AGENTS.md,
 * GEMINI.md, .github/copilot-instructions.md, .cursor/rules/*, settings with permission modes, … The scan records
 * which set of them each agent commit was made with.
 */
export function isInstructionPath(path: string): boolean {
  const rule = ruleFor(path);
  return rule !== undefined && rule.reportAll && rule.capabilities.some((c) => c === 'INSTR' || c === 'PERM');
}

/** sha256 (hex) of the RFC 8785 canonical JSON of the rules and version. */
export function catalogueDigest(): string {
  const text = canonicalize({ version: CATALOGUE_VERSION, rules: SURFACE_RULES });
  return createHash('sha256')
    .update(text ?? '')
    .digest('hex');
}

export function catalogueInfo(): { version: string; digest: string } {
  return { version: CATALOGUE_VERSION, digest: catalogueDigest() };
}
