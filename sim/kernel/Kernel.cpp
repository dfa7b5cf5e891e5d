#include "kernel/Kernel.h"

#include <algorithm>

#include "policies/CfsPolicy.h"

namespace ts {

Kernel::Kernel(const MachineConfig& machine, std::unique_ptr<SchedulingPolicy> policy)
    : machine_(machine), policy_(std::move(policy)) {
    const int n = std::clamp(machine_.cpus, 1, 256);
    cpus_.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) cpus_[static_cast<std::size_t>(i)].id = i;
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
    if (started_) {
        events_.insert(std::max(info.arrival, now_), arrivalPriority(),
                       Event{Event::Kind::ProcessArrival, processes_.back().pid, 0});
    }
    return processes_.back().pid;
}

int Kernel::addThread(int pid, std::string name, ThreadBody* body, Time startOffset, bool daemon) {
    Process& p = processes_[static_cast<std::size_t>(pid)];
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
    threadStartOffset_.push_back(startOffset);
    p.threads.push_back(threads_.back().tid);
    ++p.alive;
    if (!daemon) ++p.nonDaemonAlive;
    ++aliveThreads_;
    policy_->reserve(threads_.size());
    return threads_.back().tid;
}

// The tie rule decides which of two same-instant groups the dispatcher sees first in the queue.
std::uint8_t Kernel::arrivalPriority() const {
    return machine_.arrivalBeforePreempted ? kPriorityArrival : kPriorityCpu;
}
std::uint8_t Kernel::cpuPriority() const {
    return machine_.arrivalBeforePreempted ? kPriorityCpu : kPriorityArrival;
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
    if (events_.empty()) return false;
    now_ = events_.peekTime();
    const Event e = events_.pop();
    ++counters_.events;
    dispatchEvent(e);
    return true;
}

void Kernel::run(Time until) {
    if (!started_) start();
    while (!events_.empty() && events_.peekTime() <= until) step();
    if (!events_.empty()) {
        stoppedByLimit_ = true;
        closeAt(until);
    } else {
        endTime_ = lastActivity_;
    }
}

