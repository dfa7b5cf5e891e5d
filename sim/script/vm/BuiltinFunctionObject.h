#pragma once
// A function written in C++: a VM native (print, time.sleep, a module's functions, the methods
// of native classes such as threading.Thread), or one of the runtime's pure builtins and
// builtin-type methods (len, list.append), optionally bound to its receiver (`lst.append`).
#include <string>

#include "script/runtime/CallArgs.h"
#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/NativeCall.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class BuiltinFunctionObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Builtin);
    enum class Flavor : std::uint8_t { Vm, RuntimeFunction, RuntimeMethod };

    // A VM native. bindsAsMethod: found in a class dict, it binds to the instance like a
    // Python function does (the methods of native classes).
    BuiltinFunctionObject(std::string functionName, NativeImpl native, bool bindsAsMethod = false)
        : Object(Kind), name(std::move(functionName)), flavor(Flavor::Vm), impl(std::move(native)), isMethod(bindsAsMethod) {}
    BuiltinFunctionObject(std::string functionName, NativeFunction f)
        : Object(Kind), name(std::move(functionName)), flavor(Flavor::RuntimeFunction), function(f) {}
    // A builtin type's method; receiver Empty means unbound (self comes first in the arguments).
    BuiltinFunctionObject(std::string functionName, NativeMethod m, Value boundTo)
        : Object(Kind), name(std::move(functionName)), flavor(Flavor::RuntimeMethod), method(m), receiver(std::move(boundTo)) {}

    std::string_view typeName() const override {
        return flavor == Flavor::RuntimeMethod || !receiver.isEmpty() ? "builtin_function_or_method" : "builtin_function_or_method";
    }
    bool appendRepr(RuntimeContext& ctx, std::string& out) const override;
    // A native's closure may hold values too (the class it builds, say).
    void dropReferences() override {
        impl = nullptr;
        receiver = Value();
    }

    std::string name;
    Flavor flavor;
    NativeImpl impl;
    NativeFunction function = nullptr;
    NativeMethod method = nullptr;
    Value receiver;         // bound receiver (RuntimeMethod or a bound VM native)
    bool isMethod = false;  // binds when found on a class
};

}  // namespace ts::script
