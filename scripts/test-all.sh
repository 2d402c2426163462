#!/usr/bin/env bash
# `npm test`: every check, cheapest failures first. Needs ../shared beside the project (seed
# article and the saved-page corpus). Each step prints its own summary; the first failure stops.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }
step "browsers"; bash scripts/ensure-browsers.sh
step "typecheck"; npm run -s typecheck
step "lint (biome)"; npx biome check .
step "knowledge pack"; npm run -s pack:check -- public/knowledge.json
step "build (production + test hooks)"; npm run -s build && npm run -s build -- --test-hooks
step "lint (web-ext, Firefox build)"; npm run -s lint:firefox
step "unit, property and security tests (node)"; npx vitest run --project unit
step "browser tests (Chromium + Firefox ESR)"; npx vitest run --project browser
step "corpus sweep (Chromium)"; npm run -s sweep -- ../shared/corpus/readability-pages
step "corpus sweep (Firefox ESR)"; npm run -s sweep -- ../shared/corpus/readability-pages --firefox
step "done"
