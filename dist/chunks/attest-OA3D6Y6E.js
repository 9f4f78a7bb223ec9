import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-S3T7RZQK.js";
import {
  count,
  printable,
  progressLine,
  stderrLogger
} from "./chunk-YIQTWNUV.js";
import {
  lazySbomHook
} from "./chunk-XD3VTEIJ.js";
import {
  attest,
  pushFailure
} from "./chunk-CL5GV3PV.js";
import "./chunk-4TZDNRUI.js";
import {
  REVIEW_SCOPES,
  releaseFactsCollector
} from "./chunk-ML5ISKQ3.js";
import "./chunk-Q5MK4UZH.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-RUDQGR2Z.js";
import "./chunk-GRKIW7EF.js";
import "./chunk-C7LBO2J6.js";
import "./chunk-NDLFAXTK.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-VH57ZJDG.js";
import "./chunk-5ZPRKU2Z.js";
import {
  readEnvironment
} from "./chunk-YYT7TRQQ.js";
import "./chunk-MC3Q3AIY.js";
import "./chunk-AIPGSCCH.js";
import "./chunk-LT4GAFKH.js";
import "./chunk-PQOZZ7PR.js";
import "./chunk-JXWOESOK.js";
import "./chunk-T7TDKG7L.js";
import "./chunk-XXXKT4SX.js";
import "./chunk-5AKMWIUM.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";

