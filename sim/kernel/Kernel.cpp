#include "kernel/Kernel.h"

#include <algorithm>

#include "policies/CfsPolicy.h"

// The kernel's event loop and the lives of threads and processes. The dispatcher (CPUs,
// switches, quanta, pre-emption) is in KernelDispatcher.cpp.

namespace ts {

Kernel::Kernel(const MachineConfig& machine, std::unique_ptr<SchedulingPolicy> policy)
    : machine_(machine),
      policy_(std::move(policy)),
      jitter_(Random::stream(machine.seed, 0x74696d6572ULL)) {
    const int n = std::clamp(machine_.cpus, 1, 256);
    cpus_.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) cpus_[static_cast<std::size_t>(i)].id = i;
    cpuTimers_.resize(n);
    idleCpus_ = n;
    preemptive_ = policy_->preemptive();
    shortcuts_ = policy_->shortcuts();
    if (shortcuts_.fixedQuantum) fixedQuantum_ = policy_->quantum(Thread{}, 0);
    fifo_ = shortcuts_.fixedQuantum ? policy_->plainFifo() : nullptr;
    fifoReason_ = policy_->reasonCode();
}

int Kernel::addProcess(const ProcessInfo& info) {
    Process p;
    p.pid = static_cast<int>(processes_.size());
    p.name = info.name;
    p.priority = info.priority;
    p.tickets = info.tickets;
    p.nice = info.nice;
    p.arrival = info.arrival;
    p.period = info.period;
    p.deadline = info.deadline > 0 ? info.deadline : info.period;
    processes_.push_back(std::move(p));
    processAt_.push_back(&processes_.back());
    if (started_) {
        events_.insert(std::max(info.arrival, now_), arrivalPriority(),
                       Event{Event::Kind::ProcessArrival, processes_.back().pid, 0});
    }
    return processes_.back().pid;
}

int Kernel::addThread(int pid, std::string name, ThreadBody* body, Time startOffset, bool daemon) {
    Process& p = process(pid);
    Thread t;
    t.tid = static_cast<int>(threads_.size());
    t.pid = pid;
    t.name = std::move(name);
    t.body = body;
    t.daemon = daemon;
    t.priority = p.priority;
    t.tickets = p.tickets;
    t.weight = CfsPolicy::weightForNice(p.nice);
    t.period = p.period;
    threads_.push_back(std::move(t));
    threadAt_.push_back(&threads_.back());
    wakeLines_.push_back(WakeLines{&threads_.back(), body, &p});
    threadStartOffset_.push_back(startOffset);
    p.threads.push_back(threads_.back().tid);
    ++p.alive;
    if (!daemon) ++p.nonDaemonAlive;
    ++aliveThreads_;
    policy_->reserve(threads_.size());
    return threads_.back().tid;
}

int Kernel::spawnThread(int pid, std::string name, ThreadBody* body, bool daemon, Time at) {
    const int tid = addThread(pid, std::move(name), body, 0, daemon);
    events_.insert(std::max(at, now_), arrivalPriority(), Event{Event::Kind::ThreadStart, tid, 0});
    return tid;
}

int Kernel::registerSyncObject(SyncObjectKind kind, std::int64_t initialValue, int creator, Time at) {
    const int id = nextSyncObject_++;
    observer_->onSyncOp(SyncOp{at, id, creator, -1, initialValue, SyncOp::Kind::Created, kind});
    return id;
}

void Kernel::start() {
    started_ = true;
    events_.reserve(processes_.size() * 3 + cpus_.size() + 16);
    for (const Process& p : processes_) {
        events_.insert(p.arrival, arrivalPriority(), Event{Event::Kind::ProcessArrival, p.pid, 0});
    }
    if (policy_->boostInterval() > 0) {
        events_.insert(policy_->boostInterval(), kPriorityBoost, Event{Event::Kind::MlfqBoost, 0, 0});
    }
}

bool Kernel::step() {
    if (!started_) start();
    return executeNext(kNever);
}

