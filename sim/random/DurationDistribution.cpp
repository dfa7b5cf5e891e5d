#include "random/DurationDistribution.h"

#include <cmath>

#include "random/Random.h"

namespace ts {
namespace {

Time toDuration(double ns) {
    // Clamp into [1 ns, kMaxDuration]: a burst of zero or negative length (a normal draw far in
    // its left tail) would be meaningless, and a huge one must not overflow the clock.
    if (!(ns >= 1.0)) return 1;
    if (ns >= static_cast<double>(kMaxDuration)) return kMaxDuration;
    return static_cast<Time>(std::llround(ns));
}

}  // namespace

Time DurationDistribution::mean() const {
    switch (kind) {
        case Kind::Fixed: return a;
        case Kind::Exponential: return a;
        case Kind::Uniform: return a + (b - a) / 2;
        case Kind::Normal: return a;
    }
    return a;
}

Time DurationDistribution::draw(Random& rng) const {
    switch (kind) {
        case Kind::Fixed:
            return a;
        case Kind::Exponential:
            return toDuration(rng.exponential(static_cast<double>(a)));
        case Kind::Uniform:
            return a + static_cast<Time>(rng.below(static_cast<std::uint64_t>(b - a) + 1));
        case Kind::Normal:
            return toDuration(rng.normal(static_cast<double>(a), static_cast<double>(b)));
    }
    return a;
}

}  // namespace ts
