import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  MAX_DATA_COMMITS,
  MAX_EVIDENCE_PER_KEY,
  MAX_TABLE_COMMITS,
  renderHtmlReport
} from "./chunk-IACJGHPB.js";
import "./chunk-RKETL5KI.js";
import "./chunk-ZYX2A6OP.js";
import "./chunk-Q5MK4UZH.js";
import "./chunk-V3XW5DMO.js";
import "./chunk-S3KICK5N.js";
import "./chunk-TPB4EHMR.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-5XZ7GXNV.js";
import "./chunk-AIPGSCCH.js";
import "./chunk-66GH2WVD.js";
export {
  MAX_DATA_COMMITS,
  MAX_EVIDENCE_PER_KEY,
  MAX_TABLE_COMMITS,
  renderHtmlReport
};
