import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  apiUrlForServer,
  createGitHubClient,
  serverUrlForApi
} from "./chunk-TR7EY247.js";
import "./chunk-6XR4UJHP.js";
import "./chunk-XXXKT4SX.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  apiUrlForServer,
  createGitHubClient,
  serverUrlForApi
};
