#include "model/SyncTimeline.h"

#include <algorithm>

namespace ts::ui {

void SyncTimeline::update() {
    const auto& ops = trace_.syncOps();
    for (; read_ < ops.size(); ++read_) read(ops[read_], static_cast<std::uint32_t>(read_));
}

void SyncTimeline::read(const SyncOp& op, std::uint32_t at) {
    if (op.object < 0) return;
    if (index(op.object) >= tracks_.size()) tracks_.resize(index(op.object) + 1);
    Track& track = tracks_[index(op.object)];
    if (track.ops.empty()) describeNew(track, op);
    if (track.ops.size() % kCheckpointEvery == 0) track.checkpoints.push_back(track.live);
    const Time last = track.times.empty() ? op.time : track.times.back();
    track.times.push_back(std::max(last, op.time));
    track.ops.push_back(at);
    track.live.apply(op);
}

void SyncTimeline::describeNew(Track& track, const SyncOp& created) {
    track.kind = created.objectKind;
    track.createdAt = created.time;
    track.creator = created.tid;
    // queue.Queue registers its Queue and then, at once, the Event behind join().
    const int previous = created.object - 1;
    if (track.kind == SyncObjectKind::Event && previous >= 0) {
        const Track& before = tracks_[index(previous)];
        if (before.kind == SyncObjectKind::Queue && !before.ops.empty() &&
            before.createdAt == created.time && before.creator == created.tid) {
            track.queueOfTasks = previous;
        }
    }
    if (track.kind == SyncObjectKind::Thread || track.queueOfTasks >= 0) return;
    const auto kind = static_cast<std::size_t>(track.kind);
    if (perKind_.size() <= kind) perKind_.resize(kind + 1, 0);
    track.ordinal = ++perKind_[kind];
}

std::size_t SyncTimeline::countUntil(const Track& track, Time t) const {
    return static_cast<std::size_t>(std::upper_bound(track.times.begin(), track.times.end(), t) -
                                    track.times.begin());
}

SyncObjectState SyncTimeline::stateAt(int object, Time t) const {
    if (object < 0 || index(object) >= tracks_.size()) return {};
    const Track& track = tracks_[index(object)];
    const std::size_t n = countUntil(track, t);
    if (n == track.ops.size()) return track.live;
    const std::size_t checkpoint = n / kCheckpointEvery;
    SyncObjectState state = track.checkpoints[checkpoint];
    // Before its creation the state is blank, but it still names its object.
    state.id = object;
    const auto& ops = trace_.syncOps();
    for (std::size_t i = checkpoint * kCheckpointEvery; i < n; ++i) state.apply(ops[track.ops[i]]);
    return state;
}

std::vector<SyncObjectState> SyncTimeline::statesAt(Time t) const {
    std::vector<SyncObjectState> states;
    for (std::size_t i = 0; i < tracks_.size(); ++i) {
        const Track& track = tracks_[i];
        if (track.ops.empty() || track.times.front() > t) continue;
        states.push_back(stateAt(static_cast<int>(i), t));
    }
    return states;
}

std::size_t SyncTimeline::countBetween(Time from, Time to, std::size_t limit) const {
    std::size_t count = 0;
    if (to <= from) return 0;
    for (const Track& track : tracks_) {
        if (count >= limit) break;
        count += countUntil(track, to) - countUntil(track, from);
    }
    return std::min(count, limit);
}

std::vector<SyncOp> SyncTimeline::operationsBetween(Time from, Time to) const {
    std::vector<SyncOp> found;
    if (to <= from) return found;
    const auto& ops = trace_.syncOps();
    for (const Track& track : tracks_) {
        const std::size_t end = countUntil(track, to);
        for (std::size_t i = countUntil(track, from); i < end; ++i)
            found.push_back(ops[track.ops[i]]);
    }
    return found;
}

}  // namespace ts::ui
