#pragma once
// What the runtime needs from the VM: calling a Python callable (sort and min/max keys, the
// VM's own functions and builtins alike) and reading an attribute (str.format's "{0.name}").
// The VM implements this and installs it in the RuntimeContext.
#include <span>
#include <string_view>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class VmCallbacks {
public:
    virtual ~VmCallbacks() = default;
    // callable(*args): the result, or Value::error() after raising through ctx.
    virtual Value call(RuntimeContext& ctx, const Value& callable, std::span<const Value> args) = 0;
    // getattr(object, name): the value, or Value::error() after raising.
    virtual Value getAttribute(RuntimeContext& ctx, const Value& object, std::string_view name) = 0;
};

}  // namespace ts::script
