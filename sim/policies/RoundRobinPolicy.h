#pragma once
// Round robin: the FIFO of fcfs, plus a quantum. When the timer interrupts a thread it goes to
// the tail, behind anyone who arrived at that same instant (the default tie rule).
#include "policies/FcfsPolicy.h"

namespace ts {

class RoundRobinPolicy final : public FcfsPolicy {
public:
    explicit RoundRobinPolicy(Time quantum) : quantum_(quantum) {}
    const char* name() const override { return "rr"; }
    Time quantum(const Thread&, Time) const override { return quantum_; }
    ReasonCode reasonCode() const override { return ReasonCode::HeadOfQueue; }
    Thread* pickNext(Time, Choice& why) override {
        Thread* t = fifo_.pop();
        why = Choice{ReasonCode::HeadOfQueue, quantum_, 0};
        return t;
    }

private:
    Time quantum_;
};

}  // namespace ts
