import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import "./chunk-66GH2WVD.js";

// node_modules/@sigstore/tuf/package.json
var package_default = {
  name: "@sigstore/tuf",
  version: "5.0.1",
  description: "Client for the Sigstore TUF repository",
  main: "dist/index.js",
  types: "dist/index.d.ts",
  scripts: {
    clean: "shx rm -rf dist *.tsbuildinfo",
    build: "tsc --build",
    test: "jest"
  },
  files: [
    "dist",
    "seeds.json"
  ],
  author: "bdehamer@github.com",
  license: "Apache-2.0",
  repository: {
    type: "git",
    url: "git+https://github.com/sigstore/sigstore-js.git"
  },
  bugs: {
    url: "https://github.com/sigstore/sigstore-js/issues"
  },
  homepage: "https://github.com/sigstore/sigstore-js/tree/main/packages/tuf#readme",
  publishConfig: {
    provenance: true
  },
  devDependencies: {
    "@sigstore/jest": "^0.0.0",
    "@tufjs/repo-mock": "^5.0.2",
    "@types/make-fetch-happen": "^10.0.4"
  },
  dependencies: {
    "@sigstore/protobuf-specs": "^0.5.2",
    "tuf-js": "^6.0.2"
  },
  engines: {
    node: "^22.22.2 || ^24.15.0 || >=26.0.0"
  }
};
export {
  package_default as default
};
