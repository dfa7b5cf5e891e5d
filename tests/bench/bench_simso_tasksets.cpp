// Kernel against SimSo: the periodic task sets in ../shared/peers under rate-monotonic
// scheduling (1 CPU, no overheads, job length = wcet rounded up to a whole nanosecond), to the
// same horizon SimSo simulated. Prints jobs released (a correctness check against SimSo's
// count), pre-emptions, context switches and jobs per second, of wall time and of the running
// thread's CPU time. `/traced:1` runs record what `timeslice run --json` records (SimSo's own
// figure includes its monitors); `/traced:0` runs record nothing.
//
// "preemptions simso rule" counts pre-emptions as SimSo 0.8 does, for comparison: SimSo stops
// the running job whenever a job is released (to run the scheduler) and counts a pre-emption
// each time a job that had already run resumes, even when it resumes at once because the
// released job has a lower priority. That is timeslice's count (the CPU given to another
// thread) plus the release instants that fall strictly inside a run slice. See
// docs/performance.md.
#include <benchmark/benchmark.h>

#include <cmath>
#include <ctime>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "kernel/Kernel.h"
#include "policies/PolicyFactory.h"
#include "trace/TraceRecorder.h"
#include "workload/BurstBody.h"

namespace {

using namespace ts;

struct Task {
    Time period, wcet, deadline, activation;
};

double threadCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

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
        tasks.push_back(
            {msToNsCeil(period), msToNsCeil(wcet), msToNsCeil(deadline), msToNsCeil(activation)});
    }
    return tasks;
}

struct Run {
    std::unique_ptr<Kernel> kernel;
    std::vector<std::unique_ptr<PeriodicJobBody>> bodies;
    std::unique_ptr<TraceRecorder> trace;
};

Run makeRun(const std::vector<Task>& tasks, bool traced) {
    MachineConfig m;
    m.policy = "rm";
    Run r;
    r.kernel = std::make_unique<Kernel>(m, PolicyFactory::create(m));
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const Task& t = tasks[i];
        const int pid = r.kernel->addProcess(ProcessInfo{"T" + std::to_string(i + 1), t.activation,
                                                         0, 100, 0, t.period, t.deadline});
        r.bodies.push_back(
            std::make_unique<PeriodicJobBody>(DurationDistribution::fixed(t.wcet), Random(1)));
        r.kernel->addThread(pid, "T", r.bodies.back().get());
    }
    if (traced) {
        r.trace = std::make_unique<TraceRecorder>();
        r.kernel->setObserver(r.trace.get());
    }
    return r;
}

// SimSo's count for one run (see the top of the file), from its recording.
std::int64_t simsoRulePreemptions(const std::vector<Task>& tasks, Time horizon) {
    Run r = makeRun(tasks, true);
    r.kernel->run(horizon);
    std::set<Time> releases;
    for (const MarkEvent& m : r.trace->marks()) {
        if (m.kind == MarkEvent::Kind::JobRelease) releases.insert(m.time);
    }
    std::int64_t inside = 0;
    for (const Slice& s : r.trace->slices()) {
        if (s.kind != Slice::Kind::Run) continue;
        for (auto it = releases.upper_bound(s.start); it != releases.end() && *it < s.end; ++it)
            ++inside;
    }
    return r.kernel->counters().preemptions + inside;
}

void runTaskSet(benchmark::State& state, const char* file, Time horizon) {
    const std::vector<Task> tasks = readTaskSet(file);
    if (tasks.empty()) {
        state.SkipWithError("task set not found (../shared/peers beside the source tree)");
        return;
    }
    const bool traced = state.range(0) != 0;
    std::int64_t jobs = 0, preemptions = 0, switches = 0, misses = 0;
    double cpuSeconds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Run r = makeRun(tasks, traced);
        state.ResumeTiming();
        const double cpu0 = threadCpuSeconds();
        r.kernel->run(horizon);
        const double cpu1 = threadCpuSeconds();
        state.PauseTiming();
        cpuSeconds += cpu1 - cpu0;
        jobs += r.kernel->counters().jobsReleased;
        preemptions += r.kernel->counters().preemptions;
        switches += r.kernel->counters().contextSwitches;
        misses += r.kernel->counters().deadlineMisses;
        r = Run{};  // freed outside the timing
        state.ResumeTiming();
    }
    const double runs = static_cast<double>(state.iterations());
    state.counters["jobs"] = static_cast<double>(jobs) / runs;
    state.counters["preemptions"] = static_cast<double>(preemptions) / runs;
    state.counters["preemptions simso rule"] =
        static_cast<double>(simsoRulePreemptions(tasks, horizon));
    state.counters["switches"] = static_cast<double>(switches) / runs;
    state.counters["misses"] = static_cast<double>(misses) / runs;
    state.counters["jobs/s"] =
        benchmark::Counter(static_cast<double>(jobs), benchmark::Counter::kIsRate);
    state.counters["cpu jobs/s"] = static_cast<double>(jobs) / cpuSeconds;
}

void BM_SimsoN100(benchmark::State& s) {
    runTaskSet(s, "taskset_n100.csv", 6840 * kMillisecond);
}
void BM_SimsoN1000(benchmark::State& s) {
    runTaskSet(s, "taskset_n1000.csv", 735 * kMillisecond);
}

}  // namespace

BENCHMARK(BM_SimsoN100)
    ->ArgName("traced")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(1.0)
    ->UseRealTime();
BENCHMARK(BM_SimsoN1000)
    ->ArgName("traced")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(1.0)
    ->UseRealTime();

BENCHMARK_MAIN();
