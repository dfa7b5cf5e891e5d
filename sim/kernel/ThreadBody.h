#pragma once
// What a thread does, one demand at a time. A workload thread's body walks its list of bursts; a
// periodic task's body runs one job per release; the interpreter's body runs Python bytecode.
// The kernel asks for the next demand whenever the previous one is complete.
#include <cstdint>

#include "kernel/ThreadState.h"
#include "kernel/Time.h"

namespace ts {

struct Thread;

struct Demand {
    enum class Kind : std::uint8_t {
        Cpu,            // run on a CPU for `amount`
        Sleep,          // block for `amount` (I/O or sleep), then ask again
        AwaitRelease,   // a periodic task's job is done: wait for the next release
        Exit,           // the thread ends
    };
    Kind kind = Kind::Exit;
    BlockReason reason = BlockReason::None;  // Sleep: I/O or time.sleep()
    Time amount = 0;

    static Demand cpu(Time t) { return {Kind::Cpu, BlockReason::None, t}; }
    static Demand io(Time t) { return {Kind::Sleep, BlockReason::Io, t}; }
    static Demand sleep(Time t) { return {Kind::Sleep, BlockReason::Sleep, t}; }
    static Demand awaitRelease() { return {Kind::AwaitRelease, BlockReason::Period, 0}; }
    static Demand exit() { return {Kind::Exit, BlockReason::None, 0}; }
};

class ThreadBody {
public:
    virtual ~ThreadBody() = default;
    // The next thing the thread does, at simulated time `now`.
    virtual Demand next(Thread& thread, Time now) = 0;
};

}  // namespace ts
