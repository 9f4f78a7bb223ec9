/**
 * AI assistant configuration surfaces (issue 6). The surfaces module fills these in; the statement,
 * scan report and policy read them. Shape of the scan JSON: "surfaces":[{"path","tool","change",
 * "capabilities":[],"commits":[]}].
 */
export type SurfaceCapability = 'EXEC' | 'MCP' | 'ENV' | 'PERM' | 'INSTR';
export type SurfaceChange = 'added' | 'modified' | 'deleted' | 'renamed';

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
  [key: string]: unknown;
}
