import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  gitArgs,
  gitEnv,
  gitText,
  runGit,
  spawnGit
} from "./chunk-VH57ZJDG.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  gitArgs,
  gitEnv,
  gitText,
  runGit,
  spawnGit
};
