#include "script/runtime/NumberParsing.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

#include "script/runtime/Concat.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TextConversion.h"

namespace ts::script {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view strip(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// Removes single underscores between digits; false when an underscore is misplaced.
bool removeUnderscores(std::string_view text, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_') {
            if (i == 0 || i + 1 == text.size() || text[i - 1] == '_' || text[i + 1] == '_') return false;
            continue;
        }
        out += text[i];
    }
    return true;
}

}  // namespace

Value NumberParsing::invalidInt(RuntimeContext& ctx, std::string_view text, int base) {
    std::string quoted;
    TextConversion::appendQuoted(text, ctx.isPython2(), quoted);
    return ctx.raise(ErrorKind::ValueError, concat("invalid literal for int() with base ", std::to_string(base), ": ", quoted));
}

Value NumberParsing::parseInt(RuntimeContext& ctx, std::string_view original, int base) {
    if (base != 0 && (base < 2 || base > 36)) {
        return ctx.raise(ErrorKind::ValueError, ctx.isPython2() ? "int() base must be >= 2 and <= 36"
                                                                : "int() base must be >= 2 and <= 36, or 0");
    }
    std::string_view text = strip(original);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    int effectiveBase = base;
    bool hadPrefix = false;
    auto hasPrefix = [&](char lower) {
        return text.size() >= 2 && text[0] == '0' && (text[1] == lower || text[1] == lower - 32);
    };
    if ((base == 0 || base == 16) && hasPrefix('x')) {
        effectiveBase = 16;
        hadPrefix = true;
        text.remove_prefix(2);
    } else if ((base == 0 || base == 8) && hasPrefix('o')) {
        effectiveBase = 8;
        hadPrefix = true;
        text.remove_prefix(2);
    } else if ((base == 0 || base == 2) && hasPrefix('b')) {
        effectiveBase = 2;
        hadPrefix = true;
        text.remove_prefix(2);
    } else if (base == 0) {
        effectiveBase = 10;
        // Python 3 rejects a leading zero in base 0 ("010"); Python 2 reads it as octal.
        if (text.size() > 1 && text[0] == '0') {
            if (ctx.isPython2()) effectiveBase = 8;
            else if (text.find_first_not_of("0_") != std::string_view::npos) return invalidInt(ctx, original, base);
        }
    }
    std::string digits;
    if (ctx.isPython2()) {
        digits = std::string(text);
        // Python 2 accepts a trailing L (long literal).
        if (!digits.empty() && (digits.back() == 'l' || digits.back() == 'L')) digits.pop_back();
    } else {
        // An underscore may also follow the base prefix ("0x_1f").
        std::string_view body = text;
        if (hadPrefix && !body.empty() && body[0] == '_') body.remove_prefix(1);
        if (!removeUnderscores(body, digits)) return invalidInt(ctx, original, base);
    }
    if (digits.empty()) return invalidInt(ctx, original, base);
    std::uint64_t magnitude = 0;
    bool overflow = false;
    for (char c : digits) {
        int d = digitValue(c);
        if (d >= effectiveBase) return invalidInt(ctx, original, base);
        if (magnitude > (UINT64_MAX - static_cast<unsigned>(d)) / static_cast<unsigned>(effectiveBase)) overflow = true;
        else magnitude = magnitude * static_cast<unsigned>(effectiveBase) + static_cast<unsigned>(d);
    }
    if (overflow || magnitude > (negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1)) {
        return ctx.raiseIntegerOverflow();
    }
    auto value = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
    return Value::fromInt(value);
}

Value NumberParsing::parseFloat(RuntimeContext& ctx, std::string_view original) {
    std::string_view text = strip(original);
    auto fail = [&]() {
        if (ctx.isPython2()) return ctx.raise(ErrorKind::ValueError, concat("could not convert string to float: ", original));
        std::string quoted;
        TextConversion::appendQuoted(original, false, quoted);
        return ctx.raise(ErrorKind::ValueError, concat("could not convert string to float: ", quoted));
    };
    bool negative = false;
    std::string_view body = text;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        negative = body[0] == '-';
        body.remove_prefix(1);
    }
    if (body.empty() || body.find('(') != std::string_view::npos || body[0] == '+' || body[0] == '-') return fail();
    std::string cleaned;
    if (ctx.isPython2()) cleaned = std::string(body);
    else {
        // Underscores are allowed only between digits.
        for (std::size_t i = 0; i < body.size(); ++i) {
            if (body[i] == '_') {
                bool between = i > 0 && i + 1 < body.size() && std::isdigit(static_cast<unsigned char>(body[i - 1])) &&
                               std::isdigit(static_cast<unsigned char>(body[i + 1]));
                if (!between) return fail();
                continue;
            }
            cleaned += body[i];
        }
    }
    double value = 0.0;
    auto result = std::from_chars(cleaned.data(), cleaned.data() + cleaned.size(), value, std::chars_format::general);
    if (result.ec == std::errc::result_out_of_range) {
        // Overflow gives inf and underflow gives 0, as strtod does and Python accepts.
        bool tiny = cleaned.find_first_of("eE") != std::string::npos &&
                    cleaned.find('-', cleaned.find_first_of("eE")) != std::string::npos;
        value = tiny ? 0.0 : HUGE_VAL;
    } else if (result.ec != std::errc() || result.ptr != cleaned.data() + cleaned.size()) {
        return fail();
    }
    return Value::fromFloat(negative ? -value : value);
}

Value NumberParsing::floatToInt(RuntimeContext& ctx, double d) {
    if (std::isnan(d)) return ctx.raise(ErrorKind::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return ctx.raise(ErrorKind::OverflowError, "cannot convert float infinity to integer");
    double truncated = std::trunc(d);
    if (truncated >= 9223372036854775808.0 || truncated < -9223372036854775808.0) return ctx.raiseIntegerOverflow();
    return Value::fromInt(static_cast<std::int64_t>(truncated));
}

Value NumberParsing::toInt(RuntimeContext& ctx, const Value& v) {
    if (v.isIntLike()) return Value::fromInt(v.asInt());
    if (v.isFloat()) return floatToInt(ctx, v.asFloat());
    if (auto* str = v.tryAs<StrObject>()) return parseInt(ctx, str->view(), 10);
    std::string name(RuntimeContext::typeName(v));
    if (ctx.isPython2()) return ctx.raise(ErrorKind::TypeError, concat("int() argument must be a string or a number, not '", name, "'"));
    return ctx.raise(ErrorKind::TypeError,
                     concat("int() argument must be a string, a bytes-like object or a real number, not '", name, "'"));
}

Value NumberParsing::toFloat(RuntimeContext& ctx, const Value& v) {
    if (v.isNumber()) return Value::fromFloat(v.toDouble());
    if (auto* str = v.tryAs<StrObject>()) return parseFloat(ctx, str->view());
    std::string name(RuntimeContext::typeName(v));
    if (ctx.isPython2()) return ctx.raise(ErrorKind::TypeError, "float() argument must be a string or a number");
    return ctx.raise(ErrorKind::TypeError, concat("float() argument must be a string or a real number, not '", name, "'"));
}

}  // namespace ts::script
