#include "script/syntax/NumberLiteral.h"

#include <charconv>
#include <cstdint>
#include <limits>
#include <vector>

namespace ts::script {
namespace {

bool isDigitInBase(char c, int base) {
    if (c >= '0' && c <= '9') return c - '0' < base;
    if (base == 16) return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    return false;
}

int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return c - 'A' + 10;
}

bool isIdentifierChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// Reads digits of `base` with single underscores between them (and, after a radix prefix, one
// leading underscore). Appends the digits without underscores to `out`.
// Returns false on a misplaced underscore.
bool readDigits(std::string_view s, std::size_t& i, int base, bool allowLeadingUnderscore,
                std::string& out) {
    bool lastWasDigit = false;
    bool any = false;
    while (i < s.size()) {
        char c = s[i];
        if (c == '_') {
            bool ok = lastWasDigit || (!any && allowLeadingUnderscore);
            if (!ok || i + 1 >= s.size() || !isDigitInBase(s[i + 1], base)) return false;
            lastWasDigit = false;
            ++i;
            continue;
        }
        if (!isDigitInBase(c, base)) break;
        out += c;
        lastWasDigit = true;
        any = true;
        ++i;
    }
    return true;
}

void setInteger(Token& token, std::string_view digits, int base) {
    token.numberKind = NumberKind::Int;
    std::uint64_t value = 0;
    const std::uint64_t limit =
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    for (char c : digits) {
        std::uint64_t d = static_cast<std::uint64_t>(digitValue(c));
        if (value > (limit - d) / static_cast<std::uint64_t>(base)) {
            token.bigIntDecimal = integerDigitsToDecimal(digits, base);
            token.intValue = 0;
            return;
        }
        value = value * static_cast<std::uint64_t>(base) + d;
    }
    token.intValue = static_cast<std::int64_t>(value);
}

double parseDouble(const std::string& text) {
    double value = 0.0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    (void)ptr;
    if (ec == std::errc::result_out_of_range) {
        // Python gives inf for too large and 0.0 for too small magnitudes.
        bool negativeExponent =
            text.find("e-") != std::string::npos || text.find("E-") != std::string::npos;
        return negativeExponent ? 0.0 : std::numeric_limits<double>::infinity();
    }
    return value;
}

}  // namespace

std::string integerDigitsToDecimal(std::string_view digits, int base) {
    std::vector<int> decimal{0};  // little-endian decimal digits
    for (char c : digits) {
        int carry = digitValue(c);
        for (int& d : decimal) {
            int v = d * base + carry;
            d = v % 10;
            carry = v / 10;
        }
        while (carry > 0) {
            decimal.push_back(carry % 10);
            carry /= 10;
        }
    }
    while (decimal.size() > 1 && decimal.back() == 0) decimal.pop_back();
    std::string out;
    for (auto it = decimal.rbegin(); it != decimal.rend(); ++it)
        out += static_cast<char>('0' + *it);
    return out;
}

NumberScan scanNumberLiteral(std::string_view s, std::size_t start, PythonVersion version,
                             Token& token) {
    NumberScan scan;
    std::size_t i = start;
    auto finish = [&](std::size_t end) {
        scan.end = end;
        token.text = std::string(s.substr(start, end - start));
        return scan;
    };
    // CPython points at a misplaced underscore or a bad digit itself, and otherwise at the last
    // character that still belonged to the literal.
    auto failAt = [&](std::size_t offset, std::string message) {
        scan.error = std::move(message);
        scan.errorOffset = offset;
        scan.end = i;
        return scan;
    };
    auto fail = [&](std::string message) {
        return failAt(i > start ? i - 1 : start, std::move(message));
    };
    auto followedByIdentifier = [&](std::size_t at) {
        return at < s.size() && isIdentifierChar(s[at]);
    };
    bool py2 = version == PythonVersion::Python2;

    // Radix-prefixed integers.
    if (s[i] == '0' && i + 1 < s.size()) {
        char p = s[i + 1];
        int base = (p == 'x' || p == 'X')   ? 16
                   : (p == 'o' || p == 'O') ? 8
                   : (p == 'b' || p == 'B') ? 2
                                            : 0;
        if (base != 0) {
            const char* what = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
            i += 2;
            std::string digits;
            if (!readDigits(s, i, base, true, digits))
                return failAt(i, std::string("invalid ") + what + " literal");
            if (i < s.size() && s[i] >= '0' && s[i] <= '9')
                return failAt(i,
                              std::string("invalid digit '") + s[i] + "' in " + what + " literal");
            if (digits.empty()) return fail(std::string("invalid ") + what + " literal");
            setInteger(token, digits, base);
            if (py2 && i < s.size() && (s[i] == 'l' || s[i] == 'L')) ++i;
            if (followedByIdentifier(i)) return fail(std::string("invalid ") + what + " literal");
            return finish(i);
        }
    }

    std::string intPart;
    if (s[i] != '.' && !readDigits(s, i, 10, false, intPart))
        return failAt(i, "invalid decimal literal");
    bool isFloat = false;
    std::string floatText = intPart;
    if (i < s.size() && s[i] == '.') {
        isFloat = true;
        floatText += '.';
        ++i;
        std::string fraction;
        if (i < s.size() && s[i] == '_') return fail("invalid decimal literal");
        if (!readDigits(s, i, 10, false, fraction)) return failAt(i, "invalid decimal literal");
        floatText += fraction;
        if (intPart.empty() && fraction.empty()) return fail("invalid syntax");
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        std::size_t j = i + 1;
        std::string exponent = "e";
        if (j < s.size() && (s[j] == '+' || s[j] == '-')) exponent += s[j++];
        std::string expDigits;
        if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
            if (!readDigits(s, j, 10, false, expDigits))
                return failAt(j, "invalid decimal literal");
            isFloat = true;
            floatText += exponent + expDigits;
            i = j;
        } else {
            return fail("invalid decimal literal");
        }
    }
    if (i < s.size() && (s[i] == 'j' || s[i] == 'J')) {
        ++i;
        token.numberKind = NumberKind::Imaginary;
        token.floatValue = parseDouble(floatText);
        if (followedByIdentifier(i)) return fail("invalid imaginary literal");
        return finish(i);
    }
    if (isFloat) {
        token.numberKind = NumberKind::Float;
        token.floatValue = parseDouble(floatText);
        if (followedByIdentifier(i)) return fail("invalid decimal literal");
        return finish(i);
    }

    // A decimal integer. Leading zeros mean octal in Python 2 and are an error in Python 3.
    bool leadingZero = intPart.size() > 1 && intPart[0] == '0';
    bool allZeros = intPart.find_first_not_of('0') == std::string::npos;
    if (leadingZero && !allZeros) {
        if (!py2) {
            return failAt(start,
                          "leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers");
        }
        if (intPart.find_first_of("89") != std::string::npos) return failAt(start, "invalid token");
        setInteger(token, intPart, 8);
    } else {
        setInteger(token, intPart, 10);
    }
    if (py2 && i < s.size() && (s[i] == 'l' || s[i] == 'L')) ++i;
    if (followedByIdentifier(i)) return fail("invalid decimal literal");
    return finish(i);
}

}  // namespace ts::script
