#!/usr/bin/env bash
# `npm test`: every check. Needs ../shared beside the project (seed article and saved-page corpus).
#
# Cheap checks first, one after another (the first failure stops). Then the long suites run side
# by side in four lanes, because most of their wall time is browsers waiting (dwell delays,
# polling, page loads), not CPU:
#   lane 1: web-ext lint, then the unit project in a far-east time zone, and the files of it that
#           used local time again in a far-west one
#   lanes 2 and 3: the browser project (Chromium and Firefox ESR), in two shards of its files
#   lane 4: the corpus sweep in Chromium, then in Firefox ESR
# Each lane's output is printed whole when the lane ends; a failing lane stops the others.
# docs/testing.md has the wall times.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }

# Time zones for the unit project: UTC+14 and UTC-11, so a test that assumes the machine runs in
# UTC fails in one of them.
EAST_TZ=Pacific/Kiritimati
WEST_TZ=Pacific/Pago_Pago

step "browsers"; bash scripts/ensure-browsers.sh
step "typecheck"; npm run -s typecheck
step "lint (biome)"; npx biome check .
step "knowledge pack"; npm run -s pack:check -- public/knowledge.json
step "build (production + test hooks)"; npm run -s build && npm run -s build -- --test-hooks
# The unit project's build checks read these bundles instead of building them again.
export BACKSTORY_FRESH_BUILD=1

logs=$(mktemp -d)
# Job control: each lane gets its own process group, so stopping a lane stops its browsers too.
set -m
pids=()
names=()
# Each lane writes its exit status to $logs/N.status when it ends; the loop below polls for those
# files, so it does not depend on which child `wait` reports first.
lane() {
  local name=$1
  shift
  names+=("$name")
  local n=${#names[@]}
  # Bash's `time` keyword adds the lane's wall and CPU seconds (its processes and the browsers
  # they started) to the end of its log: what a lane costs on a shared machine is its CPU time.
  (
    set +e
    TIMEFORMAT="lane '$name': %0R s wall, %0U s user + %0S s system CPU"
    { time ( set -e; "$@" ) >"$logs/$n.log" 2>&1; } 2>"$logs/$n.time"
    status=$?
    cat "$logs/$n.time" >>"$logs/$n.log"
    echo "$status" >"$logs/$n.status"
  ) &
  pids+=($!)
}
# The second time zone reruns only the files that used local time in the first run (the unit
# projects' setup file records them, tests/support/local-time-probe.ts): no other file can give a
# different result in another zone. A `*` in that record (local time read while a project module
# was imported, see tests/support/local-time-setup.ts) reruns both projects whole.
lane_unit_and_lint() {
  echo "-- lint (web-ext, Firefox build)"; npm run -s lint:firefox
  local local_time="$logs/local-time-files"
  : >"$local_time"
  echo "-- unit, property and security tests, TZ=$EAST_TZ"
  BACKSTORY_LOCAL_TIME_LOG="$local_time" TZ=$EAST_TZ npx vitest run --project unit --project unit-isolated
  local files
  if grep -qx '[*]' "$local_time"; then
    echo "-- all unit tests again (local time was read while a module was imported), TZ=$WEST_TZ"
    TZ=$WEST_TZ npx vitest run --project unit --project unit-isolated
    return
  fi
  mapfile -t files < <(sort -u "$local_time" | sed "s#^$PWD/##")
  echo "-- unit tests that used local time (${#files[@]} files), TZ=$WEST_TZ"
  [ "${#files[@]}" -eq 0 ] || TZ=$WEST_TZ npx vitest run --project unit --project unit-isolated "${files[@]}"
}
# The browser files are split in two shards run side by side: their wall time is mostly waiting.
lane_browser() { npx vitest run --project browser --shard="$1/2"; }
lane_sweeps() {
  echo "-- corpus sweep (Chromium)"; npm run -s sweep -- ../shared/corpus/readability-pages
  echo "-- corpus sweep (Firefox ESR)"; npm run -s sweep -- ../shared/corpus/readability-pages --firefox
}

step "in parallel: web-ext lint + unit tests (two time zones) | browser tests | corpus sweeps"
lane "web-ext lint, unit tests in $EAST_TZ and $WEST_TZ" lane_unit_and_lint
lane "browser tests (Chromium + Firefox ESR), shard 1 of 2" lane_browser 1
lane "browser tests (Chromium + Firefox ESR), shard 2 of 2" lane_browser 2
lane "corpus sweeps (Chromium, Firefox ESR)" lane_sweeps

# A lane that hangs must not hold CI until its own limit: past LANE_LIMIT seconds it is stopped and
# reported as failed, with the end of its log. Every HEARTBEAT seconds the loop prints which lanes
# still run and the last line each printed, so a stall shows where it happened.
LANE_LIMIT=${BACKSTORY_LANE_LIMIT:-2400}
# Stops lane j (index into names/pids) and its browsers; a stopped lane never writes its own
# status, so $2 is written for it unless it finished meanwhile.
stop_lane() {
  local j=$1 status=$2
  kill -- "-${pids[$j]}" 2>/dev/null || true
  sleep 2
  kill -KILL -- "-${pids[$j]}" 2>/dev/null || true
  wait "${pids[$j]}" 2>/dev/null || true
  [ -s "$logs/$((j + 1)).status" ] || echo "$status" >"$logs/$((j + 1)).status"
}
HEARTBEAT=300
lanes_start=$SECONDS
next_beat=$((SECONDS + HEARTBEAT))
failed=0
declare -A reported=()
while [ "${#reported[@]}" -lt "${#names[@]}" ]; do
  if [ $((SECONDS - lanes_start)) -ge "$LANE_LIMIT" ]; then
    for j in "${!pids[@]}"; do
      n=$((j + 1))
      [ -z "${reported[$j]:-}" ] && [ ! -s "$logs/$n.status" ] || continue
      echo "[test-all] '${names[$j]}' still running after ${LANE_LIMIT} s: stopped" >>"$logs/$n.log"
      stop_lane "$j" 124
    done
  fi
  if [ "$SECONDS" -ge "$next_beat" ]; then
    next_beat=$((SECONDS + HEARTBEAT))
    for j in "${!names[@]}"; do
      [ -z "${reported[$j]:-}" ] && [ ! -s "$logs/$((j + 1)).status" ] || continue
      last=$(sed 's/\x1b\[[0-9;]*m//g' "$logs/$((j + 1)).log" | grep -v '^[[:space:]]*$' | tail -n 1 | cut -c1-160)
      printf '[test-all %ss] still running: %s; last line: %s\n' "$SECONDS" "${names[$j]}" "$last"
    done
  fi
  for i in "${!names[@]}"; do
    n=$((i + 1))
    [ -z "${reported[$i]:-}" ] && [ -s "$logs/$n.status" ] || continue
    reported[$i]=1
    status=$(cat "$logs/$n.status")
    if [ "$status" -eq 0 ]; then verdict=passed
    elif [ "$failed" -ne 0 ]; then verdict="stopped (another lane failed)"
    else verdict="FAILED (exit $status)"; fi
    step "${names[$i]}: $verdict"
    cat "$logs/$n.log"
    if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
      failed=$status
      for j in "${!pids[@]}"; do
        [ -z "${reported[$j]:-}" ] || continue
        stop_lane "$j" 143
      done
    fi
  done
  sleep 1
done
wait 2>/dev/null || true
rm -rf "$logs"
[ "$failed" -eq 0 ] || exit "$failed"
step "done"
