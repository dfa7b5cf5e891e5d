#include "script/vm/GeneratorMethods.h"

#include "script/runtime/Concat.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/GeneratorObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/NativeCall.h"
#include "script/vm/Opcode.h"

namespace ts::script {

namespace {

std::string given(std::size_t n) { return "(" + std::to_string(n) + " given)"; }

}  // namespace

Value GeneratorMethods::lookup(Interpreter& interpreter, const Value& object, std::string_view name) {
    auto* generator = object.as<GeneratorObject>();
    const bool py2 = interpreter.isPython2();
    // Each method keeps the generator alive while it is held (`feed = g.send`).
    auto method = [&interpreter, &object](std::string_view methodName, Value (*body)(NativeCall&, const Value&)) {
        Value self = object;
        return interpreter.makeNative(std::string(methodName), [self, body](NativeCall& call) { return body(call, self); });
    };
    if (name == "send") {
        return method(name, [](NativeCall& call, const Value& g) {
            Interpreter& vm = call.vm;
            if (call.args.size() != 1) {
                return vm.raise(vm.types().typeError, concat(vm.isPython2() ? "send()" : "generator.send()",
                                                             " takes exactly one argument ", given(call.args.size())));
            }
            if (g.as<GeneratorObject>()->state == GeneratorObject::State::Created && !call.args[0].isNone()) {
                return vm.raise(vm.types().typeError, "can't send non-None value to a just-started generator");
            }
            return step(call, g, call.args[0], Value());
        });
    }
    if (name == (py2 ? "next" : "__next__")) {
        return method(name, [](NativeCall& call, const Value& g) {
            Interpreter& vm = call.vm;
            if (call.args.size() != 0) {
                return vm.raise(vm.types().typeError, concat(vm.isPython2() ? "next()" : "generator.__next__()",
                                                             " takes no arguments ", given(call.args.size())));
            }
            return step(call, g, Value(), Value());
        });
    }
    if (name == "throw") {
        return method(name, [](NativeCall& call, const Value& self) {
            Interpreter& vm = call.vm;
            GeneratorObject& g = *self.as<GeneratorObject>();
            const CallArgs& args = call.args;
            if (args.size() < 1 || args.size() > 3) {
                return vm.raise(vm.types().typeError, concat("throw expected at least 1 argument", args.size() > 3 ? "s" : "",
                                                             ", got ", std::to_string(args.size())));
            }
            return throwIn(vm, g, args[0], args.size() > 1 ? args[1] : Value::none());
        });
    }
    if (name == "close") {
        return method(name, [](NativeCall& call, const Value& self) {
            if (call.args.size() != 0) {
                return call.vm.raise(call.vm.types().typeError, "close() takes no arguments " + given(call.args.size()));
            }
            return close(call.vm, *self.as<GeneratorObject>());
        });
    }
    if (name == "gi_running") return Value::fromBool(generator->state == GeneratorObject::State::Running);
    if (name == "__name__" && generator->info) {
        return interpreter.context().newStr(generator->info->code->name);
    }
    return Value();
}

Value GeneratorMethods::delegatedTo(const GeneratorObject& generator) {
    const Frame* frame = generator.frame.get();
    if (generator.state != GeneratorObject::State::Suspended || !frame || !frame->instructions) return Value();
    if (frame->instructions[frame->pc].op() != Opcode::YieldFrom || frame->sp <= frame->stackBase) return Value();
    return frame->sp[-1];
}

Value GeneratorMethods::stopValue(const Value& stopIteration) {
    const auto* args = stopIteration.as<ExceptionObject>()->args.as<TupleObject>();
    return args->size() > 0 ? (*args)[0] : Value::none();
}

GeneratorMethods::Step GeneratorMethods::delegate(Interpreter& vm, const Value& iterator, const Value& sent, Value& out) {
    if (auto* inner = iterator.tryAs<GeneratorObject>()) {
        // Resumed directly: its return needs no StopIteration made and taken apart again. (The
        // first step sends None, so it never sends a value to one not started.)
        Value result = vm.resumeGenerator(*inner, sent.isNone() ? Value() : sent, Value());
        if (result.isError()) return Step::Failed;
        if (result.isEmpty()) {
            out = inner->returned.isEmpty() ? Value::none() : inner->returned;
            return Step::Returned;
        }
        out = std::move(result);
        return Step::Yielded;
    }
    if (sent.isNone()) {
        Value item = Iteration::next(vm.context(), iterator);
        if (item.isError()) return Step::Failed;
        if (item.isEmpty()) {
            out = Value::none();
            return Step::Returned;
        }
        out = std::move(item);
        return Step::Yielded;
    } else {
        Value method = vm.getAttr(iterator, vm.intern("send"));
        if (method.isError()) return Step::Failed;
        const Value args[1] = {sent};
        Value result = vm.call(vm.context(), method, args);
        if (!result.isError()) {
            out = std::move(result);
            return Step::Yielded;
        }
    }
    // StopIteration ends the delegation: its value is the result.
    Value raised = vm.takeError();
    if (!vm.isInstance(raised, vm.types().stopIteration)) {
        vm.raiseObject(raised);
        return Step::Failed;
    }
    out = stopValue(raised);
    return Step::Returned;
}

Value GeneratorMethods::passOn(Interpreter& vm, GeneratorObject& generator, const Value& iterator, Value& thrown) {
    Value answer;
    if (vm.isInstance(thrown, vm.types().generatorExit)) {
        // close(): the inner iterator is closed first, then GeneratorExit is raised outside.
        if (auto* inner = iterator.tryAs<GeneratorObject>()) {
            answer = close(vm, *inner);
        } else if (Value method = vm.findAttr(iterator, vm.intern("close")); !method.isEmpty()) {
            answer = vm.call(vm.context(), method, {});
        }
        if (answer.isError()) thrown = vm.takeError();  // its failure is raised instead
        return Value();
    }
    if (auto* inner = iterator.tryAs<GeneratorObject>()) {
        answer = throwIn(vm, *inner, thrown, Value::none());
    } else if (Value method = vm.findAttr(iterator, vm.intern("throw")); !method.isEmpty()) {
        const Value args[1] = {thrown};
        answer = vm.call(vm.context(), method, args);
    } else {
        return Value();  // an iterator without throw(): raised at the `yield from`
    }
    if (!answer.isError()) {
        thrown = Value();
        return answer;  // the inner one yielded: so does the outer
    }
    Value raised = vm.takeError();
    if (!vm.isInstance(raised, vm.types().stopIteration)) {
        thrown = raised;  // what the inner one let out goes on at the `yield from`
        return Value();
    }
    // The inner one ended: the `yield from` is over, with its value, and the outer goes on.
    Value result = stopValue(raised);
    Frame& frame = *generator.frame;
    *--frame.sp = Value();
    ++frame.pc;
    thrown = Value();
    return resume(vm, generator, std::move(result), Value());
}

Value GeneratorMethods::resume(Interpreter& vm, GeneratorObject& generator, Value sent, Value thrown, Value fallback) {
    const bool over = generator.state == GeneratorObject::State::Finished;
    Value result = vm.resumeGenerator(generator, std::move(sent), std::move(thrown));
    if (!result.isEmpty()) return result;  // yielded, or an error
    if (!fallback.isEmpty()) return fallback;
    // It returned: StopIteration carrying what it returned (its `value`, stopValue). One that
    // had ended before gives a bare StopIteration.
    return vm.raiseStopIteration(over ? Value() : generator.returned);
}

Value GeneratorMethods::step(NativeCall& call, const Value& generator, Value sent, Value fallback) {
    const GeneratorObject::State state = generator.as<GeneratorObject>()->state;
    if (state == GeneratorObject::State::Created || state == GeneratorObject::State::Suspended) {
        return call.resumeGenerator(generator, std::move(sent), std::move(fallback));
    }
    // Running: "generator already executing"; finished: nothing more to give.
    return resume(call.vm, *generator.as<GeneratorObject>(), Value(), Value(), std::move(fallback));
}

Value GeneratorMethods::throwIn(Interpreter& vm, GeneratorObject& generator, const Value& type, const Value& value) {
    // throw(instance), throw(class), throw(class, instance) or throw(class, argument(s)).
    Value exception;
    if (type.is<ExceptionObject>()) {
        if (!value.isNone()) return vm.raise(vm.types().typeError, "instance exception may not have a separate value");
        exception = type;
    } else if (!value.isNone() && vm.isInstance(value, type)) {
        exception = value;
    } else if (!value.isNone() && type.is<ClassObject>() && vm.isSubclass(type, vm.types().baseException)) {
        const Value argument = value;
        const std::span<const Value> arguments =
            value.is<TupleObject>() ? std::span<const Value>(value.as<TupleObject>()->items()) : std::span<const Value>(&argument, 1);
        exception = vm.call(vm.context(), type, arguments);
        if (exception.isError()) return exception;
    } else {
        exception = vm.exceptionToRaise(type);
        if (exception.isError()) return exception;
    }
    // Thrown into a generator that has ended, the exception is simply raised.
    if (generator.state == GeneratorObject::State::Finished) return vm.raiseObject(exception);
    if (Value inner = delegatedTo(generator); !inner.isEmpty()) {
        Value answer = passOn(vm, generator, inner, exception);
        if (exception.isEmpty()) return answer;
    }
    return resume(vm, generator, Value(), exception);
}

Value GeneratorMethods::close(Interpreter& vm, GeneratorObject& generator) {
    if (generator.state == GeneratorObject::State::Created) {
        generator.state = GeneratorObject::State::Finished;  // its body never runs
        return Value::none();
    }
    if (generator.state == GeneratorObject::State::Finished) return Value::none();
    // GeneratorExit at its yield runs its `finally` blocks; ending, or letting the exception
    // (or a StopIteration) out, is a clean close. Yielding again is not.
    Value exit = vm.newException(vm.types().generatorExit, {});
    if (Value inner = delegatedTo(generator); !inner.isEmpty()) passOn(vm, generator, inner, exit);
    Value result = vm.resumeGenerator(generator, Value(), exit);
    if (result.isEmpty()) return Value::none();
    if (result.isError()) {
        Value raised = vm.takeError();
        if (vm.isInstance(raised, vm.types().generatorExit) || vm.isInstance(raised, vm.types().stopIteration)) return Value::none();
        return vm.raiseObject(raised);
    }
    return vm.raise(vm.types().runtimeError, "generator ignored GeneratorExit");
}

}  // namespace ts::script
