#include "model/LineIndex.h"

#include <algorithm>

namespace ts::ui {

void LineIndex::catchUp() {
    for (; seen_ < marks_.size(); ++seen_) {
        const auto tid = static_cast<std::size_t>(marks_[seen_].tid);
        if (tid >= byThread_.size()) byThread_.resize(tid + 1);
        byThread_[tid].push_back(static_cast<std::uint32_t>(seen_));
        const auto line = static_cast<std::size_t>(std::max(0, marks_[seen_].line));
        if (line >= byLine_.size()) byLine_.resize(line + 1);
        byLine_[line].push_back(static_cast<std::uint32_t>(seen_));
    }
}

int LineIndex::lineAt(int tid, Time t) const {
    if (tid < 0 || static_cast<std::size_t>(tid) >= byThread_.size()) return 0;
    const auto& own = byThread_[static_cast<std::size_t>(tid)];
    const auto it = std::upper_bound(own.begin(), own.end(), t,
                                     [this](Time v, std::uint32_t i) { return v < marks_[i].time; });
    return it == own.begin() ? 0 : marks_[*std::prev(it)].line;
}

Time LineIndex::nextLineAfter(int tid, Time t) const {
    if (tid < 0 || static_cast<std::size_t>(tid) >= byThread_.size()) return kNever;
    const auto& own = byThread_[static_cast<std::size_t>(tid)];
    const auto it = std::upper_bound(own.begin(), own.end(), t,
                                     [this](Time v, std::uint32_t i) { return v < marks_[i].time; });
    return it == own.end() ? kNever : marks_[*it].time;
}

const LineMark* LineIndex::firstIn(Time from, Time to, const std::set<int>& lines) const {
    const LineMark* first = nullptr;
    std::uint32_t firstIndex = 0;
    for (const int line : lines) {
        if (line < 0 || static_cast<std::size_t>(line) >= byLine_.size()) continue;
        const auto& at = byLine_[static_cast<std::size_t>(line)];
        const auto it = std::upper_bound(at.begin(), at.end(), from,
                                         [this](Time v, std::uint32_t i) { return v < marks_[i].time; });
        if (it == at.end() || marks_[*it].time > to) continue;
        if (!first || *it < firstIndex) {
            first = &marks_[*it];
            firstIndex = *it;
        }
    }
    return first;
}

}  // namespace ts::ui
