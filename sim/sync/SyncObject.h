#pragma once
// What every synchronisation object shares: its id in the kernel's records, the kernel that
// wakes its waiters, and its queue of waiters.
#include <algorithm>
#include <cstdint>

#include "kernel/Kernel.h"
#include "sync/WaitQueue.h"

namespace ts {

// The answer to an acquire or wait.
enum class SyncResult : std::uint8_t {
    Done,      // acquired / passed at once
    MustWait,  // the caller was queued: it must block (and, woken normally, has what it asked)
    Busy,      // non-blocking attempt failed
    Error,     // the operation is not allowed (the VM raises the matching Python error)
};

class SyncObject : public WaitQueue {
public:
    SyncObject(Kernel& kernel, SyncObjectKind kind, std::int64_t initial, int creator, Time at)
        : kernel_(kernel), id_(kernel.registerSyncObject(kind, initial, creator, at)), kind_(kind) {}
    int id() const { return id_; }

protected:
    void report(SyncOp::Kind kind, Time at, int tid, int other = -1, std::int64_t value = 0) {
        kernel_.reportSyncOp(SyncOp{at, id_, tid, other, value, kind, kind_});
    }
    // When a wait was cancelled (timeout, Ctrl-C, kill): the kernel is handling that event now,
    // which is later than the object's last operation `lastAt`.
    Time cancelTime(Time lastAt) const { return std::max(lastAt, kernel_.now()); }
    // Queue `tid` and tell the kernel where it waits.
    void enqueue(int tid, Time at, std::int64_t value = 0) {
        push(tid);
        kernel_.setWaitTarget(tid, this);
        report(SyncOp::Kind::Blocked, at, tid, -1, value);
    }
    // Wake `wakee` on behalf of `waker`, recording who woke whom.
    void wake(int wakee, Time at, int waker) {
        kernel_.wakeThread(wakee, at, waker);
        report(SyncOp::Kind::Woke, at, waker, wakee);
    }

    Kernel& kernel_;
    int id_;
    SyncObjectKind kind_;
};

}  // namespace ts
