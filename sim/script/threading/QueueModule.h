#pragma once
// queue.Queue (Queue.Queue in Python 2), LifoQueue and PriorityQueue (heapq's order): the items are the program's values, the
// waiting is a SyncQueue's (getters wait for items, putters for room; a woken waiter tries
// again), and task_done/join count unfinished tasks with a SyncEvent. Empty and Full are the
// module's exceptions.
namespace ts::script {

struct ThreadingShared;
class ModuleObject;

class QueueModule {
public:
    static bool fill(ThreadingShared& shared, ModuleObject& module);
};

}  // namespace ts::script
