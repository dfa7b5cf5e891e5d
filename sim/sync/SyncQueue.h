#pragma once
// queue.Queue's waiting: threads waiting for an item (get on an empty queue) and for room (put
// on a full one). The items themselves are the interpreter's values; this object keeps their
// count, so that it can say who must wait and whom to wake.
#include "sync/SyncObject.h"

namespace ts {

class SyncQueue : public SyncObject {
public:
    SyncQueue(Kernel& kernel, int creator, Time at, std::int64_t maxsize);

    // Done: the caller may take an item now (the count already dropped). MustWait: queued; when
    // woken it tries again. Busy: non-blocking get on an empty queue.
    SyncResult get(int tid, Time at, bool wait);
    SyncResult put(int tid, Time at, bool wait);

    std::int64_t size() const { return items_; }
    std::int64_t maxsize() const { return maxsize_; }
    const WaitQueue& putters() const { return putters_; }

private:
    // A put that gave up (timeout, Ctrl-C) leaves the record as a get that gave up does.
    class PutterQueue : public WaitQueue {
    public:
        explicit PutterQueue(SyncQueue& owner) : owner_(owner) {}
        void onCancelled(int tid) override { owner_.onCancelled(tid); }

    private:
        SyncQueue& owner_;
    };
    void onCancelled(int tid) override;

    std::int64_t items_ = 0;
    std::int64_t maxsize_;
    PutterQueue putters_;  // the getters are this object's own queue
    Time lastAt_ = 0;
};

}  // namespace ts
