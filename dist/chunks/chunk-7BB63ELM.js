import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";

// src/core/gate/options.ts
var both = (name, type = "string") => ({ type, flag: name, input: name });
var cliOnly = (name, type = "string") => ({
  type,
  flag: name,
  input: null
});
var IDENTITY_OPTIONS = {
  signerWorkflow: both("signer-workflow"),
  signerRepo: both("signer-repo"),
  repository: both("repository"),
  repositoryId: both("repository-id"),
  owner: both("owner"),
  ownerId: both("owner-id"),
  certificateIdentity: both("certificate-identity"),
  certificateIdentityRegExp: both("certificate-identity-regexp"),
  oidcIssuer: both("certificate-oidc-issuer"),
  sourceRef: both("source-ref"),
  sourceDigest: both("source-digest"),
  signerDigest: both("signer-digest"),
  denySelfHostedRunners: both("deny-self-hosted-runners", "boolean"),
  allowAnyIdentity: cliOnly("allow-any-identity", "boolean")
};
var RULE_OPTIONS = {
  requireHumanReview: both("require-human-review", "boolean"),
  requireCommitTags: both("require-commit-tags", "boolean"),
  minApprovals: both("min-approvals"),
  allowedAgents: both("allowed-agents", "list"),
  deniedAgents: both("denied-agents", "list"),
  allowedModels: both("allowed-models", "list"),
  deniedModels: both("denied-models", "list"),
  minEvidenceStrength: both("min-evidence-strength"),
  maxAgentShare: both("max-agent-share"),
  unknown: both("unknown"),
  denyExecutableSurfaces: both("deny-executable-surfaces", "boolean"),
  executableSurfaces: both("executable-surfaces"),
  maxAge: both("max-age")
};
var GATE_OPTIONS = {
  subjectPath: { type: "list", flag: null, input: "subject-path" },
  subjectDigest: { type: "list", flag: null, input: "subject-digest" },
  subjectImage: { type: "list", flag: null, input: "subject-image" },
  subjectName: { type: "string", flag: null, input: "subject-name" },
  bundle: { type: "list", flag: "bundle", input: "bundle-path" },
  trustedRoot: both("trusted-root"),
  predicateType: both("predicate-type"),
  allowLegacyBundles: both("allow-legacy-bundles", "boolean"),
  allowMessageSignatures: cliOnly("allow-message-signatures", "boolean"),
  key: cliOnly("key"),
  policy: both("policy"),
  online: both("online", "boolean"),
  githubApiUrl: cliOnly("github-api-url"),
  allowInsecureRegistry: both("allow-insecure-registry", "boolean"),
  offline: both("offline", "boolean"),
  requireFreshRoot: both("require-fresh-root", "boolean"),
  tufUrl: cliOnly("tuf-url"),
  tufRoot: cliOnly("tuf-root"),
  ...IDENTITY_OPTIONS,
  ...RULE_OPTIONS
};
var CLI_NAMES = {
  verb: "pass",
  artifact: "a file path, sha256:HEX or oci://REGISTRY/REPOSITORY@sha256:HEX",
  rules: "the rule flags",
  of: (key) => {
    const spec = GATE_OPTIONS[key];
    return spec.flag !== null ? `--${spec.flag}` : `input '${spec.input}'`;
  },
  with: (key, value) => `${CLI_NAMES.of(key)} ${value}`
};
var ACTION_NAMES = {
  verb: "set",
  artifact: "input 'subject-path', 'subject-digest' or 'subject-image'",
  rules: "the rule inputs",
  of: (key) => {
    const spec = GATE_OPTIONS[key];
    return spec.input !== null ? `input '${spec.input}'` : `--${spec.flag}`;
  },
  with: (key) => ACTION_NAMES.of(key)
};

