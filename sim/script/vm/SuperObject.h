#pragma once
// super(C, obj): attribute lookups start after C in the method resolution order of obj's class
// (or of obj itself when obj is a class, as in a classmethod) and bind to obj.
#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class SuperObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Super);
    SuperObject(Value start, Value obj, Value objType)
        : Object(Kind), startClass(std::move(start)), self(std::move(obj)), selfClass(std::move(objType)) {}
    std::string_view typeName() const override { return "super"; }
    void dropReferences() override { startClass = self = selfClass = Value(); }

    Value startClass;  // C
    Value self;        // obj
    Value selfClass;   // obj's class, or obj when it is a class
};

}  // namespace ts::script
