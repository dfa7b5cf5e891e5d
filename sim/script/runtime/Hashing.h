#pragma once
// hash() with CPython's numeric rules, so equal numbers hash equally whatever their type:
// hash(1) == hash(1.0) == hash(True). Integers reduce modulo the Mersenne prime 2**61 - 1 as in
// CPython; str hashes are deterministic (CPython randomises them, so no program can rely on
// their values).
#include <cstdint>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class Hashing {
public:
    // false after raising TypeError "unhashable type: 'list'".
    static bool hash(RuntimeContext& ctx, const Value& v, std::int64_t& out);
    // The builtin hash(): an int, or Error.
    static Value builtinHash(RuntimeContext& ctx, const Value& v);

    static std::int64_t hashInt(std::int64_t i);
    static std::int64_t hashFloat(double d);

private:
    static bool hashTuple(RuntimeContext& ctx, const Value& tuple, std::int64_t& out);
    static bool hashFrozenSet(RuntimeContext& ctx, const Value& set, std::int64_t& out);
};

}  // namespace ts::script
