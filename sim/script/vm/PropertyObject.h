#pragma once
// property(fget, fset, fdel, doc): a data descriptor found on a class; reading, assigning or
// deleting the attribute on an instance calls the matching function.
#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class PropertyObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Property);
    PropertyObject(Value get, Value set, Value del, Value docText)
        : Object(Kind), getter(std::move(get)), setter(std::move(set)), deleter(std::move(del)), doc(std::move(docText)) {}
    std::string_view typeName() const override { return "property"; }
    void dropReferences() override { getter = setter = deleter = doc = Value(); }

    Value getter;   // None when absent
    Value setter;
    Value deleter;
    Value doc;
};

}  // namespace ts::script
