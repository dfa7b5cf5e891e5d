#include "policies/LotteryPolicy.h"

#include <algorithm>

namespace ts {

// The lottery draws from its own stream, so the processes' burst draws stay the same under it.
LotteryPolicy::LotteryPolicy(Time quantum, std::uint64_t seed)
    : quantum_(quantum), rng_(Random::stream(seed, 0x6c6f74746572ULL)) {}

void LotteryPolicy::enqueue(Thread& t, Time, ReadyReason) {
    t.queueIndex = 0;
    ready_.push_back(&t);
    tickets_ += std::max(t.tickets, 1);
}

Thread* LotteryPolicy::pickNext(Time, Choice& why) {
    if (ready_.empty()) return nullptr;
    const auto winner = static_cast<std::int64_t>(rng_.below(static_cast<std::uint64_t>(tickets_)));
    std::int64_t passed = 0;
    std::size_t i = 0;
    for (; i + 1 < ready_.size(); ++i) {
        passed += std::max(ready_[i]->tickets, 1);
        if (winner < passed) break;
    }
    Thread* t = ready_[i];
    why = Choice{reasonCode(), winner + 1, tickets_};
    ready_.erase(ready_.begin() + static_cast<std::ptrdiff_t>(i));
    tickets_ -= std::max(t->tickets, 1);
    t->queueIndex = -1;
    return t;
}

void LotteryPolicy::remove(Thread& t) {
    auto it = std::find(ready_.begin(), ready_.end(), &t);
    if (it == ready_.end()) return;
    ready_.erase(it);
    tickets_ -= std::max(t.tickets, 1);
    t.queueIndex = -1;
}

const Thread* LotteryPolicy::peekNext(Time) const {
    // The next winner is not known before the draw; the queue's head stands in for display.
    return ready_.empty() ? nullptr : ready_.front();
}

void LotteryPolicy::forEachReady(Time, const std::function<void(const Thread&)>& visit) const {
    for (const Thread* t : ready_) visit(*t);
}

}  // namespace ts
