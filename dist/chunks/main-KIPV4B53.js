import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  processIO
} from "./chunk-ZF27FJB5.js";
import {
  VERSION
} from "./chunk-V3XW5DMO.js";
import "./chunk-5XZ7GXNV.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";

// src/cli/main.ts
var COMMANDS = {
  attest: {
    summary: "build, sign and store provenance for artifacts",
    load: () => import("./attest-LC6C2VHD.js")
  },
  verify: {
    summary: "verify bundles for artifacts and enforce a policy",
    load: () => import("./verify-SVVSYS45.js")
  },
  scan: { summary: "report the agent footprint of a commit range", load: () => import("./scan-KRFPJKPI.js") },
  hooks: {
    summary: "tag commits made by AI coding agents at commit time (git hook)",
    load: () => import("./hooks-YLVWQWRF.js")
  },
  query: {
    summary: "search a folder of bundles for agent-written code",
    load: () => import("./query-MEJ5HY7F.js")
  },
  devstack: {
    summary: "run a local Sigstore-compatible stack",
    load: () => import("./devstack-BSTUBZED.js")
  },
  demo: {
    summary: "the whole story on this machine: agent code, attest, footprint, deploy gate, query",
    load: () => import("./demo-WUZX4F6P.js")
  }
};
var ALIASES = {
  "verify-bundle": { name: "verify", load: async () => (await import("./verify-SVVSYS45.js")).verifyBundle }
};
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
  const alias = Object.hasOwn(ALIASES, first) ? ALIASES[first] : void 0;
  const name = alias?.name ?? first;
  const command = alias ?? (Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0);
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
    const fileProblem = fileSystemProblem(e);
    if (fileProblem !== void 0) {
      io.stderr(`agent-attest ${name}: ${fileProblem}
`);
      return 2;
    }
    io.stderr(`agent-attest ${name}: unexpected error: ${messageOf(e)}
`);
    if (process.env["AGENT_ATTEST_DEBUG"]) io.stderr(`${e?.stack ?? ""}
`);
    return 2;
  }
}
function fileSystemProblem(e) {
  const x = e;
  if (typeof x?.code !== "string" || typeof x.syscall !== "string" || !/^E[A-Z]+$/.test(x.code)) {
    return void 0;
  }
  const where = typeof x.path === "string" ? ` ${x.path}` : "";
  return `cannot ${x.syscall}${where} (${x.code}); check the path, its permissions and the free space.`;
}
export {
  main,
  usage
};
