import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  package_default
} from "./chunk-5ZPRKU2Z.js";

// src/core/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
