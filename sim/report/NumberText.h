#pragma once
// Fractional numbers in reports, printed the same on every platform and build: std::to_chars
// with a fixed number of decimals is exact (no locale, no printf rounding differences).
#include <string>

namespace ts {

// `value` rounded to at most `decimals` decimals, trailing zeros dropped: 0.98, 1, 0.333333.
std::string decimalText(double value, int decimals);

// A fraction as a percentage with one decimal: 0.9843 -> "98.4".
std::string percentText(double fraction);

// cpu_utilization as the JSON and CSV outputs print it: six decimals at most.
std::string utilizationText(double utilization);

}  // namespace ts