// src/core/verify/identity.ts
var GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";
var DEFAULT_HOST = "github.com";
var PINNING_KEYS = [
  "signerWorkflow",
  "signerRepo",
  "repository",
  "repositoryId",
  "owner",
  "ownerId",
  "certificateIdentity",
  "certificateIdentityRegExp"
];
function assertIdentityPolicy(policy, names = CLI_NAMES) {
  if (!policy.allowAnyIdentity && !PINNING_KEYS.some((k) => policy[k] !== void 0)) {
    throw new AgentAttestError(
      "USAGE",
      `no signer identity given; ${names.verb} ${PINNING_KEYS.filter(
        (k) => k !== "repositoryId" && k !== "ownerId"
      ).map((k) => names.of(k)).join(", ").replace(/, ([^,]*)$/, " or $1")} (or ${names.of("allowAnyIdentity")} to accept any signer).`
    );
  }
  for (const key of PINNING_KEYS) {
    const value = policy[key];
    if (value !== void 0 && value.trim() === "")
      throw new AgentAttestError(
        "USAGE",
        `${names.of(key)} is empty; ${names.verb} a value or leave it out.`
      );
  }
  if (policy.certificateIdentityRegExp !== void 0) anchored(policy.certificateIdentityRegExp, names);
  if (policy.signerWorkflow !== void 0) parseWorkflow(policy.signerWorkflow, names);
  for (const [key, segments] of [
    ["signerRepo", 2],
    ["repository", 2],
    ["owner", 1]
  ]) {
    const value = policy[key];
    if (value !== void 0) parseGitHubPath(names.of(key), value, segments);
  }
  for (const key of ["repositoryId", "ownerId"]) {
    const value = policy[key];
    if (value !== void 0 && !/^\d+$/.test(value)) {
      throw new AgentAttestError(
        "USAGE",
        `${names.of(key)} ${JSON.stringify(value)} is not a number; ${names.verb} the numeric id GitHub's API returns.`
      );
    }
  }
}
function parseWorkflowIdentity(uri) {
  const m = uri === void 0 ? null : WORKFLOW_URI.exec(uri);
  if (!m) return void 0;
  const [, host, owner, repo, path, ref] = m;
  if ([owner, repo, ...path.split("/")].some((s) => s === "" || s === "." || s === "..")) return void 0;
  return { host, owner, repo, path, ref };
}
var WORKFLOW_URI = /^https:\/\/([^/@\s]+)\/([^/@\s]+)\/([^/@\s]+)\/(\.github\/workflows\/[^@\s]+)@([^\s]+)$/;
function sameGitHubName(a, b) {
  return a !== void 0 && a.toLowerCase() === b.toLowerCase();
}
function checkIdentity(facts, policy, names = CLI_NAMES) {
  const reasons = [];
  const san = facts.subjectAlternativeName;
  const show = (v) => v === void 0 ? "absent" : JSON.stringify(v);
  const issuer = policy.oidcIssuer ?? GITHUB_ACTIONS_ISSUER;
  if (facts.issuer !== issuer) {
    const enterprise = policy.oidcIssuer === void 0 && facts.issuer?.startsWith(`${GITHUB_ACTIONS_ISSUER}/`);
    reasons.push(
      enterprise ? `certificate issuer is ${show(facts.issuer)}: this is an enterprise issuer; ${names.verb} ${names.of("oidcIssuer")} ${facts.issuer}` : `certificate issuer is ${show(facts.issuer)}, expected ${JSON.stringify(issuer)}`
    );
  }
  if (policy.certificateIdentity !== void 0 && san !== policy.certificateIdentity) {
    reasons.push(
      `certificate identity is ${show(san)}, expected exactly ${JSON.stringify(policy.certificateIdentity)}`
    );
  }
  if (policy.certificateIdentityRegExp !== void 0 && (san === void 0 || !anchored(policy.certificateIdentityRegExp).test(san))) {
    reasons.push(
      `certificate identity ${show(san)} does not match ^(?:${policy.certificateIdentityRegExp})$`
    );
  }
  const signer = parseWorkflowIdentity(san);
  if (policy.signerWorkflow !== void 0) {
    const want = parseWorkflow(policy.signerWorkflow);
    const ok = signer !== void 0 && sameGitHubName(signer.host, want.host) && sameGitHubName(signer.owner, want.owner) && sameGitHubName(signer.repo, want.repo) && signer.path === want.path && (want.ref === void 0 || signer.ref === want.ref);
    if (!ok) {
      reasons.push(
        `signer workflow is ${show(san)}, expected https://${want.host}/${want.owner}/${want.repo}/${want.path}@${want.ref ?? "<any ref>"} (the path compares exactly)`
      );
    }
  }
  if (policy.signerRepo !== void 0) {
    const want = parseGitHubPath("signer repository", policy.signerRepo, 2);
    const ok = signer !== void 0 && sameGitHubName(`https://${signer.host}/${signer.owner}/${signer.repo}`, want);
    if (!ok) reasons.push(`signer workflow ${show(san)} is not a workflow of repository ${want}`);
  }
  if (policy.repository !== void 0) {
    const want = parseGitHubPath("repository", policy.repository, 2);
    if (!sameGitHubName(facts.sourceRepositoryURI, want)) {
      reasons.push(`source repository is ${show(facts.sourceRepositoryURI)}, expected ${want}`);
    }
  }
  if (policy.repositoryId !== void 0 && facts.sourceRepositoryIdentifier !== policy.repositoryId) {
    reasons.push(
      `source repository id is ${show(facts.sourceRepositoryIdentifier)}, expected ${policy.repositoryId}`
    );
  }
  if (policy.owner !== void 0) {
    const want = parseGitHubPath("owner", policy.owner, 1);
    if (!sameGitHubName(facts.sourceRepositoryOwnerURI, want)) {
      reasons.push(`source repository owner is ${show(facts.sourceRepositoryOwnerURI)}, expected ${want}`);
    }
  }
  if (policy.ownerId !== void 0 && facts.sourceRepositoryOwnerIdentifier !== policy.ownerId) {
    reasons.push(
      `source repository owner id is ${show(facts.sourceRepositoryOwnerIdentifier)}, expected ${policy.ownerId}`
    );
  }
  const ref = facts.sourceRepositoryRef ?? facts.githubWorkflowRef;
  if (policy.sourceRef !== void 0 && ref !== policy.sourceRef) {
    reasons.push(`source ref is ${show(ref)}, expected ${JSON.stringify(policy.sourceRef)}`);
  }
  const digest = facts.sourceRepositoryDigest ?? facts.githubWorkflowSHA;
  if (policy.sourceDigest !== void 0 && !sameHex(digest, policy.sourceDigest)) {
    reasons.push(`source commit is ${show(digest)}, expected ${policy.sourceDigest}`);
  }
  if (policy.signerDigest !== void 0 && !sameHex(facts.buildSignerDigest, policy.signerDigest)) {
    reasons.push(
      `signer workflow commit is ${show(facts.buildSignerDigest)}, expected ${policy.signerDigest}`
    );
  }
  if (policy.denySelfHostedRunners && facts.runnerEnvironment !== "github-hosted") {
    reasons.push(`runner environment is ${show(facts.runnerEnvironment)}; self-hosted runners are denied`);
  }
  return { ok: reasons.length === 0, reasons };
}
function sameHex(a, b) {
  return a !== void 0 && a.toLowerCase() === b.toLowerCase();
}
function anchored(source, names = CLI_NAMES) {
  try {
    new RegExp(source);
    return new RegExp(`^(?:${source})$`);
  } catch (e) {
    throw new AgentAttestError(
      "USAGE",
      `${names.of("certificateIdentityRegExp")} is not a complete regular expression on its own (${e.message}); fix the pattern (it is anchored for you as ^(?:PATTERN)$).`
    );
  }
}
function parseGitHubPath(option, value, segments) {
  const parts = value.trim().replace(/^https:\/\//, "").replace(/\/+$/, "").split("/");
  const host = parts.length > segments && parts[0].includes(".") ? parts.shift() : DEFAULT_HOST;
  if (parts.length !== segments || parts.some((p) => !/^[\w.-]+$/.test(p) || /^\.+$/.test(p))) {
    const shape = segments === 1 ? "OWNER" : "OWNER/REPO";
    throw new AgentAttestError(
      "USAGE",
      `${option} ${JSON.stringify(value)} is not [HOST/]${shape}; write e.g. ${segments === 1 ? "octo-org" : "octo-org/app"}.`
    );
  }
  return `https://${host}/${parts.join("/")}`;
}
function parseWorkflow(value, names = CLI_NAMES) {
  const text = value.trim().replace(/^https:\/\//, "");
  const at = text.indexOf("@");
  const path = at < 0 ? text : text.slice(0, at);
  const ref = at < 0 ? void 0 : text.slice(at + 1);
  const m = /^(?:([^/]+\.[^/]+)\/)?([\w.-]+)\/([\w.-]+)\/(\.github\/workflows\/[^@\s]+\.ya?ml)$/.exec(path);
  if (!m || ref === "" || [m[2], m[3]].some((p) => /^\.+$/.test(p))) {
    throw new AgentAttestError(
      "USAGE",
      `${names.of("signerWorkflow")} ${JSON.stringify(value)} is not [HOST/]OWNER/REPO/.github/workflows/FILE.yml[@REF]; ${names.verb} e.g. octo-org/app/.github/workflows/release.yml@refs/heads/main.`
    );
  }
  return { host: m[1] ?? DEFAULT_HOST, owner: m[2], repo: m[3], path: m[4], ref };
}

export {
  IDENTITY_OPTIONS,
  RULE_OPTIONS,
  GATE_OPTIONS,
  CLI_NAMES,
  ACTION_NAMES,
  PINNING_KEYS,
  assertIdentityPolicy,
  parseWorkflowIdentity,
  sameGitHubName,
  checkIdentity
};
