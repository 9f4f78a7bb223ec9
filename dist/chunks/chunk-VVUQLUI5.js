import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// src/core/errors.ts
var FAILURE_CODES = /* @__PURE__ */ new Set(["VERIFICATION_FAILED", "POLICY_FAILED"]);
var AgentAttestError = class extends Error {
  code;
  cause;
  constructor(code, message, options) {
    super(message);
    this.name = "AgentAttestError";
    this.code = code;
    this.cause = options?.cause;
  }
  /** 1 for a verification/policy failure, 2 for everything the caller must fix. */
  get exitCode() {
    return FAILURE_CODES.has(this.code) ? 1 : 2;
  }
};
function inputError(message, cause) {
  return new AgentAttestError("INPUT_INVALID", message, { cause });
}
function messageOf(e) {
  if (e instanceof Error) return e.message;
  return String(e);
}

export {
  AgentAttestError,
  inputError,
  messageOf
};
