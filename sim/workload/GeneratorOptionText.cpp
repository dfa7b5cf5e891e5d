#include "workload/GeneratorOptionText.h"

#include <charconv>
#include <vector>

#include "scenario/Duration.h"

namespace ts {
namespace {

std::vector<std::string_view> splitAtColons(std::string_view text) {
    std::vector<std::string_view> parts;
    for (;;) {
        const std::size_t colon = text.find(':');
        parts.push_back(text.substr(0, colon));
        if (colon == std::string_view::npos) return parts;
        text.remove_prefix(colon + 1);
    }
}

bool fail(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return false;
}

// A duration with a unit ("0" may go without), at least `minimum`.
bool readDuration(std::string_view text, Time minimum, Time& out, std::string* error) {
    std::string problem;
    const std::optional<Time> ns = parseDuration(text, text == "0" ? "ns" : "", &problem);
    if (!ns) {
        if (problem.find("needs a unit") != std::string::npos) {
            problem += ", e.g. " + std::string(text) + "ms";
        }
        return fail(error, problem);
    }
    if (*ns < minimum) {
        return fail(error, "'" + std::string(text) + "' must be " +
                               (minimum == 1 ? "positive" : "at least 0"));
    }
    out = *ns;
    return true;
}

bool readInteger(std::string_view text, int& out) {
    const char* last = text.data() + text.size();
    const auto result = std::from_chars(text.data(), last, out);
    return !text.empty() && result.ec == std::errc() && result.ptr == last;
}

}  // namespace

std::optional<DurationDistribution> GeneratorOptionText::parseDistribution(std::string_view text,
                                                                           std::string* error) {
    const std::vector<std::string_view> parts = splitAtColons(text);
    const std::string_view kind = parts.front();
    const std::size_t wanted = kind == "uniform" || kind == "normal" ? 3 : 2;
    const bool named = kind == "fixed" || kind == "exp" || kind == "uniform" || kind == "normal";
    Time a = 0, b = 0;
    if (!named) {
        // A plain duration is a fixed length.
        if (parts.size() == 1 && readDuration(text, 1, a, nullptr)) {
            return DurationDistribution::fixed(a);
        }
        fail(error, "unknown distribution '" + std::string(text) +
                        "' (write fixed:5ms, exp:50ms, uniform:1ms:10ms or normal:50ms:10ms)");
        return std::nullopt;
    }
    if (parts.size() != wanted) {
        const char* form = kind == "uniform"  ? "uniform:MIN:MAX"
                           : kind == "normal" ? "normal:MEAN:STDDEV"
                           : kind == "exp"    ? "exp:MEAN"
                                              : "fixed:LENGTH";
        fail(error, "'" + std::string(text) + "' must be written " + form);
        return std::nullopt;
    }
    if (!readDuration(parts[1], 1, a, error)) return std::nullopt;
    if (kind == "fixed") return DurationDistribution::fixed(a);
    if (kind == "exp") return DurationDistribution::exponential(a);
    if (!readDuration(parts[2], kind == "normal" ? 0 : 1, b, error)) return std::nullopt;
    if (kind == "normal") return DurationDistribution::normal(a, b);
    if (a > b) {
        fail(error, "in '" + std::string(text) + "' the minimum is above the maximum");
        return std::nullopt;
    }
    return DurationDistribution::uniform(a, b);
}

std::string GeneratorOptionText::formatDistribution(const DurationDistribution& distribution) {
    switch (distribution.kind) {
        case DurationDistribution::Kind::Fixed:
            return "fixed:" + formatDuration(distribution.a);
        case DurationDistribution::Kind::Exponential:
            return "exp:" + formatDuration(distribution.a);
        case DurationDistribution::Kind::Uniform:
            return "uniform:" + formatDuration(distribution.a) + ":" +
                   formatDuration(distribution.b);
        case DurationDistribution::Kind::Normal:
            return "normal:" + formatDuration(distribution.a) + ":" +
                   formatDuration(distribution.b);
    }
    return {};
}

std::optional<ArrivalPattern> GeneratorOptionText::parseArrival(std::string_view text,
                                                                std::string* error) {
    const std::vector<std::string_view> parts = splitAtColons(text);
    if (parts.size() == 1 && parts[0] == "zero") return ArrivalPattern::allAtZero();
    if (parts.size() == 2 && (parts[0] == "uniform" || parts[0] == "poisson")) {
        Time span = 0;
        if (!readDuration(parts[1], 1, span, error)) return std::nullopt;
        return parts[0] == "uniform" ? ArrivalPattern::uniform(span)
                                     : ArrivalPattern::poisson(span);
    }
    fail(error, "unknown arrival pattern '" + std::string(text) +
                    "' (write zero, uniform:WINDOW such as uniform:100ms, or poisson:MEAN_GAP "
                    "such as poisson:10ms)");
    return std::nullopt;
}

std::string GeneratorOptionText::formatArrival(const ArrivalPattern& arrival) {
    switch (arrival.kind) {
        case ArrivalPattern::Kind::AllAtZero:
            return "zero";
        case ArrivalPattern::Kind::Uniform:
            return "uniform:" + formatDuration(arrival.span);
        case ArrivalPattern::Kind::Poisson:
            return "poisson:" + formatDuration(arrival.span);
    }
    return {};
}

std::optional<PriorityRange> GeneratorOptionText::parsePriorities(std::string_view text,
                                                                  std::string* error) {
    const std::vector<std::string_view> parts = splitAtColons(text);
    PriorityRange range;
    if (parts.size() != 2 || !readInteger(parts[0], range.lowest) ||
        !readInteger(parts[1], range.highest)) {
        fail(error, "'" + std::string(text) + "' must be two whole numbers LO:HI, such as 0:5");
        return std::nullopt;
    }
    return range;
}

std::string GeneratorOptionText::formatPriorities(const PriorityRange& range) {
    return std::to_string(range.lowest) + ":" + std::to_string(range.highest);
}

std::optional<double> GeneratorOptionText::parseUtilisation(std::string_view text,
                                                            std::string* error) {
    const bool percent = !text.empty() && text.back() == '%';
    const std::string_view digits = percent ? text.substr(0, text.size() - 1) : text;
    double value = 0.0;
    const char* last = digits.data() + digits.size();
    const auto result = std::from_chars(digits.data(), last, value, std::chars_format::fixed);
    if (digits.empty() || result.ec != std::errc() || result.ptr != last) {
        fail(error, "'" + std::string(text) + "' must be a number such as 0.8 (or 80%)");
        return std::nullopt;
    }
    return percent ? value / 100.0 : value;
}

std::string GeneratorOptionText::formatUtilisation(double utilisation) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, utilisation);
    return std::string(buffer, result.ptr);
}

std::optional<std::pair<Time, Time>> GeneratorOptionText::parsePeriods(std::string_view text,
                                                                       std::string* error) {
    const std::vector<std::string_view> parts = splitAtColons(text);
    if (parts.size() != 2) {
        fail(error, "'" + std::string(text) + "' must be two durations LO:HI, such as 10ms:100ms");
        return std::nullopt;
    }
    Time shortest = 0, longest = 0;
    if (!readDuration(parts[0], 1, shortest, error) || !readDuration(parts[1], 1, longest, error)) {
        return std::nullopt;
    }
    return std::pair{shortest, longest};
}

std::string GeneratorOptionText::formatPeriods(Time shortest, Time longest) {
    return formatDuration(shortest) + ":" + formatDuration(longest);
}

}  // namespace ts
