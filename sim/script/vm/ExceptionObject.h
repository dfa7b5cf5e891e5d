#pragma once
// An instance of BaseException or a subclass: args, and the traceback it gathered while
// propagating (innermost entry first), which TracebackFormatter prints CPython's way.
#include <memory>
#include <vector>

#include "script/vm/CodeObject.h"
#include "script/vm/InstanceObject.h"

namespace ts::script {

struct TracebackEntry {
    std::shared_ptr<const CodeObject> code;
    int line = 0;
};

class ExceptionObject : public InstanceObject {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Exception);
    ExceptionObject(Value instanceClass, Value attributeDict, Value arguments)
        : InstanceObject(std::move(instanceClass), std::move(attributeDict), Kind), args(std::move(arguments)) {}

    bool appendRepr(RuntimeContext& ctx, std::string& out) const override;
    bool appendStr(RuntimeContext& ctx, std::string& out) const override;
    void dropReferences() override {
        InstanceObject::dropReferences();
        args = context = cause = Value();
    }

    Value args;  // tuple
    std::vector<TracebackEntry> traceback;  // innermost first
    Value context;  // the exception being handled when this one was raised (minimal chaining)
    Value cause;    // `raise ... from cause` (Empty: none)
    bool suppressContext = false;  // any `from`, even `from None`: the context is not printed
};

}  // namespace ts::script
