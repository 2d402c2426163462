#!/usr/bin/env bash
# CPU of single browser test files and corpus sweeps, for dealing them to the lanes of `npm test`
# (scripts/test-all.sh) and finding what to cut. Needs both builds first:
#   npm run -s build && npm run -s build -- --test-hooks
# Usage:
#   bash scripts/test-cpu.sh [tests/browser/X.test.ts ... | A.test.ts,B.test.ts | sweep | sweep-firefox]
# With no argument it measures every browser file and both sweeps, one at a time, nice'd. A
# comma-separated list of files runs in one Vitest run, as a lane of `npm test` runs them: they
# share the run's browsers (tests/browser/shared-browsers.ts), so their CPU is less than the sum
# of the files measured alone.
#
# The figure to compare is "tree": the CPU of every process the run started, browser helpers
# included. `time` misses the helpers their parents never reap, and the whole machine's busy time
# (/proc/stat, also printed) includes every other process on a shared box, so under load it says
# little more than "2 cores × the wall time". The tree figure comes from a cgroup (v1 cpuacct, which
# a process cannot leave by being re-parented); without a writable one it is left out.
set -uo pipefail
cd "$(dirname "$0")/.."
ticks=$(getconf CLK_TCK)
CGROUP_ROOT=/sys/fs/cgroup/cpuacct
machine_busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9; exit}' /proc/stat; }
# Runs "$@" in a new cpuacct cgroup when one can be made; prints the cgroup's CPU ns on fd 3.
run_in_group() {
  local group="$CGROUP_ROOT/backstory-test-cpu-$$-$RANDOM"
  if mkdir "$group" 2>/dev/null; then
    (echo "$BASHPID" >"$group/cgroup.procs" && exec nice -n 10 "$@")
    local status=$?
    # Browser helpers can outlive the command by a moment; wait for the group to empty.
    for _ in $(seq 50); do [ -s "$group/cgroup.procs" ] || break; sleep 0.2; done
    cat "$group/cpuacct.usage" >&3
    rmdir "$group" 2>/dev/null || true
    return "$status"
  fi
  echo -1 >&3
  nice -n 10 "$@"
}
measure() {
  local label=$1
  shift
  local log busy_before busy_after start end status tree
  log=$(mktemp)
  busy_before=$(machine_busy)
  start=$(date +%s.%N)
  tree=$(run_in_group "$@" 3>&1 >"$log" 2>&1)
  status=$?
  end=$(date +%s.%N)
  busy_after=$(machine_busy)
  awk -v l="$label" -v s="$start" -v e="$end" -v b="$((busy_after - busy_before))" -v t="$ticks" \
    -v tree="$tree" -v st="$status" -v ld="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
      printf "%-36s %5.0f s wall %7.1f CPU-s tree %7.1f CPU-s machine  load %5s  exit %s\n",
        l, e - s, tree < 0 ? -1 : tree / 1e9, b / t, ld, st }'
  [ "$status" -eq 0 ] || tail -n 30 "$log"
  # TEST_CPU_LOGS=dir keeps each run's output there.
  if [ -n "${TEST_CPU_LOGS:-}" ]; then
    mkdir -p "$TEST_CPU_LOGS"
    mv "$log" "$TEST_CPU_LOGS/$(echo "$label" | tr -c 'A-Za-z0-9.\n-' _).log"
  else
    rm -f "$log"
  fi
}
items=("$@")
[ "${#items[@]}" -gt 0 ] || items=(tests/browser/*.test.ts sweep sweep-firefox)
for item in "${items[@]}"; do
  case "$item" in
    sweep) measure "sweep (Chromium)" npm run -s sweep -- ../shared/corpus/readability-pages ;;
    sweep-firefox) measure "sweep (Firefox ESR)" npm run -s sweep -- ../shared/corpus/readability-pages --firefox ;;
    *,*) measure "$(echo "$item" | tr ',' '\n' | xargs -n1 basename | sed 's/.test.ts//' | paste -sd+)" \
      npx vitest run --project browser $(echo "$item" | tr ',' ' ') ;;
    *) measure "$(basename "$item")" npx vitest run --project browser "$item" ;;
  esac
done
