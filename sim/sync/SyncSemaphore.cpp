#include "sync/SyncSemaphore.h"

namespace ts {

SyncSemaphore::SyncSemaphore(Kernel& kernel, int creator, Time at, std::int64_t initial,
                             bool bounded)
    : SyncObject(kernel, bounded ? SyncObjectKind::BoundedSemaphore : SyncObjectKind::Semaphore,
                 initial, creator, at),
      value_(initial),
      initial_(initial),
      bounded_(bounded) {}

SyncResult SyncSemaphore::acquire(int tid, Time at, bool wait) {
    lastAt_ = at;
    if (value_ > 0) {
        --value_;
        report(SyncOp::Kind::Acquired, at, tid, -1, value_);
        return SyncResult::Done;
    }
    if (!wait) return SyncResult::Busy;
    enqueue(tid, at, value_);
    return SyncResult::MustWait;
}

SyncResult SyncSemaphore::release(int tid, Time at, std::int64_t n) {
    lastAt_ = at;
    if (bounded_ && value_ + n > initial_) return SyncResult::Error;
    for (std::int64_t i = 0; i < n; ++i) {
        if (!empty()) {
            // The unit goes to the first waiter directly; the count does not move.
            const int next = popFront();
            report(SyncOp::Kind::HandedOver, at, tid, next, value_);
            wake(next, at, tid);
        } else {
            ++value_;
        }
    }
    report(SyncOp::Kind::Released, at, tid, -1, value_);
    return SyncResult::Done;
}

void SyncSemaphore::onCancelled(int tid) { report(SyncOp::Kind::TimedOut, cancelTime(lastAt_), tid, -1, value_); }

}  // namespace ts
