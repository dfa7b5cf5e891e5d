#pragma once
// One change of the run's visible state, as the GUI records it: a thread's state, a process's
// Run/Sleep, what a CPU is doing, or a thread's queue level (mlfq). 24 bytes, so a run of a million events stays small.
#include <cstdint>

#include "kernel/Time.h"

namespace ts::ui {

struct RecordedChange {
    enum class Kind : std::uint8_t { Thread, Process, Cpu, Level };
    Time time = 0;
    std::int32_t id = 0;    // tid, pid or cpu
    std::int32_t arg = -1;  // Thread: the CPU it runs on; Cpu: the thread on it (-1: idle);
                            // Level: the thread's level
    Kind kind = Kind::Thread;
    std::uint8_t state = 0;   // ThreadState, ProcessState or Cpu::Phase
    std::uint8_t reason = 0;  // BlockReason (Thread only)
};
static_assert(sizeof(RecordedChange) <= 24, "a recorded change must stay within 24 bytes");

}  // namespace ts::ui
