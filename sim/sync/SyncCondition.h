#pragma once
// threading.Condition's waiting room. As in CPython, wait() is three steps the interpreter
// takes in turn: release the lock (SyncLock::releaseAll), wait here until notified, then take the
// lock again (SyncLock::acquire, which may wait in the lock's own queue).
#include "sync/SyncObject.h"

namespace ts {

class SyncCondition : public SyncObject {
public:
    SyncCondition(Kernel& kernel, int creator, Time at);

    // Queue the caller; it must block until notified (or its timeout).
    void wait(int tid, Time at);
    // Wake the first n waiters (all of them with n < 0); returns how many were woken.
    int notify(int tid, Time at, int n);

private:
    void onCancelled(int tid) override;
    Time lastAt_ = 0;
};

}  // namespace ts
