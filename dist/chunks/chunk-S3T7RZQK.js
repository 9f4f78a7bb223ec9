import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:util?src/cli/args.ts
var m = __require("node:util");
var parseArgs = m.parseArgs;

// src/cli/args.ts
function parseCommandArgs(command, argv, options, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    const msg = e.message.replace(/\. To specify a positional argument.*$/s, "");
    throw new AgentAttestError("USAGE", `${msg}; run \`agent-attest ${command} --help\` for the options.`);
  }
}

export {
  parseCommandArgs
};
