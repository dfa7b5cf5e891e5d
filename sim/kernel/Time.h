#pragma once
// Simulated time: a signed 64-bit count of nanoseconds. Never a double, so that every run is
// exact and reproducible on every machine.
#include <cstdint>
#include <limits>

namespace ts {

using Time = std::int64_t;

inline constexpr Time kNever = std::numeric_limits<Time>::max();
inline constexpr Time kNanosecond = 1;
inline constexpr Time kMicrosecond = 1000;
inline constexpr Time kMillisecond = 1000 * kMicrosecond;
inline constexpr Time kSecond = 1000 * kMillisecond;
// Durations in scenarios must stay below a million seconds (see the loader).
inline constexpr Time kMaxDuration = 1000000 * kSecond;

// a + b, clamped instead of overflowing. The overflow flag of the addition itself, not a
// comparison beforehand: two per dispatch (docs/performance.md).
constexpr Time saturatingAdd(Time a, Time b) {
    Time sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) return b > 0 ? kNever : std::numeric_limits<Time>::min();
    return sum;
}

}  // namespace ts
