import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  renderMarkdown
} from "./chunks/chunk-WQYGZFXF.js";
import {
  uploadAttestation
} from "./chunks/chunk-WNBNNNBX.js";
import {
  lazySbomHook
} from "./chunks/chunk-XD3VTEIJ.js";
import {
  attest,
  pushFailure,
  splitList
} from "./chunks/chunk-CL5GV3PV.js";
import "./chunks/chunk-4TZDNRUI.js";
import {
  createGitHubClient
} from "./chunks/chunk-TR7EY247.js";
import "./chunks/chunk-6XR4UJHP.js";
import {
  REVIEW_SCOPES,
  isGitRepository,
  releaseFactsCollector
} from "./chunks/chunk-ML5ISKQ3.js";
import "./chunks/chunk-Q5MK4UZH.js";
import "./chunks/chunk-3F5LQTXG.js";
import "./chunks/chunk-RUDQGR2Z.js";
import "./chunks/chunk-GRKIW7EF.js";
import "./chunks/chunk-C7LBO2J6.js";
import "./chunks/chunk-NDLFAXTK.js";
import "./chunks/chunk-GLZUUL7L.js";
import "./chunks/chunk-VH57ZJDG.js";
import "./chunks/chunk-5ZPRKU2Z.js";
import {
  actionLogger,
  booleanInput,
  getInput,
  info,
  listInput,
  notice,
  runAction,
  setOutput,
  stringInput,
  summary
} from "./chunks/chunk-UUCON3KP.js";
import {
  readEnvironment
} from "./chunks/chunk-YYT7TRQQ.js";
import "./chunks/chunk-MC3Q3AIY.js";
import {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  markdownTable
} from "./chunks/chunk-AIPGSCCH.js";
import "./chunks/chunk-LT4GAFKH.js";
import "./chunks/chunk-PQOZZ7PR.js";
import "./chunks/chunk-JXWOESOK.js";
import "./chunks/chunk-T7TDKG7L.js";
import "./chunks/chunk-XXXKT4SX.js";
import "./chunks/chunk-5AKMWIUM.js";
import {
  AgentAttestError
} from "./chunks/chunk-VVUQLUI5.js";
import {
  __require
} from "./chunks/chunk-66GH2WVD.js";

// builtin:node:fs/promises?src/action/attest.ts
var m = __require("node:fs/promises");
var readFile = m.readFile;
var writeFile = m.writeFile;

// builtin:node:path?src/action/attest.ts
var m2 = __require("node:path");
var attest_default = m2;

// src/core/github/signing.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);
function isForkPullRequest(eventName, payload) {
  if (!eventName || !PULL_REQUEST_EVENTS.has(eventName)) return false;
  const pr = payload?.pull_request;
  if (!pr) return false;
  const base = pr.base?.repo?.full_name ?? payload.repository?.full_name;
  const head = pr.head?.repo?.full_name;
  if (head === void 0 && pr.head?.repo === null) return true;
  return base !== void 0 && head !== void 0 && head.toLowerCase() !== base.toLowerCase();
}
function signingAvailability(env, event, options) {
  if (env.idTokenRequestUrl && env.idTokenRequestToken) return { canSign: true };
  const input = options.input ?? "skip-signing-on-fork";
  const skip = options.skipSigningOnFork;
  if (isForkPullRequest(env.eventName, event)) {
    return {
      canSign: false,
      reason: "fork-pull-request",
      skip,
      message: skip ? "Signing skipped: GitHub gives pull requests from forks no OIDC token; the unsigned statement was written instead" : `Cannot sign: GitHub gives pull requests from forks no OIDC token; set ${input}: true to write the unsigned statement instead, or attest on push/release`
    };
  }
  return {
    canSign: false,
    reason: "no-id-token",
    skip,
    message: skip ? "Signing skipped: this job has no OIDC token (`permissions: id-token: write` is missing); the unsigned statement was written instead" : `Cannot sign: this job has no OIDC token; add \`permissions: id-token: write\` to the job (or set ${input}: true to write the unsigned statement instead)`
  };
}

