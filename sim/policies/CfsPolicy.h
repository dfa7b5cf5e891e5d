#pragma once
// A completely-fair-scheduler model: every thread accumulates virtual runtime, its real running
// time scaled by 1024 / its weight (from its nice value, Linux's table), and the thread with the
// least virtual runtime runs. Its slice is its weight's share of the latency period, never below
// the minimum granularity. A woken thread pre-empts when it is behind by more than that minimum.
#include "policies/KeyedPolicy.h"

namespace ts {

struct VruntimeKey {
    std::int64_t operator()(const Thread& t) const { return t.vruntime; }
};

class CfsPolicy : public KeyedPolicy<VruntimeKey> {
public:
    CfsPolicy(Time latency, Time minGranularity);

    const char* name() const override { return "cfs"; }
    ReasonCode reasonCode() const override { return ReasonCode::SmallestVruntime; }
    void enqueue(Thread& t, Time now, ReadyReason why) override;
    Thread* pickNext(Time now, Choice& why) override;
    void remove(Thread& t) override;
    Time quantum(const Thread& t, Time now) const override;
    bool preemptive() const override { return true; }
    std::int64_t preemptionMargin() const override { return minGranularity_; }
    void charge(Thread& t, Time ran) override;
    Shortcuts shortcuts() const override { return {}; }  // its slice and its accounting vary

    // Linux's weight for a nice value (-20..19); nice 0 is 1024.
    static int weightForNice(int nice);

private:
    Time latency_;
    Time minGranularity_;
    Time minVruntime_ = 0;
    std::int64_t queuedWeight_ = 0;
};

}  // namespace ts
