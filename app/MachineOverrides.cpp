#include "MachineOverrides.h"

#include "UsageError.h"
#include "policies/PolicyFactory.h"

namespace ts::app {

void MachineOverrides::applyTo(WorkloadSpec& spec) const {
    MachineConfig& m = spec.machine;
    if (policy) m.policy = *policy;
    if (quantum) {
        m.quantum = *quantum;
        // A quantum given on the command line is meant to be used: mlfq's levels then double
        // from it instead of taking the file's per-level list.
        m.mlfqQuanta.clear();
    }
    if (cpus) m.cpus = *cpus;
    if (switchCost) m.contextSwitch = *switchCost;
    if (threadSwitchCost) m.threadSwitch = *threadSwitchCost;
    if (seed) m.seed = *seed;
    if (until) {
        m.until = *until;
        spec.untilGiven = true;
    }
}

void MachineOverrides::requireQuantum(const WorkloadSpec& spec, const std::string& command) const {
    const MachineConfig& m = spec.machine;
    const bool hasLevels = m.policy == "mlfq" && !m.mlfqQuanta.empty();
    if (PolicyFactory::needsQuantum(m.policy) && m.quantum <= 0 && !hasLevels) {
        throw UsageError(command, "--policy " + m.policy + " needs a quantum and " + spec.path +
                                      " gives none; add e.g. --quantum 4ms");
    }
}

}  // namespace ts::app
