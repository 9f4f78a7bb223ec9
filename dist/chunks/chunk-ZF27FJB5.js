import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// src/cli/io.ts
function processIO() {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd()
  };
}
function stderrLogger(io, verbose = false) {
  return {
    debug: (m) => {
      if (verbose) io.stderr(`debug: ${m}
`);
    },
    info: (m) => io.stderr(`${m}
`),
    warn: (m) => io.stderr(`warning: ${m}
`)
  };
}
function printable(text) {
  return text.replace(new RegExp("\\p{Cc}", "gu"), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  processIO,
  stderrLogger,
  printable
};
