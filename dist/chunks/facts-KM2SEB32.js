import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  REVIEW_SCOPES,
  gatherReleaseFacts,
  isGitRepository,
  releaseFactsCollector,
  reviewsSkipped,
  riskPathConfig
} from "./chunk-ML5ISKQ3.js";
import "./chunk-Q5MK4UZH.js";
import "./chunk-3F5LQTXG.js";
import "./chunk-RUDQGR2Z.js";
import "./chunk-GRKIW7EF.js";
import "./chunk-C7LBO2J6.js";
import "./chunk-NDLFAXTK.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-VH57ZJDG.js";
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
