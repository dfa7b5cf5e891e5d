#pragma once
// Durations as people write them: "30ms", "2s", "500us", "100ns", "1.5ms", or a bare number in
// a default unit (a scenario's "unit", or the command line's). Conversion to nanoseconds is
// done in exact decimal arithmetic, so 0.1 ms is exactly 100000 ns; digits below a nanosecond
// are rounded to the nearest nanosecond (halves away from zero).
#include <optional>
#include <string>
#include <string_view>

#include "kernel/Time.h"

namespace ts {

// Nanoseconds per unit for "ns", "us", "ms" and "s"; nullopt for anything else.
std::optional<Time> durationUnitScale(std::string_view unit);

// The text for messages that list the units: "ns, us, ms or s".
const char* durationUnitList();

// Parses `text` (a decimal number, optionally with an exponent, then an optional unit) into
// nanoseconds. A number without a unit is in `defaultUnit`; with an empty `defaultUnit` the
// unit is required. Accepts 0 <= result < kMaxDuration. On failure returns nullopt and, when
// `error` is given, sets it to a message such as "unknown unit 'sec' (use ns, us, ms or s)".
std::optional<Time> parseDuration(std::string_view text, std::string_view defaultUnit,
                                  std::string* error = nullptr);

// The shortest exact text for a duration in the largest unit it reaches: "4ms", "1.5ms",
// "250us", "7ns", "2s", "0"; kNever is "never".
std::string formatDuration(Time ns);

}  // namespace ts
