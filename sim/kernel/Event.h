#pragma once
// One entry of the future-event set: what happens, to which process/thread/CPU.
#include <cstdint>

namespace ts {

// (A CPU's own events, the end of its context switch or run slice, are not among these: they
// are kept in CpuTimers.)
struct Event {
    enum class Kind : std::uint8_t {
        ProcessArrival,   // target: pid
        ThreadStart,      // target: tid (a thread of a process starting after the process)
        Wake,             // target: tid, arg: its block sequence; its sleep, I/O or wait is over
        Timeout,          // target: tid, arg: its block sequence; its wait timed out
        Interrupt,        // target: tid; an asynchronous exception (Ctrl-C) for it
        JobRelease,       // target: pid, arg: its thread; a periodic task releases a job
        DeadlineCheck,    // target: the periodic task's thread, arg: job index
        MlfqBoost,        // every thread back to the top queue
    };
    Kind kind = Kind::MlfqBoost;
    std::int32_t target = 0;
    std::int32_t arg = 0;
};

// Order of events that fall on the same instant (lower first). The arrival/pre-emption tie rule
// swaps the first two groups.
enum EventPriority : std::uint8_t {
    kPriorityArrival = 1,     // arrivals, releases, wake-ups
    kPriorityCpu = 2,         // quantum expiry, burst completion, end of a context switch
    kPriorityDeadline = 3,    // a job finishing exactly at its deadline meets it
    kPriorityBoost = 4,
    // (The dispatcher itself runs when an instant is over: see Kernel::step.)
};

}  // namespace ts
