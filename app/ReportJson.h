#pragma once
// The run report as SPEC.md's JSON (`--json`): its keys in its order, times as integer
// nanoseconds, absent values as null. Extensions come after the SPEC keys of each object
// (title, unit, timer_interrupts, preemptions, decisions, captions; per process preemptions and
// jobs), so a reader of the SPEC shape never sees a difference.
#include <ostream>

#include "report/RunReport.h"

namespace ts::app {

class ReportJson {
  public:
    struct Options {
        bool slices = true;  // false: --no-slices leaves the "slices" key out
        bool decisions = true;
    };

    static void write(std::ostream& out, const RunReport& report, Options options);
};

}  // namespace ts::app
