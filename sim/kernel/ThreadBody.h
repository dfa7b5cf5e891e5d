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
        Cpu,            // run on a CPU for `amount` (a burst of known length)
        Run,            // run on a CPU, one instruction at a time, through ThreadBody::run()
        Sleep,          // block for `amount` (I/O or sleep), then ask again
        Block,          // wait on a synchronisation object until woken, or `amount` (timeout)
        AwaitRelease,   // a periodic task's job is done: wait for the next release
        Exit,           // the thread ends
    };
    Kind kind = Kind::Exit;
    BlockReason reason = BlockReason::None;  // Sleep and Block: what the thread waits for
    Time amount = 0;

    static Demand cpu(Time t) { return {Kind::Cpu, BlockReason::None, t}; }
    static Demand run() { return {Kind::Run, BlockReason::None, 0}; }
    static Demand io(Time t) { return {Kind::Sleep, BlockReason::Io, t}; }
    static Demand sleep(Time t) { return {Kind::Sleep, BlockReason::Sleep, t}; }
    static Demand block(BlockReason why, Time timeout = kNever) { return {Kind::Block, why, timeout}; }
    static Demand awaitRelease() { return {Kind::AwaitRelease, BlockReason::Period, 0}; }
    static Demand exit() { return {Kind::Exit, BlockReason::None, 0}; }
};

// Why a blocked thread woke up, for the body to read when it resumes.
enum class WakeStatus : std::uint8_t { Normal, TimedOut, Interrupted };

class ThreadBody {
public:
    virtual ~ThreadBody() = default;
    // The next thing the thread does, at simulated time `now`.
    virtual Demand next(Thread& thread, Time now) = 0;

    // For Demand::Run: execute instructions from `now`. Each instruction takes effect at the
    // time it starts; the body may start instructions while their start is before `limit`, and
    // always starts at least one. It returns when an instruction ends at or past `limit`, or when
    // the thread must stop running: `after` is then what it does next (Run again when only the
    // limit stopped it). The return value is the time the last instruction ended (> now).
    virtual Time run(Thread& /*thread*/, Time now, Time /*limit*/, Demand& after) {
        after = Demand::exit();
        return now + 1;
    }
    // An asynchronous exception (Ctrl-C) for the thread: raise it as soon as it can. The
    // answer tells a blocked thread's kernel whether the wait is cut short for it (true), or
    // goes on until it ends by itself, the exception raised then (false: Python 2 cannot
    // interrupt a lock's or a join's wait).
    virtual bool interrupt(Thread& /*thread*/, Time /*now*/) { return true; }
};

// Something a blocked thread waits in (a lock's queue, a join). When the wait ends without the
// object's doing — a timeout, an interrupt, the thread killed — the kernel asks it to forget
// the thread.
class WaitTarget {
public:
    virtual ~WaitTarget() = default;
    virtual void cancelWait(int tid) = 0;
};

}  // namespace ts
