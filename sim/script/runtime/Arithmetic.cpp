#include "script/runtime/Concat.h"
#include "script/runtime/Arithmetic.h"

#include <cerrno>
#include <cmath>
#include <string>

#include "script/runtime/Collections.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/PercentFormatter.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"

namespace ts::script {

namespace {

Value zeroDivision(RuntimeContext& ctx, const char* message) { return ctx.raise(ErrorKind::ZeroDivisionError, message); }

std::string typeOf(const Value& v) { return std::string(RuntimeContext::typeName(v)); }

// Sequence repetition: list, tuple and str times a count.
Value repeat(RuntimeContext& ctx, const Value& sequence, std::int64_t count) {
    if (count < 0) count = 0;
    if (auto* str = sequence.tryAs<StrObject>()) {
        const std::string& text = str->text();
        if (text.empty() || count == 0) return ctx.newStr(std::string());
        if (static_cast<std::uint64_t>(count) > (std::uint64_t{1} << 40) / text.size() ||
            ctx.heap().wouldExceed(static_cast<std::uint64_t>(count), text.size())) {
            return ctx.raise(ErrorKind::MemoryError, "");
        }
        std::string out;
        out.reserve(text.size() * static_cast<std::size_t>(count));
        for (std::int64_t i = 0; i < count; ++i) out += text;
        return ctx.newStr(std::move(out));
    }
    const std::vector<Value>& items =
        sequence.is<ListObject>() ? sequence.as<ListObject>()->items() : sequence.as<TupleObject>()->items();
    if (!items.empty() && (static_cast<std::uint64_t>(count) > (std::uint64_t{1} << 36) / items.size() ||
                           ctx.heap().wouldExceed(static_cast<std::uint64_t>(count) * items.size(),
                                                  sizeof(Value)))) {
        return ctx.raise(ErrorKind::MemoryError, "");
    }
    std::vector<Value> out;
    out.reserve(items.size() * static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) out.insert(out.end(), items.begin(), items.end());
    return sequence.is<ListObject>() ? ctx.newList(std::move(out)) : ctx.newTuple(std::move(out));
}

bool isSequence(const Value& v) { return v.is<StrObject>() || v.is<ListObject>() || v.is<TupleObject>(); }

}  // namespace

const char* Arithmetic::symbol(BinaryOp op) {
    switch (op) {
    case BinaryOp::Add: return "+";
    case BinaryOp::Subtract: return "-";
    case BinaryOp::Multiply: return "*";
    case BinaryOp::TrueDivide: return "/";
    case BinaryOp::FloorDivide: return "//";
    case BinaryOp::Modulo: return "%";
    case BinaryOp::Power: return "** or pow()";
    case BinaryOp::LeftShift: return "<<";
    case BinaryOp::RightShift: return ">>";
    case BinaryOp::BitAnd: return "&";
    case BinaryOp::BitOr: return "|";
    case BinaryOp::BitXor: return "^";
    }
    return "?";
}

double Arithmetic::floatModulo(double a, double b) {
    double mod = std::fmod(a, b);
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = std::copysign(0.0, b);
    }
    return mod;
}

double Arithmetic::floatFloorDivide(double a, double b) {
    double mod = std::fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0 && (b < 0) != (mod < 0)) div -= 1.0;
    if (div == 0.0) return std::copysign(0.0, a / b);
    double floorDiv = std::floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1.0;
    return floorDiv;
}

Value Arithmetic::intPower(RuntimeContext& ctx, std::int64_t base, std::int64_t exponent) {
    if (exponent < 0) {
        if (base == 0) return zeroDivision(ctx, "0.0 cannot be raised to a negative power");
        return Value::fromFloat(std::pow(static_cast<double>(base), static_cast<double>(exponent)));
    }
    std::int64_t result = 1;
    std::int64_t factor = base;
    while (exponent > 0) {
        if (exponent & 1) {
            if (__builtin_mul_overflow(result, factor, &result)) return ctx.raiseIntegerOverflow();
        }
        exponent >>= 1;
        if (exponent > 0 && __builtin_mul_overflow(factor, factor, &factor)) return ctx.raiseIntegerOverflow();
    }
    return Value::fromInt(result);
}

