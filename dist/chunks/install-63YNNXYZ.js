import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  AGENT_SIGNALS,
  AI_AGENT_VARIABLE
} from "./chunk-5VMFNR4J.js";
import {
  gitText,
  runGit
} from "./chunk-VH57ZJDG.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:fs?src/core/hooks/install.ts
var m = __require("node:fs");
var constants = m.constants;

// builtin:node:fs/promises?src/core/hooks/install.ts
var m2 = __require("node:fs/promises");
var access = m2.access;
var chmod = m2.chmod;
var lstat = m2.lstat;
var mkdir = m2.mkdir;
var readFile = m2.readFile;
var readdir = m2.readdir;
var rename = m2.rename;
var rm = m2.rm;
var rmdir = m2.rmdir;
var writeFile = m2.writeFile;

// builtin:node:path?src/core/hooks/install.ts
var m3 = __require("node:path");
var install_default = m3;

// src/core/hooks/script.ts
var HOOK_NAME = "prepare-commit-msg";
var MARKER = "# agent-attest hook";
var SCRIPT_FORMAT = 1;
var SAVED_SUFFIX = ".agent-attest-saved";
var GIT_HOOK_NAMES = [
  "applypatch-msg",
  "pre-applypatch",
  "post-applypatch",
  "pre-commit",
  "pre-merge-commit",
  "prepare-commit-msg",
  "commit-msg",
  "post-commit",
  "pre-rebase",
  "post-checkout",
  "post-merge",
  "pre-push",
  "pre-receive",
  "update",
  "post-receive",
  "post-update",
  "reference-transaction",
  "pre-auto-gc",
  "post-rewrite",
  "sendemail-validate",
  "post-index-change",
  "p4-changelist",
  "p4-prepare-changelist",
  "p4-post-changelist",
  "p4-pre-submit"
];
function shQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
var VARIABLE = /^[A-Z_][A-Z0-9_]*$/;
function test(c) {
  if ("file" in c) return `[ -e ${shQuote(c.file)} ]`;
  if (!VARIABLE.test(c.env)) throw new Error(`not a variable name: ${c.env}`);
  const v = `"\${${c.env}-}"`;
  if (c.equals !== void 0) return `[ ${v} = ${shQuote(c.equals)} ]`;
  if (c.prefix !== void 0) return `case ${v} in ${shQuote(c.prefix)}*) true;; *) false;; esac`;
  if (c.suffix !== void 0) return `case ${v} in *${shQuote(c.suffix)}) true;; *) false;; esac`;
  return `[ -n ${v} ]`;
}
function fastPath() {
  const lines = AGENT_SIGNALS.map((s) => `${s.when.map(test).join(" && ")} && hit=1`);
  lines.push(`${test({ env: AI_AGENT_VARIABLE })} && hit=1`);
  return [...new Set(lines)];
}
function locate(chain, name) {
  switch (chain.kind) {
    case "none":
      return ["prev="];
    case "file":
      return [`prev=${shQuote(chain.path)}`];
    case "hooks-path":
      return [`prev=${shQuote(chain.dir)}/${name}`];
    case "repository":
      return [
        'if [ -z "${GIT_DIR-}" ] && [ -d .git ]; then gd=.git; else gd=$(git rev-parse --git-common-dir 2>/dev/null) || gd=; fi',
        `prev=\${gd:+$gd/hooks/${name}}`
      ];
  }
}
function describeChain(chain) {
  switch (chain.kind) {
    case "none":
      return "none";
    case "file":
      return `file ${chain.path}`;
    case "hooks-path":
      return `hooks-path ${chain.dir}`;
    case "repository":
      return "repository";
  }
}
function tagHookScript(o) {
  const review = o.review !== void 0 ? ` --review ${shQuote(o.review)}` : "";
  return [
    "#!/bin/sh",
    `${MARKER} (format ${SCRIPT_FORMAT}): tags commits made by AI coding agents (Agent: trailers).`,
    "# Installed by `agent-attest hooks install`; `agent-attest hooks uninstall` removes it and restores what was here.",
    `# agent-attest-node: ${o.node}`,
    `# agent-attest-cli: ${o.cli}`,
    `# agent-attest-chain: ${describeChain(o.chain)}`,
    "status=0",
    ...locate(o.chain, HOOK_NAME),
    'if [ -n "$prev" ] && [ -x "$prev" ]; then "$prev" "$@" || status=$?; fi',
    '[ "$status" -eq 0 ] || exit "$status"',
    "hit=",
    ...fastPath(),
    '[ -n "$hit" ] || exit 0',
    `node=${shQuote(o.node)}`,
    `cli=${shQuote(o.cli)}`,
    'if [ ! -x "$node" ] || [ ! -f "$cli" ]; then',
    '  echo "agent-attest: the hook\'s Node.js ($node) or CLI ($cli) is gone, so this commit is not tagged; run \\`agent-attest hooks install\\` again." >&2',
    "  exit 0",
    "fi",
    `"$node" "$cli" hooks tag${review} -- "$1" </dev/null ||`,
    '  echo "agent-attest: tagging failed (the message is unchanged); the commit goes ahead untagged." >&2',
    "exit 0",
    ""
  ].join("\n");
}
function chainHookScript(name, chain) {
  return [
    "#!/bin/sh",
    `${MARKER} (format ${SCRIPT_FORMAT}): runs the ${name} hook git would have run without agent-attest's global hooks.`,
    `# agent-attest-chain: ${describeChain(chain)}`,
    ...locate(chain, name),
    'if [ -n "$prev" ] && [ -x "$prev" ]; then exec "$prev" "$@"; fi',
    "exit 0",
    ""
  ].join("\n");
}
function readScriptHeader(text) {
  const lines = text.split("\n", 8);
  const marker = lines.find((l) => l.startsWith(MARKER));
  if (!marker) return void 0;
  const field = (name) => lines.find((l) => l.startsWith(`# agent-attest-${name}: `))?.slice(`# agent-attest-${name}: `.length);
  return {
    format: Number(/\(format (\d+)\)/.exec(marker)?.[1] ?? 0),
    ...field("node") !== void 0 ? { node: field("node") } : {},
    ...field("cli") !== void 0 ? { cli: field("cli") } : {},
    ...field("chain") !== void 0 ? { chain: field("chain") } : {}
  };
}

