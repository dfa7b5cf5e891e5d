#pragma once
// Builds the policy a machine configuration names.
#include <memory>
#include <string_view>
#include <vector>

#include "kernel/MachineConfig.h"
#include "policies/SchedulingPolicy.h"

namespace ts {

class PolicyFactory {
public:
    // All policy names, in the order SPEC.md lists them, then `scripted` (a schedule written
    // by hand, for "be the scheduler").
    static const std::vector<std::string_view>& names();
    static bool known(std::string_view name);
    // rr, mlfq and lottery cannot run without a quantum.
    static bool needsQuantum(std::string_view name);
    // The quantum the machine's policy runs with, 0 when it takes none: those above always,
    // `scripted` when one is given (its timer then interrupts the threads), the others never
    // (cfs computes its slices).
    static Time quantumInUse(const MachineConfig& machine);
    // Throws std::invalid_argument for an unknown name or a missing quantum.
    static std::unique_ptr<SchedulingPolicy> create(const MachineConfig& machine);
};

}  // namespace ts
