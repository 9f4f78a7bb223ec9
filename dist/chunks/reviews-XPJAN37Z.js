import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  REVIEWS_PERMISSION,
  collectReviewEvidence,
  isReviewDependency,
  reviewFromDependency,
  reviewUri,
  toProvenance
} from "./chunk-77AAPUCS.js";
import "./chunk-6XR4UJHP.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  REVIEWS_PERMISSION,
  collectReviewEvidence,
  isReviewDependency,
  reviewFromDependency,
  reviewUri,
  toProvenance
};
