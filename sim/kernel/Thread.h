#pragma once
// A kernel thread: identity, state, and the per-thread fields the policies key on. Plain data;
// the Kernel changes it, policies read it (and update their own accounting fields).
#include <cstdint>
#include <string>

#include "kernel/EventQueue.h"
#include "kernel/ThreadBody.h"
#include "kernel/ThreadState.h"
#include "kernel/Time.h"

namespace ts {

// The fields the kernel touches at nearly every event of a thread come first, so that they
// share the first two cache lines (the thread table outgrows the L1 cache at 100 threads: the
// profile in docs/performance.md showed the kernel waiting on these loads).
struct alignas(64) Thread {
    int tid = 0;                 // 0-based index into the kernel's thread table
    int pid = 0;                 // index of its process
    ThreadBody* body = nullptr;

    ThreadState state = ThreadState::New;
    BlockReason blockReason = BlockReason::None;
    // Threads that run instruction by instruction (Demand::Run): what to do when the CPU
    // phase that the body has already executed ends (`pending`, below).
    bool stepped = false;
    bool hasPending = false;
    bool wakePending = false;        // woken while still running towards its block
    WakeStatus wakeStatus = WakeStatus::Normal;  // why its last wait ended
    bool daemon = false;
    int cpu = -1;                // the CPU it runs on, or -1
    std::int32_t queueIndex = -1;  // position in the policy's queue, -1 when not queued
    std::uint32_t blockSeq = 0;  // changes at every block, so a stale wake-up is ignored

    // The CPU demand in progress.
    Time burstLength = 0;        // length of the current CPU burst
    Time burstLeft = 0;          // what is left of it

    std::uint64_t readySeq = 0;  // order of entering the ready queue (FIFO tie-break)
    Time readySince = 0;         // when it last became ready

    // Metrics.
    Time cpuTime = 0;
    Time waiting = 0;
    Time firstRun = -1;
    int preemptions = 0;

    // Scheduling keys (copied from the process, or the policy's own accounting).
    int priority = 0;
    Time period = 0;             // rm

    // Periodic jobs.
    int jobsReleased = 0;
    int jobsCompleted = 0;

    EventQueue::Handle timeout;      // a pending timeout of its current wait

    Time absDeadline = kNever;   // edf: deadline of the current job
    Time vruntime = 0;           // cfs
    std::int64_t heldKey = 0;    // a key the policy fixed when it picked the thread (aged priority)
    int level = 0;               // mlfq queue level
    int weight = 1024;           // cfs load weight, from the process's nice value
    int tickets = 100;
    int wokenBy = -1;                // the thread whose action woke it last (-1: time, or none)
    WaitTarget* waitingOn = nullptr; // the object it waits in, if any
    Demand pending;

    std::string name;
    Time startAt = 0;            // when it becomes ready for the first time
    Time endTime = -1;
};

}  // namespace ts
