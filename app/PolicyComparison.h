#pragma once
// One workload run under several policies, reduced to a row of numbers per policy: what
// `timeslice compare` prints as a table, CSV or JSON.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "Invocation.h"
#include "ProcessAverages.h"
#include "scenario/WorkloadSpec.h"

namespace ts::app {

struct ComparisonRow {
    std::string label;  // "fcfs", "rr:4ms"
    std::string policy;
    Time quantum = 0;  // 0: the policy takes none
    ProcessAverages averages;
    std::int64_t contextSwitches = 0;
    std::int64_t dispatches = 0;
    double cpuUtilization = 0.0;
    Time end = 0;
    std::string exitStatus;
};

class PolicyComparison {
  public:
    // `spec` is the loaded workload with the command line's machine options already applied.
    // Throws UsageError when a policy needs a quantum nobody gives, InputError for a workload
    // that cannot run.
    static std::vector<ComparisonRow> run(const WorkloadSpec& spec,
                                          const std::vector<PolicyChoice>& policies);
};

}  // namespace ts::app
