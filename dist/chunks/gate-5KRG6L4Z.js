import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  REPORT_VERSION,
  errorDocument,
  gateDocument,
  gateError,
  runGate
} from "./chunk-IJI3427P.js";
import "./chunk-XVT2YXZW.js";
import {
  ACTION_NAMES,
  CLI_NAMES
} from "./chunk-TZZ6ERPF.js";
import "./chunk-PYGXLWLT.js";
import "./chunk-3DE6EV6Y.js";
import "./chunk-ZG67SIKX.js";
import "./chunk-V5Q6FRCK.js";
import "./chunk-JXWOESOK.js";
import "./chunk-2NHCTGW6.js";
import "./chunk-EAMJVSOM.js";
import "./chunk-AR6X34HB.js";
import "./chunk-WGKBKPSM.js";
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
