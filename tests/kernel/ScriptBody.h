#pragma once
// A tiny instruction set for testing the kernel's stepped threads without the interpreter:
// each op is one instruction of `cost` ns, taking effect when it starts, like a bytecode.
#include <string>
#include <vector>

#include "kernel/Kernel.h"
#include "sync/SyncEvent.h"
#include "sync/SyncLock.h"

namespace ts::test {

struct Op {
    enum Kind { Load, Increment, Store, Acquire, Release, Sleep, WaitEvent, WaitEventTimeout, SetEvent, Loop };
    Kind kind;
    std::int64_t arg = 0;  // Sleep/Timeout: ns; Loop: jump back to op index `arg` while count
    int count = 0;         // Loop: total passes
};

struct Shared {
    std::int64_t counter = 0;
    std::vector<std::string> log;
};

class ScriptBody : public ThreadBody {
public:
    ScriptBody(Kernel& k, Shared& shared, std::vector<Op> ops, SyncLock* lock = nullptr,
               SyncEvent* event = nullptr, Time cost = 10)
        : k_(k), shared_(shared), ops_(std::move(ops)), lock_(lock), event_(event), cost_(cost) {}

    WakeStatus lastWake = WakeStatus::Normal;
    bool interrupted = false;

    Demand next(Thread& t, Time) override {
        lastWake = t.wakeStatus;
        return Demand::run();
    }
    bool interrupt(Thread&, Time) override {
        interrupted = true;
        return true;
    }

    Time run(Thread& t, Time now, Time limit, Demand& after) override {
        Time clock = now;
        for (;;) {
            if (interrupted) {
                shared_.log.push_back(t.name + " interrupted");
                after = Demand::exit();
                return clock + cost_;
            }
            if (pc_ >= ops_.size()) {
                after = Demand::exit();
                return clock + cost_;
            }
            const Time at = clock;
            clock += cost_;
            Op& op = ops_[pc_++];
            switch (op.kind) {
                case Op::Load: local_ = shared_.counter; break;
                case Op::Increment: ++local_; break;
                case Op::Store: shared_.counter = local_; break;
                case Op::Acquire:
                    if (lock_->acquire(t.tid, at, true) == SyncResult::MustWait) {
                        after = Demand::block(BlockReason::Lock);
                        return clock;
                    }
                    break;
                case Op::Release: lock_->release(t.tid, at); break;
                case Op::Sleep: after = Demand::sleep(op.arg); return clock;
                case Op::WaitEvent:
                    if (event_->wait(t.tid, at) == SyncResult::MustWait) {
                        after = Demand::block(BlockReason::Event);
                        return clock;
                    }
                    break;
                case Op::WaitEventTimeout:
                    if (event_->wait(t.tid, at) == SyncResult::MustWait) {
                        after = Demand::block(BlockReason::Event, op.arg);
                        return clock;
                    }
                    break;
                case Op::SetEvent:
                    shared_.log.push_back(t.name + " sets at " + std::to_string(at));
                    event_->set(t.tid, at);
                    break;
                case Op::Loop:
                    if (++passes_ < op.count) pc_ = static_cast<std::size_t>(op.arg);
                    else passes_ = 0;
                    break;
            }
            if (clock >= limit) {
                after = Demand::run();
                return clock;
            }
        }
    }

private:
    Kernel& k_;
    Shared& shared_;
    std::vector<Op> ops_;
    SyncLock* lock_;
    SyncEvent* event_;
    Time cost_;
    std::size_t pc_ = 0;
    std::int64_t local_ = 0;
    int passes_ = 0;
};

}  // namespace ts::test
