#!/usr/bin/env bash
# Installs the locked dependencies (when missing) and runs the whole test suite on Node 24.
# Ends with one plain `N passed, N failed, N skipped` line.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node=$("$root/scripts/node24.sh")
export PATH="$(dirname "$node"):$PATH"
cd "$root"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
mkdir -p .cache
report=.cache/vitest-report.json
rm -f "$report"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
if [ -f "$report" ]; then
  node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));' "$report"
fi
exit "$status"
