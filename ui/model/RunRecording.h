#pragma once
// A workload run as the GUI sees it: the kernel advanced in bounded chunks (extend), everything
// it did recorded, and fast answers to "what was the state at time t" - threads, CPUs,
// processes, the ready queue in order, the latest decision and its sentence. Stepping back and
// scrubbing read this recording; nothing is ever re-run.
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kernel/Decision.h"
#include "model/CaptionTrack.h"
#include "model/ChangeLog.h"
#include "model/LineIndex.h"
#include "model/ReadyQueueTrack.h"
#include "model/RunObserver.h"
#include "model/RunSource.h"
#include "model/WorkloadKernel.h"
#include "report/RunReport.h"
#include "scenario/WorkloadSpec.h"

namespace ts::ui {

class RunRecording {
public:
    explicit RunRecording(std::unique_ptr<RunSource> source);
    // A workload scenario. Throws InputError when it cannot be run.
    explicit RunRecording(WorkloadSpec spec);
    RunRecording(const RunRecording&) = delete;
    RunRecording& operator=(const RunRecording&) = delete;

    // Runs the kernel until the state is known up to `target` or `maxEvents` events were
    // executed, whichever comes first. Returns true while the run has more to do.
    bool extend(Time target, std::int64_t maxEvents);
    bool complete() const { return complete_; }
    // Repeating work with no time limit: it runs until the user pauses it.
    bool endless() const { return endless_; }
    // The state is known for every time up to here.
    Time knownUntil() const;
    Time endTime() const { return complete_ ? end_ : knownUntil(); }
    std::int64_t events() const { return kernel().counters().events; }

    std::string unit() const { return source_->unit(); }
    std::string title() const { return source_->title(); }
    std::string path() const { return source_->path(); }
    const Kernel& kernel() const { return source_->kernel(); }
    const ChangeLog& changes() const { return log_; }
    const TraceRecorder& trace() const { return observer_; }
    // A program's source text (empty for a workload) and the lines its threads reached.
    std::string source() const { return source_->source(); }
    const LineIndex& lines() const { return lines_; }
    // The scenario's captions at the moments recorded so far.
    const CaptionTrack& captionTrack() const { return captions_; }
    // The full report (metrics), once the run is complete.
    const RunReport* report() const { return report_ ? &*report_ : nullptr; }
    // Why the run stopped early when it could not go on (a schedule that cannot be followed:
    // FILE:LINE:COL: error: ...), else empty.
    const std::string& failure() const { return failure_; }

    // Every thread and process has an entry, also those that have not appeared yet (New).
    RunState stateAt(Time t) const;
    std::vector<int> readyQueueAt(Time t) const;
    // Whether the policy keeps its ready threads in levels (mlfq): RunState's ThreadNow::level
    // is then recorded at every instant.
    bool hasLevels() const { return levels_; }
    // Memory the ready queue's record takes (benchmarks).
    std::size_t readyQueueBytes() const { return ready_.bytes(); }
    // The latest decision taken at or before `t`, or nullptr.
    const Decision* decisionAt(Time t) const;
    // Why `d` was taken, in the interface's language (DecisionPhrases).
    QString sentence(const Decision& d) const;
    // The next dispatch that puts a different thread on a CPU after `t`; kNever if none known.
    Time nextContextSwitchAfter(Time t) const;

    // Whether any timer interrupt / deadline miss was recorded (the legend lists only those).
    bool hasTimerInterrupts() const { return hasTimer_; }
    bool hasDeadlineMisses() const { return hasMiss_; }
    // Whether a periodic task released a job (the chart marks releases and deadlines).
    bool hasJobReleases() const { return hasRelease_; }
    // Whether a thread ever woke another (a release, set() or notify): the legend's arrow.
    bool hasWakeUps() const { return hasWake_; }

    std::string threadName(int tid) const;
    std::string processName(int pid) const;
    int processOf(int tid) const;
    int threadCount() const { return static_cast<int>(kernel().threads().size()); }
    int processCount() const { return static_cast<int>(kernel().processes().size()); }
    int cpuCount() const { return static_cast<int>(kernel().cpus().size()); }

private:
    void recordCpus(Time now);
    void recordReadyQueue(Time now);
    void recordLevels(Time now);
    bool advance(Time target, std::int64_t maxEvents);
    void finish();
    // The end of a program stopped by its instruction limit: every thread terminated.
    void closeStoppedProgram();
    void fail(const std::string& message);
    void noteMarks();

    std::unique_ptr<RunSource> source_;
    ChangeLog log_;
    RunObserver observer_;
    LineIndex lines_{observer_.lines()};
    Time until_;
    CaptionTrack captions_;
    bool complete_ = false;
    bool endless_ = false;
    bool hasTimer_ = false;
    bool hasMiss_ = false;
    bool hasRelease_ = false;
    std::size_t marksSeen_ = 0;
    bool hasWake_ = false;
    std::size_t syncOpsSeen_ = 0;
    Time end_ = 0;
    std::vector<CpuNow> lastCpus_;
    std::vector<int> scratch_;
    ReadyQueueTrack ready_;
    bool levels_ = false;
    std::vector<int> lastLevels_;
    std::optional<RunReport> report_;
    std::string failure_;
};

}  // namespace ts::ui
