#include "classroom/ComparisonRuns.h"

#include <algorithm>
#include <chrono>

#include "Simulation.h"
#include "scenario/InputError.h"

namespace ts::ui {
namespace {
// Events per call to extend(): small enough that a stop is noticed within a few milliseconds.
constexpr std::int64_t kEventsPerChunk = 20'000;
}  // namespace

ComparisonRuns::ComparisonRuns(const WorkloadSpec& spec, const std::vector<PolicyChoice>& choices,
                               Progress* progress)
    : spec_(spec) {
    const auto started = std::chrono::steady_clock::now();
    for (ComparisonVariant& variant : PolicyComparison::variants(spec, choices)) {
        WorkloadSpec runSpec = variant.spec;
        if (!runSpec.untilGiven) {
            // The command line stops repeating work after ten seconds; a recording would run
            // until paused. Give it the same end, so both measure the same run.
            runSpec.machine.until = defaultHorizon(runSpec);
            runSpec.untilGiven = runSpec.machine.until != kNever;
        }
        auto recording = std::make_unique<RunRecording>(std::move(runSpec));
        while (recording->extend(kNever, kEventsPerChunk)) {
            if (progress && progress->stop) throw ComparisonStopped{};
        }
        if (!recording->report()) {
            throw InputError(spec.path, {}, "the run under " + variant.label +
                                                " is too long to record; give the workload an \"until\"");
        }
        rows_.push_back(PolicyComparison::measure(variant, *recording->report()));
        recordings_.push_back(std::move(recording));
        if (progress) ++progress->finished;
    }
    elapsedMicroseconds_ = std::chrono::duration_cast<std::chrono::microseconds>(
                               std::chrono::steady_clock::now() - started)
                               .count();
}

Time ComparisonRuns::end() const {
    Time end = 0;
    for (const ComparisonRow& row : rows_) end = std::max(end, row.end);
    return end;
}

}  // namespace ts::ui
