#pragma once
// The discrete-event kernel: CPUs, processes, threads, the timer interrupt at quantum expiry,
// context switches with their cost, the Run/Sleep process table and periodic job releases.
// Events are ordered by (time, priority, insertion number), so every run is reproducible.
// step() executes one event; run() only loops over step(). Nothing allocates per event.
#include <algorithm>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/Cpu.h"
#include "kernel/CpuTimers.h"
#include "kernel/EventQueue.h"
#include "kernel/KernelObserver.h"
#include "kernel/MachineConfig.h"
#include "kernel/Process.h"
#include "kernel/Thread.h"
#include "kernel/ThreadBody.h"
#include "policies/ReadyFifo.h"
#include "policies/SchedulingPolicy.h"
#include "random/Random.h"

namespace ts {

struct ProcessInfo {
    std::string name;
    Time arrival = 0;
    int priority = 0;
    int tickets = 100;
    int nice = 0;
    Time period = 0;     // > 0: periodic task
    Time deadline = 0;   // relative deadline (periodic tasks)
};

struct KernelCounters {
    std::int64_t events = 0;
    std::int64_t dispatches = 0;
    std::int64_t contextSwitches = 0;
    std::int64_t timerInterrupts = 0;
    std::int64_t preemptions = 0;
    std::int64_t jobsReleased = 0;
    std::int64_t deadlineMisses = 0;
};

class Kernel {
public:
    Kernel(const MachineConfig& machine, std::unique_ptr<SchedulingPolicy> policy);
    Kernel(const Kernel&) = delete;
    Kernel& operator=(const Kernel&) = delete;

    void setObserver(KernelObserver* observer) {
        observer_ = observer ? observer : &silent_;
        observing_ = observer_ != &silent_;
    }

    int addProcess(const ProcessInfo& info);
    // A thread of `pid` that starts `startOffset` after the process arrives. The body is not
    // owned; it must outlive the kernel's run.
    int addThread(int pid, std::string name, ThreadBody* body, Time startOffset = 0,
                  bool daemon = false);

    // --- Services for thread bodies (the interpreter), valid during a run. `at` is the body's
    // own clock, never before now().

    // A thread of `pid` created while the run goes on; it becomes ready at `at`.
    int spawnThread(int pid, std::string name, ThreadBody* body, bool daemon, Time at);
    // Wakes a thread blocked in a wait (or one about to block: it will not block then).
    // `waker` is the thread whose action woke it, for the record.
    void wakeThread(int tid, Time at, int waker);
    // The thread is about to block in `target` (so a timeout or interrupt can take it out).
    void setWaitTarget(int tid, WaitTarget* target);
    // Delivers an asynchronous exception (Ctrl-C) to a thread at `at`.
    void postInterrupt(int tid, Time at);
    // The thread's process will no longer wait for it to end: it dies with the daemons when
    // the last other thread ends (CPython 3.11 after a Ctrl-C in a join() of it).
    void releaseFromExitWait(int tid);
    // A program renamed its thread (`t.name = ...`): reports and charts use the new name.
    void renameThread(int tid, std::string name) { threads_[static_cast<std::size_t>(tid)].name = std::move(name); }
    // Registers a synchronisation object; returns its id for SyncOp records.
    int registerSyncObject(SyncObjectKind kind, std::int64_t initialValue, int creator, Time at);
    void reportSyncOp(const SyncOp& op) { observer_->onSyncOp(op); }
    void reportOutput(Time at, int tid, OutputStream stream, std::string_view text) {
        observer_->onOutput(at, tid, stream, text);
    }
    void reportLine(Time at, int tid, int line) { observer_->onLine(at, tid, line); }
    // The longest stretch a body runs before the kernel looks at its clock again.
    static constexpr Time kMaxRunChunk = kMillisecond;

    // Executes the next event; false when there is none.
    bool step();
    // Executes every event up to and including `until`, then closes the run at `until` when
    // events remain beyond it, or at the last activity when none remain.
    void run(Time until = kNever);

