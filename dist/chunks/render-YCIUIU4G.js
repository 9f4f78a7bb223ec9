import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  POLICY_RESULT_SCHEMA,
  policyResult,
  renderDecisionMarkdown,
  renderDecisionText
} from "./chunk-54WNJAEO.js";
import "./chunk-NKESJEOG.js";
import "./chunk-66GH2WVD.js";
export {
  POLICY_RESULT_SCHEMA,
  policyResult,
  renderDecisionMarkdown,
  renderDecisionText
};
