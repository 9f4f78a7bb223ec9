import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  modelGlobMatch,
  pathGlobMatch,
  policyInput,
  policyInputFromVerified,
  require__,
  signerFacts
} from "./chunk-GHHBSS7M.js";
import {
  require_dist
} from "./chunk-L56XQTBE.js";
import {
  isHuman,
  sameAccount
} from "./chunk-77AAPUCS.js";
import "./chunk-6XR4UJHP.js";
import "./chunk-3F5LQTXG.js";
import {
  canonicalize
} from "./chunk-GLZUUL7L.js";
import {
  POLICY_RESULT_SCHEMA,
  policyResult,
  renderDecisionMarkdown,
  renderDecisionText
} from "./chunk-GSQW5EF2.js";
import {
  CLI_NAMES,
  parseWorkflowIdentity,
  sameGitHubName
} from "./chunk-7BB63ELM.js";
import {
  readInputBytes
} from "./chunk-MC3Q3AIY.js";
import "./chunk-AIPGSCCH.js";
import "./chunk-JXWOESOK.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require,
  __toESM
} from "./chunk-66GH2WVD.js";

// builtin:node:crypto?src/core/policy/load.ts
var m = __require("node:crypto");
var createHash = m.createHash;

// src/core/policy/load.ts
var import__ = __toESM(require__(), 1);
var import_yaml = __toESM(require_dist(), 1);

// docs/policy.schema.json
var policy_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://agent-attest.dev/schemas/policy/v1.json",
  title: "agent-attest deploy-gate policy",
  description: "What `agent-attest verify --policy FILE` (and the verify action's `policy` input) enforces on a verified attestation. Documented in docs/policy.md.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: {
      description: "Policy format version. Always 1.",
      const: 1
    },
    identity: {
      description: "Who must have signed, read only from the verified certificate.",
      type: "object",
      additionalProperties: false,
      properties: {
        "signer-workflows": {
          description: "Workflows allowed to sign. Any one must match the certificate's build signer URI exactly.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/signerWorkflow"
          }
        },
        repository: {
          description: "Source repository the artifact must come from (name and/or numeric id; the id survives renames).",
          $ref: "#/$defs/repositoryRef"
        },
        owner: {
          description: "Owner (user or organisation) of the source repository (name and/or numeric id).",
          $ref: "#/$defs/ownerRef"
        },
        "source-refs": {
          description: "Git refs the artifact may be built from: exact refs or globs (`*` stays within one path segment, `**` crosses them).",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/refPattern"
          }
        },
        issuer: {
          description: "OIDC issuer of the signing identity, exact.",
          type: "string",
          pattern: "^https://[^\\s]+$"
        },
        "runner-environment": {
          description: "Runner the artifact was built on.",
          enum: ["github-hosted", "self-hosted", "any"]
        }
      }
    },
    freshness: {
      description: "How old the signature may be.",
      type: "object",
      additionalProperties: false,
      properties: {
        "max-age": {
          description: "Maximum age of the signature's verified timestamp, e.g. `30d`, `12h`, `90m`.",
          $ref: "#/$defs/duration"
        }
      }
    },
    agents: {
      description: "Which AI coding agents and models may have written the commits of the attested range.",
      type: "object",
      additionalProperties: false,
      properties: {
        "allowed-agents": {
          description: "Only these agents may appear. Absent: any agent not denied.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/$defs/agentId"
          },
          minItems: 1
        },
        "denied-agents": {
          description: "These agents must not appear.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/$defs/agentId"
          },
          minItems: 1
        },
        "allowed-models": {
          description: "Model globs (e.g. `claude-opus-*`); every recorded model must match one.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/$defs/glob"
          },
          minItems: 1
        },
        "denied-models": {
          description: "Model globs that must not appear.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/$defs/glob"
          },
          minItems: 1
        },
        "unknown-model": {
          description: "When allowed-models is set: what an agent commit with no recorded model means. Default `deny`.",
          enum: ["allow", "deny"]
        },
        "min-evidence-strength": {
          description: "Weakest evidence that counts. Commits whose only evidence is weaker are `unknown`. Default `inferred` (all evidence counts).",
          $ref: "#/$defs/strength"
        },
        "max-agent-share": {
          description: "Maximum share of agent commits in the range: a number from 0 to 1, or a percentage such as `40%`.",
          oneOf: [
            {
              type: "number",
              minimum: 0,
              maximum: 1
            },
            {
              type: "string",
              pattern: "^(100|[0-9]{1,2})(\\.[0-9]+)?%$"
            }
          ]
        },
        "require-commit-tags": {
          description: "Every agent commit (found by any evidence that counts) must also carry the commit-time tag (`agent-attest hooks`: `Agent:` trailers, or `Agent-Authored:`). A gap in the tagging process fails, naming the commits (code COMMIT_TAG_MISSING).",
          type: "boolean"
        },
        unknown: {
          description: 'What a commit with no (counting) agent evidence means: `allow` (default), `count-as-agent` (counts toward the share and needs review like agent code), `deny`. Never "human".',
          enum: ["allow", "count-as-agent", "deny"]
        }
      }
    },
    reviews: {
      description: "Human review of the pull requests that brought agent code.",
      type: "object",
      additionalProperties: false,
      properties: {
        "require-human-review": {
          description: "Every pull request that brought agent commits needs an approval of its final head commit by a human who is not its author. Bots never count. Agent commits that came through no pull request fail.",
          type: "boolean"
        },
        "min-approvals": {
          description: "Distinct human approvals of the final head each such pull request needs. Default 1.",
          type: "integer",
          minimum: 1,
          maximum: 20
        },
        "declared-reviews": {
          description: "A review requirement a commit declares in its commit-time tag (`Agent-Review: required`, `Agent-Authored: \u2026, policy=security-review-required`): `enforce` (default: the pull request that brought it needs a human approval of its final head, code DECLARED_REVIEW_MISSING) or `ignore`.",
          enum: ["enforce", "ignore"]
        },
        "applies-to": {
          description: "`agent-prs` (default): pull requests that brought agent commits; `all-prs`: every pull request of the range.",
          enum: ["agent-prs", "all-prs"]
        },
        "protected-paths": {
          description: "Paths where agent code needs more approvals or is not allowed at all.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/protectedPath"
          }
        }
      }
    },
    surfaces: {
      description: "Changes to AI assistant configuration files (hooks, MCP servers, instructions) in the range.",
      type: "object",
      additionalProperties: false,
      properties: {
        "executable-changes": {
          description: "Changes that can run code or widen permissions (capabilities EXEC, MCP, ENV, PERM): `deny`, `review` (allowed when every commit that made them came through a human-approved pull request), or `allow` (default).",
          $ref: "#/$defs/surfaceAction"
        },
        "instruction-changes": {
          description: "Changes to instruction files only (capability INSTR): `deny`, `review` or `allow` (default).",
          $ref: "#/$defs/surfaceAction"
        },
        "high-risk-changes": {
          description: "Changes the surface scanner flags as high risk (e.g. `curl \u2026 | sh` in a hook, a SessionStart hook, `bypassPermissions`, hidden Unicode): `deny`, `review` or `allow` (default).",
          $ref: "#/$defs/surfaceAction"
        }
      }
    }
  },
  $defs: {
    signerWorkflow: {
      type: "object",
      additionalProperties: false,
      required: ["workflow"],
      properties: {
        workflow: {
          description: "OWNER/REPO/.github/workflows/FILE.yml \u2014 the workflow file that signs (for a reusable workflow: the reusable one).",
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/\\.github/workflows/[^@\\s]+\\.ya?ml$"
        },
        refs: {
          description: "Refs of that workflow allowed to sign (exact or glob). Absent: any ref.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/refPattern"
          }
        }
      }
    },
    refPattern: {
      type: "string",
      pattern: "^refs/[^\\s]+$"
    },
    duration: {
      type: "string",
      pattern: "^[1-9][0-9]{0,5}(m|h|d|w)$"
    },
    glob: {
      type: "string",
      minLength: 1,
      maxLength: 200
    },
    strength: {
      enum: ["verified", "declared", "inferred"]
    },
    surfaceAction: {
      enum: ["deny", "review", "allow"]
    },
    protectedPath: {
      type: "object",
      additionalProperties: false,
      required: ["paths"],
      minProperties: 2,
      properties: {
        paths: {
          description: "Path globs relative to the repository root, e.g. `src/auth/**`.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/glob"
          }
        },
        "min-approvals": {
          description: "Distinct human approvals of the final head a pull request bringing agent code into these paths needs.",
          type: "integer",
          minimum: 1,
          maximum: 20
        },
        "agent-code": {
          description: "`deny`: no agent commit may touch these paths; `allow` (default).",
          enum: ["allow", "deny"]
        }
      }
    },
    agentId: {
      enum: [
        "claude-code",
        "copilot-coding-agent",
        "copilot",
        "cursor",
        "codex",
        "devin",
        "jules",
        "gemini-cli",
        "gemini-code-assist",
        "aider",
        "amp",
        "openhands",
        "windsurf",
        "cline",
        "roo-code",
        "kiro",
        "factory",
        "opencode",
        "warp",
        "replit",
        "other"
      ]
    },
    repositoryRef: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        name: {
          description: "OWNER/REPO",
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
        },
        id: {
          description: "Numeric id (GitHub's, as in the certificate).",
          oneOf: [
            {
              type: "integer",
              minimum: 1
            },
            {
              type: "string",
              pattern: "^[1-9][0-9]*$"
            }
          ]
        }
      }
    },
    ownerRef: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        name: {
          description: "OWNER",
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+$"
        },
        id: {
          description: "Numeric id (GitHub's, as in the certificate).",
          oneOf: [
            {
              type: "integer",
              minimum: 1
            },
            {
              type: "string",
              pattern: "^[1-9][0-9]*$"
            }
          ]
        }
      }
    }
  }
};

