import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  MAX_DATA_COMMITS,
  MAX_EVIDENCE_PER_KEY,
  MAX_TABLE_COMMITS,
  renderHtmlReport
} from "./chunk-D4EO4LM6.js";
import "./chunk-54ILVISF.js";
import "./chunk-5UIZNC2A.js";
import "./chunk-4TZDNRUI.js";
import "./chunk-Q5MK4UZH.js";
import "./chunk-KSOK6IYT.js";
import "./chunk-TPB4EHMR.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-5ZPRKU2Z.js";
import "./chunk-AIPGSCCH.js";
import "./chunk-66GH2WVD.js";
export {
  MAX_DATA_COMMITS,
  MAX_EVIDENCE_PER_KEY,
  MAX_TABLE_COMMITS,
  renderHtmlReport
};