    Time now() const { return now_; }
    bool hasPendingEvents() const { return !events_.empty() || cpuTimers_.any(); }
    Time nextEventTime() const {
        const Time queued = events_.empty() ? kNever : events_.peekTime();
        return cpuTimers_.any() ? std::min(queued, cpuTimers_.topTime()) : queued;
    }
    bool stoppedByLimit() const { return stoppedByLimit_; }
    // The run ended with threads alive, all blocked, and nothing left that could wake them.
    bool deadlocked() const { return deadlocked_; }
    Time endTime() const { return endTime_; }

    const MachineConfig& machine() const { return machine_; }
    const SchedulingPolicy& policy() const { return *policy_; }
    const std::deque<Thread>& threads() const { return threads_; }
    const std::deque<Process>& processes() const { return processes_; }
    const std::vector<Cpu>& cpus() const { return cpus_; }
    const KernelCounters& counters() const { return counters_; }
    // Time the CPUs spent running threads (not switching), summed over CPUs.
    Time busyTime() const;

private:
    enum class Next : std::uint8_t { WantsCpu, Blocked, Exited };

    void start();
    // Executes the earliest event, the event set's or a CPU's, when it is not after `until`
    // (and the dispatcher, when the instant ends); false when there is none so early.
    bool executeNext(Time until);
    void dispatchEvent(const Event& e);
    // With thousands of threads a wake-up misses the cache three times: its thread, its body
    // and its process (docs/performance.md). The event set's next event is known many events
    // ahead: when it is a wake-up, all three are prefetched after each event of the set, their
    // addresses read from wakeLines_ (one entry: one miss at most) rather than from the thread,
    // whose line is not there yet.
    void prefetchNextWake();
    void onArrival(int pid);
    void onThreadStart(int tid);
    void onWake(int tid, std::uint32_t blockSeq);
    void onTimeout(int tid, std::uint32_t blockSeq);
    void onInterrupt(int tid);
    void onCpuPhaseEnd(int cpu);
    void onJobRelease(int pid, int tid);
    void onDeadlineCheck(int tid, int job);
    void onBoost();
    void onReschedule();
    // Counts the instant's pre-emptions by the timer (Cpu::expiredTid); only after an expiry,
    // not at every dispatcher run.
    void countExpiries();

    // Carries out demand `d` (and the body's next ones, while they finish at once).
    Next apply(Thread& t, Demand d);
    Next advance(Thread& t) { return apply(t, t.body ? t.body->next(t, now_) : Demand::exit()); }
    void block(Thread& t, BlockReason reason);
    // When a timer set now for `delay` fires: on the next timer tick (MachineConfig::timerTick).
    Time timerExpiry(Time delay) const;
    void endWait(Thread& t, WakeStatus status);
    void killThread(Thread& t);
    void releaseGil(Process& p, int tid);
    // Inline: two per context switch, and between ready and running the process is not touched.
    void setState(Thread& t, ThreadState state, BlockReason reason = BlockReason::None) {
        const ThreadState from = t.state;
        t.state = state;
        t.blockReason = state == ThreadState::Blocked ? reason : BlockReason::None;
        lastActivity_ = now_;
        if (observing_) observer_->onThreadState(now_, t, from);
        if (runnable(from) != runnable(state)) countRunnable(process(t.pid), runnable(state));
    }
    static bool runnable(ThreadState s) { return s == ThreadState::Ready || s == ThreadState::Running; }
    // A thread of `p` became runnable (or stopped being): its Run/Sleep state may change.
    void countRunnable(Process& p, bool nowRunnable);
    // Inline: once per context switch, from both halves of the kernel.
    void makeReady(Thread& t, ReadyReason why) {
        setState(t, ThreadState::Ready);
        t.readySince = now_;
        t.readySeq = nextReadySeq_++;
        if (fifo_) {
            fifo_->push(t);
        } else {
            policy_->enqueue(t, now_, why);
        }
        requestReschedule();
    }
    void terminate(Thread& t);
    void requestReschedule() {
        if (!inReschedule_) rescheduleQueued_ = true;
    }

