#include "script/threading/TimerClass.h"

#include "script/process/PythonProcess.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/TupleObject.h"
#include "script/threading/NativeSupport.h"
#include "script/threading/SyncClasses.h"
#include "script/vm/Interpreter.h"

namespace ts::script {

namespace {

// The timer's `finished` event: set() by cancel() and once the function has run.
Value setFinished(NativeCall& call, const Value& self) {
    Interpreter& vm = call.vm;
    Value finished = vm.getAttr(self, vm.intern("finished"));
    if (finished.isError()) return finished;
    Value set = vm.getAttr(finished, vm.intern("set"));
    return set.isError() ? set : vm.call(call.ctx, set, {});
}

// After the interval: call the function unless cancelled.
Value fire(NativeCall& call, const Value& self) {
    Interpreter& vm = call.vm;
    Value finished = vm.getAttr(self, vm.intern("finished"));
    if (finished.isError()) return finished;
    Value isSetMethod = vm.getAttr(finished, vm.intern("is_set"));
    if (isSetMethod.isError()) return isSetMethod;
    Value isSet = vm.call(call.ctx, isSetMethod, {});
    if (isSet.isError()) return isSet;
    if (isSet.isBool() && isSet.asBool()) return Value::none();
    Value function = vm.getAttr(self, vm.intern("function"));
    Value args = vm.getAttr(self, vm.intern("args"));
    Value kwargs = vm.getAttr(self, vm.intern("kwargs"));
    if (function.isError() || args.isError() || kwargs.isError()) return Value::error();
    std::vector<Value> positional;
    if (auto* tuple = args.tryAs<TupleObject>()) positional.assign(tuple->items().begin(), tuple->items().end());
    if (auto* list = args.tryAs<ListObject>()) positional.assign(list->items().begin(), list->items().end());
    return call.callThen(function, std::move(positional), kwargs.is<DictObject>() ? kwargs : Value(),
                         [self](NativeCall& after) -> Value {
                             Value done = setFinished(after, self);
                             return done.isError() ? done : Value::none();
                         });
}

}  // namespace

void TimerClass::build(ThreadingShared& shared, const Value& threadClass, NativeImpl threadInit) {
    Interpreter& vm = shared.process.vm();
    Value timer = vm.makeClass(vm.isPython2() ? "_Timer" : "Timer", "threading", {threadClass});
    SyncClasses::method(vm, timer, "__init__", [&shared, threadInit](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        if (threadInit(call).isError()) return Value::error();
        Interpreter& interp = call.vm;
        auto set = [&](const char* name, Value v) { return interp.setAttr(m.self, interp.intern(name), std::move(v)); };
        const Value* interval = m.get(0, "interval");
        const Value* function = m.get(1, "function");
        const Value* args = m.get(2, "args");
        const Value* kwargs = m.get(3, "kwargs");
        Value finished = interp.call(call.ctx, shared.eventClass, {});
        if (finished.isError()) return finished;
        const bool ok = set("interval", interval ? *interval : Value::fromInt(0)) &&
                        set("function", function ? *function : Value::none()) &&
                        set("args", args && !args->isNone() ? *args : call.ctx.newList()) &&
                        set("kwargs", kwargs && !kwargs->isNone() ? *kwargs : call.ctx.newDict()) &&
                        set("finished", finished);
        return ok ? Value::none() : Value::error();
    });
    SyncClasses::method(vm, timer, "cancel", [](NativeCall& call) { return setFinished(call, methodArgs(call).self); });
    SyncClasses::method(vm, timer, "run", [](NativeCall& call) -> Value {
        Interpreter& interp = call.vm;
        Value self = methodArgs(call).self;
        Value interval = interp.getAttr(self, interp.intern("interval"));
        if (interval.isError()) return interval;
        // It sleeps out the interval; a cancel() meanwhile leaves `finished` set, and the timer
        // then does nothing.
        return call.suspend(Demand::sleep(timeoutOf(&interval)), [self](NativeCall& resumed) { return fire(resumed, self); });
    });
    shared.timerClass = timer;
}

}  // namespace ts::script
