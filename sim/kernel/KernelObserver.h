#pragma once
// The one interface through which the kernel reports what happens. The trace recorder, the
// command line's outputs and the GUI all listen here; none of them reaches into the kernel.
#include <string_view>

#include "kernel/Decision.h"
#include "kernel/SyncOp.h"
#include "kernel/Slice.h"
#include "kernel/ThreadState.h"
#include "kernel/Time.h"

namespace ts {

struct Thread;
struct Process;

class KernelObserver {
public:
    virtual ~KernelObserver() = default;
    // The thread moved from `from` to its current state (and block reason).
    virtual void onThreadState(Time, const Thread&, ThreadState /*from*/) {}
    // The process's Run/Sleep/Exited state changed.
    virtual void onProcessState(Time, const Process&) {}
    // A CPU slice ended (or was cut at the end of the run).
    virtual void onSlice(const Slice&) {}
    virtual void onDecision(const Decision&) {}
    // The timer interrupted `tid` on `cpu` because its quantum expired.
    virtual void onTimerInterrupt(Time, int /*cpu*/, int /*tid*/) {}
    virtual void onJobRelease(Time, const Process&, int /*job*/) {}
    virtual void onDeadlineMiss(Time, const Process&, int /*job*/) {}
    // A synchronisation object changed, or a thread waited in it or left it.
    virtual void onSyncOp(const SyncOp&) {}
    // A thread wrote a line (or part of one) to stdout or stderr.
    virtual void onOutput(Time, int /*tid*/, OutputStream, std::string_view /*text*/) {}
    // A Python thread began executing a new source line (only when the run reports lines).
    virtual void onLine(Time, int /*tid*/, int /*line*/) {}
};

}  // namespace ts
