#include "workload/BurstBody.h"

#include <cstddef>
#include <stdexcept>

namespace ts {

BurstBody::BurstBody(const std::vector<BurstSpec>& bursts, bool repeat, Random rng)
    : bursts_(bursts.data()),
      count_(static_cast<std::uint32_t>(bursts.size())),
      repeat_(repeat),
      rng_(rng) {
    if (bursts.size() > UINT32_MAX) throw std::length_error("more than 2^32 bursts in a thread");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"  // polymorphic; GCC and Clang answer
    // The generator's state words open the Random (random/Random.h).
    static_assert(offsetof(BurstBody, rng_) + 4 * sizeof(std::uint64_t) <= 64,
                  "what a draw reads fits the body's first cache line");
#pragma GCC diagnostic pop
}

Demand BurstBody::next(Thread&, Time) {
    if (index_ >= count_) {
        if (!repeat_ || count_ == 0) return Demand::exit();
        index_ = 0;
    }
    const BurstSpec& b = bursts_[index_++];
    const Time length = b.length.draw(rng_);
    return b.kind == BurstSpec::Kind::Cpu ? Demand::cpu(length) : Demand::io(length);
}

Demand PeriodicJobBody::next(Thread&, Time) {
    inJob_ = !inJob_;
    if (!inJob_) return Demand::awaitRelease();
    return Demand::cpu(fixed_ ? length_.a : length_.draw(rng_));
}

}  // namespace ts
