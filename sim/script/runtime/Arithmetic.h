#pragma once
// Python's arithmetic and bitwise operators over int, bool, float, str, list, tuple, set and
// dict with CPython's results and messages. ints are 64-bit: a result that does not fit raises
// OverflowError instead of wrapping. add/subtract/multiply keep the int+int case inline for the
// VM's hot loop; everything else goes through binary().
#include <cstdint>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

enum class BinaryOp : std::uint8_t {
    Add,
    Subtract,
    Multiply,
    TrueDivide,  // `/` (floor division on ints under Python 2)
    FloorDivide,
    Modulo,
    Power,
    LeftShift,
    RightShift,
    BitAnd,
    BitOr,
    BitXor,
};

class Arithmetic {
public:
    static Value add(RuntimeContext& ctx, const Value& a, const Value& b) {
        std::int64_t r;
        if (a.isInt() && b.isInt() && !__builtin_add_overflow(a.asInt(), b.asInt(), &r)) return Value::fromInt(r);
        return binary(ctx, BinaryOp::Add, a, b);
    }
    static Value subtract(RuntimeContext& ctx, const Value& a, const Value& b) {
        std::int64_t r;
        if (a.isInt() && b.isInt() && !__builtin_sub_overflow(a.asInt(), b.asInt(), &r)) return Value::fromInt(r);
        return binary(ctx, BinaryOp::Subtract, a, b);
    }
    static Value multiply(RuntimeContext& ctx, const Value& a, const Value& b) {
        std::int64_t r;
        if (a.isInt() && b.isInt() && !__builtin_mul_overflow(a.asInt(), b.asInt(), &r)) return Value::fromInt(r);
        return binary(ctx, BinaryOp::Multiply, a, b);
    }

    // a OP b; Error after raising.
    static Value binary(RuntimeContext& ctx, BinaryOp op, const Value& a, const Value& b);
    // a OP= b: lists extend and sets update in place (a is returned); else as binary().
    static Value inPlace(RuntimeContext& ctx, BinaryOp op, const Value& a, const Value& b);

    static Value negate(RuntimeContext& ctx, const Value& a);
    static Value positive(RuntimeContext& ctx, const Value& a);
    static Value invert(RuntimeContext& ctx, const Value& a);
    static Value absolute(RuntimeContext& ctx, const Value& a);
    // divmod(a, b): a tuple (q, r).
    static Value divmod(RuntimeContext& ctx, const Value& a, const Value& b);

    // The operator as CPython's messages spell it ("** or pow()").
    static const char* symbol(BinaryOp op);

    // Floor division and modulo on floats with Python's sign rules.
    static double floatModulo(double a, double b);
    static double floatFloorDivide(double a, double b);

private:
    static Value intOp(RuntimeContext& ctx, BinaryOp op, std::int64_t a, std::int64_t b, bool bothBool);
    static Value floatOp(RuntimeContext& ctx, BinaryOp op, double a, double b);
    static Value intPower(RuntimeContext& ctx, std::int64_t base, std::int64_t exponent);
    static Value objectOp(RuntimeContext& ctx, BinaryOp op, const Value& a, const Value& b);
};

}  // namespace ts::script
