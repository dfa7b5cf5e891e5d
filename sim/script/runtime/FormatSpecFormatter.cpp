#include "script/runtime/Concat.h"
#include "script/runtime/FormatSpecFormatter.h"

#include <cmath>

#include "script/runtime/FloatFormatter.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TextConversion.h"
#include "script/runtime/Utf8.h"

namespace ts::script {

namespace {

Value unknownCode(RuntimeContext& ctx, char type, std::string_view typeName) {
    std::string message = "Unknown format code '";
    message += type;
    message += "' for object of type '";
    message += typeName;
    message += "'";
    return ctx.raise(ErrorKind::ValueError, std::move(message));
}

std::string toBase(std::uint64_t magnitude, int base, bool upper) {
    const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    if (magnitude == 0) return "0";
    std::string out;
    while (magnitude) {
        out += digits[magnitude % static_cast<unsigned>(base)];
        magnitude /= static_cast<unsigned>(base);
    }
    return std::string(out.rbegin(), out.rend());
}

// Grouped digits padded with leading zeros up to minimum columns, as '0' padding with a
// separator does in CPython ("0,001,234").
std::string groupWithZeros(std::string digits, char separator, int interval, std::size_t minimum) {
    std::string grouped = FormatSpecFormatter::groupDigits(digits, separator, interval);
    while (grouped.size() < minimum) {
        digits.insert(digits.begin(), '0');
        grouped = FormatSpecFormatter::groupDigits(digits, separator, interval);
    }
    return grouped;
}

}  // namespace

std::string FormatSpecFormatter::groupDigits(std::string_view digits, char separator, int interval) {
    std::string out;
    std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % static_cast<std::size_t>(interval) == 0) out += separator;
        out += digits[i];
    }
    return out;
}

void FormatSpecFormatter::pad(std::string& out, std::string_view signAndPrefix, std::string_view body,
                              const FormatSpec& spec, char defaultAlign) {
    std::size_t length = Utf8::countCodePoints(signAndPrefix) + Utf8::countCodePoints(body);
    std::size_t width = spec.width > 0 ? static_cast<std::size_t>(spec.width) : 0;
    std::size_t padding = width > length ? width - length : 0;
    char align = spec.align ? spec.align : defaultAlign;
    auto fill = [&](std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) out += spec.fill;
    };
    switch (align) {
    case '<':
        out += signAndPrefix;
        out += body;
        fill(padding);
        break;
    case '^':
        fill(padding / 2);
        out += signAndPrefix;
        out += body;
        fill(padding - padding / 2);
        break;
    case '=':
        out += signAndPrefix;
        fill(padding);
        out += body;
        break;
    default:
        fill(padding);
        out += signAndPrefix;
        out += body;
        break;
    }
}

bool FormatSpecFormatter::formatStr(RuntimeContext& ctx, std::string_view text, const FormatSpec& spec, std::string& out) {
    if (spec.type && spec.type != 's') {
        unknownCode(ctx, spec.type, "str");
        return false;
    }
    if (spec.sign) {
        ctx.raise(ErrorKind::ValueError, "Sign not allowed in string format specifier");
        return false;
    }
    if (spec.alternate) {
        ctx.raise(ErrorKind::ValueError, "Alternate form (#) not allowed in string format specifier");
        return false;
    }
    if (spec.align == '=') {
        ctx.raise(ErrorKind::ValueError, "'=' alignment not allowed in string format specifier");
        return false;
    }
    if (spec.grouping) {
        ctx.raise(ErrorKind::ValueError, concat("Cannot specify '", std::string(1, spec.grouping), "' with 's'."));
        return false;
    }
    if (spec.precision >= 0) text = text.substr(0, Utf8::offsetOf(text, static_cast<std::size_t>(spec.precision)));
    FormatSpec effective = spec;
    if (spec.zeroPadding && !spec.fillSpecified) effective.fill.assign(1, '0');  // 'a0000': zeros, still left-aligned
    pad(out, "", text, effective, '<');
    return true;
}

