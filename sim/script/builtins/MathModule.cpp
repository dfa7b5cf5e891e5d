#include "script/builtins/MathModule.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

#include "script/runtime/Arithmetic.h"
#include "script/runtime/Concat.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/Iteration.h"
#include "script/vm/Interpreter.h"
#include "script/vm/ModuleObject.h"

namespace ts::script {

namespace {

Value domainError(NativeCall& call) { return call.raise(call.vm.types().valueError, "math domain error"); }
Value rangeError(NativeCall& call) { return call.raise(call.vm.types().overflowError, "math range error"); }

// "math.sqrt() takes exactly one argument (2 given)" (Python 2: "sqrt() ...").
bool oneArgument(NativeCall& call, const char* name) {
    if (call.args.size() == 1) return true;
    call.raise(call.vm.types().typeError, concat(call.vm.isPython2() ? "" : "math.", name, "() takes exactly one argument (",
                                                 std::to_string(call.args.size()), " given)"));
    return false;
}

bool twoArguments(NativeCall& call, const char* name) {
    if (call.args.size() == 2) return true;
    call.raise(call.vm.types().typeError, concat(name, " expected 2 arguments, got ", std::to_string(call.args.size())));
    return false;
}

// A real number as a double; false after raising TypeError.
bool real(NativeCall& call, const Value& v, double& out) {
    if (v.isNumber()) {
        out = v.toDouble();
        return true;
    }
    call.raise(call.vm.types().typeError, call.vm.isPython2() ? std::string("a float is required")
                                                              : concat("must be real number, not ", RuntimeContext::typeName(v)));
    return false;
}

// The one real argument of a function of x; false after raising.
bool oneReal(NativeCall& call, const char* name, double& x) { return oneArgument(call, name) && real(call, call.args[0], x); }

// An int argument of the integer functions (factorial, gcd, isqrt, comb, perm).
bool integer(NativeCall& call, const Value& v, std::int64_t& out) {
    if (v.isIntLike()) {
        out = v.asInt();
        return true;
    }
    call.raise(call.vm.types().typeError, concat("'", RuntimeContext::typeName(v), "' object cannot be interpreted as an integer"));
    return false;
}

// CPython's math_1: a NaN from a number is a domain error; an infinity from a finite number is
// a range error where the function can overflow (exp, cosh), else a domain error (a pole).
Value checked(NativeCall& call, double x, double r, bool canOverflow) {
    if (std::isnan(r) && !std::isnan(x)) return domainError(call);
    if (std::isinf(r) && std::isfinite(x)) return canOverflow ? rangeError(call) : domainError(call);
    return Value::fromFloat(r);
}

// A float's integral value as an int (floor, ceil, trunc in Python 3).
Value toInt(NativeCall& call, double d) {
    if (std::isinf(d)) return call.raise(call.vm.types().overflowError, "cannot convert float infinity to integer");
    if (std::isnan(d)) return call.raise(call.vm.types().valueError, "cannot convert float NaN to integer");
    if (d >= 9223372036854775808.0 || d < -9223372036854775808.0) return call.ctx.raiseIntegerOverflow();
    return Value::fromInt(static_cast<std::int64_t>(d));
}

// floor / ceil: an int in Python 3 (an int argument is returned as it is), a float in Python 2.
Value rounded(NativeCall& call, const char* name, double (*round)(double)) {
    if (!oneArgument(call, name)) return Value::error();
    const Value& v = call.args[0];
    double x = 0;
    if (!real(call, v, x)) return Value::error();
    if (call.vm.isPython2()) return Value::fromFloat(round(x));
    if (v.isIntLike()) return Value::fromInt(v.asInt());
    return toInt(call, round(x));
}

// Sums exactly, then rounds once (Shewchuk's partials, as CPython's fsum): sum([0.1] * 10)
// is 0.9999999999999999, fsum of it 1.0.
double exactSum(const std::vector<double>& values) {
    std::vector<double> partials;
    for (double x : values) {
        std::size_t used = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            const double high = x + y;
            const double low = y - (high - x);
            if (low != 0.0) partials[used++] = low;
            x = high;
        }
        partials.resize(used);
        partials.push_back(x);
    }
    if (partials.empty()) return 0.0;
    // Add the partials from the largest down, rounding the last step half-even as CPython does.
    std::size_t n = partials.size();
    double high = partials[--n];
    double low = 0.0;
    while (n > 0) {
        const double x = high;
        const double y = partials[--n];
        high = x + y;
        low = y - (high - x);
        if (low != 0.0) break;
    }
    if (n > 0 && ((low < 0.0 && partials[n - 1] < 0.0) || (low > 0.0 && partials[n - 1] > 0.0))) {
        const double y = low * 2.0;
        const double x = high + y;
        if (y == x - high) high = x;
    }
    return high;
}

bool multiply(std::int64_t a, std::int64_t b, std::int64_t& out) { return !__builtin_mul_overflow(a, b, &out); }

void defineUnary(Interpreter& vm, const Value& dict, const char* name, double (*fn)(double), bool canOverflow) {
    vm.defineNative(dict, name, [name, fn, canOverflow](NativeCall& call) -> Value {
        double x = 0;
        if (!oneReal(call, name, x)) return Value::error();
        return checked(call, x, fn(x), canOverflow);
    });
}

void definePredicate(Interpreter& vm, const Value& dict, const char* name, bool (*test)(double)) {
    vm.defineNative(dict, name, [name, test](NativeCall& call) -> Value {
        double x = 0;
        if (!oneReal(call, name, x)) return Value::error();
        return Value::fromBool(test(x));
    });
}

void defineBinary(Interpreter& vm, const Value& dict, const char* name, double (*fn)(double, double)) {
    vm.defineNative(dict, name, [name, fn](NativeCall& call) -> Value {
        double x = 0;
        double y = 0;
        if (!twoArguments(call, name) || !real(call, call.args[0], x) || !real(call, call.args[1], y)) return Value::error();
        return Value::fromFloat(fn(x, y));
    });
}

void defineRealFunctions(Interpreter& vm, const Value& dict, bool python2) {
    defineUnary(vm, dict, "sqrt", [](double x) { return std::sqrt(x); }, false);
    defineUnary(vm, dict, "exp", [](double x) { return std::exp(x); }, true);
    defineUnary(vm, dict, "expm1", [](double x) { return std::expm1(x); }, true);
    defineUnary(vm, dict, "log1p", [](double x) { return x <= -1.0 ? std::nan("") : std::log1p(x); }, false);
    defineUnary(vm, dict, "log10", [](double x) { return x <= 0.0 ? std::nan("") : std::log10(x); }, false);
    if (!python2) defineUnary(vm, dict, "log2", [](double x) { return x <= 0.0 ? std::nan("") : std::log2(x); }, false);
    defineUnary(vm, dict, "sin", [](double x) { return std::sin(x); }, false);
    defineUnary(vm, dict, "cos", [](double x) { return std::cos(x); }, false);
    defineUnary(vm, dict, "tan", [](double x) { return std::tan(x); }, false);
    defineUnary(vm, dict, "asin", [](double x) { return std::asin(x); }, false);
    defineUnary(vm, dict, "acos", [](double x) { return std::acos(x); }, false);
    defineUnary(vm, dict, "atan", [](double x) { return std::atan(x); }, false);
    defineUnary(vm, dict, "sinh", [](double x) { return std::sinh(x); }, true);
    defineUnary(vm, dict, "cosh", [](double x) { return std::cosh(x); }, true);
    defineUnary(vm, dict, "tanh", [](double x) { return std::tanh(x); }, false);
    defineUnary(vm, dict, "erf", [](double x) { return std::erf(x); }, false);
    defineUnary(vm, dict, "erfc", [](double x) { return std::erfc(x); }, false);
    defineUnary(vm, dict, "fabs", [](double x) { return std::fabs(x); }, false);
    defineUnary(vm, dict, "degrees", [](double x) { return x * (180.0 / std::numbers::pi); }, true);
    defineUnary(vm, dict, "radians", [](double x) { return x * (std::numbers::pi / 180.0); }, false);
    defineBinary(vm, dict, "atan2", [](double y, double x) { return std::atan2(y, x); });
    defineBinary(vm, dict, "copysign", [](double x, double y) { return std::copysign(x, y); });

    vm.defineNative(dict, "floor", [](NativeCall& call) { return rounded(call, "floor", [](double x) { return std::floor(x); }); });
    vm.defineNative(dict, "ceil", [](NativeCall& call) { return rounded(call, "ceil", [](double x) { return std::ceil(x); }); });
    vm.defineNative(dict, "trunc", [](NativeCall& call) -> Value {
        double x = 0;
        if (!oneReal(call, "trunc", x)) return Value::error();
        return call.args[0].isIntLike() ? Value::fromInt(call.args[0].asInt()) : toInt(call, std::trunc(x));
    });
    vm.defineNative(dict, "log", [](NativeCall& call) -> Value {
        if (call.args.size() < 1 || call.args.size() > 2) {
            return call.raise(call.vm.types().typeError, concat("log expected at least 1 argument", call.args.size() > 2 ? "s" : "",
                                                                ", got ", std::to_string(call.args.size())));
        }
        double x = 0;
        if (!real(call, call.args[0], x)) return Value::error();
        if (x <= 0.0) return domainError(call);
        double result = std::log(x);
        if (call.args.size() == 2) {
            double base = 0;
            if (!real(call, call.args[1], base)) return Value::error();
            if (base <= 0.0) return domainError(call);
            const double divisor = std::log(base);
            if (divisor == 0.0) return call.raise(call.vm.types().zeroDivisionError, "float division by zero");
            result /= divisor;
        }
        return Value::fromFloat(result);
    });
    vm.defineNative(dict, "pow", [](NativeCall& call) -> Value {
        double x = 0;
        double y = 0;
        if (!twoArguments(call, "pow") || !real(call, call.args[0], x) || !real(call, call.args[1], y)) return Value::error();
        if (x == 0.0 && y < 0.0) return domainError(call);
        const double r = std::pow(x, y);
        if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domainError(call);
        if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return rangeError(call);
        return Value::fromFloat(r);
    });
    vm.defineNative(dict, "hypot", [](NativeCall& call) -> Value {
        double sumOfSquares = 0;  // two coordinates: std::hypot, as CPython's result
        if (call.args.size() == 2) {
            double x = 0;
            double y = 0;
            if (!real(call, call.args[0], x) || !real(call, call.args[1], y)) return Value::error();
            return Value::fromFloat(std::hypot(x, y));
        }
        if (call.vm.isPython2()) return twoArguments(call, "hypot") ? Value::none() : Value::error();
        for (std::size_t i = 0; i < call.args.size(); ++i) {
            double x = 0;
            if (!real(call, call.args[i], x)) return Value::error();
            sumOfSquares += x * x;
        }
        return Value::fromFloat(std::sqrt(sumOfSquares));
    });
    vm.defineNative(dict, "fmod", [](NativeCall& call) -> Value {
        double x = 0;
        double y = 0;
        if (!twoArguments(call, "fmod") || !real(call, call.args[0], x) || !real(call, call.args[1], y)) return Value::error();
        if (y == 0.0 || std::isinf(x)) return domainError(call);
        return Value::fromFloat(std::fmod(x, y));
    });
    vm.defineNative(dict, "modf", [](NativeCall& call) -> Value {
        double x = 0;
        if (!oneReal(call, "modf", x)) return Value::error();
        double whole = 0;
        const double fraction = std::modf(x, &whole);
        return call.ctx.newTuple({Value::fromFloat(fraction), Value::fromFloat(whole)});
    });
    vm.defineNative(dict, "frexp", [](NativeCall& call) -> Value {
        double x = 0;
        if (!oneReal(call, "frexp", x)) return Value::error();
        int exponent = 0;
        const double mantissa = std::frexp(x, &exponent);
        return call.ctx.newTuple({Value::fromFloat(mantissa), Value::fromInt(exponent)});
    });
    vm.defineNative(dict, "ldexp", [](NativeCall& call) -> Value {
        double x = 0;
        std::int64_t i = 0;
        if (!twoArguments(call, "ldexp") || !real(call, call.args[0], x) || !integer(call, call.args[1], i)) return Value::error();
        const double r = std::ldexp(x, static_cast<int>(std::clamp<std::int64_t>(i, -100000, 100000)));
        if (std::isinf(r) && std::isfinite(x)) return rangeError(call);
        return Value::fromFloat(r);
    });
    definePredicate(vm, dict, "isnan", [](double x) { return static_cast<bool>(std::isnan(x)); });
    definePredicate(vm, dict, "isinf", [](double x) { return static_cast<bool>(std::isinf(x)); });
    vm.defineNative(dict, "fsum", [](NativeCall& call) -> Value {
        if (!oneArgument(call, "fsum")) return Value::error();
        std::vector<Value> items;
        if (!Iteration::collect(call.ctx, call.args[0], items)) return Value::error();
        std::vector<double> values;
        values.reserve(items.size());
        for (const Value& item : items) {
            double x = 0;
            if (!real(call, item, x)) return Value::error();
            values.push_back(x);
        }
        return Value::fromFloat(exactSum(values));
    });
}

void definePython3Functions(Interpreter& vm, const Value& dict) {
    definePredicate(vm, dict, "isfinite", [](double x) { return static_cast<bool>(std::isfinite(x)); });
    vm.defineNative(dict, "isclose", [](NativeCall& call) -> Value {
        double a = 0;
        double b = 0;
        if (!twoArguments(call, "isclose") || !real(call, call.args[0], a) || !real(call, call.args[1], b)) return Value::error();
        double relTol = 1e-09;
        double absTol = 0.0;
        if (const Value* v = call.args.keyword("rel_tol"); v && !real(call, *v, relTol)) return Value::error();
        if (const Value* v = call.args.keyword("abs_tol"); v && !real(call, *v, absTol)) return Value::error();
        if (relTol < 0.0 || absTol < 0.0) return call.raise(call.vm.types().valueError, "tolerances must be non-negative");
        if (a == b) return Value::fromBool(true);
        if (std::isinf(a) || std::isinf(b)) return Value::fromBool(false);
        const double diff = std::fabs(b - a);
        return Value::fromBool(diff <= std::fabs(relTol * b) || diff <= std::fabs(relTol * a) || diff <= absTol);
    });
    vm.defineNative(dict, "gcd", [](NativeCall& call) -> Value {
        std::int64_t result = 0;
        for (std::size_t i = 0; i < call.args.size(); ++i) {
            std::int64_t n = 0;
            if (!integer(call, call.args[i], n)) return Value::error();
            if (n == std::numeric_limits<std::int64_t>::min()) return call.ctx.raiseIntegerOverflow();
            n = n < 0 ? -n : n;
            while (n != 0) {
                const std::int64_t r = result % n;
                result = n;
                n = r;
            }
        }
        return Value::fromInt(result);
    });
    vm.defineNative(dict, "isqrt", [](NativeCall& call) -> Value {
        std::int64_t n = 0;
        if (!oneArgument(call, "isqrt") || !integer(call, call.args[0], n)) return Value::error();
        if (n < 0) return call.raise(call.vm.types().valueError, "isqrt() argument must be nonnegative");
        auto root = static_cast<std::int64_t>(std::sqrt(static_cast<double>(n)));
        while (root > 0 && root > n / root) --root;  // the double's root may be one too large
        while ((root + 1) <= n / (root + 1)) ++root;
        return Value::fromInt(root);
    });
    // comb(n, k) and perm(n, k): multiplied up step by step, exactly, as long as 64 bits hold.
    auto combinatorial = [&vm, &dict](const char* name, bool ordered) {
        vm.defineNative(dict, name, [name, ordered](NativeCall& call) -> Value {
            if (call.args.size() < (ordered ? 1u : 2u) || call.args.size() > 2) {
                return call.raise(call.vm.types().typeError, concat(name, " expected 2 arguments, got ", std::to_string(call.args.size())));
            }
            std::int64_t n = 0;
            std::int64_t k = 0;
            if (!integer(call, call.args[0], n)) return Value::error();
            if (call.args.size() == 1) k = n;
            else if (!integer(call, call.args[1], k)) return Value::error();
            if (n < 0) return call.raise(call.vm.types().valueError, "n must be a non-negative integer");
            if (k < 0) return call.raise(call.vm.types().valueError, "k must be a non-negative integer");
            if (k > n) return Value::fromInt(0);
            if (!ordered) k = std::min(k, n - k);
            std::int64_t result = 1;
            for (std::int64_t i = 1; i <= k; ++i) {
                if (!multiply(result, n - k + i, result)) return call.ctx.raiseIntegerOverflow();
                if (!ordered) result /= i;  // exact: a product of i consecutive integers
            }
            return Value::fromInt(result);
        });
    };
    combinatorial("comb", false);
    combinatorial("perm", true);
    vm.defineNative(dict, "prod", [](NativeCall& call) -> Value {
        if (call.args.size() != 1) {
            return call.raise(call.vm.types().typeError, concat("prod() takes exactly 1 positional argument (",
                                                                std::to_string(call.args.size()), " given)"));
        }
        std::vector<Value> items;
        if (!Iteration::collect(call.ctx, call.args[0], items)) return Value::error();
        Value product = Value::fromInt(1);
        if (const Value* start = call.args.keyword("start")) product = *start;
        for (const Value& item : items) {
            product = Arithmetic::multiply(call.ctx, product, item);
            if (product.isError()) return product;
        }
        return product;
    });
    vm.defineNative(dict, "dist", [](NativeCall& call) -> Value {
        if (!twoArguments(call, "dist")) return Value::error();
        std::vector<Value> p;
        std::vector<Value> q;
        if (!Iteration::collect(call.ctx, call.args[0], p) || !Iteration::collect(call.ctx, call.args[1], q)) return Value::error();
        if (p.size() != q.size()) return call.raise(call.vm.types().valueError, "both points must have the same number of dimensions");
        if (p.size() == 2) {
            double a[4] = {};
            for (std::size_t i = 0; i < 2; ++i) {
                if (!real(call, p[i], a[i]) || !real(call, q[i], a[i + 2])) return Value::error();
            }
            return Value::fromFloat(std::hypot(a[0] - a[2], a[1] - a[3]));
        }
        double sum = 0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            double x = 0;
            double y = 0;
            if (!real(call, p[i], x) || !real(call, q[i], y)) return Value::error();
            sum += (x - y) * (x - y);
        }
        return Value::fromFloat(std::sqrt(sum));
    });
}

}  // namespace

