#pragma once
// How the VM passes arguments to the runtime's native builtins and methods: positional values
// and keyword (name, value) pairs, both borrowed from the VM's stack for the duration of a call.
#include <span>
#include <string_view>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

struct KeywordArg {
    std::string_view name;
    Value value;
};

struct CallArgs {
    std::span<const Value> positional;
    std::span<const KeywordArg> keywords;

    std::size_t size() const { return positional.size(); }
    const Value& operator[](std::size_t i) const { return positional[i]; }
    // The keyword argument with this name, or nullptr.
    const Value* keyword(std::string_view name) const {
        for (const KeywordArg& k : keywords) {
            if (k.name == name) return &k.value;
        }
        return nullptr;
    }
};

// A builtin function: len, sorted, range, ...
using NativeFunction = Value (*)(RuntimeContext& ctx, const CallArgs& args);
// A method of a builtin type: self is the receiver (list.append(self, x)).
using NativeMethod = Value (*)(RuntimeContext& ctx, const Value& self, const CallArgs& args);

}  // namespace ts::script
