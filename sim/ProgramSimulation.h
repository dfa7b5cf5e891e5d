#pragma once
// Runs a Python program (SPEC format 2) as one process on the kernel: parse (Python 2 or 3 as
// the spec, the command line or the syntax says), compile, start its main thread, run to the
// end, to `until`, or to a Ctrl-C at `interruptAt`, and gather the report — with the program's
// output lines and how it ended (completed, time-limit, interrupted, deadlock, error).
// The command line and the GUI both call this. SyntaxErrors are InputErrors.
#include <atomic>
#include <optional>

#include "kernel/Time.h"
#include "report/RunReport.h"
#include "scenario/ProgramSpec.h"

namespace ts {

struct ProgramRunOptions {
    int python = 0;                   // 2 or 3 overrides the spec; 0: the spec's (or detected)
    std::optional<Time> until;        // overrides the spec's `until`
    std::optional<Time> interruptAt;  // Ctrl-C: KeyboardInterrupt in the main thread
    bool recordSlices = true;
    bool recordDecisions = true;
    // Set from another thread to stop the run between two events (a sweep's Cancel): the
    // report then ends "cancelled". A program can otherwise run minutes to its horizon.
    const std::atomic<bool>* cancel = nullptr;
};

RunReport simulateProgram(const ProgramSpec& spec, const ProgramRunOptions& options = {});

// Parses and compiles the program only (timeslice check). Throws InputError.
void checkProgram(const ProgramSpec& spec, int python = 0);

}  // namespace ts