bool Kernel::executeNext(Time until) {
    // The earliest of the event set's first event and the CPUs' first one.
    Time at = kNever;
    std::uint64_t order = 0;
    const bool queued = events_.peekKey(at, order);
    const bool cpuFirst =
        cpuTimers_.any() &&
        (!queued || EventQueue::before(cpuTimers_.topTime(), cpuTimers_.topOrder(), at, order));
    if (cpuFirst) at = cpuTimers_.topTime();
    if ((!queued && !cpuFirst) || at > until) return false;
    now_ = at;
    ++counters_.events;
    if (cpuFirst) {
        const int cpu = cpuTimers_.topCpu();
        cpuTimers_.clear(cpu);
        onCpuPhaseEnd(cpu);
    } else {
        dispatchEvent(events_.pop());
        prefetchNextWake();
    }
    // The dispatcher runs once an instant is over, so that it sees every change of that instant
    // at once (arrivals, expiries, wake-ups). Done here rather than as an event of its own: it
    // saves a trip through the event set on every dispatch.
    if (rescheduleQueued_ && nextEventTime() > now_) {
        ++counters_.events;  // a dispatcher run counts as one event, as it did when it was one
        onReschedule();
    }
    return true;
}

void Kernel::prefetchNextWake() {
    if (events_.empty()) return;
    const Event next = events_.peek();
    if (next.kind != Event::Kind::Wake) return;
    const WakeLines& w = wakeLines_[static_cast<std::size_t>(next.target)];
    const char* lines = reinterpret_cast<const char*>(w.thread);
    __builtin_prefetch(lines);
    __builtin_prefetch(lines + 64);
    __builtin_prefetch(w.body);
    __builtin_prefetch(w.process);
    // One of these wake-ups may be next after it: their addresses, read here at the next
    // wake-up, are then in the cache (with 10,000 threads wakeLines_ is not).
    events_.forEachRunnerUp([this](Event::Kind kind, std::int32_t target) {
        if (kind == Event::Kind::Wake) __builtin_prefetch(&wakeLines_[static_cast<std::size_t>(target)]);
    });
}

void Kernel::run(Time until) {
    if (!started_) start();
    runUntil_ = until;
    while (executeNext(until)) {
    }
    if (hasPendingEvents()) {
        stoppedByLimit_ = true;
        closeAt(until);
    } else {
        endTime_ = lastActivity_;
        // Nothing can happen any more, yet threads are alive: they all wait for each other.
        deadlocked_ = aliveThreads_ > 0;
    }
}

void Kernel::closeAt(Time t) {
    // Charge what the running threads did up to the limit and record their unfinished slices.
    now_ = std::max(now_, t);
    for (Cpu& cpu : cpus_) {
        if (cpu.phase == Cpu::Phase::Running) {
            if (cpu.accountedUntil < now_) charge(cpu);
            emitSlice(cpu, Slice::Kind::Run, cpu.phaseStart, now_);
        } else if (cpu.phase == Cpu::Phase::Switching) {
            cpu.busySwitch += now_ - cpu.phaseStart;
            emitSlice(cpu, Slice::Kind::Switch, cpu.phaseStart, now_);
        }
    }
    for (Thread& th : threads_) {
        if (th.state == ThreadState::Ready) th.waiting += now_ - th.readySince;
        th.readySince = now_;
    }
    endTime_ = now_;
}

Time Kernel::busyTime() const {
    Time sum = 0;
    for (const Cpu& c : cpus_) sum += c.busyRun;
    return sum;
}

void Kernel::dispatchEvent(const Event& e) {
    const auto seq = static_cast<std::uint32_t>(e.arg);
    switch (e.kind) {
        case Event::Kind::ProcessArrival: onArrival(e.target); break;
        case Event::Kind::ThreadStart: onThreadStart(e.target); break;
        case Event::Kind::Wake: onWake(e.target, seq); break;
        case Event::Kind::Timeout: onTimeout(e.target, seq); break;
        case Event::Kind::Interrupt: onInterrupt(e.target); break;
        case Event::Kind::JobRelease: onJobRelease(e.target, e.arg); break;
        case Event::Kind::DeadlineCheck: onDeadlineCheck(e.target, e.arg); break;
        case Event::Kind::MlfqBoost: onBoost(); break;
    }
}

