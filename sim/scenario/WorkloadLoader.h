#pragma once
// Reads and validates a workload scenario (SPEC.md, format 1). Every fault, from an unreadable
// file to a misspelt key, becomes one ts::InputError pointing at the offending value.
#include <cstddef>
#include <string>
#include <string_view>

#include "scenario/WorkloadSpec.h"

namespace ts {

class JsonValue;

// Scenario files above this size are refused before they are read.
inline constexpr std::size_t kMaxScenarioFileBytes = 16u * 1024u * 1024u;

// The whole content of a scenario file (any format). Throws InputError without a position when
// the file is missing, unreadable, a directory or larger than `maxBytes`.
std::string readScenarioFile(const std::string& path, std::size_t maxBytes = kMaxScenarioFileBytes);

WorkloadSpec loadWorkloadFile(const std::string& path);

// `path` names the text in messages and is the base for a process's relative "program" path.
WorkloadSpec loadWorkloadText(std::string_view text, const std::string& path);

// The same, from the parsed document (an editor checks a copy with some values replaced).
WorkloadSpec loadWorkloadValue(const JsonValue& root, const std::string& path);

// Checks one element of a workload's "processes" list by the same rules as loadWorkloadText, in
// a file whose bare numbers are in `unit`; throws InputError at the first fault. Lets an editor
// check one process at a time (names are only compared with each other by the whole file).
ProcessSpec loadProcessValue(const JsonValue& process, const std::string& unit,
                             const std::string& path);

}  // namespace ts
