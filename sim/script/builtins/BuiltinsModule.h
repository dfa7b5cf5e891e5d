#pragma once
// The `builtins` module (Python 2's __builtin__): print, len, isinstance, getattr, super, ...,
// the builtin types and exception classes, and the runtime's pure builtins (sorted, min, ...).
#include "script/runtime/Value.h"

namespace ts::script {

class Interpreter;

class BuiltinsModule {
public:
    // Fills dict (the builtins every module sees) and the native methods of object and
    // BaseException.
    static void install(Interpreter& vm, const Value& dict);
};

}  // namespace ts::script
