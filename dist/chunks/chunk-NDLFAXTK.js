import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// src/core/surfaces/parse/kind.ts
function effectiveKind(kind, path, content) {
  if (kind !== "by-extension") return kind;
  if (content?.subarray(0, 2).toString() === "#!") return "plain-exec";
  if (/\.(md|mdc|markdown|txt)$/i.test(path) || !/\.[^/]+$/.test(path.split("/").pop() ?? "")) {
    return "markdown-instructions";
  }
  if (/\.(json|jsonc)$/i.test(path)) return "generic-json";
  if (/\.(ya?ml)$/i.test(path)) return "generic-yaml";
  if (/\.toml$/i.test(path)) return "gemini-command";
  return "plain-exec";
}

// src/core/surfaces/parse/types.ts
var SurfaceParseError = class extends Error {
};

export {
  effectiveKind,
  SurfaceParseError
};