void Kernel::closeAt(Time t) {
    // Charge what the running threads did up to the limit and record their unfinished slices.
    now_ = std::max(now_, t);
    for (Cpu& cpu : cpus_) {
        if (cpu.phase == Cpu::Phase::Running) {
            charge(cpu);
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
    switch (e.kind) {
        case Event::Kind::ProcessArrival: onArrival(e.target); break;
        case Event::Kind::ThreadStart: onThreadStart(e.target); break;
        case Event::Kind::Wake: onWake(e.target); break;
        case Event::Kind::CpuPhaseEnd: onCpuPhaseEnd(e.target); break;
        case Event::Kind::JobRelease: onJobRelease(e.target); break;
        case Event::Kind::DeadlineCheck: onDeadlineCheck(e.target, e.arg); break;
        case Event::Kind::MlfqBoost: onBoost(); break;
        case Event::Kind::Reschedule: onReschedule(); break;
    }
}

// ---------------------------------------------------------------------------- thread life

void Kernel::setState(Thread& t, ThreadState state, BlockReason reason) {
    const ThreadState from = t.state;
    Process& p = processes_[static_cast<std::size_t>(t.pid)];
    const bool wasRunnable = from == ThreadState::Ready || from == ThreadState::Running;
    const bool isRunnable = state == ThreadState::Ready || state == ThreadState::Running;
    t.state = state;
    t.blockReason = state == ThreadState::Blocked ? reason : BlockReason::None;
    lastActivity_ = now_;
    observer_->onThreadState(now_, t, from);
    if (wasRunnable != isRunnable) {
        p.runnable += isRunnable ? 1 : -1;
        const ProcessState ps = p.runnable > 0 ? ProcessState::Run
                                : p.alive > 0  ? ProcessState::Sleep
                                               : ProcessState::Exited;
        if (ps != p.state) {
            p.state = ps;
            observer_->onProcessState(now_, p);
        }
    }
}

Kernel::Next Kernel::advance(Thread& t) {
    // Ask the body for demands until one needs the CPU or makes the thread wait. A body that
    // returned zero-length demands forever would spin here; bodies never do (the loader rejects
    // zero-length bursts, and a program's instruction costs are positive).
    for (;;) {
        const Demand d = t.body ? t.body->next(t, now_) : Demand::exit();
        switch (d.kind) {
            case Demand::Kind::Cpu:
                if (d.amount <= 0) continue;
                t.burstLength = t.burstLeft = d.amount;
                return Next::WantsCpu;
            case Demand::Kind::Sleep:
                setState(t, ThreadState::Blocked, d.reason);
                events_.insert(saturatingAdd(now_, std::max<Time>(d.amount, 0)), arrivalPriority(),
                               Event{Event::Kind::Wake, t.tid, 0});
                return Next::Blocked;
            case Demand::Kind::AwaitRelease: {
                const Process& p = processes_[static_cast<std::size_t>(t.pid)];
                ++t.jobsCompleted;
                if (t.jobsCompleted < t.jobsReleased) {
                    // The next job was released while this one ran late: start it at once.
                    t.absDeadline = p.arrival + static_cast<Time>(t.jobsCompleted) * p.period +
                                    p.deadline;
                    continue;
                }
                setState(t, ThreadState::Blocked, BlockReason::Period);
                return Next::Blocked;
            }
            case Demand::Kind::Exit:
                terminate(t);
                return Next::Exited;
        }
    }
}

void Kernel::makeReady(Thread& t, ReadyReason why) {
    setState(t, ThreadState::Ready);
    t.readySince = now_;
    t.readySeq = nextReadySeq_++;
    policy_->enqueue(t, now_, why);
    requestReschedule();
}

void Kernel::terminate(Thread& t) {
    // Count the thread out first, so that the process goes straight to Exited when it was the
    // last one (and not through Sleep for an instant).
    Process& p = processes_[static_cast<std::size_t>(t.pid)];
    --p.alive;
    if (!t.daemon) --p.nonDaemonAlive;
    --aliveThreads_;
    t.endTime = now_;
    if (p.alive == 0) p.completion = now_;
    setState(t, ThreadState::Terminated);
    if (p.alive == 0 && p.state != ProcessState::Exited) {
        p.state = ProcessState::Exited;
        observer_->onProcessState(now_, p);
    }
}

void Kernel::requestReschedule() {
    if (rescheduleQueued_ || inReschedule_) return;
    rescheduleQueued_ = true;
    events_.insert(now_, kPriorityReschedule, Event{Event::Kind::Reschedule, 0, 0});
}

// ---------------------------------------------------------------------------- event handlers

void Kernel::onArrival(int pid) {
    Process& p = processes_[static_cast<std::size_t>(pid)];
    lastActivity_ = now_;
    if (p.period > 0) {
        for (int tid : p.threads) setState(threads_[static_cast<std::size_t>(tid)],
                                           ThreadState::Blocked, BlockReason::Period);
        onJobRelease(pid);
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
    Thread& t = threads_[static_cast<std::size_t>(tid)];
    if (t.state != ThreadState::New) return;
    t.startAt = now_;
    if (advance(t) == Next::WantsCpu) makeReady(t, ReadyReason::Arrived);
}

void Kernel::onWake(int tid) {
    Thread& t = threads_[static_cast<std::size_t>(tid)];
    if (t.state != ThreadState::Blocked) return;
    if (advance(t) == Next::WantsCpu) makeReady(t, ReadyReason::Woke);
}

void Kernel::onJobRelease(int pid) {
    Process& p = processes_[static_cast<std::size_t>(pid)];
    if (p.alive == 0) return;
    Thread& t = threads_[static_cast<std::size_t>(p.threads.front())];
    const int job = t.jobsReleased++;
    ++counters_.jobsReleased;
    lastActivity_ = now_;
    observer_->onJobRelease(now_, p, job);
    events_.insert(saturatingAdd(now_, p.deadline), kPriorityDeadline,
                   Event{Event::Kind::DeadlineCheck, pid, job});
    events_.insert(saturatingAdd(now_, p.period), arrivalPriority(),
                   Event{Event::Kind::JobRelease, pid, 0});
    if (t.state == ThreadState::Blocked && t.blockReason == BlockReason::Period) {
        t.absDeadline = saturatingAdd(now_, p.deadline);
        if (advance(t) == Next::WantsCpu) makeReady(t, ReadyReason::Released);
    }
}

void Kernel::onDeadlineCheck(int pid, int job) {
    Process& p = processes_[static_cast<std::size_t>(pid)];
    const Thread& t = threads_[static_cast<std::size_t>(p.threads.front())];
    if (t.jobsCompleted <= job) {
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

void Kernel::onCpuPhaseEnd(int cpuId) {
    Cpu& cpu = cpus_[static_cast<std::size_t>(cpuId)];
    cpu.pending = {};
    if (cpu.phase == Cpu::Phase::Switching) {
        cpu.busySwitch += now_ - cpu.phaseStart;
        emitSlice(cpu, Slice::Kind::Switch, cpu.phaseStart, now_);
        beginRun(cpu);
        return;
    }
    if (cpu.phase != Cpu::Phase::Running) return;
    Thread& t = threads_[static_cast<std::size_t>(cpu.current)];
    charge(cpu);
    if (t.burstLeft <= 0) {
        const Next next = advance(t);
        if (next == Next::WantsCpu) {
            if (cpu.quantumEnd > now_) {
                // A new burst follows at once: the thread keeps its CPU and its quantum. The
                // dispatcher still looks, since the new burst may change who should run.
                scheduleCpuEnd(cpu);
                if (policy_->preemptive()) requestReschedule();
                return;
            }
        } else {
            endRun(cpu);
            requestReschedule();
            return;
        }
    }
    // The quantum is over: the timer interrupts the thread and it goes back to the queue.
    ++counters_.timerInterrupts;
    observer_->onTimerInterrupt(now_, cpu.id, t.tid);
    endRun(cpu);
    policy_->quantumExpired(t, !policy_->empty());
    makeReady(t, ReadyReason::QuantumExpired);
}

// ---------------------------------------------------------------------------- the dispatcher

Cpu* Kernel::idleCpuFor(const Thread& t) {
    // Prefer the CPU the thread last ran on: no context switch is needed there.
    Cpu* first = nullptr;
    for (Cpu& c : cpus_) {
        if (c.phase != Cpu::Phase::Idle) continue;
        if (c.last == t.tid) return &c;
        if (!first) first = &c;
    }
    return first;
}

void Kernel::onReschedule() {
    rescheduleQueued_ = false;
    inReschedule_ = true;
    for (;;) {
        bool anyIdle = false;
        for (const Cpu& c : cpus_) anyIdle = anyIdle || c.phase == Cpu::Phase::Idle;
        if (!anyIdle || policy_->empty()) break;
        Choice why;
        const bool alone = policy_->size() == 1;
        Thread* t = policy_->pickNext(now_, why);
        if (!t) break;
        if (alone) why.code = ReasonCode::OnlyReady;
        Cpu* cpu = idleCpuFor(*t);
        const bool same = cpu->last == t->tid && t->readySince == now_ &&
                          t->cpuTime > 0 && t->state == ThreadState::Ready;
        dispatch(*cpu, *t, why, same ? DecisionKind::Continue : DecisionKind::Dispatch, -1);
    }
    if (policy_->preemptive()) {
        while (preemptOne()) {
        }
    }
    inReschedule_ = false;
}

bool Kernel::preemptOne() {
    const Thread* candidate = policy_->peekNext(now_);
    if (!candidate) return false;
    Cpu* victimCpu = nullptr;
    std::int64_t victimRank = 0;
    for (Cpu& c : cpus_) {
        if (c.phase != Cpu::Phase::Running) continue;
        charge(c);  // ranks such as remaining time or virtual runtime must be current
        const std::int64_t r = policy_->rank(threads_[static_cast<std::size_t>(c.current)], now_);
        if (!victimCpu || r > victimRank) {
            victimCpu = &c;
            victimRank = r;
        }
    }
    if (!victimCpu) return false;
    const std::int64_t candidateRank = policy_->rank(*candidate, now_);
    if (candidateRank + policy_->preemptionMargin() >= victimRank) return false;

    Thread& victim = threads_[static_cast<std::size_t>(victimCpu->current)];
    events_.cancel(victimCpu->pending);
    victimCpu->pending = {};
    endRun(*victimCpu);
    ++victim.preemptions;
    ++counters_.preemptions;
    makeReady(victim, ReadyReason::Preempted);
    Choice why;
    Thread* next = policy_->pickNext(now_, why);
    why.value2 = victimRank;
    dispatch(*victimCpu, *next, why, DecisionKind::Preempt, victim.tid);
    return true;
}

void Kernel::dispatch(Cpu& cpu, Thread& t, const Choice& why, DecisionKind kind, int other) {
    ++counters_.dispatches;
    t.cpu = cpu.id;
    cpu.current = t.tid;
    Decision d;
    d.time = now_;
    d.value = why.value;
    d.value2 = why.value2;
    d.tid = t.tid;
    d.other = other;
    d.cpu = static_cast<std::uint16_t>(cpu.id);
    d.kind = kind;
    d.code = why.code;
    observer_->onDecision(d);

    if (cpu.last == t.tid || cpu.last < 0) {
        // Same thread again, or a CPU's very first thread: nothing to save, no switch.
        beginRun(cpu);
        return;
    }
    ++counters_.contextSwitches;
    const bool sameProcess = threads_[static_cast<std::size_t>(cpu.last)].pid == t.pid;
    const Time cost = sameProcess ? machine_.effectiveThreadSwitch() : machine_.contextSwitch;
    if (cost <= 0) {
        beginRun(cpu);
        return;
    }
    cpu.phase = Cpu::Phase::Switching;
    cpu.phaseStart = now_;
    cpu.pending = events_.insert(saturatingAdd(now_, cost), cpuPriority(),
                                 Event{Event::Kind::CpuPhaseEnd, cpu.id, 0});
}

void Kernel::beginRun(Cpu& cpu) {
    Thread& t = threads_[static_cast<std::size_t>(cpu.current)];
    t.waiting += now_ - t.readySince;
    if (t.firstRun < 0) t.firstRun = now_;
    Process& p = processes_[static_cast<std::size_t>(t.pid)];
    if (p.firstRun < 0) p.firstRun = now_;
    setState(t, ThreadState::Running);
    cpu.phase = Cpu::Phase::Running;
    cpu.phaseStart = now_;
    cpu.accountedUntil = now_;
    cpu.quantumEnd = saturatingAdd(now_, policy_->quantum(t, now_));
    scheduleCpuEnd(cpu);
}

void Kernel::scheduleCpuEnd(Cpu& cpu) {
    const Thread& t = threads_[static_cast<std::size_t>(cpu.current)];
    const Time end = std::min(saturatingAdd(cpu.accountedUntil, t.burstLeft), cpu.quantumEnd);
    cpu.pending = events_.insert(end, cpuPriority(), Event{Event::Kind::CpuPhaseEnd, cpu.id, 0});
}

void Kernel::charge(Cpu& cpu) {
    const Time ran = now_ - cpu.accountedUntil;
    if (ran <= 0) return;
    Thread& t = threads_[static_cast<std::size_t>(cpu.current)];
    t.burstLeft -= ran;
    t.cpuTime += ran;
    cpu.busyRun += ran;
    cpu.accountedUntil = now_;
    policy_->charge(t, ran);
}

void Kernel::endRun(Cpu& cpu) {
    Thread& t = threads_[static_cast<std::size_t>(cpu.current)];
    emitSlice(cpu, Slice::Kind::Run, cpu.phaseStart, now_);
    cpu.last = t.tid;
    cpu.current = -1;
    cpu.phase = Cpu::Phase::Idle;
    cpu.quantumEnd = kNever;
    t.cpu = -1;
}

void Kernel::emitSlice(const Cpu& cpu, Slice::Kind kind, Time start, Time end) {
    if (end <= start) return;
    const Thread& t = threads_[static_cast<std::size_t>(cpu.current)];
    lastActivity_ = std::max(lastActivity_, end);
    observer_->onSlice(Slice{start, end, t.tid, t.pid, static_cast<std::uint16_t>(cpu.id), kind});
}

}  // namespace ts
