#pragma once
// Highest response ratio next: non-pre-emptive; at each decision the ready thread with the
// largest (waiting + burst) / burst runs, so long jobs age into the CPU.
#include <vector>

#include "policies/SchedulingPolicy.h"

namespace ts {

class HrrnPolicy : public SchedulingPolicy {
public:
    const char* name() const override { return "hrrn"; }
    void reserve(std::size_t n) override { ready_.reserve(n); }
    void enqueue(Thread& t, Time, ReadyReason) override;
    Thread* pickNext(Time now, Choice& why) override;
    void remove(Thread& t) override;
    std::size_t size() const override { return ready_.size(); }
    void forEachReady(Time now, const std::function<void(const Thread&)>& visit) const override;
    const Thread* peekNext(Time now) const override;
    ReasonCode reasonCode() const override { return ReasonCode::HighestRatio; }

private:
    std::size_t bestIndex(Time now) const;
    std::vector<Thread*> ready_;  // in order of becoming ready
};

}  // namespace ts
