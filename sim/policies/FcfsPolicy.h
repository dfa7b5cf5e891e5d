#pragma once
// First come, first served: one FIFO, no quantum, no pre-emption. A thread back from I/O joins
// the tail like a new arrival.
#include "policies/ReadyFifo.h"
#include "policies/SchedulingPolicy.h"

namespace ts {

class FcfsPolicy : public SchedulingPolicy {
public:
    const char* name() const override { return "fcfs"; }
    void reserve(std::size_t n) override { fifo_.reserve(n); }
    void enqueue(Thread& t, Time, ReadyReason) override { fifo_.push(t); }
    Thread* pickNext(Time, Choice& why) override {
        Thread* t = fifo_.pop();
        if (t) why = Choice{reasonCode(), t->readySince, 0};
        return t;
    }
    void remove(Thread& t) override { fifo_.remove(t); }
    std::size_t size() const override { return fifo_.size(); }
    void forEachReady(Time, const std::function<void(const Thread&)>& visit) const override;
    const Thread* peekNext(Time) const override { return fifo_.front(); }
    ReasonCode reasonCode() const override { return ReasonCode::FirstCome; }
    // No accounting; round robin and the scripted policy add only a fixed quantum.
    Shortcuts shortcuts() const override { return {true, true, true}; }
    ReadyFifo* plainFifo() override { return &fifo_; }

protected:
    ReadyFifo fifo_;
};

}  // namespace ts
