#include "script/runtime/StrFormatter.h"

#include "script/runtime/Concat.h"
#include "script/runtime/FormatSpecFormatter.h"
#include "script/runtime/Indexing.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TextConversion.h"
#include "script/runtime/VmCallbacks.h"

namespace ts::script {

namespace {

bool allDigits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

}  // namespace

bool StrFormatter::formatField(RuntimeContext& ctx, const Value& value, char conversion, std::string_view spec,
                               std::string& out) {
    Value converted = value;
    switch (conversion) {
    case 0: break;
    case 'r': converted = TextConversion::repr(ctx, value); break;
    case 's': converted = TextConversion::str(ctx, value); break;
    case 'a': converted = TextConversion::ascii(ctx, value); break;
    default:
        ctx.raise(ErrorKind::ValueError, concat("Unknown conversion specifier ", std::string(1, conversion)));
        return false;
    }
    if (converted.isError()) return false;
    return FormatSpecFormatter::append(ctx, converted, spec, out);
}

Value StrFormatter::resolveField(RuntimeContext& ctx, std::string_view field, State& state) {
    // The argument name runs up to the first '.' or '['.
    std::size_t end = field.find_first_of(".[");
    std::string_view name = field.substr(0, end);
    Value value;
    if (name.empty()) {
        if (state.usedManual) {
            return ctx.raise(ErrorKind::ValueError, "cannot switch from manual field specification to automatic field numbering");
        }
        state.usedAuto = true;
        int index = state.autoIndex++;
        if (static_cast<std::size_t>(index) >= state.args.positional.size()) {
            return ctx.raise(ErrorKind::IndexError, ctx.isPython2() ? "tuple index out of range"
                                                                    : concat("Replacement index ", std::to_string(index),
                                                                             " out of range for positional args tuple"));
        }
        value = state.args.positional[static_cast<std::size_t>(index)];
    } else if (allDigits(name)) {
        if (state.usedAuto) {
            return ctx.raise(ErrorKind::ValueError, "cannot switch from automatic field numbering to manual field specification");
        }
        state.usedManual = true;
        std::size_t index = std::stoul(std::string(name));
        if (index >= state.args.positional.size()) {
            return ctx.raise(ErrorKind::IndexError, ctx.isPython2() ? "tuple index out of range"
                                                                    : concat("Replacement index ", std::string(name),
                                                                             " out of range for positional args tuple"));
        }
        value = state.args.positional[index];
    } else {
        const Value* keyword = state.args.keyword(name);
        if (!keyword) return ctx.raiseKeyError(ctx.newStr(name));
        value = *keyword;
    }
    // Then any chain of .attribute and [key].
    std::size_t pos = end;
    while (pos != std::string_view::npos && pos < field.size()) {
        if (field[pos] == '.') {
            std::size_t next = field.find_first_of(".[", pos + 1);
            std::string_view attribute = field.substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1);
            if (attribute.empty()) return ctx.raise(ErrorKind::ValueError, "Empty attribute in format string");
            if (!ctx.callbacks()) {
                return ctx.raise(ErrorKind::AttributeError,
                                 concat("'", RuntimeContext::typeName(value), "' object has no attribute '", attribute, "'"));
            }
            value = ctx.callbacks()->getAttribute(ctx, value, attribute);
            if (value.isError()) return value;
            pos = next;
        } else if (field[pos] == '[') {
            std::size_t close = field.find(']', pos);
            if (close == std::string_view::npos) return ctx.raise(ErrorKind::ValueError, "Missing ']' in format string");
            std::string_view key = field.substr(pos + 1, close - pos - 1);
            if (key.empty()) return ctx.raise(ErrorKind::ValueError, "Empty attribute in format string");
            Value keyValue = allDigits(key) ? Value::fromInt(std::stoll(std::string(key))) : ctx.newStr(key);
            value = Indexing::getItem(ctx, value, keyValue);
            if (value.isError()) return value;
            pos = close + 1;
            if (pos < field.size() && field[pos] != '.' && field[pos] != '[') {
                return ctx.raise(ErrorKind::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            break;
        }
    }
    return value;
}

bool StrFormatter::append(RuntimeContext& ctx, std::string_view format, State& state, int depth, std::string& out) {
    if (depth > 2) {
        ctx.raise(ErrorKind::ValueError, "Max string recursion exceeded");
        return false;
    }
    std::size_t pos = 0;
    while (pos < format.size()) {
        char c = format[pos];
        if (c == '}') {
            if (pos + 1 < format.size() && format[pos + 1] == '}') {
                out += '}';
                pos += 2;
                continue;
            }
            ctx.raise(ErrorKind::ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (c != '{') {
            out += c;
            ++pos;
            continue;
        }
        if (pos + 1 < format.size() && format[pos + 1] == '{') {
            out += '{';
            pos += 2;
            continue;
        }
        // Find the matching '}' (specs may nest one level of braces).
        std::size_t start = pos + 1;
        std::size_t scan = start;
        int nesting = 1;
        while (scan < format.size()) {
            if (format[scan] == '{') ++nesting;
            else if (format[scan] == '}' && --nesting == 0) break;
            ++scan;
        }
        if (scan >= format.size()) {
            ctx.raise(ErrorKind::ValueError, nesting > 1 || start < format.size() ? "expected '}' before end of string"
                                                                                  : "Single '{' encountered in format string");
            return false;
        }
        std::string_view field = format.substr(start, scan - start);
        pos = scan + 1;
        // Split name ! conversion : spec. The name part may contain [..] with ':' or '!' inside.
        std::size_t nameEnd = 0;
        while (nameEnd < field.size() && field[nameEnd] != '!' && field[nameEnd] != ':') {
            if (field[nameEnd] == '[') {
                std::size_t close = field.find(']', nameEnd);
                nameEnd = close == std::string_view::npos ? field.size() : close + 1;
            } else {
                ++nameEnd;
            }
        }
        std::string_view name = field.substr(0, nameEnd);
        char conversion = 0;
        std::string_view spec;
        std::size_t rest = nameEnd;
        if (rest < field.size() && field[rest] == '!') {
            if (rest + 1 >= field.size()) {
                ctx.raise(ErrorKind::ValueError, "end of string while looking for conversion specifier");
                return false;
            }
            conversion = field[rest + 1];
            rest += 2;
            if (rest < field.size() && field[rest] != ':') {
                ctx.raise(ErrorKind::ValueError, "expected ':' after conversion specifier");
                return false;
            }
        }
        if (rest < field.size() && field[rest] == ':') spec = field.substr(rest + 1);
        Value value = resolveField(ctx, name, state);
        if (value.isError()) return false;
        std::string expandedSpec;
        if (spec.find('{') != std::string_view::npos) {
            if (!append(ctx, spec, state, depth + 1, expandedSpec)) return false;
            spec = expandedSpec;
        }
        if (!formatField(ctx, value, conversion, spec, out)) return false;
    }
    return true;
}

Value StrFormatter::format(RuntimeContext& ctx, std::string_view format, const CallArgs& args) {
    State state{args};
    std::string out;
    if (!append(ctx, format, state, 0, out)) return Value::error();
    return ctx.newStr(std::move(out));
}

}  // namespace ts::script
