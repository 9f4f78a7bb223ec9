import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-S3T7RZQK.js";
import {
  printable
} from "./chunk-YIQTWNUV.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:fs?src/cli/commands/hooks.ts
var m = __require("node:fs");
var realpathSync = m.realpathSync;

// builtin:node:fs/promises?src/cli/commands/hooks.ts
var m2 = __require("node:fs/promises");
var stat = m2.stat;

// builtin:node:os?src/cli/commands/hooks.ts
var m3 = __require("node:os");
var homedir = m3.homedir;

// builtin:node:path?src/cli/commands/hooks.ts
var m4 = __require("node:path");
var hooks_default = m4;

// src/cli/commands/hooks.ts
var HELP = `usage: agent-attest hooks install   [--repo-path DIR | --global] [--review REQUIREMENT]
       agent-attest hooks uninstall [--repo-path DIR | --global]
       agent-attest hooks status    [--repo-path DIR] [--format text|json]

Tags every commit an AI coding agent makes with git trailers (Agent:, Agent-Model:, Agent-Session:,
Agent-Instructions:, \u2026; docs/attribution.md "Commit-time tags"). The hook is a small sh script: without an
agent variable in the environment it exits at once; with one it runs this CLI, which adds the trailers. It
never blocks a commit: if anything fails, the message stays as it was and a warning is printed.

  install     a prepare-commit-msg hook in the repository (--repo-path, default: the current directory),
              running the hook that was there first; or, with --global, core.hooksPath of your git
              config, chaining to each repository's own hooks (or to your earlier core.hooksPath)
  uninstall   takes it out again and restores exactly what was there
  status      what is installed where, and whether it can run

options:
  --repo-path DIR        the repository (default: the current directory)
  --global               your git config's core.hooksPath instead of one repository
  --review REQUIREMENT   also declare a review requirement on every agent commit (Agent-Review: REQUIREMENT,
                         e.g. required); the gate (rule reviews.declared) then wants a human approval of
                         the final head of the pull request that brought the commit
  --format FORMAT        status as text (default) or json
  -h, --help             this help

exit codes: 0 done; 2 bad usage or input (not a repository, a hook file in the way).
`;
async function run(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === "tag") return (await import("./hooks-tag-J2LGACAQ.js")).runTag(rest, io);
  const { values, positionals } = parseCommandArgs("hooks", rest, {
    "repo-path": { type: "string" },
    global: { type: "boolean", default: false },
    review: { type: "string" },
    format: { type: "string", default: "text" },
    help: { type: "boolean", short: "h", default: false }
  });
  if (sub === void 0 || sub === "--help" || sub === "-h" || values.help) {
    io.stdout(HELP);
    return sub === void 0 ? 2 : 0;
  }
  if (positionals.length > 0)
    throw new AgentAttestError(
      "USAGE",
      `unexpected argument '${positionals[0]}'; run \`agent-attest hooks --help\``
    );
  if (values.global && values["repo-path"] !== void 0)
    throw new AgentAttestError("USAGE", "--global and --repo-path exclude each other: pass one");
  if (values.format !== "text" && values.format !== "json")
    throw new AgentAttestError("USAGE", `--format must be text or json, not '${values.format}'`);
  if (values.review !== void 0 && !/^[A-Za-z0-9][A-Za-z0-9._=-]{0,63}$/.test(values.review))
    throw new AgentAttestError(
      "USAGE",
      `--review must be one word of letters, digits, '.', '_', '-' or '=' (e.g. required), not '${values.review}'`
    );
  const env = process.env;
  const home = env.HOME || homedir();
  const configHome = env.XDG_CONFIG_HOME || hooks_default.join(home, ".config");
  const globalDir = hooks_default.join(configHome, "agent-attest", "hooks");
  const repoPath = hooks_default.resolve(io.cwd, values["repo-path"] ?? ".");
  if (values["repo-path"] !== void 0) await checkFolder(values["repo-path"], repoPath);
  const install = await import("./install-63YNNXYZ.js");
  switch (sub) {
    case "install": {
      const runtime = { node: process.execPath, cli: cliPath() };
      if (values.global) {
        const r2 = await install.installGlobalHooks({
          ...runtime,
          dir: globalDir,
          cwd: io.cwd,
          review: values.review
        });
        io.stdout(
          `${r2.refreshed ? "refreshed" : "installed"} agent-attest's hooks in ${r2.dir} (core.hooksPath of your git config)
  each hook runs ${r2.previous === null ? "the repository's own .git/hooks one" : `the one in your earlier core.hooksPath ${r2.previous}`} first
  a repository with its own core.hooksPath (husky) does not use it: run \`agent-attest hooks install\` there
`
        );
        return 0;
      }
      const r = await install.installRepositoryHook({
        ...runtime,
        repoPath,
        globalDir,
        review: values.review
      });
      if (r.lineToAdd) {
        io.stdout(
          `${r.refreshed ? "refreshed" : "installed"} ${r.script}
${r.owner === "husky" ? "husky" : "the repository"} owns ${r.hooksDir}; agent-attest edits no tracked file.
` + (r.lineToAdd.present ? `${r.lineToAdd.file} already runs it.
` : `add this line to ${r.lineToAdd.file} (it does nothing in clones without the hook):

${r.lineToAdd.line}
`)
        );
        return 0;
      }
      io.stdout(
        `${r.refreshed ? "refreshed" : "installed"} ${r.script}
` + (r.saved ? `  the hook that was there runs first, from ${r.saved}
` : "") + r.notes.map((n) => `  ${n}
`).join("")
      );
      return 0;
    }
    case "uninstall": {
      if (values.global) {
        const r2 = await install.uninstallGlobalHooks({ dir: globalDir, cwd: io.cwd });
        if (!r2) {
          io.stdout(`agent-attest's global hooks are not installed (${globalDir}); nothing to do
`);
          return 0;
        }
        io.stdout(
          r2.untouched !== void 0 ? `removed ${globalDir}; core.hooksPath is ${r2.untouched} now (changed since the install), so it was left as it is
` : `removed ${globalDir}; core.hooksPath ${r2.restored === null ? "unset again" : `restored to ${r2.restored}`}
`
        );
        return 0;
      }
      const r = await install.uninstallRepositoryHook(repoPath, globalDir);
      if (r.removed.length === 0 && r.notes.length === 0) {
        io.stdout(`agent-attest's hook is not installed in ${repoPath}; nothing to do
`);
        return 0;
      }
      io.stdout(
        r.removed.map((p) => `removed ${p}
`).join("") + (r.restored ? `restored the previous hook ${r.restored}
` : "") + r.notes.map((n) => `${n}
`).join("")
      );
      return 0;
    }
    case "status": {
      const inRepo = await import("./facts-KM2SEB32.js").then((m5) => m5.isGitRepository(repoPath));
      if (!inRepo && values["repo-path"] !== void 0)
        throw new AgentAttestError(
          "GIT_ERROR",
          `${repoPath} is not a git repository; pass --repo-path with a checkout`
        );
      const s = await install.hooksStatus({ ...inRepo ? { repoPath } : {}, globalDir, cwd: io.cwd });
      io.stdout(values.format === "json" ? `${JSON.stringify(s, null, 2)}
` : renderStatus(s));
      return 0;
    }
    default:
      throw new AgentAttestError(
        "USAGE",
        `unknown hooks command '${printable(sub)}'; use install, uninstall or status`
      );
  }
}
async function checkFolder(given, full) {
  const info = await stat(full).catch(() => void 0);
  if (!info)
    throw new AgentAttestError(
      "FILE_NOT_FOUND",
      `--repo-path ${given}: no such folder; pass the repository's folder`
    );
  if (!info.isDirectory())
    throw new AgentAttestError(
      "INPUT_INVALID",
      `--repo-path ${given}: is a file, not a folder; pass the repository's folder`
    );
}
function cliPath() {
  const script = process.argv[1];
  let real;
  try {
    real = script ? realpathSync(script) : void 0;
  } catch (e) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `cannot resolve the agent-attest CLI path ${script}: ${messageOf(e)}`
    );
  }
  if (!real || !/\.(c|m)?js$/.test(real))
    throw new AgentAttestError(
      "INPUT_INVALID",
      `the hook needs the built CLI (dist/cli.js) to run, but this process runs ${script ?? "no script"}; run \`agent-attest hooks install\` from an installed agent-attest`
    );
  return real;
}
function renderStatus(s) {
  const out = [];
  const script = (h, indent) => {
    out.push(
      `${indent}node ${h.node ?? "?"}, cli ${h.cli ?? "?"}${h.chain ? `, runs first: ${h.chain}` : ""}`
    );
    for (const p of h.problems)
      out.push(`${indent}problem: ${p} \u2014 commits are not tagged; run \`agent-attest hooks install\` again`);
  };
  const r = s.repository;
  if (r) {
    out.push(`repository ${r.path}`);
    out.push(`  hooks folder ${r.hooksDir} (${r.owner})`);
    if (r.hook) {
      out.push(`  installed: ${r.hook.path}`);
      script(r.hook, "    ");
    } else out.push("  not installed" + (r.foreignHook ? ` (${r.foreignHook} is another hook)` : ""));
    if (r.saved) out.push(`  the previous hook is kept as ${r.saved}`);
    if (r.lineToAdd)
      out.push(
        r.lineToAdd.present ? `  ${r.lineToAdd.file} runs it` : `  ${r.lineToAdd.file} does not run it yet; add:
    ${r.lineToAdd.line}`
      );
    if (s.global.installed && r.overridesGlobal)
      out.push("  this repository sets its own core.hooksPath, so the global hooks do not run here");
  }
  out.push(`global ${s.global.installed ? "installed" : "not installed"}: ${s.global.dir}`);
  out.push(`  core.hooksPath of your git config: ${s.global.hooksPath ?? "(unset)"}`);
  if (s.global.installed && s.global.hook) script(s.global.hook, "    ");
  if (s.global.previous !== void 0 && s.global.installed)
    out.push(`  before the install: ${s.global.previous ?? "(unset)"}`);
  return `${out.join("\n")}
`;
}
export {
  run
};
