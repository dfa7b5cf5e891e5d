#pragma once
// The rest of a native call that handed the thread to Python code (NativeCall::callThen): the
// step to run with the callable's result, the native's receiver, and where the native call's
// own result goes. It rides in the called frame's continuation, so it is dropped with the frame
// when an exception unwinds past it, and nothing of it lives on the C++ stack.
#include "script/runtime/Object.h"
#include "script/vm/Continuation.h"
#include "script/vm/NativeCall.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class NativeStepObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::NativeStep);
    NativeStepObject(ResumeFn step, Value receiver, Continuation original)
        : Object(Kind), then(std::move(step)), self(std::move(receiver)), continuation(std::move(original)) {}
    std::string_view typeName() const override { return "native_step"; }
    void dropReferences() override {
        then = nullptr;
        self = Value();
        continuation.value = Value();
    }

    ResumeFn then;
    Value self;
    Continuation continuation;  // of the native call that asked for callThen()
};

}  // namespace ts::script
