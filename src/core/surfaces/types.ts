/**
 * AI assistant configuration surfaces (issue 6). The surfaces module fills these in; the statement,
 * scan report and policy read them. Shape of the scan JSON: "surfaces":[{"path","tool","change",
 * "capabilities":[],"commits":[]}] — every other field is additional detail.
 */
export type SurfaceCapability = 'EXEC' | 'MCP' | 'ENV' | 'PERM' | 'INSTR';
export type SurfaceChange = 'added' | 'modified' | 'deleted' | 'renamed';

/** The order capabilities are always listed in. */
export const CAPABILITY_ORDER: readonly SurfaceCapability[] = ['EXEC', 'MCP', 'ENV', 'PERM', 'INSTR'];

/**
 * `high`: at least one red flag (see `flags`). `medium`: the change adds or alters something that can run code,
 * start an MCP server, set the environment or loosen permissions. `low`: instruction text only, or nothing that
 * can act (e.g. a settings file whose `model` changed).
 */
export type SurfaceRisk = 'high' | 'medium' | 'low';

/** Stable ids of the red flags, for policies. */
export type SurfaceFlag =
  | 'pipe-to-shell'
  | 'inline-shell'
  | 'hidden-path-exec'
  | 'base64-blob'
  | 'auto-run'
  | 'unpinned-mcp'
  | 'mcp-auto-enable'
  | 'permission-bypass'
  | 'auto-approve'
  | 'env-code-injection'
  | 'env-endpoint-redirect'
  | 'hidden-unicode'
  | 'unparsed';

/** What one entry of a surface can do, as parsed (never run). */
export type SurfaceItemKind =
  | 'hook'
  | 'command'
  | 'mcp-server'
  | 'env'
  | 'permission'
  | 'task'
  | 'script'
  | 'file'
  | 'instructed-command';

export interface SurfaceItem {
  kind: SurfaceItemKind;
  /** What this entry can do (a local MCP server is both MCP and EXEC). */
  capabilities: SurfaceCapability[];
  /** Where it sits in the file (e.g. `hooks.SessionStart`, `mcpServers.db`, `scripts.test`, `env.NODE_OPTIONS`). */
  key: string;
  /** How this entry differs between the old and the new content. */
  change: 'added' | 'changed' | 'removed';
  /** Hook event or trigger (`SessionStart`, `folderOpen`, `postinstall`, …). */
  event?: string;
  /** The command as the tool would run it (program and arguments joined), parsed, never executed. */
  command?: string;
  /** A network endpoint (MCP server URL, redirected base URL); user info and query values are redacted. */
  url?: string;
  /** A setting's value (permission mode, env value); values of keys that look secret are replaced by `<redacted>`. */
  value?: string;
}

/** Outcome of parsing the content the capabilities were computed from (the new content, or the old for deletions). */
export interface SurfaceParse {
  status: 'ok' | 'error' | 'too-large' | 'not-a-file';
  message?: string;
}

export interface HiddenUnicode {
  /** 1-based line number. */
  line: number;
  /** Code points found on that line, as `U+202E`. */
  codepoints: string[];
}

export interface SurfaceReference {
  /** The surface file whose command runs this helper. */
  path: string;
  /** Where in that file (item key). */
  key: string;
  command: string;
}

export interface SurfaceCommitDetail {
  sha: string;
  agents: { id: string; model?: string; strength: string }[];
}

export interface SurfaceFinding {
  path: string;
  /** Previous path, for renames. */
  oldPath?: string;
  /** Catalogue rule id (e.g. CFG-claude-settings). */
  rule: string;
  tool: string;
  change: SurfaceChange;
  capabilities: SurfaceCapability[];
  oldSha256?: string;
  newSha256?: string;
  /** Commits of the range that changed this path (newest first), with their agent attribution. */
  commits: string[];
  risk?: SurfaceRisk;
  /** Red flag ids and, in the same order of discovery, one human-readable reason each. */
  flags?: SurfaceFlag[];
  reasons?: string[];
  /** Entries that were added, changed or removed by this change (unchanged entries are not listed). */
  items?: SurfaceItem[];
  /** How many further items were left out (a finding lists at most 200). */
  itemsOmitted?: number;
  /** Top-level keys (dotted one level deep) whose value differs, for structured files. */
  changedKeys?: string[];
  parse?: SurfaceParse;
  oldSize?: number;
  newSize?: number;
  /** Attribution-suppressing settings this change introduced (e.g. `includeCoAuthoredBy=false`). */
  suppression?: string[];
  /** Invisible or bidirectional characters in instruction text, by line. */
  hiddenUnicode?: HiddenUnicode[];
  /** For CFG-referenced-helper: the surfaces whose commands run this file. */
  referencedBy?: SurfaceReference[];
  /** For CFG-referenced-helper: every tool whose surface runs it (`tool` is the first). */
  tools?: string[];
  /** When an attribution callback was given: each commit with its agents. */
  commitDetails?: SurfaceCommitDetail[];
  [key: string]: unknown;
}

export interface SurfaceReport {
  catalogue: { version: string; digest: string };
  findings: SurfaceFinding[];
}

export type AttributionOf = (
  sha: string,
) => { agents: { id: string; model?: string; strength: string }[] } | undefined;
