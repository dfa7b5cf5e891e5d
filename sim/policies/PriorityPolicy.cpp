#include "policies/PriorityPolicy.h"

#include <algorithm>

namespace ts {

PriorityPolicy::PriorityPolicy(bool lowerNumberFirst, Time agingInterval)
    : key_{lowerNumberFirst}, aging_(agingInterval), heap_(key_) {}

void PriorityPolicy::reserve(std::size_t n) {
    heap_.reserve(n);
    aged_.reserve(n);
}

std::int64_t PriorityPolicy::agedKey(const Thread& t, Time now) const {
    const std::int64_t key = key_(t);
    if (aging_ <= 0) return key;
    // A running thread keeps the priority it had aged to when it was picked; a waiting one
    // gains a step per interval waited. Back in the queue, it starts again from its own.
    if (t.state == ThreadState::Running) return t.heldKey;
    if (t.state != ThreadState::Ready) return key;
    return key - (now - t.readySince) / aging_;
}

std::int64_t PriorityPolicy::rank(const Thread& t, Time now) const { return agedKey(t, now); }

void PriorityPolicy::enqueue(Thread& t, Time, ReadyReason) {
    if (aging_ > 0) {
        t.queueIndex = 0;
        aged_.push_back(&t);
    } else {
        heap_.push(t);
    }
}

std::size_t PriorityPolicy::bestAgedIndex(Time now) const {
    std::size_t best = 0;
    for (std::size_t i = 1; i < aged_.size(); ++i) {
        if (agedKey(*aged_[i], now) < agedKey(*aged_[best], now)) best = i;
    }
    return best;
}

Thread* PriorityPolicy::pickNext(Time now, Choice& why) {
    Thread* t = nullptr;
    std::int64_t key = 0;
    if (aging_ > 0) {
        if (aged_.empty()) return nullptr;
        const std::size_t i = bestAgedIndex(now);
        t = aged_[i];
        key = agedKey(*t, now);
        t->heldKey = key;
        aged_.erase(aged_.begin() + static_cast<std::ptrdiff_t>(i));
        t->queueIndex = -1;
    } else {
        t = heap_.pop();
        if (!t) return nullptr;
        key = key_(*t);
    }
    why = Choice{reasonCode(), priorityOf(key), 0};
    return t;
}

void PriorityPolicy::remove(Thread& t) {
    if (aging_ > 0) {
        auto it = std::find(aged_.begin(), aged_.end(), &t);
        if (it != aged_.end()) aged_.erase(it);
        t.queueIndex = -1;
    } else {
        heap_.remove(t);
    }
}

std::size_t PriorityPolicy::size() const { return aging_ > 0 ? aged_.size() : heap_.size(); }

const Thread* PriorityPolicy::peekNext(Time now) const {
    if (aging_ > 0) return aged_.empty() ? nullptr : aged_[bestAgedIndex(now)];
    return heap_.top();
}

void PriorityPolicy::forEachReady(Time now, const std::function<void(const Thread&)>& visit) const {
    if (aging_ <= 0) {
        heap_.forEachInOrder(visit);
        return;
    }
    std::vector<Thread*> order = aged_;
    std::stable_sort(order.begin(), order.end(), [&](const Thread* a, const Thread* b) {
        return agedKey(*a, now) < agedKey(*b, now);
    });
    for (const Thread* t : order) visit(*t);
}

}  // namespace ts