    bool dispatch(Cpu& cpu, Thread& t, const Choice& why, DecisionKind kind, int other);
    // The policy's pick: from its plain FIFO here when it has one, else its pickNext().
    Thread* pickNext(Choice& why);
    void runBody(Cpu& cpu);
    void leaveCpu(Cpu& cpu, Thread& t, ReadyReason why);
    void fillIdleCpus();
    // `t` is the CPU's current thread (callers hold it: looked up again, it can be a cache miss).
    void beginRun(Cpu& cpu, Thread& t);
    void scheduleCpuEnd(Cpu& cpu, const Thread& t);
    // The CPU's next event (its phase's end), in the order it would have in the event set.
    void setCpuTimer(const Cpu& cpu, Time at) {
        cpuTimers_.set(cpu.id, at, EventQueue::orderOf(cpuPriority(), events_.takeSeq()));
    }
    void charge(Cpu& cpu);
    void endRun(Cpu& cpu);
    void emitSlice(const Cpu& cpu, Slice::Kind kind, Time start, Time end);
    Cpu* idleCpuFor(const Thread& t);
    bool preemptOne();
    void closeAt(Time t);

    // The tie rule decides which of two same-instant groups the dispatcher sees first in the queue.
    std::uint8_t arrivalPriority() const {
        return machine_.arrivalBeforePreempted ? kPriorityArrival : kPriorityCpu;
    }
    std::uint8_t cpuPriority() const {
        return machine_.arrivalBeforePreempted ? kPriorityCpu : kPriorityArrival;
    }
    // Lookups by id, several per event: through pointers, as indexing a deque costs a division
    // and two dependent loads.
    Thread& thread(int tid) { return *threadAt_[static_cast<std::size_t>(tid)]; }
    Process& process(int pid) { return *processAt_[static_cast<std::size_t>(pid)]; }

    MachineConfig machine_;
    std::unique_ptr<SchedulingPolicy> policy_;
    KernelObserver silent_;
    KernelObserver* observer_ = &silent_;
    bool observing_ = false;  // someone listens: without a listener no record is even built
    bool preemptive_ = false; // the policy's, fixed for its life
    SchedulingPolicy::Shortcuts shortcuts_;  // the policy's calls the kernel leaves out
    Time fixedQuantum_ = kNever;             // the quantum, when shortcuts_.fixedQuantum
    ReadyFifo* fifo_ = nullptr;              // the policy's plain FIFO, worked here (plainFifo())
    ReasonCode fifoReason_ = ReasonCode::FirstCome;

    EventQueue events_;
    CpuTimers cpuTimers_;  // the CPUs' phase ends, outside events_ (CpuTimers.h)
    std::deque<Thread> threads_;     // deque: policies hold pointers, threads may be added later
    std::deque<Process> processes_;
    std::vector<Thread*> threadAt_;    // &threads_[tid] (a deque keeps its elements in place)
    std::vector<Process*> processAt_;  // &processes_[pid]
    struct WakeLines {
        const Thread* thread;  // threadAt_'s, again: one line read for all three addresses
        const ThreadBody* body;
        const Process* process;
    };
    std::vector<WakeLines> wakeLines_;  // per tid: what a wake-up touches besides the thread
    std::vector<Cpu> cpus_;
    std::vector<Time> threadStartOffset_;

    Time now_ = 0;
    Time lastActivity_ = 0;
    Time endTime_ = 0;
    bool started_ = false;
    bool stoppedByLimit_ = false;
    bool deadlocked_ = false;
    Time runUntil_ = kNever;
    int nextSyncObject_ = 0;
    int idleCpus_ = 0;             // CPUs in Phase::Idle
    bool expiryToCount_ = false;   // a Cpu::expiredTid is set (onReschedule counts it)
    bool rescheduleQueued_ = false;
    bool inReschedule_ = false;
    std::uint64_t nextReadySeq_ = 0;
    int aliveThreads_ = 0;
    KernelCounters counters_;
    Random jitter_;  // the timer's wander (MachineConfig::quantumJitter), its own stream
};

}  // namespace ts
