#pragma once
// The ready queue's order through a run, for the Ready panel and the Compare window: recorded
// at every instant it changes, read back for any time. With hundreds of threads ready the whole
// queue changes little from one instant to the next (one thread leaves the head, one joins),
// so most records are kept as edits of the one before — pieces copied from it and threads
// added — and a whole copy only once the edits since the last one add up to a queue's length
// (so they take at most twice the edits' room), or after kChainLength edits. Whole copies of 1,000 threads at every instant took 520 MB for one run of cfs
// (docs/performance.md).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kernel/Time.h"

namespace ts::ui {

class ReadyQueueTrack {
public:
    // The queue at `now`, in order (thread ids); ignored when it is the same as the last one.
    void record(Time now, const std::vector<int>& queue);
    // The queue as last recorded at or before `t` (empty before the first record).
    std::vector<int> at(Time t) const;
    std::size_t records() const { return records_.size(); }
    std::size_t bytes() const {
        return records_.capacity() * sizeof(Record) + pool_.capacity() * sizeof(std::int32_t);
    }

    // At most this many edits are applied to rebuild a queue from its last whole copy (at
    // 1,000 threads ready, a rebuild then copies at most 256,000 ids: well under a millisecond).
    static constexpr std::uint32_t kChainLength = 256;

private:
    struct Record {
        Time time;
        std::uint32_t offset;  // its tokens in pool_
        std::uint32_t tokens;
        std::uint32_t whole;   // the index of the whole copy it is rebuilt from (itself if one)
    };
    // A token >= 0 is a thread id; a negative one starts a piece of the record before:
    // -1 - start, then the piece's length.
    void encode(Time now, const std::vector<int>& queue);
    static void decode(const std::int32_t* tokens, std::uint32_t count, const std::vector<int>& before,
                       std::vector<int>& out);

    std::vector<Record> records_;
    std::vector<std::int32_t> pool_;
    std::vector<int> last_;              // the queue of the last record
    std::vector<std::int32_t> placeIn_;  // thread id -> its place in last_, or -1
    std::vector<std::int32_t> edit_;     // encode's scratch
    std::size_t editsSinceWhole_ = 0;    // tokens of the edits since the last whole copy
};

}  // namespace ts::ui
