#pragma once
// classmethod(f): looked up on a class or an instance, gives f bound to the class.
#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class ClassMethodObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::ClassMethod);
    explicit ClassMethodObject(Value f) : Object(Kind), function(std::move(f)) {}
    std::string_view typeName() const override { return "classmethod"; }
    void dropReferences() override { function = Value(); }

    Value function;
};

}  // namespace ts::script