// ---------------------------------------------------------------------------- thread life

void Kernel::countRunnable(Process& p, bool nowRunnable) {
    p.runnable += nowRunnable ? 1 : -1;
    const ProcessState ps = p.runnable > 0 ? ProcessState::Run
                            : p.alive > 0  ? ProcessState::Sleep
                                           : ProcessState::Exited;
    if (ps != p.state) {
        p.state = ps;
        if (observing_) observer_->onProcessState(now_, p);
    }
}

void Kernel::block(Thread& t, BlockReason reason) {
    if (t.state == ThreadState::Ready) t.waiting += now_ - t.readySince;
    ++t.blockSeq;
    t.wakeStatus = WakeStatus::Normal;
    t.wokenBy = -1;
    setState(t, ThreadState::Blocked, reason);
}

Kernel::Next Kernel::apply(Thread& t, Demand d) {
    // Carry out demands until one needs the CPU or makes the thread wait. A body returning
    // zero-length demands forever would spin here; none does (the loader rejects zero-length
    // bursts, and every instruction of a program costs time).
    for (;;) {
        switch (d.kind) {
            case Demand::Kind::Cpu:
                if (d.amount > 0) {
                    t.stepped = false;
                    t.burstLength = t.burstLeft = d.amount;
                    return Next::WantsCpu;
                }
                break;
            case Demand::Kind::Run:
                t.stepped = true;
                t.burstLength = t.burstLeft = kNever;
                return Next::WantsCpu;
            case Demand::Kind::Sleep:
                block(t, d.reason);
                events_.insert(d.reason == BlockReason::Io ? saturatingAdd(now_, std::max<Time>(d.amount, 0))
                                                           : timerExpiry(d.amount),
                               arrivalPriority(),
                               Event{Event::Kind::Wake, t.tid, static_cast<std::int32_t>(t.blockSeq)});
                return Next::Blocked;
            case Demand::Kind::Block:
                if (t.wakePending) {
                    // Woken while it was still on its way into the wait: it does not wait.
                    t.wakePending = false;
                    t.waitingOn = nullptr;
                    t.wakeStatus = WakeStatus::Normal;
                    break;
                }
                block(t, d.reason);
                if (d.amount != kNever) {
                    t.timeout = events_.insertCancellable(timerExpiry(d.amount),
                                                          arrivalPriority(),
                                                          Event{Event::Kind::Timeout, t.tid,
                                                                static_cast<std::int32_t>(t.blockSeq)});
                }
                return Next::Blocked;
            case Demand::Kind::AwaitRelease: {
                const Process& p = process(t.pid);
                ++t.jobsCompleted;
                if (t.jobsCompleted < t.jobsReleased) {
                    // The next job was released while this one ran late: start it at once.
                    t.absDeadline = p.arrival + static_cast<Time>(t.jobsCompleted) * p.period +
                                    p.deadline;
                    break;
                }
                block(t, BlockReason::Period);
                return Next::Blocked;
            }
            case Demand::Kind::Exit:
                terminate(t);
                return Next::Exited;
        }
        d = t.body ? t.body->next(t, now_) : Demand::exit();
    }
}

Time Kernel::timerExpiry(Time delay) const {
    const Time at = saturatingAdd(now_, std::max<Time>(delay, 0));
    const Time tick = machine_.timerTick;
    if (tick <= 0 || at == kNever || at % tick == 0) return at;
    return saturatingAdd(at - at % tick, tick);
}

void Kernel::terminate(Thread& t) {
    // Count the thread out first, so that the process goes straight to Exited when it was the
    // last one (and not through Sleep for an instant).
    Process& p = process(t.pid);
    --p.alive;
    if (!t.daemon && !t.releasedFromExitWait) --p.nonDaemonAlive;
    --aliveThreads_;
    t.endTime = now_;
    if (p.alive == 0) p.completion = now_;
    setState(t, ThreadState::Terminated);
    if (p.alive == 0 && p.state != ProcessState::Exited) {
        p.state = ProcessState::Exited;
        observer_->onProcessState(now_, p);
    }
    // When the last non-daemon thread ends, the process exits and its daemon threads vanish.
    if (p.alive > 0 && p.nonDaemonAlive == 0) {
        for (int tid : p.threads) killThread(thread(tid));
    }
}

