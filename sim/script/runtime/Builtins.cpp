#include "script/runtime/Builtins.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "script/runtime/Arithmetic.h"
#include "script/runtime/Collections.h"
#include "script/runtime/Comparison.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/FormatSpecFormatter.h"
#include "script/runtime/Hashing.h"
#include "script/runtime/Indexing.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/MethodSupport.h"
#include "script/runtime/NumberParsing.h"
#include "script/runtime/RangeObject.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TextConversion.h"
#include "script/runtime/TupleObject.h"
#include "script/runtime/Utf8.h"

namespace ts::script {

namespace {

using Args = const CallArgs&;
// 128-bit intermediate products for modular pow (a GCC/Clang extension).
__extension__ typedef __int128 Wide;

Value len(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "len", args, 1, 1)) return Value::error();
    std::int64_t n = Indexing::length(ctx, args[0]);
    return n < 0 ? Value::error() : Value::fromInt(n);
}

Value abs(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "abs", args, 1, 1)) return Value::error();
    return Arithmetic::absolute(ctx, args[0]);
}

Value min(RuntimeContext& ctx, Args args) { return Builtins::extreme(ctx, args, false); }
Value max(RuntimeContext& ctx, Args args) { return Builtins::extreme(ctx, args, true); }

Value sum(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "sum", args, 1, 2)) return Value::error();
    Value total = args.size() > 1 ? args[1] : Value::fromInt(0);
    if (const Value* start = args.keyword("start")) total = *start;
    if (total.is<StrObject>()) return ctx.raise(ErrorKind::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    Value iterator = Iteration::iter(ctx, args[0]);
    if (iterator.isError()) return iterator;
    for (;;) {
        Value item = Iteration::next(ctx, iterator);
        if (item.isError()) return item;
        if (item.isEmpty()) return total;
        total = Arithmetic::add(ctx, total, item);
        if (total.isError()) return total;
    }
}

Value sorted(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "sorted", args, 1, 1) || !MethodSupport::onlyKeywords(ctx, "sorted", args, {"key", "reverse"})) {
        return Value::error();
    }
    std::vector<Value> items;
    if (!Iteration::collect(ctx, args[0], items)) return Value::error();
    Value key = MethodSupport::argument(args, 99, "key");
    Value reverse = MethodSupport::argument(args, 99, "reverse");
    int reversed = reverse.isEmpty() ? 0 : Comparison::truthy(ctx, reverse);
    if (reversed < 0) return Value::error();
    if (!Collections::sort(ctx, items, key, reversed != 0)) return Value::error();
    return ctx.newList(std::move(items));
}

// range arguments: (stop) or (start, stop[, step]).
bool rangeArguments(RuntimeContext& ctx, std::string_view name, Args args, std::int64_t& start, std::int64_t& stop, std::int64_t& step) {
    if (!MethodSupport::arity(ctx, name, args, 1, 3)) return false;
    std::int64_t parts[3] = {0, 0, 1};
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (!MethodSupport::intArgument(ctx, args[i], parts[i])) return false;
    }
    if (args.size() == 1) {
        start = 0;
        stop = parts[0];
        step = 1;
    } else {
        start = parts[0];
        stop = parts[1];
        step = args.size() == 3 ? parts[2] : 1;
    }
    if (step == 0) {
        ctx.raise(ErrorKind::ValueError, concat(name, "() arg 3 must not be zero"));
        return false;
    }
    return true;
}

Value range(RuntimeContext& ctx, Args args) {
    std::int64_t start, stop, step;
    if (!rangeArguments(ctx, ctx.isPython2() ? "range" : "range", args, start, stop, step)) {
        if (ctx.isPython2() && ctx.error().message.ends_with("must not be zero")) ctx.error().message = "range() step argument must not be zero";
        return Value::error();
    }
    if (!ctx.isPython2()) return ctx.heap().make<RangeObject>(start, stop, step);
    std::int64_t n = RangeObject::lengthOf(start, stop, step);
    if (n > (std::int64_t{1} << 28)) return ctx.raise(ErrorKind::MemoryError, "");
    std::vector<Value> items;
    items.reserve(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) items.push_back(Value::fromInt(start + i * step));
    return ctx.newList(std::move(items));
}

Value xrange(RuntimeContext& ctx, Args args) {
    std::int64_t start, stop, step;
    if (!rangeArguments(ctx, "xrange", args, start, stop, step)) return Value::error();
    return ctx.heap().make<RangeObject>(start, stop, step);
}

