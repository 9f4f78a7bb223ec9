import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  rangeLines
} from "./chunk-NH4RYIDU.js";
import "./chunk-OQIOIGRM.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  rangeLines
};
