#include "sync/SyncBarrier.h"

namespace ts {

SyncBarrier::SyncBarrier(Kernel& kernel, int creator, Time at, int parties)
    : SyncObject(kernel, SyncObjectKind::Barrier, parties, creator, at), parties_(parties) {}

SyncResult SyncBarrier::wait(int tid, Time at, int& index) {
    lastAt_ = at;
    if (broken_) return SyncResult::Error;
    index = static_cast<int>(size());
    if (index + 1 >= parties_) {
        ++generation_;
        index = parties_ - 1;
        report(SyncOp::Kind::Released, at, tid, -1, parties_);
        while (!empty()) wake(popFront(), at, tid);
        return SyncResult::Done;
    }
    enqueue(tid, at, index + 1);
    return SyncResult::MustWait;
}

void SyncBarrier::breakBarrier(int tid, Time at) {
    broken_ = true;
    report(SyncOp::Kind::Broken, at, tid);
    while (!empty()) wake(popFront(), at, tid);
}

void SyncBarrier::abort(int tid, Time at) {
    lastAt_ = at;
    breakBarrier(tid, at);
}

void SyncBarrier::reset(int tid, Time at) {
    lastAt_ = at;
    if (!empty()) breakBarrier(tid, at);
    broken_ = false;
    ++generation_;
}

// In Python a wait that times out breaks the barrier for everyone.
void SyncBarrier::onCancelled(int tid) {
    const Time at = cancelTime(lastAt_);
    report(SyncOp::Kind::TimedOut, at, tid);
    breakBarrier(tid, at);
}

}  // namespace ts
