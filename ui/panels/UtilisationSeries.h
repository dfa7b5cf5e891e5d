#pragma once
// CPU utilisation over time for the metrics chart: the run cut into equal windows, each with
// the fraction of CPU time (over all CPUs) spent running threads - not idle, not switching.
#include <vector>

#include "kernel/Slice.h"

namespace ts::ui {

class UtilisationSeries {
public:
    // `windows` fractions in [0, 1] for [0, end), from the run's slices.
    static std::vector<double> compute(const std::vector<Slice>& slices, Time end, int cpus,
                                       int windows);
};

}  // namespace ts::ui
