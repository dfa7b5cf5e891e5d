#include <algorithm>

#include "kernel/Kernel.h"

// The dispatcher half of the kernel: who gets which CPU, context switches and their cost, the
// end of bursts and quanta (the timer interrupt), pre-emption, and the GIL.

namespace ts {

// The two handlers of nearly every context switch are flattened (every call within this file
// inlined): the calls between their small steps cost as much as the steps (the profile in
// docs/performance.md: a fifth of the instructions were saving and restoring registers).
[[gnu::flatten]] void Kernel::onCpuPhaseEnd(int cpuId) {
    Cpu& cpu = cpus_[static_cast<std::size_t>(cpuId)];
    if (cpu.phase == Cpu::Phase::Switching) {
        cpu.busySwitch += now_ - cpu.phaseStart;
        emitSlice(cpu, Slice::Kind::Switch, cpu.phaseStart, now_);
        beginRun(cpu, thread(cpu.current));
        return;
    }
    if (cpu.phase != Cpu::Phase::Running) return;
    Thread& t = thread(cpu.current);
    charge(cpu);

    // What the thread does once its current demand is over.
    Next next = Next::WantsCpu;
    if (t.stepped && t.hasPending) {
        t.hasPending = false;
        next = apply(t, t.pending);
    } else if (!t.stepped && t.burstLeft <= 0) {
        next = advance(t);
    }
    if (next != Next::WantsCpu) {
        endRun(cpu);
        requestReschedule();
        return;
    }
    if (now_ >= cpu.quantumEnd) {
        // The quantum is over: the timer interrupts the thread and it goes back to the queue.
        ++counters_.timerInterrupts;
        if (observing_) observer_->onTimerInterrupt(now_, cpu.id, t.tid);
        leaveCpu(cpu, t, ReadyReason::QuantumExpired);
        return;
    }
    if (cpu.preemptRequested) {
        // A better thread was waiting for the instruction in progress to end.
        cpu.preemptRequested = false;
        ++t.preemptions;
        ++counters_.preemptions;
        leaveCpu(cpu, t, ReadyReason::Preempted);
        return;
    }
    // It keeps its CPU and quantum. A new burst may change who should run: let the dispatcher
    // look when the policy pre-empts.
    if (t.stepped) {
        runBody(cpu);
    } else {
        scheduleCpuEnd(cpu, t);
        if (preemptive_) requestReschedule();
    }
}

void Kernel::runBody(Cpu& cpu) {
    Thread& t = thread(cpu.current);
    // The body may run ahead of the kernel's clock up to the next event (nothing else can happen
    // before it), the end of its quantum, the end of the run, or a chunk's length.
    Time limit = std::min({cpu.quantumEnd, nextEventTime(), runUntil_});
    limit = std::min(limit, saturatingAdd(now_, kMaxRunChunk));
    Demand after = Demand::run();
    Time end = t.body ? t.body->run(t, now_, limit, after) : now_ + 1;
    if (end <= now_) end = now_ + 1;  // every instruction takes time
    cpu.aheadUntil = end;
    if (after.kind != Demand::Kind::Run) {
        t.hasPending = true;
        t.pending = after;
    }
    setCpuTimer(cpu, end);
}

void Kernel::leaveCpu(Cpu& cpu, Thread& t, ReadyReason why) {
    endRun(cpu);
    if (why == ReadyReason::QuantumExpired) {
        if (!shortcuts_.noExpiryHook) policy_->quantumExpired(t, !policy_->empty());
        cpu.expiredTid = t.tid;
        expiryToCount_ = true;
    }
    if (why == ReadyReason::Preempted) {
        cpu.preemptedTid = t.tid;
        cpu.preemptedRank = policy_->rank(t, now_);
    }
    makeReady(t, why);
}

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

[[gnu::flatten]] void Kernel::onReschedule() {
    rescheduleQueued_ = false;
    inReschedule_ = true;
    for (;;) {
        fillIdleCpus();
        if (!preemptive_ || !preemptOne()) break;
    }
    // A thread whose quantum expired and that is still waiting was pre-empted by the timer:
    // another thread got the CPU it wanted.
    if (expiryToCount_) countExpiries();
    inReschedule_ = false;
}

void Kernel::countExpiries() {
    expiryToCount_ = false;
    for (Cpu& c : cpus_) {
        if (c.expiredTid < 0) continue;
        Thread& t = thread(c.expiredTid);
        if (t.state == ThreadState::Ready) {
            ++t.preemptions;
            ++counters_.preemptions;
        }
        c.expiredTid = -1;
    }
}

void Kernel::fillIdleCpus() {
    for (;;) {
        // An idle CPU first: once the last one is taken, no call to the policy is needed.
        if (idleCpus_ == 0) return;
        const std::size_t ready = fifo_ ? fifo_->size() : policy_->size();
        if (ready == 0) return;
        Choice why;
        const bool alone = ready == 1;
        Thread* t = pickNext(why);
        if (!t) return;
        Cpu* cpu = idleCpuFor(*t);
        DecisionKind kind = DecisionKind::Dispatch;
        int other = -1;
        if (cpu->preemptedTid >= 0 && cpu->preemptedTid != t->tid) {
            kind = DecisionKind::Preempt;
            other = cpu->preemptedTid;
            why.value2 = cpu->preemptedRank;
        } else {
            if (alone) why.code = ReasonCode::OnlyReady;
            // Only a thread whose quantum has just expired on this CPU "goes on": one that
            // wakes on the CPU it last left (a join's timeout, say) is dispatched afresh.
            if (cpu->expiredTid == t->tid) kind = DecisionKind::Continue;
        }
        cpu->preemptedTid = -1;
        dispatch(*cpu, *t, why, kind, other);  // may block the thread on the GIL instead
    }
}

Thread* Kernel::pickNext(Choice& why) {
    if (!fifo_) return policy_->pickNext(now_, why);
    Thread* t = fifo_->pop();
    if (t) why = Choice{fifoReason_, fixedQuantum_ != kNever ? fixedQuantum_ : t->readySince, 0};
    return t;
}

bool Kernel::preemptOne() {
    const Thread* candidate = policy_->peekNext(now_);
    if (!candidate) return false;
    Cpu* victimCpu = nullptr;
    std::int64_t victimRank = 0;
    for (Cpu& c : cpus_) {
        if (c.phase != Cpu::Phase::Running || c.preemptRequested) continue;
        charge(c);  // ranks such as remaining time or virtual runtime must be current
        const std::int64_t r = policy_->rank(thread(c.current), now_);
        if (!victimCpu || r > victimRank) {
            victimCpu = &c;
            victimRank = r;
        }
    }
    if (!victimCpu) return false;
    if (policy_->rank(*candidate, now_) + policy_->preemptionMargin() >= victimRank) return false;

    Thread& victim = thread(victimCpu->current);
    if (victim.stepped && victimCpu->aheadUntil > now_) {
        // Interrupts are taken between instructions: the switch happens when the instruction
        // the body has already started ends.
        victimCpu->preemptRequested = true;
        return true;
    }
    cpuTimers_.clear(victimCpu->id);
    ++victim.preemptions;
    ++counters_.preemptions;
    leaveCpu(*victimCpu, victim, ReadyReason::Preempted);
    return true;
}

bool Kernel::dispatch(Cpu& cpu, Thread& t, const Choice& why, DecisionKind kind, int other) {
    if (machine_.gil && t.stepped) {
        // Only here is the process read: at 10,000 processes every read of one is a cache miss.
        Process& p = process(t.pid);
        if (p.gilOwner >= 0 && p.gilOwner != t.tid) {
            // Another thread of its process is running Python code: this one waits for the GIL
            // and leaves the CPU to others.
            block(t, BlockReason::Gil);
            p.gilWaiters.push_back(t.tid);
            return false;
        }
        p.gilOwner = t.tid;
    }
    ++counters_.dispatches;
    --idleCpus_;  // it switches to the thread, or runs it at once
    t.cpu = cpu.id;
    cpu.current = t.tid;
    if (observing_) {
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
    }

    if (cpu.last == t.tid || cpu.last < 0) {
        // Same thread again, or a CPU's very first thread: nothing to save, no switch.
        beginRun(cpu, t);
        return true;
    }
    ++counters_.contextSwitches;
    const bool sameProcess = thread(cpu.last).pid == t.pid;
    const Time cost = sameProcess ? machine_.effectiveThreadSwitch() : machine_.contextSwitch;
    if (cost <= 0) {
        beginRun(cpu, t);
        return true;
    }
    cpu.phase = Cpu::Phase::Switching;
    cpu.phaseStart = now_;
    setCpuTimer(cpu, saturatingAdd(now_, cost));
    return true;
}

void Kernel::beginRun(Cpu& cpu, Thread& t) {
    t.waiting += now_ - t.readySince;
    if (!t.hasRun) {
        // A process has run once one of its threads has: only a first run needs to look.
        t.hasRun = true;
        t.firstRun = now_;
        Process& p = process(t.pid);
        if (p.firstRun < 0) p.firstRun = now_;
    }
    setState(t, ThreadState::Running);
    cpu.phase = Cpu::Phase::Running;
    cpu.phaseStart = now_;
    cpu.accountedUntil = now_;
    cpu.aheadUntil = now_;
    cpu.preemptRequested = false;
    Time quantum = shortcuts_.fixedQuantum ? fixedQuantum_ : policy_->quantum(t, now_);
    if (machine_.quantumJitter > 0 && quantum != kNever && quantum > 1) {
        const auto spread = static_cast<std::uint64_t>(static_cast<double>(quantum) *
                                                       std::min(machine_.quantumJitter, 0.5));
        if (spread > 0) quantum -= static_cast<Time>(jitter_.below(spread + 1));
    }
    cpu.quantumEnd = saturatingAdd(now_, quantum);
    scheduleCpuEnd(cpu, t);
}

void Kernel::scheduleCpuEnd(Cpu& cpu, const Thread& t) {
    // A stepped thread's body runs in the CPU event, at once; a burst ends when it is done or
    // its quantum is, whichever comes first.
    const Time end = t.stepped ? cpu.accountedUntil
                               : std::min(saturatingAdd(cpu.accountedUntil, t.burstLeft),
                                          cpu.quantumEnd);
    setCpuTimer(cpu, end);
}

void Kernel::charge(Cpu& cpu) {
    const Time ran = now_ - cpu.accountedUntil;
    if (ran <= 0) return;
    Thread& t = thread(cpu.current);
    t.burstLeft -= ran;
    t.cpuTime += ran;
    cpu.busyRun += ran;
    cpu.accountedUntil = now_;
    if (!shortcuts_.noCharge) policy_->charge(t, ran);
}

void Kernel::endRun(Cpu& cpu) {
    Thread& t = thread(cpu.current);
    emitSlice(cpu, Slice::Kind::Run, cpu.phaseStart, now_);
    cpu.last = t.tid;
    cpu.current = -1;
    cpu.phase = Cpu::Phase::Idle;
    ++idleCpus_;
    cpu.quantumEnd = kNever;
    cpu.preemptRequested = false;
    t.cpu = -1;
    if (t.stepped) releaseGil(process(t.pid), t.tid);
}

void Kernel::releaseGil(Process& p, int tid) {
    if (p.gilOwner != tid) return;
    p.gilOwner = -1;
    while (!p.gilWaiters.empty()) {
        Thread& w = thread(p.gilWaiters.front());
        p.gilWaiters.erase(p.gilWaiters.begin());
        if (w.state == ThreadState::Blocked && w.blockReason == BlockReason::Gil) {
            w.wokenBy = tid;
            makeReady(w, ReadyReason::Woke);
            return;
        }
    }
}

void Kernel::emitSlice(const Cpu& cpu, Slice::Kind kind, Time start, Time end) {
    if (end <= start) return;
    lastActivity_ = std::max(lastActivity_, end);
    if (!observing_) return;
    const Thread& t = thread(cpu.current);
    observer_->onSlice(Slice{start, end, t.tid, t.pid, static_cast<std::uint16_t>(cpu.id), kind});
}

}  // namespace ts
