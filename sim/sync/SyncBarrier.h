#pragma once
// threading.Barrier: `parties` threads wait until the last of them arrives, then all go on
// together and the barrier starts a new generation. A timeout or abort breaks it: everyone
// waiting gets BrokenBarrierError, and so does every later wait until reset().
#include "sync/SyncObject.h"

namespace ts {

class SyncBarrier : public SyncObject {
public:
    SyncBarrier(Kernel& kernel, int creator, Time at, int parties);

    // Done: the caller was the last to arrive (index 0) and everyone is released. MustWait: it
    // waits; its arrival index is `index`. Error: the barrier is broken.
    SyncResult wait(int tid, Time at, int& index);
    void abort(int tid, Time at);
    void reset(int tid, Time at);

    int parties() const { return parties_; }
    int waiting() const { return static_cast<int>(size()); }
    bool broken() const { return broken_; }
    // The generation a waiter arrived in: it passed when the generation moved on.
    std::uint64_t generation() const { return generation_; }

private:
    void onCancelled(int tid) override;
    void breakBarrier(int tid, Time at);

    int parties_;
    bool broken_ = false;
    std::uint64_t generation_ = 0;
    Time lastAt_ = 0;
};

}  // namespace ts
