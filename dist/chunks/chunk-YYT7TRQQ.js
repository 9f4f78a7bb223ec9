import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:os?src/core/config.ts
var m = __require("node:os");
var homedir = m.homedir;

// builtin:node:path?src/core/config.ts
var m2 = __require("node:path");
var config_default = m2;

// src/core/config.ts
function readEnvironment(env = process.env) {
  const value = (name) => {
    const v = env[name];
    return v === void 0 || v === "" ? void 0 : v;
  };
  return {
    githubActions: value("GITHUB_ACTIONS") === "true",
    idTokenRequestUrl: value("ACTIONS_ID_TOKEN_REQUEST_URL"),
    idTokenRequestToken: value("ACTIONS_ID_TOKEN_REQUEST_TOKEN"),
    runnerTemp: value("RUNNER_TEMP"),
    workspace: value("GITHUB_WORKSPACE"),
    serverUrl: value("GITHUB_SERVER_URL") ?? "https://github.com",
    apiUrl: value("GITHUB_API_URL") ?? "https://api.github.com",
    repository: value("GITHUB_REPOSITORY"),
    eventName: value("GITHUB_EVENT_NAME"),
    eventPath: value("GITHUB_EVENT_PATH"),
    ref: value("GITHUB_REF"),
    sha: value("GITHUB_SHA"),
    runnerToolCache: value("RUNNER_TOOL_CACHE"),
    xdgCacheHome: value("XDG_CACHE_HOME"),
    offline: ["1", "true"].includes(value("AGENT_ATTEST_OFFLINE")?.toLowerCase() ?? ""),
    githubToken: value("GITHUB_TOKEN") ?? value("GH_TOKEN"),
    dockerConfigDir: value("DOCKER_CONFIG") ?? config_default.join(value("HOME") ?? homedir(), ".docker")
  };
}

export {
  readEnvironment
};
