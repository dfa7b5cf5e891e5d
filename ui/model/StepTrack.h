#pragma once
// One lane of the Gantt chart as a step function of time: the times where its value changes and
// the values, plus a running count of "busy" values (a thread running, a CPU occupied) so that a
// pixel column can tell in O(1) whether anything busy happened inside it, however many changes
// it holds. This is what makes a million slices paint as fast as a hundred.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kernel/Time.h"

namespace ts::ui {

class StepTrack {
public:
    void append(Time time, std::uint32_t value, bool busy);
    std::size_t size() const { return times_.size(); }
    bool empty() const { return times_.empty(); }
    Time timeAt(std::size_t i) const { return times_[i]; }
    std::uint32_t valueAt(std::size_t i) const { return values_[i]; }
    bool busyAt(std::size_t i) const { return busyBefore_[i + 1] != busyBefore_[i]; }

    // Index of the last change at or before `t`, searching forward from `hint` (which must not
    // be past the answer); size() when there is none.
    std::size_t indexAt(Time t, std::size_t hint = 0) const;
    // Number of busy changes with index in [from, to).
    std::uint32_t busyBetween(std::size_t from, std::size_t to) const {
        return busyBefore_[to] - busyBefore_[from];
    }

private:
    std::vector<Time> times_;
    std::vector<std::uint32_t> values_;
    std::vector<std::uint32_t> busyBefore_{0};  // busyBefore_[i]: busy changes among the first i
};

}  // namespace ts::ui
