#pragma once
// A scheduling decision and why it was taken, stored as codes and numbers (no text, so that
// recording one allocates nothing); DecisionText turns it into one short sentence on demand.
#include <cstdint>

#include "kernel/Time.h"

namespace ts {

enum class ReasonCode : std::uint8_t {
    OnlyReady,          // the only ready thread
    FirstCome,          // fcfs: earliest to become ready; value: when
    HeadOfQueue,        // rr: head of the FIFO; value: the quantum
    ShortestBurst,      // sjf: value: its burst
    ShortestRemaining,  // srtf: value: its remaining time
    HighestRatio,       // hrrn: value: response ratio x 1000
    HighestPriority,    // priority: value: its (effective) priority
    TopLevel,           // mlfq: value: level, value2: the level's quantum
    LotteryWinner,      // lottery: value: winning ticket, value2: tickets in the draw
    SmallestVruntime,   // cfs: value: its virtual runtime
    ShortestPeriod,     // rm: value: its period
    EarliestDeadline,   // edf: value: its absolute deadline
    Scheduled,          // scripted: the schedule's choice; value: its number, from 1
};

enum class DecisionKind : std::uint8_t {
    Dispatch,    // an idle CPU takes a ready thread
    Continue,    // the quantum expired, nobody else was better: the same thread goes on
    Preempt,     // a ready thread takes a CPU from a running one
};

struct Decision {
    Time time = 0;
    std::int64_t value = 0;
    std::int64_t value2 = 0;
    std::int32_t tid = 0;        // the thread that gets the CPU
    std::int32_t other = -1;     // Preempt: the thread that loses it (value2 then is its key)
    std::uint16_t cpu = 0;
    DecisionKind kind = DecisionKind::Dispatch;
    ReasonCode code = ReasonCode::OnlyReady;
};

// What a policy says about its choice.
struct Choice {
    ReasonCode code = ReasonCode::OnlyReady;
    std::int64_t value = 0;
    std::int64_t value2 = 0;
};

}  // namespace ts
