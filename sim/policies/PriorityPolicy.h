#pragma once
// Priority scheduling, non-pre-emptive: the ready thread with the highest priority runs to the
// end of its burst. By default a lower number is a higher priority; equal priorities go in
// order of becoming ready. With aging, a waiting thread gains one priority step per
// agingInterval, so low-priority work cannot starve forever.
#include <vector>

#include "policies/ReadyHeap.h"
#include "policies/SchedulingPolicy.h"

namespace ts {

struct PriorityKey {
    bool lowerFirst = true;
    std::int64_t operator()(const Thread& t) const { return lowerFirst ? t.priority : -t.priority; }
};

class PriorityPolicy : public SchedulingPolicy {
public:
    PriorityPolicy(bool lowerNumberFirst, Time agingInterval);

    const char* name() const override { return "priority"; }
    void reserve(std::size_t n) override;
    void enqueue(Thread& t, Time now, ReadyReason why) override;
    Thread* pickNext(Time now, Choice& why) override;
    void remove(Thread& t) override;
    std::size_t size() const override;
    void forEachReady(Time now, const std::function<void(const Thread&)>& visit) const override;
    const Thread* peekNext(Time now) const override;
    std::int64_t rank(const Thread& t, Time now) const override;
    ReasonCode reasonCode() const override { return ReasonCode::HighestPriority; }

private:
    // The priority the thread has now, with aging applied, as a key (lower runs first).
    std::int64_t agedKey(const Thread& t, Time now) const;
    std::size_t bestAgedIndex(Time now) const;
    // The user-facing priority number matching a key.
    std::int64_t priorityOf(std::int64_t key) const { return key_.lowerFirst ? key : -key; }

    PriorityKey key_;
    Time aging_;
    ReadyHeap<PriorityKey> heap_;   // without aging
    std::vector<Thread*> aged_;     // with aging: keys change with time, so a scan
};

class PriorityPreemptivePolicy : public PriorityPolicy {
public:
    using PriorityPolicy::PriorityPolicy;
    const char* name() const override { return "priority-preemptive"; }
    bool preemptive() const override { return true; }
};

}  // namespace ts