Value Arithmetic::intOp(RuntimeContext& ctx, BinaryOp op, std::int64_t a, std::int64_t b, bool bothBool) {
    std::int64_t r = 0;
    switch (op) {
    case BinaryOp::Add:
        if (__builtin_add_overflow(a, b, &r)) return ctx.raiseIntegerOverflow();
        return Value::fromInt(r);
    case BinaryOp::Subtract:
        if (__builtin_sub_overflow(a, b, &r)) return ctx.raiseIntegerOverflow();
        return Value::fromInt(r);
    case BinaryOp::Multiply:
        if (__builtin_mul_overflow(a, b, &r)) return ctx.raiseIntegerOverflow();
        return Value::fromInt(r);
    case BinaryOp::TrueDivide:
        if (ctx.isPython2()) {
            if (b == 0) return zeroDivision(ctx, "integer division or modulo by zero");
            return intOp(ctx, BinaryOp::FloorDivide, a, b, false);
        }
        if (b == 0) return zeroDivision(ctx, "division by zero");
        return Value::fromFloat(static_cast<double>(a) / static_cast<double>(b));
    case BinaryOp::FloorDivide: {
        if (b == 0) return zeroDivision(ctx, "integer division or modulo by zero");
        if (a == INT64_MIN && b == -1) return ctx.raiseIntegerOverflow();
        std::int64_t q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
        return Value::fromInt(q);
    }
    case BinaryOp::Modulo: {
        if (b == 0) {
            return zeroDivision(ctx, ctx.isPython2() ? "integer division or modulo by zero" : "integer modulo by zero");
        }
        if (b == -1) return Value::fromInt(0);
        std::int64_t m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) m += b;
        return Value::fromInt(m);
    }
    case BinaryOp::Power: return intPower(ctx, a, b);
    case BinaryOp::LeftShift:
        if (b < 0) return ctx.raise(ErrorKind::ValueError, "negative shift count");
        if (a == 0) return Value::fromInt(0);
        if (b >= 63) return ctx.raiseIntegerOverflow();
        r = static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << b);
        if ((r >> b) != a) return ctx.raiseIntegerOverflow();
        return Value::fromInt(r);
    case BinaryOp::RightShift:
        if (b < 0) return ctx.raise(ErrorKind::ValueError, "negative shift count");
        return Value::fromInt(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case BinaryOp::BitAnd: return bothBool ? Value::fromBool(a & b) : Value::fromInt(a & b);
    case BinaryOp::BitOr: return bothBool ? Value::fromBool(a | b) : Value::fromInt(a | b);
    case BinaryOp::BitXor: return bothBool ? Value::fromBool(a ^ b) : Value::fromInt(a ^ b);
    }
    return Value::error();
}

Value Arithmetic::floatOp(RuntimeContext& ctx, BinaryOp op, double a, double b) {
    switch (op) {
    case BinaryOp::Add: return Value::fromFloat(a + b);
    case BinaryOp::Subtract: return Value::fromFloat(a - b);
    case BinaryOp::Multiply: return Value::fromFloat(a * b);
    case BinaryOp::TrueDivide:
        if (b == 0.0) return zeroDivision(ctx, "float division by zero");
        return Value::fromFloat(a / b);
    case BinaryOp::FloorDivide:
        if (b == 0.0) return zeroDivision(ctx, ctx.isPython2() ? "float divmod()" : "float floor division by zero");
        return Value::fromFloat(floatFloorDivide(a, b));
    case BinaryOp::Modulo:
        if (b == 0.0) return zeroDivision(ctx, "float modulo");
        return Value::fromFloat(floatModulo(a, b));
    case BinaryOp::Power: {
        if (a == 0.0 && b < 0.0) return zeroDivision(ctx, "0.0 cannot be raised to a negative power");
        if (a < 0.0 && b != std::floor(b) && std::isfinite(b)) {
            // CPython 3 returns a complex number here; timeslice has no complex type.
            return ctx.raise(ErrorKind::ValueError, "negative number cannot be raised to a fractional power");
        }
        double r = std::pow(a, b);
        if (std::isinf(r) && std::isfinite(a) && std::isfinite(b)) {
            return ctx.raise(ErrorKind::OverflowError, "(34, 'Numerical result out of range')");
        }
        return Value::fromFloat(r);
    }
    default: return Value::error();
    }
}

