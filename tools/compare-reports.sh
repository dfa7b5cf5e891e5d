#!/usr/bin/env bash
# Compares the JSON reports of two timeslice builds over many runs: every shipped scenario,
# each workload under every policy on 1, 2 and 4 CPUs with and without switch costs, and
# random workloads and task sets. An optimisation of the kernel must leave every byte as it was.
#   tools/compare-reports.sh OLD_TIMESLICE NEW_TIMESLICE
# Prints the runs whose reports differ (or whose exit status differs) and a count; exit status 1
# when any differs.
set -uo pipefail
old="$1"
new="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

runs=0
differ=0
compare() {  # compare FILE ARGS...
    local file="$1"
    shift
    runs=$((runs + 1))
    "$old" run "$file" --json - "$@" >"$tmp/old.json" 2>"$tmp/old.err"
    local oldStatus=$?
    "$new" run "$file" --json - "$@" >"$tmp/new.json" 2>"$tmp/new.err"
    local newStatus=$?
    if [ "$oldStatus" != "$newStatus" ] || ! cmp -s "$tmp/old.json" "$tmp/new.json" ||
        ! cmp -s "$tmp/old.err" "$tmp/new.err"; then
        differ=$((differ + 1))
        echo "DIFFERS: run $file $* (exit $oldStatus -> $newStatus)"
    fi
}

policies="fcfs sjf srtf hrrn priority priority-preemptive rr:3ms mlfq:2ms lottery:4ms cfs rm edf"
for file in "$here"/scenarios/*.json "$here"/scenarios/*.py; do
    compare "$file"
done
for file in "$here"/scenarios/*.json; do
    for policy in $policies; do
        quantum=()
        name="${policy%%:*}"
        [ "$name" != "$policy" ] && quantum=(--quantum "${policy#*:}")
        for cpus in 1 2 4; do
            compare "$file" --policy "$name" "${quantum[@]}" --cpus "$cpus"
        done
        compare "$file" --policy "$name" "${quantum[@]}" --switch-cost 1ms --cpus 2
    done
done
for seed in $(seq 1 40); do
    "$old" generate --processes $((seed * 7 % 60 + 2)) --seed "$seed" --arrival poisson:5ms \
        --cpu-burst exp:8ms --io-burst exp:20ms --bursts $((seed % 5 + 1)) --priorities 0:5 \
        --policy rr --quantum 3ms --cpus $((seed % 3 + 1)) -o "$tmp/gen$seed.json" 2>/dev/null
    for policy in fcfs srtf rr:2ms mlfq:1ms cfs lottery:2ms priority-preemptive; do
        quantum=()
        name="${policy%%:*}"
        [ "$name" != "$policy" ] && quantum=(--quantum "${policy#*:}")
        compare "$tmp/gen$seed.json" --policy "$name" "${quantum[@]}" --switch-cost 100us
    done
done
for file in "$here"/scenarios/*.py; do
    for cpus in 1 2; do
        compare "$file" --cpus "$cpus" --policy rr --quantum 50us
        compare "$file" --cpus "$cpus" --policy cfs --python 2
    done
done
echo "$runs runs compared, $differ differ"
[ "$differ" -eq 0 ]
