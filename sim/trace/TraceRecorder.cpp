#include "trace/TraceRecorder.h"

#include "kernel/Process.h"
#include "kernel/Thread.h"

namespace ts {

void TraceRecorder::onThreadState(Time t, const Thread& thread, ThreadState from) {
    if (options_.states) {
        states_.push_back(StateChange{t, thread.tid, from, thread.state, thread.blockReason});
    }
}

void TraceRecorder::onProcessState(Time t, const Process& process) {
    if (options_.states) {
        processStates_.push_back(
            ProcessStateChange{t, process.pid, static_cast<std::uint8_t>(process.state)});
    }
}

void TraceRecorder::onSlice(const Slice& slice) {
    // Each quantum stays its own slice, even when the same thread goes on after the timer
    // interrupt: textbook Gantt charts draw it so, and the interrupt is visible between them.
    if (options_.slices) slices_.push_back(slice);
}

void TraceRecorder::onDecision(const Decision& decision) {
    if (options_.decisions) decisions_.push_back(decision);
}

void TraceRecorder::onTimerInterrupt(Time t, int cpu, int tid) {
    marks_.push_back(MarkEvent{t, tid, cpu, MarkEvent::Kind::TimerInterrupt});
}

void TraceRecorder::onJobRelease(Time t, const Process& process, int job) {
    marks_.push_back(MarkEvent{t, process.pid, job, MarkEvent::Kind::JobRelease});
}

void TraceRecorder::onDeadlineMiss(Time t, const Process& process, int job) {
    marks_.push_back(MarkEvent{t, process.pid, job, MarkEvent::Kind::DeadlineMiss});
}

}  // namespace ts

namespace ts {

void TraceRecorder::onSyncOp(const SyncOp& op) {
    if (options_.states) syncOps_.push_back(op);
}

void TraceRecorder::onOutput(Time t, int tid, OutputStream stream, std::string_view text) {
    // Output is always kept: it is the program's own, and the report carries all of it.
    output_.push_back(OutputChunk{t, tid, stream, static_cast<std::uint32_t>(outputText_.size()),
                                  static_cast<std::uint32_t>(text.size())});
    outputText_.append(text);
}

void TraceRecorder::onLine(Time t, int tid, int line) {
    lines_.push_back(LineMark{t, tid, line});
}

void TraceRecorder::shrinkToFit() {
    slices_.shrinkToFit();
    decisions_.shrinkToFit();
    states_.shrinkToFit();
    processStates_.shrinkToFit();
    marks_.shrinkToFit();
    syncOps_.shrinkToFit();
    output_.shrinkToFit();
    outputText_.shrink_to_fit();
    lines_.shrinkToFit();
}

}  // namespace ts
