#pragma once
// A parameter sweep's points as CSV, one row a point: what `timeslice sweep --csv` writes and
// what the Experiments window exports, byte for byte the same. Times are integer nanoseconds.
#include <ostream>
#include <vector>

#include "classroom/Sweep.h"

namespace ts {

void writeSweepCsv(std::ostream& out, SweepParameter parameter, const std::vector<SweepPoint>& points);

}  // namespace ts
