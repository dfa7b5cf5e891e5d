#pragma once
// What a parameter sweep varies, and the values it takes, as a person writes them: a range
// `1ms:20ms:1ms` (first, last, step; the last is included when the steps reach it), `1:8` (an
// integer range in steps of 1), or a list `1ms,2ms,5ms`. Durations need a unit, except 0.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

enum class SweepParameter { Quantum, Cpus, SwitchCost, ThreadSwitchCost, Seed, InstructionCost };

class SweepValues {
public:
    // More points than this are refused: a sweep is for a table a class can read.
    static constexpr std::size_t kMaxPoints = 10000;

    // "quantum", "cpus", "switch-cost", "thread-switch-cost", "seed", "instruction-cost" (and
    // the scenario keys contextSwitch, threadSwitch, instructionCost); nullopt otherwise.
    static std::optional<SweepParameter> parameter(std::string_view name);
    static const char* name(SweepParameter parameter);
    static std::string parameterList();  // for messages
    static bool isDuration(SweepParameter parameter);

    // The values of `text` for `parameter`, in the order written; on a fault nullopt and
    // `error` says what is wrong.
    static std::optional<std::vector<std::int64_t>> parse(std::string_view text,
                                                          SweepParameter parameter,
                                                          std::string* error);

    // `count` values spread evenly from `first` to `last` (both included, `first` <= `last`),
    // each rounded to the nearest whole unit; values that round alike are kept once, so two
    // CPUs are never run twice. One value when `count` is 1.
    static std::vector<std::int64_t> evenly(std::int64_t first, std::int64_t last, std::size_t count);

    // A value as the table shows it: "4ms" for durations, digits otherwise.
    static std::string format(SweepParameter parameter, std::int64_t value);
};

}  // namespace ts
