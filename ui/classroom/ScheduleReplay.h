#pragma once
// A scenario as "be the scheduler" replays it: loaded once, then run afresh for every new
// choice under the student's interleaving, on the scripted policy that waits at the next open
// decision (HoldingScriptedPolicy). A program's quantum is counted in bytecode instructions, a
// workload's in its unit; either way it is the grain of the interleaving.
#include <memory>
#include <optional>
#include <string>

#include "classroom/Interleaving.h"
#include "classroom/WaitingRun.h"
#include "scenario/ProgramSpec.h"
#include "scenario/WorkloadSpec.h"

namespace ts::ui {

class ScheduleReplay {
public:
    // Loads the scenario's text (`path` decides its kind, as everywhere). Throws InputError.
    ScheduleReplay(const std::string& path, const std::string& text);

    bool isProgram() const { return program_.has_value(); }
    const std::string& path() const { return path_; }
    // The unit a workload's quantum is set in (a program's is set in instructions).
    std::string unit() const { return workload_ ? workload_->unit : std::string("ms"); }
    // What one step of the quantum setting is worth: an instruction's cost for a program, one
    // of the scenario's units for a workload.
    Time quantumStep() const;
    // The step count the setting starts at: one instruction for a program (every instruction
    // is a decision), the scenario's own quantum for a workload (0: none).
    int initialQuantumSteps() const;

    // A fresh run of the scenario under `choices`, waiting at the first decision they leave
    // open. Throws InputError as the loaders do.
    std::unique_ptr<WaitingRun> run(const Interleaving& choices, int quantumSteps) const;
    // The scenario's text with `choices` as its schedule (ScheduleWriter).
    std::string savedText(const Interleaving& choices, int quantumSteps) const;

private:
    std::string path_;
    std::string text_;
    std::optional<ProgramSpec> program_;
    std::optional<WorkloadSpec> workload_;
};

}  // namespace ts::ui
