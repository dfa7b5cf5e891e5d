#pragma once
// A generator (a function whose body yields, or a generator expression): its suspended frame.
// A for loop, `yield from`, next(), send() and __next__() put that frame on the resuming
// thread's stack, as a call does, so its body can block and be pre-empted like any code, and
// it hands each value to the frame below (InterpreterLoop: ForIter, YieldFrom, YieldValue;
// NativeCall::resumeGenerator). The runtime's own iteration (list(), sum(), "".join(...),
// through nextItem()) and throw() and close() run it nested instead, as a callback: without
// pre-emption, and a body that would block there raises RuntimeError.
#include <memory>

#include "script/runtime/Object.h"
#include "script/vm/Frame.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class GeneratorObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Generator);
    enum class State : std::uint8_t { Created, Suspended, Running, Finished };

    explicit GeneratorObject(std::unique_ptr<Frame> suspended)
        : Object(Kind), frame(std::move(suspended)), info(frame->info) {
        setNeedsFinalizer();  // closed when dropped unfinished (Interpreter::finalize)
    }
    ~GeneratorObject() override {
        if (frame) frame->clear();
    }

    std::string_view typeName() const override { return "generator"; }
    bool appendRepr(RuntimeContext& ctx, std::string& out) const override;
    Value iterate(RuntimeContext& ctx, const Value& self) override;
    Value nextItem(RuntimeContext& ctx) override;
    void dropReferences() override {
        if (frame) frame->clear();
        returned = Value();
        state = State::Finished;  // nothing left to close
    }

    std::unique_ptr<Frame> frame;  // owned while not running
    // Its code, for its name: once it has run, `frame` may be a spare of the thread's pool.
    std::shared_ptr<CodeInfo> info;
    State state = State::Created;
    Value returned;  // what its `return` gave, once Finished (StopIteration's value)
};

}  // namespace ts::script
