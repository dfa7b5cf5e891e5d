#pragma once
// Shortest job first (Stallings's SPN): the ready thread with the shortest next CPU burst runs,
// to the end of that burst. Burst lengths are known exactly, as in the textbook exercises.
#include "policies/KeyedPolicy.h"

namespace ts {

struct NextBurstKey {
    std::int64_t operator()(const Thread& t) const { return t.burstLeft; }
};

class SjfPolicy : public KeyedPolicy<NextBurstKey> {
public:
    const char* name() const override { return "sjf"; }
    ReasonCode reasonCode() const override { return ReasonCode::ShortestBurst; }
};

}  // namespace ts
