#pragma once
// A duration that is either fixed or drawn from a distribution: exponential (mean), uniform
// (min..max) or normal (mean, stddev). Draws are rounded to whole nanoseconds and never below 1.
#include <cstdint>

#include "kernel/Time.h"

namespace ts {

class Random;

struct DurationDistribution {
    enum class Kind : std::uint8_t { Fixed, Exponential, Uniform, Normal };
    Kind kind = Kind::Fixed;
    Time a = 0;  // Fixed: the value; Exponential: mean; Uniform: min; Normal: mean
    Time b = 0;  // Uniform: max; Normal: standard deviation

    static DurationDistribution fixed(Time t) { return {Kind::Fixed, t, 0}; }
    static DurationDistribution exponential(Time mean) { return {Kind::Exponential, mean, 0}; }
    static DurationDistribution uniform(Time lo, Time hi) { return {Kind::Uniform, lo, hi}; }
    static DurationDistribution normal(Time mean, Time sd) { return {Kind::Normal, mean, sd}; }

    bool isFixed() const { return kind == Kind::Fixed; }
    Time mean() const;
    Time draw(Random& rng) const;
    // std::llround(ns) for 1 <= ns < 2^63, exactly, without the library call.
    static Time roundHalfAway(double ns);
};

}  // namespace ts
