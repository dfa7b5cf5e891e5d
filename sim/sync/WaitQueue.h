#pragma once
// The FIFO of threads waiting in one synchronisation object, shared by all of them (SimGrid's
// shape: a thin object over a kernel-side queue of waiters). First come, first woken.
#include <cstddef>
#include <vector>

#include "kernel/ThreadBody.h"

namespace ts {

class Kernel;

class WaitQueue : public WaitTarget {
public:
    void push(int tid) { waiters_.push_back(tid); }
    bool empty() const { return waiters_.empty(); }
    std::size_t size() const { return waiters_.size(); }
    int front() const { return waiters_.front(); }
    int popFront();
    bool contains(int tid) const;
    const std::vector<int>& waiters() const { return waiters_; }
    // A timeout, interrupt or kill took the thread out of the wait.
    void cancelWait(int tid) override;
    // Called after cancelWait removed a waiter (to report it, or to break a barrier).
    virtual void onCancelled(int /*tid*/) {}

private:
    std::vector<int> waiters_;
};

}  // namespace ts
