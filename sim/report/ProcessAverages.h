#pragma once
// The per-process means a run is judged by: average turnaround, waiting, response and CPU time
// over the processes that have a value (a process that never completed has no turnaround),
// rounded to the nearest nanosecond, and the deadline misses of all processes.
#include <optional>

#include "kernel/Time.h"
#include "report/RunReport.h"

namespace ts {

struct ProcessAverages {
    std::optional<Time> turnaround;
    std::optional<Time> waiting;
    std::optional<Time> response;
    std::optional<Time> cpu;
    int deadlineMisses = 0;

    static ProcessAverages of(const RunReport& report);
};

}  // namespace ts
