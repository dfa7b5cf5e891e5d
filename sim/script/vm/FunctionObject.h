#pragma once
// A Python function: its code, the globals it was defined in, default values, captured cells
// and the attributes a program may read or set (__name__, __qualname__, __doc__, __module__ and
// any others, kept in a dict created on first use).
#include <memory>
#include <string>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/CodeInfo.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class FunctionObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Function);
    FunctionObject(std::shared_ptr<CodeInfo> code, Value globalsDict)
        : Object(Kind), info(std::move(code)), globals(std::move(globalsDict)) {}

    std::string_view typeName() const override { return "function"; }
    bool appendRepr(RuntimeContext& ctx, std::string& out) const override;
    void dropReferences() override {
        for (Value* v : {&globals, &defaults, &kwDefaults, &closure, &name, &qualname, &doc, &module, &attributes}) {
            *v = Value();
        }
    }

    const CodeObject& code() const { return *info->code; }

    std::shared_ptr<CodeInfo> info;
    Value globals;      // DictObject of the defining module
    Value defaults;     // tuple or Empty
    Value kwDefaults;   // dict or Empty
    Value closure;      // tuple of CellObjects or Empty
    Value name;         // str
    Value qualname;     // str
    Value doc;          // str or None
    Value module;       // str: the defining module's __name__
    Value attributes;   // dict created by the first `f.x = ...`, else Empty
};

}  // namespace ts::script
