#pragma once
// Writes a random periodic task set (SPEC.md, format 1, tasks with "period") for studying rate
// monotonic against EDF: the total utilisation split among the tasks by UUniFast, periods drawn
// log-uniformly (as many short as long ones per decade, as in real systems), execution times
// U_i x T_i, implicit deadlines, every task released at 0. The run stops at the hyperperiod, so
// each job shows once; the description states the utilisation, Liu & Layland's bound and the
// command that makes the file again. WorkloadGenerator hands periodic options here.
#include <string>
#include <vector>

#include "workload/WorkloadGeneratorOptions.h"

namespace ts {

class PeriodicTaskGenerator {
  public:
    static constexpr int kMaxTasks = 1000;
    // The run stops at the hyperperiod only when it is at most this many periods of the longest
    // task; a longer one would give a run too long to look at (and to record).
    static constexpr Time kHyperperiodCap = 1000;
    // The longest period allowed, so that the cap stays a valid duration.
    static constexpr Time kLongestPeriodLimit = kMaxDuration / kHyperperiodCap;

    struct Task {
        Time period = 0;
        Time wcet = 0;  // the execution time of each job
    };

    struct TaskSet {
        std::vector<Task> tasks;  // shortest period first: rate monotonic's priority order
        Time hyperperiod = 0;     // 0 when above the cap
        Time until = 0;           // the hyperperiod, or the cap
    };

    // What makes the periodic options unusable, in one sentence; "" when they are fine.
    static std::string problem(const WorkloadGeneratorOptions& options);
    // The tasks drawn for options that problem() accepts.
    static TaskSet draw(const WorkloadGeneratorOptions& options);
    static std::string generate(const WorkloadGeneratorOptions& options);
    static std::string commandLine(const WorkloadGeneratorOptions& options);
    // The step execution times are rounded to: a power of ten of nanoseconds, at most one unit
    // and at most a hundredth of the shortest period, so that rounding moves a task's
    // utilisation by at most 0.005.
    static Time resolution(const WorkloadGeneratorOptions& options);
    // The step periods are rounded to: 1, 2 or 5 times a power of ten, so that periods such as
    // 20, 50 and 100 ms keep the hyperperiod short; at most the shortest period and a quarter
    // of the range, so that the range still holds several. A period far above the shortest is
    // rounded more coarsely, to up to an eighth of itself.
    static Time periodStep(const WorkloadGeneratorOptions& options);
    // Sum of wcet / period.
    static double utilisation(const TaskSet& set);
    // n (2^(1/n) - 1): rate monotonic meets every deadline of n tasks under this utilisation.
    static double liuLaylandBound(int n);
};

}  // namespace ts
