#include "classroom/ScheduleReplay.h"

#include "classroom/HoldingScriptedPolicy.h"
#include "classroom/ScheduleWriter.h"
#include "classroom/WaitingRun.h"
#include "model/ProgramKernel.h"
#include "model/WorkloadKernel.h"
#include "scenario/Duration.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

namespace ts::ui {
namespace {

bool isProgramPath(const std::string& path) {
    return path.size() > 3 && path.compare(path.size() - 3, 3, ".py") == 0;
}

// The machine of a replay: the scenario's own, scheduled by the student's choices with a
// quantum that does not wander (the same choices must meet the same decisions).
void scheduleByHand(MachineConfig& m, const Interleaving& choices, Time quantum, const std::string& path) {
    m.policy = "scripted";
    m.quantum = quantum;
    m.quantumJitter = 0;
    m.schedule = choices.schedule();
    m.scheduleFile = path;
}

}  // namespace

ScheduleReplay::ScheduleReplay(const std::string& path, const std::string& text) : path_(path), text_(text) {
    if (isProgramPath(path)) {
        program_ = loadProgramText(text, path);
    } else {
        workload_ = loadWorkloadText(text, path);
    }
}

Time ScheduleReplay::quantumStep() const {
    if (program_) return program_->instructionCost;
    return durationUnitScale(workload_->unit).value_or(kMillisecond);
}

int ScheduleReplay::initialQuantumSteps() const {
    if (program_) return 1;
    const Time q = workload_->machine.quantum;
    return q > 0 ? static_cast<int>(std::max<Time>(1, q / quantumStep())) : 0;
}

std::unique_ptr<WaitingRun> ScheduleReplay::run(const Interleaving& choices, int quantumSteps) const {
    const Time quantum = quantumStep() * quantumSteps;
    if (program_) {
        ProgramSpec spec = *program_;
        scheduleByHand(spec.machine, choices, quantum, path_);
        auto policy = std::make_unique<HoldingScriptedPolicy>(spec.machine.schedule, path_, quantum);
        return std::make_unique<WaitingRun>(std::make_unique<ProgramKernel>(std::move(spec), std::move(policy)));
    }
    WorkloadSpec spec = *workload_;
    scheduleByHand(spec.machine, choices, quantum, path_);
    auto policy = std::make_unique<HoldingScriptedPolicy>(spec.machine.schedule, path_, quantum);
    return std::make_unique<WaitingRun>(std::make_unique<WorkloadKernel>(std::move(spec), std::move(policy)));
}

std::string ScheduleReplay::savedText(const Interleaving& choices, int quantumSteps) const {
    const ScheduleSettings settings{choices.text(), quantumStep() * quantumSteps};
    return program_ ? ScheduleWriter::program(text_, settings) : ScheduleWriter::workload(text_, path_, settings);
}

}  // namespace ts::ui
