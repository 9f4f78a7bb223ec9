import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-S3T7RZQK.js";
import {
  count,
  paint,
  paintMark,
  printable,
  progressLine,
  stderrLogger
} from "./chunk-YIQTWNUV.js";
import {
  REPORT_VERSION,
  errorDocument,
  gateDocument,
  gateError,
  runGate
} from "./chunk-ZTUIYI7L.js";
import {
  parseArtifactArgument
} from "./chunk-2IIGIJZ7.js";
import {
  GATE_OPTIONS,
  IDENTITY_OPTIONS,
  PINNING_KEYS,
  RULE_OPTIONS
} from "./chunk-7BB63ELM.js";
import {
  describeRoot
} from "./chunk-KLRXLQC3.js";
import "./chunk-QHXSZ2A4.js";
import {
  readEnvironment
} from "./chunk-YYT7TRQQ.js";
import "./chunk-MC3Q3AIY.js";
import {
  oneLine
} from "./chunk-AIPGSCCH.js";
import "./chunk-V5Q6FRCK.js";
import "./chunk-EAMJVSOM.js";
import "./chunk-AR6X34HB.js";
import "./chunk-JXWOESOK.js";
import "./chunk-XXXKT4SX.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";

// src/cli/commands/verify.ts
var USAGE = `usage: agent-attest verify ARTIFACT|sha256:HEX|oci://IMAGE... [--bundle FILE] [options]

Verifies Sigstore bundles for artifacts: signature, certificate chain, log entries and timestamps
against a trusted root (kept current over TUF, checked at most once a day); the signer from the
certificate; the in-toto statement's predicate type and subject digest. Each artifact passes when at
least one bundle verifies for it. Then every verified statement must pass the policy (if given) and,
with --online, still name the reviews GitHub holds.
ARTIFACT is a file; sha256:HEX (sha384:, sha512:) is a digest (write ./sha256:\u2026 for a file so named).

  oci://REGISTRY/REPOSITORY@sha256:HEX, oci://REGISTRY/REPOSITORY:TAG
                                      an image: a tag is resolved to its digest first, and the digest is
                                      what is verified and reported; credentials from DOCKER_CONFIG or
                                      ~/.docker/config.json (credential helpers included)
  --bundle FILE                       bundle (JSON, JSONL, {"bundle": \u2026} lines); repeatable. Without it,
                                      an image's bundles are its referrers in its registry (referrers API
                                      and sha256-<digest> tag); a file's are looked up by digest in the
                                      attestations of --repository (or --owner) on GitHub
  --allow-insecure-registry           plain HTTP to a registry that is not loopback
  --trusted-root FILE|public-good|github
                                      default: the instance each bundle's certificate comes from
                                      (public-good, or GitHub's), kept current over TUF; a FILE is
                                      used as given and never refreshed
  --offline                           no network: the newest cached root, else the one shipped
                                      (also AGENT_ATTEST_OFFLINE=1)
  --require-fresh-root                fail (exit 2) unless the TUF repository confirmed the root
                                      within the last day
  --tuf-url URL --tuf-root FILE       take the trusted root from this TUF repository instead
                                      (a private instance, the devstack), starting from FILE
  --predicate-type URI                default: https://slsa.dev/provenance/v1
  --allow-legacy-bundles              accept v0.1 bundles (and v0.2 without an inclusion proof)
  --allow-message-signatures          accept plain signatures of the artifacts (no statement; not with a
                                      predicate type, policy, rule flags or --online)
signer (one or more of the ${PINNING_KEYS.length} options on the next five lines, or --allow-any-identity):
  --signer-workflow [HOST/]OWNER/REPO/.github/workflows/FILE.yml[@REF]
  --signer-repo [HOST/]OWNER/REPO     repository of the signing workflow
  --repository [HOST/]OWNER/REPO      repository whose run signed; --repository-id N
  --owner [HOST/]OWNER                its owner; --owner-id N
  --certificate-identity SAN          exact;  --certificate-identity-regexp RE (anchored)
  --certificate-oidc-issuer URL       default: https://token.actions.githubusercontent.com
  --source-ref REF  --source-digest SHA  --signer-digest SHA  --deny-self-hosted-runners
  --allow-any-identity                accept any signer the trusted root vouches for
  --key FILE                          verify key-signed bundles with a PEM public key
policy (a file, or the rule flags \u2014 not both; docs/policy.md):
  --policy FILE                       YAML policy file
  --require-human-review  --require-commit-tags  --allowed-agents A,B  --denied-agents A,B
  --allowed-models GLOB,\u2026  --denied-models GLOB,\u2026  --min-evidence-strength verified|declared|inferred
  --max-agent-share N (0..1 or 40%)   --min-approvals N   --max-age 30d|12h|90m
  --unknown allow|count-as-agent|deny (commits without agent evidence)
  --executable-surfaces deny|review|allow (AI config changes that can execute: EXEC, MCP, ENV, PERM)
  --deny-executable-surfaces          the same as --executable-surfaces deny
GitHub (token from GITHUB_TOKEN or GH_TOKEN; optional for public repositories):
  --online                            fetch the attested reviews again; changed or vanished ones fail
  --github-api-url URL                default: GITHUB_API_URL, else https://api.github.com
  --format text|json                  default: text
exit: 0 pass, 1 verification or policy failed, 2 bad usage or input`;
var OPTIONS = {
  ...Object.fromEntries(
    Object.values(GATE_OPTIONS).flatMap(
      (o) => o.flag === null ? [] : [[o.flag, { type: o.type === "boolean" ? "boolean" : "string", multiple: o.flag === "bundle" }]]
    )
  ),
  staging: { type: "boolean" },
  format: { type: "string" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function byKey(v, keys) {
  return Object.fromEntries(
    keys.map((k) => {
      const flag = GATE_OPTIONS[k].flag;
      return [k, flag === null ? void 0 : v[flag]];
    })
  );
}
async function run(argv, io, invokedAs = "verify") {
  const json = argv.includes("--format=json") || argv.some((a, i) => a === "--format" && argv[i + 1] === "json");
  const conformance = invokedAs === "verify-bundle";
  const progress = progressLine(io);
  try {
    const { values, positionals } = parseCommandArgs(invokedAs, argv, OPTIONS);
    const v = values;
    if (v.help) {
      io.stdout(`${USAGE}
`);
      return 0;
    }
    if (v.format !== void 0 && v.format !== "text" && v.format !== "json") {
      throw new AgentAttestError(
        "USAGE",
        `--format ${JSON.stringify(v.format)} is not text or json; pass --format text or --format json.`
      );
    }
    if (v.staging && v["trusted-root"] === void 0 && v["tuf-url"] === void 0) {
      throw new AgentAttestError(
        "USAGE",
        "--staging needs --trusted-root FILE: this verifier does not know the staging instance's TUF repository; pass the staging trusted_root.json (or --tuf-url URL --tuf-root FILE)."
      );
    }
    progress.update("verifying\u2026");
    const result = await runGate(
      {
        artifacts: positionals.map(parseArtifactArgument),
        bundlePaths: v.bundle ?? [],
        trustedRoot: v["trusted-root"],
        offline: v.offline,
        requireFreshRoot: v["require-fresh-root"],
        tufUrl: v["tuf-url"],
        tufRoot: v["tuf-root"],
        identity: byKey(v, Object.keys(IDENTITY_OPTIONS)),
        predicateType: v["predicate-type"],
        allowMessageSignatures: conformance || v["allow-message-signatures"],
        allowLegacyBundles: conformance || v["allow-legacy-bundles"],
        publicKeyPath: v.key,
        policyFile: v.policy,
        rules: byKey(v, Object.keys(RULE_OPTIONS)),
        online: v.online,
        githubApiUrl: v["github-api-url"],
        allowInsecureRegistry: v["allow-insecure-registry"],
        onProgress: (p) => progress.update(verifyStatus(p))
      },
      { logger: stderrLogger(progress.io, v.verbose), env: readEnvironment() }
    );
    progress.clear();
    if (json) {
      io.stdout(`${JSON.stringify(gateDocument(result), null, 2)}
`);
    } else {
      const render = result.judgements.size > 0 ? (await import("./render-667RVANK.js")).renderDecisionText : void 0;
      const style = {
        tone: (t, text) => paint(io, "stdout", t, text),
        mark: (line) => paintMark(io, "stdout", line)
      };
      io.stdout(formatText(result, v.verbose ?? false, style, render));
    }
    return result.pass ? 0 : 1;
  } catch (e) {
    progress.clear();
    const error = gateError(e);
    io.stderr(`${paint(io, "stderr", "error", `agent-attest ${invokedAs}:`)} ${oneLine(error.message)}
`);
    if (json) io.stdout(`${JSON.stringify(errorDocument(error), null, 2)}
`);
    return error.exitCode;
  }
}
var verifyBundle = { run: (argv, io) => run(argv, io, "verify-bundle") };
var clean = printable;
function formatText({ report, judgements, reasons }, verbose, { tone, mark }, render) {
  const ok = tone("pass", "\u2713");
  const bad = tone("fail", "\u2717");
  const lines = [decisionLine(report, judgements, reasons.length, tone)];
  for (const a of report.artifacts) {
    const digest = Object.entries(a.digests)[0];
    const tag = a.image?.tag ? `  (tag ${clean(a.image.tag)} now)` : "";
    lines.push(
      a.image ? `${clean(a.name)}${tag}` : `${clean(a.name)}${digest ? `  ${digest[0]}:${digest[1]}` : ""}`
    );
    for (const v of a.verified) {
      lines.push(`  signature ${ok}  ${source(v.bundle)}: ${describeSigner(v)}`);
      const j = judgements.get(v);
      if (j && render) {
        const [head, ...rules] = decisionLines(j, render);
        lines.push(
          `  policy    ${j.display.pass ? ok : bad}  ${head}`,
          ...rules.map((l) => `    ${mark(l)}`)
        );
      }
    }
    if (!a.ok || verbose) {
      for (const f of a.failures)
        lines.push(`  signature ${bad}  ${source(f.bundle)}: ${f.code}: ${clean(f.reason)}`);
      if (a.failuresOmitted)
        lines.push(
          `  \u2026 and ${a.failuresOmitted} more bundle(s) that do not verify it (--format json lists the first)`
        );
      if (!a.ok && a.failures.length === 0) lines.push(`  signature ${bad}  no bundle`);
    }
  }
  const now = /* @__PURE__ */ new Date();
  for (const root of report.roots) lines.push(`trusted root ${clean(describeRoot(root, now))}`);
  return `${lines.join("\n")}
`;
}
function decisionLine(report, judgements, reasons, tone) {
  const total = report.artifacts.length;
  const unverified = report.artifacts.filter((a) => !a.ok).length;
  const ruleFailures = [...judgements.values()].reduce(
    (n, j) => n + j.display.rules.filter((r) => r.status === "fail").length,
    0
  );
  const policy = judgements.size > 0;
  if (reasons === 0)
    return `${tone("pass", "PASS")}  ${total} artifact(s): signature verified, signed by the expected signer${policy ? ", policy passed" : ""} (trusted root: ${report.trustedRoots.join(", ")})`;
  const parts = [];
  if (unverified > 0)
    parts.push(`signature: ${unverified} of ${total} artifact(s) have no bundle that verifies`);
  else parts.push(`signature: all ${total} artifact(s) verified`);
  if (ruleFailures > 0) parts.push(`policy: ${ruleFailures} rule failure(s)`);
  return `${tone("fail", "FAIL")}  ${parts.join("; ")}`;
}
function decisionLines(j, render) {
  const loaded = j.policy ? { name: j.policy.policy.name, sha256: j.policy.policy.sha256 } : void 0;
  return render(j.display, loaded).trimEnd().split("\n");
}
function source(b) {
  return `${clean(b.path)}#${b.index}`;
}
function describeSigner(v) {
  const s = v.signer;
  const time = v.timestamps[0]?.time;
  const parts = [s ? `signed by ${s.subjectAlternativeName ?? "(no SAN)"}` : "signed with the given key"];
  if (s?.sourceRepositoryURI)
    parts.push(
      `source ${s.sourceRepositoryURI}@${s.sourceRepositoryRef ?? "?"} ${s.sourceRepositoryDigest?.slice(0, 12) ?? ""}`.trim()
    );
  if (time) parts.push(`at ${time}`);
  parts.push(`root ${v.trustedRoot}${v.instance !== v.trustedRoot ? ` (${v.instance} instance)` : ""}`);
  return clean(parts.join(", "));
}
function verifyStatus(p) {
  const mb = (n) => (n / (1024 * 1024)).toFixed(1);
  const of = p.totalBytes > 0 ? `, ${mb(p.bytes)} of ${mb(p.totalBytes)} MB` : "";
  return `verifying\u2026 ${count(p.bundles)} bundles${of}`;
}
export {
  REPORT_VERSION,
  run,
  verifyBundle
};
