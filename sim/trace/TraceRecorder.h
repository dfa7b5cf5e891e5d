#pragma once
// Records a run compactly as it happens: structs of integers, names left in the kernel's tables.
// The GUI scrubs through this recording; the report is built from it at the end.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/KernelObserver.h"
#include "trace/RecordArray.h"

namespace ts {

struct StateChange {
    Time time;
    std::int32_t tid;
    ThreadState from;
    ThreadState to;
    BlockReason reason;
};

struct ProcessStateChange {
    Time time;
    std::int32_t pid;
    std::uint8_t state;  // ProcessState
};

struct MarkEvent {
    enum class Kind : std::uint8_t { TimerInterrupt, JobRelease, DeadlineMiss };
    Time time;
    std::int32_t id;     // tid for a timer interrupt, pid otherwise
    std::int32_t arg;    // cpu, or job index
    Kind kind;
};

// One output write (a line, or the part of a line a thread wrote), its text kept in one pool.
struct OutputChunk {
    Time time;
    std::int32_t tid;
    OutputStream stream;
    std::uint32_t offset;  // into TraceRecorder::outputText()
    std::uint32_t length;
};

// A Python thread reached a new source line (recorded when the run reports lines).
struct LineMark {
    Time time;
    std::int32_t tid;
    std::int32_t line;
};

class TraceRecorder : public KernelObserver {
public:
    struct Options {
        bool slices = true;
        bool decisions = true;
        bool states = true;
    };
    TraceRecorder() = default;
    explicit TraceRecorder(Options options) : options_(options) {}

    void onThreadState(Time t, const Thread& thread, ThreadState from) override;
    void onProcessState(Time t, const Process& process) override;
    void onSlice(const Slice& slice) override;
    void onDecision(const Decision& decision) override;
    void onTimerInterrupt(Time t, int cpu, int tid) override;
    void onJobRelease(Time t, const Process& process, int job) override;
    void onDeadlineMiss(Time t, const Process& process, int job) override;
    void onSyncOp(const SyncOp& op) override;
    void onOutput(Time t, int tid, OutputStream stream, std::string_view text) override;
    void onLine(Time t, int tid, int line) override;
    // The run is over: gives back the room the growing arrays kept ahead (up to half of each),
    // so that a recorded slice takes its 32 bytes and no more.
    void shrinkToFit();

    const RecordArray<Slice>& slices() const { return slices_; }
    const RecordArray<Decision>& decisions() const { return decisions_; }
    const RecordArray<StateChange>& states() const { return states_; }
    const RecordArray<ProcessStateChange>& processStates() const { return processStates_; }
    const RecordArray<MarkEvent>& marks() const { return marks_; }
    const RecordArray<SyncOp>& syncOps() const { return syncOps_; }
    const RecordArray<OutputChunk>& output() const { return output_; }
    const RecordArray<LineMark>& lines() const { return lines_; }
    const std::string& outputText() const { return outputText_; }
    std::string_view textOf(const OutputChunk& c) const {
        return std::string_view(outputText_).substr(c.offset, c.length);
    }

private:
    Options options_;
    RecordArray<Slice> slices_;
    RecordArray<Decision> decisions_;
    RecordArray<StateChange> states_;
    RecordArray<ProcessStateChange> processStates_;
    RecordArray<MarkEvent> marks_;
    RecordArray<SyncOp> syncOps_;
    RecordArray<OutputChunk> output_;
    std::string outputText_;
    RecordArray<LineMark> lines_;
};

}  // namespace ts
