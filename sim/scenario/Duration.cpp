#include "scenario/Duration.h"

#include <cstdint>
#include <utility>

namespace ts {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

int powerOfTen(Time scale) {
    int power = 0;
    for (; scale > 1; scale /= 10) ++power;
    return power;
}

bool setError(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return false;
}

// A decimal number split into its significant digits and a power of ten:
// value = digits * 10^exponent.
struct Decimal {
    bool negative = false;
    std::string digits;  // without leading zeros; empty for zero
    long long exponent = 0;
};

// Reads "[+-]digits[.digits][e[+-]digits]" from the front of `text` and removes it.
bool readDecimal(std::string_view& text, Decimal& out) {
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        out.negative = text[i] == '-';
        ++i;
    }
    bool anyDigit = false;
    long long fractionDigits = 0;
    bool afterPoint = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !afterPoint) {
            afterPoint = true;
            continue;
        }
        if (!isDigit(c)) break;
        anyDigit = true;
        if (afterPoint) ++fractionDigits;
        if (c != '0' || !out.digits.empty()) out.digits.push_back(c);  // drop leading zeros
    }
    if (!anyDigit) return false;
    long long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E') && i + 1 < text.size()) {
        std::size_t j = i + 1;
        bool negativeExponent = false;
        if (text[j] == '-' || text[j] == '+') {
            negativeExponent = text[j] == '-';
            ++j;
        }
        if (j < text.size() && isDigit(text[j])) {
            for (; j < text.size() && isDigit(text[j]); ++j) {
                // Saturate: anything this far out is zero or far too large either way.
                if (exponent < 1000000) exponent = exponent * 10 + (text[j] - '0');
            }
            if (negativeExponent) exponent = -exponent;
            i = j;
        }
    }
    out.exponent = exponent - fractionDigits;
    text.remove_prefix(i);
    return true;
}

// digits * 10^exponent rounded to an integer (halves up), or nullopt when >= kMaxDuration.
std::optional<Time> roundDecimal(const std::string& digits, long long exponent) {
    if (digits.empty()) return 0;
    constexpr long long kMaxDigits = 16;  // kMaxDuration = 10^15 has 16 digits
    std::string whole = digits;
    bool roundUp = false;
    if (exponent >= 0) {
        if (static_cast<long long>(digits.size()) + exponent > kMaxDigits) return std::nullopt;
        whole.append(static_cast<std::size_t>(exponent), '0');
    } else {
        const long long fraction = -exponent;
        const long long size = static_cast<long long>(digits.size());
        if (fraction > size) return 0;  // below half a nanosecond
        const std::size_t keep = static_cast<std::size_t>(size - fraction);
        roundUp = digits[keep] >= '5';
        whole = digits.substr(0, keep);
        if (static_cast<long long>(whole.size()) > kMaxDigits) return std::nullopt;
    }
    Time value = 0;
    for (char c : whole) value = value * 10 + (c - '0');
    if (roundUp) ++value;
    if (value >= kMaxDuration) return std::nullopt;
    return value;
}

}  // namespace

std::optional<Time> durationUnitScale(std::string_view unit) {
    if (unit == "ns") return kNanosecond;
    if (unit == "us") return kMicrosecond;
    if (unit == "ms") return kMillisecond;
    if (unit == "s") return kSecond;
    return std::nullopt;
}

const char* durationUnitList() {
    return "ns, us, ms or s";
}

std::optional<Time> parseDuration(std::string_view text, std::string_view defaultUnit,
                                  std::string* error) {
    const std::string_view whole = trim(text);
    std::string_view rest = whole;
    const std::string quoted = "'" + std::string(whole) + "'";
    Decimal number;
    if (whole.empty()) {
        setError(error, "empty duration (write e.g. 30ms, 2s, 500us or 100ns)");
        return std::nullopt;
    }
    if (!readDecimal(rest, number)) {
        setError(error, quoted + " is not a duration (write e.g. 30ms, 2s, 500us or 100ns)");
        return std::nullopt;
    }
    std::string_view unit = trim(rest);
    if (unit == "\u00B5s") unit = "us";  // the micro sign, as some people type it
    if (unit.empty() && defaultUnit.empty()) {
        setError(error, quoted + " needs a unit (" + durationUnitList() + ")");
        return std::nullopt;
    }
    const std::optional<Time> scale = durationUnitScale(unit.empty() ? defaultUnit : unit);
    if (!scale) {
        setError(error, "unknown unit '" + std::string(unit.empty() ? defaultUnit : unit) +
                            "' in " + quoted + " (use " + durationUnitList() + ")");
        return std::nullopt;
    }
    const std::optional<Time> ns =
        roundDecimal(number.digits, number.exponent + powerOfTen(*scale));
    if (ns && *ns > 0 && number.negative) {
        setError(error, "a duration cannot be negative, found " + quoted);
        return std::nullopt;
    }
    if (!ns) {
        setError(error, number.negative ? "a duration cannot be negative, found " + quoted
                                        : "duration " + quoted + " is too long (the limit is " +
                                              formatDuration(kMaxDuration) + ")");
        return std::nullopt;
    }
    return ns;
}

std::string formatDuration(Time ns) {
    if (ns == 0) return "0";
    if (ns == kNever) return "never";
    // Work in unsigned so that the most negative Time has a magnitude too.
    const bool negative = ns < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(ns) : static_cast<std::uint64_t>(ns);
    struct Unit {
        std::uint64_t scale;
        int digits;
        const char* name;
    };
    static constexpr Unit kUnits[] = {
        {1000000000, 9, "s"}, {1000000, 6, "ms"}, {1000, 3, "us"}, {1, 0, "ns"}};
    for (const Unit& unit : kUnits) {
        if (magnitude < unit.scale && unit.scale != 1) continue;
        std::string text = negative ? "-" : "";
        text += std::to_string(magnitude / unit.scale);
        std::string fraction = std::to_string(magnitude % unit.scale);
        if (unit.digits > 0 && magnitude % unit.scale != 0) {
            fraction.insert(0, static_cast<std::size_t>(unit.digits) - fraction.size(), '0');
            while (fraction.back() == '0') fraction.pop_back();
            text += "." + fraction;
        }
        return text + unit.name;
    }
    return std::to_string(ns) + "ns";
}

}  // namespace ts
