#include "model/StepTrack.h"

#include <algorithm>

namespace ts::ui {

void StepTrack::append(Time time, std::uint32_t value, bool busy) {
    times_.push_back(time);
    values_.push_back(value);
    busyBefore_.push_back(busyBefore_.back() + (busy ? 1u : 0u));
}

std::size_t StepTrack::indexAt(Time t, std::size_t hint) const {
    const std::size_t n = times_.size();
    if (n == 0 || times_[0] > t) return n;
    // Gallop from the hint: consecutive pixel columns usually move a few changes at a time, and
    // a binary search over the whole lane would cost log(n) per column for nothing.
    std::size_t lo = std::min(hint, n - 1);
    if (times_[lo] > t) lo = 0;
    std::size_t step = 1;
    std::size_t hi = lo + 1;
    while (hi < n && times_[hi] <= t) {
        lo = hi;
        step *= 2;
        hi = lo + step;
    }
    hi = std::min(hi, n);
    const auto it = std::upper_bound(times_.begin() + static_cast<std::ptrdiff_t>(lo),
                                     times_.begin() + static_cast<std::ptrdiff_t>(hi), t);
    return static_cast<std::size_t>(it - times_.begin()) - 1;
}

}  // namespace ts::ui
