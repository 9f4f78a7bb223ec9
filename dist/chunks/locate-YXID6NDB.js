import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  MAX_LOCATE_BYTES,
  itemLine,
  lineAt,
  readHeadFiles
} from "./chunk-F6AVACUY.js";
import "./chunk-RUDQGR2Z.js";
import "./chunk-VH57ZJDG.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  MAX_LOCATE_BYTES,
  itemLine,
  lineAt,
  readHeadFiles
};
