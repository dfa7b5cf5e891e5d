#include "sync/SyncEvent.h"

namespace ts {

SyncEvent::SyncEvent(Kernel& kernel, int creator, Time at)
    : SyncObject(kernel, SyncObjectKind::Event, 0, creator, at) {}

SyncResult SyncEvent::wait(int tid, Time at) {
    lastAt_ = at;
    if (flag_) return SyncResult::Done;
    enqueue(tid, at);
    return SyncResult::MustWait;
}

void SyncEvent::set(int tid, Time at) {
    lastAt_ = at;
    flag_ = true;
    report(SyncOp::Kind::Set, at, tid, -1, 1);
    while (!empty()) wake(popFront(), at, tid);
}

void SyncEvent::clear(int tid, Time at) {
    lastAt_ = at;
    flag_ = false;
    report(SyncOp::Kind::Cleared, at, tid, -1, 0);
}

void SyncEvent::onCancelled(int tid) { report(SyncOp::Kind::TimedOut, cancelTime(lastAt_), tid); }

}  // namespace ts