void Kernel::killThread(Thread& t) {
    if (t.state == ThreadState::Terminated) return;
    Process& p = process(t.pid);
    if (t.state == ThreadState::Ready) policy_->remove(t);
    if (t.state == ThreadState::Blocked) {
        events_.cancel(t.timeout);
        if (t.waitingOn) t.waitingOn->cancelWait(t.tid);
        t.waitingOn = nullptr;
        auto& w = p.gilWaiters;
        w.erase(std::remove(w.begin(), w.end(), t.tid), w.end());
    }
    if (t.cpu >= 0) {
        Cpu& cpu = cpus_[static_cast<std::size_t>(t.cpu)];
        cpuTimers_.clear(cpu.id);
        if (cpu.phase == Cpu::Phase::Running) {
            if (cpu.accountedUntil < now_) charge(cpu);
            endRun(cpu);
        } else {
            cpu.busySwitch += now_ - cpu.phaseStart;
            emitSlice(cpu, Slice::Kind::Switch, cpu.phaseStart, now_);
            cpu.current = -1;
            cpu.phase = Cpu::Phase::Idle;
            ++idleCpus_;
            t.cpu = -1;
        }
        if (p.gilOwner == t.tid) releaseGil(p, t.tid);
        requestReschedule();
    }
    terminate(t);
}

void Kernel::wakeThread(int tid, Time at, int waker) {
    Thread& t = thread(tid);
    if (t.state == ThreadState::Terminated) return;
    t.wokenBy = waker;
    if (t.state != ThreadState::Blocked) {
        t.wakePending = true;  // it has not reached its wait yet; it will not block
        return;
    }
    events_.cancel(t.timeout);
    t.timeout = {};
    t.waitingOn = nullptr;
    events_.insert(std::max(at, now_), arrivalPriority(),
                   Event{Event::Kind::Wake, tid, static_cast<std::int32_t>(t.blockSeq)});
}

void Kernel::setWaitTarget(int tid, WaitTarget* target) {
    thread(tid).waitingOn = target;
}

void Kernel::postInterrupt(int tid, Time at) {
    events_.insert(std::max(at, now_), arrivalPriority(), Event{Event::Kind::Interrupt, tid, 0});
}

void Kernel::endWait(Thread& t, WakeStatus status) {
    events_.cancel(t.timeout);
    t.timeout = {};
    if (t.waitingOn) t.waitingOn->cancelWait(t.tid);
    t.waitingOn = nullptr;
    t.wakeStatus = status;
    if (t.blockReason == BlockReason::Gil) {
        // Waiting for the GIL is no wait of the program's: it goes on waiting for it.
        return;
    }
    if (advance(t) == Next::WantsCpu) makeReady(t, ReadyReason::Woke);
}

// ---------------------------------------------------------------------------- event handlers

void Kernel::onArrival(int pid) {
    Process& p = process(pid);
    lastActivity_ = now_;
    if (p.period > 0) {
        for (int tid : p.threads) block(thread(tid), BlockReason::Period);
        onJobRelease(pid, p.threads.empty() ? -1 : p.threads.front());
        return;
    }
    for (int tid : p.threads) {
        const Time offset = threadStartOffset_[static_cast<std::size_t>(tid)];
        if (offset > 0) {
            events_.insert(saturatingAdd(now_, offset), arrivalPriority(),
                           Event{Event::Kind::ThreadStart, tid, 0});
        } else {
            onThreadStart(tid);
        }
    }
}

void Kernel::onThreadStart(int tid) {
    Thread& t = thread(tid);
    if (t.state != ThreadState::New) return;
    t.startAt = now_;
    if (advance(t) == Next::WantsCpu) makeReady(t, ReadyReason::Arrived);
}

