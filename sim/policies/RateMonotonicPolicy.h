#pragma once
// Rate-monotonic scheduling of periodic tasks: fixed priorities, the shorter the period the
// higher; pre-emptive. Equal periods go in order of release.
#include "policies/KeyedPolicy.h"

namespace ts {

struct PeriodKey {
    std::int64_t operator()(const Thread& t) const { return t.period > 0 ? t.period : kNever; }
};

class RateMonotonicPolicy : public KeyedPolicy<PeriodKey> {
public:
    const char* name() const override { return "rm"; }
    ReasonCode reasonCode() const override { return ReasonCode::ShortestPeriod; }
    bool preemptive() const override { return true; }
};

}  // namespace ts
