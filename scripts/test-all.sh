#!/usr/bin/env bash
# `npm test`: every check. Needs ../shared beside the project (seed article and saved-page corpus).
#
# Cheap checks first, one after another (the first failure stops). Then the long suites run side
# by side in four lanes, so that one lane's waits (dwell delays, polling, page loads) leave the
# cores to the others; together they keep both cores busy:
#   lane 1: web-ext lint, then the unit project in a far-east time zone, and the files of it that
#           used local time again in a far-west one, then a list of browser files
#   lanes 2 and 3: the browser project (Chromium and Firefox ESR): two lists of its files
#   lane 4: the corpus sweep in Chromium, then in Firefox ESR, then two browser files
# The browser files are dealt to the lanes by hand, by their measured CPU (the lanes keep both
# cores busy, so a lane's share of the wall time is its share of the CPU), so that the lanes end
# together; lane 3 takes every browser file no other lane names, so a new file always runs.
# Each lane's output is printed whole when the lane ends; a failing lane stops the others.
# docs/testing.md has the figures (`bash scripts/test-cpu.sh FILE` measures one file).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }

# Time zones for the unit project: UTC+14 and UTC-11, so a test that assumes the machine runs in
# UTC fails in one of them.
EAST_TZ=Pacific/Kiritimati
WEST_TZ=Pacific/Pago_Pago

step "browsers"; bash scripts/ensure-browsers.sh
# The typecheck waits on one core for most of its wall time, so it runs beside Biome, the pack
# check and the builds; its output is printed when it ends, and its failure stops the run.
step "typecheck (beside Biome, the pack check and the builds)"
typecheck_log=$(mktemp)
npm run -s typecheck >"$typecheck_log" 2>&1 &
typecheck_pid=$!
# A failure below stops the run; the typecheck must not outlive it.
trap 'kill "$typecheck_pid" 2>/dev/null || true' EXIT
step "lint (biome)"; npx biome check .
step "knowledge pack"; npm run -s pack:check -- public/knowledge.json
step "build (production + test hooks)"; npm run -s build && npm run -s build -- --test-hooks
typecheck_status=0
wait "$typecheck_pid" || typecheck_status=$?
step "typecheck: $([ "$typecheck_status" -eq 0 ] && echo passed || echo "FAILED (exit $typecheck_status)")"
cat "$typecheck_log"
rm -f "$typecheck_log"
trap - EXIT
[ "$typecheck_status" -eq 0 ] || exit "$typecheck_status"
# The unit project's build checks read these bundles instead of building them again.
export BACKSTORY_FRESH_BUILD=1

