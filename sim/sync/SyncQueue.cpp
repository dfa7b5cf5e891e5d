#include "sync/SyncQueue.h"

namespace ts {

SyncQueue::SyncQueue(Kernel& kernel, int creator, Time at, std::int64_t maxsize)
    : SyncObject(kernel, SyncObjectKind::Queue, maxsize, creator, at), maxsize_(maxsize), putters_(*this) {}

SyncResult SyncQueue::get(int tid, Time at, bool wait) {
    lastAt_ = at;
    if (items_ > 0) {
        --items_;
        report(SyncOp::Kind::Acquired, at, tid, -1, items_);
        if (!putters_.empty()) wake(putters_.popFront(), at, tid);  // room for a waiting put
        return SyncResult::Done;
    }
    if (!wait) return SyncResult::Busy;
    enqueue(tid, at, items_);
    return SyncResult::MustWait;
}

SyncResult SyncQueue::put(int tid, Time at, bool wait) {
    lastAt_ = at;
    if (maxsize_ > 0 && items_ >= maxsize_) {
        if (!wait) return SyncResult::Busy;
        putters_.push(tid);
        kernel_.setWaitTarget(tid, &putters_);
        report(SyncOp::Kind::Blocked, at, tid, -1, items_);
        return SyncResult::MustWait;
    }
    ++items_;
    report(SyncOp::Kind::Released, at, tid, -1, items_);
    if (!empty()) wake(popFront(), at, tid);  // an item for a waiting get
    return SyncResult::Done;
}

void SyncQueue::onCancelled(int tid) { report(SyncOp::Kind::TimedOut, cancelTime(lastAt_), tid, -1, items_); }

}  // namespace ts
