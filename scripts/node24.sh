#!/usr/bin/env bash
# Prints the path of a Node.js >= 24.15 binary. Uses the machine's node when it is new enough;
# otherwise installs Node 24 from the npm registry (the `node` package) into .cache/node24 once.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ok() { "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>24||(a===24&&b>=15)?0:1)' 2>/dev/null; }
if command -v node >/dev/null 2>&1 && ok node; then command -v node; exit 0; fi
bin="$root/.cache/node24/node_modules/.bin/node"
if [ -x "$bin" ] && ok "$bin"; then echo "$bin"; exit 0; fi
echo "agent-attest: this machine's node is older than 24.15; installing Node 24 from the npm registry into .cache/node24" >&2
npm install --silent --no-audit --no-fund --prefix "$root/.cache/node24" node@24 >&2
ok "$bin" || { echo "agent-attest: could not install Node 24 (see the npm output above)" >&2; exit 2; }
echo "$bin"
