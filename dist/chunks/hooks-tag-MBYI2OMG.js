import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-NJI73CBB.js";
import {
  messageOf
} from "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";

// src/cli/commands/hooks-tag.ts
import { homedir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
var GIT_MESSAGE_FILES = /* @__PURE__ */ new Set(["COMMIT_EDITMSG", "MERGE_MSG", "SQUASH_MSG"]);
async function runTag(argv, io) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { review: { type: "string" } },
      allowPositionals: true,
      strict: true
    });
    const messageFile = positionals[0];
    if (positionals.length !== 1 || !messageFile) throw new Error("the hook passed no message file");
    const { tagCommitMessage } = await import("./tag-75VIHVTU.js");
    const file = path.resolve(io.cwd, messageFile);
    const gitDir = GIT_MESSAGE_FILES.has(path.basename(file)) ? path.dirname(file) : await (await import("./run-OB5C2BDX.js")).gitText(io.cwd, ["rev-parse", "--absolute-git-dir"], "git rev-parse");
    await tagCommitMessage({
      messageFile: file,
      ...values.review !== void 0 ? { review: values.review } : {},
      gitDir,
      cwd: io.cwd,
      env: process.env,
      home: process.env.HOME || homedir()
    });
  } catch (e) {
    io.stderr(
      `agent-attest: this commit is not tagged (${printable(messageOf(e))}); the message is unchanged and the commit goes ahead.
`
    );
  }
  return 0;
}
export {
  runTag
};
