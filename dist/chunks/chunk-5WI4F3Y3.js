import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "agent-attest",
  version: "0.1.0",
  description: "Signed proof of what AI coding agents put into shipped software: SLSA provenance with agent attribution, review evidence and AI config surface changes, signed keylessly with Sigstore.",
  license: "Apache-2.0",
  type: "module",
  engines: {
    node: ">=24.15.0"
  },
  bin: {
    "agent-attest": "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "verify/action.yml"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    "check-dist": "node scripts/build.mjs --check",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "vitest run",
    bench: "node bench/run.mjs"
  },
  dependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@actions/glob": "0.7.0",
    "@noble/curves": "2.4.0",
    "@octokit/core": "7.0.8",
    "@octokit/plugin-paginate-rest": "16.0.0",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@sigstore/bundle": "5.0.1",
    "@sigstore/core": "4.0.1",
    "@sigstore/mock": "0.13.0",
    "@sigstore/protobuf-specs": "0.5.2",
    "@sigstore/sign": "5.1.0",
    "@sigstore/tuf": "5.0.1",
    "@sigstore/verify": "4.1.3",
    ajv: "8.20.0",
    canonicalize: "5.1.0",
    jose: "6.2.17",
    "jsonc-parser": "3.3.1",
    picomatch: "4.0.7",
    sigstore: "5.0.1",
    "smol-toml": "1.9.1",
    snappyjs: "0.7.0",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@eslint/js": "10.0.1",
    "@types/node": "24.19.2",
    "@types/picomatch": "4.0.3",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "eslint-config-prettier": "10.1.8",
    globals: "17.14.0",
    prettier: "3.10.1",
    typescript: "6.0.3",
    "typescript-eslint": "8.73.0",
    vitest: "5.1.1"
  }
};

// src/core/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
