#pragma once
// A parameter sweep: one scenario run at every value of one setting (quantum, CPUs, switch
// cost, seed, a program's instruction cost), each point on its own kernel. Points run in
// parallel on worker threads, and the results come back in point order, the same whatever the
// number of threads: every run depends only on its scenario and its value.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "classroom/SweepValues.h"
#include "kernel/Time.h"
#include "scenario/ProgramSpec.h"
#include "scenario/WorkloadSpec.h"

namespace ts {

// What is swept: a workload or a program (exactly one of them).
struct SweepScenario {
    std::optional<WorkloadSpec> workload;
    std::optional<ProgramSpec> program;
};

struct SweepPoint {
    std::int64_t value = 0;
    // Means over the processes that have a value, rounded to the nearest nanosecond.
    std::optional<Time> averageWaiting;
    std::optional<Time> averageTurnaround;
    std::optional<Time> averageResponse;
    std::int64_t contextSwitches = 0;
    double cpuUtilization = 0.0;
    Time end = 0;
    std::string exitStatus;   // as the report's: completed, time-limit, deadlock, error, ...
    std::string exitMessage;
    std::vector<std::string> output;  // a program's stdout lines, without their line ends

    // The last whole number on the last output line that contains `label`, e.g. the counter of
    // "counter:  199871" for label "counter"; nullopt when no line has one.
    std::optional<std::int64_t> lastNumberAfter(const std::string& label) const;
    // The last line the program printed ("" when none): the sweep table's and CSV's last column.
    std::string lastOutputLine() const;
};

// What a caller that waits elsewhere (the window) needs while a sweep runs. `pointDone` is
// called on the worker thread that finished a point, with the number finished so far; once
// `cancel` reads true, no worker takes another point (the ones running finish first).
struct SweepControl {
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(std::size_t finished)> pointDone;
};

class Sweep {
public:
    // Runs every value on up to `jobs` threads (at least one). An InputError of a point (a
    // schedule that cannot be followed, say) is rethrown after all points ran: the first in
    // point order, so that the error, too, does not depend on the threads.
    static std::vector<SweepPoint> run(const SweepScenario& scenario, SweepParameter parameter,
                                       const std::vector<std::int64_t>& values, int jobs);
    // The same, reporting each point as it finishes; a cancelled sweep returns no points.
    static std::vector<SweepPoint> run(const SweepScenario& scenario, SweepParameter parameter,
                                       const std::vector<std::int64_t>& values, int jobs,
                                       const SweepControl& control);

    // How many threads run `points` points when `jobs` are asked for: never more than points.
    static int threadsFor(int jobs, std::size_t points);

    // `cancel`, when set, stops a program's run early (its point is then "cancelled").
    static SweepPoint runPoint(const SweepScenario& scenario, SweepParameter parameter,
                               std::int64_t value, const std::atomic<bool>* cancel = nullptr);

    // Sets `parameter` to `value` in a machine (and a program's instruction cost). Sweeping a
    // quantum drops mlfq's per-level list, so that its levels double from the swept value.
    static void apply(SweepParameter parameter, std::int64_t value, MachineConfig& machine,
                      Time* instructionCost);
};

}  // namespace ts
