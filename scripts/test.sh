#!/usr/bin/env bash
# Installs the locked dependencies (when missing) and runs the whole test suite on Node 24.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node=$("$root/scripts/node24.sh")
export PATH="$(dirname "$node"):$PATH"
cd "$root"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec npx vitest run "$@"
