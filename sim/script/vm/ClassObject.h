#pragma once
// A class: name, bases, method resolution order and the class dict. The builtin types (int,
// str, list, object, type, ...) and the exception hierarchy are ClassObjects too, so type(x),
// isinstance, issubclass and `class E(Exception)` treat them all alike.
//
// The MRO is C3 linearisation for every class. Python 2's classic classes (`class C:`) use a
// depth-first order in CPython; for the single-inheritance hierarchies of course programs both
// orders coincide, so classic classes use C3 too (and are new-style in every other respect).
#include <string>
#include <vector>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/NativeCall.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class ClassObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Class);
    // What instances of the class are.
    enum class Layout : std::uint8_t {
        Plain,      // InstanceObject with an attribute dict
        Exception,  // ExceptionObject (BaseException and subclasses)
        Builtin,    // a builtin type: calling it runs `constructor`, no instances of our own
        ThreadLocal,  // threading.local and its subclasses: attributes per thread (ThreadLocalDicts)
    };

    ClassObject(std::string className, Value classDict) : Object(Kind), name(std::move(className)), dict(std::move(classDict)) {}

    std::string_view typeName() const override { return "type"; }
    bool appendRepr(RuntimeContext& ctx, std::string& out) const override;
    void dropReferences() override {
        dict = Value();
        mro.clear();  // its classes were kept alive through bases
        bases.clear();
        constructor = nullptr;
    }

    // Computes mro from bases by C3; false (with message set) when no consistent order exists.
    bool computeMro(std::string& message);
    // The attribute `key` (an interned str) in the class dicts along the MRO, or Empty.
    Value lookup(RuntimeContext& ctx, const Value& key) const;
    Value lookup(RuntimeContext& ctx, std::string_view name) const;
    // True when this class is `other` or derives from it.
    bool isSubclassOf(const ClassObject* other) const;

    std::string name;
    std::string qualname;
    std::string module = "builtins";
    Value dict;                          // DictObject
    std::vector<Value> bases;            // ClassObjects
    std::vector<const ClassObject*> mro; // self first; kept alive through bases
    Layout layout = Layout::Plain;
    bool builtin = false;                // defined by the VM, not by the program
    NativeImpl constructor;              // Layout::Builtin: int('3'), list(x), ...
};

}  // namespace ts::script
