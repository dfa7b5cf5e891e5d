// Kernel speed: scheduling events per second for workloads of 10 to 10,000 processes of the
// SimPy peer's shape (Exp(50) CPU bursts, Exp(N x 50) sleeps, quantum 10, offered load ~1).
// It prints figures; nothing here is a pass/fail test.
//
// Every rate is given twice: per wall second of the simulation loop (what the SimPy peer
// measures of itself: its `simulate` call) and per second of CPU time of the thread running
// it (which a loaded machine does not inflate). Setting the run up is not timed, on either
// side. `/traced:1` runs attach the TraceRecorder that `timeslice run --json` attaches
// (slices, decisions, state changes, marks); `/traced:0` runs record nothing, like the peer's
// dispatcher model, which only counts.
#include <benchmark/benchmark.h>

#include <ctime>
#include <memory>
#include <vector>

#include "kernel/Kernel.h"
#include "policies/PolicyFactory.h"
#include "scenario/WorkloadSpec.h"
#include "trace/TraceRecorder.h"
#include "workload/WorkloadBodies.h"

namespace {

using namespace ts;

double threadCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

struct Workload {
    MachineConfig machine;
    std::vector<BurstSpec> bursts;
};

Workload simpyShape(int processes, const char* policy) {
    Workload w;
    w.machine.policy = policy;
    w.machine.quantum = 10 * kMicrosecond;  // units: the peer's "1" is a microsecond here
    w.machine.seed = 1;
    w.bursts = {
        BurstSpec{BurstSpec::Kind::Cpu, DurationDistribution::exponential(50 * kMicrosecond), {}},
        BurstSpec{BurstSpec::Kind::Io,
                  DurationDistribution::exponential(processes * 50 * kMicrosecond),
                  {}}};
    return w;
}

// One run's kernel, its thread bodies and, when traced, its recorder.
struct Run {
    std::unique_ptr<Kernel> kernel;
    std::unique_ptr<WorkloadBodies> bodies;
    std::unique_ptr<TraceRecorder> trace;
};

Run makeRun(const Workload& w, int processes, bool traced) {
    Run r;
    r.kernel = std::make_unique<Kernel>(w.machine, PolicyFactory::create(w.machine));
    // Bodies side by side, as simulateWorkload makes them, each thread on its own stream.
    r.bodies = std::make_unique<WorkloadBodies>(static_cast<std::size_t>(processes), 0);
    for (int i = 0; i < processes; ++i) {
        const int pid =
            r.kernel->addProcess(ProcessInfo{"P" + std::to_string(i), 0, 0, 100, 0, 0, 0});
        const Random rng = Random::stream(1, static_cast<std::uint64_t>(i + 1));
        r.kernel->addThread(pid, "P", r.bodies->addBursts(w.bursts, true, rng));
    }
    if (traced) {
        r.trace = std::make_unique<TraceRecorder>();
        r.kernel->setObserver(r.trace.get());
    }
    return r;
}

// Events, dispatches and context switches done in the timed part, and its CPU time.
struct Totals {
    std::int64_t events = 0, switches = 0, dispatches = 0;
    double cpuSeconds = 0;

    void add(const KernelCounters& after, const KernelCounters& before, double cpu) {
        events += after.events - before.events;
        switches += after.contextSwitches - before.contextSwitches;
        dispatches += after.dispatches - before.dispatches;
        cpuSeconds += cpu;
    }
    void report(benchmark::State& state) const {
        using C = benchmark::Counter;
        state.counters["events/s"] = C(static_cast<double>(events), C::kIsRate);
        state.counters["switches/s"] = C(static_cast<double>(switches), C::kIsRate);
        state.counters["dispatches/s"] = C(static_cast<double>(dispatches), C::kIsRate);
        state.counters["ns/event"] = C(static_cast<double>(events), C::kIsRate | C::kInvert);
        state.counters["cpu switches/s"] = static_cast<double>(switches) / cpuSeconds;
        state.counters["cpu ns/event"] = cpuSeconds * 1e9 / static_cast<double>(events);
        const double runs = static_cast<double>(state.iterations());
        state.counters["dispatches"] = static_cast<double>(dispatches) / runs;
        state.counters["switches"] = static_cast<double>(switches) / runs;
    }
};

void runKernel(benchmark::State& state, const char* policy) {
    const int n = static_cast<int>(state.range(0));
    const Workload w = simpyShape(n, policy);
    Totals totals;
    for (auto _ : state) {
        state.PauseTiming();
        Run r = makeRun(w, n, false);
        // Warm up: the first events allocate the event set's and queues' room.
        r.kernel->run(1000 * kMicrosecond);
        const KernelCounters before = r.kernel->counters();
        state.ResumeTiming();
        const double cpu0 = threadCpuSeconds();
        // About two million dispatches, as the peer runs.
        r.kernel->run(1000 * kMicrosecond + 2000000LL * 45 * kMicrosecond);
        const double cpu1 = threadCpuSeconds();
        state.PauseTiming();
        totals.add(r.kernel->counters(), before, cpu1 - cpu0);
        r = Run{};  // freed outside the timing
        state.ResumeTiming();
    }
    totals.report(state);
}

// The SimPy peer's exact run: 100 processes, quantum 10, until 2,000,000 dispatches.
void BM_KernelSimpyShape(benchmark::State& state) {
    const int n = 100;
    const bool traced = state.range(0) != 0;
    const Workload w = simpyShape(n, "rr");
    Totals totals;
    for (auto _ : state) {
        state.PauseTiming();
        Run r = makeRun(w, n, traced);
        Kernel& kernel = *r.kernel;
        state.ResumeTiming();
        const double cpu0 = threadCpuSeconds();
        while (kernel.counters().dispatches < 2000000 && kernel.step()) {
        }
        const double cpu1 = threadCpuSeconds();
        state.PauseTiming();
        totals.add(kernel.counters(), KernelCounters{}, cpu1 - cpu0);
        r = Run{};
        state.ResumeTiming();
    }
    totals.report(state);
}

void BM_KernelRoundRobin(benchmark::State& state) {
    runKernel(state, "rr");
}
void BM_KernelCfs(benchmark::State& state) {
    runKernel(state, "cfs");
}
void BM_KernelSrtf(benchmark::State& state) {
    runKernel(state, "srtf");
}

}  // namespace

BENCHMARK(BM_KernelSimpyShape)
    ->ArgName("traced")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();
BENCHMARK(BM_KernelRoundRobin)
    ->Arg(10)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();
BENCHMARK(BM_KernelCfs)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_KernelSrtf)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

BENCHMARK_MAIN();
