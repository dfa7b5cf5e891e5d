#include "model/CaptionTrack.h"

#include <algorithm>

#include "kernel/Kernel.h"

namespace ts::ui {

void CaptionTrack::update(const TraceRecorder& trace, const Kernel& kernel, Time knownUntil, std::int64_t events,
                          bool complete) {
    if (captions_.empty() || final_) return;
    const bool allFound = resolvedAtEvents_ >= 0 && resolution_.unresolved.empty();
    const bool stale = resolvedAtEvents_ < 0 || events - resolvedAtEvents_ >= kEventsBetweenResolves ||
                       events < kEventsBetweenResolves;
    if (!complete && (allFound || !stale)) return;
    resolution_ = CaptionResolver::resolve(captions_, trace, RunNames::of(kernel), knownUntil);
    resolvedAtEvents_ = events;
    final_ = complete;
}

int CaptionTrack::latestAt(Time t) const {
    const auto& r = resolution_.resolved;
    const auto it = std::upper_bound(r.begin(), r.end(), t, [](Time v, const ResolvedCaption& c) { return v < c.time; });
    return it == r.begin() ? -1 : static_cast<int>(std::prev(it) - r.begin());
}

Time CaptionTrack::nextAfter(Time t) const {
    const auto& r = resolution_.resolved;
    const auto it = std::upper_bound(r.begin(), r.end(), t, [](Time v, const ResolvedCaption& c) { return v < c.time; });
    return it == r.end() ? kNever : it->time;
}

Time CaptionTrack::previousBefore(Time t) const {
    const auto& r = resolution_.resolved;
    const auto it = std::lower_bound(r.begin(), r.end(), t, [](const ResolvedCaption& c, Time v) { return c.time < v; });
    return it == r.begin() ? -1 : std::prev(it)->time;
}

const ResolvedCaption* CaptionTrack::firstPauseIn(Time from, Time to) const {
    const auto& r = resolution_.resolved;
    auto it = std::upper_bound(r.begin(), r.end(), from, [](Time v, const ResolvedCaption& c) { return v < c.time; });
    for (; it != r.end() && it->time <= to; ++it) {
        if (captions_[static_cast<std::size_t>(it->caption)].pause) return &*it;
    }
    return nullptr;
}

}  // namespace ts::ui
