#include "PolicyComparison.h"

#include <optional>

#include "ScenarioFile.h"
#include "Simulation.h"
#include "UsageError.h"
#include "policies/PolicyFactory.h"
#include "scenario/Duration.h"

namespace ts::app {

std::vector<ComparisonRow> PolicyComparison::run(const WorkloadSpec& spec,
                                                 const std::vector<PolicyChoice>& policies) {
    // Every run needs only the totals, so nothing per slice or decision is recorded.
    RunOptions options;
    options.recordSlices = false;
    options.recordDecisions = false;
    // A policy written without a quantum ("mlfq" in "rr:4ms,mlfq") takes, in this order, the
    // --quantum option or the file's (both already in `spec`), else the first quantum written in
    // the list, so the issue's `--policies fcfs,sjf,srtf,rr:4ms,priority,mlfq,cfs` works on any
    // workload.
    std::optional<Time> listQuantum;
    for (const PolicyChoice& choice : policies) {
        if (choice.quantum && !listQuantum) listQuantum = choice.quantum;
    }
    std::vector<ComparisonRow> rows;
    for (const PolicyChoice& choice : policies) {
        WorkloadSpec variant = spec;
        MachineConfig& machine = variant.machine;
        machine.policy = choice.name;
        if (choice.quantum) {
            machine.quantum = *choice.quantum;
            machine.mlfqQuanta.clear();  // levels double from the quantum given here
        }
        const bool usesQuantum = PolicyFactory::needsQuantum(choice.name);
        const bool hasLevels = choice.name == "mlfq" && !machine.mlfqQuanta.empty();
        if (usesQuantum && machine.quantum <= 0 && !hasLevels && listQuantum) {
            machine.quantum = *listQuantum;
        }
        if (usesQuantum && machine.quantum <= 0 && !hasLevels) {
            throw UsageError("compare", "policy '" + choice.name + "' needs a quantum and " +
                                            spec.path + " gives none; write " + choice.name +
                                            ":4ms in --policies, or add --quantum 4ms");
        }
        ScenarioFile::requireRunnable(variant);
        const RunReport report = simulateWorkload(variant, options);

        ComparisonRow row;
        row.policy = choice.name;
        row.quantum = usesQuantum ? machine.quantum : 0;
        row.label = usesQuantum && machine.quantum > 0
                        ? choice.name + ":" + formatDuration(machine.quantum)
                        : choice.name;
        row.averages = ProcessAverages::of(report);
        row.contextSwitches = report.contextSwitches;
        row.dispatches = report.dispatches;
        row.cpuUtilization = report.cpuUtilization;
        row.end = report.end;
        row.exitStatus = report.exitStatus;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace ts::app
