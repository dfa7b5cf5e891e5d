#pragma once
// Earliest deadline first: the ready job whose absolute deadline comes first runs; pre-emptive.
// Equal deadlines go in order of release.
#include "policies/KeyedPolicy.h"

namespace ts {

struct DeadlineKey {
    std::int64_t operator()(const Thread& t) const { return t.absDeadline; }
};

class EdfPolicy : public KeyedPolicy<DeadlineKey> {
public:
    const char* name() const override { return "edf"; }
    ReasonCode reasonCode() const override { return ReasonCode::EarliestDeadline; }
    bool preemptive() const override { return true; }
};

}  // namespace ts
