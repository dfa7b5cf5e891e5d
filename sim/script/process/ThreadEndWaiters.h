#pragma once
// The threads blocked in Thread.join() on one Python thread: a synchronisation object of kind
// Thread, so the GUI shows joiners queued on the thread they wait for, and the end of the
// thread wakes them all (recorded as woken by the ending thread).
#include "sync/SyncObject.h"

namespace ts::script {

class ThreadEndWaiters : public SyncObject {
public:
    // `thread` is the one joined; its tid is the object's initial value, so that the record
    // (and the GUI) can say whose end the joiners wait for.
    ThreadEndWaiters(Kernel& kernel, int thread, int creator, Time at)
        : SyncObject(kernel, SyncObjectKind::Thread, thread, creator, at) {}

    // Done when the thread has ended; else the caller is queued and must block.
    SyncResult wait(int tid, Time at);
    // The thread `tid` ended: wake every joiner.
    void finish(int tid, Time at);
    bool finished() const { return finished_; }

private:
    void onCancelled(int tid) override;
    bool finished_ = false;
    Time lastAt_ = 0;
};

}  // namespace ts::script
