#include "policies/MlfqPolicy.h"

#include <algorithm>

namespace ts {

MlfqPolicy::MlfqPolicy(std::vector<Time> quanta, int levels, Time boostInterval,
                       bool demoteWhenAlone)
    : quanta_(std::move(quanta)),
      queues_(static_cast<std::size_t>(std::max(levels, 1))),
      boost_(boostInterval),
      demoteWhenAlone_(demoteWhenAlone) {}

void MlfqPolicy::reserve(std::size_t n) {
    for (auto& q : queues_) q.reserve(n);
}

Time MlfqPolicy::levelQuantum(int level) const {
    if (quanta_.empty()) return kNever;
    const auto i = std::min<std::size_t>(static_cast<std::size_t>(level), quanta_.size() - 1);
    return quanta_[i];
}

Time MlfqPolicy::quantum(const Thread& t, Time) const { return levelQuantum(t.level); }

void MlfqPolicy::enqueue(Thread& t, Time, ReadyReason why) {
    // Arrivals start at the top; a thread that blocked keeps the level it had earned.
    if (why == ReadyReason::Arrived) t.level = 0;
    t.level = std::clamp(t.level, 0, levels() - 1);
    queues_[static_cast<std::size_t>(t.level)].push(t);
    ++count_;
}

Thread* MlfqPolicy::pickNext(Time, Choice& why) {
    for (auto& q : queues_) {
        if (Thread* t = q.pop()) {
            --count_;
            why = Choice{reasonCode(), t->level, levelQuantum(t->level)};
            return t;
        }
    }
    return nullptr;
}

void MlfqPolicy::remove(Thread& t) {
    for (auto& q : queues_) {
        if (q.remove(t)) {
            --count_;
            return;
        }
    }
}

const Thread* MlfqPolicy::peekNext(Time) const {
    for (const auto& q : queues_) {
        if (!q.empty()) return q.front();
    }
    return nullptr;
}

void MlfqPolicy::forEachReady(Time, const std::function<void(const Thread&)>& visit) const {
    for (const auto& q : queues_) {
        for (std::size_t i = 0; i < q.size(); ++i) visit(*q.at(i));
    }
}

void MlfqPolicy::quantumExpired(Thread& t, bool othersWaiting) {
    if ((othersWaiting || demoteWhenAlone_) && t.level + 1 < levels()) ++t.level;
}

void MlfqPolicy::boost(Time) {
    // Everyone queued moves to the top level, keeping the order of the levels they came from.
    ReadyFifo& top = queues_.front();
    for (std::size_t level = 1; level < queues_.size(); ++level) {
        while (Thread* t = queues_[level].pop()) {
            t->level = 0;
            top.push(*t);
        }
    }
}

}  // namespace ts
