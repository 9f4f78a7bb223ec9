#!/usr/bin/env node
import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  processIO
} from "./chunks/chunk-ZF27FJB5.js";
import {
  VERSION
} from "./chunks/chunk-5WI4F3Y3.js";
import {
  AgentAttestError,
  messageOf
} from "./chunks/chunk-VVUQLUI5.js";
import "./chunks/chunk-66GH2WVD.js";

// src/cli/main.ts
var COMMANDS = {
  attest: {
    summary: "build, sign and store provenance for artifacts",
    load: () => import("./chunks/attest-EGFFBVCA.js")
  },
  verify: {
    summary: "verify bundles for artifacts and enforce a policy",
    load: () => import("./chunks/verify-FS5VZYF4.js")
  },
  scan: { summary: "report the agent footprint of a commit range", load: () => import("./chunks/scan-XYYYAZOO.js") },
  query: {
    summary: "search a folder of bundles for agent-written code",
    load: () => import("./chunks/query-7MHY3VD2.js")
  },
  devstack: {
    summary: "run a local Sigstore-compatible stack",
    load: () => import("./chunks/devstack-HUNZWC5K.js")
  },
  demo: {
    summary: "attest and verify this project on a local stack",
    load: () => import("./chunks/demo-VFHBSRG3.js")
  }
};
var ALIASES = { "verify-bundle": "verify" };
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "usage: agent-attest <command> [options]",
    "",
    "commands:",
    ...lines,
    "",
    "Run `agent-attest <command> --help` for its options."
  ].join("\n");
}
async function main(argv, io = processIO()) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
    io.stdout(usage() + "\n");
    return first === void 0 ? 2 : 0;
  }
  if (first === "--version" || first === "-V") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const name = ALIASES[first] ?? first;
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`agent-attest: unknown command '${first}'; run \`agent-attest --help\` for the list.
`);
    return 2;
  }
  try {
    const mod = await command.load();
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof AgentAttestError) {
      io.stderr(`agent-attest ${name}: ${e.message}
`);
      return e.exitCode;
    }
    io.stderr(`agent-attest ${name}: unexpected error: ${messageOf(e)}
`);
    if (process.env["AGENT_ATTEST_DEBUG"]) io.stderr(`${e?.stack ?? ""}
`);
    return 2;
  }
}
var invokedAs = process.argv[1] ?? "";
if (/(?:^|[\\/])(?:cli|main)\.(?:js|ts)$/.test(invokedAs) || invokedAs.endsWith("agent-attest")) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`agent-attest: ${messageOf(e)}
`);
      process.exitCode = 2;
    }
  );
}
export {
  main,
  usage
};
