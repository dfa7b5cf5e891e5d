#pragma once
// The one entry point that turns a loaded scenario into a finished run: it builds the kernel,
// the policy and the threads' bodies, runs to completion or to `until`, and gathers the report.
// The command line and the GUI both call this, so they always see the same runs.
#include "report/RunReport.h"
#include "scenario/WorkloadSpec.h"

namespace ts {

struct RunOptions {
    bool recordSlices = true;
    bool recordDecisions = true;
};

RunReport simulateWorkload(const WorkloadSpec& spec, const RunOptions& options = {});

}  // namespace ts
