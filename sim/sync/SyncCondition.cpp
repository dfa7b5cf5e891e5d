#include "sync/SyncCondition.h"

namespace ts {

SyncCondition::SyncCondition(Kernel& kernel, int creator, Time at)
    : SyncObject(kernel, SyncObjectKind::Condition, 0, creator, at) {}

void SyncCondition::wait(int tid, Time at) {
    lastAt_ = at;
    enqueue(tid, at);
}

int SyncCondition::notify(int tid, Time at, int n) {
    lastAt_ = at;
    int woken = 0;
    while (!empty() && (n < 0 || woken < n)) {
        wake(popFront(), at, tid);
        ++woken;
    }
    return woken;
}

void SyncCondition::onCancelled(int tid) { report(SyncOp::Kind::TimedOut, cancelTime(lastAt_), tid); }

}  // namespace ts
