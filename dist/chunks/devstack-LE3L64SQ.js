import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  PROFILES,
  startDevstack
} from "./chunk-D632DIND.js";
import {
  parseCommandArgs
} from "./chunk-S3T7RZQK.js";
import {
  stderrLogger
} from "./chunk-YIQTWNUV.js";
import "./chunk-6N6C6YJ4.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-MC3Q3AIY.js";
import "./chunk-BVSQRISZ.js";
import "./chunk-PQOZZ7PR.js";
import "./chunk-AR6X34HB.js";
import "./chunk-XXXKT4SX.js";
import {
  AgentAttestError,
  inputError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:fs/promises?src/cli/commands/devstack.ts
var m = __require("node:fs/promises");
var readFile = m.readFile;

// builtin:node:path?src/cli/commands/devstack.ts
var m2 = __require("node:path");
var resolve = m2.resolve;

// src/cli/commands/devstack.ts
var USAGE = `usage: agent-attest devstack [--port N] [--out DIR] [--claims FILE] [--profile public-good|github] [--verbose]

Runs a local Sigstore-compatible stack on 127.0.0.1 (Fulcio-compatible CA, Rekor-compatible log, RFC 3161
TSA, GitHub-style OIDC token endpoint, and a TUF repository publishing its trusted root) until interrupted.
Keys are generated at start and never stored.

  --port N          port to listen on (default 0: a free port)
  --out DIR         write trusted_root.json, signing_config.json and tuf_root.json into DIR
  --claims FILE     JSON object merged over the default GitHub OIDC claims of every token
  --profile P       public-good (CA + CT log + Rekor + TSA, the default) or github (CA + TSA, no logs)
  --verbose         log each request to stderr

Prints KEY=VALUE lines on stdout: the service URLs (DEVSTACK_TUF_URL with DEVSTACK_TUF_ROOT for
\`verify --tuf-url --tuf-root\`), the file paths, and ACTIONS_ID_TOKEN_REQUEST_URL /
ACTIONS_ID_TOKEN_REQUEST_TOKEN for signing as if in a GitHub job. Failures can be injected for tests with
POST $DEVSTACK_URL/__devstack/fail {"service":"fulcio|rekor|tsa|oidc|tuf","count":N,"status":503}.
`;
async function run(argv, io, opts = {}) {
  const started = await startFromArgs(argv, io);
  if (typeof started === "number") return started;
  await untilStopped(opts.signal);
  io.stderr("devstack: stopping\n");
  await started.stack.close();
  return 0;
}
async function startFromArgs(argv, io) {
  const { values } = parseCommandArgs(
    "devstack",
    argv,
    {
      port: { type: "string" },
      out: { type: "string" },
      claims: { type: "string" },
      profile: { type: "string" },
      verbose: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    false
  );
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const port = parsePort(values.port);
  const profile = parseProfile(values.profile);
  const claims = values.claims === void 0 ? void 0 : await readClaims(resolve(io.cwd, values.claims), values.claims);
  const stack = await startDevstack({
    port,
    profile,
    claims,
    logger: stderrLogger(io, values.verbose ?? false)
  });
  try {
    const env = {
      DEVSTACK_URL: stack.url,
      DEVSTACK_PROFILE: stack.profile,
      DEVSTACK_FULCIO_URL: stack.urls.fulcio,
      ...stack.urls.rekor ? { DEVSTACK_REKOR_URL: stack.urls.rekor } : {},
      DEVSTACK_TSA_URL: stack.urls.tsa,
      DEVSTACK_OIDC_ISSUER_URL: stack.urls.oidc,
      DEVSTACK_TUF_URL: stack.tuf.url
    };
    if (values.out !== void 0) {
      const files = await stack.writeFiles(resolve(io.cwd, values.out)).catch((e) => {
        throw new AgentAttestError(
          "INPUT_INVALID",
          `--out ${values.out}: cannot write the trust files (${messageOf(e)}); pass a writable directory.`
        );
      });
      env["DEVSTACK_TRUSTED_ROOT"] = files.trustedRootPath;
      env["DEVSTACK_SIGNING_CONFIG"] = files.signingConfigPath;
      env["DEVSTACK_TUF_ROOT"] = files.tufRootPath;
    }
    env["ACTIONS_ID_TOKEN_REQUEST_URL"] = stack.idTokenRequestUrl;
    env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"] = stack.idTokenRequestToken;
    io.stdout(
      Object.entries(env).map(([k, v]) => `${k}=${v}
`).join("")
    );
    io.stderr(`devstack (${stack.profile}) listening on ${stack.url}; stop it with Ctrl-C or SIGTERM
`);
    return { stack, env };
  } catch (e) {
    await stack.close();
    throw e;
  }
}
function parsePort(value) {
  if (value === void 0) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new AgentAttestError(
      "USAGE",
      `--port ${value}: must be an integer from 0 to 65535 (0 picks a free port).`
    );
  }
  return port;
}
function parseProfile(value) {
  if (value === void 0) return "public-good";
  if (!PROFILES.includes(value)) {
    throw new AgentAttestError("USAGE", `--profile ${value}: must be one of ${PROFILES.join(", ")}.`);
  }
  return value;
}
async function readClaims(path, given) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = e.code ?? messageOf(e);
    throw new AgentAttestError(
      "FILE_NOT_FOUND",
      `--claims ${given}: cannot read the file (${code}); pass a JSON file of claims.`
    );
  }
  let claims;
  try {
    claims = JSON.parse(text);
  } catch (e) {
    throw inputError(`--claims ${given}: not valid JSON (${messageOf(e).split("\n")[0]}); fix the file.`);
  }
  if (typeof claims !== "object" || claims === null || Array.isArray(claims)) {
    throw inputError(
      `--claims ${given}: must be a JSON object of claims, e.g. {"repository": "octo-org/octo-repo"}.`
    );
  }
  if ("iss" in claims && (typeof claims.iss !== "string" || !claims.iss)) {
    throw inputError(`--claims ${given}: "iss" must be a non-empty string.`);
  }
  return claims;
}
function untilStopped(signal) {
  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      signal?.removeEventListener("abort", stop);
      done();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    if (signal?.aborted) return stop();
    signal?.addEventListener("abort", stop, { once: true });
  });
}
export {
  run,
  startFromArgs
};