void Kernel::onWake(int tid, std::uint32_t blockSeq) {
    Thread& t = thread(tid);
    if (t.state != ThreadState::Blocked || t.blockSeq != blockSeq) return;  // stale
    t.waitingOn = nullptr;
    if (advance(t) == Next::WantsCpu) makeReady(t, ReadyReason::Woke);
}

void Kernel::onTimeout(int tid, std::uint32_t blockSeq) {
    Thread& t = thread(tid);
    if (t.state != ThreadState::Blocked || t.blockSeq != blockSeq) return;
    t.timeout = {};
    endWait(t, WakeStatus::TimedOut);
}

void Kernel::releaseFromExitWait(int tid) {
    Thread& t = thread(tid);
    if (t.state == ThreadState::Terminated || t.daemon || t.releasedFromExitWait) return;
    t.releasedFromExitWait = true;
    // The caller is another thread of the process, still alive: the count cannot reach zero
    // here, and terminate() kills the thread with the daemons when it does.
    --process(t.pid).nonDaemonAlive;
}

void Kernel::onInterrupt(int tid) {
    Thread& t = thread(tid);
    if (t.state == ThreadState::Terminated) return;
    const bool cutsWait = t.body ? t.body->interrupt(t, now_) : true;
    // A thread asleep or waiting is woken to take the exception (unless its wait cannot be
    // interrupted); a running or ready one takes it where its body can (the next instruction,
    // or in Python 3 the next backward jump or call).
    if (t.state == ThreadState::Blocked && cutsWait) endWait(t, WakeStatus::Interrupted);
}

void Kernel::onJobRelease(int pid, int tid) {
    Process& p = process(pid);
    if (p.alive == 0) return;
    Thread& t = thread(tid);
    const int job = t.jobsReleased++;
    ++counters_.jobsReleased;
    lastActivity_ = now_;
    if (observing_) observer_->onJobRelease(now_, p, job);
    // Both events name the thread: their handlers then load it and the process side by side,
    // not one after the other through the process's list of threads (cache misses, at 100
    // tasks, in the profile of docs/performance.md).
    const Event check{Event::Kind::DeadlineCheck, tid, job};
    const Event next{Event::Kind::JobRelease, pid, tid};
    if (p.deadline == p.period) {
        // One instant: the check rides with the next release through the event set (the same
        // order as two inserts, one heap entry fewer per job).
        events_.insertPair(saturatingAdd(now_, p.period), arrivalPriority(), next,
                           kPriorityDeadline, check);
    } else {
        events_.insert(saturatingAdd(now_, p.deadline), kPriorityDeadline, check);
        events_.insert(saturatingAdd(now_, p.period), arrivalPriority(), next);
    }
    if (t.state != ThreadState::Blocked || t.blockReason != BlockReason::Period) return;
    t.absDeadline = saturatingAdd(now_, p.deadline);
    // A job is one CPU burst (PeriodicJobBody): taken here, without a call to apply() and its
    // loop (a tenth of this handler's instructions in the profile of the SimSo task sets).
    const Demand d = t.body ? t.body->next(t, now_) : Demand::exit();
    if (d.kind == Demand::Kind::Cpu && d.amount > 0) {
        t.stepped = false;
        t.burstLength = t.burstLeft = d.amount;
    } else if (apply(t, d) != Next::WantsCpu) {
        return;
    }
    makeReady(t, ReadyReason::Released);
}

void Kernel::onDeadlineCheck(int tid, int job) {
    const Thread& t = thread(tid);
    if (t.jobsCompleted <= job) {
        Process& p = process(t.pid);
        ++p.deadlineMisses;
        ++counters_.deadlineMisses;
        observer_->onDeadlineMiss(now_, p, job);
    }
}

void Kernel::onBoost() {
    if (aliveThreads_ == 0) return;
    for (Thread& t : threads_) t.level = 0;
    policy_->boost(now_);
    events_.insert(saturatingAdd(now_, policy_->boostInterval()), kPriorityBoost,
                   Event{Event::Kind::MlfqBoost, 0, 0});
    requestReschedule();
}

}  // namespace ts
