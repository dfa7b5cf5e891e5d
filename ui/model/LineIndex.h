#pragma once
// The source lines the threads of a program reached, indexed per thread so that "which line is
// Thread-2 on at t", "when does it reach its next line" and "does any thread reach a breakpoint
// between t0 and t1" are binary searches, not scans of the whole run. It indexes the
// recorder's marks incrementally as the recording grows.
#include <cstdint>
#include <set>
#include <vector>

#include "kernel/Time.h"
#include "trace/TraceRecorder.h"

namespace ts::ui {

class LineIndex {
public:
    explicit LineIndex(const RecordArray<LineMark>& marks) : marks_(marks) {}

    // Indexes the marks recorded since the last call.
    void catchUp();
    bool empty() const { return marks_.empty(); }

    // The line `tid` had reached at `t` (0: none yet).
    int lineAt(int tid, Time t) const;
    // When `tid` reaches its next line after `t` (kNever: not recorded, perhaps not yet).
    Time nextLineAfter(int tid, Time t) const;
    // The first mark in (from, to] whose line is in `lines`, or nullptr.
    const LineMark* firstIn(Time from, Time to, const std::set<int>& lines) const;

private:
    const RecordArray<LineMark>& marks_;
    std::size_t seen_ = 0;
    // Indices into marks_, in time order: per thread, and per line (for breakpoints, so a play
    // step over a million marks costs a binary search per breakpoint, not a scan).
    std::vector<std::vector<std::uint32_t>> byThread_;
    std::vector<std::vector<std::uint32_t>> byLine_;
};

}  // namespace ts::ui
