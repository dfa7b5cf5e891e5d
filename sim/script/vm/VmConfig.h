#pragma once
// The knobs of one program's interpreter.
#include <cstdint>
#include <string>
#include <vector>

#include "kernel/Time.h"

namespace ts::script {

struct VmConfig {
    Time instructionCost = 50;  // simulated ns per bytecode instruction
    // time.time() at simulated time 0, in seconds since the epoch. "Local" time is UTC, so runs
    // never depend on the machine's time zone. The default is the instant of the tutorial's
    // first example (Tue Oct 25 23:38:34 2016).
    std::int64_t wallClockOrigin = 1477438714;
    int recursionLimit = 1000;
    // Frames a C++ callback chain may nest (each costs C++ stack): beyond, RecursionError.
    int nestedCallLimit = 150;
    // Bytecode instructions the whole program may execute (0: no limit). Reaching it stops
    // every thread: instructionLimitReached() tells the runner, which ends the run.
    std::int64_t maxInstructions = 0;
    // The run's time limit. Code that runs nested inside one instruction (a generator that
    // sum() or list() consumes, a __repr__, a sort key) cannot be pre-empted, so an endless one
    // would never give the kernel back its clock: once it has run past this instant (or past
    // maxInstructions) the program is abandoned there, as the run ends there, and nothing it
    // does afterwards is shown.
    Time runUntil = kNever;
    // Threads alive at once, the main thread included (0: no limit); one more raises
    // RuntimeError("can't start new thread"), as CPython does when the OS refuses.
    int maxThreads = 0;
    // Report every new source line a thread reaches (LineListener): the GUI wants them; a
    // command-line run does not.
    bool reportLines = false;
    // sys.argv.
    std::vector<std::string> argv;
};

}  // namespace ts::script
