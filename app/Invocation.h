#pragma once
// What the command line asked for, parsed and validated but not yet carried out.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "MachineOverrides.h"
#include "classroom/PolicyComparison.h"  // PolicyChoice: one entry of --policies
#include "classroom/SweepValues.h"
#include "kernel/Time.h"
#include "workload/WorkloadGeneratorOptions.h"

namespace ts::app {

struct RunRequest {
    std::string file;
    MachineOverrides overrides;
    std::optional<Time> interruptAt;  // programs only
    std::optional<int> python;        // programs only: 2 or 3
    std::optional<std::string> jsonPath;
    std::optional<std::string> tracePath;
    bool noSlices = false;
    bool quiet = false;
};

struct CheckRequest {
    std::vector<std::string> files;
    bool quiet = false;
};

struct CompareRequest {
    std::string file;
    std::vector<PolicyChoice> policies;
    MachineOverrides overrides;  // --policy is not accepted here
    std::optional<std::string> csvPath;
    std::optional<std::string> jsonPath;
    bool quiet = false;
};

struct GenerateRequest {
    WorkloadGeneratorOptions options;
    std::string outputPath = "-";  // --output; "-" is stdout
};

struct QuizRequest {
    std::string file;
    int questions = 0;
    std::uint64_t seed = 0;
    std::string outputDir = ".";
    bool pdf = false;
};

struct SweepRequest {
    std::string file;
    SweepParameter parameter = SweepParameter::Quantum;
    std::vector<std::int64_t> values;
    int jobs = 0;  // 0: one per hardware thread
    std::optional<std::string> csvPath;
    std::optional<std::string> jsonPath;
    bool quiet = false;
};

struct GuiRequest {
    std::vector<std::string> arguments;
};

struct Invocation {
    enum class Command { Default, Help, Version, Run, Check, Compare, Gui, Generate, Quiz, Sweep };
    Command command = Command::Default;
    std::string helpTopic;  // `timeslice help run`
    RunRequest run;
    CheckRequest check;
    CompareRequest compare;
    GuiRequest gui;
    GenerateRequest generate;
    QuizRequest quiz;
    SweepRequest sweep;
};

}  // namespace ts::app
