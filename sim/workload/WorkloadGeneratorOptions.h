#pragma once
// What a random workload is made of: how many processes, when they arrive, how long their CPU
// and I/O bursts are, their priorities, the machine they run on, and the seed that decides
// every draw; or, instead of processes, a set of periodic real-time tasks. WorkloadGenerator
// turns it into a workload file.
#include <cstdint>
#include <optional>
#include <string>

#include "kernel/Time.h"
#include "random/DurationDistribution.h"

namespace ts {

struct ArrivalPattern {
    enum class Kind : std::uint8_t { AllAtZero, Uniform, Poisson };
    Kind kind = Kind::AllAtZero;
    Time span = 0;  // Uniform: the window [0, span]; Poisson: the mean gap between arrivals

    static ArrivalPattern allAtZero() { return {Kind::AllAtZero, 0}; }
    static ArrivalPattern uniform(Time window) { return {Kind::Uniform, window}; }
    static ArrivalPattern poisson(Time meanGap) { return {Kind::Poisson, meanGap}; }
};

struct PriorityRange {
    int lowest = 0;   // the smallest number drawn
    int highest = 0;  // the largest, inclusive
};

// A periodic task set for rate monotonic and EDF: `tasks` tasks sharing `utilisation` of the
// CPU (a task takes at most 1), each with a period in [shortestPeriod, longestPeriod].
struct PeriodicTaskSet {
    int tasks = 5;
    double utilisation = 0.7;
    Time shortestPeriod = 10 * kMillisecond;
    Time longestPeriod = 100 * kMillisecond;
};

struct WorkloadGeneratorOptions {
    static constexpr int kMaxProcesses = 1000;
    static constexpr int kMaxCpuBursts = 100;

    int processes = 5;
    std::uint64_t seed = 1;
    ArrivalPattern arrival;
    DurationDistribution cpuBurst = DurationDistribution::exponential(20 * kMillisecond);
    std::optional<DurationDistribution> ioBurst;  // none: the processes never do I/O
    int cpuBursts = 1;                            // per process, with an I/O burst between two
    std::optional<PriorityRange> priorities;      // none: no "priority" in the file
    std::string policy = "fcfs";
    Time quantum = 0;  // 0: none (policies that need one refuse to run without)
    int cpus = 1;
    std::string unit = "ms";  // the unit the file's numbers are written in
    // Set: periodic tasks instead of processes, and the burst settings above do not apply.
    std::optional<PeriodicTaskSet> periodic;
};

}  // namespace ts
