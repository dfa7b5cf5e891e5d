#include "script/runtime/Concat.h"
#include "script/runtime/PercentFormatter.h"

#include <cmath>
#include <cstdio>

#include "script/runtime/DictObject.h"
#include "script/runtime/FloatFormatter.h"
#include "script/runtime/Indexing.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TextConversion.h"
#include "script/runtime/TupleObject.h"
#include "script/runtime/Utf8.h"

namespace ts::script {

namespace {

std::string typeOf(const Value& v) { return std::string(RuntimeContext::typeName(v)); }

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

void padText(std::string_view text, int width, bool leftAlign, std::string& out) {
    std::size_t length = Utf8::countCodePoints(text);
    std::size_t padding = width > 0 && static_cast<std::size_t>(width) > length ? static_cast<std::size_t>(width) - length : 0;
    if (!leftAlign) out.append(padding, ' ');
    out += text;
    if (leftAlign) out.append(padding, ' ');
}

}  // namespace

void PercentFormatter::padNumber(const Conversion& c, std::string_view head, std::string_view digits, std::string& out) {
    std::size_t length = head.size() + digits.size();
    std::size_t padding = c.width > 0 && static_cast<std::size_t>(c.width) > length ? static_cast<std::size_t>(c.width) - length : 0;
    if (c.leftAlign) {
        out += head;
        out += digits;
        out.append(padding, ' ');
    } else if (c.zero) {
        out += head;
        out.append(padding, '0');
        out += digits;
    } else {
        out.append(padding, ' ');
        out += head;
        out += digits;
    }
}

bool PercentFormatter::convertInteger(RuntimeContext& ctx, const Conversion& c, const Value& arg, std::string& out) {
    const bool py2 = ctx.isPython2();
    const bool decimal = c.type == 'd' || c.type == 'i' || c.type == 'u';
    std::int64_t value = 0;
    if (arg.isIntLike()) {
        value = arg.asInt();
    } else if (arg.isFloat() && (decimal || py2)) {
        double d = arg.asFloat();
        if (std::isnan(d)) {
            ctx.raise(ErrorKind::ValueError, "cannot convert float NaN to integer");
            return false;
        }
        if (std::isinf(d)) {
            ctx.raise(ErrorKind::OverflowError, "cannot convert float infinity to integer");
            return false;
        }
        if (d >= 9223372036854775808.0 || d < -9223372036854775808.0) {
            ctx.raiseIntegerOverflow();
            return false;
        }
        value = static_cast<std::int64_t>(d);
    } else {
        std::string message = "%";
        message += c.type;
        if (py2) message += " format: a number is required, not ";
        else message += decimal ? " format: a real number is required, not " : " format: an integer is required, not ";
        ctx.raise(ErrorKind::TypeError, message + typeOf(arg));
        return false;
    }
    std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    int base = decimal ? 10 : (c.type == 'o' ? 8 : 16);
    std::string digits = toBase(magnitude, base, c.type == 'X');
    if (c.precision > 0 && digits.size() < static_cast<std::size_t>(c.precision)) {
        digits.insert(0, static_cast<std::size_t>(c.precision) - digits.size(), '0');
    }
    std::string head = value < 0 ? "-" : (c.plus ? "+" : (c.space ? " " : ""));
    if (c.alternate && !decimal) {
        if (c.type == 'o') {
            // Python 2 marks octal with a leading 0 (unless the digits already start with one).
            if (!py2) head += "0o";
            else if (digits[0] != '0') head += "0";
        } else {
            head += c.type == 'X' ? "0X" : "0x";
        }
    }
    padNumber(c, head, digits, out);
    return true;
}

bool PercentFormatter::convertFloat(RuntimeContext& ctx, const Conversion& c, const Value& arg, std::string& out) {
    if (!arg.isNumber()) {
        ctx.raise(ErrorKind::TypeError, ctx.isPython2() ? concat("float argument required, not ", typeOf(arg))
                                                        : concat("must be real number, not ", typeOf(arg)));
        return false;
    }
    double value = arg.toDouble();
    int precision = c.precision < 0 ? 6 : c.precision;
    std::string digits = FloatFormatter::formatMagnitude(value, c.type, precision, c.alternate);
    bool negative = std::signbit(value) && !std::isnan(value);
    std::string head = negative ? "-" : (c.plus ? "+" : (c.space ? " " : ""));
    Conversion effective = c;
    if (!std::isfinite(value)) effective.zero = false;  // CPython pads inf/nan with spaces here
    padNumber(effective, head, digits, out);
    return true;
}

bool PercentFormatter::convert(RuntimeContext& ctx, const Conversion& c, const Value& arg, std::size_t index,
                               std::string& out) {
    switch (c.type) {
    case 's':
    case 'r':
    case 'a': {
        std::string text;
        bool ok = c.type == 's' ? TextConversion::appendStr(ctx, arg, text) : TextConversion::appendRepr(ctx, arg, text);
        if (!ok) return false;
        if (c.type == 'a') {
            Value escaped = TextConversion::ascii(ctx, arg);
            if (escaped.isError()) return false;
            text = escaped.as<StrObject>()->text();
        }
        if (c.precision >= 0) text.resize(Utf8::offsetOf(text, static_cast<std::size_t>(c.precision)));
        padText(text, c.width, c.leftAlign, out);
        return true;
    }
    case 'c': {
        std::string text;
        if (arg.isIntLike()) {
            if (arg.asInt() < 0 || arg.asInt() > 0x10FFFF) {
                ctx.raise(ErrorKind::OverflowError, "%c arg not in range(0x110000)");
                return false;
            }
            Utf8::append(text, static_cast<std::uint32_t>(arg.asInt()));
        } else if (arg.is<StrObject>() && arg.as<StrObject>()->length() == 1) {
            text = arg.as<StrObject>()->text();
        } else {
            ctx.raise(ErrorKind::TypeError, "%c requires int or char");
            return false;
        }
        padText(text, c.width, c.leftAlign, out);
        return true;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': return convertInteger(ctx, c, arg, out);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': return convertFloat(ctx, c, arg, out);
    default: {
        char message[96];
        auto code = static_cast<unsigned char>(c.type);
        std::snprintf(message, sizeof message, "unsupported format character '%c' (0x%x) at index %zu",
                      code >= 0x20 && code < 0x7F ? c.type : '?', code, index);
        ctx.raise(ErrorKind::ValueError, message);
        return false;
    }
    }
}

bool PercentFormatter::append(RuntimeContext& ctx, std::string_view format, const Value& args, std::string& out) {
    const std::vector<Value>* tuple = args.is<TupleObject>() ? &args.as<TupleObject>()->items() : nullptr;
    // Anything subscriptable that is not a tuple or str serves %(key)s lookups (CPython's rule).
    const bool mapping = !tuple && (args.is<DictObject>() || args.is<ListObject>());
    // Single argument: -2 unused, -1 used; tuple: the next index.
    std::int64_t argIndex = tuple ? 0 : -2;
    const std::int64_t argCount = tuple ? static_cast<std::int64_t>(tuple->size()) : -1;
    bool usedKey = false;

    auto nextArg = [&](Value& arg) -> bool {
        if (tuple) {
            if (argIndex < argCount) {
                arg = (*tuple)[static_cast<std::size_t>(argIndex++)];
                return true;
            }
        } else if (argIndex == -2) {
            argIndex = -1;
            arg = args;
            return true;
        }
        ctx.raise(ErrorKind::TypeError, "not enough arguments for format string");
        return false;
    };

    std::size_t pos = 0;
    while (pos < format.size()) {
        std::size_t percent = format.find('%', pos);
        if (percent == std::string_view::npos) {
            out.append(format.substr(pos));
            break;
        }
        out.append(format.substr(pos, percent - pos));
        pos = percent + 1;
        Value keyed;
        bool haveKeyed = false;
        if (pos < format.size() && format[pos] == '(') {
            if (!mapping && !(tuple == nullptr && args.isObject() && args.asObject()->kind() >= ObjectKind::FirstVmKind)) {
                ctx.raise(ErrorKind::TypeError, "format requires a mapping");
                return false;
            }
            int depth = 1;
            std::size_t keyStart = ++pos;
            while (pos < format.size() && depth > 0) {
                if (format[pos] == '(') ++depth;
                else if (format[pos] == ')') --depth;
                ++pos;
            }
            if (depth > 0) {
                ctx.raise(ErrorKind::ValueError, "incomplete format key");
                return false;
            }
            Value key = ctx.newStr(format.substr(keyStart, pos - 1 - keyStart));
            keyed = Indexing::getItem(ctx, args, key);
            if (keyed.isError()) return false;
            haveKeyed = true;
            usedKey = true;
            argIndex = -1;
        }
        Conversion c;
        for (; pos < format.size(); ++pos) {
            char f = format[pos];
            if (f == '-') c.leftAlign = true;
            else if (f == '+') c.plus = true;
            else if (f == ' ') c.space = true;
            else if (f == '#') c.alternate = true;
            else if (f == '0') c.zero = true;
            else break;
        }
        auto readNumber = [&](int& target) -> bool {
            if (pos < format.size() && format[pos] == '*') {
                ++pos;
                Value n;
                if (!nextArg(n)) return false;
                if (!n.isIntLike()) {
                    ctx.raise(ErrorKind::TypeError, "* wants int");
                    return false;
                }
                target = static_cast<int>(n.asInt());
                return true;
            }
            if (pos < format.size() && format[pos] >= '0' && format[pos] <= '9') {
                target = 0;
                while (pos < format.size() && format[pos] >= '0' && format[pos] <= '9') {
                    target = target * 10 + (format[pos++] - '0');
                    if (target > 100000000) {
                        ctx.raise(ErrorKind::ValueError, "width too big");
                        return false;
                    }
                }
            }
            return true;
        };
        if (!readNumber(c.width)) return false;
        if (c.width < -1) {
            c.leftAlign = true;
            c.width = -c.width;
        }
        if (pos < format.size() && format[pos] == '.') {
            ++pos;
            c.precision = 0;
            if (!readNumber(c.precision)) return false;
        }
        while (pos < format.size() && (format[pos] == 'h' || format[pos] == 'l' || format[pos] == 'L')) ++pos;
        if (pos >= format.size()) {
            ctx.raise(ErrorKind::ValueError, "incomplete format");
            return false;
        }
        c.type = format[pos++];
        if (c.leftAlign) c.zero = false;
        if (c.type == '%') {
            out += '%';
            continue;
        }
        Value arg;
        if (haveKeyed) arg = keyed;
        else if (!nextArg(arg)) return false;
        if (!convert(ctx, c, arg, pos - 1, out)) return false;
    }
    if (!usedKey && !mapping && argIndex < argCount) {
        ctx.raise(ErrorKind::TypeError, "not all arguments converted during string formatting");
        return false;
    }
    return true;
}

Value PercentFormatter::format(RuntimeContext& ctx, std::string_view format, const Value& args) {
    std::string out;
    out.reserve(format.size() + 16);
    if (!append(ctx, format, args, out)) return Value::error();
    return ctx.newStr(std::move(out));
}

}  // namespace ts::script
