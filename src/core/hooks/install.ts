/**
 * `agent-attest hooks install | uninstall | status`: puts the prepare-commit-msg hook (script.ts) where git runs
 * it, beside whatever hooks are there, and takes it out again leaving exactly what was there.
 *
 * - Repository (default): git's hooks folder of the repository (`git rev-parse --git-path hooks`). A hook
 *   already there (hand-written, pre-commit's, lefthook's) is renamed `prepare-commit-msg.agent-attest-saved`
 *   and run first by ours; uninstall renames it back. When the hooks folder belongs to the repository's own
 *   files (husky's `.husky`, a tracked `.githooks`), nothing tracked is edited: our script goes into the git
 *   directory and install prints the one line to add to the repository's hook.
 * - Global (`--global`): `core.hooksPath` of the user's git config points at our folder, which has a stub for
 *   every hook git knows: each runs the hook git would have run before — the earlier global hooksPath's, or else
 *   the repository's own `.git/hooks` one. Uninstall restores the previous value (or unsets it).
 *
 * Idempotent: installing again rewrites our scripts (new Node or CLI paths) and keeps what was saved.
 */
import { constants } from 'node:fs';
import {
  access,
  chmod,
  lstat,
  mkdir,
  readFile,
  readdir,
  rename,
  rm,
  rmdir,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { AgentAttestError } from '../errors.js';
import { gitText, runGit } from '../git/run.js';
import {
  chainHookScript,
  GIT_HOOK_NAMES,
  HOOK_NAME,
  readScriptHeader,
  SAVED_SUFFIX,
  tagHookScript,
  type ChainTarget,
} from './script.js';

/** Paths the hook runs Node and the CLI by: absolute, recorded at install time. */
export interface Runtime {
  node: string;
  cli: string;
}

export interface RepositoryInstallOptions extends Runtime {
  repoPath: string;
  /** Folder of the global install, so a repository install never writes into it. */
  globalDir: string;
  review?: string;
}

/** What a hook manager or the repository's own files do with the hooks folder. */
export type HooksOwner = 'git' | 'husky' | 'repository' | 'lefthook' | 'pre-commit' | 'agent-attest-global';

export interface RepositoryInstall {
  /** The script git runs (or, when `lineToAdd` is set, the script the line runs). */
  script: string;
  hooksDir: string;
  owner: HooksOwner;
  /** The hook ours replaced and runs first. */
  saved?: string;
  /** Set when the hooks folder is the repository's own: the file to edit and the line to add to it. */
  lineToAdd?: { file: string; line: string; present: boolean };
  /** It was installed already (this run refreshed it). */
  refreshed: boolean;
  notes: string[];
}

const MODE = 0o755;

function checkPath(p: string, what: string): void {
  if (!path.isAbsolute(p) || /[\p{Cc}]/u.test(p))
    throw new AgentAttestError(
      'INPUT_INVALID',
      `${what} ${JSON.stringify(p)} must be an absolute path without control characters; run agent-attest from an installed copy`,
    );
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

async function readText(p: string): Promise<string | undefined> {
  return readFile(p, 'utf8').catch(() => undefined);
}

async function isOurs(p: string): Promise<boolean> {
  const text = await readText(p);
  return text !== undefined && readScriptHeader(text) !== undefined;
}

/** Writes a script beside its final place and renames it over (a half-written hook never runs). */
async function writeScript(file: string, text: string): Promise<void> {
  const tmp = `${file}.agent-attest-tmp`;
  await writeFile(tmp, text, { mode: MODE });
  await chmod(tmp, MODE);
  await rename(tmp, file);
}

async function gitDirs(repoPath: string): Promise<{ gitDir: string; commonDir: string; top?: string }> {
  const r = await runGit(repoPath, [
    'rev-parse',
    '--path-format=absolute',
    '--git-dir',
    '--git-common-dir',
    '--show-toplevel',
  ]);
  const lines = r.stdout.toString('utf8').split('\n');
  if (r.code !== 0 && !(lines[0] && lines[1]))
    throw new AgentAttestError(
      'GIT_ERROR',
      `${repoPath} is not a git repository; pass --repo-path with a checkout, or --global`,
    );
  return { gitDir: lines[0]!, commonDir: lines[1]!, ...(lines[2] ? { top: lines[2] } : {}) };
}

/** The folder git runs this repository's hooks from, ignoring our global folder. */
async function hooksDirOf(
  repoPath: string,
  globalDir: string,
): Promise<{ dir: string; commonDir: string; top?: string }> {
  const dirs = await gitDirs(repoPath);
  const dir = await gitText(
    repoPath,
    ['rev-parse', '--path-format=absolute', '--git-path', 'hooks'],
    'git rev-parse',
  );
  if (path.resolve(dir) === path.resolve(globalDir))
    return { dir: path.join(dirs.commonDir, 'hooks'), ...dirs };
  return { dir, commonDir: dirs.commonDir, ...(dirs.top ? { top: dirs.top } : {}) };
}

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function ownerOf(
  hooksDir: string,
  commonDir: string,
  top: string | undefined,
  existing?: string,
): Promise<HooksOwner> {
  if (top && inside(hooksDir, top) && !inside(hooksDir, commonDir)) {
    return hooksDir.split(path.sep).includes('.husky') ? 'husky' : 'repository';
  }
  if (existing !== undefined) {
    if (/lefthook/i.test(existing)) return 'lefthook';
    if (/File generated by pre-commit|pre-commit\.com/i.test(existing)) return 'pre-commit';
  }
  return 'git';
}

/** The line a repository-owned hook file needs: runs our script where this clone has it, and only there. */
export function repositoryLine(): string {
  return `h="$(git rev-parse --git-common-dir)/agent-attest/${HOOK_NAME}"; [ ! -x "$h" ] || "$h" "$@"`;
}

export async function installRepositoryHook(o: RepositoryInstallOptions): Promise<RepositoryInstall> {
  checkPath(o.node, 'the Node.js executable');
  checkPath(o.cli, 'the agent-attest CLI');
  const { dir, commonDir, top } = await hooksDirOf(o.repoPath, o.globalDir);
  const target = path.join(dir, HOOK_NAME);
  const existingText = await readText(target);
  const owner = await ownerOf(dir, commonDir, top, existingText);
  const notes: string[] = [];

  if (owner === 'husky' || owner === 'repository') {
    // Tracked (or regenerated) files are the repository's: ours lives in the git dir, the user adds one line.
    const script = path.join(commonDir, 'agent-attest', HOOK_NAME);
    const refreshed = await isOurs(script);
    await mkdir(path.dirname(script), { recursive: true });
    await writeScript(script, tagHookScript({ ...o, chain: { kind: 'none' } }));
    const file = owner === 'husky' && top ? path.join(top, '.husky', HOOK_NAME) : target;
    const present = (await readText(file))?.includes(`agent-attest/${HOOK_NAME}`) ?? false;
    return {
      script,
      hooksDir: dir,
      owner,
      lineToAdd: { file, line: repositoryLine(), present },
      refreshed,
      notes,
    };
  }

  const saved = `${target}${SAVED_SUFFIX}`;
  const refreshed = existingText !== undefined && readScriptHeader(existingText) !== undefined;
  await mkdir(dir, { recursive: true });
  if (existingText !== undefined && !refreshed) {
    if (await exists(saved))
      throw new AgentAttestError(
        'INPUT_INVALID',
        `${saved} already exists and ${target} is not agent-attest's hook; move one of them away, then install again`,
      );
    await rename(target, saved); // the exact file, mode and all
  } else if (existingText === undefined && (await exists(target))) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `${target} exists but cannot be read; fix its permissions, then install again`,
    );
  }
  const hasSaved = await exists(saved);
  await writeScript(
    target,
    tagHookScript({ ...o, chain: hasSaved ? { kind: 'file', path: saved } : { kind: 'none' } }),
  );
  if (owner === 'lefthook')
    notes.push(
      `lefthook owned ${HOOK_NAME}; it now runs from ${path.basename(saved)} first. \`lefthook install\` may rewrite .git/hooks: run \`agent-attest hooks install\` again after it.`,
    );
  if (owner === 'pre-commit')
    notes.push(
      `pre-commit owned ${HOOK_NAME}; it now runs from ${path.basename(saved)} first (\`pre-commit install\` keeps a foreign hook as .legacy and runs it).`,
    );
  return { script: target, hooksDir: dir, owner, ...(hasSaved ? { saved } : {}), refreshed, notes };
}

