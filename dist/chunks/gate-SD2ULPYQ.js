import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  REPORT_VERSION,
  errorDocument,
  gateDocument,
  gateError,
  runGate
} from "./chunk-ZTUIYI7L.js";
import "./chunk-2IIGIJZ7.js";
import {
  ACTION_NAMES,
  CLI_NAMES
} from "./chunk-7BB63ELM.js";
import "./chunk-KLRXLQC3.js";
import "./chunk-QHXSZ2A4.js";
import "./chunk-MC3Q3AIY.js";
import "./chunk-V5Q6FRCK.js";
import "./chunk-EAMJVSOM.js";
import "./chunk-AR6X34HB.js";
import "./chunk-JXWOESOK.js";
import "./chunk-XXXKT4SX.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  ACTION_NAMES,
  CLI_NAMES,
  REPORT_VERSION,
  errorDocument,
  gateDocument,
  gateError,
  runGate
};
