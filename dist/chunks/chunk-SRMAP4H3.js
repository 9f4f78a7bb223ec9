import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  spawnGit
} from "./chunk-VH57ZJDG.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:readline?src/core/report/range-lines.ts
var m = __require("node:readline");
var createInterface = m.createInterface;

// src/core/report/range-lines.ts
async function rangeLines(repoPath, range) {
  const child = spawnGit(repoPath, [
    "log",
    "--no-merges",
    "--numstat",
    "-M",
    "--no-ext-diff",
    "--no-textconv",
    "--format=",
    range.head,
    ...range.base ? [`^${range.base}`] : [],
    "--"
  ]);
  child.stdin.end();
  let stderr = "";
  child.stderr.on("data", (d) => void (stderr += d.toString("utf8")));
  const exited = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code2) => resolve(code2 ?? 1));
  });
  const total = { added: 0, removed: 0 };
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    const m2 = /^(\d+)\t(\d+)\t/.exec(line);
    if (m2) {
      total.added += Number(m2[1]);
      total.removed += Number(m2[2]);
    }
  }
  const code = await exited;
  if (code !== 0)
    throw new AgentAttestError(
      "GIT_ERROR",
      `git log --numstat failed in ${repoPath}: ${stderr.split("\n").find((l) => l.trim()) ?? `exit ${code}`}`
    );
  return total;
}

export {
  rangeLines
};