Value enumerate(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "enumerate", args, 1, 2)) return Value::error();
    std::int64_t start = 0;
    Value startValue = MethodSupport::argument(args, 1, "start");
    if (!startValue.isEmpty() && !MethodSupport::intArgument(ctx, startValue, start)) return Value::error();
    return Iteration::enumerate(ctx, args[0], start);
}

Value zip(RuntimeContext& ctx, Args args) {
    std::vector<Value> iterables(args.positional.begin(), args.positional.end());
    Value it = Iteration::zip(ctx, iterables);
    if (it.isError() || !ctx.isPython2()) return it;
    std::vector<Value> items;
    if (!Iteration::collect(ctx, it, items)) return Value::error();
    return ctx.newList(std::move(items));
}

Value roundBuiltin(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "round", args, 1, 2)) return Value::error();
    return Builtins::round(ctx, args[0], MethodSupport::argument(args, 1, "ndigits"));
}

Value divmod(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "divmod", args, 2, 2)) return Value::error();
    return Arithmetic::divmod(ctx, args[0], args[1]);
}

Value pow(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "pow", args, 2, 3)) return Value::error();
    if (args.size() == 2 || args[2].isNone()) return Arithmetic::binary(ctx, BinaryOp::Power, args[0], args[1]);
    if (!args[0].isIntLike() || !args[1].isIntLike() || !args[2].isIntLike()) {
        return ctx.raise(ErrorKind::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    std::int64_t base = args[0].asInt(), exponent = args[1].asInt(), modulus = args[2].asInt();
    if (modulus == 0) return ctx.raise(ErrorKind::ValueError, "pow() 3rd argument cannot be 0");
    if (exponent < 0) return ctx.raise(ErrorKind::ValueError, "pow() 2nd argument cannot be negative when 3rd argument specified");
    Wide m = modulus < 0 ? -static_cast<Wide>(modulus) : modulus;
    Wide result = 1 % m, factor = ((base % m) + m) % m;
    while (exponent > 0) {
        if (exponent & 1) result = result * factor % m;
        factor = factor * factor % m;
        exponent >>= 1;
    }
    // The result takes the modulus's sign, as Python's % does.
    if (modulus < 0 && result != 0) result -= m;
    return Value::fromInt(static_cast<std::int64_t>(result));
}

Value baseString(RuntimeContext& ctx, Args args, std::string_view name, int base) {
    if (!MethodSupport::arity(ctx, name, args, 1, 1)) return Value::error();
    if (!args[0].isIntLike()) {
        return ctx.raise(ErrorKind::TypeError, concat("'", RuntimeContext::typeName(args[0]), "' object cannot be interpreted as an integer"));
    }
    std::int64_t value = args[0].asInt();
    std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::string digits;
    do {
        digits.insert(digits.begin(), "0123456789abcdef"[magnitude % static_cast<unsigned>(base)]);
        magnitude /= static_cast<unsigned>(base);
    } while (magnitude);
    std::string prefix = base == 16 ? "0x" : base == 2 ? "0b" : "0o";
    if (base == 8 && ctx.isPython2()) prefix = value == 0 ? "" : "0";
    return ctx.newStr(concat(value < 0 ? "-" : "", prefix, digits));
}
Value hex(RuntimeContext& ctx, Args args) { return baseString(ctx, args, "hex", 16); }
Value oct(RuntimeContext& ctx, Args args) { return baseString(ctx, args, "oct", 8); }
Value bin(RuntimeContext& ctx, Args args) { return baseString(ctx, args, "bin", 2); }

Value chr(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "chr", args, 1, 1)) return Value::error();
    std::int64_t cp = 0;
    if (!MethodSupport::intArgument(ctx, args[0], cp)) return Value::error();
    std::int64_t limit = ctx.isPython2() ? 0x100 : 0x110000;
    if (cp < 0 || cp >= limit) {
        return ctx.raise(ErrorKind::ValueError, ctx.isPython2() ? "chr() arg not in range(256)" : "chr() arg not in range(0x110000)");
    }
    std::string out;
    Utf8::append(out, static_cast<std::uint32_t>(cp));
    return ctx.newStr(std::move(out));
}

Value ord(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "ord", args, 1, 1)) return Value::error();
    auto* str = args[0].tryAs<StrObject>();
    if (!str) {
        return ctx.raise(ErrorKind::TypeError, concat("ord() expected string of length 1, but ", RuntimeContext::typeName(args[0]), " found"));
    }
    if (str->length() != 1) {
        return ctx.raise(ErrorKind::TypeError,
                         concat("ord() expected a character, but string of length ", std::to_string(str->length()), " found"));
    }
    std::size_t pos = 0;
    return Value::fromInt(Utf8::decode(str->view(), pos));
}

