#pragma once
// Rate-monotonic scheduling of periodic tasks: fixed priorities, the shorter the period the
// higher; pre-emptive. Equal periods go in order of release. A thread's period is fixed when it
// is added, so the ready queue is a list per period (ReadyLevels), not a heap.
#include "policies/KeyedPolicy.h"
#include "policies/ReadyLevels.h"

namespace ts {

struct PeriodKey {
    std::int64_t operator()(const Thread& t) const { return t.period > 0 ? t.period : kNever; }
};

class RateMonotonicPolicy : public KeyedPolicy<PeriodKey, ReadyLevels<PeriodKey>> {
public:
    const char* name() const override { return "rm"; }
    ReasonCode reasonCode() const override { return ReasonCode::ShortestPeriod; }
    bool preemptive() const override { return true; }
};

}  // namespace ts
