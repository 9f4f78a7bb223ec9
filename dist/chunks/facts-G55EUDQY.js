import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  REVIEW_SCOPES,
  gatherReleaseFacts,
  isGitRepository,
  releaseFactsCollector,
  reviewsSkipped,
  riskPathConfig
} from "./chunk-NTSRGTH3.js";
import "./chunk-P6DXWJ7F.js";
import "./chunk-Q5MK4UZH.js";
import "./chunk-BUK3XVXA.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-HLX2OBVI.js";
import "./chunk-6XR4UJHP.js";
import "./chunk-S3KICK5N.js";
import "./chunk-TPB4EHMR.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-OQIOIGRM.js";
import "./chunk-AIPGSCCH.js";
import "./chunk-XXXKT4SX.js";
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
