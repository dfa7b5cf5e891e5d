#pragma once
// ==, !=, <, <=, >, >=, `in` and truth value with CPython's results: exact int/float
// comparison, lexicographic list/tuple order, set inclusion order, and (Python 2 only) the old
// ordering of unrelated types instead of Python 3's TypeError.
#include <vector>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class Comparison {
public:
    // 1 equal, 0 not, -1 error raised.
    static int equal(RuntimeContext& ctx, const Value& a, const Value& b);
    // a OP b: 1 true, 0 false, -1 error raised.
    static int compare(RuntimeContext& ctx, const Value& a, const Value& b, CompareOp op);
    // The VM's COMPARE_OP: a bool Value or Error. Ints take an inline path.
    static Value compareValues(RuntimeContext& ctx, const Value& a, const Value& b, CompareOp op) {
        if (a.isInt() && b.isInt()) return Value::fromBool(intCompare(a.asInt(), b.asInt(), op));
        int r = compare(ctx, a, b, op);
        return r < 0 ? Value::error() : Value::fromBool(r != 0);
    }
    // item in container: 1, 0, or -1 after raising.
    static int contains(RuntimeContext& ctx, const Value& container, const Value& item);
    // bool(v): 1, 0, or -1 after raising.
    static int truthy(RuntimeContext& ctx, const Value& v) {
        switch (v.tag()) {
        case ValueTag::None: return 0;
        case ValueTag::Bool:
        case ValueTag::Int: return v.asInt() != 0;
        case ValueTag::Float: return v.asFloat() != 0.0;
        default: return truthyObject(ctx, v);
        }
    }

    static bool intCompare(std::int64_t a, std::int64_t b, CompareOp op) {
        switch (op) {
        case CompareOp::Lt: return a < b;
        case CompareOp::Le: return a <= b;
        case CompareOp::Eq: return a == b;
        case CompareOp::Ne: return a != b;
        case CompareOp::Gt: return a > b;
        case CompareOp::Ge: return a >= b;
        }
        return false;
    }
    // The operator's source text ("<=").
    static const char* symbol(CompareOp op);

private:
    static int truthyObject(RuntimeContext& ctx, const Value& v);
    static int compareNumbers(const Value& a, const Value& b, CompareOp op);
    static int compareSequences(RuntimeContext& ctx, const std::vector<Value>& a, const std::vector<Value>& b,
                                CompareOp op);
    static int compareSets(RuntimeContext& ctx, const Value& a, const Value& b, CompareOp op);
    static int equalDicts(RuntimeContext& ctx, const Value& a, const Value& b);
    static int orderUnrelated(RuntimeContext& ctx, const Value& a, const Value& b, CompareOp op);
};

}  // namespace ts::script
