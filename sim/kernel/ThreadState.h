#pragma once
// A thread's life: New -> Ready <-> Running -> Blocked(reason) -> Ready ... -> Terminated.
#include <cstdint>

namespace ts {

enum class ThreadState : std::uint8_t { New, Ready, Running, Blocked, Terminated };

// Why a blocked thread waits. The GUI tells these apart by colour and pattern.
enum class BlockReason : std::uint8_t {
    None,
    Io,         // a workload's I/O burst
    Sleep,      // time.sleep()
    Period,     // a periodic task waiting for its next release
    Lock,
    Semaphore,
    Event,
    Condition,
    Join,
    Barrier,
    Queue,
    Gil,        // another thread of its process holds the global interpreter lock
};

const char* toString(ThreadState state);
const char* toString(BlockReason reason);

}  // namespace ts
