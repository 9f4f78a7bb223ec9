#!/usr/bin/env bash
# The whole attest -> verify flow on a local Sigstore stack, with no network. dist/ is self-contained.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node=$("$root/scripts/node24.sh")
exec "$node" "$root/dist/cli.js" demo "$@"
