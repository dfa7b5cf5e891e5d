#pragma once
// One simulated CPU: idle, switching context to a thread, or running it.
#include <cstdint>

#include "kernel/Time.h"

namespace ts {

struct Cpu {
    enum class Phase : std::uint8_t { Idle, Switching, Running };

    int id = 0;
    Phase phase = Phase::Idle;
    int current = -1;              // the thread switching in or running
    int last = -1;                 // the thread that last ran here (for switch costs)
    Time phaseStart = 0;           // start of the current switch or run slice
    Time accountedUntil = 0;       // the running thread's CPU time is charged up to here
    Time quantumEnd = kNever;
    Time aheadUntil = 0;           // a stepped thread's body has executed up to here
    bool preemptRequested = false; // pre-empt once the instruction in progress ends
    int preemptedTid = -1;         // the thread just pre-empted here, for the next decision
    int expiredTid = -1;           // the thread whose quantum just expired here
    std::int64_t preemptedRank = 0;
    Time busyRun = 0;              // total time running threads
    Time busySwitch = 0;           // total time switching
};

}  // namespace ts
