#pragma once
// Everything the panels show about one instant of a run: each thread's state, block reason, CPU
// and CPU time so far, each process's Run/Sleep, each CPU's occupant. A plain value: the
// recording rebuilds one for any time from its nearest checkpoint.
#include <cstdint>
#include <vector>

#include "kernel/Cpu.h"
#include "kernel/Process.h"
#include "kernel/ThreadState.h"
#include "kernel/Time.h"
#include "model/RecordedChange.h"

namespace ts::ui {

struct ThreadNow {
    ThreadState state = ThreadState::New;
    BlockReason reason = BlockReason::None;
    // Its queue's level under mlfq (0: the top), else 0; in the padding, as a recording keeps
    // a copy of every thread's entry at each checkpoint.
    std::int16_t level = 0;
    int cpu = -1;
    Time cpuBefore = 0;      // CPU time of its finished runs
    Time runningSince = 0;   // start of the run in progress (when Running)
};

static_assert(sizeof(ThreadNow) <= 24, "a thread's entry in a checkpoint stays within 24 bytes");

struct CpuNow {
    Cpu::Phase phase = Cpu::Phase::Idle;
    int tid = -1;
};

struct RunState {
    Time time = 0;
    std::vector<ThreadNow> threads;
    std::vector<ProcessState> processes;
    std::vector<CpuNow> cpus;

    void apply(const RecordedChange& change);
    // CPU time of `tid` up to this state's time, including the run in progress.
    Time cpuTimeOf(int tid) const;
    // The CPU time of all the threads of a process: the caller passes the process's tids.
    Time cpuTimeOf(const std::vector<int>& tids) const;
};

}  // namespace ts::ui
