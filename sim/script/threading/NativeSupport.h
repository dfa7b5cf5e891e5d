#pragma once
// Small helpers shared by the native threading classes: C++ state boxed in an instance's
// nativeSlot, a method's receiver whether it was called bound (lock.acquire()) or unbound
// (threading.Thread.__init__(self)), arguments by position or keyword, and timeouts.
#include <cmath>
#include <span>
#include <string_view>
#include <utility>

#include "kernel/Time.h"
#include "script/runtime/Object.h"
#include "script/vm/InstanceObject.h"
#include "script/vm/NativeCall.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

// C++ state of one native object, kept in InstanceObject::nativeSlot.
template <class T, VmKind K>
class NativeBox : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(K);
    template <class... Args>
    explicit NativeBox(Args&&... args) : Object(Kind), state(std::forward<Args>(args)...) {}
    // States that hold values (a thread's target, a queue's items) let go of them.
    void dropReferences() override {
        if constexpr (requires(T& s) { s.dropReferences(); }) state.dropReferences();
    }
    T state;
};

template <class Box>
auto boxedState(const Value& self) -> decltype(&static_cast<Box*>(nullptr)->state) {
    InstanceObject* instance = asInstance(self);
    if (!instance) return nullptr;
    auto* box = instance->nativeSlot.template tryAs<Box>();
    return box ? &box->state : nullptr;
}

// The receiver and the arguments after it.
struct MethodArgs {
    Value self;
    std::span<const Value> positional;
    std::span<const KeywordArg> keywords;

    // Argument `index` (after self) or keyword `name`; nullptr when absent.
    const Value* get(std::size_t index, std::string_view name) const {
        if (index < positional.size()) return &positional[index];
        for (const KeywordArg& k : keywords) {
            if (k.name == name) return &k.value;
        }
        return nullptr;
    }
};

inline MethodArgs methodArgs(const NativeCall& call) {
    if (!call.self.isEmpty()) return {call.self, call.args.positional, call.args.keywords};
    if (call.args.positional.empty()) return {Value(), {}, call.args.keywords};
    return {call.args.positional[0], call.args.positional.subspan(1), call.args.keywords};
}

// Seconds (int or float) to simulated ns; None or absent: kNever. Negative waits are zero long.
inline Time timeoutOf(const Value* seconds) {
    if (!seconds || seconds->isNone() || !seconds->isNumber()) return kNever;
    double s = seconds->toDouble();
    if (s <= 0) return 0;
    if (s > 1e9) return kNever;
    return static_cast<Time>(std::llround(s * 1e9));
}

inline bool truthy(const Value* v, bool fallback) {
    if (!v) return fallback;
    if (v->isNone()) return false;
    if (v->isNumber()) return v->toDouble() != 0;
    return true;
}

}  // namespace ts::script
