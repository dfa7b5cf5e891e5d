#include "model/ChangeLog.h"

#include <algorithm>

#include "kernel/Cpu.h"
#include "kernel/ThreadState.h"

namespace ts::ui {
namespace {

StepTrack& trackFor(std::vector<StepTrack>& tracks, int index) {
    const auto at = static_cast<std::size_t>(index);
    if (tracks.size() <= at) tracks.resize(at + 1);
    return tracks[at];
}

bool earlier(const RecordedChange& c, Time t) { return c.time < t; }
bool later(Time t, const RecordedChange& c) { return t < c.time; }

}  // namespace

void ChangeLog::append(const RecordedChange& change) {
    changes_.push_back(change);
    live_.apply(change);
    if (changes_.size() % kCheckpointEvery == 0) checkpoints_.push_back(live_);
    if (change.kind == RecordedChange::Kind::Thread) {
        const bool running = static_cast<ThreadState>(change.state) == ThreadState::Running;
        trackFor(threadTracks_, change.id).append(change.time, threadValue(change), running);
        reasonsSeen_ |= 1u << change.reason;
    } else if (change.kind == RecordedChange::Kind::Cpu) {
        const bool busy = static_cast<Cpu::Phase>(change.state) != Cpu::Phase::Idle;
        trackFor(cpuTracks_, change.id).append(change.time, cpuValue(change), busy);
    }
}

RunState ChangeLog::stateAt(Time t) const {
    const auto end = std::upper_bound(changes_.begin(), changes_.end(), t, later);
    const auto count = static_cast<std::size_t>(end - changes_.begin());
    const std::size_t k = std::min(count / kCheckpointEvery, checkpoints_.size() - 1);
    RunState state = checkpoints_[k];
    for (std::size_t i = k * kCheckpointEvery; i < count; ++i) state.apply(changes_[i]);
    state.time = t;
    return state;
}

Time ChangeLog::nextChangeAfter(Time t) const {
    const auto it = std::upper_bound(changes_.begin(), changes_.end(), t, later);
    return it == changes_.end() ? kNever : it->time;
}

Time ChangeLog::previousChangeBefore(Time t) const {
    const auto it = std::lower_bound(changes_.begin(), changes_.end(), t, earlier);
    return it == changes_.begin() ? -1 : std::prev(it)->time;
}

}  // namespace ts::ui
