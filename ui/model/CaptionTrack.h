#pragma once
// The scenario's captions on the recording's time line: which caption is showing at any time,
// the previous and next one, and the first that asks to pause in a stretch of play. Captions
// tied to events are found (CaptionResolver) as the recording grows; a caption whose moment
// has not been recorded yet simply is not on the line yet.
#include <cstdint>
#include <vector>

#include "kernel/Time.h"
#include "report/CaptionResolver.h"
#include "scenario/Caption.h"

namespace ts {
class Kernel;
}

namespace ts::ui {

class CaptionTrack {
public:
    explicit CaptionTrack(std::vector<Caption> captions) : captions_(std::move(captions)) {}

    bool empty() const { return captions_.empty(); }
    const std::vector<Caption>& captions() const { return captions_; }
    const std::vector<ResolvedCaption>& resolved() const { return resolution_.resolved; }

    // Finds the moments recorded so far. Resolving reads the whole trace, so on a long run it
    // is repeated only after enough new events (or at the end), never on every frame.
    void update(const TraceRecorder& trace, const Kernel& kernel, Time knownUntil, std::int64_t events,
                bool complete);

    // The last caption reached at or before `t` (an index into resolved()), or -1.
    int latestAt(Time t) const;
    // The moment of the first caption strictly after / before `t`; kNever / -1 if none.
    Time nextAfter(Time t) const;
    Time previousBefore(Time t) const;
    // The first caption marked `pause` with its moment in (from, to], or nullptr.
    const ResolvedCaption* firstPauseIn(Time from, Time to) const;

private:
    static constexpr std::int64_t kEventsBetweenResolves = 100'000;

    std::vector<Caption> captions_;
    CaptionResolution resolution_;
    std::int64_t resolvedAtEvents_ = -1;
    bool final_ = false;
};

}  // namespace ts::ui
