import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  startDevstack
} from "./chunk-IKYLX7Z6.js";
import {
  verifyArtifacts
} from "./chunk-6FXDIVOI.js";
import {
  parseCommandArgs
} from "./chunk-PTPHAN3V.js";
import {
  stderrLogger
} from "./chunk-ZF27FJB5.js";
import {
  attest,
  getIdentityToken
} from "./chunk-SQICMAFU.js";
import {
  releaseFactsCollector,
  runGit
} from "./chunk-UDKNNCHM.js";
import "./chunk-BUK3XVXA.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-BC4RK32Z.js";
import "./chunk-GDUZ724F.js";
import "./chunk-PQOZZ7PR.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-5WI4F3Y3.js";
import {
  oneLine
} from "./chunk-AIPGSCCH.js";
import "./chunk-ZT4YJNZB.js";
import "./chunk-JXWOESOK.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import "./chunk-SSTW24TV.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import "./chunk-66GH2WVD.js";

// src/cli/commands/demo.ts
import { existsSync } from "node:fs";
import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
var RANGE_COMMITS = 20;
var HELP = `usage: agent-attest demo [--keep DIR] [--format text|json] [--verbose]

Runs the whole agent-attest flow on this machine, with no network: starts a local Sigstore-compatible
stack on 127.0.0.1, attests this project's own dist/*.js with the recent history of its git repository
(last ${RANGE_COMMITS} commits), verifies them with a pinned signer workflow, then shows that a tampered copy of an
artifact and a bundle from the wrong signer both fail verification.

  --keep DIR          work in DIR and keep the statement, bundles and trusted root there
                      (default: a temporary folder, removed at the end)
  --format text|json  text story (default) or one JSON object on stdout
  --verbose           the library's progress lines on stderr
  -h, --help          this help

Exit codes: 0 every step behaved as expected; 1 a step did not (its name is printed); 2 bad usage.
`;
var OPTIONS = {
  keep: { type: "string" },
  format: { type: "string" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var PACKAGE_NAME = "agent-attest";
var EVIL_REF = "refs/heads/main-evil";
var ExpectationFailed = class extends Error {
};
function expect(condition, message) {
  if (!condition) throw new ExpectationFailed(message);
}
async function run(argv, io, deps = {}) {
  const { values } = parseCommandArgs("demo", argv, OPTIONS, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new AgentAttestError("USAGE", `--format must be text or json, not '${format}'.`);
  }
  const keep = values.keep === void 0 ? void 0 : path.resolve(io.cwd, values.keep);
  const mark = io.isTTY ? { ok: "\u2714", fail: "\u2718" } : { ok: "[ok]", fail: "[FAIL]" };
  const onStep = format === "text" ? (s) => {
    io.stdout(`${s.ok ? mark.ok : mark.fail} ${s.summary}
`);
    for (const d of s.details) io.stdout(`    ${d}
`);
  } : () => {
  };
  const root = deps.root ?? await findProjectRoot(import.meta.url);
  if (format === "text") {
    io.stdout(
      `agent-attest demo: attest and verify the build of ${root} on a local Sigstore stack (127.0.0.1, no network)
`
    );
  }
  const result = await runDemo({
    root,
    subjectsDir: deps.subjectsDir,
    repoPath: deps.repoPath,
    workDir: keep,
    verify: deps.verify ?? verifyArtifacts,
    logger: deps.logger ?? (values.verbose ? stderrLogger(io, true) : silentLogger),
    onStep
  });
  if (format === "json") {
    io.stdout(`${JSON.stringify(result, null, 2)}
`);
  } else if (result.ok) {
    io.stdout(
      `${mark.ok} done: every step behaved as expected in ${(result.ms / 1e3).toFixed(1)} s${result.keptIn ? `; files kept in ${result.keptIn}` : " (its temporary files are removed; keep them with --keep DIR)"}
`
    );
  }
  if (!result.ok) {
    const failed = result.steps.find((s) => !s.ok);
    io.stderr(
      `agent-attest demo: step '${result.failedStep}' did not behave as expected: ${failed?.summary ?? ""}
`
    );
    return 1;
  }
  return 0;
}
async function findProjectRoot(moduleUrl) {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (; ; ) {
    const pkg = await readFile(path.join(dir, "package.json"), "utf8").catch(() => void 0);
    if (pkg !== void 0 && packageName(pkg) === PACKAGE_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new AgentAttestError(
        "FILE_NOT_FOUND",
        `cannot find the ${PACKAGE_NAME} package folder above ${fileURLToPath(moduleUrl)}; run the demo from an installed or checked-out agent-attest.`
      );
    }
    dir = parent;
  }
}
function packageName(text) {
  try {
    const name = JSON.parse(text).name;
    return typeof name === "string" ? name : void 0;
  } catch {
    return void 0;
  }
}
async function runDemo(opts) {
  const started = performance.now();
  const steps = [];
  const work = opts.workDir ?? await mkdtemp(path.join(tmpdir(), "agent-attest-demo-"));
  if (opts.workDir) await mkdir(work, { recursive: true });
  let stack;
  const step = async (id, fn) => {
    const t0 = performance.now();
    let value;
    let record;
    try {
      const r = await fn();
      value = r.value;
      record = {
        id,
        ok: true,
        summary: r.summary,
        details: r.details ?? [],
        ms: Math.round(performance.now() - t0)
      };
    } catch (e) {
      const what = e instanceof ExpectationFailed ? e.message : `${id} failed: ${messageOf(e)}`;
      record = { id, ok: false, summary: oneLine(what), details: [], ms: Math.round(performance.now() - t0) };
    }
    steps.push(record);
    opts.onStep(record);
    return record.ok ? { value } : void 0;
  };
  try {
    await runSteps(opts, work, step, (s) => stack = s);
  } finally {
    await stack?.close();
    if (!opts.workDir) await rm(work, { recursive: true, force: true });
  }
  const failed = steps.find((s) => !s.ok);
  return {
    ok: failed === void 0,
    ...failed ? { failedStep: failed.id } : {},
    steps,
    ms: Math.round(performance.now() - started),
    ...opts.workDir ? { keptIn: work } : {}
  };
}
async function runSteps(opts, work, step, started) {
  const { logger } = opts;
  const subjectsDir = opts.subjectsDir ?? path.join(opts.root, "dist");
  const repoPath = opts.repoPath ?? opts.root;
  const subjects = await listSubjects(subjectsDir);
  const history = await chooseHistory(repoPath);
  const ready = await step("devstack", async () => {
    const stack2 = await startDevstack({
      logger,
      ...history.kind === "range" ? { claims: { sha: history.head } } : {}
    });
    started(stack2);
    const files = await stack2.writeFiles(work);
    return {
      value: { stack: stack2, ...files },
      summary: `devstack up on ${stack2.url} (Fulcio-compatible CA, Rekor-compatible log, TSA, OIDC tokens)`,
      details: [`trusted root ${files.trustedRootPath}`]
    };
  });
  if (!ready) return;
  const { stack, trustedRootPath, signingConfigPath } = ready.value;
  const env = {
    githubActions: false,
    idTokenRequestUrl: stack.idTokenRequestUrl,
    idTokenRequestToken: stack.idTokenRequestToken,
    serverUrl: "https://github.com",
    apiUrl: "https://api.github.com"
  };
  const tokenStep = await step("token", async () => {
    const identity = await getIdentityToken({
      githubActions: true,
      idTokenRequestUrl: env.idTokenRequestUrl,
      idTokenRequestToken: env.idTokenRequestToken
    });
    const workflow = String(identity.claims["job_workflow_ref"] ?? "");
    expect(workflow !== "", "token: the devstack token carries no job_workflow_ref claim");
    return {
      value: { identity, workflow },
      summary: `OIDC token for the devstack's stand-in job ${workflow}`
    };
  });
  if (!tokenStep) return;
  const token = tokenStep.value;
  const pinned = { signerWorkflow: token.workflow };
  const collector = releaseFactsCollector({
    ...history.kind === "range" ? { head: history.head, ...history.base ? { base: history.base } : {} } : {},
    reviews: "off",
    githubApiUrl: env.apiUrl,
    serverUrl: env.serverUrl
  });
  let collected;
  const collectFacts = history.kind === "range" ? async (ctx) => collected ??= await collector.collect(ctx) : void 0;
  const workspace = path.dirname(subjectsDir);
  const attestOptions = (bundleOut, identityToken) => ({
    subjects: { paths: [`${path.basename(subjectsDir)}/*.js`] },
    workspace,
    repoPath,
    sign: true,
    sigstore: signingConfigPath,
    identityToken,
    bundleOut,
    hashThreads: 1
  });
  const attestDeps = { env, cwd: work, logger, ...collectFacts ? { collectFacts } : {} };
  const attestStep = await step("attest", async () => {
    expect(
      subjects.length > 0,
      `attest: no *.js files in ${subjectsDir}; build the project first (npm run build)`
    );
    const result = await attest(
      attestOptions(path.join(work, "attestation.sigstore.json"), token.identity.token),
      attestDeps
    );
    const output = result.attestations[0];
    expect(result.signed && output?.bundlePath !== void 0, "attest: no signed bundle was written");
    expect(
      result.subjectCount === subjects.length,
      `attest: ${result.subjectCount} subject(s) attested, expected ${subjects.length}`
    );
    const details = [
      `subjects   ${subjects.map((s) => path.relative(workspace, s)).join(", ")}`,
      `bundle     ${output.bundlePath}`,
      `signer     ${output.signer?.identity ?? "unknown"}`,
      output.tlogEntry ? `log index  ${output.tlogEntry.logIndex}` : `timestamp  ${output.timestamp ?? "none"}`,
      ...historyLines(history, collector.facts().scan)
    ];
    return {
      value: { result, bundlePath: output.bundlePath },
      summary: `attested ${result.subjectCount} subject(s) and signed the provenance`,
      details
    };
  });
  if (!attestStep) return;
  const attested = attestStep.value;
  const verified = await step("verify", async () => {
    const report = await opts.verify({
      artifacts: subjects,
      bundlePaths: [attested.bundlePath],
      trustedRoot: trustedRootPath,
      identity: pinned,
      logger
    });
    const failing = report.artifacts.filter((a) => !a.ok);
    expect(
      report.ok && failing.length === 0 && report.artifacts.length === subjects.length,
      `verify: expected every artifact to verify; ${failing.map((a) => `${a.name}: ${firstReason(a.failures)}`).join("; ") || "the report is not ok"}`
    );
    return {
      value: report,
      summary: `verified ${report.artifacts.length} artifact(s): signature, log entry, timestamp, subject digests`,
      details: [`pinned signer: --signer-workflow ${token.workflow}`]
    };
  });
  if (!verified) return;
  const tampered = await step("tampered-artifact", async () => {
    const original = subjects[0];
    const copy = path.join(work, "tampered", path.basename(original));
    await mkdir(path.dirname(copy), { recursive: true });
    await copyFile(original, copy);
    await appendFile(copy, "\n// tampered\n");
    const report = await opts.verify({
      artifacts: [copy],
      bundlePaths: [attested.bundlePath],
      trustedRoot: trustedRootPath,
      identity: pinned,
      logger
    });
    const reason = expectRejected(report, "SUBJECT_MISMATCH", "the tampered copy");
    return {
      value: void 0,
      summary: `a tampered copy of ${path.basename(original)} is rejected (SUBJECT_MISMATCH)`,
      details: [reason]
    };
  });
  if (!tampered) return;
  await step("wrong-signer", async () => {
    const evilToken = await stack.issueToken({ claims: { ref: EVIL_REF } });
    const evil = await attest(
      attestOptions(path.join(work, "wrong-signer.sigstore.json"), evilToken),
      attestDeps
    );
    const bundlePath = evil.attestations[0]?.bundlePath;
    expect(bundlePath !== void 0, "wrong-signer: the look-alike bundle was not written");
    const report = await opts.verify({
      artifacts: subjects,
      bundlePaths: [bundlePath],
      trustedRoot: trustedRootPath,
      identity: pinned,
      logger
    });
    const reason = expectRejected(report, "IDENTITY_MISMATCH", "the wrong signer's bundle");
    return {
      value: void 0,
      summary: `a bundle signed by ${evil.attestations[0]?.signer?.identity ?? "another workflow"} is rejected (IDENTITY_MISMATCH)`,
      details: [reason]
    };
  });
}
function expectRejected(report, code, what) {
  const accepted = report.artifacts.filter((a) => a.ok);
  expect(
    !report.ok && accepted.length === 0,
    `${what} verified (${accepted.map((a) => a.name).join(", ") || "report ok"}); it must be rejected`
  );
  const wrong = report.artifacts.flatMap((a) => a.failures).filter((f) => f.code !== code);
  expect(
    report.artifacts.length > 0 && wrong.length === 0,
    `${what} was rejected for another reason than ${code}: ${wrong.map((f) => `${f.code} ${f.reason}`).join("; ") || "no artifact was checked"}`
  );
  return `verifier: ${firstReason(report.artifacts[0].failures)}`;
}
function firstReason(failures) {
  const f = failures[0];
  return f ? `${f.code}: ${oneLine(f.reason).trim()}` : "no bundle matched";
}
async function listSubjects(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith(".js")).map((e) => path.join(dir, e.name)).sort();
}
async function chooseHistory(repoPath) {
  if (!existsSync(path.join(repoPath, ".git"))) {
    return { kind: "none", reason: `${repoPath} has no .git (an installed package?)` };
  }
  const git = (args) => runGit(repoPath, args).catch(() => ({ code: 1, stdout: Buffer.alloc(0), stderr: "" }));
  const r = await git(["rev-list", "--first-parent", `--max-count=${RANGE_COMMITS + 1}`, "HEAD"]);
  const shas = r.code === 0 ? r.stdout.toString("utf8").split("\n").filter(Boolean) : [];
  if (shas.length === 0) return { kind: "none", reason: `${repoPath} has no commits git can read` };
  const head = shas[0];
  if (shas.length > RANGE_COMMITS) {
    return {
      kind: "range",
      head,
      base: shas[RANGE_COMMITS],
      label: `last ${RANGE_COMMITS} commits (HEAD~${RANGE_COMMITS}..HEAD)`
    };
  }
  const shallow = await git(["rev-parse", "--is-shallow-repository"]);
  if (shallow.stdout.toString("utf8").trim() !== "true")
    return { kind: "range", head, label: "the whole history" };
  if (shas.length < 2) return { kind: "none", reason: `${repoPath} is a shallow clone of one commit` };
  return {
    kind: "range",
    head,
    base: shas[shas.length - 1],
    label: `the ${shas.length - 1} commits of this shallow clone`
  };
}
function historyLines(history, scan) {
  if (history.kind === "none" || !scan) {
    return [
      `history    none: ${history.kind === "none" ? history.reason : "no scan"}; attested without range facts`
    ];
  }
  const t = scan.totals;
  const byAgent = Object.entries(t.byAgent).sort((a, b) => b[1].commits - a[1].commits).map(([id, a]) => `${id} ${a.commits}`);
  const surfaces = scan.surfaces ?? [];
  const short = (sha) => sha ? sha.slice(0, 12) : "(root)";
  return [
    `history    ${short(scan.range.base)}..${short(scan.range.head)}: ${scan.range.baseRule === "tag" ? `since release tag ${oneLine(scan.range.tag ?? "")}` : history.label}`,
    `footprint  ${t.commits} commits, ${t.agentCommits} with agent evidence${byAgent.length ? ` (${byAgent.join(", ")})` : ""}, ${t.unknownCommits} unknown (no evidence)`,
    `surfaces   ${surfaces.length} AI config surface change(s)${surfaces.length ? `: ${surfaces.slice(0, 3).map((f) => `${f.change} ${oneLine(f.path)}`).join(", ")}${surfaces.length > 3 ? ", \u2026" : ""}` : ""}`,
    "reviews    not collected (no GitHub API offline)"
  ];
}
export {
  HELP,
  RANGE_COMMITS,
  chooseHistory,
  findProjectRoot,
  run,
  runDemo
};
