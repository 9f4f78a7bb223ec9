import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// src/core/log.ts
var silentLogger = {
  debug() {
  },
  info() {
  },
  warn() {
  }
};

export {
  silentLogger
};
