#!/usr/bin/env bash
# `npm run test:mutation [-- module...] [-- stryker options]`: Stryker over the core modules, one
# module at a time with only that module's tests (scripts/mutation/modules.ts), at low priority.
# Incremental: results are merged into reports/mutation/stryker-incremental.json, so a later run
# re-tests only mutants whose code or covering tests changed (`--force` re-tests everything).
set -euo pipefail
cd "$(dirname "$0")/.."
# Tests read ../shared beside the project; Stryker runs them in .stryker-tmp/sandbox-*/.
mkdir -p .stryker-tmp
ln -sfn ../../shared .stryker-tmp/shared
exec nice -n 15 npx tsx scripts/mutation/run.ts "$@"
