#pragma once
// Shortest remaining time first (Stallings's SRT): pre-emptive sjf. A thread that becomes ready
// with less left of its burst than the running thread has left takes the CPU; equal times do
// not pre-empt.
#include "policies/SjfPolicy.h"

namespace ts {

class SrtfPolicy : public KeyedPolicy<NextBurstKey> {
public:
    const char* name() const override { return "srtf"; }
    ReasonCode reasonCode() const override { return ReasonCode::ShortestRemaining; }
    bool preemptive() const override { return true; }
};

}  // namespace ts
