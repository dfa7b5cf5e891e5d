#pragma once
// One blocked thread of a deadlock and what it waits for: the facts PythonProcess's deadlock
// message is written from, which the GUI writes again in its own language.
#include <string>

#include "kernel/ThreadState.h"

namespace ts::script {

struct BlockedWait {
    std::string thread;
    bool noted = false;   // a WaitNote says what it waits for; else only `reason` is known
    std::string object;   // the note's object: "lock 0x55d0...", "Thread-1 (join)", "queue (get)"
    std::string holder;   // a lock's owner, when there is one
    BlockReason reason = BlockReason::None;
};

}  // namespace ts::script
