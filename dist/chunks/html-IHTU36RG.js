import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  MAX_DATA_COMMITS,
  MAX_EVIDENCE_PER_KEY,
  MAX_TABLE_COMMITS,
  renderHtmlReport
} from "./chunk-EIXOZ4NL.js";
import "./chunk-RJ4CT563.js";
import "./chunk-WQYGZFXF.js";
import "./chunk-4TZDNRUI.js";
import "./chunk-Q5MK4UZH.js";
import "./chunk-GRKIW7EF.js";
import "./chunk-C7LBO2J6.js";
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
