#include "PolicyComparison.h"

#include "Simulation.h"
#include "policies/PolicyFactory.h"
#include "scenario/Duration.h"

namespace ts {

std::optional<Time> PolicyComparison::firstQuantum(const std::vector<PolicyChoice>& choices) {
    for (const PolicyChoice& choice : choices) {
        if (choice.quantum) return choice.quantum;
    }
    return std::nullopt;
}

ComparisonVariant PolicyComparison::variantOf(const WorkloadSpec& spec, const PolicyChoice& choice,
                                              std::optional<Time> listQuantum) {
    ComparisonVariant variant{choice.name, choice.name, 0, spec};
    MachineConfig& machine = variant.spec.machine;
    machine.policy = choice.name;
    if (choice.quantum) {
        machine.quantum = *choice.quantum;
        machine.mlfqQuanta.clear();  // levels double from the quantum given here
    }
    // A policy written without a quantum ("mlfq" in "rr:4ms,mlfq") takes, in this order, the
    // workload's (after any --quantum), else the first quantum written in the list, so the
    // issue's `--policies fcfs,sjf,srtf,rr:4ms,priority,mlfq,cfs` works on any workload.
    const bool usesQuantum = PolicyFactory::needsQuantum(choice.name);
    const bool hasLevels = choice.name == "mlfq" && !machine.mlfqQuanta.empty();
    if (usesQuantum && machine.quantum <= 0 && !hasLevels && listQuantum) {
        machine.quantum = *listQuantum;
    }
    if (usesQuantum && machine.quantum <= 0 && !hasLevels) throw MissingQuantum(choice.name);
    if (usesQuantum && machine.quantum > 0) {
        variant.quantum = machine.quantum;
        variant.label = choice.name + ":" + formatDuration(machine.quantum);
    }
    return variant;
}

std::vector<ComparisonVariant> PolicyComparison::variants(const WorkloadSpec& spec,
                                                          const std::vector<PolicyChoice>& choices) {
    const std::optional<Time> listQuantum = firstQuantum(choices);
    std::vector<ComparisonVariant> result;
    result.reserve(choices.size());
    for (const PolicyChoice& choice : choices) result.push_back(variantOf(spec, choice, listQuantum));
    return result;
}

ComparisonRow PolicyComparison::measure(const ComparisonVariant& variant, const RunReport& report) {
    ComparisonRow row;
    row.label = variant.label;
    row.policy = variant.policy;
    row.quantum = variant.quantum;
    row.averages = ProcessAverages::of(report);
    row.contextSwitches = report.contextSwitches;
    row.dispatches = report.dispatches;
    row.cpuUtilization = report.cpuUtilization;
    row.end = report.end;
    row.exitStatus = report.exitStatus;
    return row;
}

std::vector<ComparisonRow> PolicyComparison::run(const WorkloadSpec& spec,
                                                 const std::vector<PolicyChoice>& choices,
                                                 const RunCheck& check) {
    // Every run needs only the totals, so nothing per slice or decision is recorded.
    RunOptions options;
    options.recordSlices = false;
    options.recordDecisions = false;
    const std::optional<Time> listQuantum = firstQuantum(choices);
    std::vector<ComparisonRow> rows;
    rows.reserve(choices.size());
    for (const PolicyChoice& choice : choices) {
        const ComparisonVariant variant = variantOf(spec, choice, listQuantum);
        if (check) check(variant.spec);
        rows.push_back(measure(variant, simulateWorkload(variant.spec, options)));
    }
    return rows;
}

}  // namespace ts
