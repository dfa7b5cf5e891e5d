#pragma once
// The project's own seeded generator (xoshiro256**, seeded through splitmix64) and the uniform,
// exponential and normal draws built on it. Standard-library distributions differ between
// implementations; these give the same numbers on every machine and build.
#include <cstdint>

namespace ts {

class Random {
public:
    explicit Random(std::uint64_t seed = 1) { reseed(seed); }

    void reseed(std::uint64_t seed);
    // A generator for an independent stream, e.g. one per process, so that a process draws the
    // same bursts whatever the scheduling policy does to the order of events.
    static Random stream(std::uint64_t seed, std::uint64_t streamId);

    std::uint64_t next();
    // Uniform in [0, 1), 53 random bits.
    double uniform01();
    // Uniform integer in [0, bound), bound > 0, without modulo bias.
    std::uint64_t below(std::uint64_t bound);
    double exponential(double mean);
    double normal(double mean, double stddev);

private:
    // The state first: a BurstBody keeps it in the cache line it reads at every draw.
    std::uint64_t s_[4] = {};
    bool haveSpare_ = false;
    double spare_ = 0.0;
};

}  // namespace ts