export interface RepositoryUninstall {
  removed: string[];
  restored?: string;
  notes: string[];
}

export async function uninstallRepositoryHook(
  repoPath: string,
  globalDir: string,
): Promise<RepositoryUninstall> {
  const { dir, commonDir } = await hooksDirOf(repoPath, globalDir);
  const target = path.join(dir, HOOK_NAME);
  const saved = `${target}${SAVED_SUFFIX}`;
  const removed: string[] = [];
  const notes: string[] = [];
  let restored: string | undefined;
  if (await isOurs(target)) {
    await rm(target);
    removed.push(target);
    if (await exists(saved)) {
      await rename(saved, target);
      restored = target;
    }
  } else if (await exists(saved)) {
    notes.push(`${target} is no longer agent-attest's hook, so ${saved} was left where it is`);
  }
  const own = path.join(commonDir, 'agent-attest');
  const script = path.join(own, HOOK_NAME);
  if (await isOurs(script)) {
    await rm(script);
    removed.push(script);
    await rmdir(own).catch(() => {});
    notes.push(
      `remove the agent-attest line from the repository's ${HOOK_NAME} hook too (it does nothing without the script)`,
    );
  }
  return { removed, ...(restored ? { restored } : {}), notes };
}

// ---------------------------------------------------------------------------------------------------------
// Global: core.hooksPath in the user's git config.

