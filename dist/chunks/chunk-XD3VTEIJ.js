import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// src/core/report/sbom/hook.ts
function lazySbomHook(facts, opts = {}) {
  let hook;
  return async (ctx) => {
    hook ??= import("./sbom-V3HT27YO.js").then((m) => m.sbomHook(facts, opts));
    return (await hook)(ctx);
  };
}

export {
  lazySbomHook
};
