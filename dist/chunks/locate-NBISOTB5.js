import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  MAX_LOCATE_BYTES,
  itemLine,
  lineAt,
  readHeadFiles
} from "./chunk-TAQCXF45.js";
import "./chunk-P6DXWJ7F.js";
import "./chunk-OQIOIGRM.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  MAX_LOCATE_BYTES,
  itemLine,
  lineAt,
  readHeadFiles
};
