#pragma once
// What the command line asked for, parsed and validated but not yet carried out.
#include <optional>
#include <string>
#include <vector>

#include "MachineOverrides.h"
#include "kernel/Time.h"

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

// One entry of --policies: "rr:4ms" is rr with a 4 ms quantum.
struct PolicyChoice {
    std::string name;
    std::optional<Time> quantum;
};

struct CompareRequest {
    std::string file;
    std::vector<PolicyChoice> policies;
    MachineOverrides overrides;  // --policy is not accepted here
    std::optional<std::string> csvPath;
    std::optional<std::string> jsonPath;
    bool quiet = false;
};

struct GuiRequest {
    std::vector<std::string> arguments;
};

struct Invocation {
    enum class Command { Default, Help, Version, Run, Check, Compare, Gui };
    Command command = Command::Default;
    std::string helpTopic;  // `timeslice help run`
    RunRequest run;
    CheckRequest check;
    CompareRequest compare;
    GuiRequest gui;
};

}  // namespace ts::app