Value boolBuiltin(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "bool", args, 0, 1)) return Value::error();
    if (args.size() == 0) return Value::fromBool(false);
    int t = Comparison::truthy(ctx, args[0]);
    return t < 0 ? Value::error() : Value::fromBool(t != 0);
}

Value anyOrAll(RuntimeContext& ctx, Args args, bool wantAny) {
    if (!MethodSupport::arity(ctx, wantAny ? "any" : "all", args, 1, 1)) return Value::error();
    Value iterator = Iteration::iter(ctx, args[0]);
    if (iterator.isError()) return iterator;
    for (;;) {
        Value item = Iteration::next(ctx, iterator);
        if (item.isError()) return item;
        if (item.isEmpty()) return Value::fromBool(!wantAny);
        int t = Comparison::truthy(ctx, item);
        if (t < 0) return Value::error();
        if ((t != 0) == wantAny) return Value::fromBool(wantAny);
    }
}
Value any(RuntimeContext& ctx, Args args) { return anyOrAll(ctx, args, true); }
Value all(RuntimeContext& ctx, Args args) { return anyOrAll(ctx, args, false); }

Value list(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "list", args, 0, 1)) return Value::error();
    std::vector<Value> items;
    if (args.size() == 1 && !Iteration::collect(ctx, args[0], items)) return Value::error();
    return ctx.newList(std::move(items));
}

Value tuple(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "tuple", args, 0, 1)) return Value::error();
    if (args.size() == 1 && args[0].is<TupleObject>()) return args[0];
    std::vector<Value> items;
    if (args.size() == 1 && !Iteration::collect(ctx, args[0], items)) return Value::error();
    return ctx.newTuple(std::move(items));
}

Value dict(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "dict", args, 0, 1)) return Value::error();
    Value d = ctx.newDict();
    if (args.size() == 1 && !Collections::updateDict(ctx, d, args[0])) return Value::error();
    for (const KeywordArg& k : args.keywords) {
        if (!d.as<DictObject>()->set(ctx, ctx.newStr(k.name), k.value)) return Value::error();
    }
    return d;
}

Value setBuiltin(RuntimeContext& ctx, Args args, bool frozen) {
    if (!MethodSupport::arity(ctx, frozen ? "frozenset" : "set", args, 0, 1)) return Value::error();
    if (args.size() == 0) return ctx.newSet(frozen);
    return Collections::setFromIterable(ctx, args[0], frozen);
}
Value set(RuntimeContext& ctx, Args args) { return setBuiltin(ctx, args, false); }
Value frozenset(RuntimeContext& ctx, Args args) { return setBuiltin(ctx, args, true); }

Value reversed(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "reversed", args, 1, 1)) return Value::error();
    return Iteration::reversed(ctx, args[0]);
}

Value str(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "str", args, 0, 1)) return Value::error();
    if (args.size() == 0) return ctx.newStr(std::string());
    return TextConversion::str(ctx, args[0]);
}

Value repr(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "repr", args, 1, 1)) return Value::error();
    return TextConversion::repr(ctx, args[0]);
}

Value ascii(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "ascii", args, 1, 1)) return Value::error();
    return TextConversion::ascii(ctx, args[0]);
}

Value intBuiltin(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "int", args, 0, 2)) return Value::error();
    if (args.size() == 0) return Value::fromInt(0);
    Value baseValue = MethodSupport::argument(args, 1, "base");
    if (baseValue.isEmpty()) return NumberParsing::toInt(ctx, args[0]);
    std::int64_t base = 10;
    if (!MethodSupport::intArgument(ctx, baseValue, base)) return Value::error();
    auto* text = args[0].tryAs<StrObject>();
    if (!text) return ctx.raise(ErrorKind::TypeError, "int() can't convert non-string with explicit base");
    return NumberParsing::parseInt(ctx, text->view(), static_cast<int>(base));
}

Value floatBuiltin(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "float", args, 0, 1)) return Value::error();
    if (args.size() == 0) return Value::fromFloat(0.0);
    return NumberParsing::toFloat(ctx, args[0]);
}

Value format(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "format", args, 1, 2)) return Value::error();
    if (args.size() == 1) return FormatSpecFormatter::format(ctx, args[0], "");
    auto* spec = args[1].tryAs<StrObject>();
    if (!spec) {
        return ctx.raise(ErrorKind::TypeError, concat("format() argument 2 must be str, not ", RuntimeContext::typeName(args[1])));
    }
    return FormatSpecFormatter::format(ctx, args[0], spec->view());
}

