import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  REVIEW_SCOPES,
  gatherReleaseFacts,
  isGitRepository,
  releaseFactsCollector,
  reviewsSkipped,
  riskPathConfig
} from "./chunk-R5NXVMMF.js";
import "./chunk-BXHBWPXY.js";
import "./chunk-BUK3XVXA.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-RIHDQ7KJ.js";
import "./chunk-VQLV25O2.js";
import "./chunk-MFYMZVCZ.js";
import "./chunk-O4IIZ6W7.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-AIPGSCCH.js";
import "./chunk-TR7EY247.js";
import "./chunk-6XR4UJHP.js";
import "./chunk-XXXKT4SX.js";
import "./chunk-OQIOIGRM.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  REVIEW_SCOPES,
  gatherReleaseFacts,
  isGitRepository,
  releaseFactsCollector,
  reviewsSkipped,
  riskPathConfig
};
