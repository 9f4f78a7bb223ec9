import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  spawnGit
} from "./chunk-OQIOIGRM.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";

// src/core/report/range-lines.ts
import { createInterface } from "node:readline";
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
    const m = /^(\d+)\t(\d+)\t/.exec(line);
    if (m) {
      total.added += Number(m[1]);
      total.removed += Number(m[2]);
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
