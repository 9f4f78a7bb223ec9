import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  tagCommitMessage,
  tagTrailers
} from "./chunk-VNB2XTDB.js";
import "./chunk-5VMFNR4J.js";
import "./chunk-C7LBO2J6.js";
import "./chunk-VH57ZJDG.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  tagCommitMessage,
  tagTrailers
};
