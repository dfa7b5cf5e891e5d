#pragma once
// threading.Event: a flag and the threads waiting for it to be set. set() wakes every waiter;
// wait() on a set flag returns at once.
#include "sync/SyncObject.h"

namespace ts {

class SyncEvent : public SyncObject {
public:
    SyncEvent(Kernel& kernel, int creator, Time at);

    // Done when the flag is set; otherwise the caller is queued (MustWait).
    SyncResult wait(int tid, Time at);
    void set(int tid, Time at);
    void clear(int tid, Time at);
    bool isSet() const { return flag_; }

private:
    void onCancelled(int tid) override;

    bool flag_ = false;
    Time lastAt_ = 0;
};

}  // namespace ts
