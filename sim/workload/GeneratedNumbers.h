#pragma once
// How the generators write numbers: lengths rounded to a step, written in the file's unit as
// exact decimals, and the machine line. Shared by WorkloadGenerator (processes) and
// PeriodicTaskGenerator (real-time tasks), so both kinds of file read alike.
#include <string>

#include "kernel/Time.h"
#include "workload/WorkloadGeneratorOptions.h"

namespace ts {

class GeneratedNumbers {
  public:
    // Nanoseconds in one of the options' unit (ms when the unit is unknown).
    static Time unitScale(const WorkloadGeneratorOptions& options);
    // The largest power of ten of nanoseconds not above `detail`, nor above `scale`.
    static Time powerOfTenStep(Time detail, Time scale);
    static Time roundTo(Time ns, Time step);
    // The longest length below kMaxDuration that is a whole number of steps.
    static Time largestBelowMax(Time step);
    // `ns` in the file's unit as exact decimal text: 1500000 ns in ms is "1.5".
    static std::string inUnit(Time ns, Time scale);
    // {"cpus": .., "policy": .., "quantum": .., "until": ..}; quantum and until only when > 0.
    static std::string machineText(const WorkloadGeneratorOptions& options, Time scale,
                                   Time until = 0);
};

}  // namespace ts
