#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) in build/fuzz, seeds
# each from the scenario library and the test inputs, runs each for SECONDS (one after the
# other: they are CPU-bound) and prints a table of runs, executions per second, coverage and
# findings. Crashing inputs are left in build/fuzz/artifacts/<target>/; once fixed, copy each
# into tests/fuzz/regressions/<target>/ so that ctest fuzz.<target> keeps it fixed.
#   tools/run-fuzzers.sh [SECONDS] [TARGET...]     (default: 60 seconds, all four targets)
# Environment: FUZZ_JOBS (build jobs, default: the number of CPUs), FUZZ_NICE (default 10).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

seconds="${1:-60}"
[ $# -gt 0 ] && shift
all_targets=(workload_loader program_compiler front_matter run)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    case " ${all_targets[*]} " in
        *" $t "*) ;;
        *) echo "run-fuzzers.sh: unknown target '$t' (one of: ${all_targets[*]})" >&2; exit 2 ;;
    esac
done

build=build/fuzz
nice_level="${FUZZ_NICE:-10}"
sanitizers="-O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DTIMESLICE_BUILD_FUZZERS=ON -DTIMESLICE_BUILD_TESTS=OFF -DTIMESLICE_BUILD_GUI=OFF \
        -DTIMESLICE_BUILD_BENCH=OFF "-DCMAKE_CXX_FLAGS=$sanitizers" >/dev/null
fi
nice -n "$nice_level" cmake --build "$build" -j "${FUZZ_JOBS:-$(nproc)}" \
    --target $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null

# Seeds: a scratch copy each time, since libFuzzer adds what it finds to its first corpus dir.
seed_files() {  # seed_files TARGET: the files that seed it
    case "$1" in
        workload_loader) ls scenarios/*.json tests/fixtures/*.json tests/malformed/*.json ;;
        program_compiler) ls scenarios/*.py tests/script/programs/*.py tests/fixtures/*.py tests/malformed/py_*.py ;;
        front_matter) ls scenarios/*.py tests/malformed/fm_*.py ;;
        run) ls scenarios/*.json scenarios/*.py tests/script/programs/*.py tests/malformed/wl_*.json ;;
    esac
}
# Every target checks for leaks: a program's objects, cycles included, are freed when its run
# is over (Heap::reclaimAll in sim/script/runtime/Heap.h).
max_len() {
    case "$1" in
        front_matter) echo 1024 ;;
        run) echo 4096 ;;
        *) echo 8192 ;;
    esac
}

results=$(mktemp)
trap 'rm -f "$results"' EXIT
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    artifacts="$build/artifacts/$t"
    log="$build/logs/$t.log"
    stamp="$build/logs/$t.started"
    rm -rf "$corpus"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    touch "$stamp"
    seed_files "$t" | while read -r f; do cp "$f" "$corpus/"; done
    while read -r f; do cp "$f" "$corpus/"; done < tests/fuzz/corpus/"$t".list
    cp tests/fuzz/regressions/"$t"/* "$corpus/" 2>/dev/null || true
    dict=()
    [ -f "tests/fuzz/$t.dict" ] && dict=("-dict=tests/fuzz/$t.dict")
    echo "== fuzz_$t for ${seconds}s ($(ls "$corpus" | wc -l) seeds; log $log)"
    set +e
    ASAN_OPTIONS="detect_leaks=1" nice -n "$nice_level" "$build/bin/fuzz_$t" "$corpus" "${dict[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
        -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1
    status=$?
    set -e
    # The last status line ("#N DONE cov: C ft: F corp: ...") and the final stats.
    line=$({ grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" || true; } | tail -1)
    runs=$(awk '/^stat::number_of_executed_units:/ {print $2; exit}' "$log")
    rate=$(awk '/^stat::average_exec_per_sec:/ {print $2; exit}' "$log")
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$line")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$line")
    findings=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) -newer "$stamp" | wc -l)
    [ "$status" -ne 0 ] && [ "$findings" -eq 0 ] && findings="exit $status"
    echo "$t ${runs:-?} ${rate:-?} ${cov:-?} ${ft:-?} $findings" >>"$results"
done

echo
echo "| target | runs | exec/s | cov | ft | findings |"
echo "|---|---|---|---|---|---|"
while read -r t runs rate cov ft findings; do
    echo "| fuzz_$t | $runs | $rate | $cov | $ft | $findings |"
done <"$results"