logs=$(mktemp -d)
# The whole machine's busy and idle CPU time over the lanes (Linux /proc/stat, in clock ticks):
# the lanes' own counts miss browser helper processes their parents never reap, and they do not
# say whether the two cores were saturated or waiting.
machine_cpu() {
  [ -r /proc/stat ] || { echo "0 0"; return; }
  awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $5+$6; exit}' /proc/stat
}
read -r busy_before idle_before < <(machine_cpu)
# Job control: each lane gets its own process group, so stopping a lane stops its browsers too.
set -m
pids=()
names=()
# Each lane writes its exit status to $logs/N.status when it ends; the loop below polls for those
# files, so it does not depend on which child `wait` reports first.
# Each lane's tree CPU: every process it started, browser helpers included, which `time` misses
# when their parents never reap them (a cgroup v1 cpuacct group per lane, as scripts/test-cpu.sh
# measures one file; left out where no group can be made).
LANE_GROUPS=/sys/fs/cgroup/cpuacct/backstory-test-all-$$
mkdir "$LANE_GROUPS" 2>/dev/null || LANE_GROUPS=""
lane() {
  local name=$1
  shift
  names+=("$name")
  local n=${#names[@]}
  # Bash's `time` keyword adds the lane's wall and CPU seconds (its processes and the browsers
  # they started) to the end of its log: what a lane costs on a shared machine is its CPU time.
  (
    set +e
    local group="${LANE_GROUPS:+$LANE_GROUPS/$n}"
    if [ -n "$group" ]; then
      { mkdir "$group" && echo "$BASHPID" >"$group/cgroup.procs"; } 2>/dev/null || group=""
    fi
    TIMEFORMAT="lane '$name': %0R s wall, %0U s user + %0S s system CPU"
    { time ( set -e; "$@" ) >"$logs/$n.log" 2>&1; } 2>"$logs/$n.time"
    status=$?
    cat "$logs/$n.time" >>"$logs/$n.log"
    if [ -n "$group" ]; then
      # Browser helpers can outlive their parents by a moment; wait (builtins only, so that no
      # new process joins the group) until this shell is the group's last process.
      local procs=() usage
      for _ in {1..50}; do
        mapfile -t procs <"$group/cgroup.procs"
        [ "${#procs[@]}" -gt 1 ] || break
        sleep 0.2
      done
      read -r usage <"$group/cpuacct.usage"
      echo "$((usage / 1000000000))" >"$logs/$n.tree"
      echo "lane '$name': $((usage / 1000000000)) CPU-s tree (every process, browser helpers included)" \
        >>"$logs/$n.log"
    fi
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
# Browser files by lane. Each lane runs its files in one Vitest run, and the files of a run share
# one Chromium and one Firefox (tests/browser/shared-browsers.ts; files that reload the extension,
# need their own profile, build or UI language launch their own), so the files that use the shared
# browsers are spread so that each lane has some. The lanes are dealt by the CPU of each lane's
# files run together (scripts/test-cpu.sh A.test.ts,B.test.ts, every process, browsers included;
# load 15-22, docs/testing.md): lane 1 also runs the unit project and web-ext lint (about
# 120-150), lane 4 the two corpus sweeps (139 + 133). Lane 3 runs every browser file not named here.
# card-appearance (about 15) moved to lane 3: lane 1 ended last in both runs at 901a0df (586 and
# 644 s), lane 3 first (485 and 501 s).
# content-messages (22 CPU-s alone, its own launches) moved to lane 4: lane 1 ended last, 50-80 s
# after lane 4, in the three runs at 98bf1e0-1802834 (docs/testing.md, suite11f).
BROWSER_AFTER_UNIT=(  # with the unit project: 166 with card-appearance and content-messages
  tests/browser/reader-pages.test.ts
  tests/browser/build.test.ts
)
# Lane 2: 306, and reader-screenshots (about 20), moved from lane 1, which ended last (654 s
# against 522-585 s for the others in a run at 48000f2).
BROWSER_LANE_2=(
  tests/browser/reader-screenshots.test.ts
  tests/browser/zh-ui.test.ts
  tests/browser/card-hover.test.ts
  tests/browser/popup-refresh.test.ts
  tests/browser/popup-chromium.test.ts
  tests/browser/stress-pages.test.ts
  tests/browser/reader-words.test.ts
)
BROWSER_AFTER_SWEEPS=(  # with stress-firefox 76; alone about 35; content-messages from lane 1
  tests/browser/also-mentioned.test.ts
  tests/browser/content-messages.test.ts
)
# Lane 3 (328 with reader-screenshots, which moved to lane 1; stress-firefox, about 30, moved here
# from lane 4 to share this lane's Firefox): reader-card, content-highlights, popup-firefox,
# settings-storage, packs-firefox, packs-chromium, packs-scale, stress-firefox, card-appearance
# (moved from lane 1, sharing this lane's Chromium), and any file added since.
browser_rest() {
  local file named
  for file in tests/browser/*.test.ts; do
    for named in "${BROWSER_AFTER_UNIT[@]}" "${BROWSER_LANE_2[@]}" "${BROWSER_AFTER_SWEEPS[@]}"; do
      [ "$file" != "$named" ] || continue 2
    done
    echo "$file"
  done
}
# Every named file must exist: a renamed file would otherwise silently stop running.
for file in "${BROWSER_AFTER_UNIT[@]}" "${BROWSER_LANE_2[@]}" "${BROWSER_AFTER_SWEEPS[@]}"; do
  [ -f "$file" ] || { echo "test-all: $file is named in a lane but does not exist" >&2; exit 1; }
done
browser_files() { npx vitest run --project browser "$@"; }
lane_unit_then_browser() {
  lane_unit_and_lint
  echo "-- browser tests: ${BROWSER_AFTER_UNIT[*]}"
  browser_files "${BROWSER_AFTER_UNIT[@]}"
}
lane_browser_rest() {
  local files
  mapfile -t files < <(browser_rest)
  browser_files "${files[@]}"
}
lane_sweeps() {
  # The Firefox sweep reads the pages the Chromium sweep sanitized (scripts/sweep/run.ts).
  export BACKSTORY_SWEEP_CACHE="$logs/sweep-cache"
  echo "-- corpus sweep (Chromium)"; npm run -s sweep -- ../shared/corpus/readability-pages
  echo "-- corpus sweep (Firefox ESR)"; npm run -s sweep -- ../shared/corpus/readability-pages --firefox
  echo "-- browser tests: ${BROWSER_AFTER_SWEEPS[*]}"
  browser_files "${BROWSER_AFTER_SWEEPS[@]}"
}

step "in parallel: web-ext lint + unit tests (two time zones) | browser tests | corpus sweeps"
lane "web-ext lint, unit tests in $EAST_TZ and $WEST_TZ, short browser files" lane_unit_then_browser
lane "browser tests (Chromium + Firefox ESR), lane 2" browser_files "${BROWSER_LANE_2[@]}"
lane "browser tests (Chromium + Firefox ESR), the other files" lane_browser_rest
lane "corpus sweeps (Chromium, Firefox ESR), then browser files" lane_sweeps

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
read -r busy_after idle_after < <(machine_cpu)
ticks=$(getconf CLK_TCK 2>/dev/null || echo 100)
printf '[test-all] the machine during the lanes: %s s busy, %s s idle CPU (all processes, %s cores)\n' \
  "$(((busy_after - busy_before) / ticks))" "$(((idle_after - idle_before) / ticks))" "$(nproc)"
if [ -n "$LANE_GROUPS" ]; then
  lanes_tree=$(cat "$logs"/*.tree 2>/dev/null | awk '{ s += $1 } END { print s + 0 }')
  printf '[test-all] the lanes themselves: %s CPU-s tree (every process they started)\n' "$lanes_tree"
  rmdir "$LANE_GROUPS"/*/ "$LANE_GROUPS" 2>/dev/null || true
fi
rm -rf "$logs"
[ "$failed" -eq 0 ] || exit "$failed"
step "done"
