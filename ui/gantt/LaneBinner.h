#pragma once
// Turns one lane (a StepTrack) into runs of pixel columns of one value, KernelShark's way: one
// bin per pixel column, however many changes fall into it. A column where the lane was busy
// (a thread running, a CPU occupied) for any instant shows busy, so a short run is never lost
// when zoomed out. Cost: two galloping searches per column, independent of the trace's size.
#include <cstdint>
#include <functional>

#include "gantt/TimeAxis.h"
#include "model/StepTrack.h"

namespace ts::ui {

class LaneBinner {
public:
    static constexpr std::uint32_t kNothing = 0xFFFFFFFFu;  // before the lane's first change

    // Calls `run(xFrom, xTo, value)` for each maximal stretch of columns [xFrom, xTo) of one
    // value, over the columns [0, axis.width) whose start is before `limit` (the cursor: the
    // future is not shown).
    static void bin(const StepTrack& track, const TimeAxis& axis, Time limit,
                    const std::function<void(int, int, std::uint32_t)>& run);
};

}  // namespace ts::ui
