#include "policies/HrrnPolicy.h"

#include <algorithm>

#include "kernel/WideInt.h"

namespace ts {
namespace {

// Does a have a strictly higher response ratio than b? Compared exactly in integers:
// (wa + sa) / sa > (wb + sb) / sb  <=>  (wa + sa) * sb > (wb + sb) * sa.
bool higherRatio(const Thread& a, const Thread& b, Time now) {
    using Wide = Int128;
    const Wide wa = now - a.readySince, sa = std::max<Time>(a.burstLeft, 1);
    const Wide wb = now - b.readySince, sb = std::max<Time>(b.burstLeft, 1);
    return (wa + sa) * sb > (wb + sb) * sa;
}

}  // namespace

void HrrnPolicy::enqueue(Thread& t, Time, ReadyReason) {
    t.queueIndex = 0;
    ready_.push_back(&t);
}

std::size_t HrrnPolicy::bestIndex(Time now) const {
    std::size_t best = 0;
    for (std::size_t i = 1; i < ready_.size(); ++i) {
        // Strictly higher only: equal ratios keep the one that became ready first.
        if (higherRatio(*ready_[i], *ready_[best], now)) best = i;
    }
    return best;
}

Thread* HrrnPolicy::pickNext(Time now, Choice& why) {
    if (ready_.empty()) return nullptr;
    const std::size_t i = bestIndex(now);
    Thread* t = ready_[i];
    ready_.erase(ready_.begin() + static_cast<std::ptrdiff_t>(i));
    t->queueIndex = -1;
    const Time s = std::max<Time>(t->burstLeft, 1);
    why = Choice{reasonCode(), (now - t->readySince + s) * 1000 / s, 0};
    return t;
}

void HrrnPolicy::remove(Thread& t) {
    auto it = std::find(ready_.begin(), ready_.end(), &t);
    if (it != ready_.end()) ready_.erase(it);
    t.queueIndex = -1;
}

const Thread* HrrnPolicy::peekNext(Time now) const {
    return ready_.empty() ? nullptr : ready_[bestIndex(now)];
}

void HrrnPolicy::forEachReady(Time now, const std::function<void(const Thread&)>& visit) const {
    std::vector<Thread*> order = ready_;
    std::stable_sort(order.begin(), order.end(),
                     [now](const Thread* a, const Thread* b) { return higherRatio(*a, *b, now); });
    for (const Thread* t : order) visit(*t);
}

}  // namespace ts
