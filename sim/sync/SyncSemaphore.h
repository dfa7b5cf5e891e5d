#pragma once
// threading.Semaphore and BoundedSemaphore: a counter and a FIFO of waiters. acquire() takes a
// unit or waits; release() gives a unit straight to the first waiter when there is one. A
// bounded semaphore refuses to go above its initial value.
#include "sync/SyncObject.h"

namespace ts {

class SyncSemaphore : public SyncObject {
public:
    SyncSemaphore(Kernel& kernel, int creator, Time at, std::int64_t initial, bool bounded);

    SyncResult acquire(int tid, Time at, bool wait);
    // Error: a bounded semaphore released too many times (ValueError in Python).
    SyncResult release(int tid, Time at, std::int64_t n = 1);

    std::int64_t value() const { return value_; }
    std::int64_t initial() const { return initial_; }
    bool bounded() const { return bounded_; }

private:
    void onCancelled(int tid) override;

    std::int64_t value_;
    std::int64_t initial_;
    bool bounded_;
    Time lastAt_ = 0;
};

}  // namespace ts
