#include "workload/BurstBody.h"

namespace ts {

BurstBody::BurstBody(const std::vector<BurstSpec>& bursts, bool repeat, Random rng)
    : bursts_(&bursts), repeat_(repeat), rng_(rng) {}

Demand BurstBody::next(Thread&, Time) {
    if (index_ >= bursts_->size()) {
        if (!repeat_ || bursts_->empty()) return Demand::exit();
        index_ = 0;
    }
    const BurstSpec& b = (*bursts_)[index_++];
    const Time length = b.length.draw(rng_);
    return b.kind == BurstSpec::Kind::Cpu ? Demand::cpu(length) : Demand::io(length);
}

Demand PeriodicJobBody::next(Thread&, Time) {
    inJob_ = !inJob_;
    if (!inJob_) return Demand::awaitRelease();
    return Demand::cpu(fixed_ ? length_.a : length_.draw(rng_));
}

}  // namespace ts
