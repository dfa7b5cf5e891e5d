// Kernel against SimSo: the periodic task sets in ../shared/peers under rate-monotonic
// scheduling (1 CPU, no overheads, job length = wcet rounded up to a whole nanosecond), to the
// same horizon SimSo simulated. Prints jobs released (a correctness check against SimSo's
// count), pre-emptions, context switches and jobs per wall second.
#include <benchmark/benchmark.h>

#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "kernel/Kernel.h"
#include "policies/PolicyFactory.h"
#include "workload/BurstBody.h"

namespace {

using namespace ts;

struct Task {
    Time period, wcet, deadline, activation;
};

// Milliseconds as written (a decimal), to nanoseconds rounded up.
Time msToNsCeil(const std::string& text) {
    return static_cast<Time>(std::ceil(std::stod(text) * 1e6 - 1e-6));
}

std::vector<Task> readTaskSet(const std::string& name) {
    std::ifstream in(std::string(TIMESLICE_SOURCE_DIR) + "/../shared/peers/" + name);
    std::vector<Task> tasks;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::stringstream row(line);
        std::string id, period, wcet, deadline, activation;
        std::getline(row, id, ',');
        std::getline(row, period, ',');
        std::getline(row, wcet, ',');
        std::getline(row, deadline, ',');
        std::getline(row, activation, ',');
        tasks.push_back({msToNsCeil(period), msToNsCeil(wcet), msToNsCeil(deadline), msToNsCeil(activation)});
    }
    return tasks;
}

void runTaskSet(benchmark::State& state, const char* file, Time horizon) {
    const std::vector<Task> tasks = readTaskSet(file);
    if (tasks.empty()) {
        state.SkipWithError("task set not found (../shared/peers beside the source tree)");
        return;
    }
    MachineConfig m;
    m.policy = "rm";
    std::int64_t jobs = 0, preemptions = 0, switches = 0, misses = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Kernel k(m, PolicyFactory::create(m));
        std::vector<std::unique_ptr<PeriodicJobBody>> bodies;
        for (std::size_t i = 0; i < tasks.size(); ++i) {
            const Task& t = tasks[i];
            const int pid = k.addProcess(ProcessInfo{"T" + std::to_string(i + 1), t.activation, 0, 100,
                                                     0, t.period, t.deadline});
            bodies.push_back(std::make_unique<PeriodicJobBody>(DurationDistribution::fixed(t.wcet), Random(1)));
            k.addThread(pid, "T", bodies.back().get());
        }
        state.ResumeTiming();
        k.run(horizon);
        state.PauseTiming();
        jobs += k.counters().jobsReleased;
        preemptions += k.counters().preemptions;
        switches += k.counters().contextSwitches;
        misses += k.counters().deadlineMisses;
        state.ResumeTiming();
    }
    const double runs = static_cast<double>(state.iterations());
    state.counters["jobs"] = static_cast<double>(jobs) / runs;
    state.counters["preemptions"] = static_cast<double>(preemptions) / runs;
    state.counters["switches"] = static_cast<double>(switches) / runs;
    state.counters["misses"] = static_cast<double>(misses) / runs;
    state.counters["jobs/s"] = benchmark::Counter(static_cast<double>(jobs), benchmark::Counter::kIsRate);
}

void BM_SimsoN100(benchmark::State& s) { runTaskSet(s, "taskset_n100.csv", 6840 * kMillisecond); }
void BM_SimsoN1000(benchmark::State& s) { runTaskSet(s, "taskset_n1000.csv", 735 * kMillisecond); }

}  // namespace

BENCHMARK(BM_SimsoN100)->Unit(benchmark::kMillisecond)->MinTime(1.0)->UseRealTime();
BENCHMARK(BM_SimsoN1000)->Unit(benchmark::kMillisecond)->MinTime(1.0)->UseRealTime();

BENCHMARK_MAIN();