Value Arithmetic::binary(RuntimeContext& ctx, BinaryOp op, const Value& a, const Value& b) {
    if (a.isIntLike() && b.isIntLike()) return intOp(ctx, op, a.asInt(), b.asInt(), a.isBool() && b.isBool());
    if (a.isNumber() && b.isNumber()) {
        if (op >= BinaryOp::LeftShift) return ctx.raiseUnsupportedOperands(symbol(op), a, b);
        return floatOp(ctx, op, a.toDouble(), b.toDouble());
    }
    return objectOp(ctx, op, a, b);
}

Value Arithmetic::objectOp(RuntimeContext& ctx, BinaryOp op, const Value& a, const Value& b) {
    switch (op) {
    case BinaryOp::Add: {
        if (a.is<StrObject>()) {
            if (b.is<StrObject>()) return ctx.newStr(a.as<StrObject>()->text() + b.as<StrObject>()->text());
            if (ctx.isPython2()) {
                return ctx.raise(ErrorKind::TypeError, concat("cannot concatenate 'str' and '", typeOf(b), "' objects"));
            }
            return ctx.raise(ErrorKind::TypeError, concat("can only concatenate str (not \"", typeOf(b), "\") to str"));
        }
        if (a.is<ListObject>() || a.is<TupleObject>()) {
            if (b.isObject() && b.asObject()->kind() == a.asObject()->kind()) {
                const auto& x = a.is<ListObject>() ? a.as<ListObject>()->items() : a.as<TupleObject>()->items();
                const auto& y = b.is<ListObject>() ? b.as<ListObject>()->items() : b.as<TupleObject>()->items();
                std::vector<Value> items;
                items.reserve(x.size() + y.size());
                items.insert(items.end(), x.begin(), x.end());
                items.insert(items.end(), y.begin(), y.end());
                return a.is<ListObject>() ? ctx.newList(std::move(items)) : ctx.newTuple(std::move(items));
            }
            std::string name = typeOf(a);
            return ctx.raise(ErrorKind::TypeError, concat("can only concatenate ", name, " (not \"", typeOf(b), "\") to ", name));
        }
        break;
    }
    case BinaryOp::Multiply: {
        const Value* sequence = isSequence(a) ? &a : (isSequence(b) ? &b : nullptr);
        if (sequence) {
            const Value& count = sequence == &a ? b : a;
            if (count.isIntLike()) return repeat(ctx, *sequence, count.asInt());
            if (count.isNumber() || count.isObject() || count.isNone()) {
                if (count.isObject() && count.asObject()->kind() >= ObjectKind::FirstVmKind) break;
                return ctx.raise(ErrorKind::TypeError, concat("can't multiply sequence by non-int of type '", typeOf(count), "'"));
            }
        }
        break;
    }
    case BinaryOp::Modulo:
        if (a.is<StrObject>()) return PercentFormatter::format(ctx, a.as<StrObject>()->view(), b);
        break;
    case BinaryOp::Subtract:
    case BinaryOp::BitAnd:
    case BinaryOp::BitOr:
    case BinaryOp::BitXor:
        if (isAnySet(a) && isAnySet(b)) return Collections::setOperation(ctx, op, a, b);
        if (op == BinaryOp::BitOr && a.is<DictObject>() && b.is<DictObject>() && !ctx.isPython2()) {
            Value merged = Collections::copyDict(ctx, a);
            if (!Collections::updateDict(ctx, merged, b)) return Value::error();
            return merged;
        }
        break;
    default: break;
    }
    return ctx.raiseUnsupportedOperands(symbol(op), a, b);
}

