#include "script/process/ThreadEndWaiters.h"

#include <algorithm>

namespace ts::script {

SyncResult ThreadEndWaiters::wait(int tid, Time at) {
    lastAt_ = std::max(lastAt_, at);
    if (finished_) return SyncResult::Done;
    enqueue(tid, at);
    return SyncResult::MustWait;
}

void ThreadEndWaiters::finish(int tid, Time at) {
    lastAt_ = std::max(lastAt_, at);
    finished_ = true;
    while (!empty()) wake(popFront(), at, tid);
}

void ThreadEndWaiters::onCancelled(int tid) {
    // A join with a timeout ran out (or Ctrl-C): the joiner left the queue.
    report(SyncOp::Kind::TimedOut, cancelTime(lastAt_), tid);
}

}  // namespace ts::script
