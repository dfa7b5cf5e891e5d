#include "script/runtime/FloatFormatter.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ts::script {

namespace {

// Splits "d.ddde[+-]xx" (from to_chars or %e) into digits and decimal point position.
void parseScientific(const char* begin, const char* end, std::string& digits, int& decimalPoint) {
    digits.clear();
    const char* p = begin;
    for (; p < end && *p != 'e' && *p != 'E'; ++p) {
        if (*p >= '0' && *p <= '9') digits += *p;
    }
    int exponent = 0;
    if (p < end) exponent = std::atoi(std::string(p + 1, end).c_str());
    decimalPoint = exponent + 1;
    // Trailing zeros carry no information for the layouts that need Digits.
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

std::string specialValue(double x, char type) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (std::isnan(x)) return upper ? "NAN" : "nan";
    return upper ? "INF" : "inf";
}

}  // namespace

FloatFormatter::Digits FloatFormatter::shortestDigits(double magnitude) {
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::scientific);
    Digits d;
    parseScientific(buffer, result.ptr, d.digits, d.decimalPoint);
    return d;
}

FloatFormatter::Digits FloatFormatter::roundedDigits(double magnitude, int significant) {
    char buffer[512];
    int length = std::snprintf(buffer, sizeof buffer, "%.*e", significant - 1, magnitude);
    Digits d;
    parseScientific(buffer, buffer + length, d.digits, d.decimalPoint);
    return d;
}

std::string FloatFormatter::layout(const Digits& d, bool exponent, bool addDotZero, bool keepPoint,
                                   std::size_t minDigits, char exponentChar) {
    std::string digits = d.digits;
    while (digits.size() < minDigits) digits += '0';
    std::string out;
    if (exponent) {
        int exp = digits == std::string(digits.size(), '0') ? 0 : d.decimalPoint - 1;
        out += digits[0];
        if (digits.size() > 1 || keepPoint) out += '.';
        out.append(digits, 1, std::string::npos);
        out += exponentChar;
        out += exp < 0 ? '-' : '+';
        int magnitude = exp < 0 ? -exp : exp;
        if (magnitude < 10) out += '0';
        out += std::to_string(magnitude);
        return out;
    }
    int point = digits == std::string(digits.size(), '0') ? 1 : d.decimalPoint;
    if (point <= 0) {
        out = "0.";
        out.append(static_cast<std::size_t>(-point), '0');
        out += digits;
    } else if (static_cast<std::size_t>(point) >= digits.size()) {
        out = digits;
        out.append(static_cast<std::size_t>(point) - digits.size(), '0');
        if (addDotZero) out += ".0";
        else if (keepPoint) out += '.';
    } else {
        out = digits.substr(0, static_cast<std::size_t>(point));
        out += '.';
        out.append(digits, static_cast<std::size_t>(point), std::string::npos);
    }
    return out;
}

std::string FloatFormatter::repr(double x) {
    std::string sign = std::signbit(x) && !std::isnan(x) ? "-" : "";
    return sign + formatMagnitude(std::fabs(x), 'r', 0, false);
}

std::string FloatFormatter::str(double x, bool python2) {
    if (!python2) return repr(x);
    std::string sign = std::signbit(x) && !std::isnan(x) ? "-" : "";
    return sign + formatMagnitude(std::fabs(x), 'n', 12, false);
}

std::string FloatFormatter::formatMagnitude(double x, char type, int precision, bool alternate) {
    if (!std::isfinite(x)) return specialValue(x, type);
    x = std::fabs(x);
    switch (type) {
    case 'r': {
        Digits d = shortestDigits(x);
        bool exponent = d.digits != "0" && (d.decimalPoint <= -4 || d.decimalPoint > 16);
        return layout(d, exponent, true, false, 0, 'e');
    }
    case 'n': {
        if (precision == 0) precision = 1;
        Digits d = roundedDigits(x, precision);
        bool exponent = d.digits != "0" && (d.decimalPoint <= -4 || d.decimalPoint > precision - 1);
        std::size_t minDigits = alternate ? static_cast<std::size_t>(precision) : 0;
        return layout(d, exponent, !alternate, alternate, minDigits, 'e');
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        char format[16];
        std::snprintf(format, sizeof format, "%%%s.*%c", alternate ? "#" : "", type);
        std::string out(64, '\0');
        int length = std::snprintf(out.data(), out.size(), format, precision, x);
        if (length >= static_cast<int>(out.size())) {
            out.resize(static_cast<std::size_t>(length) + 1);
            std::snprintf(out.data(), out.size(), format, precision, x);
        }
        out.resize(static_cast<std::size_t>(length));
        return out;
    }
    default: return repr(x);
    }
}

}  // namespace ts::script
