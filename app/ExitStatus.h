#pragma once
// The exit statuses SPEC.md fixes for every sub-command.
namespace ts::app {

inline constexpr int kExitOk = 0;             // completed, or stopped by --until / --interrupt-at
inline constexpr int kExitProgramFailed = 1;  // the simulated program deadlocked or failed
inline constexpr int kExitBadInput = 2;       // a usage error, an unreadable or invalid file

}  // namespace ts::app
