#pragma once
// The runs behind the Compare window: one workload recorded under each chosen policy, every
// run complete, with its row of averages. The variants and the rows come from the command
// line's own code (classroom/PolicyComparison), so the window shows what `timeslice compare`
// prints; the recordings add what the small Gantt charts paint.
#include <atomic>
#include <memory>
#include <vector>

#include "classroom/PolicyComparison.h"
#include "model/RunRecording.h"

namespace ts::ui {

// Thrown when the comparison was stopped before its runs were complete.
struct ComparisonStopped {};

class ComparisonRuns {
public:
    // What a worker thread shares with the window while the runs are made.
    struct Progress {
        std::atomic<bool> stop{false};  // set by the window: throw ComparisonStopped soon
        std::atomic<int> finished{0};   // runs complete so far
    };

    // Runs every choice to its end. Throws MissingQuantum, ComparisonStopped, or InputError for
    // a workload that cannot run (a process that runs a program, a policy that cannot be built).
    ComparisonRuns(const WorkloadSpec& spec, const std::vector<PolicyChoice>& choices,
                   Progress* progress = nullptr);

    const WorkloadSpec& spec() const { return spec_; }
    int size() const { return static_cast<int>(recordings_.size()); }
    const RunRecording& recording(int i) const { return *recordings_[static_cast<std::size_t>(i)]; }
    const std::vector<ComparisonRow>& rows() const { return rows_; }
    // The latest end of all runs: the span the shared time axis fits.
    Time end() const;
    // Wall-clock time all runs took together, in microseconds (the window reports it).
    std::int64_t elapsedMicroseconds() const { return elapsedMicroseconds_; }

private:
    WorkloadSpec spec_;
    std::vector<std::unique_ptr<RunRecording>> recordings_;
    std::vector<ComparisonRow> rows_;
    std::int64_t elapsedMicroseconds_ = 0;
};

}  // namespace ts::ui