// src/core/policy/load.ts
var MAX_POLICY_BYTES = 128 * 1024;
var MAX_DEPTH = 16;
var MAX_NODES = 2e4;
var MAX_ALIASES = 100;
var PolicyValidationError = class extends AgentAttestError {
  issues;
  constructor(issues) {
    const [first] = issues;
    const where = first ? `${first.file}:${first.line}:${first.col}: ${first.message}` : "invalid policy";
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
    super("POLICY_INVALID", `${where}${more}`);
    this.name = "PolicyValidationError";
    this.issues = issues;
  }
  /** Every problem, one per line, `FILE:LINE:COL: message`. */
  describe() {
    return this.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`).join("\n");
  }
};
var validator;
function policyValidator() {
  validator ??= new import__.Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(policy_schema_default);
  return validator;
}
async function loadPolicyFile(file, names = CLI_NAMES) {
  const bytes = await readInputBytes(
    file,
    {
      what: `${names.of("policy")} file`,
      fix: "pass the path of a YAML policy (docs/policy.md)",
      code: "POLICY_INVALID"
    },
    MAX_POLICY_BYTES
  );
  return parsePolicy(bytes, file);
}
function parsePolicy(source, file = "policy.yml") {
  const bytes = typeof source === "string" ? Buffer.from(source, "utf8") : Buffer.from(source);
  if (bytes.length > MAX_POLICY_BYTES) throw tooLarge(file, bytes.length);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fail(file, 1, 1, "the file is not UTF-8 text \u2014 save it as UTF-8 YAML");
  }
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    version: "1.2",
    schema: "core",
    merge: false
  });
  const pos = (offset) => offset === void 0 ? { line: 1, col: 1 } : lineCounter.linePos(offset);
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    throw new PolicyValidationError(
      yamlProblems.map((e) => {
        const at = e.linePos?.[0] ?? pos(e.pos[0]);
        return { file, line: at.line, col: at.col, message: yamlMessage(e.code, e.message) };
      })
    );
  }
  checkShape(doc, text, file, pos);
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw fail(
      file,
      1,
      1,
      `${e.message} \u2014 remove the anchors and aliases and write the values out`
    );
  }
  const validate = policyValidator();
  if (!validate(data)) {
    throw new PolicyValidationError(schemaIssues(validate.errors ?? [], doc, file, pos));
  }
  const document = data;
  return {
    policy: normalizePolicy(document),
    document,
    source: "file",
    name: file,
    sha256: createHash("sha256").update(bytes).digest("hex")
  };
}
function validatePolicyDocument(data, name) {
  const validate = policyValidator();
  if (!validate(data)) {
    const issues = (validate.errors ?? []).map((e) => ({
      file: name,
      line: 0,
      col: 0,
      message: `${e.instancePath || "/"} ${e.message ?? "is invalid"}`
    }));
    throw new AgentAttestError("POLICY_INVALID", `${name}: ${issues.map((i) => i.message).join("; ")}`);
  }
  return data;
}
function normalizePolicy(doc) {
  const id = doc.identity ?? {};
  const ag = doc.agents ?? {};
  const rv = doc.reviews ?? {};
  const named = (n) => n && { name: n.name, id: n.id === void 0 ? void 0 : String(n.id) };
  const maxAge = doc.freshness?.["max-age"];
  return {
    identity: {
      signerWorkflows: id["signer-workflows"],
      repository: named(id.repository),
      owner: named(id.owner),
      sourceRefs: id["source-refs"],
      issuer: id.issuer,
      runnerEnvironment: id["runner-environment"]
    },
    freshness: {
      maxAgeSeconds: maxAge === void 0 ? void 0 : parseDuration(maxAge),
      maxAgeText: maxAge
    },
    agents: {
      allowedAgents: ag["allowed-agents"],
      deniedAgents: ag["denied-agents"],
      allowedModels: ag["allowed-models"],
      deniedModels: ag["denied-models"],
      unknownModel: ag["unknown-model"] ?? "deny",
      minStrength: ag["min-evidence-strength"] ?? "inferred",
      maxAgentShare: ag["max-agent-share"] === void 0 ? void 0 : parseShare(ag["max-agent-share"]),
      unknown: ag.unknown ?? "allow",
      requireCommitTags: ag["require-commit-tags"] ?? false
    },
    reviews: {
      requireHumanReview: rv["require-human-review"] ?? false,
      minApprovals: rv["min-approvals"],
      appliesTo: rv["applies-to"] ?? "agent-prs",
      declaredReviews: rv["declared-reviews"] ?? "enforce",
      protectedPaths: (rv["protected-paths"] ?? []).map((p) => ({
        paths: p.paths,
        minApprovals: p["min-approvals"],
        agentCode: p["agent-code"] ?? "allow"
      }))
    },
    surfaces: {
      executableChanges: doc.surfaces?.["executable-changes"] ?? "allow",
      instructionChanges: doc.surfaces?.["instruction-changes"] ?? "allow",
      highRiskChanges: doc.surfaces?.["high-risk-changes"] ?? "allow"
    }
  };
}
var UNIT_SECONDS = { m: 60, h: 3600, d: 86400, w: 604800 };
function parseDuration(text) {
  const m3 = /^([1-9][0-9]{0,5})(m|h|d|w)$/.exec(text);
  if (!m3) throw new AgentAttestError("POLICY_INVALID", `duration ${text} \u2014 write e.g. 30d, 12h, 90m or 2w`);
  return Number(m3[1]) * (UNIT_SECONDS[m3[2]] ?? 0);
}
function parseShare(value) {
  const n = typeof value === "number" ? value : Number(value.replace(/%$/, "")) / 100;
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    throw new AgentAttestError(
      "POLICY_INVALID",
      `max-agent-share ${value} \u2014 write a number from 0 to 1 or a percentage`
    );
  }
  return n;
}
function checkShape(doc, source, file, pos) {
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && (root.value === null || root.value === "")) {
    throw fail(file, 1, 1, "the policy is empty \u2014 start it with `version: 1`");
  }
  if (!(0, import_yaml.isMap)(root)) {
    const at = pos((0, import_yaml.isNode)(root) ? root.range?.[0] : void 0);
    throw fail(
      file,
      at.line,
      at.col,
      "the policy must be a mapping of keys (`version: 1`, `agents:` \u2026), not a list or a value"
    );
  }
  const stack = [{ node: root, depth: 1 }];
  let count = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if (++count > MAX_NODES)
      throw fail(file, 1, 1, `the policy has more than ${MAX_NODES} values \u2014 it is not a policy`);
    if ((0, import_yaml.isPair)(node)) {
      stack.push({ node: node.key, depth }, { node: node.value, depth });
      continue;
    }
    if (!(0, import_yaml.isNode)(node)) continue;
    const at = () => pos(node.range?.[0]);
    if (depth > MAX_DEPTH) {
      const p = at();
      throw fail(
        file,
        p.line,
        p.col,
        `values nested more than ${MAX_DEPTH} levels deep \u2014 a policy is at most 4 levels`
      );
    }
    if (!(0, import_yaml.isAlias)(node) && node.tag !== void 0) {
      const start = node.range?.[0] ?? 0;
      const bang = tagOffset(source, start);
      const p = pos(bang >= 0 ? bang : start);
      throw fail(
        file,
        p.line,
        p.col,
        `YAML tag ${node.tag} is not allowed in a policy \u2014 remove the tag (\`!\u2026\`)`
      );
    }
    if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
}
function tagOffset(text, valueStart) {
  const lineStart = text.lastIndexOf("\n", valueStart - 1) + 1;
  let bang = text.lastIndexOf("!", valueStart);
  if (bang < lineStart) return -1;
  while (bang > lineStart && text[bang - 1] === "!") bang--;
  return bang;
}
function yamlMessage(code, message) {
  const what = message.split("\n")[0].replace(/ at line \d+, column \d+:?\s*$/, "");
  const fixes = {
    DUPLICATE_KEY: "keep one of the two keys",
    MULTIPLE_DOCS: "a policy is one YAML document: remove the `---` separators",
    TAG_RESOLVE_FAILED: "remove the tag (`!\u2026`)",
    BAD_ALIAS: "define the anchor (`&name`) before using it, or write the value out",
    ALIAS_PROPS: "remove the anchor or tag from the alias",
    RESOURCE_EXHAUSTION: "write the values out instead of nesting aliases"
  };
  const fix = fixes[code] ?? (/multiple documents/i.test(what) ? fixes.MULTIPLE_DOCS : "fix the YAML syntax at this position");
  return `invalid YAML: ${what.replace(/\.$/, "")} \u2014 ${fix}`;
}
var FIX_BY_DEF = {
  duration: "write a duration such as `30d`, `12h`, `90m` or `2w`",
  refPattern: "write a full git ref such as `refs/heads/main` or `refs/tags/v*`",
  repositoryRef: "set `name: OWNER/REPO` and/or `id` (the numeric repository id)",
  ownerRef: "set `name: OWNER` and/or `id` (the numeric owner id)",
  glob: "write a non-empty glob such as `claude-*`",
  strength: "use `verified`, `declared` or `inferred`",
  surfaceAction: "use `deny`, `review` or `allow`",
  protectedPath: "give `paths` and `min-approvals` and/or `agent-code: deny`",
  agentId: "use a known agent id (see docs/policy.md)",
  signerWorkflow: "write `workflow: OWNER/REPO/.github/workflows/FILE.yml` and the refs under `refs`"
};
var FIX_BY_KEY = {
  version: "write `version: 1`",
  workflow: "write OWNER/REPO/.github/workflows/FILE.yml; put the ref under `refs`, not after `@`",
  issuer: "write the issuer URL, e.g. https://token.actions.githubusercontent.com",
  "max-agent-share": "write a number from 0 to 1 (e.g. `0.4`) or a percentage (e.g. `40%`)",
  id: "write the numeric id, e.g. `123456`"
};
var DEF_BY_SCHEMA = new Map(
  Object.entries(policy_schema_default.$defs).map(([name, schema]) => [schema, name])
);
function schemaIssues(errors, doc, file, pos) {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  const seen = /* @__PURE__ */ new Set();
  const issues = [];
  for (const e of errors) {
    if (e.keyword !== "oneOf" && oneOfPaths.has(e.instancePath)) continue;
    if (e.keyword === "if") continue;
    const segments = e.instancePath.split("/").slice(1).map(unescapePointer);
    const located = locate(
      doc,
      segments,
      e.keyword === "additionalProperties" ? e.params.additionalProperty : void 0
    );
    const message = describe(e, segments);
    const key = `${located ?? -1}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = pos(located);
    issues.push({ file, line: at.line, col: at.col, message, offset: located ?? 0 });
  }
  issues.sort((a, b) => a.offset - b.offset);
  return issues.map(({ offset: _offset, ...i }) => i);
}
function unescapePointer(s) {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}
function locate(doc, segments, childKey) {
  let node = doc.contents;
  let keyOffset;
  for (const seg of segments) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      keyOffset = (0, import_yaml.isNode)(pair.key) ? pair.key.range?.[0] : void 0;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      node = node.items[Number(seg)];
      keyOffset = void 0;
    } else break;
  }
  if (childKey !== void 0 && (0, import_yaml.isMap)(node)) {
    const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === childKey);
    if (pair && (0, import_yaml.isNode)(pair.key)) return pair.key.range?.[0];
  }
  if ((0, import_yaml.isNode)(node) && node.range) return node.range[0];
  return keyOffset;
}
function describe(e, segments) {
  const key = segments.filter((s) => !/^\d+$/.test(s)).at(-1);
  const where = segments.length === 0 ? "the policy" : `\`${segments.join(".")}\``;
  const def = /#\/\$defs\/([A-Za-z]+)/.exec(e.schemaPath)?.[1] ?? DEF_BY_SCHEMA.get(e.parentSchema);
  const fix = (key && FIX_BY_KEY[key]) ?? (def && FIX_BY_DEF[def]);
  const parent = e.parentSchema;
  switch (e.keyword) {
    case "additionalProperties": {
      const unknown = String(e.params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const guess = closest(unknown, allowed);
      const inside = segments.length === 0 ? "at the top level" : `in ${where}`;
      return guess ? `unknown key \`${unknown}\` ${inside} \u2014 did you mean \`${guess}\`?` : `unknown key \`${unknown}\` ${inside} \u2014 allowed keys: ${allowed.join(", ")}`;
    }
    case "required": {
      const missing = String(e.params.missingProperty);
      if (missing === "version") return "missing `version` \u2014 add `version: 1` as the first line";
      return `${where} is missing \`${missing}\` \u2014 add it`;
    }
    case "const":
      return `${where} must be ${JSON.stringify(e.params.allowedValue)} \u2014 ${fix ?? "change the value"}`;
    case "enum": {
      const allowed = e.params.allowedValues.map(String);
      const guess = typeof e.data === "string" ? closest(e.data, allowed) : void 0;
      const shown = allowed.length > 8 ? `${allowed.slice(0, 8).join(", ")}, \u2026` : allowed.join(", ");
      return guess ? `${where}: \`${String(e.data)}\` is not allowed \u2014 did you mean \`${guess}\`?` : `${where}: \`${String(e.data)}\` is not allowed \u2014 use one of ${shown}`;
    }
    case "type": {
      const want = String(e.params.type);
      const got = typeof e.data === "object" ? Array.isArray(e.data) ? "a list" : e.data === null ? "empty" : "a mapping" : `\`${String(e.data)}\``;
      const hint = want === "boolean" ? "write `true` or `false` (YAML 1.2: `yes`/`no`/`on` are strings)" : want === "array" ? "write a list, e.g. `[a, b]` or one `- item` per line" : want === "object" ? "write a mapping of keys" : fix ?? `write a ${want}`;
      return `${where} must be a${/^[aeiou]/.test(want) ? "n" : ""} ${want === "array" ? "list" : want === "object" ? "mapping" : want}, not ${got} \u2014 ${hint}`;
    }
    case "pattern":
    case "format":
    case "oneOf":
      return `${where}: \`${typeof e.data === "object" ? JSON.stringify(e.data) : String(e.data)}\` is not valid \u2014 ${fix ?? "see docs/policy.md"}`;
    case "minItems":
      return `${where} must list at least ${String(e.params.limit)} item${e.params.limit === 1 ? "" : "s"} \u2014 add one or remove the key`;
    case "uniqueItems":
      return `${where} lists the same value twice \u2014 remove the duplicate`;
    case "minimum":
    case "maximum":
      return `${where} must be ${e.keyword === "minimum" ? "at least" : "at most"} ${String(e.params.limit)} \u2014 change the value`;
    case "minProperties":
      return `${where} is incomplete \u2014 ${fix ?? "add the missing keys"}`;
    case "minLength":
    case "maxLength":
      return `${where} ${e.message ?? "has a bad length"} \u2014 ${fix ?? "change the value"}`;
    default:
      return `${where} ${e.message ?? "is invalid"} \u2014 ${fix ?? "see docs/policy.md"}`;
  }
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 10) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
function fail(file, line, col, message) {
  return new PolicyValidationError([{ file, line, col, message }]);
}
function tooLarge(file, size) {
  return fail(
    file,
    1,
    1,
    `the file is ${size} bytes; a policy may be at most ${MAX_POLICY_BYTES} \u2014 point --policy at the policy file`
  );
}

// builtin:node:crypto?src/core/policy/inputs.ts
var m2 = __require("node:crypto");
var createHash2 = m2.createHash;

// src/core/policy/inputs.ts
function policyFromInputs(inputs, names = CLI_NAMES) {
  const doc = { version: 1 };
  const agents = {};
  const reviews = {};
  const error = (key, message) => new AgentAttestError("POLICY_INVALID", `${names.of(key)} ${message}`);
  const list2 = (k) => {
    const v = inputs[k];
    if (v === void 0) return void 0;
    const items = (Array.isArray(v) ? v : v.split(/[,\n]/)).map((s) => s.trim()).filter((s) => s !== "");
    if (items.length === 0)
      throw error(
        k,
        "is an empty list \u2014 name at least one, or leave it out (an empty list would drop the rule)"
      );
    return [...new Set(items)];
  };
  const text = (k) => {
    const v = inputs[k];
    if (v === void 0 || typeof v === "boolean" || Array.isArray(v)) return void 0;
    const s = String(v).trim();
    if (s === "") throw error(k, "is empty \u2014 give a value, or leave it out");
    return s;
  };
  const bool = (k) => {
    const v = inputs[k];
    if (v === void 0 || typeof v === "boolean") return v ?? false;
    const s = v.trim().toLowerCase();
    if (s === "false") return false;
    if (s === "true") return true;
    throw error(k, `is \`${v}\` \u2014 write true or false`);
  };
  const set = (value, apply) => {
    if (value !== void 0) apply(value);
  };
  set(list2("allowedAgents"), (v) => agents["allowed-agents"] = v);
  set(list2("deniedAgents"), (v) => agents["denied-agents"] = v);
  set(list2("allowedModels"), (v) => agents["allowed-models"] = v);
  set(list2("deniedModels"), (v) => agents["denied-models"] = v);
  set(text("minEvidenceStrength"), (v) => agents["min-evidence-strength"] = v);
  set(text("unknown"), (v) => agents.unknown = v);
  set(text("maxAgentShare"), (v) => agents["max-agent-share"] = share(v));
  if (bool("requireCommitTags")) agents["require-commit-tags"] = true;
  if (bool("requireHumanReview")) reviews["require-human-review"] = true;
  set(text("minApprovals"), (v) => {
    if (!/^[0-9]+$/.test(v)) throw error("minApprovals", `is \`${v}\` \u2014 write a whole number such as 2`);
    reviews["min-approvals"] = Number(v);
  });
  let executable = text("executableSurfaces");
  if (bool("denyExecutableSurfaces")) {
    if (executable !== void 0 && executable !== "deny") {
      throw error(
        "denyExecutableSurfaces",
        `conflicts with ${names.of("executableSurfaces")} ${executable} \u2014 set only one`
      );
    }
    executable = "deny";
  }
  if (executable !== void 0) doc.surfaces = { "executable-changes": executable };
  set(text("maxAge"), (v) => doc.freshness = { "max-age": v });
  if (Object.keys(agents).length > 0) doc.agents = agents;
  if (Object.keys(reviews).length > 0) doc.reviews = reviews;
  if (Object.keys(doc).length === 1) return void 0;
  let document;
  try {
    document = validatePolicyDocument(doc, "policy inputs");
  } catch (e) {
    throw new AgentAttestError("POLICY_INVALID", inputMessage(e, names), { cause: e });
  }
  return {
    policy: normalizePolicy(document),
    document,
    source: "inputs",
    name: "inputs",
    sha256: createHash2("sha256").update(canonicalize(document) ?? "").digest("hex")
  };
}
function share(s) {
  return /%$/.test(s) ? s : Number.isFinite(Number(s)) ? Number(s) : s;
}
function inputMessage(e, names) {
  const byPath = [
    [
      /\/agents\/allowed-agents/,
      "allowedAgents",
      "must list known agent ids (see docs/policy.md), e.g. claude-code"
    ],
    [/\/agents\/denied-agents/, "deniedAgents", "must list known agent ids (see docs/policy.md), e.g. devin"],
    [/\/agents\/allowed-models/, "allowedModels", "must list model globs"],
    [/\/agents\/denied-models/, "deniedModels", "must list model globs"],
    [/\/agents\/min-evidence-strength/, "minEvidenceStrength", "must be verified, declared or inferred"],
    [
      /\/agents\/max-agent-share/,
      "maxAgentShare",
      "must be a number from 0 to 1 or a percentage such as 40%"
    ],
    [/\/agents\/unknown/, "unknown", "must be allow, count-as-agent or deny"],
    [/\/reviews\/min-approvals/, "minApprovals", "must be a whole number from 1 to 20"],
    [/\/surfaces\//, "executableSurfaces", "must be deny, review or allow"],
    [/\/freshness\//, "maxAge", "must be a duration such as 30d, 12h or 90m"]
  ];
  for (const [re, key, fix] of byPath) if (re.test(e.message)) return `${names.of(key)} ${fix}`;
  return e.message;
}

// src/core/policy/evaluate.ts
var GITHUB = "https://github.com";
var STRENGTH_RANK = { verified: 3, declared: 2, inferred: 1 };
var EXECUTABLE = /* @__PURE__ */ new Set(["EXEC", "MCP", "ENV", "PERM"]);
var NAMED_IN_REASON = 3;
function evaluatePolicy(policy, input, options = {}) {
  const ctx = new Context(policy, input, options.now ?? /* @__PURE__ */ new Date());
  const rules = [];
  const add = (r) => {
    if (r) rules.push(r);
  };
  if (input.problems.length > 0) {
    add({
      id: "statement.readable",
      status: "fail",
      reason: `the attestation cannot be evaluated: ${list(input.problems)}`,
      pointers: []
    });
  }
  for (const rule of [
    signerWorkflowRule,
    repositoryRule,
    ownerRule,
    sourceRefRule,
    issuerRule,
    runnerRule,
    freshnessRule,
    allowedAgentsRule,
    deniedAgentsRule,
    allowedModelsRule,
    deniedModelsRule,
    agentShareRule,
    unknownRule,
    commitTagsRule,
    humanReviewRule,
    minApprovalsRule,
    declaredReviewRule,
    protectedAgentCodeRule,
    protectedApprovalsRule,
    surfaceRule(
      "executable-changes",
      policy.surfaces.executableChanges,
      (s) => s.capabilities.some((c) => EXECUTABLE.has(c)),
      "executable"
    ),
    surfaceRule(
      "instruction-changes",
      policy.surfaces.instructionChanges,
      (s) => s.capabilities.length > 0 && s.capabilities.every((c) => c === "INSTR"),
      "instruction"
    ),
    surfaceRule("high-risk-changes", policy.surfaces.highRiskChanges, (s) => s.risk === "high", "high-risk")
  ]) {
    add(rule(ctx));
  }
  return { pass: rules.every((r) => r.status !== "fail"), rules };
}
var Context = class {
  constructor(policy, input, now) {
    this.policy = policy;
    this.input = input;
    this.now = now;
    const min = STRENGTH_RANK[policy.agents.minStrength];
    for (const c of input.commits)
      this.counted.set(
        c.sha,
        c.agents.filter((a) => STRENGTH_RANK[a.strength] >= min)
      );
    this.agentCommits = input.commits.filter((c) => this.agentsOf(c).length > 0);
    this.demoted = input.commits.filter((c) => c.agents.length > 0 && this.agentsOf(c).length === 0);
    this.unknownCount = Math.max(0, input.rangeCommits - this.agentCommits.length);
  }
  policy;
  input;
  now;
  /** Agent claims that count (at or above min-evidence-strength), per commit. */
  counted = /* @__PURE__ */ new Map();
  /** Commits with counting agent evidence. */
  agentCommits;
  /** Commits whose only agent evidence is weaker than the policy counts: unknown, never human. */
  demoted;
  unknownCount;
  agentsOf(c) {
    return this.counted.get(c.sha) ?? [];
  }
  commitPointer(sha) {
    const known = this.input.commits.find((c) => c.sha === sha);
    const url = known?.url ?? (this.input.repositoryUrl ? `${this.input.repositoryUrl}/commit/${sha}` : void 0);
    return { kind: "commit", value: sha, ...url ? { url } : {} };
  }
  /**
   * A failing result when the statement cannot answer the rule: an extension that does not validate or whose
   * counts disagree (PREDICATE_INVALID), no agent-attest extension, or (for rules about commits or surfaces)
   * entries the producer left out to bound the statement's size. Every content rule asks this first.
   */
  needsExtension(id, about = "commits") {
    if (this.input.predicateInvalid !== void 0) {
      return {
        ...fail2(
          id,
          `PREDICATE_INVALID: ${this.input.predicateInvalid}; the rule cannot read the statement as written`
        ),
        code: "PREDICATE_INVALID"
      };
    }
    if (!this.input.hasExtension) {
      return fail2(
        id,
        "the statement carries no agent-attest extension (a plain provenance statement says nothing about agents) \u2014 attest with agent-attest"
      );
    }
    const omitted = about === "commits" ? this.input.omittedCommits : this.input.omittedSurfaces;
    if (omitted > 0) {
      return fail2(
        id,
        `the statement left out ${plural(omitted, about === "commits" ? "agent commit" : "config surface change")} to bound its size, so the rule cannot be checked \u2014 attest a shorter range`
      );
    }
    return void 0;
  }
};
function pass(id, reason, pointers = []) {
  return { id, status: "pass", reason, pointers };
}
function fail2(id, reason, pointers = []) {
  return { id, status: "fail", reason, pointers };
}
function skip(id, reason) {
  return { id, status: "skip", reason, pointers: [] };
}
function short(sha) {
  return sha.slice(0, 7);
}
function list(items) {
  const shown = items.slice(0, NAMED_IN_REASON).join("; ");
  return items.length > NAMED_IN_REASON ? `${shown} \u2026 and ${items.length - NAMED_IN_REASON} more` : shown;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function show(v) {
  return v === void 0 ? "absent" : v;
}
function sameText(a, b) {
  return a !== void 0 && a.toLowerCase() === b.toLowerCase();
}
function signerWorkflowRule({ policy, input }) {
  const allowed = policy.identity.signerWorkflows;
  if (!allowed) return void 0;
  const id = "identity.signer-workflow";
  const san = input.signer.buildSignerUri;
  const signer = parseWorkflowIdentity(san);
  const pointer = { kind: "signer", value: show(san) };
  if (!signer) return fail2(id, `the certificate's signer ${show(san)} is not a GitHub workflow`, [pointer]);
  const ok = allowed.some((w) => {
    const [owner, name, ...rest] = w.workflow.split("/");
    return sameGitHubName(signer.host, "github.com") && sameGitHubName(signer.owner, owner ?? "") && sameGitHubName(signer.repo, name ?? "") && signer.path === rest.join("/") && (w.refs === void 0 || pathGlobMatch(signer.ref, w.refs));
  });
  const want = allowed.map((w) => `${w.workflow}@${w.refs?.join("|") ?? "<any ref>"}`).join(", ");
  return ok ? pass(id, `signed by ${signer.owner}/${signer.repo}/${signer.path}@${signer.ref}`, [pointer]) : fail2(id, `signed by ${san}, which is not an allowed signer workflow (${want})`, [pointer]);
}
function namedIdRule(id, what, want, uri, actualId) {
  if (!want) return void 0;
  const problems = [];
  if (want.name !== void 0 && !sameText(uri, `${GITHUB}/${want.name}`)) {
    problems.push(`${what} is ${show(uri)}, expected ${GITHUB}/${want.name}`);
  }
  if (want.id !== void 0 && actualId !== want.id)
    problems.push(`${what} id is ${show(actualId)}, expected ${want.id}`);
  const pointers = uri ? [{ kind: "signer", value: uri }] : [];
  return problems.length > 0 ? fail2(id, problems.join("; "), pointers) : pass(id, `${what} ${uri}${actualId ? ` (id ${actualId})` : ""}`, pointers);
}
function repositoryRule({ policy, input }) {
  return namedIdRule(
    "identity.repository",
    "source repository",
    policy.identity.repository,
    input.signer.sourceRepositoryUri,
    input.signer.sourceRepositoryId
  );
}
function ownerRule({ policy, input }) {
  return namedIdRule(
    "identity.owner",
    "repository owner",
    policy.identity.owner,
    input.signer.ownerUri,
    input.signer.ownerId
  );
}
function sourceRefRule({ policy, input }) {
  const refs = policy.identity.sourceRefs;
  if (!refs) return void 0;
  const ref = input.signer.sourceRepositoryRef;
  const id = "identity.source-ref";
  return ref !== void 0 && pathGlobMatch(ref, refs) ? pass(id, `built from ${ref}`) : fail2(id, `built from ${show(ref)}, not one of ${refs.join(", ")}`);
}
function issuerRule({ policy, input }) {
  const want = policy.identity.issuer;
  if (want === void 0) return void 0;
  const got = input.signer.issuer;
  return got === want ? pass("identity.issuer", `issuer ${got}`) : fail2("identity.issuer", `issuer is ${show(got)}, expected ${want}`);
}
function runnerRule({ policy, input }) {
  const want = policy.identity.runnerEnvironment;
  if (want === void 0) return void 0;
  const id = "identity.runner-environment";
  const got = input.signer.runnerEnvironment;
  if (want === "any") return skip(id, `any runner allowed (built on ${show(got)})`);
  return got === want ? pass(id, `built on a ${got} runner`) : fail2(id, `built on a ${show(got)} runner, expected ${want}`);
}
function freshnessRule({ policy, input, now }) {
  const max = policy.freshness.maxAgeSeconds;
  if (max === void 0) return void 0;
  const id = "freshness.max-age";
  if (!input.signedAt)
    return fail2(id, "the bundle has no verified signing time (timestamp or log entry) to measure its age by");
  const age = Math.floor((now.getTime() - input.signedAt.getTime()) / 1e3);
  const when = input.signedAt.toISOString();
  return age <= max ? pass(id, `signed ${duration(age)} ago (${when}), within ${policy.freshness.maxAgeText}`) : fail2(id, `signed ${duration(age)} ago (${when}), older than ${policy.freshness.maxAgeText}`);
}
function duration(seconds) {
  if (seconds < 0) return "0m";
  const d = Math.floor(seconds / 86400);
  const h = Math.floor(seconds % 86400 / 3600);
  const m3 = Math.floor(seconds % 3600 / 60);
  return d > 0 ? `${d}d ${h}h` : h > 0 ? `${h}h ${m3}m` : `${m3}m`;
}
function offendingAgents(ctx, bad, label) {
  const pointers = [];
  const named = [];
  for (const c of ctx.agentCommits) {
    const hits = ctx.agentsOf(c).filter(bad);
    if (hits.length === 0) continue;
    pointers.push(ctx.commitPointer(c.sha));
    named.push(`${[...new Set(hits.map(label))].join(", ")} in ${short(c.sha)}`);
  }
  return { pointers, named };
}
function agentSummary(ctx) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of ctx.agentCommits)
    for (const id of new Set(ctx.agentsOf(c).map((a) => a.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${id} \xD7${n}`).join(", ");
}
function allowedAgentsRule(ctx) {
  const allowed = ctx.policy.agents.allowedAgents;
  if (!allowed) return void 0;
  const id = "agents.allowed";
  const none = ctx.needsExtension(id);
  if (none) return none;
  const { pointers, named } = offendingAgents(
    ctx,
    (a) => !allowed.includes(a.id),
    (a) => a.id
  );
  if (named.length > 0)
    return fail2(
      id,
      `${plural(pointers.length, "commit")} by agents not in allowed-agents: ${list(named)}`,
      pointers
    );
  return ctx.agentCommits.length === 0 ? pass(id, "no agent commits") : pass(
    id,
    `${plural(ctx.agentCommits.length, "agent commit")}, all by allowed agents (${agentSummary(ctx)})`
  );
}
function deniedAgentsRule(ctx) {
  const denied = ctx.policy.agents.deniedAgents;
  if (!denied) return void 0;
  const id = "agents.denied";
  const none = ctx.needsExtension(id);
  if (none) return none;
  const { pointers, named } = offendingAgents(
    ctx,
    (a) => denied.includes(a.id),
    (a) => a.id
  );
  return named.length > 0 ? fail2(id, `${plural(pointers.length, "commit")} by denied agents: ${list(named)}`, pointers) : pass(id, `no commit by a denied agent (${denied.join(", ")})`);
}
function modelOf(a) {
  return a.model ?? a.modelRaw;
}
function allowedModelsRule(ctx) {
  const allowed = ctx.policy.agents.allowedModels;
  if (!allowed) return void 0;
  const id = "models.allowed";
  const none = ctx.needsExtension(id);
  if (none) return none;
  const denyUnknown = ctx.policy.agents.unknownModel === "deny";
  const { pointers, named } = offendingAgents(
    ctx,
    (a) => {
      const model = modelOf(a);
      return model === void 0 ? denyUnknown : !modelGlobMatch(model, allowed);
    },
    (a) => `${a.id} (${modelOf(a) ?? "model not recorded"})`
  );
  return named.length > 0 ? fail2(
    id,
    `${plural(pointers.length, "commit")} by models not in allowed-models: ${list(named)}`,
    pointers
  ) : pass(id, ctx.agentCommits.length === 0 ? "no agent commits" : "every recorded model is allowed");
}
function deniedModelsRule(ctx) {
  const denied = ctx.policy.agents.deniedModels;
  if (!denied) return void 0;
  const id = "models.denied";
  const none = ctx.needsExtension(id);
  if (none) return none;
  const { pointers, named } = offendingAgents(
    ctx,
    (a) => modelOf(a) !== void 0 && modelGlobMatch(modelOf(a), denied),
    (a) => `${a.id} (${modelOf(a)})`
  );
  return named.length > 0 ? fail2(id, `${plural(pointers.length, "commit")} by denied models: ${list(named)}`, pointers) : pass(id, `no commit by a denied model (${denied.join(", ")})`);
}
function agentShareRule(ctx) {
  const max = ctx.policy.agents.maxAgentShare;
  if (max === void 0) return void 0;
  const id = "agents.max-share";
  const none = ctx.needsExtension(id);
  if (none) return none;
  const total = ctx.input.rangeCommits;
  const countUnknown = ctx.policy.agents.unknown === "count-as-agent";
  const agents = ctx.agentCommits.length + (countUnknown ? ctx.unknownCount : 0);
  const share2 = total === 0 ? 0 : agents / total;
  const pct = (n) => `${Math.round(n * 1e3) / 10}%`;
  const counted = countUnknown ? "agent or unknown commits" : "agent commits";
  const reason = `${counted} are ${pct(share2)} of the range (${agents} of ${total}; limit ${pct(max)})`;
  return share2 <= max ? pass(id, reason) : fail2(
    id,
    reason,
    ctx.agentCommits.map((c) => ctx.commitPointer(c.sha))
  );
}
function unknownRule(ctx) {
  const treatment = ctx.policy.agents.unknown;
  const id = "agents.unknown";
  if (treatment !== "deny") return void 0;
  const none = ctx.needsExtension(id);
  if (none) return none;
  const n = ctx.unknownCount;
  if (n === 0) return pass(id, "every commit of the range carries agent evidence that counts");
  const weak = ctx.demoted.length > 0 ? ` (${ctx.demoted.length} only with evidence weaker than ${ctx.policy.agents.minStrength})` : "";
  return fail2(
    id,
    `${plural(n, "commit")} of ${ctx.input.rangeCommits} carry no agent evidence that counts${weak}; unknown is denied`,
    ctx.demoted.map((c) => ctx.commitPointer(c.sha))
  );
}
function commitTagsRule(ctx) {
  if (!ctx.policy.agents.requireCommitTags) return void 0;
  const id = "agents.commit-tags";
  const none = ctx.needsExtension(id);
  if (none) return none;
  const agentCode = ctx.agentCommits.filter((c) => ctx.agentsOf(c).some((a) => a.class === "coding-agent"));
  const untagged = agentCode.filter((c) => !c.tagged);
  if (untagged.length > 0) {
    const named = untagged.map(
      (c) => `${short(c.sha)} (${ctx.agentsOf(c).map((a) => a.id).join(", ")})`
    );
    return {
      ...fail2(
        id,
        `${plural(untagged.length, "agent commit")} of ${agentCode.length} carry no commit-time tag (install the hook where they are made: agent-attest hooks install): ${list(named)}`,
        untagged.map((c) => ctx.commitPointer(c.sha))
      ),
      code: "COMMIT_TAG_MISSING"
    };
  }
  return pass(
    id,
    agentCode.length === 0 ? "no agent commits" : `${plural(agentCode.length, "agent commit")}, each tagged at commit time`
  );
}
function approvalsOf(pr) {
  const latest = /* @__PURE__ */ new Map();
  const ordered = pr.reviews.map((r) => r.record).sort((a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? "") || a.id - b.id);
  for (const r of ordered) {
    if (r.state === "COMMENTED" || r.state === "PENDING") continue;
    latest.set(r.reviewer.id !== null ? `id:${r.reviewer.id}` : `login:${r.reviewer.login.toLowerCase()}`, r);
  }
  const decisive = [...latest.values()];
  const onHead = (r) => r.commitId !== null && r.commitId.toLowerCase() === pr.headSha.toLowerCase();
  const approved = decisive.filter((r) => r.state === "APPROVED");
  const approvers = approved.filter((r) => onHead(r) && isHuman(r.reviewer) && !sameAccount(r.reviewer, pr.author)).map((r) => r.reviewer);
  if (pr.missingReviews.length > 0) {
    return {
      approvers: [],
      why: `${plural(pr.missingReviews.length, "review record")} missing from the statement`
    };
  }
  const reasons = [];
  if (approved.some((r) => onHead(r) && !isHuman(r.reviewer)))
    reasons.push("approved by a bot (bots never count)");
  if (approved.some((r) => onHead(r) && isHuman(r.reviewer) && sameAccount(r.reviewer, pr.author)))
    reasons.push("approved by its own author");
  const stale = approved.find((r) => !onHead(r));
  if (stale)
    reasons.push(`stale approval (of ${short(stale.commitId ?? "no commit")}, head is ${short(pr.headSha)})`);
  if (decisive.some((r) => r.state === "CHANGES_REQUESTED")) reasons.push("changes requested");
  if (decisive.some((r) => r.state === "DISMISSED")) reasons.push("approval dismissed");
  return { approvers, why: reasons.length > 0 ? reasons.join(", ") : "no approval" };
}
function reviewScope(ctx, commits, all) {
  const reviews = ctx.input.reviews;
  if (reviews.status === "unavailable") {
    const detail = reviews.detail ? `: ${reviews.detail}` : "";
    return {
      pullRequests: [],
      orphans: [],
      unavailable: `review evidence is unavailable (${reviews.reason}${detail}), so the rule cannot pass`
    };
  }
  if (all && reviews.scope !== "all-commits") {
    return {
      pullRequests: [],
      orphans: [],
      unavailable: "reviews were collected for agent commits only; attest with `reviews: all-commits` to review every pull request"
    };
  }
  if (all) return { pullRequests: reviews.pullRequests, orphans: reviews.commitsWithoutPullRequest };
  const wanted = new Set(commits.map((c) => c.toLowerCase()));
  const covered = /* @__PURE__ */ new Set();
  const pullRequests = reviews.pullRequests.filter((pr) => {
    const hits = pr.commits.filter((c) => wanted.has(c.toLowerCase()));
    for (const h of hits) covered.add(h.toLowerCase());
    return hits.length > 0;
  });
  return { pullRequests, orphans: commits.filter((c) => !covered.has(c.toLowerCase())) };
}
function reviewedCommits(ctx) {
  const all = ctx.policy.reviews.appliesTo === "all-prs" || ctx.policy.agents.unknown === "count-as-agent";
  return { commits: ctx.agentCommits.map((c) => c.sha), all };
}
function approvalsRule(ctx, id, scope, need, what) {
  if (scope.unavailable) return fail2(id, scope.unavailable);
  const problems = [];
  const pointers = [];
  for (const pr of scope.pullRequests) {
    const a = approvalsOf(pr);
    if (a.approvers.length >= need) continue;
    const have = need > 1 ? ` ${a.approvers.length}/${need} human approvals of head;` : "";
    problems.push(`#${pr.number}${have} ${a.why}`);
    pointers.push({ kind: "pr", value: `#${pr.number}`, ...pr.url ? { url: pr.url } : {} });
  }
  for (const sha of scope.orphans) {
    problems.push(`${short(sha)} came through no pull request`);
    pointers.push(ctx.commitPointer(sha));
  }
  if (problems.length > 0) return fail2(id, `${what}: ${list(problems)}`, pointers);
  const n = scope.pullRequests.length;
  const approvals = need > 1 ? `${need} human approvals` : "a human approval";
  return pass(
    id,
    n === 0 ? "no pull requests to review" : `${plural(n, "pull request")}, each with ${approvals} of the final head`,
    scope.pullRequests.map((pr) => ({
      kind: "pr",
      value: `#${pr.number}`,
      ...pr.url ? { url: pr.url } : {}
    }))
  );
}
function humanReviewRule(ctx) {
  if (!ctx.policy.reviews.requireHumanReview) return void 0;
  return reviewRule(
    ctx,
    "reviews.human-approval",
    1,
    (all) => all ? "pull requests without a human approval of their head" : "agent code without a human approval of its pull request head"
  );
}
function minApprovalsRule(ctx) {
  const need = ctx.policy.reviews.minApprovals;
  if (need === void 0) return void 0;
  return reviewRule(
    ctx,
    "reviews.min-approvals",
    need,
    () => `pull requests with fewer than ${need} human approvals of their head`
  );
}
function declaredReviewRule(ctx) {
  if (ctx.policy.reviews.declaredReviews === "ignore") return void 0;
  const declaring = ctx.input.commits.filter((c) => c.reviewRequired.length > 0);
  if (declaring.length === 0) return void 0;
  const id = "reviews.declared";
  const none = ctx.needsExtension(id);
  if (none?.code === "PREDICATE_INVALID") return none;
  const named = list(declaring.map((c) => `${short(c.sha)} (${c.reviewRequired.join(", ")})`));
  const scope = reviewScope(
    ctx,
    declaring.map((c) => c.sha),
    false
  );
  const result = scope.unavailable ? fail2(id, `the declared review requirement of ${named} cannot be checked: ${scope.unavailable}`) : approvalsRule(ctx, id, scope, 1, `the declared review requirement of ${named} is not met`);
  if (result.status !== "fail") return result;
  const pointers = [...declaring.map((c) => ctx.commitPointer(c.sha)), ...result.pointers];
  return { ...result, pointers, code: "DECLARED_REVIEW_MISSING" };
}
function reviewRule(ctx, id, need, failure) {
  const none = ctx.needsExtension(id);
  if (none) return none;
  const { commits, all } = reviewedCommits(ctx);
  if (!all && commits.length === 0) return pass(id, "no agent commits; nothing needs review");
  return approvalsRule(ctx, id, reviewScope(ctx, commits, all), need, failure(all));
}
function protectedHits(ctx, globs) {
  const commits = ctx.policy.agents.unknown === "count-as-agent" ? [...ctx.agentCommits, ...ctx.demoted] : ctx.agentCommits;
  const hits = [];
  for (const c of commits) {
    const surfacePaths = ctx.input.surfaces.filter((s) => s.commits.includes(c.sha)).map((s) => s.path);
    const touched = [.../* @__PURE__ */ new Set([...c.paths ?? [], ...c.riskPaths, ...surfacePaths])];
    const paths = touched.filter((p) => pathGlobMatch(p, globs));
    if (paths.length > 0) hits.push({ commit: c, paths });
  }
  return hits;
}
function unprovable(ctx, id) {
  const unknown = ctx.agentCommits.filter((c) => c.paths === void 0);
  if (unknown.length === 0) return void 0;
  return fail2(
    id,
    `the attestation does not record every path of ${unknown.length} agent commit(s), so protected paths cannot be checked: ${list(unknown.map((c) => short(c.sha)))}`,
    unknown.map((c) => ctx.commitPointer(c.sha))
  );
}
function protectedAgentCodeRule(ctx) {
  const entries = ctx.policy.reviews.protectedPaths.filter((p) => p.agentCode === "deny");
  if (entries.length === 0) return void 0;
  const id = "protected-paths.agent-code";
  const none = ctx.needsExtension(id);
  if (none) return none;
  const hits = protectedHits(
    ctx,
    entries.flatMap((e) => e.paths)
  );
  const pointers = hits.flatMap(({ commit, paths }) => [
    ctx.commitPointer(commit.sha),
    ...paths.map((p) => ({ kind: "path", value: p }))
  ]);
  if (hits.length > 0)
    return fail2(
      id,
      `agent code in paths where it is not allowed: ${list(hits.map((h) => `${short(h.commit.sha)} touches ${h.paths.join(", ")}`))}`,
      pointers
    );
  return unprovable(ctx, id) ?? pass(id, `no agent commit touches ${entries.flatMap((e) => e.paths).join(", ")}`);
}
function protectedApprovalsRule(ctx) {
  const entries = ctx.policy.reviews.protectedPaths.filter((p) => p.minApprovals !== void 0);
  if (entries.length === 0) return void 0;
  const id = "protected-paths.approvals";
  const none = ctx.needsExtension(id);
  if (none) return none;
  const results = [];
  for (const e of entries) {
    const hits = protectedHits(ctx, e.paths);
    if (hits.length === 0) continue;
    const scope = reviewScope(
      ctx,
      hits.map((h) => h.commit.sha),
      false
    );
    const r = approvalsRule(
      ctx,
      id,
      scope,
      e.minApprovals,
      `agent code in ${e.paths.join(", ")} needs ${e.minApprovals} human approvals`
    );
    results.push({
      ...r,
      pointers: [
        ...hits.flatMap((h) => h.paths.map((p) => ({ kind: "path", value: p }))),
        ...r.pointers
      ]
    });
  }
  const failed = results.filter((r) => r.status === "fail");
  if (failed.length > 0)
    return fail2(
      id,
      failed.map((r) => r.reason).join("; "),
      failed.flatMap((r) => r.pointers)
    );
  const missing = unprovable(ctx, id);
  if (missing) return missing;
  return results.length === 0 ? pass(id, `no agent commit touches a protected path`) : pass(
    id,
    `agent code in protected paths has the approvals it needs`,
    results.flatMap((r) => r.pointers)
  );
}
function surfaceRule(key, action, selects, label) {
  return (ctx) => {
    if (action === "allow") return void 0;
    const id = `surfaces.${key}`;
    const none = ctx.needsExtension(id, "surfaces");
    if (none) return none;
    const found = ctx.input.surfaces.filter((s) => s.change !== "deleted" && selects(s));
    if (found.length === 0) return pass(id, `no ${label} AI config changes`);
    const pathPointers = found.map((s) => ({ kind: "path", value: s.path }));
    const names = found.map((s) => `${s.path} (${s.tool || "unknown tool"}: ${s.capabilities.join("+")})`);
    if (action === "deny") {
      const commits = [...new Set(found.flatMap((s) => s.commits))];
      return fail2(id, `${plural(found.length, `${label} AI config change`)} denied: ${list(names)}`, [
        ...pathPointers,
        ...commits.map((c) => ctx.commitPointer(c))
      ]);
    }
    const noCommit = found.filter((s) => s.commits.length === 0 || s.commitsOmitted > 0);
    if (noCommit.length > 0) {
      return fail2(
        id,
        `${label} AI config changes with no (or not every) recorded commit cannot be shown reviewed: ${list(noCommit.map((s) => s.path))}`,
        pathPointers
      );
    }
    const scope = reviewScope(ctx, [...new Set(found.flatMap((s) => s.commits))], false);
    const r = approvalsRule(
      ctx,
      id,
      scope,
      ctx.policy.reviews.minApprovals ?? 1,
      `${label} AI config changes need a human-approved pull request`
    );
    return r.status === "pass" ? pass(
      id,
      `${plural(found.length, `${label} AI config change`)}, each through a human-approved pull request`,
      [...pathPointers, ...r.pointers]
    ) : { ...r, pointers: [...pathPointers, ...r.pointers] };
  };
}
export {
  MAX_POLICY_BYTES,
  POLICY_RESULT_SCHEMA,
  PolicyValidationError,
  evaluatePolicy,
  loadPolicyFile,
  normalizePolicy,
  parsePolicy,
  policyFromInputs,
  policyInput,
  policyInputFromVerified,
  policyResult,
  renderDecisionMarkdown,
  renderDecisionText,
  signerFacts
};
