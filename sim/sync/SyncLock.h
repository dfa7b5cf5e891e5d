#pragma once
// threading.Lock and threading.RLock: an owner and a FIFO of waiters. release() hands the lock
// straight to the first waiter, who owns it when it wakes. A Lock may be released by any
// thread (as in Python); an RLock only by its owner, once per acquire.
#include "sync/SyncObject.h"

namespace ts {

class SyncLock : public SyncObject {
public:
    SyncLock(Kernel& kernel, int creator, Time at, bool reentrant);

    // Take the lock for `tid`. With `wait`, a busy lock queues the caller (MustWait).
    SyncResult acquire(int tid, Time at, bool wait);
    // Error: releasing an unlocked lock, or an RLock the caller does not own.
    SyncResult release(int tid, Time at);
    // Condition.wait on an RLock: give it up entirely, returning the depth to restore.
    int releaseAll(int tid, Time at);
    void restoreDepth(int depth) { depth_ = depth; }

    bool locked() const { return owner_ >= 0; }
    int owner() const { return owner_; }
    int depth() const { return depth_; }
    bool reentrant() const { return reentrant_; }

private:
    void onCancelled(int tid) override;
    void handOver(int releaser, Time at);

    bool reentrant_;
    int owner_ = -1;
    int depth_ = 0;
    Time lastAt_ = 0;
};

}  // namespace ts
