#pragma once
// The discrete-event kernel: CPUs, processes, threads, the timer interrupt at quantum expiry,
// context switches with their cost, the Run/Sleep process table and periodic job releases.
// Events are ordered by (time, priority, insertion number), so every run is reproducible.
// step() executes one event; run() only loops over step(). Nothing allocates per event.
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "kernel/Cpu.h"
#include "kernel/EventQueue.h"
#include "kernel/KernelObserver.h"
#include "kernel/MachineConfig.h"
#include "kernel/Process.h"
#include "kernel/Thread.h"
#include "kernel/ThreadBody.h"
#include "policies/SchedulingPolicy.h"

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

    void setObserver(KernelObserver* observer) { observer_ = observer ? observer : &silent_; }

    int addProcess(const ProcessInfo& info);
    // A thread of `pid` that starts `startOffset` after the process arrives. The body is not
    // owned; it must outlive the kernel's run.
    int addThread(int pid, std::string name, ThreadBody* body, Time startOffset = 0,
                  bool daemon = false);

    // Executes the next event; false when there is none.
    bool step();
    // Executes every event up to and including `until`, then closes the run at `until` when
    // events remain beyond it, or at the last activity when none remain.
    void run(Time until = kNever);

    Time now() const { return now_; }
    bool hasPendingEvents() const { return !events_.empty(); }
    Time nextEventTime() const { return events_.empty() ? kNever : events_.peekTime(); }
    bool stoppedByLimit() const { return stoppedByLimit_; }
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
    void dispatchEvent(const Event& e);
    void onArrival(int pid);
    void onThreadStart(int tid);
    void onWake(int tid);
    void onCpuPhaseEnd(int cpu);
    void onJobRelease(int pid);
    void onDeadlineCheck(int pid, int job);
    void onBoost();
    void onReschedule();

    Next advance(Thread& t);
    void setState(Thread& t, ThreadState state, BlockReason reason = BlockReason::None);
    void makeReady(Thread& t, ReadyReason why);
    void terminate(Thread& t);
    void requestReschedule();

    void dispatch(Cpu& cpu, Thread& t, const Choice& why, DecisionKind kind, int other);
    void beginRun(Cpu& cpu);
    void scheduleCpuEnd(Cpu& cpu);
    void charge(Cpu& cpu);
    void endRun(Cpu& cpu);
    void emitSlice(const Cpu& cpu, Slice::Kind kind, Time start, Time end);
    Cpu* idleCpuFor(const Thread& t);
    bool preemptOne();
    void closeAt(Time t);

    std::uint8_t arrivalPriority() const;
    std::uint8_t cpuPriority() const;

    MachineConfig machine_;
    std::unique_ptr<SchedulingPolicy> policy_;
    KernelObserver silent_;
    KernelObserver* observer_ = &silent_;

    EventQueue events_;
    std::deque<Thread> threads_;     // deque: policies hold pointers, threads may be added later
    std::deque<Process> processes_;
    std::vector<Cpu> cpus_;
    std::vector<Time> threadStartOffset_;

    Time now_ = 0;
    Time lastActivity_ = 0;
    Time endTime_ = 0;
    bool started_ = false;
    bool stoppedByLimit_ = false;
    bool rescheduleQueued_ = false;
    bool inReschedule_ = false;
    std::uint64_t nextReadySeq_ = 0;
    int aliveThreads_ = 0;
    KernelCounters counters_;
};

}  // namespace ts
