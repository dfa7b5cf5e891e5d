#include "gantt/LaneBinner.h"

#include <algorithm>

namespace ts::ui {

void LaneBinner::bin(const StepTrack& track, const TimeAxis& axis, Time limit,
                     const std::function<void(int, int, std::uint32_t)>& run) {
    if (track.empty()) return;
    const std::size_t none = track.size();
    // i0: the last change at or before the column's start; i1: the last one before its end.
    // A column's i0 follows from the previous column's i1, so each column costs one search.
    std::size_t i1 = track.indexAt(axis.timeAt(0));
    int runStart = 0;
    std::uint32_t runValue = kNothing;
    int x = 0;
    for (; x < axis.width; ++x) {
        const Time c0 = axis.timeAt(x);
        if (c0 >= limit) break;
        const Time c1 = std::min(axis.timeAt(x + 1), limit);
        std::size_t i0 = i1;
        for (std::size_t next = i0 == none ? 0 : i0 + 1; next < none && track.timeAt(next) <= c0; ++next) {
            i0 = next;
        }
        i1 = c1 - 1 > c0 ? track.indexAt(c1 - 1, i0 == none ? 0 : i0) : i0;
        std::uint32_t value = i0 == none ? kNothing : track.valueAt(i0);
        if (i1 != none && i1 != i0) {
            // Changes inside the column: prefer the first busy value, if there is one.
            const std::size_t from = i0 == none ? 0 : i0 + 1;
            const bool busyNow = i0 != none && track.busyAt(i0);
            if (!busyNow && track.busyBetween(from, i1 + 1) > 0) {
                std::size_t i = from;
                while (i < i1 && !track.busyAt(i) && i < from + 8) ++i;
                value = track.busyAt(i) ? track.valueAt(i) : track.valueAt(i1);
            }
        }
        if (value != runValue) {
            if (runValue != kNothing && x > runStart) run(runStart, x, runValue);
            runStart = x;
            runValue = value;
        }
    }
    if (runValue != kNothing && x > runStart) run(runStart, x, runValue);
}

}  // namespace ts::ui
