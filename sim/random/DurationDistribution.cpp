#include "random/DurationDistribution.h"

#include <cmath>

#include "random/Random.h"

namespace ts {

Time DurationDistribution::roundHalfAway(double ns) {
    // Every double from 2^52 on is a whole number already. From 1 to 2^52, ns + 0.5 is exact,
    // or rounds only up to the next power of two, which is then the right answer; truncating
    // it rounds ns half away from zero exactly as std::llround does, without glibc's call
    // (about 50 instructions, at every burst drawn).
    constexpr double kWhole = 4503599627370496.0;  // 2^52
    return static_cast<Time>(ns >= kWhole ? ns : ns + 0.5);
}

namespace {

Time toDuration(double ns) {
    // Clamp into [1 ns, kMaxDuration]: a burst of zero or negative length (a normal draw far in
    // its left tail) would be meaningless, and a huge one must not overflow the clock.
    if (!(ns >= 1.0)) return 1;
    if (ns >= static_cast<double>(kMaxDuration)) return kMaxDuration;
    return DurationDistribution::roundHalfAway(ns);
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
