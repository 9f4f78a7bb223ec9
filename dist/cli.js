#!/usr/bin/env node
import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  package_default
} from "./chunks/chunk-5XZ7GXNV.js";
import {
  require_satisfies
} from "./chunks/chunk-YESV7YOP.js";
import {
  __toESM
} from "./chunks/chunk-66GH2WVD.js";

// src/cli/node-version.ts
var import_satisfies = __toESM(require_satisfies(), 1);
var SUPPORTED_NODE = package_default.engines.node;
function unsupportedNodeMessage(version, execPath) {
  if ((0, import_satisfies.default)(version, SUPPORTED_NODE)) return void 0;
  return `agent-attest needs Node.js ${SUPPORTED_NODE.replace(/ \|\| /g, " or ")}, but ${execPath} is ${version}; install Node.js 24 LTS (\`nvm install 24\`, your package manager, or https://nodejs.org) and run agent-attest with it.`;
}

// src/cli/index.ts
var unsupported = unsupportedNodeMessage(process.versions.node, process.execPath);
if (unsupported !== void 0) {
  process.stderr.write(`${unsupported}
`);
  process.exitCode = 2;
} else {
  const { main } = await import("./chunks/main-TF43U5CV.js");
  process.exitCode = await main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`agent-attest: ${e instanceof Error ? e.message : String(e)}
`);
    return 2;
  });
}
