// A parameter sweep on one and on two worker threads (issue 6): 100 points of a lighter
// race-counter (four threads, 5,000 increments each, a 0.5 ms quantum so the timer still falls
// inside the increments), one point a seed. The wall time of each is what to compare: with two
// free cores the two-job sweep should take little more than half as long. Nothing here
// asserts on time; the sweep's results are the same for any number of jobs (tests/classroom).
#include <benchmark/benchmark.h>

#include <set>

#include "classroom/Sweep.h"
#include "scenario/ProgramLoader.h"

namespace {

using namespace ts;

const char* const kLighterRace = R"("""timeslice
title: race-counter, lighter: four threads, 5000 increments each
policy: rr
quantum: 0.5ms
"""
import threading
counter = 0
def add(times):
    global counter
    for _ in range(times):
        counter += 1
threads = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
)";

void BM_SweepRaceCounter100Seeds(benchmark::State& state) {
    SweepScenario scenario;
    scenario.program = loadProgramText(kLighterRace, "race-lighter.py");
    std::vector<std::int64_t> seeds;
    for (std::int64_t s = 1; s <= 100; ++s) seeds.push_back(s);
    const int jobs = static_cast<int>(state.range(0));
    std::size_t distinct = 0;
    for (auto _ : state) {
        const std::vector<SweepPoint> points = Sweep::run(scenario, SweepParameter::Seed, seeds, jobs);
        std::set<std::int64_t> counters;
        for (const SweepPoint& p : points) counters.insert(p.lastNumberAfter("counter:").value_or(-1));
        distinct = counters.size();
    }
    state.counters["points"] = static_cast<double>(seeds.size());
    state.counters["distinct counters"] = static_cast<double>(distinct);
}
BENCHMARK(BM_SweepRaceCounter100Seeds)
    ->ArgName("jobs")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

}  // namespace

BENCHMARK_MAIN();
