#pragma once
// staticmethod(f): looked up on a class or an instance, gives f itself (no binding).
#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class StaticMethodObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::StaticMethod);
    explicit StaticMethodObject(Value f) : Object(Kind), function(std::move(f)) {}
    std::string_view typeName() const override { return "staticmethod"; }
    void dropReferences() override { function = Value(); }

    Value function;
};

}  // namespace ts::script