Value hash(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "hash", args, 1, 1)) return Value::error();
    return Hashing::builtinHash(ctx, args[0]);
}

Value iter(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "iter", args, 1, 1)) return Value::error();
    return Iteration::iter(ctx, args[0]);
}

Value next(RuntimeContext& ctx, Args args) {
    if (!MethodSupport::arity(ctx, "next", args, 1, 2)) return Value::error();
    Value item = Iteration::next(ctx, args[0]);
    if (item.isEmpty()) {
        if (args.size() > 1) return args[1];
        return ctx.raise(ErrorKind::StopIteration, "");
    }
    return item;
}

// Rounds the exact decimal expansion of |x| at `digits` places after the point (negative:
// before it). halfEven picks Python 3's tie rule, otherwise ties go away from zero.
double roundExact(double x, std::int64_t digits, bool halfEven) {
    if (digits > 400) return x;
    if (digits < -400) return std::copysign(0.0, x);
    // %.1100f is exact for every double (glibc prints the full binary expansion).
    static thread_local char buffer[1500];
    std::snprintf(buffer, sizeof buffer, "%.1100f", std::fabs(x));
    std::string text(buffer);
    std::size_t point = text.find('.');
    std::string intPart = text.substr(0, point), fraction = text.substr(point + 1);
    std::string all = intPart + fraction;  // digits; the point sits after intPart.size()
    auto keep = static_cast<std::int64_t>(intPart.size()) + digits;  // digits kept from the left
    if (keep < 0) return std::copysign(0.0, x);
    std::string kept = all.substr(0, static_cast<std::size_t>(keep));
    std::string dropped = all.substr(static_cast<std::size_t>(keep));
    bool roundUp = false;
    if (!dropped.empty()) {
        bool aboveHalf = dropped[0] > '5' || (dropped[0] == '5' && dropped.find_first_not_of('0', 1) != std::string::npos);
        bool exactHalf = dropped[0] == '5' && !aboveHalf;
        int lastDigit = kept.empty() ? 0 : kept.back() - '0';
        roundUp = aboveHalf || (exactHalf && (!halfEven || lastDigit % 2 == 1));
    }
    if (roundUp) {
        int i = static_cast<int>(kept.size()) - 1;
        for (; i >= 0; --i) {
            if (kept[static_cast<std::size_t>(i)] == '9') {
                kept[static_cast<std::size_t>(i)] = '0';
            } else {
                ++kept[static_cast<std::size_t>(i)];
                break;
            }
        }
        if (i < 0) kept.insert(kept.begin(), '1');  // carried out: one more digit, same scale
    }
    // Rebuild "kept" as a number: kept digits then scale by 10^(intPart.size() - keep).
    std::string number = kept.empty() ? "0" : kept;
    number += 'e';
    number += std::to_string(static_cast<std::int64_t>(intPart.size()) - keep);
    double magnitude = std::strtod(number.c_str(), nullptr);
    return std::copysign(magnitude, x);
}

}  // namespace

Value Builtins::round(RuntimeContext& ctx, const Value& x, const Value& ndigitsValue) {
    const bool py2 = ctx.isPython2();
    bool haveDigits = !ndigitsValue.isEmpty() && !ndigitsValue.isNone();
    std::int64_t ndigits = 0;
    if (haveDigits && !MethodSupport::intArgument(ctx, ndigitsValue, ndigits)) return Value::error();
    if (x.isIntLike()) {
        std::int64_t value = x.asInt();
        if (haveDigits && ndigits < 0) {
            if (ndigits < -18) value = 0;
            else {
                std::int64_t scale = 1;
                for (std::int64_t i = 0; i < -ndigits; ++i) scale *= 10;
                std::int64_t quotient = value / scale, remainder = value % scale;
                if (remainder < 0) {
                    remainder += scale;
                    --quotient;
                }
                bool up = 2 * remainder > scale || (2 * remainder == scale && (py2 ? value >= 0 : (quotient % 2 != 0)));
                if (py2 && 2 * remainder == scale && value < 0) up = false;
                value = (quotient + (up ? 1 : 0)) * scale;
            }
        }
        return py2 ? Value::fromFloat(static_cast<double>(value)) : Value::fromInt(value);
    }
    if (!x.isFloat()) {
        return ctx.raise(ErrorKind::TypeError, concat("type ", RuntimeContext::typeName(x), " doesn't define __round__ method"));
    }
    double d = x.asFloat();
    if (!haveDigits && !py2) {
        if (std::isnan(d)) return ctx.raise(ErrorKind::ValueError, "cannot convert float NaN to integer");
        if (std::isinf(d)) return ctx.raise(ErrorKind::OverflowError, "cannot convert float infinity to integer");
        return NumberParsing::floatToInt(ctx, std::nearbyint(d));  // default rounding mode: half to even
    }
    if (!std::isfinite(d)) return Value::fromFloat(d);
    return Value::fromFloat(roundExact(d, ndigits, !py2));
}

