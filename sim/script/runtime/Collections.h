#pragma once
// Operations shared by the container methods, operators and builtins: stable sorting with a
// key callback, set algebra, dict copy/update, building sets and dicts from iterables.
#include <vector>

#include "script/runtime/Arithmetic.h"
#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class Collections {
public:
    // Stable sort in place (merge sort: stays well-defined even when comparisons are
    // inconsistent or raise). key, when not None/Empty, is called once per item through the
    // VM; reverse keeps equal items in their original order, as CPython does. false after raising.
    static bool sort(RuntimeContext& ctx, std::vector<Value>& items, const Value& key, bool reverse);

    // a | b, a & b, a - b, a ^ b for sets; the result has a's type (set or frozenset).
    static Value setOperation(RuntimeContext& ctx, BinaryOp op, const Value& a, const Value& b);
    // A new set (or frozenset) holding the items of iterable; Error after raising.
    static Value setFromIterable(RuntimeContext& ctx, const Value& iterable, bool frozen);
    // Adds every item of iterable to set; false after raising.
    static bool addAll(RuntimeContext& ctx, const Value& set, const Value& iterable);

    static Value copyDict(RuntimeContext& ctx, const Value& dict);
    // dict.update(other): other is a dict or an iterable of key/value pairs; false after raising.
    static bool updateDict(RuntimeContext& ctx, const Value& dict, const Value& other);
};

}  // namespace ts::script
