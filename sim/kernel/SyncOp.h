#pragma once
// One operation on a synchronisation object, as the observer sees it: enough for the GUI to
// animate queues, owners, counts and flags, and to draw an arrow from a release to the thread
// it wakes.
#include <cstdint>

#include "kernel/Time.h"

namespace ts {

enum class OutputStream : std::uint8_t { Stdout, Stderr };

enum class SyncObjectKind : std::uint8_t {
    Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition, Barrier, Queue, Thread,
};

struct SyncOp {
    enum class Kind : std::uint8_t {
        Created,      // value: initial count / flag / parties / maxsize; a Thread's: its tid
        Acquired,     // tid took it (value: count left, or recursion depth)
        Blocked,      // tid waits in its queue
        Released,     // tid released it (value: count after)
        HandedOver,   // on release, ownership went straight to `other` (the first waiter)
        Woke,         // tid (the waker) woke `other`
        TimedOut,     // tid left the queue because its wait timed out
        Cancelled,    // tid left the queue for another reason (interrupt, thread killed)
        Set,          // event flag set
        Cleared,      // event flag cleared
        Broken,       // barrier broken
    };
    Time time = 0;
    std::int32_t object = 0;   // the object's id, from Kernel::registerSyncObject
    std::int32_t tid = -1;     // the thread doing it
    std::int32_t other = -1;   // the thread it affects, if any
    std::int64_t value = 0;
    Kind kind = Kind::Created;
    // What the object is, on every op, so that a reader needs no table of objects.
    SyncObjectKind objectKind = SyncObjectKind::Lock;
};

}  // namespace ts