// src/cli/commands/attest.ts
var HELP = `usage: agent-attest attest [options]

Build an in-toto SLSA provenance statement for artifacts, sign it keylessly with Sigstore and write a
bundle. In GitHub Actions the provenance is the one GitHub's attest action writes, from the job's OIDC
token; elsewhere it records what this machine can vouch for (git HEAD, remote, tool version).

subjects (any combination, at least one):
  --subject-path GLOB        files to attest, relative to the workspace; repeatable; !GLOB excludes
  --subject-digest ALG:HEX   one subject by digest (sha256, sha384, sha512), with --subject-name NAME
  --subject-checksums FILE   a sha256sum/sha512sum file (or that text inline), at most 512 KiB
  --subject-image REF        an image, REGISTRY/REPOSITORY@sha256:HEX; repeatable (several images, one step)
  --subject-image-path PATH  an OCI image layout (directory or .tar) a build wrote; each manifest in its
                             index.json is an image (named by its annotations, else by --subject-name)

facts:
  --repo-path DIR            the repository the artifacts were built from (default: the workspace)
  --base REV, --head REV     the commit range whose agent footprint is attested (--base root: the
                             whole history, whatever the tags)
  --github-api-url URL       GitHub API for review evidence (default: GITHUB_API_URL or api.github.com)
  --repository OWNER/REPO    the GitHub repository (default: GITHUB_REPOSITORY)
  --tag-pattern GLOB         release tags that mark the default base (default v[0-9]*, [0-9]*)
  --risk-path GLOB           an extra high-risk path glob; repeatable
  --reviews SCOPE            review evidence for agent-commits (default), all-commits, or off;
                             with GITHUB_TOKEN / GH_TOKEN; outside GitHub Actions without a token
                             they are recorded as not-requested and GitHub is not asked

signing:
  --no-sign                  write the statement only (a preview); no token, no network (not with
                             --push-to-registry: that is a usage error)
  --identity-token JWT       OIDC token (audience sigstore); default: GitHub's token request protocol
  --sigstore INSTANCE        auto (default), public-good, github, or a signing config JSON file
  --fulcio-url U, --rekor-url U, --tsa-url U
                             explicit service URLs (override --sigstore)

registry (images):
  --push-to-registry         attach each image's bundle to the image in its registry as an OCI referrer
                             (referrers API, else the sha256-<digest> tag); each image gets its own
                             statement; credentials from DOCKER_CONFIG or ~/.docker/config.json (including
                             credential helpers, run as docker runs them)
  --allow-insecure-registry  plain HTTP to a registry that is not loopback (loopback always may)

output:
  --statement-out FILE       statement path (default: beside the bundle, .intoto.json)
  --bundle-out FILE          bundle path (default: attestation.sigstore.json in RUNNER_TEMP or here);
                             above 1024 subjects, files are numbered -1, -2, \u2026
  --sbom                     also a CycloneDX SBOM of the subjects with the AI attribution, signed as a
                             second statement (predicate type https://cyclonedx.org/bom) and written
                             beside the provenance (.sbom.intoto.json, .sbom.sigstore.json)
  --format text|json         result format on stdout (default text)
  --verbose                  debug lines on stderr
  -h, --help                 this help

Exit codes: 0 ok, 2 bad input, a signing failure or a refused push (the message says which service or
image, and the fix; every bundle is on disk before any push).
`;
var OPTIONS = {
  "subject-path": { type: "string", multiple: true },
  "subject-digest": { type: "string" },
  "subject-name": { type: "string" },
  "subject-checksums": { type: "string" },
  "subject-image": { type: "string", multiple: true },
  "subject-image-path": { type: "string", multiple: true },
  "push-to-registry": { type: "boolean" },
  "allow-insecure-registry": { type: "boolean" },
  "repo-path": { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  "no-sign": { type: "boolean" },
  "statement-out": { type: "string" },
  "bundle-out": { type: "string" },
  sigstore: { type: "string" },
  "fulcio-url": { type: "string" },
  "rekor-url": { type: "string" },
  "tsa-url": { type: "string" },
  "identity-token": { type: "string" },
  "github-api-url": { type: "string" },
  repository: { type: "string" },
  "tag-pattern": { type: "string" },
  "risk-path": { type: "string", multiple: true },
  reviews: { type: "string" },
  format: { type: "string" },
  sbom: { type: "boolean" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function parseAttestArgs(argv, env) {
  const { values, positionals } = parseCommandArgs("attest", argv, OPTIONS, true);
  if (positionals.length > 0) {
    throw new AgentAttestError(
      "USAGE",
      `unexpected argument '${positionals[0]}'; give files with --subject-path; run \`agent-attest attest --help\``
    );
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new AgentAttestError("USAGE", `--format must be text or json, not '${format}'`);
  if (values["no-sign"] && values["push-to-registry"])
    throw new AgentAttestError(
      "USAGE",
      "--no-sign writes an unsigned preview and --push-to-registry pushes signed bundles: drop --no-sign to sign and push, or --push-to-registry for a preview."
    );
  const repository = values.repository ?? env.repository;
  if (repository !== void 0 && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new AgentAttestError("USAGE", `--repository '${repository}' is not OWNER/REPO`);
  }
  const options = {
    subjects: {
      paths: values["subject-path"],
      digest: values["subject-digest"],
      name: values["subject-name"],
      checksums: values["subject-checksums"],
      images: values["subject-image"],
      imagePaths: values["subject-image-path"]
    },
    pushToRegistry: values["push-to-registry"] ?? false,
    allowInsecureRegistry: values["allow-insecure-registry"] ?? false,
    sign: !values["no-sign"],
    repoPath: values["repo-path"],
    base: values.base,
    head: values.head,
    statementOut: values["statement-out"],
    bundleOut: values["bundle-out"],
    sigstore: values.sigstore,
    identityToken: values["identity-token"],
    githubApiUrl: values["github-api-url"] ?? env.apiUrl,
    repository
  };
  if (values["fulcio-url"] || values["rekor-url"] || values["tsa-url"]) {
    options.urls = {
      fulcioUrl: values["fulcio-url"],
      rekorUrl: values["rekor-url"],
      tsaUrl: values["tsa-url"]
    };
  }
  const reviews = values.reviews ?? "agent-commits";
  if (!REVIEW_SCOPES.includes(reviews)) {
    throw new AgentAttestError(
      "USAGE",
      `--reviews must be one of ${REVIEW_SCOPES.join(", ")}, not '${reviews}'`
    );
  }
  const facts = {
    base: values.base,
    head: values.head,
    tagPattern: values["tag-pattern"],
    riskPaths: values["risk-path"],
    reviews,
    githubToken: env.githubToken,
    githubActions: env.githubActions,
    githubApiUrl: options.githubApiUrl ?? env.apiUrl,
    serverUrl: env.serverUrl,
    repository,
    withoutRepository: "skip"
  };
  return {
    options,
    facts,
    format,
    sbom: Boolean(values.sbom),
    verbose: Boolean(values.verbose),
    help: Boolean(values.help)
  };
}
function formatText(result) {
  const lines = [];
  for (const a of result.attestations) {
    lines.push(`statement ${a.statementPath}  ${a.statementDigest}  ${a.subjectCount} subject(s)`);
    if (a.sbom) lines.push(`sbom      ${a.sbom.statementPath}  ${a.sbom.statementDigest}`);
    if (a.sbom?.bundlePath) lines.push(`sbom      ${a.sbom.bundlePath}`);
    if (a.bundlePath) {
      const witness = a.tlogEntry ? `log index ${a.tlogEntry.logIndex}` : a.timestamp ? `timestamp ${a.timestamp}` : "";
      lines.push(
        `bundle    ${a.bundlePath}  signed by ${a.signer?.identity ?? "unknown"}${witness ? `  ${witness}` : ""}`
      );
    }
    if (a.push?.status === "pushed")
      lines.push(
        `pushed    ${a.push.reference}  (${a.push.storage === "referrers-api" ? "referrers API" : "referrers tag"})`
      );
    else if (a.push?.status === "failed")
      lines.push(`NOT PUSHED ${a.image?.name}@${a.image?.digest}: ${printable(a.push.error)}`);
  }
  if (!result.signed) lines.push("not signed (--no-sign): a preview of the statement");
  return lines.join("\n") + "\n";
}
async function run(argv, io, deps = {}) {
  const env = deps.env ?? readEnvironment();
  const parsed = parseAttestArgs(argv, env);
  if (parsed.help) {
    io.stdout(HELP);
    return 0;
  }
  const collector = releaseFactsCollector(parsed.facts);
  const progress = progressLine(io);
  const result = await attest(parsed.options, {
    cwd: io.cwd,
    logger: stderrLogger(progress.io, parsed.verbose),
    collectFacts: collector.collect,
    onProgress: (p) => progress.update(attestStatus(p)),
    ...parsed.sbom ? {
      sbom: lazySbomHook(collector.facts, {
        ...parsed.facts.repository ? { repository: `${env.serverUrl}/${parsed.facts.repository}` } : {}
      })
    } : {},
    ...deps,
    env
  }).finally(() => progress.clear());
  io.stdout(parsed.format === "json" ? `${JSON.stringify(result, null, 2)}
` : formatText(result));
  const failure = pushFailure(result);
  if (failure) throw failure;
  return 0;
}
function attestStatus(p) {
  if (p.step === "hashing") return `hashing\u2026 ${count(p.files)} of ${count(p.totalFiles)} files`;
  if (p.step === "scanning") return `scanning\u2026 ${count(p.commits)} commits`;
  return `signing\u2026 ${count(p.signed)} of ${count(p.statements)} statements`;
}
export {
  HELP,
  formatText,
  parseAttestArgs,
  run
};