export interface GlobalInstallOptions extends Runtime {
  /** Our folder (`$XDG_CONFIG_HOME/agent-attest/hooks`). */
  dir: string;
  /** Where git commands run (any folder; global config does not depend on it). */
  cwd: string;
  review?: string;
}

interface GlobalState {
  version: 1;
  /** core.hooksPath of the user's config before the install, exactly as written; null when it was unset. */
  previous: string | null;
  /** The same, as git resolves it (`~` expanded); relative paths stay relative to each repository. */
  previousResolved: string | null;
}

const STATE_FILE = '.agent-attest.json';

async function globalHooksPath(cwd: string, resolved: boolean): Promise<string | null> {
  const r = await runGit(cwd, [
    'config',
    '--global',
    ...(resolved ? ['--type=path'] : []),
    '--get',
    'core.hooksPath',
  ]);
  if (r.code === 1) return null; // unset
  if (r.code !== 0)
    throw new AgentAttestError('GIT_ERROR', `cannot read core.hooksPath from your git config: ${r.stderr}`);
  return r.stdout.toString('utf8').replace(/\n$/, '');
}

async function readState(dir: string): Promise<GlobalState | undefined> {
  const text = await readText(path.join(dir, STATE_FILE));
  if (text === undefined) return undefined;
  try {
    const s = JSON.parse(text) as GlobalState;
    return s.version === 1 ? s : undefined;
  } catch {
    return undefined;
  }
}

export interface GlobalInstall {
  dir: string;
  previous: string | null;
  refreshed: boolean;
}

export async function installGlobalHooks(o: GlobalInstallOptions): Promise<GlobalInstall> {
  checkPath(o.node, 'the Node.js executable');
  checkPath(o.cli, 'the agent-attest CLI');
  const dir = path.resolve(o.dir);
  const current = await globalHooksPath(o.cwd, false);
  const currentResolved = await globalHooksPath(o.cwd, true);
  const ours = currentResolved !== null && path.resolve(currentResolved) === dir;
  const state = await readState(dir);
  if (ours && !state)
    throw new AgentAttestError(
      'INPUT_INVALID',
      `core.hooksPath already points at ${dir} but its ${STATE_FILE} is missing; unset core.hooksPath (git config --global --unset core.hooksPath), then install again`,
    );
  const next: GlobalState = ours
    ? state!
    : { version: 1, previous: current, previousResolved: currentResolved };
  const chain: ChainTarget =
    next.previousResolved !== null
      ? { kind: 'hooks-path', dir: next.previousResolved }
      : { kind: 'repository' };
  await mkdir(dir, { recursive: true });
  // The state first: an interrupted install can always be undone.
  await writeFile(path.join(dir, STATE_FILE), `${JSON.stringify(next, null, 2)}\n`);
  for (const name of GIT_HOOK_NAMES) {
    const text =
      name === HOOK_NAME
        ? tagHookScript({ node: o.node, cli: o.cli, chain, review: o.review })
        : chainHookScript(name, chain);
    await writeScript(path.join(dir, name), text);
  }
  if (!ours) {
    const r = await runGit(o.cwd, ['config', '--global', 'core.hooksPath', dir]);
    if (r.code !== 0)
      throw new AgentAttestError('GIT_ERROR', `cannot set core.hooksPath in your git config: ${r.stderr}`);
  }
  return { dir, previous: next.previous, refreshed: ours };
}

export interface GlobalUninstall {
  restored: string | null;
  /** core.hooksPath was changed by someone else since the install: left as it is. */
  untouched?: string;
}

