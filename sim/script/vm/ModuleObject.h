#pragma once
// A module: a name and a dict of globals (the program's __main__, or a native module such as
// time or sys whose dict the registry filled).
#include <string>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class ModuleObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Module);
    ModuleObject(std::string moduleName, Value dict) : Object(Kind), name(std::move(moduleName)), globals(std::move(dict)) {}
    std::string_view typeName() const override { return "module"; }
    bool appendRepr(RuntimeContext&, std::string& out) const override {
        out += "<module '";
        out += name;
        out += native ? "' (built-in)>" : "'>";
        return true;
    }

    void dropReferences() override { globals = Value(); }

    std::string name;
    Value globals;  // DictObject
    bool native = true;
};

}  // namespace ts::script
