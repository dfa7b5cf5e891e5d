#pragma once
// The common shape of the policies that always run the ready thread with the lowest key
// (shortest burst, highest priority, earliest deadline, ...): a ReadyHeap and the bookkeeping
// around it. A concrete policy supplies the key, its name and its reason code, and may choose
// another queue with ReadyHeap's interface (rm: ReadyLevels, for keys that never change).
#include "policies/ReadyHeap.h"
#include "policies/SchedulingPolicy.h"

namespace ts {

template <typename KeyOf, typename Queue = ReadyHeap<KeyOf>>
class KeyedPolicy : public SchedulingPolicy {
public:
    explicit KeyedPolicy(KeyOf keyOf = KeyOf()) : keyOf_(keyOf), queue_(keyOf) {}

    void reserve(std::size_t n) override { queue_.reserve(n); }
    void enqueue(Thread& t, Time, ReadyReason) override { queue_.push(t); }
    Thread* pickNext(Time, Choice& why) override {
        Thread* t = queue_.pop();
        if (t) why = Choice{reasonCode(), keyOf_(*t), 0};
        return t;
    }
    void remove(Thread& t) override { queue_.remove(t); }
    std::size_t size() const override { return queue_.size(); }
    void forEachReady(Time, const std::function<void(const Thread&)>& visit) const override {
        queue_.forEachInOrder(visit);
    }
    const Thread* peekNext(Time) const override { return queue_.top(); }
    std::int64_t rank(const Thread& t, Time) const override { return keyOf_(t); }
    // No quantum and no accounting of their own (sjf, srtf, rm, edf); cfs has both.
    Shortcuts shortcuts() const override { return {true, true, true}; }

protected:
    KeyOf keyOf_;
    Queue queue_;
};

}  // namespace ts
