#include "sync/WaitQueue.h"

#include <algorithm>

namespace ts {

int WaitQueue::popFront() {
    const int tid = waiters_.front();
    waiters_.erase(waiters_.begin());
    return tid;
}

bool WaitQueue::contains(int tid) const {
    return std::find(waiters_.begin(), waiters_.end(), tid) != waiters_.end();
}

void WaitQueue::cancelWait(int tid) {
    auto it = std::find(waiters_.begin(), waiters_.end(), tid);
    if (it == waiters_.end()) return;
    waiters_.erase(it);
    onCancelled(tid);
}

}  // namespace ts
