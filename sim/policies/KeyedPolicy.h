#pragma once
// The common shape of the policies that always run the ready thread with the lowest key
// (shortest burst, highest priority, earliest deadline, ...): a ReadyHeap and the bookkeeping
// around it. A concrete policy supplies the key, its name and its reason code.
#include "policies/ReadyHeap.h"
#include "policies/SchedulingPolicy.h"

namespace ts {

template <typename KeyOf>
class KeyedPolicy : public SchedulingPolicy {
public:
    explicit KeyedPolicy(KeyOf keyOf = KeyOf()) : keyOf_(keyOf), heap_(keyOf) {}

    void reserve(std::size_t n) override { heap_.reserve(n); }
    void enqueue(Thread& t, Time, ReadyReason) override { heap_.push(t); }
    Thread* pickNext(Time, Choice& why) override {
        Thread* t = heap_.pop();
        if (t) why = Choice{reasonCode(), keyOf_(*t), 0};
        return t;
    }
    void remove(Thread& t) override { heap_.remove(t); }
    std::size_t size() const override { return heap_.size(); }
    void forEachReady(Time, const std::function<void(const Thread&)>& visit) const override {
        heap_.forEachInOrder(visit);
    }
    const Thread* peekNext(Time) const override { return heap_.top(); }
    std::int64_t rank(const Thread& t, Time) const override { return keyOf_(t); }
    // No quantum and no accounting of their own (sjf, srtf, rm, edf); cfs has both.
    Shortcuts shortcuts() const override { return {true, true, true}; }

protected:
    KeyOf keyOf_;
    ReadyHeap<KeyOf> heap_;
};

}  // namespace ts