bool MathModule::fill(Interpreter& vm, ModuleObject& module) {
    const bool python2 = vm.isPython2();
    const Value& dict = module.globals;
    auto* globals = dict.as<DictObject>();
    RuntimeContext& ctx = vm.context();
    globals->set(ctx, vm.intern("pi"), Value::fromFloat(std::numbers::pi));
    globals->set(ctx, vm.intern("e"), Value::fromFloat(std::numbers::e));
    if (!python2) {
        globals->set(ctx, vm.intern("tau"), Value::fromFloat(2 * std::numbers::pi));
        globals->set(ctx, vm.intern("inf"), Value::fromFloat(std::numeric_limits<double>::infinity()));
        globals->set(ctx, vm.intern("nan"), Value::fromFloat(std::numeric_limits<double>::quiet_NaN()));
    }
    defineRealFunctions(vm, dict, python2);
    if (!python2) definePython3Functions(vm, dict);
    // factorial: Python 2 also takes a float with an integral value.
    vm.defineNative(dict, "factorial", [](NativeCall& call) -> Value {
        if (!oneArgument(call, "factorial")) return Value::error();
        const Value& v = call.args[0];
        std::int64_t n = 0;
        if (call.vm.isPython2() && v.isFloat()) {
            if (v.asFloat() != std::floor(v.asFloat())) return call.raise(call.vm.types().valueError, "factorial() only accepts integral values");
            n = static_cast<std::int64_t>(v.asFloat());
        } else if (!integer(call, v, n)) {
            return Value::error();
        }
        if (n < 0) return call.raise(call.vm.types().valueError, "factorial() not defined for negative values");
        std::int64_t result = 1;
        for (std::int64_t i = 2; i <= n; ++i) {
            if (!multiply(result, i, result)) return call.ctx.raiseIntegerOverflow();
        }
        return Value::fromInt(result);
    });
    return true;
}

}  // namespace ts::script
