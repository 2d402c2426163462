#!/usr/bin/env bash
# `npm run test:mutation`: Stryker over the core modules listed in stryker.config.json, with the
# unit project (vitest.mutation.config.ts). Incremental: results are kept in
# reports/mutation/stryker-incremental.json, so a later run re-tests only mutants whose code or
# covering tests changed (`-- --force` re-tests everything). Extra arguments go to `stryker run`.
set -euo pipefail
cd "$(dirname "$0")/.."
# Tests read ../shared beside the project; Stryker runs them in .stryker-tmp/sandbox-*/.
mkdir -p .stryker-tmp
ln -sfn ../../shared .stryker-tmp/shared
exec npx stryker run "$@"