// src/core/hooks/install.ts
var MODE = 493;
function checkPath(p, what) {
  if (!install_default.isAbsolute(p) || /[\p{Cc}]/u.test(p))
    throw new AgentAttestError(
      "INPUT_INVALID",
      `${what} ${JSON.stringify(p)} must be an absolute path without control characters; run agent-attest from an installed copy`
    );
}
async function exists(p) {
  return lstat(p).then(
    () => true,
    () => false
  );
}
async function readText(p) {
  return readFile(p, "utf8").catch(() => void 0);
}
async function isOurs(p) {
  const text = await readText(p);
  return text !== void 0 && readScriptHeader(text) !== void 0;
}
async function writeScript(file, text) {
  const tmp = `${file}.agent-attest-tmp`;
  await writeFile(tmp, text, { mode: MODE });
  await chmod(tmp, MODE);
  await rename(tmp, file);
}
async function gitDirs(repoPath) {
  const r = await runGit(repoPath, [
    "rev-parse",
    "--path-format=absolute",
    "--git-dir",
    "--git-common-dir",
    "--show-toplevel"
  ]);
  const lines = r.stdout.toString("utf8").split("\n");
  if (r.code !== 0 && !(lines[0] && lines[1]))
    throw new AgentAttestError(
      "GIT_ERROR",
      `${repoPath} is not a git repository; pass --repo-path with a checkout, or --global`
    );
  return { gitDir: lines[0], commonDir: lines[1], ...lines[2] ? { top: lines[2] } : {} };
}
async function hooksDirOf(repoPath, globalDir) {
  const dirs = await gitDirs(repoPath);
  const dir = await gitText(
    repoPath,
    ["rev-parse", "--path-format=absolute", "--git-path", "hooks"],
    "git rev-parse"
  );
  if (install_default.resolve(dir) === install_default.resolve(globalDir))
    return { dir: install_default.join(dirs.commonDir, "hooks"), ...dirs };
  return { dir, commonDir: dirs.commonDir, ...dirs.top ? { top: dirs.top } : {} };
}
function inside(child, parent) {
  const rel = install_default.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !install_default.isAbsolute(rel);
}
async function ownerOf(hooksDir, commonDir, top, existing) {
  if (top && inside(hooksDir, top) && !inside(hooksDir, commonDir)) {
    return hooksDir.split(install_default.sep).includes(".husky") ? "husky" : "repository";
  }
  if (existing !== void 0) {
    if (/lefthook/i.test(existing)) return "lefthook";
    if (/File generated by pre-commit|pre-commit\.com/i.test(existing)) return "pre-commit";
  }
  return "git";
}
function repositoryLine() {
  return `h="$(git rev-parse --git-common-dir)/agent-attest/${HOOK_NAME}"; [ ! -x "$h" ] || "$h" "$@"`;
}
async function installRepositoryHook(o) {
  checkPath(o.node, "the Node.js executable");
  checkPath(o.cli, "the agent-attest CLI");
  const { dir, commonDir, top } = await hooksDirOf(o.repoPath, o.globalDir);
  const target = install_default.join(dir, HOOK_NAME);
  const existingText = await readText(target);
  const owner = await ownerOf(dir, commonDir, top, existingText);
  const notes = [];
  if (owner === "husky" || owner === "repository") {
    const script = install_default.join(commonDir, "agent-attest", HOOK_NAME);
    const refreshed2 = await isOurs(script);
    await mkdir(install_default.dirname(script), { recursive: true });
    await writeScript(script, tagHookScript({ ...o, chain: { kind: "none" } }));
    const file = owner === "husky" && top ? install_default.join(top, ".husky", HOOK_NAME) : target;
    const present = (await readText(file))?.includes(`agent-attest/${HOOK_NAME}`) ?? false;
    return {
      script,
      hooksDir: dir,
      owner,
      lineToAdd: { file, line: repositoryLine(), present },
      refreshed: refreshed2,
      notes
    };
  }
  const saved = `${target}${SAVED_SUFFIX}`;
  const refreshed = existingText !== void 0 && readScriptHeader(existingText) !== void 0;
  await mkdir(dir, { recursive: true });
  if (existingText !== void 0 && !refreshed) {
    if (await exists(saved))
      throw new AgentAttestError(
        "INPUT_INVALID",
        `${saved} already exists and ${target} is not agent-attest's hook; move one of them away, then install again`
      );
    await rename(target, saved);
  } else if (existingText === void 0 && await exists(target)) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `${target} exists but cannot be read; fix its permissions, then install again`
    );
  }
  const hasSaved = await exists(saved);
  await writeScript(
    target,
    tagHookScript({ ...o, chain: hasSaved ? { kind: "file", path: saved } : { kind: "none" } })
  );
  if (owner === "lefthook")
    notes.push(
      `lefthook owned ${HOOK_NAME}; it now runs from ${install_default.basename(saved)} first. \`lefthook install\` may rewrite .git/hooks: run \`agent-attest hooks install\` again after it.`
    );
  if (owner === "pre-commit")
    notes.push(
      `pre-commit owned ${HOOK_NAME}; it now runs from ${install_default.basename(saved)} first (\`pre-commit install\` keeps a foreign hook as .legacy and runs it).`
    );
  return { script: target, hooksDir: dir, owner, ...hasSaved ? { saved } : {}, refreshed, notes };
}
async function uninstallRepositoryHook(repoPath, globalDir) {
  const { dir, commonDir } = await hooksDirOf(repoPath, globalDir);
  const target = install_default.join(dir, HOOK_NAME);
  const saved = `${target}${SAVED_SUFFIX}`;
  const removed = [];
  const notes = [];
  let restored;
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
  const own = install_default.join(commonDir, "agent-attest");
  const script = install_default.join(own, HOOK_NAME);
  if (await isOurs(script)) {
    await rm(script);
    removed.push(script);
    await rmdir(own).catch(() => {
    });
    notes.push(
      `remove the agent-attest line from the repository's ${HOOK_NAME} hook too (it does nothing without the script)`
    );
  }
  return { removed, ...restored ? { restored } : {}, notes };
}
var STATE_FILE = ".agent-attest.json";
async function globalHooksPath(cwd, resolved) {
  const r = await runGit(cwd, [
    "config",
    "--global",
    ...resolved ? ["--type=path"] : [],
    "--get",
    "core.hooksPath"
  ]);
  if (r.code === 1) return null;
  if (r.code !== 0)
    throw new AgentAttestError("GIT_ERROR", `cannot read core.hooksPath from your git config: ${r.stderr}`);
  return r.stdout.toString("utf8").replace(/\n$/, "");
}
async function readState(dir) {
  const text = await readText(install_default.join(dir, STATE_FILE));
  if (text === void 0) return void 0;
  try {
    const s = JSON.parse(text);
    return s.version === 1 ? s : void 0;
  } catch {
    return void 0;
  }
}
async function installGlobalHooks(o) {
  checkPath(o.node, "the Node.js executable");
  checkPath(o.cli, "the agent-attest CLI");
  const dir = install_default.resolve(o.dir);
  const current = await globalHooksPath(o.cwd, false);
  const currentResolved = await globalHooksPath(o.cwd, true);
  const ours = currentResolved !== null && install_default.resolve(currentResolved) === dir;
  const state = await readState(dir);
  if (ours && !state)
    throw new AgentAttestError(
      "INPUT_INVALID",
      `core.hooksPath already points at ${dir} but its ${STATE_FILE} is missing; unset core.hooksPath (git config --global --unset core.hooksPath), then install again`
    );
  const next = ours ? state : { version: 1, previous: current, previousResolved: currentResolved };
  const chain = next.previousResolved !== null ? { kind: "hooks-path", dir: next.previousResolved } : { kind: "repository" };
  await mkdir(dir, { recursive: true });
  await writeFile(install_default.join(dir, STATE_FILE), `${JSON.stringify(next, null, 2)}
`);
  for (const name of GIT_HOOK_NAMES) {
    const text = name === HOOK_NAME ? tagHookScript({ node: o.node, cli: o.cli, chain, review: o.review }) : chainHookScript(name, chain);
    await writeScript(install_default.join(dir, name), text);
  }
  if (!ours) {
    const r = await runGit(o.cwd, ["config", "--global", "core.hooksPath", dir]);
    if (r.code !== 0)
      throw new AgentAttestError("GIT_ERROR", `cannot set core.hooksPath in your git config: ${r.stderr}`);
  }
  return { dir, previous: next.previous, refreshed: ours };
}
async function uninstallGlobalHooks(o) {
  const dir = install_default.resolve(o.dir);
  const state = await readState(dir);
  if (!state) return void 0;
  const currentResolved = await globalHooksPath(o.cwd, true);
  let untouched;
  if (currentResolved !== null && install_default.resolve(currentResolved) === dir) {
    const args = state.previous === null ? ["config", "--global", "--unset", "core.hooksPath"] : ["config", "--global", "core.hooksPath", state.previous];
    const r = await runGit(o.cwd, args);
    if (r.code !== 0)
      throw new AgentAttestError(
        "GIT_ERROR",
        `cannot restore core.hooksPath in your git config: ${r.stderr}`
      );
  } else {
    untouched = currentResolved ?? "(unset)";
  }
  for (const name of await readdir(dir)) {
    const file = install_default.join(dir, name);
    if (name === STATE_FILE || await isOurs(file)) await rm(file);
  }
  await rmdir(dir).catch(() => {
  });
  return { restored: state.previous, ...untouched !== void 0 ? { untouched } : {} };
}
async function scriptStatus(file) {
  const text = await readText(file);
  const header = text === void 0 ? void 0 : readScriptHeader(text);
  if (!header) return void 0;
  const problems = [];
  if (header.node && !await access(header.node, constants.X_OK).then(
    () => true,
    () => false
  ))
    problems.push(`Node.js ${header.node} is gone`);
  if (header.cli && !await exists(header.cli)) problems.push(`the CLI ${header.cli} is gone`);
  return {
    path: file,
    ...header.node ? { node: header.node } : {},
    ...header.cli ? { cli: header.cli } : {},
    ...header.chain ? { chain: header.chain } : {},
    problems
  };
}
async function hooksStatus(o) {
  const dir = install_default.resolve(o.globalDir);
  const hooksPath = await globalHooksPath(o.cwd, true);
  const state = await readState(dir);
  const installed = hooksPath !== null && install_default.resolve(hooksPath) === dir && state !== void 0;
  const global = {
    dir,
    installed,
    hooksPath,
    ...state ? { previous: state.previous } : {}
  };
  const globalHook = await scriptStatus(install_default.join(dir, HOOK_NAME));
  if (globalHook) global.hook = globalHook;
  if (o.repoPath === void 0) return { global };
  const { dir: hooksDir, commonDir, top } = await hooksDirOf(o.repoPath, dir);
  const target = install_default.join(hooksDir, HOOK_NAME);
  const text = await readText(target);
  const managed = text !== void 0 && readScriptHeader(text) ? await readText(`${target}${SAVED_SUFFIX}`) : text;
  const owner = await ownerOf(hooksDir, commonDir, top, managed);
  const local = await runGit(o.repoPath, ["config", "--local", "--get", "core.hooksPath"]);
  const repository = {
    path: top ?? o.repoPath,
    hooksDir,
    owner,
    overridesGlobal: local.code === 0
  };
  if (owner === "husky" || owner === "repository") {
    const script = await scriptStatus(install_default.join(commonDir, "agent-attest", HOOK_NAME));
    if (script) repository.hook = script;
    const file = owner === "husky" && top ? install_default.join(top, ".husky", HOOK_NAME) : target;
    repository.lineToAdd = {
      file,
      line: repositoryLine(),
      present: (await readText(file))?.includes(`agent-attest/${HOOK_NAME}`) ?? false
    };
  } else {
    const script = await scriptStatus(target);
    if (script) repository.hook = script;
    else if (text !== void 0) repository.foreignHook = target;
    if (await exists(`${target}${SAVED_SUFFIX}`)) repository.saved = `${target}${SAVED_SUFFIX}`;
  }
  return { repository, global };
}
export {
  hooksStatus,
  installGlobalHooks,
  installRepositoryHook,
  repositoryLine,
  uninstallGlobalHooks,
  uninstallRepositoryHook
};