bool FormatSpecFormatter::formatInt(RuntimeContext& ctx, std::int64_t value, const FormatSpec& spec, std::string& out) {
    char type = spec.type ? spec.type : 'd';
    int base = 10;
    std::string prefix;
    switch (type) {
    case 'd':
    case 'n': break;
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    case 'c': break;
    default: unknownCode(ctx, type, "int"); return false;
    }
    if (spec.precision >= 0) {
        ctx.raise(ErrorKind::ValueError, "Precision not allowed in integer format specifier");
        return false;
    }
    if (spec.coerceNegativeZero) {
        ctx.raise(ErrorKind::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return false;
    }
    if (spec.grouping && (type == 'c' || type == 'n' || (spec.grouping == ',' && base != 10))) {
        ctx.raise(ErrorKind::ValueError, concat("Cannot specify '", std::string(1, spec.grouping), "' with '", std::string(1, type), "'."));
        return false;
    }
    if (type == 'c') {
        if (spec.sign) {
            ctx.raise(ErrorKind::ValueError, "Sign not allowed with integer format specifier 'c'");
            return false;
        }
        if (spec.alternate) {
            ctx.raise(ErrorKind::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return false;
        }
        if (value < 0 || value > 0x10FFFF) {
            ctx.raise(ErrorKind::OverflowError, "%c arg not in range(0x110000)");
            return false;
        }
        std::string text;
        Utf8::append(text, static_cast<std::uint32_t>(value));
        pad(out, "", text, spec, '>');
        return true;
    }
    std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::string digits = toBase(magnitude, base, type == 'X');
    std::string head;
    if (value < 0) head = "-";
    else if (spec.sign == '+') head = "+";
    else if (spec.sign == ' ') head = " ";
    if (spec.alternate) head += prefix;
    FormatSpec effective = spec;
    if (spec.zeroPadding && !spec.fillSpecified) {
        effective.fill.assign(1, '0');
        if (!spec.align) effective.align = '=';
    }
    if (spec.grouping) {
        int interval = base == 10 ? 3 : 4;
        if (effective.fill == "0" && effective.align == '=' && effective.width > 0) {
            std::size_t minimum = static_cast<std::size_t>(effective.width) > head.size()
                                      ? static_cast<std::size_t>(effective.width) - head.size() : 0;
            digits = groupWithZeros(digits, spec.grouping, interval, minimum);
        } else {
            digits = groupDigits(digits, spec.grouping, interval);
        }
    }
    pad(out, head, digits, effective, '>');
    return true;
}

bool FormatSpecFormatter::formatFloat(RuntimeContext& ctx, double value, const FormatSpec& spec, std::string& out,
                                      std::string_view typeName) {
    char type = spec.type;
    int precision = spec.precision;
    char mode = type;
    double magnitude = std::fabs(value);
    bool percent = false;
    switch (type) {
    case 0:
        if (precision >= 0) mode = 'n';
        else if (ctx.isPython2()) {
            mode = 'n';
            precision = 12;
        } else {
            mode = 'r';
        }
        break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': break;
    case 'n': mode = 'g'; break;
    case '%':
        mode = 'f';
        magnitude *= 100.0;
        percent = true;
        break;
    default: unknownCode(ctx, type, typeName); return false;
    }
    if (precision < 0) precision = 6;
    std::string body = FloatFormatter::formatMagnitude(magnitude, mode, precision, spec.alternate);
    if (percent) body += '%';
    bool negative = std::signbit(value) && !std::isnan(value);
    if (negative && spec.coerceNegativeZero && body.find_first_of("123456789") == std::string::npos) negative = false;
    std::string head;
    if (negative) head = "-";
    else if (spec.sign == '+') head = "+";
    else if (spec.sign == ' ') head = " ";
    FormatSpec effective = spec;
    if (spec.zeroPadding && !spec.fillSpecified) {
        effective.fill.assign(1, '0');
        if (!spec.align) effective.align = '=';
    }
    if (spec.grouping && std::isfinite(value)) {
        std::size_t integerEnd = body.find_first_not_of("0123456789");
        if (integerEnd == std::string::npos) integerEnd = body.size();
        std::string integerPart = body.substr(0, integerEnd);
        std::string rest = body.substr(integerEnd);
        if (effective.fill == "0" && effective.align == '=' && effective.width > 0) {
            std::size_t used = head.size() + rest.size();
            std::size_t minimum = static_cast<std::size_t>(effective.width) > used
                                      ? static_cast<std::size_t>(effective.width) - used : 0;
            integerPart = groupWithZeros(integerPart, spec.grouping, 3, minimum);
        } else {
            integerPart = groupDigits(integerPart, spec.grouping, 3);
        }
        body = integerPart + rest;
    }
    pad(out, head, body, effective, '>');
    return true;
}

bool FormatSpecFormatter::append(RuntimeContext& ctx, const Value& value, std::string_view specText, std::string& out) {
    if (specText.empty()) return TextConversion::appendStr(ctx, value, out);
    std::string_view typeName = RuntimeContext::typeName(value);
    bool known = value.isNumber() || value.is<StrObject>();
    if (!known) {
        ctx.raise(ErrorKind::TypeError, concat("unsupported format string passed to ", std::string(typeName), ".__format__"));
        return false;
    }
    FormatSpec spec;
    std::string error;
    if (!FormatSpec::parse(specText, value.isBool() ? "int" : typeName, spec, error)) {
        ctx.raise(ErrorKind::ValueError, std::move(error));
        return false;
    }
    if (auto* str = value.tryAs<StrObject>()) return formatStr(ctx, str->view(), spec, out);
    if (value.isIntLike()) {
        switch (spec.type) {
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%': return formatFloat(ctx, static_cast<double>(value.asInt()), spec, out, "int");
        default: return formatInt(ctx, value.asInt(), spec, out);
        }
    }
    return formatFloat(ctx, value.asFloat(), spec, out, "float");
}

Value FormatSpecFormatter::format(RuntimeContext& ctx, const Value& value, std::string_view spec) {
    std::string out;
    if (!append(ctx, value, spec, out)) return Value::error();
    return ctx.newStr(std::move(out));
}

}  // namespace ts::script
