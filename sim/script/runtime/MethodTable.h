#pragma once
// Finds the native method of a builtin-type receiver by name: the VM's LOAD_METHOD / getattr
// on str, list, tuple, dict and set values. Returns nullptr when there is none (the VM raises
// AttributeError, e.g. "'list' object has no attribute 'push'"); the VM may cache the result
// per call site, keyed by the receiver's ObjectKind.
#include <string_view>

#include "script/runtime/CallArgs.h"
#include "script/runtime/Value.h"

namespace ts::script {

class MethodTable {
public:
    static NativeMethod lookup(const Value& receiver, std::string_view name, bool python2);
    // frozenset only reads: set's mutating methods are hidden from it.
    static bool isMutatingSetMethod(std::string_view name);
    // The AttributeError message for a missing attribute.
    static std::string missingAttributeMessage(const Value& receiver, std::string_view name, bool python2);
};

}  // namespace ts::script
