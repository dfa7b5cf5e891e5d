#include "kernel/ThreadState.h"

namespace ts {

const char* toString(ThreadState state) {
    switch (state) {
        case ThreadState::New: return "new";
        case ThreadState::Ready: return "ready";
        case ThreadState::Running: return "running";
        case ThreadState::Blocked: return "blocked";
        case ThreadState::Terminated: return "terminated";
    }
    return "?";
}

const char* toString(BlockReason reason) {
    switch (reason) {
        case BlockReason::None: return "";
        case BlockReason::Io: return "I/O";
        case BlockReason::Sleep: return "sleep";
        case BlockReason::Period: return "next period";
        case BlockReason::Lock: return "lock";
        case BlockReason::Semaphore: return "semaphore";
        case BlockReason::Event: return "event";
        case BlockReason::Condition: return "condition";
        case BlockReason::Join: return "join";
        case BlockReason::Barrier: return "barrier";
        case BlockReason::Queue: return "queue";
        case BlockReason::Gil: return "GIL";
    }
    return "?";
}

}  // namespace ts
