import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// src/core/statement/types.ts
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var INTOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
var GITHUB_BUILD_TYPE = "https://actions.github.io/buildtypes/workflow/v1";
var LOCAL_BUILD_TYPE = "https://agent-attest.dev/buildtypes/local/v1";
var EXTENSION_KEY = "https://agent-attest.dev/ext/v1";

export {
  STATEMENT_TYPE,
  SLSA_PROVENANCE_V1,
  INTOTO_PAYLOAD_TYPE,
  GITHUB_BUILD_TYPE,
  LOCAL_BUILD_TYPE,
  EXTENSION_KEY
};
