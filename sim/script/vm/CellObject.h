#pragma once
// A variable shared between a function and the functions nested in it (CPython's cell): the
// enclosing frame and every closure that captured it read and write the same slot.
#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class CellObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Cell);
    CellObject() : Object(Kind) {}
    explicit CellObject(Value initial) : Object(Kind), value(std::move(initial)) {}
    std::string_view typeName() const override { return "cell"; }
    void dropReferences() override { value = Value(); }

    Value value;  // Empty while the variable is unbound
};

}  // namespace ts::script
