import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  NO_COLOR_FLAG,
  paint,
  processIO
} from "./chunk-YIQTWNUV.js";
import {
  VERSION
} from "./chunk-4TZDNRUI.js";
import "./chunk-5ZPRKU2Z.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";

// src/cli/main.ts
var COMMANDS = {
  attest: {
    summary: "build, sign and store provenance for artifacts",
    load: () => import("./attest-OA3D6Y6E.js")
  },
  verify: {
    summary: "verify bundles for artifacts and enforce a policy",
    load: () => import("./verify-EWMJXRTM.js")
  },
  scan: { summary: "report the agent footprint of a commit range", load: () => import("./scan-5VXSH2ZV.js") },
  hooks: {
    summary: "tag commits made by AI coding agents at commit time (git hook)",
    load: () => import("./hooks-BIRCPALF.js")
  },
  query: {
    summary: "search a folder of bundles for agent-written code",
    load: () => import("./query-YVLPMUN6.js")
  },
  devstack: {
    summary: "run a local Sigstore-compatible stack",
    load: () => import("./devstack-LE3L64SQ.js")
  },
  demo: {
    summary: "the whole story on this machine: agent code, attest, footprint, deploy gate, query",
    load: () => import("./demo-LYK5FADI.js")
  }
};
var ALIASES = {
  "verify-bundle": { name: "verify", load: async () => (await import("./verify-EWMJXRTM.js")).verifyBundle }
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
    "Run `agent-attest <command> --help` for its options.",
    `${NO_COLOR_FLAG} (anywhere, every command) turns colour off, as a non-empty NO_COLOR does; FORCE_COLOR=1`,
    "turns it on for a log that is not a terminal. Progress lines appear only when stderr is a terminal."
  ].join("\n");
}
async function main(argv, given) {
  const end = argv.indexOf("--");
  const isNoColor = (a, i) => a === NO_COLOR_FLAG && (end < 0 || i < end);
  const noColor = argv.some(isNoColor);
  const io = given === void 0 ? processIO({ noColor }) : noColor ? { ...given, color: { stdout: false, stderr: false } } : given;
  const [first, ...rest] = argv.filter((a, i) => !isNoColor(a, i));
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
    io.stderr(
      `${paint(io, "stderr", "error", "agent-attest:")} unknown command '${first}'; run \`agent-attest --help\` for the list.
`
    );
    return 2;
  }
  try {
    const mod = await command.load();
    return await mod.run(rest, io);
  } catch (e) {
    const fail = (message) => io.stderr(`${paint(io, "stderr", "error", `agent-attest ${name}:`)} ${message}
`);
    if (e instanceof AgentAttestError) {
      fail(e.message);
      return e.exitCode;
    }
    const fileProblem = fileSystemProblem(e);
    if (fileProblem !== void 0) {
      fail(fileProblem);
      return 2;
    }
    fail(`unexpected error: ${messageOf(e)}`);
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
