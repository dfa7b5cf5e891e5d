#pragma once
// Multilevel feedback queue: one FIFO per level, the top level first. A thread whose quantum
// expires moves down one level (with longer quanta below); new and woken threads enter at the
// top. Stallings's "feedback" (FB) is this policy with no pre-emption on arrival; an optional
// periodic boost moves every thread back to the top (Arpaci-Dusseau's rule 5).
#include <vector>

#include "policies/ReadyFifo.h"
#include "policies/SchedulingPolicy.h"

namespace ts {

class MlfqPolicy : public SchedulingPolicy {
public:
    // quanta[i] is level i's quantum; levels beyond the list repeat its last entry.
    MlfqPolicy(std::vector<Time> quanta, int levels, Time boostInterval, bool demoteWhenAlone);

    const char* name() const override { return "mlfq"; }
    void reserve(std::size_t n) override;
    void enqueue(Thread& t, Time now, ReadyReason why) override;
    Thread* pickNext(Time now, Choice& why) override;
    void remove(Thread& t) override;
    std::size_t size() const override { return count_; }
    void forEachReady(Time now, const std::function<void(const Thread&)>& visit) const override;
    const Thread* peekNext(Time now) const override;
    ReasonCode reasonCode() const override { return ReasonCode::TopLevel; }
    Time quantum(const Thread& t, Time now) const override;
    void quantumExpired(Thread& t, bool othersWaiting) override;
    Time boostInterval() const override { return boost_; }
    void boost(Time now) override;

    int levels() const override { return static_cast<int>(queues_.size()); }
    Time levelQuantum(int level) const;

private:
    std::vector<Time> quanta_;
    std::vector<ReadyFifo> queues_;
    Time boost_;
    bool demoteWhenAlone_;
    std::size_t count_ = 0;
};

}  // namespace ts
