/**
 * SUP-1: configuration that deliberately hides agent attribution is a finding of its own. Read from the
 * head revision (and the local hooks folder), parsed only: nothing is executed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { listTree, readBlob } from '../git/range.js';
import type { SuppressionFinding } from './types.js';

const MAX_CONFIG_BYTES = 1024 * 1024;
const HOOK_DIRS = [
  '.githooks',
  '.husky',
  '.git-hooks',
  'githooks',
  '.hooks',
  'hooks',
  'scripts/hooks',
  'tools/hooks',
];
const HOOK_NAMES = /(?:^|\/)(?:commit-msg|prepare-commit-msg)(?:\.[a-z]+)?$/;
/** A hook that deletes or filters co-author/agent lines (sed …/d, grep -v, a replace). */
const HOOK_STRIPS =
  /(?:sed\b[^\n]*co-authored-by[^\n]*\/d|grep\s+-[a-zA-Z]*v[a-zA-Z]*\b[^\n]*co-authored-by|co-authored-by[^\n]*(?:replace|remove|strip|delete|filter))/i;

function get(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const k of keys) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** The two config parsers SUP-1 needs, loaded on the first settings file read (most repositories have none). */
interface ConfigParsers {
  jsonc: (text: string) => unknown;
  yaml: (text: string) => unknown;
}
let configParsers: Promise<ConfigParsers> | undefined;
const loadConfigParsers = (): Promise<ConfigParsers> =>
  (configParsers ??= Promise.all([import('jsonc-parser'), import('yaml')]).then(([jsonc, yaml]) => ({
    jsonc: (text) => jsonc.parse(text),
    yaml: (text) => yaml.parse(text),
  })));

export async function suppressionIn(
  file: string,
  text: string,
  revision: string,
): Promise<SuppressionFinding[]> {
  const found = (tool: string, setting: string): SuppressionFinding => ({
    rule: 'SUP-1',
    path: file,
    tool,
    setting,
    revision,
  });
  const base = file.split('/').pop() ?? file;
  const out: SuppressionFinding[] = [];
  if (/(?:^|\/)\.claude\/settings(?:\.[\w-]+)?\.json$/.test(file)) {
    const cfg = (await loadConfigParsers()).jsonc(text);
    if (get(cfg, 'attribution', 'commit') === '') out.push(found('claude-code', 'attribution.commit=""'));
    if (get(cfg, 'includeCoAuthoredBy') === false)
      out.push(found('claude-code', 'includeCoAuthoredBy=false'));
  } else if (/(?:^|\/)\.cursor\/cli-config\.json$/.test(file)) {
    const cfg = (await loadConfigParsers()).jsonc(text);
    if (
      get(cfg, 'attribution', 'attributeCommitsToAgent') === false ||
      get(cfg, 'attributeCommitsToAgent') === false
    ) {
      out.push(found('cursor', 'attribution.attributeCommitsToAgent=false'));
    }
  } else if (/(?:^|\/)\.copilot\/config\.json$/.test(file)) {
    const cfg = (await loadConfigParsers()).jsonc(text);
    if (get(cfg, 'include_coauthor') === false) out.push(found('copilot', 'include_coauthor=false'));
  } else if (base === '.aider.conf.yml' || base === '.aider.conf.yaml') {
    const { yaml } = await loadConfigParsers();
    let cfg: unknown;
    try {
      cfg = yaml(text);
    } catch {
      return out;
    }
    for (const key of ['attribute-co-authored-by', 'attribute-author', 'attribute-committer']) {
      if (get(cfg, key) === false) out.push(found('aider', `${key}=false`));
    }
  } else if (HOOK_NAMES.test(file) && HOOK_STRIPS.test(text)) {
    out.push(found('git-hook', 'commit-msg hook removes Co-authored-by lines'));
  }
  return out;
}

/** Where the agent settings that hide attribution live (pathspecs at the revision). */
export const SUPPRESSION_PATHS = [
  '.claude',
  '.cursor',
  '.copilot',
  '.aider.conf.yml',
  '.aider.conf.yaml',
  ...HOOK_DIRS,
];

/** Findings at `revision` in the repository, plus the local `.git/hooks` (not part of the commit, still used). */
export async function findSuppression(
  repoPath: string,
  revision: string,
  gitDirPath?: string,
  /** The revision's paths under SUPPRESSION_PATHS, when the caller listed them already. */
  listed?: readonly string[],
): Promise<SuppressionFinding[]> {
  const out: SuppressionFinding[] = [];
  const files = listed ?? (await listTree(repoPath, revision, SUPPRESSION_PATHS));
  for (const file of files) {
    const relevant =
      /(?:^|\/)\.claude\/settings(?:\.[\w-]+)?\.json$/.test(file) ||
      /\.cursor\/cli-config\.json$/.test(file) ||
      /\.copilot\/config\.json$/.test(file) ||
      /(?:^|\/)\.aider\.conf\.ya?ml$/.test(file) ||
      HOOK_NAMES.test(file);
    if (!relevant) continue;
    const blob = await readBlob(repoPath, revision, file, MAX_CONFIG_BYTES);
    if (blob) out.push(...(await suppressionIn(file, blob.toString('utf8'), revision)));
  }
  if (gitDirPath) {
    const hooks = path.join(gitDirPath, 'hooks');
    const names = await readdir(hooks).catch(() => [] as string[]);
    for (const name of names) {
      if (!HOOK_NAMES.test(name)) continue;
      const file = path.join(hooks, name);
      const st = await stat(file).catch(() => undefined);
      if (!st?.isFile() || st.size > MAX_CONFIG_BYTES) continue;
      const text = await readFile(file, 'utf8');
      out.push(...(await suppressionIn(`.git/hooks/${name}`, text, 'local')));
    }
  }
  return out;
}
