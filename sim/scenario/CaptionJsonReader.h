#pragma once
// A workload's "captions" list (docs/captions.md):
//   "captions": [{"at": 12, "text": "...", "pause": true},
//                {"on": "preempt", "thread": "P2", "occurrence": 2, "text": "..."},
//                {"on": "block", "reason": "io", "text": "..."}]
// Times are in the file's unit like every other time. A thread must be named in the workload
// (a thread's or a process's name); "line" is for programs, which have source lines.
// Errors are InputErrors at the offending value.
#include <string>
#include <vector>

#include "scenario/Caption.h"
#include "scenario/JsonValue.h"
#include "scenario/WorkloadSpec.h"

namespace ts {

// `spec` holds the processes already read; `unit` is the file's unit.
std::vector<Caption> readWorkloadCaptions(const JsonValue& captions, const WorkloadSpec& spec,
                                          const std::string& unit);

}  // namespace ts
