#pragma once
// Lottery scheduling (Waldspurger): at each decision one ticket is drawn from the seeded
// generator among all ready threads' tickets; its holder runs for a quantum. Over time each
// thread's share of the CPU approaches its share of the tickets.
#include <vector>

#include "policies/SchedulingPolicy.h"
#include "random/Random.h"

namespace ts {

class LotteryPolicy : public SchedulingPolicy {
public:
    LotteryPolicy(Time quantum, std::uint64_t seed);

    const char* name() const override { return "lottery"; }
    void reserve(std::size_t n) override { ready_.reserve(n); }
    void enqueue(Thread& t, Time now, ReadyReason why) override;
    Thread* pickNext(Time now, Choice& why) override;
    void remove(Thread& t) override;
    std::size_t size() const override { return ready_.size(); }
    void forEachReady(Time now, const std::function<void(const Thread&)>& visit) const override;
    const Thread* peekNext(Time now) const override;
    ReasonCode reasonCode() const override { return ReasonCode::LotteryWinner; }
    Shortcuts shortcuts() const override { return {true, true, true}; }
    Time quantum(const Thread&, Time) const override { return quantum_; }

private:
    Time quantum_;
    Random rng_;
    std::vector<Thread*> ready_;  // in order of becoming ready
    std::int64_t tickets_ = 0;
};

}  // namespace ts