export async function uninstallGlobalHooks(o: {
  dir: string;
  cwd: string;
}): Promise<GlobalUninstall | undefined> {
  const dir = path.resolve(o.dir);
  const state = await readState(dir);
  if (!state) return undefined;
  const currentResolved = await globalHooksPath(o.cwd, true);
  let untouched: string | undefined;
  if (currentResolved !== null && path.resolve(currentResolved) === dir) {
    const args =
      state.previous === null
        ? ['config', '--global', '--unset', 'core.hooksPath']
        : ['config', '--global', 'core.hooksPath', state.previous];
    const r = await runGit(o.cwd, args);
    if (r.code !== 0)
      throw new AgentAttestError(
        'GIT_ERROR',
        `cannot restore core.hooksPath in your git config: ${r.stderr}`,
      );
  } else {
    untouched = currentResolved ?? '(unset)';
  }
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    if (name === STATE_FILE || (await isOurs(file))) await rm(file);
  }
  await rmdir(dir).catch(() => {});
  return { restored: state.previous, ...(untouched !== undefined ? { untouched } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// Status.

export interface ScriptStatus {
  path: string;
  node?: string;
  cli?: string;
  chain?: string;
  /** Problems that make the hook warn instead of tag (missing Node or CLI). */
  problems: string[];
}

export interface HooksStatus {
  repository?: {
    path: string;
    hooksDir: string;
    owner: HooksOwner;
    hook?: ScriptStatus;
    /** A hook that is not ours at the place ours would go. */
    foreignHook?: string;
    saved?: string;
    lineToAdd?: { file: string; line: string; present: boolean };
    /** The repository sets its own core.hooksPath, so a global install does not run here. */
    overridesGlobal: boolean;
  };
  global: {
    dir: string;
    installed: boolean;
    /** core.hooksPath of the user's config. */
    hooksPath: string | null;
    previous?: string | null;
    hook?: ScriptStatus;
  };
}

async function scriptStatus(file: string): Promise<ScriptStatus | undefined> {
  const text = await readText(file);
  const header = text === undefined ? undefined : readScriptHeader(text);
  if (!header) return undefined;
  const problems: string[] = [];
  if (
    header.node &&
    !(await access(header.node, constants.X_OK).then(
      () => true,
      () => false,
    ))
  )
    problems.push(`Node.js ${header.node} is gone`);
  if (header.cli && !(await exists(header.cli))) problems.push(`the CLI ${header.cli} is gone`);
  return {
    path: file,
    ...(header.node ? { node: header.node } : {}),
    ...(header.cli ? { cli: header.cli } : {}),
    ...(header.chain ? { chain: header.chain } : {}),
    problems,
  };
}

export async function hooksStatus(o: {
  repoPath?: string;
  globalDir: string;
  cwd: string;
}): Promise<HooksStatus> {
  const dir = path.resolve(o.globalDir);
  const hooksPath = await globalHooksPath(o.cwd, true);
  const state = await readState(dir);
  const installed = hooksPath !== null && path.resolve(hooksPath) === dir && state !== undefined;
  const global: HooksStatus['global'] = {
    dir,
    installed,
    hooksPath,
    ...(state ? { previous: state.previous } : {}),
  };
  const globalHook = await scriptStatus(path.join(dir, HOOK_NAME));
  if (globalHook) global.hook = globalHook;
  if (o.repoPath === undefined) return { global };

  const { dir: hooksDir, commonDir, top } = await hooksDirOf(o.repoPath, dir);
  const target = path.join(hooksDir, HOOK_NAME);
  const text = await readText(target);
  // Behind our hook, the one it saved says who manages the folder.
  const managed =
    text !== undefined && readScriptHeader(text) ? await readText(`${target}${SAVED_SUFFIX}`) : text;
  const owner = await ownerOf(hooksDir, commonDir, top, managed);
  const local = await runGit(o.repoPath, ['config', '--local', '--get', 'core.hooksPath']);
  const repository: NonNullable<HooksStatus['repository']> = {
    path: top ?? o.repoPath,
    hooksDir,
    owner,
    overridesGlobal: local.code === 0,
  };
  if (owner === 'husky' || owner === 'repository') {
    const script = await scriptStatus(path.join(commonDir, 'agent-attest', HOOK_NAME));
    if (script) repository.hook = script;
    const file = owner === 'husky' && top ? path.join(top, '.husky', HOOK_NAME) : target;
    repository.lineToAdd = {
      file,
      line: repositoryLine(),
      present: (await readText(file))?.includes(`agent-attest/${HOOK_NAME}`) ?? false,
    };
  } else {
    const script = await scriptStatus(target);
    if (script) repository.hook = script;
    else if (text !== undefined) repository.foreignHook = target;
    if (await exists(`${target}${SAVED_SUFFIX}`)) repository.saved = `${target}${SAVED_SUFFIX}`;
  }
  return { repository, global };
}
