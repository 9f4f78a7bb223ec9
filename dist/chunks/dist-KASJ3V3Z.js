import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-L56XQTBE.js";
import "./chunk-66GH2WVD.js";
export default require_dist();
