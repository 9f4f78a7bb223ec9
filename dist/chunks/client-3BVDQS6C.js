import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  apiUrlForServer,
  createGitHubClient,
  serverUrlForApi
} from "./chunk-SSTW24TV.js";
import "./chunk-XXXKT4SX.js";
import "./chunk-66GH2WVD.js";
export {
  apiUrlForServer,
  createGitHubClient,
  serverUrlForApi
};
