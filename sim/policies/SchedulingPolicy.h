#pragma once
// The one interface every scheduling policy implements. The kernel owns the threads and the
// clock; a policy owns only its ready queue and its own accounting, and answers three questions:
// who runs next (and why), for how long (the quantum), and whether a ready thread should take a
// CPU from a running one.
#include <cstddef>
#include <cstdint>
#include <functional>

#include "kernel/Decision.h"
#include "kernel/Thread.h"
#include "kernel/Time.h"

namespace ts {

class ReadyFifo;

enum class ReadyReason : std::uint8_t {
    Arrived,         // first time ready
    Woke,            // back from I/O, sleep or a synchronisation wait
    Released,        // a periodic task's new job
    Preempted,       // a better thread took its CPU
    QuantumExpired,  // the timer interrupt ended its turn
    Requeued,        // its key changed while running (a periodic job followed at once by another)
};

class SchedulingPolicy {
public:
    virtual ~SchedulingPolicy() = default;

    virtual const char* name() const = 0;
    // Room for this many threads, so that queue operations never allocate during a run.
    virtual void reserve(std::size_t threads) = 0;

    virtual void enqueue(Thread& thread, Time now, ReadyReason why) = 0;
    // Removes and returns the thread to run next, or nullptr when none is ready.
    virtual Thread* pickNext(Time now, Choice& why) = 0;
    virtual void remove(Thread& thread) = 0;
    virtual std::size_t size() const = 0;
    bool empty() const { return size() == 0; }
    // The ready threads in the order the policy would pick them (for the GUI's queue panel).
    virtual void forEachReady(Time now, const std::function<void(const Thread&)>& visit) const = 0;

    // How long `thread` may run before the timer interrupts it; kNever when the policy has no
    // quantum.
    virtual Time quantum(const Thread& /*thread*/, Time /*now*/) const { return kNever; }

    // Pre-emption: a ready thread takes a CPU when its rank is lower than the running thread's
    // by more than preemptionMargin(). With several CPUs, the running thread of highest rank
    // loses its CPU first.
    virtual bool preemptive() const { return false; }
    virtual std::int64_t rank(const Thread& /*thread*/, Time /*now*/) const { return 0; }
    virtual std::int64_t preemptionMargin() const { return 0; }
    virtual ReasonCode reasonCode() const = 0;
    // The best ready thread, without removing it (used to test for pre-emption).
    virtual const Thread* peekNext(Time now) const = 0;

    // Accounting: `thread` has just run for `ran` ns.
    virtual void charge(Thread& /*thread*/, Time /*ran*/) {}
    // The timer interrupted `thread`; `othersWaiting` tells whether anyone else is ready.
    virtual void quantumExpired(Thread& /*thread*/, bool /*othersWaiting*/) {}
    // Calls the kernel may leave out for this policy, asked once when the kernel is made (each
    // skipped call is a virtual call per dispatch). A policy claims only what holds for it and
    // for every subclass: one that overrides charge() or quantumExpired(), or whose quantum
    // depends on the thread or the time, must answer false there (CfsPolicy does).
    struct Shortcuts {
        bool fixedQuantum = false;   // quantum() is the same for every thread at every time
        bool noCharge = false;       // charge() does nothing
        bool noExpiryHook = false;   // quantumExpired() does nothing
    };
    virtual Shortcuts shortcuts() const { return {}; }
    // A policy whose ready queue is a plain FIFO and nothing more (enqueue() pushes at the
    // tail, pickNext() pops the head: fcfs, rr) hands it over here, asked once, and the kernel
    // works it itself: three virtual calls fewer per dispatch (docs/performance.md). The reason
    // of such a pick is {reasonCode(), the quantum when there is one, else the thread's
    // readySince}, as FcfsPolicy and RoundRobinPolicy give it. A subclass that changes enqueue()
    // or pickNext() must answer nullptr (ScriptedPolicy does).
    virtual ReadyFifo* plainFifo() { return nullptr; }
    // mlfq's periodic priority boost; boostInterval() 0 means none.
    // Queues by level (mlfq: Thread::level, 0 the top): more than one only where levels matter.
    virtual int levels() const { return 1; }
    virtual Time boostInterval() const { return 0; }
    virtual void boost(Time /*now*/) {}
};

}  // namespace ts
