#include "random/Random.h"

#include <cmath>

#include "kernel/WideInt.h"

namespace ts {
namespace {

std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

void Random::reseed(std::uint64_t seed) {
    std::uint64_t x = seed;
    for (auto& word : s_) word = splitmix64(x);
    haveSpare_ = false;
    spare_ = 0.0;
}

Random Random::stream(std::uint64_t seed, std::uint64_t streamId) {
    // Mix the stream number in before seeding, so streams of one seed are unrelated.
    std::uint64_t x = seed ^ (streamId * 0xd1342543de82ef95ULL + 0x632be59bd9b4e019ULL);
    return Random(splitmix64(x));
}

std::uint64_t Random::next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

double Random::uniform01() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

std::uint64_t Random::below(std::uint64_t bound) {
    // Lemire's method: multiply, and reject the few values that would bias the result.
    UInt128 m = static_cast<UInt128>(next()) * bound;
    auto low = static_cast<std::uint64_t>(m);
    if (low < bound) {
        const std::uint64_t threshold = (0 - bound) % bound;
        while (low < threshold) {
            m = static_cast<UInt128>(next()) * bound;
            low = static_cast<std::uint64_t>(m);
        }
    }
    return static_cast<std::uint64_t>(m >> 64);
}

double Random::exponential(double mean) {
    // 1 - u lies in (0, 1], so the logarithm is finite.
    return -mean * std::log(1.0 - uniform01());
}

double Random::normal(double mean, double stddev) {
    // Marsaglia's polar method: uses only log and sqrt, which are exact enough to agree across
    // builds, and keeps the second value of each pair for the next call.
    if (haveSpare_) {
        haveSpare_ = false;
        return mean + stddev * spare_;
    }
    double u, v, s;
    do {
        u = 2.0 * uniform01() - 1.0;
        v = 2.0 * uniform01() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    spare_ = v * factor;
    haveSpare_ = true;
    return mean + stddev * u * factor;
}

}  // namespace ts