// src/action/summary.ts
var MAX_SUMMARY_BYTES = 900 * 1024;
var MAX_LISTED_SUBJECTS = 50;
function attestSummary(result, stored, facts) {
  const out = ["## agent-attest: provenance", ""];
  if (!result.signed) out.push("> [!NOTE]", "> The statement was written but not signed (see the log).", "");
  const rows = result.attestations.map((a, i) => [
    a.bundlePath ? { raw: codeSpan(a.bundlePath) } : "not signed",
    { raw: codeSpan(a.statementDigest) },
    a.subjectCount,
    a.signer?.identity ?? "",
    a.tlogEntry ? `log index ${a.tlogEntry.logIndex}` : a.timestamp ? `timestamp ${a.timestamp}` : "",
    stored[i] ? { raw: `<a href="${escapeHtml(stored[i].url)}">${stored[i].id}</a>` } : ""
  ]);
  out.push(markdownTable(["bundle", "statement", "subjects", "signer", "witness", "attestation"], rows), "");
  if (result.instance) out.push(`Signed on ${escapeMarkdown(result.instance.name)}.`, "");
  const pushes = result.attestations.filter((a) => a.push && a.image);
  if (pushes.length > 0) {
    out.push(
      "### Pushed to registries",
      "",
      markdownTable(
        ["image", "attestation"],
        pushes.map((a) => [
          { raw: codeSpan(`${a.image.name}@${a.image.digest}`) },
          a.push.status === "pushed" ? {
            raw: `${codeSpan(a.push.reference)} (${a.push.storage === "referrers-api" ? "referrers API" : "referrers tag"})`
          } : `\u274C not pushed: ${a.push.error}`
        ])
      ),
      ""
    );
  }
  const subjects = result.attestations.flatMap((a) => a.subjects);
  out.push(
    "<details><summary>Subjects</summary>",
    "",
    markdownTable(
      ["subject", "digest"],
      subjects.slice(0, MAX_LISTED_SUBJECTS).map((s) => [
        { raw: codeSpan(s.name) },
        {
          raw: codeSpan(
            Object.entries(s.digest).map(([alg, hex]) => `${alg}:${hex}`).join(" ")
          )
        }
      ])
    ),
    ...subjects.length > MAX_LISTED_SUBJECTS ? ["", `\u2026 and ${subjects.length - MAX_LISTED_SUBJECTS} more (see the statement).`] : [],
    "",
    "</details>",
    ""
  );
  if (facts.scan) out.push(renderMarkdown(facts.scan));
  if (facts.reviews?.status === "unavailable") {
    out.push("> [!WARNING]", `> Review evidence unavailable: ${escapeMarkdown(facts.reviews.detail)}`, "");
  } else if (facts.reviews?.status === "collected") {
    const prs = facts.reviews.pullRequests;
    const approved = prs.filter((p) => p.humanApprovalOfHead).length;
    out.push(
      `Review evidence: ${prs.length} pull request(s), ${approved} with a human approval of the final head.`,
      ""
    );
  }
  let text = out.join("\n");
  if (Buffer.byteLength(text) > MAX_SUMMARY_BYTES) {
    text = `${Buffer.from(text).subarray(0, MAX_SUMMARY_BYTES).toString("utf8").replace(
      /\uFFFD*$/,
      ""
    )}

\u2026 summary truncated (GitHub's 1 MiB limit); the statement has everything.
`;
  }
  return text;
}

