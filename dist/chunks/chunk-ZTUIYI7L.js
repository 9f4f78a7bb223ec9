import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  parseArtifactArgument,
  resolveArtifact,
  trustSources,
  verifyArtifacts
} from "./chunk-2IIGIJZ7.js";
import {
  CLI_NAMES,
  RULE_OPTIONS
} from "./chunk-7BB63ELM.js";
import {
  bundlesFromDocuments
} from "./chunk-QHXSZ2A4.js";
import {
  SLSA_PROVENANCE_V1
} from "./chunk-JXWOESOK.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";

// src/core/gate/index.ts
var REPORT_VERSION = 1;
async function runGate(options, deps) {
  const names = options.names ?? CLI_NAMES;
  if (options.artifacts.length === 0)
    throw new AgentAttestError("USAGE", `no artifact given; ${names.verb} ${names.artifact}.`);
  const policy = await loadPolicy(options, names);
  if (options.allowMessageSignatures && (policy || options.online))
    throw new AgentAttestError(
      "USAGE",
      `${names.of("allowMessageSignatures")} accepts plain signatures, which carry no statement for ${policy ? policy.source === "file" ? names.of("policy") : names.rules : names.of("online")} to read; give one or the other.`
    );
  const github = lazyClient(options, deps);
  const specs = options.artifacts.map((a) => typeof a === "string" ? parseArtifactArgument(a) : a);
  const plain = specs.filter((s) => s.kind !== "image");
  const imageRefs = specs.flatMap((s) => s.kind === "image" ? [s.reference] : []);
  const oci = imageRefs.length > 0 ? await import("./artifacts-R7ZEBVID.js") : void 0;
  const dockerConfigDir = oci ? deps.env.dockerConfigDir : void 0;
  const registry = {
    credentials: dockerConfigDir ? (await import("./credentials-K47VVCMC.js")).dockerConfigCredentials(dockerConfigDir) : void 0,
    allowInsecure: options.allowInsecureRegistry ?? false
  };
  const resolved = oci ? await oci.imageArtifacts(imageRefs, registry) : void 0;
  let nextImage = 0;
  const artifacts = specs.map(
    (s) => s.kind === "image" ? { kind: "resolved", artifact: resolved.artifacts[nextImage++] } : s
  );
  let bundles;
  let lookup;
  if (options.bundlePaths.length === 0) {
    bundles = [];
    if (oci && resolved)
      bundles.push(...await oci.registryBundles(resolved.images, registry, (m) => deps.logger.debug(m)));
    if (plain.length > 0) {
      const scope = lookupScope(options, names);
      const found = await lookUpAttestations(await github(), scope, { ...options, artifacts: plain });
      lookup = { source: scope.label, found: found.length };
      bundles.push(...found);
      if (found.length === 0)
        throw new AgentAttestError(
          "VERIFICATION_FAILED",
          `GitHub holds no attestation for ${plain.map(artifactName).join(", ")} in the attestations of ${scope.label}; ${names.verb} ${names.with("bundle", "FILE")}, or check ${names.of("repository")} (or ${names.of("owner")}) and that the release stored its attestation.`
        );
    }
    if (bundles.length === 0)
      throw new AgentAttestError(
        "VERIFICATION_FAILED",
        `the registry holds no attestation for ${resolved.images.map((i) => i.image.pinned).join(", ")} (no Sigstore bundle among its referrers, neither by the referrers API nor the sha256- tag); attest it with push-to-registry, or ${names.verb} ${names.with("bundle", "FILE")}.`
      );
  }
  const report = await verifyArtifacts({
    artifacts,
    bundlePaths: options.bundlePaths,
    ...bundles ? { bundles } : {},
    trustedRoot: options.trustedRoot,
    trust: trustSources(options, deps, names.of),
    identity: options.identity,
    predicateType: options.predicateType,
    allowMessageSignatures: options.allowMessageSignatures,
    allowLegacyBundles: options.allowLegacyBundles,
    publicKeyPath: options.publicKeyPath,
    logger: deps.logger,
    names,
    onProgress: options.onProgress
  });
  const recheck = options.online ? await onlineChecker(await github()) : void 0;
  const judgements = await judgeReport(report, { policy, recheck });
  const reasons = failureReasons(report, judgements);
  return {
    pass: reasons.length === 0,
    report,
    judgements,
    reasons,
    policy,
    online: options.online ?? false,
    lookup
  };
}
function gateDocument(result) {
  const { report, judgements, reasons, policy, online, lookup } = result;
  return {
    version: REPORT_VERSION,
    decision: result.pass ? "pass" : "fail",
    ...report,
    ok: result.pass,
    ...policy || online || lookup ? { reasons } : {},
    ...policy ? { policy: { source: policy.source, name: policy.name, sha256: policy.sha256 } } : {},
    ...online ? { online: true } : {},
    ...lookup ? { attestations: lookup } : {},
    artifacts: report.artifacts.map((a) => ({
      ...a,
      verified: a.verified.map((v) => {
        const j = judgements.get(v);
        return {
          ...v,
          ...j?.policy ? { policy: j.policy } : {},
          ...j?.online ? { online: j.online } : {}
        };
      })
    }))
  };
}
function gateError(e) {
  return e instanceof AgentAttestError ? e : new AgentAttestError("VERIFICATION_FAILED", `unexpected error: ${messageOf(e)}`, { cause: e });
}
function errorDocument(error) {
  return {
    version: REPORT_VERSION,
    decision: error.exitCode === 1 ? "fail" : "error",
    error: { code: error.code, message: error.message }
  };
}
function isGiven(value) {
  return value !== void 0 && value !== false;
}
async function loadPolicy(options, names) {
  const rules = options.rules ?? {};
  const given = Object.keys(RULE_OPTIONS).filter((k) => isGiven(rules[k]));
  if (options.policyFile === void 0 && given.length === 0) return void 0;
  if (options.policyFile !== void 0 && given.length > 0)
    throw new AgentAttestError(
      "USAGE",
      `give ${names.of("policy")} or ${names.rules}, not both (${names.of("policy")} ${options.policyFile} with ${given.map((k) => names.of(k)).join(", ")}); put the rules in the policy file.`
    );
  const { loadPolicyFile, policyFromInputs } = await import("./policy-ZPIM5LAQ.js");
  return options.policyFile !== void 0 ? loadPolicyFile(options.policyFile, names) : policyFromInputs(rules, names);
}
function artifactName(a) {
  if (typeof a === "string") return a;
  switch (a.kind) {
    case "file":
      return a.path;
    case "digest":
      return a.name;
    case "image":
      return a.reference;
    case "resolved":
      return a.artifact.name;
  }
}
function lazyClient(options, { env, logger }) {
  let client;
  return async () => {
    const { createGitHubClient } = await import("./client-VG5FQ56C.js");
    return client ??= createGitHubClient({
      token: options.githubToken ?? env.githubToken,
      apiUrl: options.githubApiUrl ?? env.apiUrl,
      // An explicit API URL (GHES, a local server) names its own web host.
      serverUrl: options.githubApiUrl === void 0 ? env.serverUrl : void 0,
      logger
    });
  };
}
function lookupScope(options, names) {
  const { repository, owner } = options.identity;
  const repo = repository ?? (owner === void 0 ? options.defaultRepository : void 0);
  if (repo !== void 0) {
    const parts = repo.replace(/^https?:\/\//, "").split("/");
    const [o, r] = parts.slice(-2);
    if (parts.length < 2 || parts.length > 3 || !o || !r)
      throw new AgentAttestError(
        "USAGE",
        `repository ${JSON.stringify(repo)} is not [HOST/]OWNER/REPO; ${names.verb} ${names.of("repository")} such as octo-org/app.`
      );
    return { owner: o, repo: r, label: `${o}/${r}` };
  }
  if (owner !== void 0) {
    const o = owner.replace(/^https?:\/\//, "").split("/").at(-1);
    if (!o)
      throw new AgentAttestError(
        "USAGE",
        `owner ${JSON.stringify(owner)} is empty; ${names.verb} ${names.of("owner")} such as octo-org.`
      );
    return { owner: o, label: o };
  }
  throw new AgentAttestError(
    "USAGE",
    `no bundle given; ${names.verb} ${names.with("bundle", "FILE")}, or ${names.with("repository", "OWNER/REPO")} (or ${names.with("owner", "OWNER")}) to look the attestations up on GitHub.`
  );
}
async function lookUpAttestations(client, scope, { artifacts, predicateType, allowLegacyBundles }) {
  const { findAttestations } = await import("./attestations-TJQGBS5M.js");
  const bundles = [];
  const seen = /* @__PURE__ */ new Set();
  for (const arg of artifacts) {
    const digests = (await resolveArtifact(arg, ["sha256"])).digests;
    const sha256 = Object.hasOwn(digests, "sha256") ? digests.sha256 : void 0;
    if (sha256 === void 0) continue;
    const found = await findAttestations(
      client,
      { owner: scope.owner, repo: scope.repo, predicateType: predicateType ?? SLSA_PROVENANCE_V1 },
      `sha256:${sha256}`
    );
    for (const f of found) {
      const text = JSON.stringify(f.bundle);
      if (!seen.has(text)) bundles.push(f.bundle);
      seen.add(text);
    }
  }
  return bundlesFromDocuments(bundles, `${scope.label} attestations`, { allowLegacyBundles });
}
async function onlineChecker(client) {
  const { recheckReviews } = await import("./recheck-77L63BD2.js");
  return (deps) => recheckReviews(client, deps);
}
async function judgeReport(report, opts) {
  const judgements = /* @__PURE__ */ new Map();
  if (!opts.policy && !opts.recheck) return judgements;
  const policyApi = opts.policy ? await import("./policy-ZPIM5LAQ.js") : void 0;
  const rechecked = /* @__PURE__ */ new Map();
  for (const artifact of report.artifacts) {
    for (const verified of artifact.verified) {
      const rules = [];
      let policy;
      if (opts.policy && policyApi) {
        const decision = policyApi.evaluatePolicy(
          opts.policy.policy,
          policyApi.policyInputFromVerified(verified)
        );
        policy = policyApi.policyResult(decision, opts.policy);
        rules.push(...decision.rules);
      }
      let online;
      if (opts.recheck) {
        const key = `${verified.bundle.path}#${verified.bundle.index}`;
        const deps = dependenciesOf(verified);
        if (!rechecked.has(key)) rechecked.set(key, opts.recheck(deps));
        online = onlineCheck(await rechecked.get(key));
        rules.push(onlineRule(online, deps.length > 0));
      }
      judgements.set(verified, {
        policy,
        online,
        display: { pass: rules.every((r) => r.status !== "fail"), rules }
      });
    }
  }
  return judgements;
}
function dependenciesOf(verified) {
  const predicate = verified.statement?.predicate;
  const deps = predicate?.buildDefinition?.resolvedDependencies;
  return Array.isArray(deps) ? deps.filter((d) => typeof d === "object" && d !== null) : [];
}
function onlineCheck(r) {
  return r.status === "checked" ? {
    status: "checked",
    unchanged: r.unchanged,
    changed: r.changed,
    vanished: r.vanished,
    inconsistent: r.inconsistent
  } : { status: "unavailable", reason: r.reason, detail: r.detail };
}
function onlineRule(check, hasDependencies) {
  const id = "reviews.online";
  if (check.status === "unavailable")
    return {
      id,
      status: "fail",
      reason: `the attested reviews could not be fetched again (${check.reason}): ${check.detail}`,
      pointers: []
    };
  const { changed, vanished, inconsistent, unchanged } = check;
  if (changed.length === 0 && vanished.length === 0 && inconsistent.length === 0) {
    return unchanged === 0 ? {
      id,
      status: "skip",
      reason: hasDependencies ? "the attestation names no review to fetch again" : "the statement has no dependencies",
      pointers: []
    } : {
      id,
      status: "pass",
      reason: `all ${unchanged} attested review(s) unchanged on GitHub`,
      pointers: []
    };
  }
  const parts = [
    ...changed.map((c) => `review ${c.id} on #${c.pr} changed (${c.fields.join(", ")}; now ${c.state})`),
    ...vanished.map((x) => `review ${x.id} on #${x.pr} vanished`),
    ...inconsistent.length > 0 ? [`${inconsistent.length} review entr(ies) do not match their digest`] : []
  ];
  return {
    id,
    status: "fail",
    reason: `the attested reviews no longer match GitHub: ${parts.join("; ")}`,
    pointers: [
      ...changed.map((c) => ({ kind: "review", value: `${c.id}`, url: c.url })),
      ...vanished.map((x) => ({ kind: "review", value: `${x.id}`, url: x.url })),
      ...inconsistent.map((h) => ({ kind: "review", value: `sha256:${h}` }))
    ]
  };
}
var REASONS_PER_ARTIFACT = 3;
function failureReasons(report, judgements) {
  const reasons = [];
  for (const a of report.artifacts) {
    if (!a.ok) {
      const shown = a.failures.slice(0, REASONS_PER_ARTIFACT);
      for (const f of shown) reasons.push(`${a.name}: ${f.code}: ${f.reason}`);
      const more = a.failures.length - shown.length + (a.failuresOmitted ?? 0);
      if (a.failures.length === 0) reasons.push(`${a.name}: no bundle verifies`);
      else if (more > 0) reasons.push(`${a.name}: \u2026 and ${more} more bundle(s) that do not verify it`);
    }
    for (const v of a.verified) {
      for (const r of judgements.get(v)?.display.rules ?? [])
        if (r.status === "fail") reasons.push(`${a.name}: ${r.id}: ${r.reason}`);
    }
  }
  return reasons;
}

export {
  REPORT_VERSION,
  runGate,
  gateDocument,
  gateError,
  errorDocument
};
