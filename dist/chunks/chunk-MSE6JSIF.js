import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// src/core/policy/input-names.ts
var INPUT_NAMES = {
  requireHumanReview: "require-human-review",
  minApprovals: "min-approvals",
  allowedAgents: "allowed-agents",
  deniedAgents: "denied-agents",
  allowedModels: "allowed-models",
  deniedModels: "denied-models",
  minEvidenceStrength: "min-evidence-strength",
  maxAgentShare: "max-agent-share",
  unknown: "unknown",
  denyExecutableSurfaces: "deny-executable-surfaces",
  executableSurfaces: "executable-surfaces",
  maxAge: "max-age"
};

export {
  INPUT_NAMES
};
