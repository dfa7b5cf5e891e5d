#include "sync/SyncLock.h"

namespace ts {

SyncLock::SyncLock(Kernel& kernel, int creator, Time at, bool reentrant)
    : SyncObject(kernel, reentrant ? SyncObjectKind::RLock : SyncObjectKind::Lock, 0, creator, at),
      reentrant_(reentrant) {}

SyncResult SyncLock::acquire(int tid, Time at, bool wait) {
    lastAt_ = at;
    if (owner_ < 0) {
        owner_ = tid;
        depth_ = 1;
        report(SyncOp::Kind::Acquired, at, tid, -1, depth_);
        return SyncResult::Done;
    }
    if (reentrant_ && owner_ == tid) {
        ++depth_;
        report(SyncOp::Kind::Acquired, at, tid, -1, depth_);
        return SyncResult::Done;
    }
    // A plain Lock held by its own caller simply blocks it: the classic self-deadlock.
    if (!wait) return SyncResult::Busy;
    enqueue(tid, at);
    return SyncResult::MustWait;
}

SyncResult SyncLock::release(int tid, Time at) {
    lastAt_ = at;
    if (owner_ < 0) return SyncResult::Error;                 // release unlocked lock
    if (reentrant_ && owner_ != tid) return SyncResult::Error;  // cannot release un-acquired lock
    if (reentrant_ && --depth_ > 0) {
        report(SyncOp::Kind::Released, at, tid, -1, depth_);
        return SyncResult::Done;
    }
    report(SyncOp::Kind::Released, at, tid, -1, 0);
    handOver(tid, at);
    return SyncResult::Done;
}

int SyncLock::releaseAll(int tid, Time at) {
    const int depth = depth_;
    depth_ = 1;
    release(tid, at);
    return depth;
}

void SyncLock::handOver(int releaser, Time at) {
    owner_ = -1;
    depth_ = 0;
    if (empty()) return;
    const int next = popFront();
    owner_ = next;
    depth_ = 1;
    report(SyncOp::Kind::HandedOver, at, releaser, next, 1);
    wake(next, at, releaser);
}

void SyncLock::onCancelled(int tid) {
    report(SyncOp::Kind::TimedOut, cancelTime(lastAt_), tid);
}

}  // namespace ts
