/**
 * What only the machine knows: the user-level instruction and settings files an agent loads from outside the
 * repository (`~/.claude/CLAUDE.md`, `~/.codex/config.toml` with its approval and sandbox modes, …). The hook
 * records their digest, never their contents. Repository-level files are read at scan time from each commit's
 * tree (src/core/instructions), so they need no hook.
 *
 * The digest is recomputable by hand: sha256 of the `sha256sum` lines (`<hex>  <path>\n`, sorted by path) of
 * the files that exist, paths relative to the home directory:
 *   cd ~ && sha256sum .claude/CLAUDE.md .claude/settings.json | sha256sum
 */
import { createHash } from 'node:crypto';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Environment } from './detect.js';

export interface UserInstructionRoot {
  /** Agents (ids or tool names) that read these files. */
  agents: string[];
  /** A variable that replaces the default folder, and the default relative to the home directory. */
  dirVariable?: string;
  defaultDir: string;
  /** Files in the folder; a name ending in `/*SUFFIX` lists one folder level. */
  files: string[];
  source: string;
}

export const USER_INSTRUCTION_ROOTS: readonly UserInstructionRoot[] = Object.freeze([
  {
    agents: ['claude-code'],
    dirVariable: 'CLAUDE_CONFIG_DIR',
    defaultDir: '.claude',
    files: ['CLAUDE.md', 'settings.json', 'rules/*.md'],
    source:
      'Claude Code docs: memory (user memory ~/.claude/CLAUDE.md), settings (~/.claude/settings.json), env-vars (CLAUDE_CONFIG_DIR)',
  },
  {
    agents: ['codex'],
    dirVariable: 'CODEX_HOME',
    defaultDir: '.codex',
    files: ['AGENTS.md', 'AGENTS.override.md', 'config.toml'],
    source:
      'openai/codex codex-rs/core/src/agents_md.rs (global AGENTS.md / AGENTS.override.md in CODEX_HOME), config.toml',
  },
  {
    agents: ['gemini-cli'],
    dirVariable: 'GEMINI_CLI_HOME',
    defaultDir: '',
    files: ['.gemini/GEMINI.md', '.gemini/settings.json'],
    source: 'google-gemini/gemini-cli packages/core/src/utils/paths.ts (GEMINI_DIR, GEMINI_CLI_HOME)',
  },
  {
    agents: ['copilot', 'copilot-coding-agent'],
    dirVariable: 'COPILOT_HOME',
    defaultDir: '.copilot',
    files: ['settings.json', 'copilot-instructions.md', 'instructions/*.instructions.md'],
    source:
      'github/copilot-cli changelog.md (COPILOT_HOME; ~/.copilot/settings.json; ~/.copilot/instructions/*.instructions.md)',
  },
  {
    agents: ['amp'],
    dirVariable: 'XDG_CONFIG_HOME',
    defaultDir: '.config',
    files: ['amp/AGENTS.md', 'amp/settings.json'],
    source: 'Amp manual (~/.config/amp/AGENTS.md, ~/.config/amp/settings.json)',
  },
  {
    agents: ['opencode'],
    dirVariable: 'XDG_CONFIG_HOME',
    defaultDir: '.config',
    files: ['opencode/AGENTS.md', 'opencode/opencode.json', 'opencode/opencode.jsonc'],
    source: 'OpenCode docs: rules (~/.config/opencode/AGENTS.md), config (~/.config/opencode/opencode.json)',
  },
  {
    agents: ['cursor'],
    defaultDir: '.cursor',
    files: ['cli-config.json'],
    source: 'Cursor CLI docs: permissions in ~/.cursor/cli-config.json',
  },
  {
    agents: ['aider'],
    defaultDir: '',
    files: ['.aider.conf.yml'],
    source: 'aider docs: ~/.aider.conf.yml',
  },
] satisfies UserInstructionRoot[]);

/** A file larger than this is hashed as it streams; nothing is kept. */
const CHUNK = 64 * 1024;
/** At most this many files per listed folder: a runaway folder must not slow every commit. */
const MAX_LISTED = 100;

export interface UserInstructions {
  /** `sha256:<hex>` of the sorted `sha256sum` lines. */
  digest: string;
  /** Paths as hashed (relative to home where they are under it). */
  files: string[];
}

async function sha256File(file: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
    if (!(await handle.stat()).isFile()) return undefined;
    const hash = createHash('sha256');
    const buf = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
    }
    return hash.digest('hex');
  } catch {
    return undefined; // missing or unreadable: not in force
  } finally {
    await handle?.close();
  }
}

async function expand(dir: string, pattern: string): Promise<string[]> {
  const star = pattern.indexOf('/*');
  if (star < 0) return [path.join(dir, pattern)];
  const folder = path.join(dir, pattern.slice(0, star));
  const suffix = pattern.slice(star + 2);
  try {
    const names = (await readdir(folder)).filter((n) => n.endsWith(suffix)).sort();
    return names.slice(0, MAX_LISTED).map((n) => path.join(folder, n));
  } catch {
    return [];
  }
}

/**
 * The digest of the user-level instruction files of the given agents, or undefined when none exists. `home` is
 * the user's home directory; `env` gives the variables that move an agent's folder.
 */
export async function userInstructions(
  agents: readonly string[],
  env: Environment,
  home: string,
): Promise<UserInstructions | undefined> {
  const roots = USER_INSTRUCTION_ROOTS.filter((r) => r.agents.some((a) => agents.includes(a)));
  const candidates = new Set<string>();
  for (const r of roots) {
    const override = r.dirVariable ? env[r.dirVariable] : undefined;
    const dir = override && path.isAbsolute(override) ? override : path.join(home, r.defaultDir);
    for (const f of r.files) for (const p of await expand(dir, f)) candidates.add(p);
  }
  const lines: { shown: string; line: string }[] = [];
  for (const file of candidates) {
    const hex = await sha256File(file);
    if (hex === undefined) continue;
    const rel = path.relative(home, file);
    const shown = rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
    lines.push({ shown, line: `${hex}  ${shown}\n` });
  }
  if (lines.length === 0) return undefined;
  lines.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  const digest = createHash('sha256')
    .update(lines.map((l) => l.line).join(''))
    .digest('hex');
  return { digest: `sha256:${digest}`, files: lines.map((l) => l.shown) };
}
