#pragma once
// What an exercise sheet gives the class to work from, in Markdown: the machine and a table of
// the workload's processes, or the program's listing with line numbers and its machine.
#include <string>

#include "scenario/ProgramSpec.h"
#include "scenario/WorkloadSpec.h"

namespace ts {

class QuizSetting {
public:
    static std::string workload(const WorkloadSpec& spec);
    static std::string program(const ProgramSpec& spec);
    // "1 CPU, round robin (rr), quantum 4 ms, context switch 0 ms".
    static std::string machine(const MachineConfig& machine, const std::string& unit);
};

}  // namespace ts
