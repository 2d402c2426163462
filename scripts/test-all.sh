#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }
step "browsers"; bash scripts/ensure-browsers.sh
step "typecheck"; npm run -s typecheck
step "lint (biome)"; npx biome check .
step "unit tests (node)"; npx vitest run --project unit
