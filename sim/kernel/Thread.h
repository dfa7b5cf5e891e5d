#pragma once
// A kernel thread: identity, state, and the per-thread fields the policies key on. Plain data;
// the Kernel changes it, policies read it (and update their own accounting fields).
#include <cstddef>
#include <cstdint>
#include <string>

#include "kernel/EventQueue.h"
#include "kernel/ThreadBody.h"
#include "kernel/ThreadState.h"
#include "kernel/Time.h"

namespace ts {

// What the kernel touches at every dispatch and quantum expiry fills the first cache line; what
// it touches once per burst or wait, and the policies' keys, the second; the rest (names,
// metrics read at the end) follows. With 10,000 threads the table outgrows the CPU's caches,
// and a dispatch then costs one line fetched instead of two (docs/performance.md).
struct alignas(64) Thread {
    // --- Every dispatch (first cache line: 64 bytes).
    int tid = 0;                 // 0-based index into the kernel's thread table
    int pid = 0;                 // index of its process
    ThreadState state = ThreadState::New;
    BlockReason blockReason = BlockReason::None;
    // Threads that run instruction by instruction (Demand::Run): what to do when the CPU
    // phase that the body has already executed ends (`pending`, below).
    bool stepped = false;
    bool hasRun = false;         // it has been on a CPU (firstRun is set)
    int cpu = -1;                // the CPU it runs on, or -1
    std::int32_t queueIndex = -1;  // position in the policy's queue, -1 when not queued
    // Counted at nearly every quantum expiry (another thread got the CPU): in the second line
    // it cost an L1 miss there (cachegrind, 10,000 processes: 4.7 M of 65.8 M).
    int preemptions = 0;
    Time burstLeft = 0;          // what is left of the current CPU burst
    std::uint64_t readySeq = 0;  // order of entering the ready queue (FIFO tie-break)
    Time readySince = 0;         // when it last became ready
    Time cpuTime = 0;
    Time waiting = 0;

    // --- Every burst or wait, and the scheduling keys (second line).
    ThreadBody* body = nullptr;
    std::uint32_t blockSeq = 0;  // changes at every block, so a stale wake-up is ignored
    bool hasPending = false;     // a stepped thread's `pending` demand (read only when stepped)
    bool wakePending = false;    // woken while still running towards its block
    WakeStatus wakeStatus = WakeStatus::Normal;  // why its last wait ended (set when it blocks)
    bool daemon = false;
    Time burstLength = 0;        // length of the current CPU burst
    EventQueue::Handle timeout;      // a pending timeout of its current wait
    WaitTarget* waitingOn = nullptr; // the object it waits in, if any
    int wokenBy = -1;                // the thread whose action woke it last (-1: time, or none)
    // Scheduling keys (copied from the process, or the policy's own accounting).
    int priority = 0;
    Time period = 0;             // rm
    Time absDeadline = kNever;   // edf: deadline of the current job
    // Periodic jobs.
    int jobsReleased = 0;
    int jobsCompleted = 0;

    Time vruntime = 0;           // cfs
    std::int64_t heldKey = 0;    // a key the policy fixed when it picked the thread (aged priority)
    int level = 0;               // mlfq queue level
    int weight = 1024;           // cfs load weight, from the process's nice value
    int tickets = 100;
    // No longer waited for at its process's end, though not a daemon (releaseFromExitWait).
    bool releasedFromExitWait = false;
    Demand pending;

    // --- Read when the run is reported.
    Time firstRun = -1;
    std::string name;
    Time startAt = 0;            // when it becomes ready for the first time
    Time endTime = -1;
};
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"  // not standard-layout (a name); GCC and Clang answer
static_assert(offsetof(Thread, body) == 64, "the fields of every dispatch fill one cache line");
static_assert(offsetof(Thread, preemptions) < 64, "a quantum expiry touches the first line only");
#pragma GCC diagnostic pop

}  // namespace ts