// src/action/attest.ts
function readAttestInputs(env) {
  const reviews = stringInput("reviews") ?? "agent-commits";
  if (!REVIEW_SCOPES.includes(reviews)) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `input 'reviews' must be one of ${REVIEW_SCOPES.join(", ")}, not '${reviews}'`
    );
  }
  const githubToken = stringInput("github-token");
  const base = stringInput("base-ref");
  const head = stringInput("head-ref") ?? env.sha;
  const paths = splitList(getInput("subject-path"));
  return {
    attest: {
      subjects: {
        ...paths.length > 0 ? { paths } : {},
        digest: stringInput("subject-digest"),
        name: stringInput("subject-name"),
        checksums: stringInput("subject-checksums"),
        images: listInput("subject-image"),
        imagePaths: listInput("subject-image-path", { commas: false })
      },
      pushToRegistry: booleanInput("push-to-registry", false),
      allowInsecureRegistry: booleanInput("allow-insecure-registry", false),
      sign: true,
      base,
      head,
      sigstore: stringInput("sigstore") ?? "auto",
      githubApiUrl: env.apiUrl,
      repository: env.repository
    },
    facts: {
      base,
      head,
      tagPattern: listInput("tag-pattern", { commas: false }),
      riskPaths: listInput("risk-paths", { commas: false }),
      reviews,
      githubToken,
      githubActions: true,
      githubApiUrl: env.apiUrl,
      serverUrl: env.serverUrl,
      repository: env.repository,
      // actions/checkout does not fetch git-ai notes; fetch them when the remote has them.
      fetchNotesFrom: "origin"
    },
    store: booleanInput("store", true),
    skipSigningOnFork: booleanInput("skip-signing-on-fork", false),
    showSummary: booleanInput("show-summary", true),
    sbom: booleanInput("sbom", false),
    htmlReport: booleanInput("html-report", false),
    githubToken
  };
}
async function readEvent(env) {
  if (!env.eventPath) return void 0;
  try {
    return JSON.parse(await readFile(env.eventPath, "utf8"));
  } catch {
    return void 0;
  }
}
async function main() {
  const env = readEnvironment();
  const inputs = readAttestInputs(env);
  const event = await readEvent(env);
  const pullRequestBase = event?.pull_request?.base?.sha;
  const availability = signingAvailability(env, event, { skipSigningOnFork: inputs.skipSigningOnFork });
  if (!availability.canSign) {
    if (!availability.skip) throw new AgentAttestError("OIDC_UNAVAILABLE", availability.message);
    notice(
      inputs.attest.pushToRegistry ? `${availability.message}; nothing was pushed to the registry` : availability.message
    );
    inputs.attest.sign = false;
  }
  const workspace = env.workspace ?? process.cwd();
  if (!await isGitRepository(workspace)) {
    throw new AgentAttestError(
      "GIT_ERROR",
      `the workspace ${workspace} is not a git checkout: add actions/checkout (with fetch-depth: 0) before this step`
    );
  }
  const collector = releaseFactsCollector({
    ...inputs.facts,
    ...pullRequestBase ? { pullRequestBase } : {}
  });
  const result = await attest(inputs.attest, {
    env,
    cwd: workspace,
    logger: actionLogger,
    collectFacts: collector.collect,
    ...inputs.sbom ? {
      sbom: lazySbomHook(collector.facts, {
        ...env.repository ? { repository: `${env.serverUrl}/${env.repository}` } : {}
      })
    } : {}
  });
  const stored = result.signed && inputs.store ? await store(result, inputs, env) : [];
  const reportPath = inputs.htmlReport ? await writeHtmlReport(workspace, collector.facts(), env.runnerTemp ?? workspace) : void 0;
  setOutputs(result, stored, collector.facts());
  setOutput("report-path", reportPath ?? "");
  if (inputs.showSummary) {
    await summary.addRaw(attestSummary(result, stored, collector.facts()), true).write();
  }
  const failure = pushFailure(result);
  if (failure) throw failure;
}
async function store(result, inputs, env) {
  const [owner, repo] = (env.repository ?? "").split("/");
  if (!owner || !repo) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      "cannot store the attestation: GITHUB_REPOSITORY is not set; set store: false outside GitHub Actions"
    );
  }
  const client = createGitHubClient({
    token: inputs.githubToken,
    apiUrl: env.apiUrl,
    serverUrl: env.serverUrl,
    logger: actionLogger
  });
  const stored = [];
  for (const a of result.attestations) {
    if (!a.bundlePath) continue;
    const bundle = JSON.parse(await readFile(a.bundlePath, "utf8"));
    const s = await uploadAttestation(client, { owner, repo, bundle });
    info(`Stored attestation ${s.url}`);
    stored.push(s);
    if (a.sbom?.bundlePath) {
      const sbom = JSON.parse(await readFile(a.sbom.bundlePath, "utf8"));
      info(
        `Stored SBOM attestation ${(await uploadAttestation(client, { owner, repo, bundle: sbom })).url}`
      );
    }
  }
  return stored;
}
async function writeHtmlReport(repoPath, facts, dir) {
  if (!facts.scan) return void 0;
  const [{ renderHtmlReport }, { rangeLines }] = await Promise.all([
    import("./chunks/html-IHTU36RG.js"),
    import("./chunks/range-lines-RWFARUTD.js")
  ]);
  const file = attest_default.join(dir, "agent-attest-report.html");
  const html = renderHtmlReport(facts.scan, { rangeLines: await rangeLines(repoPath, facts.scan.range) });
  await writeFile(file, html);
  info(`Wrote the HTML report ${file}`);
  return file;
}
function setOutputs(result, stored, facts) {
  const first = result.attestations[0];
  const bundles = result.attestations.flatMap((a) => a.bundlePath ? [a.bundlePath] : []);
  setOutput("sbom-bundle-path", first?.sbom?.bundlePath ?? "");
  setOutput("sbom-statement-path", first?.sbom?.statementPath ?? "");
  setOutput("bundle-path", bundles[0] ?? "");
  setOutput("bundle-paths", bundles.join("\n"));
  setOutput("statement-path", first?.statementPath ?? "");
  setOutput("statement-digest", first?.statementDigest ?? "");
  setOutput("subject-count", String(result.subjectCount));
  setOutput("attestation-id", stored[0] ? String(stored[0].id) : "");
  setOutput("attestation-url", stored[0]?.url ?? "");
  setOutput("agent-commits", String(facts.scan?.totals.agentCommits ?? 0));
  setOutput("surface-changes", String(facts.scan?.surfaces?.length ?? 0));
  setOutput(
    "registry-attestations",
    result.attestations.flatMap((a) => a.push?.status === "pushed" ? [a.push.reference] : []).join("\n")
  );
}
await runAction(main);
export {
  readAttestInputs
};
