#pragma once
// One synchronisation object as it stands after a prefix of its recorded operations: what the
// panel shows (owner, count, flag, the queue of waiters in FIFO order) and the rule that moves
// it on by one operation. The rule mirrors sim/sync: it is the record read back, not a second
// implementation of the objects.
#include <cstdint>
#include <vector>

#include "kernel/SyncOp.h"

namespace ts::ui {

struct SyncWaiter {
    // A queue.Queue has two lines: threads waiting for an item and threads waiting for room.
    enum class Wants : std::uint8_t { Object, Item, Room };
    std::int32_t tid = -1;
    Wants wants = Wants::Object;

    bool operator==(const SyncWaiter&) const = default;
};

struct SyncObjectState {
    std::int32_t id = -1;
    SyncObjectKind kind = SyncObjectKind::Lock;
    bool created = false;
    // From the creation: a semaphore's initial count, a barrier's parties, a queue's maxsize
    // (0: unbounded), a Thread object's thread.
    std::int64_t initial = 0;
    std::int32_t owner = -1;          // Lock, RLock
    std::int32_t depth = 0;           // RLock recursion depth (1 for a Lock that is held)
    std::int64_t count = 0;           // a semaphore's value, a queue's number of items
    bool flag = false;                // Event
    bool broken = false;              // Barrier
    std::vector<SyncWaiter> waiters;  // head first

    // Moves the state on by `op`, one of this object's operations, in recorded order.
    void apply(const SyncOp& op);
    bool hasWaiter(int tid) const;
    bool operator==(const SyncObjectState&) const = default;

  private:
    void removeWaiter(int tid);
};

}  // namespace ts::ui
