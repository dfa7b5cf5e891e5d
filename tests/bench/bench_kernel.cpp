// Kernel speed: scheduling events per wall second for workloads of 10 to 10,000 processes of
// the SimPy peer's shape (Exp(50) CPU bursts, Exp(N x 50) sleeps, quantum 10, offered load ~1).
// It prints figures; nothing here is a pass/fail test.
#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

#include "kernel/Kernel.h"
#include "policies/PolicyFactory.h"
#include "scenario/WorkloadSpec.h"
#include "workload/BurstBody.h"

namespace {

using namespace ts;

struct Workload {
    MachineConfig machine;
    std::vector<BurstSpec> bursts;
};

Workload simpyShape(int processes, const char* policy) {
    Workload w;
    w.machine.policy = policy;
    w.machine.quantum = 10 * kMicrosecond;  // units: the peer's "1" is a microsecond here
    w.machine.seed = 1;
    w.bursts = {BurstSpec{BurstSpec::Kind::Cpu, DurationDistribution::exponential(50 * kMicrosecond), {}},
                BurstSpec{BurstSpec::Kind::Io,
                          DurationDistribution::exponential(processes * 50 * kMicrosecond), {}}};
    return w;
}

void runKernel(benchmark::State& state, const char* policy) {
    const int n = static_cast<int>(state.range(0));
    const Workload w = simpyShape(n, policy);
    std::int64_t events = 0, switches = 0, dispatches = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto kernel = std::make_unique<Kernel>(w.machine, PolicyFactory::create(w.machine));
        std::vector<std::unique_ptr<BurstBody>> bodies;
        for (int i = 0; i < n; ++i) {
            const int pid = kernel->addProcess(ProcessInfo{"P" + std::to_string(i), 0, 0, 100, 0, 0, 0});
            bodies.push_back(std::make_unique<BurstBody>(w.bursts, true,
                                                         Random::stream(1, static_cast<std::uint64_t>(i + 1))));
            kernel->addThread(pid, "P", bodies.back().get());
        }
        // Warm up: the first events allocate the event set's and queues' room.
        kernel->run(1000 * kMicrosecond);
        const KernelCounters before = kernel->counters();
        state.ResumeTiming();
        // About two million dispatches, as the peer runs.
        kernel->run(1000 * kMicrosecond + 2000000LL * 45 * kMicrosecond);
        state.PauseTiming();
        events += kernel->counters().events - before.events;
        switches += kernel->counters().contextSwitches - before.contextSwitches;
        dispatches += kernel->counters().dispatches - before.dispatches;
        state.ResumeTiming();
    }
    state.counters["events/s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
    state.counters["switches/s"] = benchmark::Counter(static_cast<double>(switches), benchmark::Counter::kIsRate);
    state.counters["dispatches/s"] = benchmark::Counter(static_cast<double>(dispatches), benchmark::Counter::kIsRate);
    state.counters["ns/event"] = benchmark::Counter(static_cast<double>(events),
                                                   benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// The SimPy peer's exact run: 100 processes, quantum 10, until 2,000,000 dispatches.
void BM_KernelSimpyShape(benchmark::State& state) {
    const int n = 100;
    const Workload w = simpyShape(n, "rr");
    std::int64_t switches = 0, dispatches = 0, events = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Kernel kernel(w.machine, PolicyFactory::create(w.machine));
        std::vector<std::unique_ptr<BurstBody>> bodies;
        for (int i = 0; i < n; ++i) {
            const int pid = kernel.addProcess(ProcessInfo{"P" + std::to_string(i), 0, 0, 100, 0, 0, 0});
            bodies.push_back(std::make_unique<BurstBody>(w.bursts, true,
                                                         Random::stream(1, static_cast<std::uint64_t>(i + 1))));
            kernel.addThread(pid, "P", bodies.back().get());
        }
        state.ResumeTiming();
        while (kernel.counters().dispatches < 2000000 && kernel.step()) {
        }
        state.PauseTiming();
        switches += kernel.counters().contextSwitches;
        dispatches += kernel.counters().dispatches;
        events += kernel.counters().events;
        state.ResumeTiming();
    }
    state.counters["dispatches"] = static_cast<double>(dispatches) / static_cast<double>(state.iterations());
    state.counters["switches/s"] = benchmark::Counter(static_cast<double>(switches), benchmark::Counter::kIsRate);
    state.counters["dispatches/s"] = benchmark::Counter(static_cast<double>(dispatches), benchmark::Counter::kIsRate);
    state.counters["events/s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}

void BM_KernelRoundRobin(benchmark::State& state) { runKernel(state, "rr"); }
void BM_KernelCfs(benchmark::State& state) { runKernel(state, "cfs"); }
void BM_KernelSrtf(benchmark::State& state) { runKernel(state, "srtf"); }

}  // namespace

BENCHMARK(BM_KernelSimpyShape)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(BM_KernelRoundRobin)->Arg(10)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_KernelCfs)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_KernelSrtf)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

BENCHMARK_MAIN();
