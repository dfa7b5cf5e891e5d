#include "model/ReadyQueueTrack.h"

#include <algorithm>

namespace ts::ui {

void ReadyQueueTrack::record(Time now, const std::vector<int>& queue) {
    if (queue == last_) return;
    encode(now, queue);
    for (int tid : last_) placeIn_[static_cast<std::size_t>(tid)] = -1;
    last_ = queue;
    for (std::size_t i = 0; i < last_.size(); ++i) {
        const auto tid = static_cast<std::size_t>(last_[i]);
        if (tid >= placeIn_.size()) placeIn_.resize(tid + 1, -1);
        placeIn_[tid] = static_cast<std::int32_t>(i);
    }
}

void ReadyQueueTrack::encode(Time now, const std::vector<int>& queue) {
    // The edit: walk the new queue; where a thread stood in the last one, copy the longest run
    // that goes on there as one piece.
    edit_.clear();
    for (std::size_t i = 0; i < queue.size();) {
        const auto tid = static_cast<std::size_t>(queue[i]);
        const std::int32_t from = tid < placeIn_.size() ? placeIn_[tid] : -1;
        if (from < 0) {
            edit_.push_back(queue[i++]);
            continue;
        }
        std::size_t length = 1;
        const auto start = static_cast<std::size_t>(from);
        while (i + length < queue.size() && start + length < last_.size() &&
               queue[i + length] == last_[start + length]) {
            ++length;
        }
        edit_.push_back(-1 - from);
        edit_.push_back(static_cast<std::int32_t>(length));
        i += length;
    }
    const auto index = static_cast<std::uint32_t>(records_.size());
    editsSinceWhole_ += edit_.size();
    const bool whole = records_.empty() || index - records_.back().whole >= kChainLength ||
                       editsSinceWhole_ >= queue.size();
    if (whole) editsSinceWhole_ = 0;
    Record r{now, static_cast<std::uint32_t>(pool_.size()), 0, whole ? index : records_.back().whole};
    if (whole) {
        pool_.insert(pool_.end(), queue.begin(), queue.end());
    } else {
        pool_.insert(pool_.end(), edit_.begin(), edit_.end());
    }
    r.tokens = static_cast<std::uint32_t>(pool_.size()) - r.offset;
    records_.push_back(r);
}

void ReadyQueueTrack::decode(const std::int32_t* tokens, std::uint32_t count,
                             const std::vector<int>& before, std::vector<int>& out) {
    out.clear();
    for (std::uint32_t k = 0; k < count; ++k) {
        if (tokens[k] >= 0) {
            out.push_back(tokens[k]);
            continue;
        }
        const auto start = static_cast<std::size_t>(-1 - tokens[k]);
        const auto length = static_cast<std::size_t>(tokens[++k]);
        out.insert(out.end(), before.begin() + static_cast<std::ptrdiff_t>(start),
                   before.begin() + static_cast<std::ptrdiff_t>(start + length));
    }
}

std::vector<int> ReadyQueueTrack::at(Time t) const {
    const auto it = std::upper_bound(records_.begin(), records_.end(), t,
                                     [](Time v, const Record& r) { return v < r.time; });
    if (it == records_.begin()) return {};
    const auto target = static_cast<std::size_t>(std::prev(it) - records_.begin());
    // From the whole copy forward, each record an edit of the one before.
    std::vector<int> queue, next;
    for (std::size_t i = records_[target].whole; i <= target; ++i) {
        const Record& r = records_[i];
        decode(pool_.data() + r.offset, r.tokens, queue, next);
        queue.swap(next);
    }
    return queue;
}

}  // namespace ts::ui