Value Arithmetic::inPlace(RuntimeContext& ctx, BinaryOp op, const Value& a, const Value& b) {
    if (auto* list = a.tryAs<ListObject>()) {
        if (op == BinaryOp::Add) {
            std::vector<Value> items;
            if (!Iteration::collect(ctx, b, items)) return Value::error();
            list->items().insert(list->items().end(), items.begin(), items.end());
            list->noteResized();
            return a;
        }
        if (op == BinaryOp::Multiply && b.isIntLike()) {
            Value repeated = repeat(ctx, a, b.asInt());
            if (repeated.isError()) return repeated;
            list->items() = repeated.as<ListObject>()->items();
            list->noteResized();
            return a;
        }
    }
    if (a.is<SetObject>() && isAnySet(b) &&
        (op == BinaryOp::BitOr || op == BinaryOp::BitAnd || op == BinaryOp::Subtract || op == BinaryOp::BitXor)) {
        Value result = Collections::setOperation(ctx, op, a, b);
        if (result.isError()) return result;
        auto* target = a.as<SetObject>();
        target->table() = result.as<SetObject>()->table();
        target->noteChanged();
        return a;
    }
    if (op == BinaryOp::BitOr && a.is<DictObject>() && !ctx.isPython2()) {
        if (!Collections::updateDict(ctx, a, b)) return Value::error();
        return a;
    }
    Value result = binary(ctx, op, a, b);
    if (result.isError() && ctx.error().message.starts_with("unsupported operand type(s) for ")) {
        ctx.raiseUnsupportedOperands(std::string(symbol(op)) + "=", a, b);
    }
    return result;
}

Value Arithmetic::negate(RuntimeContext& ctx, const Value& a) {
    if (a.isIntLike()) {
        if (a.asInt() == INT64_MIN) return ctx.raiseIntegerOverflow();
        return Value::fromInt(-a.asInt());
    }
    if (a.isFloat()) return Value::fromFloat(-a.asFloat());
    return ctx.raise(ErrorKind::TypeError, concat("bad operand type for unary -: '", typeOf(a), "'"));
}

Value Arithmetic::positive(RuntimeContext& ctx, const Value& a) {
    if (a.isIntLike()) return Value::fromInt(a.asInt());
    if (a.isFloat()) return a;
    return ctx.raise(ErrorKind::TypeError, concat("bad operand type for unary +: '", typeOf(a), "'"));
}

Value Arithmetic::invert(RuntimeContext& ctx, const Value& a) {
    if (a.isIntLike()) return Value::fromInt(~a.asInt());
    return ctx.raise(ErrorKind::TypeError, concat("bad operand type for unary ~: '", typeOf(a), "'"));
}

Value Arithmetic::absolute(RuntimeContext& ctx, const Value& a) {
    if (a.isIntLike()) {
        if (a.asInt() == INT64_MIN) return ctx.raiseIntegerOverflow();
        return Value::fromInt(a.asInt() < 0 ? -a.asInt() : a.asInt());
    }
    if (a.isFloat()) return Value::fromFloat(std::fabs(a.asFloat()));
    return ctx.raise(ErrorKind::TypeError, concat("bad operand type for abs(): '", typeOf(a), "'"));
}

Value Arithmetic::divmod(RuntimeContext& ctx, const Value& a, const Value& b) {
    if (a.isNumber() && b.isNumber() && !(a.isIntLike() && b.isIntLike()) && b.toDouble() == 0.0) {
        return zeroDivision(ctx, "float divmod()");
    }
    if (a.isIntLike() && b.isIntLike() && b.asInt() == 0) {
        return zeroDivision(ctx, "integer division or modulo by zero");
    }
    if (!a.isNumber() || !b.isNumber()) return ctx.raiseUnsupportedOperands("divmod()", a, b);
    Value q = binary(ctx, BinaryOp::FloorDivide, a, b);
    if (q.isError()) return q;
    Value r = binary(ctx, BinaryOp::Modulo, a, b);
    if (r.isError()) return r;
    return ctx.newTuple({std::move(q), std::move(r)});
}

}  // namespace ts::script
