#!/usr/bin/env bash
# Runs every performance comparison of docs/performance.md in one go and prints a table of
# figures and ratios. Release build; the peers run in the same script, on the same machine.
#   tools/run-benchmarks.sh            (builds build/release first)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
shared="$here/../shared"

if ! /usr/bin/python3 -c 'import SimPy' 2>/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get install -y -qq python3-simpy >/dev/null
fi
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" >/dev/null
bench=build/release/bench

json() {  # json FILE BENCH_NAME COUNTER
    /usr/bin/python3 - "$@" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
for b in data["benchmarks"]:
    if b["name"].startswith(sys.argv[2]):
        print(b[sys.argv[3]]); break
PY
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== Kernel against SimPy (100 processes, Exp(50) bursts, Exp(5000) sleeps, quantum 10, 2,000,000 dispatches)"
/usr/bin/python3 "$shared/peers/simpy_rr.py" -n 100 --model dispatcher --dispatches 2000000 --no-count-steps > "$tmp/simpy.txt"
simpy=$(awk '/^ctx_switches_per_s/ {print $2}' "$tmp/simpy.txt")
"$bench/bench_kernel" --benchmark_filter='SimpyShape|RoundRobin|Cfs|Srtf' --benchmark_format=json > "$tmp/kernel.json" 2>/dev/null
ours=$(json "$tmp/kernel.json" BM_KernelSimpyShape "switches/s")

echo "== Kernel against SimSo (rate monotonic on the peers' task sets)"
"$bench/bench_simso_tasksets" --benchmark_format=json > "$tmp/simso.json" 2>/dev/null
n100=$(json "$tmp/simso.json" BM_SimsoN100 "jobs/s"); n100jobs=$(json "$tmp/simso.json" BM_SimsoN100 jobs)
n1000=$(json "$tmp/simso.json" BM_SimsoN1000 "jobs/s"); n1000jobs=$(json "$tmp/simso.json" BM_SimsoN1000 jobs)
n100pre=$(json "$tmp/simso.json" BM_SimsoN100 preemptions); n1000pre=$(json "$tmp/simso.json" BM_SimsoN1000 preemptions)

/usr/bin/python3 - "$simpy" "$ours" "$n100" "$n100jobs" "$n100pre" "$n1000" "$n1000jobs" "$n1000pre" "$tmp/kernel.json" <<'PY'
import json, sys
simpy, ours, n100, n100jobs, n100pre, n1000, n1000jobs, n1000pre = map(float, sys.argv[1:9])
print()
print("| comparison | timeslice | peer | ratio |")
print("|---|---|---|---|")
print(f"| context switches / s, SimPy dispatcher shape | {ours:,.0f} | {simpy:,.0f} | {ours/simpy:,.0f}x |")
print(f"| jobs / s, SimSo n100 (rm, {n100jobs:,.0f} jobs; SimSo 30,062) | {n100:,.0f} | 7,613 | {n100/7613:,.0f}x |")
print(f"| jobs / s, SimSo n1000 (rm, {n1000jobs:,.0f} jobs; SimSo 30,472) | {n1000:,.0f} | 5,195 | {n1000/5195:,.0f}x |")
print(f"| pre-emptions n100 / n1000 (SimSo 1,442 / 154) | {n100pre:,.0f} / {n1000pre:,.0f} | | |")
print()
print("| kernel, rr | processes | ns / event | events / s |")
print("|---|---|---|---|")
for b in json.load(open(sys.argv[9]))["benchmarks"]:
    if b["name"].startswith("BM_KernelRoundRobin/"):
        n = b["name"].split("/")[1]
        print(f"| rr | {n} | {b['ns/event']:.1f} | {b['events/s']:,.0f} |")
PY
