import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  dockerConfigCredentials,
  runCredentialHelper
} from "./chunk-GXBKVFIJ.js";
import "./chunk-2NHCTGW6.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  dockerConfigCredentials,
  runCredentialHelper
};
