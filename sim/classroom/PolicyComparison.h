#pragma once
// One workload run under several policies, reduced to a row of numbers per policy: what
// `timeslice compare` prints as a table, CSV or JSON, and what the GUI's Compare window draws.
// Both resolve each policy's settings here (variants) and measure each run here (measure), so
// they always show the same numbers.
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "kernel/Time.h"
#include "report/ProcessAverages.h"
#include "report/RunReport.h"
#include "scenario/WorkloadSpec.h"

namespace ts {

// One policy to compare: "rr:4ms" is rr with a 4 ms quantum.
struct PolicyChoice {
    std::string name;
    std::optional<Time> quantum;
};

// The workload set up for one policy of the comparison.
struct ComparisonVariant {
    std::string label;  // "fcfs", "rr:4ms"
    std::string policy;
    Time quantum = 0;  // 0: the policy takes none
    WorkloadSpec spec;
};

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

// A policy that runs in quanta, with none given by the choice, the workload or another choice.
class MissingQuantum : public std::invalid_argument {
  public:
    explicit MissingQuantum(const std::string& policy)
        : std::invalid_argument("policy '" + policy + "' needs a quantum"), policy_(policy) {}
    const std::string& policy() const { return policy_; }

  private:
    std::string policy_;
};

class PolicyComparison {
  public:
    // Called with each variant's workload before it runs; throws to stop the comparison.
    using RunCheck = std::function<void(const WorkloadSpec&)>;

    // Each choice applied to `spec`, in order. Throws MissingQuantum.
    static std::vector<ComparisonVariant> variants(const WorkloadSpec& spec,
                                                   const std::vector<PolicyChoice>& choices);
    // The row of a variant from its finished run's report.
    static ComparisonRow measure(const ComparisonVariant& variant, const RunReport& report);

    // `spec` is the loaded workload with any machine options already applied. Each variant is
    // resolved, checked and run in turn, so the first problem in list order is the one
    // reported. Throws MissingQuantum, what `check` throws, InputError for a run that fails.
    static std::vector<ComparisonRow> run(const WorkloadSpec& spec,
                                          const std::vector<PolicyChoice>& choices,
                                          const RunCheck& check = {});

  private:
    static std::optional<Time> firstQuantum(const std::vector<PolicyChoice>& choices);
    static ComparisonVariant variantOf(const WorkloadSpec& spec, const PolicyChoice& choice,
                                       std::optional<Time> listQuantum);
};

}  // namespace ts
