import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-YIQTWNUV.js";
import {
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:os?src/cli/commands/hooks-tag.ts
var m = __require("node:os");
var homedir = m.homedir;

// builtin:node:path?src/cli/commands/hooks-tag.ts
var m2 = __require("node:path");
var hooks_tag_default = m2;

// builtin:node:util?src/cli/commands/hooks-tag.ts
var m3 = __require("node:util");
var parseArgs = m3.parseArgs;

// src/cli/commands/hooks-tag.ts
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
    const { tagCommitMessage } = await import("./tag-MVX3LXNF.js");
    const file = hooks_tag_default.resolve(io.cwd, messageFile);
    const gitDir = GIT_MESSAGE_FILES.has(hooks_tag_default.basename(file)) ? hooks_tag_default.dirname(file) : await (await import("./run-E5CIQUNE.js")).gitText(io.cwd, ["rev-parse", "--absolute-git-dir"], "git rev-parse");
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
