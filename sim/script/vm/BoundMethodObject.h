#pragma once
// A function bound to the object it was looked up on: calling it passes `self` first.
#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class BoundMethodObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::BoundMethod);
    BoundMethodObject(Value callable, Value receiver) : Object(Kind), function(std::move(callable)), self(std::move(receiver)) {}

    std::string_view typeName() const override { return "method"; }
    bool appendRepr(RuntimeContext& ctx, std::string& out) const override;
    int equals(RuntimeContext& ctx, const Value& other) const override;
    void dropReferences() override { function = self = Value(); }

    Value function;
    Value self;
};

}  // namespace ts::script
