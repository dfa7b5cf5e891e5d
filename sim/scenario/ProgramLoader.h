#pragma once
// Reads a program file (.py) and its optional front matter: a module docstring whose first line
// is exactly `timeslice`, then `key: value` lines with the keys of a workload's machine plus
// seed, until, python, title, gil, instructionCost, clockStart and the limits, and any number of
// `caption:` lines (docs/captions.md). Errors are InputErrors at the offending line and column.
#include <string>
#include <string_view>

#include "scenario/ProgramSpec.h"

namespace ts {

ProgramSpec loadProgramFile(const std::string& path);
ProgramSpec loadProgramText(std::string_view text, const std::string& path);

}  // namespace ts
