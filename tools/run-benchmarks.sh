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

echo
echo "== Interpreter against CPython (python3): a single-thread loop and the four-thread counter race"
# The same two programs as tests/bench/bench_interpreter.cpp. Whole commands are timed best of
# 5 (both include their start-up: CPython's is about 20 ms); the in-process figures leave it out
# (bench_interpreter's for timeslice, a perf_counter wrapper around exec() for python3).
cat > "$tmp/loop.py" <<'PY'
def f(n):
    x = 0
    for i in range(n):
        x += 1
    return x
f(10000000)
PY
cat > "$tmp/race.py" <<'PY'
import threading
counter = 0
def work():
    global counter
    for i in range(50000):
        counter += 1
threads = [threading.Thread(target=work) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
PY
"$bench/bench_interpreter" --benchmark_format=json > "$tmp/interp.json" 2>/dev/null
python3 - "$here/build/release/bin/timeslice" "$tmp" <<'PY'
import contextlib, io, json, subprocess, sys, time
timeslice, tmp = sys.argv[1], sys.argv[2]
# The interpreter `python3` names, not a version manager's shim in front of it (pyenv's adds
# a few hundred ms of shell start-up that is not CPython's).
python3 = subprocess.check_output(["python3", "-c", "import sys; print(sys.executable)"], text=True).strip()

def best_of(command, runs=5):
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best

def in_process(path, runs=5):
    code = compile(open(path).read(), path, "exec")
    best = float("inf")
    for _ in range(runs):
        with contextlib.redirect_stdout(io.StringIO()):
            start = time.perf_counter()
            exec(code, {"__name__": "__main__"})
            best = min(best, time.perf_counter() - start)
    return best

def bench(prefix):
    return next(b for b in json.load(open(f"{tmp}/interp.json"))["benchmarks"] if b["name"].startswith(prefix))
loop = bench("BM_InterpreterTightLoop/")
race = bench("BM_InterpreterCounterRace/")
ours_loop_s = loop["real_time"] / 1e3
ours_race_s = race["real_time"] / 1e3
py_loop_s = in_process(f"{tmp}/loop.py")
py_race_s = in_process(f"{tmp}/race.py")
cmd_ours_loop = best_of([timeslice, "run", "--quiet", f"{tmp}/loop.py"])
cmd_py_loop = best_of([python3, f"{tmp}/loop.py"])
cmd_ours_race = best_of([timeslice, "run", "--quiet", f"{tmp}/race.py"])
cmd_py_race = best_of([python3, f"{tmp}/race.py"])
print()
print(f"python3: {python3} {sys.version.split()[0]}")
print(f"tight loop: {loop['instr/s'] / 1e6:,.1f} M bytecode instructions / s ({loop['instructions']:,.0f} instructions; target 50 M/s)")
print()
print("| program | measure | timeslice | python3 | timeslice / python3 |")
print("|---|---|---|---|---|")
for name, kind, ours, theirs in [
        ("loop, 10 M iterations", "in-process", ours_loop_s, py_loop_s),
        ("loop, 10 M iterations", "whole command, best of 5", cmd_ours_loop, cmd_py_loop),
        ("4 threads x 50,000 counter += 1", "in-process", ours_race_s, py_race_s),
        ("4 threads x 50,000 counter += 1", "whole command, best of 5", cmd_ours_race, cmd_py_race)]:
    print(f"| {name} | {kind} | {ours * 1e3:,.1f} ms | {theirs * 1e3:,.1f} ms | {ours / theirs:.2f} |")
print()
print("acceptance: the counter race within 2x of python3 (whole command):",
      "yes" if cmd_ours_race <= 2 * cmd_py_race else "NO")
PY
