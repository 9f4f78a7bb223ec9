/** The deploy-gate policy: load (file or plain inputs) → read the attestation → evaluate → render. */
export {
  loadPolicyFile,
  parsePolicy,
  normalizePolicy,
  PolicyValidationError,
  MAX_POLICY_BYTES,
  type PolicyIssue,
} from './load.js';
export { policyFromInputs, type PolicyInputs } from './inputs.js';
export { policyInput, policyInputFromVerified, signerFacts } from './input.js';
export { evaluatePolicy, type EvaluateOptions } from './evaluate.js';
export {
  policyResult,
  renderDecisionMarkdown,
  renderDecisionText,
  POLICY_RESULT_SCHEMA,
  type PolicyResult,
} from './render.js';
export type * from './types.js';
