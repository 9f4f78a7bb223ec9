import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  POLICY_RESULT_SCHEMA,
  policyResult,
  renderDecisionMarkdown,
  renderDecisionText
} from "./chunk-GSQW5EF2.js";
import "./chunk-AIPGSCCH.js";
import "./chunk-66GH2WVD.js";
export {
  POLICY_RESULT_SCHEMA,
  policyResult,
  renderDecisionMarkdown,
  renderDecisionText
};
