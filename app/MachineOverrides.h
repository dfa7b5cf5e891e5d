#pragma once
// The machine settings given on the command line (--policy, --quantum, --cpus, --switch-cost,
// --thread-switch-cost, --seed, --until); each one, when given, replaces the scenario's own.
#include <cstdint>
#include <optional>
#include <string>

#include "kernel/Time.h"
#include "scenario/WorkloadSpec.h"

namespace ts::app {

struct MachineOverrides {
    std::optional<std::string> policy;
    std::optional<Time> quantum;
    std::optional<int> cpus;
    std::optional<Time> switchCost;
    std::optional<Time> threadSwitchCost;
    std::optional<std::uint64_t> seed;
    std::optional<Time> until;

    void applyTo(WorkloadSpec& spec) const;

    // Throws UsageError when the policy chosen on the command line needs a quantum that neither
    // the command line nor `spec` gives. `command` names the sub-command in the message.
    void requireQuantum(const WorkloadSpec& spec, const std::string& command) const;
};

}  // namespace ts::app
