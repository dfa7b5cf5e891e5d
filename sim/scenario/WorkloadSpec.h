#pragma once
// A workload scenario as loaded from its JSON file (SPEC.md, format 1), validated, with every
// time already in nanoseconds. The kernel is built from this; it never sees JSON.
#include <cstdint>
#include <string>
#include <vector>

#include "kernel/MachineConfig.h"
#include "kernel/Time.h"
#include "random/DurationDistribution.h"
#include "scenario/Caption.h"
#include "scenario/SourcePos.h"

namespace ts {

struct BurstSpec {
    enum class Kind : std::uint8_t { Cpu, Io };
    Kind kind = Kind::Cpu;
    DurationDistribution length;  // fixed, or drawn from the process's own seeded stream
    SourcePos pos;
};

// One thread of a process. A process without a "threads" list has one thread, its own bursts.
struct ThreadSpec {
    std::string name;
    Time start = 0;               // offset from the process's arrival
    std::vector<BurstSpec> bursts;
    bool repeat = false;          // start over after the last burst, forever
    SourcePos pos;
};

struct ProcessSpec {
    std::string name;
    Time arrival = 0;
    int priority = 0;             // lower number = higher priority unless the machine says otherwise
    int tickets = 100;            // lottery
    int nice = 0;                 // cfs weight, -20..19 as in Linux
    Time period = 0;              // > 0: a periodic real-time task, one job per period
    Time deadline = 0;            // relative deadline of each job; defaults to the period
    std::vector<ThreadSpec> threads;
    std::string program;          // a Python-subset program run as this process (path as written)
    std::string programPath;      // the same, resolved against the scenario's folder
    SourcePos pos;
};

struct WorkloadSpec {
    std::string path;             // the file it came from, as given
    std::string title;
    std::string unit = "ms";      // the unit the file's bare numbers are in; reports print times in it
    MachineConfig machine;
    bool untilGiven = false;
    std::vector<ProcessSpec> processes;
    std::vector<Caption> captions;  // the "captions" list, in file order (docs/captions.md)
};

}  // namespace ts
