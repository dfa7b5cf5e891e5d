#include "policies/CfsPolicy.h"

#include <algorithm>

#include "kernel/WideInt.h"

namespace ts {
namespace {

// sched_prio_to_weight: each nice step is about 10% of CPU share.
constexpr int kNiceWeights[40] = {
    88761, 71755, 56483, 46273, 36291, 29154, 23254, 18705, 14949, 11916,
    9548,  7620,  6100,  4904,  3906,  3121,  2501,  1991,  1586,  1277,
    1024,  820,   655,   526,   423,   335,   272,   215,   172,   137,
    110,   87,    70,    56,    45,    36,    29,    23,    18,    15,
};

}  // namespace

CfsPolicy::CfsPolicy(Time latency, Time minGranularity)
    : latency_(latency), minGranularity_(minGranularity) {}

int CfsPolicy::weightForNice(int nice) { return kNiceWeights[std::clamp(nice, -20, 19) + 20]; }

void CfsPolicy::enqueue(Thread& t, Time now, ReadyReason why) {
    // A newcomer starts level with the queue; a sleeper gets at most half a latency of credit,
    // so that sleeping cannot bank an unfair share.
    if (why == ReadyReason::Arrived) {
        t.vruntime = std::max(t.vruntime, minVruntime_);
    } else if (why == ReadyReason::Woke || why == ReadyReason::Released) {
        t.vruntime = std::max(t.vruntime, minVruntime_ - latency_ / 2);
    }
    queuedWeight_ += t.weight;
    KeyedPolicy::enqueue(t, now, why);
}

Thread* CfsPolicy::pickNext(Time now, Choice& why) {
    Thread* t = KeyedPolicy::pickNext(now, why);
    if (t) {
        queuedWeight_ -= t->weight;
        minVruntime_ = std::max(minVruntime_, t->vruntime);
    }
    return t;
}

void CfsPolicy::remove(Thread& t) {
    if (queue_.remove(t)) queuedWeight_ -= t.weight;
}

Time CfsPolicy::quantum(const Thread& t, Time) const {
    const std::int64_t total = queuedWeight_ + t.weight;
    const Time share = static_cast<Time>(static_cast<Int128>(latency_) * t.weight / total);
    return std::max(share, minGranularity_);
}

void CfsPolicy::charge(Thread& t, Time ran) {
    t.vruntime += static_cast<Time>(static_cast<Int128>(ran) * 1024 / std::max(t.weight, 1));
}

}  // namespace ts
