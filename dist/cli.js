#!/usr/bin/env node
import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  package_default
} from "./chunks/chunk-5ZPRKU2Z.js";
import "./chunks/chunk-66GH2WVD.js";

// src/cli/node-version.ts
var SUPPORTED_NODE = package_default.engines.node;
var triple = (v) => {
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\+[\dA-Za-z.-]+)?$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : void 0;
};
var compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
function nodeVersionIn(version, range) {
  const v = triple(version);
  return range.split("||").some((clause) => {
    const m = /^\s*(\^|>=)(\S+)\s*$/.exec(clause);
    const floor = m ? triple(m[2]) : void 0;
    if (!m || !floor || m[1] === "^" && floor[0] === 0)
      throw new Error(`engines.node clause '${clause.trim()}' is not ^X.Y.Z or >=X.Y.Z`);
    return v !== void 0 && compare(v, floor) >= 0 && (m[1] === ">=" || v[0] === floor[0]);
  });
}
function unsupportedNodeMessage(version, execPath) {
  if (nodeVersionIn(version, SUPPORTED_NODE)) return void 0;
  return `agent-attest needs Node.js ${SUPPORTED_NODE.replace(/ \|\| /g, " or ")}, but ${execPath} is ${version}; install Node.js 24 LTS (\`nvm install 24\`, your package manager, or https://nodejs.org) and run agent-attest with it.`;
}

// src/cli/index.ts
var unsupported = unsupportedNodeMessage(process.versions.node, process.execPath);
if (unsupported !== void 0) {
  process.stderr.write(`${unsupported}
`);
  process.exitCode = 2;
} else {
  const { main } = await import("./chunks/main-KKSJWPBT.js");
  process.exitCode = await main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`agent-attest: ${e instanceof Error ? e.message : String(e)}
`);
    return 2;
  });
}
