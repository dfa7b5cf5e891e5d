#pragma once
// The builtin functions that are pure functions of values: len abs min max sum sorted range
// xrange enumerate zip round divmod pow hex oct bin chr ord bool any all list tuple dict set
// frozenset reversed str repr ascii int float format hash iter next. The VM binds them by
// name (lookup) and calls them with CallArgs; print, isinstance's type objects, input, open,
// etc. belong to the VM. enumerate returns an iterator; zip returns an iterator under Python 3
// and a list under Python 2; range returns a lazy range (3) or a list (2; xrange is lazy).
#include <string_view>

#include "script/runtime/CallArgs.h"
#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class Builtins {
public:
    // The builtin called name, or nullptr when it is not one of these (or not in this Python).
    static NativeFunction lookup(std::string_view name, bool python2);

    // isinstance(v, T) for the builtin type named typeName ("int", "str", "list", "object",
    // Python 2's "basestring", "long", "unicode", ...). False for unknown names.
    static bool isInstanceOfBuiltinType(const Value& v, std::string_view typeName, bool python2);

    // round(x[, ndigits]) with Python 3's half-to-even or Python 2's half-away-from-zero
    // rule, applied to the exact binary value as CPython does (round(2.675, 2) == 2.67).
    static Value round(RuntimeContext& ctx, const Value& x, const Value& ndigits);
    // min()/max() over args (one iterable or several values) with key= and default=.
    static Value extreme(RuntimeContext& ctx, const CallArgs& args, bool wantMax);
};

}  // namespace ts::script