Value Builtins::extreme(RuntimeContext& ctx, const CallArgs& args, bool wantMax) {
    std::string_view name = wantMax ? "max" : "min";
    if (args.size() == 0) return ctx.raise(ErrorKind::TypeError, concat(name, " expected at least 1 argument, got 0"));
    if (!MethodSupport::onlyKeywords(ctx, name, args, {"key", "default"})) return Value::error();
    Value key = MethodSupport::argument(args, 99, "key");
    const Value* fallback = args.keyword("default");
    std::vector<Value> items;
    if (args.size() == 1) {
        if (!Iteration::collect(ctx, args[0], items)) return Value::error();
    } else {
        if (fallback) {
            return ctx.raise(ErrorKind::TypeError, concat("Cannot specify a default for ", name, "() with multiple positional arguments"));
        }
        items.assign(args.positional.begin(), args.positional.end());
    }
    if (items.empty()) {
        if (fallback) return *fallback;
        return ctx.raise(ErrorKind::ValueError, concat(name, "() arg is an empty sequence"));
    }
    bool useKey = !key.isEmpty() && !key.isNone();
    Value best = items[0];
    Value bestKey = useKey ? ctx.call(key, std::span<const Value>(&items[0], 1)) : items[0];
    if (bestKey.isError()) return bestKey;
    for (std::size_t i = 1; i < items.size(); ++i) {
        Value k = useKey ? ctx.call(key, std::span<const Value>(&items[i], 1)) : items[i];
        if (k.isError()) return k;
        // Strict comparison keeps the first of equal items.
        int better = Comparison::compare(ctx, k, bestKey, wantMax ? CompareOp::Gt : CompareOp::Lt);
        if (better < 0) return Value::error();
        if (better) {
            best = items[i];
            bestKey = std::move(k);
        }
    }
    return best;
}

bool Builtins::isInstanceOfBuiltinType(const Value& v, std::string_view typeName, bool python2) {
    if (typeName == "object") return true;
    if (typeName == "int" || (python2 && typeName == "long")) return v.isIntLike();
    if (typeName == "bool") return v.isBool();
    if (typeName == "float") return v.isFloat();
    if (typeName == "NoneType") return v.isNone();
    if (typeName == "str" || (python2 && (typeName == "basestring" || typeName == "unicode"))) return v.is<StrObject>();
    if (typeName == "list") return v.is<ListObject>();
    if (typeName == "tuple") return v.is<TupleObject>();
    if (typeName == "dict") return v.is<DictObject>();
    if (typeName == "set") return v.is<SetObject>();
    if (typeName == "frozenset") return v.isKind(ObjectKind::FrozenSet);
    if (typeName == "range" || (python2 && typeName == "xrange")) return v.is<RangeObject>();
    return false;
}

NativeFunction Builtins::lookup(std::string_view name, bool python2) {
    static const std::unordered_map<std::string_view, NativeFunction> table = {
        {"len", len},         {"abs", abs},         {"min", min},           {"max", max},
        {"sum", sum},         {"sorted", sorted},   {"range", range},       {"enumerate", enumerate},
        {"zip", zip},         {"round", roundBuiltin}, {"divmod", divmod},  {"pow", pow},
        {"hex", hex},         {"oct", oct},         {"bin", bin},           {"chr", chr},
        {"ord", ord},         {"bool", boolBuiltin}, {"any", any},          {"all", all},
        {"list", list},       {"tuple", tuple},     {"dict", dict},         {"set", set},
        {"frozenset", frozenset}, {"reversed", reversed}, {"str", str},     {"repr", repr},
        {"int", intBuiltin},  {"float", floatBuiltin}, {"format", format},  {"hash", hash},
        {"iter", iter},       {"next", next},       {"ascii", ascii},       {"xrange", xrange},
        {"long", intBuiltin}, {"unichr", chr},
    };
    if (python2 && name == "ascii") return nullptr;
    if (!python2 && (name == "xrange" || name == "long" || name == "unichr")) return nullptr;
    auto found = table.find(name);
    return found == table.end() ? nullptr : found->second;
}

}  // namespace ts::script
