import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:child_process?src/core/git/run.ts
var m = __require("node:child_process");
var spawn = m.spawn;

// src/core/git/run.ts
var SAFE_CONFIG = [
  "core.fsmonitor=false",
  "core.pager=cat",
  "core.quotePath=false",
  "log.showSignature=false",
  "log.mailmap=false",
  "i18n.logOutputEncoding=UTF-8",
  "color.ui=false"
];
function gitArgs(args) {
  return [...SAFE_CONFIG.flatMap((c) => ["-c", c]), "--no-pager", ...args];
}
function gitEnv(base = process.env) {
  const env = { ...base, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
  for (const k of [
    "GIT_EXTERNAL_DIFF",
    "GIT_PAGER",
    "PAGER",
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_NOTES_REF"
  ])
    delete env[k];
  return env;
}
function spawnGit(repoPath, args, env) {
  return spawn("git", gitArgs(args), {
    cwd: repoPath,
    env: { ...gitEnv(), ...env },
    stdio: ["pipe", "pipe", "pipe"]
  });
}
function runGit(repoPath, args, input, env) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawnGit(repoPath, args, env);
    } catch (e) {
      reject(gitUnavailable(e));
      return;
    }
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => reject(gitUnavailable(e)));
    child.on(
      "close",
      (code) => resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString("utf8").trim()
      })
    );
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
function gitUnavailable(e) {
  return new AgentAttestError(
    "GIT_ERROR",
    `could not run git (${e.message}); install git and put it on PATH.`,
    {
      cause: e
    }
  );
}
async function gitText(repoPath, args, what) {
  const r = await runGit(repoPath, args);
  if (r.code !== 0) {
    const first = r.stderr.split("\n").find((l) => l.trim() !== "") ?? `exit ${r.code}`;
    throw new AgentAttestError("GIT_ERROR", `${what} failed in ${repoPath}: ${first}`);
  }
  return r.stdout.toString("utf8").trim();
}

export {
  gitArgs,
  gitEnv,
  spawnGit,
  runGit,
  gitText
};
