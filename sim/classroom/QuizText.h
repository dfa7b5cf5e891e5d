#pragma once
// The small pieces of wording an exercise sheet is written with: times in the scenario's unit
// ("4 ms", "5.67 ms"), Markdown code spans that survive any text, and a policy in words.
#include <string>
#include <string_view>

#include "kernel/MachineConfig.h"
#include "kernel/Time.h"

namespace ts {

class QuizText {
public:
    // `ns` in `unit` (ns, us, ms or s; another name is ms), exact: "4 ms", "1.00025 ms". An empty
    // unit takes the largest unit the value reaches: "1.8 us", "9.1478 ms" (for programs,
    // whose instants are nanoseconds apart).
    static std::string time(Time ns, std::string_view unit);
    // The same, rounded to `decimals` decimals (for averages): "5.67 ms".
    static std::string roundedTime(Time ns, std::string_view unit, int decimals);
    // The number alone, exact, without the unit: "4", "1.00025" (with its unit when `unit` is
    // empty).
    static std::string number(Time ns, std::string_view unit);
    // `text` as a Markdown code span, whatever backticks it holds.
    static std::string code(std::string_view text);
    // "round robin (rr), quantum 4 ms".
    static std::string policy(const MachineConfig& machine, std::string_view unit);
    // "the 1st", "the 2nd", ...
    static std::string ordinal(std::int64_t n);
};

}  // namespace ts
