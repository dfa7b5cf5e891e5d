#include "classroom/SweepValues.h"

#include <algorithm>
#include <charconv>
#include <limits>

#include "kernel/WideInt.h"
#include "scenario/Duration.h"

namespace ts {
namespace {

struct Bounds {
    std::int64_t min;
    std::int64_t max;
};

Bounds boundsOf(SweepParameter p) {
    switch (p) {
        case SweepParameter::Quantum: return {1, kMaxDuration - 1};
        case SweepParameter::Cpus: return {1, 256};
        case SweepParameter::SwitchCost:
        case SweepParameter::ThreadSwitchCost: return {0, kMaxDuration - 1};
        case SweepParameter::Seed: return {0, std::numeric_limits<std::int64_t>::max()};
        case SweepParameter::InstructionCost: return {1, kSecond};
    }
    return {0, 0};
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::optional<std::int64_t> one(std::string_view text, SweepParameter p, std::string* error) {
    text = trim(text);
    std::optional<std::int64_t> value;
    if (SweepValues::isDuration(p)) {
        std::string why;
        // Zero is zero in any unit, so it alone may go without one.
        value = parseDuration(text, text == "0" ? "ns" : "", &why);
        if (!value) {
            *error = "'" + std::string(text) + "': " + why;
            return std::nullopt;
        }
    } else {
        std::int64_t v = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
            *error = "'" + std::string(text) + "' is not a whole number";
            return std::nullopt;
        }
        value = v;
    }
    const Bounds b = boundsOf(p);
    if (*value < b.min || *value > b.max) {
        *error = std::string(SweepValues::name(p)) + " must be " +
                 (b.max == std::numeric_limits<std::int64_t>::max()
                      ? "at least " + SweepValues::format(p, b.min)
                      : "between " + SweepValues::format(p, b.min) + " and " +
                            SweepValues::format(p, b.max)) +
                 ", found '" + std::string(text) + "'";
        return std::nullopt;
    }
    return value;
}

std::string tooMany() {
    return "more than " + std::to_string(SweepValues::kMaxPoints) + " points";
}

}  // namespace

std::optional<SweepParameter> SweepValues::parameter(std::string_view n) {
    if (n == "quantum") return SweepParameter::Quantum;
    if (n == "cpus") return SweepParameter::Cpus;
    if (n == "switch-cost" || n == "contextSwitch") return SweepParameter::SwitchCost;
    if (n == "thread-switch-cost" || n == "threadSwitch") return SweepParameter::ThreadSwitchCost;
    if (n == "seed") return SweepParameter::Seed;
    if (n == "instruction-cost" || n == "instructionCost") return SweepParameter::InstructionCost;
    return std::nullopt;
}

const char* SweepValues::name(SweepParameter p) {
    switch (p) {
        case SweepParameter::Quantum: return "quantum";
        case SweepParameter::Cpus: return "cpus";
        case SweepParameter::SwitchCost: return "switch-cost";
        case SweepParameter::ThreadSwitchCost: return "thread-switch-cost";
        case SweepParameter::Seed: return "seed";
        case SweepParameter::InstructionCost: return "instruction-cost";
    }
    return "?";
}

std::string SweepValues::parameterList() {
    return "quantum, cpus, switch-cost, thread-switch-cost, seed or instruction-cost";
}

bool SweepValues::isDuration(SweepParameter p) {
    return p == SweepParameter::Quantum || p == SweepParameter::SwitchCost ||
           p == SweepParameter::ThreadSwitchCost || p == SweepParameter::InstructionCost;
}

std::optional<std::vector<std::int64_t>> SweepValues::parse(std::string_view text,
                                                            SweepParameter p, std::string* error) {
    std::string ignored;
    if (!error) error = &ignored;
    std::vector<std::int64_t> values;
    const bool isRange = text.find(':') != std::string_view::npos;
    if (isRange && text.find(',') != std::string_view::npos) {
        *error = "write either a range FIRST:LAST:STEP or a list A,B,C, not both";
        return std::nullopt;
    }
    if (!isRange) {
        std::size_t pos = 0;
        for (;;) {
            const std::size_t comma = std::min(text.find(',', pos), text.size());
            const auto v = one(text.substr(pos, comma - pos), p, error);
            if (!v) return std::nullopt;
            if (values.size() == kMaxPoints) {
                *error = tooMany();
                return std::nullopt;
            }
            values.push_back(*v);
            if (comma == text.size()) break;
            pos = comma + 1;
        }
        return values;
    }
    std::vector<std::string_view> parts;
    std::size_t pos = 0;
    for (;;) {
        const std::size_t colon = std::min(text.find(':', pos), text.size());
        parts.push_back(text.substr(pos, colon - pos));
        if (colon == text.size()) break;
        pos = colon + 1;
    }
    if (parts.size() > 3) {
        *error = "a range is FIRST:LAST:STEP, e.g. 1ms:20ms:1ms";
        return std::nullopt;
    }
    const auto first = one(parts[0], p, error);
    if (!first) return std::nullopt;
    const auto last = one(parts[1], p, error);
    if (!last) return std::nullopt;
    std::int64_t step = 1;
    if (parts.size() == 3) {
        // The step is a duration (or count) too, but 0 and negative steps never end.
        std::string why;
        const auto s = isDuration(p) ? parseDuration(trim(parts[2]), trim(parts[2]) == "0" ? "ns" : "", &why)
                                     : std::nullopt;
        if (isDuration(p) && !s) {
            *error = "step '" + std::string(trim(parts[2])) + "': " + why;
            return std::nullopt;
        }
        if (!isDuration(p)) {
            const std::string_view t = trim(parts[2]);
            const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), step);
            if (t.empty() || ec != std::errc() || end != t.data() + t.size()) {
                *error = "step '" + std::string(t) + "' is not a whole number";
                return std::nullopt;
            }
        } else {
            step = *s;
        }
        if (step <= 0) {
            *error = "the step must be positive, found '" + std::string(trim(parts[2])) + "'";
            return std::nullopt;
        }
    } else if (isDuration(p)) {
        *error = "a range of durations needs a step: FIRST:LAST:STEP, e.g. 1ms:20ms:1ms";
        return std::nullopt;
    }
    if (*last < *first) {
        *error = "the range ends (" + format(p, *last) + ") before it starts (" +
                 format(p, *first) + ")";
        return std::nullopt;
    }
    if (static_cast<std::uint64_t>(*last - *first) / static_cast<std::uint64_t>(step) >=
        kMaxPoints) {
        *error = tooMany();
        return std::nullopt;
    }
    for (std::int64_t v = *first;; v += step) {
        values.push_back(v);
        if (*last - v < step) break;
    }
    return values;
}

std::vector<std::int64_t> SweepValues::evenly(std::int64_t first, std::int64_t last,
                                             std::size_t count) {
    std::vector<std::int64_t> values;
    if (count == 0) return values;
    values.push_back(first);
    const Int128 span = static_cast<Int128>(last) - first;
    const auto steps = static_cast<Int128>(count - 1);
    for (std::size_t i = 1; i < count; ++i) {
        // first + round(i * span / steps), in 128 bits so a long span times many points fits.
        const Int128 offset = (2 * static_cast<Int128>(i) * span + steps) / (2 * steps);
        const auto v = static_cast<std::int64_t>(first + offset);
        if (v != values.back()) values.push_back(v);
    }
    return values;
}

std::string SweepValues::format(SweepParameter p, std::int64_t value) {
    return isDuration(p) ? formatDuration(value) : std::to_string(value);
}

}  // namespace ts
