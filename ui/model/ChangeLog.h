#pragma once
// The recorded run as a log of state changes, with a full RunState checkpoint every
// kCheckpointEvery changes: the state at any time is the nearest checkpoint before it plus at
// most that many changes replayed, so seeking anywhere in a long run takes microseconds.
// It also keeps one StepTrack per thread and per CPU, which the Gantt chart paints.
#include <cstddef>
#include <vector>

#include "model/RecordedChange.h"
#include "model/RunState.h"
#include "model/StepTrack.h"

namespace ts::ui {

class ChangeLog {
public:
    static constexpr std::size_t kCheckpointEvery = 1024;

    void append(const RecordedChange& change);
    std::size_t size() const { return changes_.size(); }
    const RecordedChange& operator[](std::size_t i) const { return changes_[i]; }

    // The state after every change at or before `t`.
    RunState stateAt(Time t) const;
    // The state after the last change recorded so far.
    const RunState& latest() const { return live_; }

    // The first change strictly after `t` / the last strictly before it; kNever / -1 if none.
    Time nextChangeAfter(Time t) const;
    Time previousChangeBefore(Time t) const;

    // Bit r is set once any thread blocked for BlockReason r (the legend lists only those).
    std::uint32_t reasonsSeen() const { return reasonsSeen_; }
    const std::vector<StepTrack>& threadTracks() const { return threadTracks_; }
    const std::vector<StepTrack>& cpuTracks() const { return cpuTracks_; }

    // Track values: a thread lane holds state | reason << 8; a CPU lane holds phase | (tid+1) << 8.
    static std::uint32_t threadValue(const RecordedChange& c) {
        return static_cast<std::uint32_t>(c.state) | (static_cast<std::uint32_t>(c.reason) << 8);
    }
    static std::uint32_t cpuValue(const RecordedChange& c) {
        return static_cast<std::uint32_t>(c.state) | (static_cast<std::uint32_t>(c.arg + 1) << 8);
    }

private:
    std::vector<RecordedChange> changes_;
    std::vector<RunState> checkpoints_{RunState{}};  // checkpoints_[k]: after k * kCheckpointEvery
    RunState live_;
    std::uint32_t reasonsSeen_ = 0;
    std::vector<StepTrack> threadTracks_;
    std::vector<StepTrack> cpuTracks_;
};

}  // namespace ts::ui
