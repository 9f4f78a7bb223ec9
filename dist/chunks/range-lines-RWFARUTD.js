import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  rangeLines
} from "./chunk-SRMAP4H3.js";
import "./chunk-VH57ZJDG.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  rangeLines
};
