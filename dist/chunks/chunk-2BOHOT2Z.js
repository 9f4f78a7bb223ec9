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

export {
  processIO,
  stderrLogger
};
