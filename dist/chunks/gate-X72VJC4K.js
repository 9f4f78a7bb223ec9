import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  REPORT_VERSION,
  errorDocument,
  gateDocument,
  gateError,
  runGate
} from "./chunk-XW2PHMWZ.js";
import "./chunk-QJY3UCDP.js";
import "./chunk-K7PGQLV4.js";
import "./chunk-B7H3523U.js";
import {
  ACTION_NAMES,
  CLI_NAMES
} from "./chunk-7BB63ELM.js";
import "./chunk-WGKBKPSM.js";
import "./chunk-V5Q6FRCK.js";
import "./chunk-EAMJVSOM.js";
import "./chunk-AR6X34HB.js";
import "./chunk-JXWOESOK.js";
import "./chunk-XXXKT4SX.js";
import "./chunk-GXBKVFIJ.js";
import "./chunk-2NHCTGW6.js";
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
