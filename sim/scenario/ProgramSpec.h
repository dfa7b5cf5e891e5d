#pragma once
// A Python program scenario (SPEC.md, format 2) as loaded: its source, and the machine and run
// settings from its front matter — or the program defaults when it has none.
#include <cstdint>
#include <string>
#include <vector>

#include "kernel/MachineConfig.h"
#include "kernel/Time.h"
#include "scenario/Caption.h"
#include "scenario/SourcePos.h"

namespace ts {

struct ProgramSpec {
    std::string path;            // as given
    std::string source;          // the whole file, front matter included (line numbers stay true)
    std::string title;
    MachineConfig machine;
    bool untilGiven = false;
    int python = 0;              // 2 or 3; 0: detect from the syntax (SPEC's default)
    Time instructionCost = 50;   // simulated ns per bytecode instruction
    // The wall-clock time (seconds since the Unix epoch, UTC) at simulated time 0: what
    // time.time() returns when the program starts. Default: the tutorial's first run,
    // Tue Oct 25 23:38:34 2016.
    std::int64_t clockOrigin = 1477438714;
    // Resource limits (0: none).
    std::int64_t maxInstructions = 0;
    int maxThreads = 1000;
    std::int64_t maxMemoryBytes = 256LL * 1024 * 1024;
    int recursionLimit = 1000;
    // `interruptAt: D`: Ctrl-C (KeyboardInterrupt in the main thread) at D, as the command
    // line's --interrupt-at, which overrides it (-1: none).
    Time interruptAt = -1;
    bool hasFrontMatter = false;
    std::vector<Caption> captions;  // `caption:` lines, in file order (docs/captions.md)
};

// The machine a program runs on when its front matter says nothing: one CPU scheduled round
// robin with the 5 ms slice of CPython's GIL switch interval, cheap thread switches, timer
// interrupts that wander a little (seeded) as real ones do, so that the seed changes where a
// thread is interrupted, and sleeps that end on a 1 ms timer tick.
MachineConfig defaultProgramMachine();

}  // namespace ts
