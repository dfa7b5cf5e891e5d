#pragma once
// Reads the hand-written schedule of the `scripted` policy, as a program's front matter line
// `schedule: MainThread, Thread-1*3, Thread-2` or a workload machine's "schedule" (the same
// text, or a JSON list of such entries). Each entry names a thread, or gives its tid (`3` or
// `#3`, counted from 1), optionally followed by `*N` for N decisions in a row. Every fault is an
// InputError at the entry.
#include <string>
#include <string_view>
#include <vector>

#include "kernel/MachineConfig.h"
#include "policies/ScheduleChoice.h"
#include "scenario/SourcePos.h"

namespace ts {

class JsonValue;
struct WorkloadSpec;

// `text` begins at `start` in `path` (one line: columns count bytes).
std::vector<ScheduleChoice> parseScheduleText(std::string_view text, SourcePos start,
                                              const std::string& path);

// A workload machine's "schedule": a string as above, or a list of strings, one entry each.
std::vector<ScheduleChoice> readScheduleValue(const JsonValue& value, const std::string& path);

// A schedule is followed by the scripted policy only: given with another, it is a mistake.
void requireScriptedPolicy(const MachineConfig& machine, SourcePos schedulePos,
                           const std::string& path);

// A workload's threads are known before it runs: every choice must name one of them.
void checkScheduleThreads(const WorkloadSpec& spec);

}  // namespace ts
