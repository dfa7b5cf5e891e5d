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

// Where simulateWorkload stops a workload without an `until`: the hyperperiod of its periodic
// tasks, ten seconds of repeating work, else never (finite work ends by itself).
Time defaultHorizon(const WorkloadSpec& spec);

}  // namespace ts
