// Calling: Python functions get a new frame (argument binding with CPython 3.11's messages),
// natives run at once and may suspend, classes make instances and run __init__ as a frame.
#include "script/runtime/Concat.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/BoundMethodObject.h"
#include "script/vm/BuiltinFunctionObject.h"
#include "script/vm/CellObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/FunctionObject.h"
#include "script/vm/GeneratorMethods.h"
#include "script/vm/GeneratorObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/NativeStepObject.h"
#include "script/vm/StaticMethodObject.h"
#include "script/vm/ThreadLocalDicts.h"

namespace ts::script {

namespace {

std::string plural(std::int64_t n, std::string_view word) {
    return concat(std::to_string(n), " ", word, n == 1 ? "" : "s");
}

// 'a', 'a' and 'b', 'a', 'b', and 'c' — CPython's list of missing names.
std::string nameList(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

// Why a thread running nested code cannot block here, in the words that tell a student what
// to change: a generator that a builtin consumes, or a callback.
const char* nestedBlockingMessage(VmThread& thread) {
    for (int i = thread.depth() - 1; i >= 0 && !thread.frameAt(i).isBoundary(); --i) {
        if (thread.frameAt(i).generator) {
            return "a blocking call cannot run in a generator that list(), sum(), unpacking, `in`, throw() or close() "
                   "resumes in timeslice; resume it with a for loop or next()";
        }
    }
    return "a blocking call cannot run inside a callback (__repr__, a sort key, ...) in timeslice";
}

}  // namespace

Value NativeCall::suspend(Demand demand, ResumeFn resume) {
    if (thread.nestedDepth > 0) return vm.raise(vm.types().runtimeError, nestedBlockingMessage(thread));
    auto pending = std::make_unique<VmThread::Suspension>();
    pending->resume = std::move(resume);
    pending->self = self;
    pending->demand = demand;
    thread.suspension = std::move(pending);
    return Value();
}

Value NativeCall::callThen(Value callable, std::vector<Value> arguments, Value kwargs, ResumeFn then) {
    auto pending = std::make_unique<VmThread::TailCall>();
    pending->callable = std::move(callable);
    pending->args = std::move(arguments);
    if (auto* dict = kwargs.tryAs<DictObject>()) {
        std::vector<Value> names;
        for (const auto& e : dict->table().entries()) {
            if (e.key.isEmpty()) continue;
            pending->args.push_back(e.value);
            names.push_back(e.key);
        }
        if (!names.empty()) pending->kwnames = ctx.newTuple(std::move(names));
    }
    pending->then = std::move(then);
    thread.tailCall = std::move(pending);
    return Value();
}

Value NativeCall::resumeGenerator(Value generator, Value sent, Value fallback) {
    VmThread::GeneratorResume& request = thread.generatorResume;
    request.pending = true;
    request.generator = std::move(generator);
    request.sent = std::move(sent);
    request.fallback = std::move(fallback);
    return Value();
}

Value NativeCall::raise(const Value& exceptionClass, std::string message) {
    return vm.raise(exceptionClass, std::move(message));
}

Interpreter::CallStatus Interpreter::invoke(VmThread& thread, const Value& callable, Value* args, int argc,
                                            const TupleObject* kwnames, const Continuation& continuation, Value& result) {
    if (callable.is<FunctionObject>()) return callFunction(thread, callable, args, argc, kwnames, continuation, nullptr, &result);
    if (auto* bound = callable.tryAs<BoundMethodObject>()) {
        Value self = bound->self;
        Value function = bound->function;
        if (function.is<FunctionObject>()) return callFunction(thread, function, args, argc, kwnames, continuation, &self, &result);
        if (function.is<BuiltinFunctionObject>()) return callNative(thread, function, self, args, argc, kwnames, continuation, result);
        // A bound callable object: prepend self.
        std::vector<Value> all;
        all.push_back(self);
        for (int i = 0; i < argc; ++i) all.push_back(args[i]);
        return invoke(thread, function, all.data(), argc + 1, kwnames, continuation, result);
    }
    if (callable.is<BuiltinFunctionObject>()) {
        if (callable.identical(buildClassFunction_)) return buildClass(thread, args, argc, kwnames);
        return callNative(thread, callable, callable.as<BuiltinFunctionObject>()->receiver, args, argc, kwnames, continuation, result);
    }
    if (callable.is<ClassObject>()) {
        CallStatus status = instantiate(thread, callable, args, argc, kwnames, result);
        if (status == CallStatus::Done && !holdsResult(continuation)) {
            if (!deliver(thread, continuation, std::move(result))) return CallStatus::Failed;
            result = Value();
            return thread.suspension ? CallStatus::Suspended : CallStatus::Done;
        }
        return status;
    }
    if (auto* staticMethod = callable.tryAs<StaticMethodObject>()) {
        Value function = staticMethod->function;
        return invoke(thread, function, args, argc, kwnames, continuation, result);
    }
    if (asInstance(callable)) {
        Value method = findAttr(callable, intern("__call__"));
        if (!method.isEmpty()) return invoke(thread, method, args, argc, kwnames, continuation, result);
    }
    raise(types_.typeError, concat("'", RuntimeContext::typeName(callable), "' object is not callable"));
    return CallStatus::Failed;
}

Interpreter::CallStatus Interpreter::callFunction(VmThread& thread, const Value& functionValue, Value* args, int argc,
                                                  const TupleObject* kwnames, const Continuation& continuation,
                                                  const Value* self, Value* result) {
    auto* function = functionValue.as<FunctionObject>();
    if (thread.pythonDepth >= config_.recursionLimit) {
        raise(types_.recursionError, "maximum recursion depth exceeded");
        return CallStatus::Failed;
    }
    Frame& frame = thread.pushFrame();
    frame.reset(function->info);
    ++thread.pythonDepth;
    frame.globals = function->globals;
    frame.function = functionValue;
    frame.continuation = continuation;
    const CodeInfo& info = *function->info;
    if (info.simpleArguments && !kwnames && !self && argc == info.code->argCount) {
        for (int i = 0; i < argc; ++i) frame.fast[i] = std::move(args[i]);
    } else if (!bindArguments(frame, *function, self, args, argc, kwnames)) {
        thread.popFrame();
        return CallStatus::Failed;
    }
    if (!info.code->cellvars.empty() || !info.code->freevars.empty()) setupCells(frame, *function);
    if (info.code->flags & CodeObject::kGenerator) {
        // Calling a generator function runs nothing yet: the frame moves into the generator.
        std::unique_ptr<Frame> owned;
        thread.detachTop(owned);
        owned->continuation = Continuation::push();
        Value generator = ctx_.heap().make<GeneratorObject>(std::move(owned));
        if (result) {
            *result = std::move(generator);
            return CallStatus::Done;
        }
        if (!deliver(thread, continuation, std::move(generator))) return CallStatus::Failed;
        return thread.suspension ? CallStatus::Suspended : CallStatus::Done;
    }
    return CallStatus::Pushed;
}

void Interpreter::setupCells(Frame& frame, const FunctionObject& function) {
    const CodeObject& code = function.code();
    for (std::size_t i = 0; i < code.cellvars.size(); ++i) {
        int fromArg = i < code.cellFromArg.size() ? code.cellFromArg[i] : -1;
        Value initial = fromArg >= 0 ? std::move(frame.fast[fromArg]) : Value();
        frame.cells[i] = ctx_.heap().make<CellObject>(std::move(initial));
    }
    if (!code.freevars.empty() && function.closure.is<TupleObject>()) {
        const auto& cells = function.closure.as<TupleObject>()->items();
        for (std::size_t i = 0; i < code.freevars.size() && i < cells.size(); ++i) frame.cells[code.cellvars.size() + i] = cells[i];
    }
}

bool Interpreter::bindArguments(Frame& frame, const FunctionObject& function, const Value* self, Value* args, int argc,
                                const TupleObject* kwnames) {
    const CodeObject& code = function.code();
    const bool python2 = isPython2();
    const std::string fname = python2 ? code.name
                              : function.qualname.is<StrObject>() ? function.qualname.as<StrObject>()->text()
                                                                  : code.qualname;
    const int keywordCount = kwnames ? static_cast<int>(kwnames->size()) : 0;
    const int given = argc - keywordCount + (self ? 1 : 0);
    const int positionalCount = code.argCount;
    const int total = positionalCount + code.kwOnlyArgCount;
    const bool varArgs = (code.flags & CodeObject::kVarArgs) != 0;
    const bool varKeywords = (code.flags & CodeObject::kVarKeywords) != 0;
    Value* fast = frame.fast;
    auto positional = [&](int i) -> Value& { return self ? (i == 0 ? const_cast<Value&>(*self) : args[i - 1]) : args[i]; };

    int direct = std::min(given, positionalCount);
    for (int i = 0; i < direct; ++i) fast[i] = positional(i);
    const auto& defaults = function.defaults.is<TupleObject>() ? function.defaults.as<TupleObject>()->items() : std::vector<Value>{};
    const int defaultCount = static_cast<int>(defaults.size());
    if (varArgs) {
        std::vector<Value> rest;
        for (int i = positionalCount; i < given; ++i) rest.push_back(positional(i));
        fast[total] = ctx_.newTuple(std::move(rest));
    } else if (given > positionalCount) {
        std::string message;
        if (python2) {
            message = concat(fname, "() takes ", defaultCount > 0 ? "at most " : "exactly ", plural(positionalCount, "argument"),
                             " (", std::to_string(given + keywordCount), " given)");
        } else {
            std::string takes = defaultCount > 0 ? concat("from ", std::to_string(positionalCount - defaultCount), " to ",
                                                          std::to_string(positionalCount), " positional arguments")
                                                 : plural(positionalCount, "positional argument");
            message = concat(fname, "() takes ", takes, " but ", std::to_string(given), given == 1 ? " was" : " were", " given");
        }
        raise(types_.typeError, std::move(message));
        return false;
    }
    Value kwargsDict;
    if (varKeywords) {
        kwargsDict = ctx_.newDict();
        fast[total + (varArgs ? 1 : 0)] = kwargsDict;
    }
    for (int k = 0; k < keywordCount; ++k) {
        const Value& key = (*kwnames)[static_cast<std::size_t>(k)];
        Value& v = args[argc - keywordCount + k];
        int slot = -1;
        for (int j = 0; j < total; ++j) {
            const Value& name = function.info->varnames[static_cast<std::size_t>(j)];
            if (name.identical(key) || name.as<StrObject>()->view() == key.as<StrObject>()->view()) {
                slot = j;
                break;
            }
        }
        if (slot < 0) {
            if (varKeywords) {
                if (!kwargsDict.as<DictObject>()->set(ctx_, key, v)) return false;
                continue;
            }
            raise(types_.typeError, concat(fname, "() got an unexpected keyword argument '", key.as<StrObject>()->view(), "'"));
            return false;
        }
        if (!fast[slot].isEmpty()) {
            raise(types_.typeError, concat(fname, python2 ? "() got multiple values for keyword argument '" : "() got multiple values for argument '",
                                           key.as<StrObject>()->view(), "'"));
            return false;
        }
        fast[slot] = v;
    }
    std::vector<std::string> missing;
    for (int i = 0; i < positionalCount; ++i) {
        if (!fast[i].isEmpty()) continue;
        int d = i - (positionalCount - defaultCount);
        if (d >= 0) fast[i] = defaults[static_cast<std::size_t>(d)];
        else missing.push_back(code.varnames[static_cast<std::size_t>(i)]);
    }
    if (!missing.empty()) {
        if (python2) {
            raise(types_.typeError, concat(fname, "() takes ", defaultCount > 0 ? "at least " : "exactly ",
                                           plural(positionalCount - defaultCount, "argument"), " (", std::to_string(given + keywordCount), " given)"));
        } else {
            raise(types_.typeError, concat(fname, "() missing ", plural(static_cast<std::int64_t>(missing.size()), "required positional argument"),
                                           ": ", nameList(missing)));
        }
        return false;
    }
    for (int i = positionalCount; i < total; ++i) {
        if (!fast[i].isEmpty()) continue;
        const Value& name = function.info->varnames[static_cast<std::size_t>(i)];
        Value d = function.kwDefaults.is<DictObject>() ? function.kwDefaults.as<DictObject>()->get(ctx_, name) : Value();
        if (!d.isEmpty() && !d.isError()) fast[i] = d;
        else missing.push_back(code.varnames[static_cast<std::size_t>(i)]);
    }
    if (!missing.empty()) {
        raise(types_.typeError, concat(fname, "() missing ", plural(static_cast<std::int64_t>(missing.size()), "required keyword-only argument"),
                                       ": ", nameList(missing)));
        return false;
    }
    return true;
}

Interpreter::CallStatus Interpreter::callNative(VmThread& thread, const Value& native, const Value& self, Value* args,
                                                int argc, const TupleObject* kwnames, const Continuation& continuation,
                                                Value& result) {
    auto* function = native.as<BuiltinFunctionObject>();
    const int keywordCount = kwnames ? static_cast<int>(kwnames->size()) : 0;
    std::vector<KeywordArg> keywords;
    keywords.reserve(static_cast<std::size_t>(keywordCount));
    for (int k = 0; k < keywordCount; ++k) {
        keywords.push_back(KeywordArg{(*kwnames)[static_cast<std::size_t>(k)].as<StrObject>()->view(), args[argc - keywordCount + k]});
    }
    CallArgs callArgs{std::span<const Value>(args, static_cast<std::size_t>(argc - keywordCount)), keywords};
    switch (function->flavor) {
    case BuiltinFunctionObject::Flavor::Vm: {
        NativeCall call{*this, thread, ctx_, self, callArgs, WakeStatus::Normal, timeOf(thread), Value()};
        result = function->impl(call);
        if (result.isEmpty() && thread.suspension) {
            thread.suspension->continuation = continuation;
            return CallStatus::Suspended;
        }
        if (result.isEmpty() && thread.tailCall) {
            CallStatus status = startTail(thread, self, continuation, result);
            if (status != CallStatus::Done) return status;
        }
        if (result.isEmpty() && thread.generatorResume.pending) {
            CallStatus status = startGeneratorResume(thread, continuation, result);
            if (status != CallStatus::Done) return status;
        }
        break;
    }
    case BuiltinFunctionObject::Flavor::RuntimeFunction: result = function->function(ctx_, callArgs); break;
    case BuiltinFunctionObject::Flavor::RuntimeMethod:
        if (!self.isEmpty()) {
            result = function->method(ctx_, self, callArgs);
        } else {
            if (callArgs.positional.empty()) {
                raise(types_.typeError, concat("unbound method ", function->name, "() needs an argument"));
                return CallStatus::Failed;
            }
            CallArgs rest{callArgs.positional.subspan(1), keywords};
            result = function->method(ctx_, callArgs.positional[0], rest);
        }
        break;
    }
    if (result.isError()) return CallStatus::Failed;
    if (result.isEmpty()) result = Value::none();
    if (!holdsResult(continuation)) {
        if (!deliver(thread, continuation, std::move(result))) return CallStatus::Failed;
        result = Value();
        return thread.suspension ? CallStatus::Suspended : CallStatus::Done;
    }
    return CallStatus::Done;
}

Interpreter::CallStatus Interpreter::startTail(VmThread& thread, const Value& self, const Continuation& original,
                                               Value& result) {
    std::unique_ptr<VmThread::TailCall> tail = std::move(thread.tailCall);
    Value step = ctx_.heap().make<NativeStepObject>(std::move(tail->then), self, original);
    Continuation next{Continuation::Kind::NativeStep, 0, step};
    const TupleObject* kwnames = tail->kwnames.isEmpty() ? nullptr : tail->kwnames.as<TupleObject>();
    CallStatus status = invoke(thread, tail->callable, tail->args.data(), static_cast<int>(tail->args.size()), kwnames,
                               next, result);
    // A native callee (or a class, or a generator function) answered at once: go straight on.
    if (status == CallStatus::Done) return continueNative(thread, step, std::move(result), result);
    return status;
}

Interpreter::CallStatus Interpreter::startGeneratorResume(VmThread& thread, const Continuation& continuation,
                                                          Value& result) {
    VmThread::GeneratorResume& request = thread.generatorResume;
    request.pending = false;
    Value generatorValue = std::move(request.generator);
    Value sent = std::move(request.sent);
    Value fallback = std::move(request.fallback);
    auto* generator = generatorValue.as<GeneratorObject>();
    if (continuation.kind != Continuation::Kind::Push) {
        // Its yield could not land where this call's result goes: run it nested, as before.
        result = GeneratorMethods::resume(*this, *generator, std::move(sent), Value(), std::move(fallback));
        return result.isError() ? CallStatus::Failed : CallStatus::Done;
    }
    const Continuation step{Continuation::Kind::GeneratorStep, 0, std::move(fallback)};
    if (!enterGenerator(thread, *generator, step, std::move(sent), std::move(generatorValue))) return CallStatus::Failed;
    return CallStatus::Pushed;
}

Interpreter::Resumed Interpreter::resumeInLoop(VmThread& thread, int loopExit) {
    // Yields to the instruction after the ForIter (suspendGenerator pushes onto the loop's
    // frame); returns through ForLoopEnd to the loop's exit.
    auto* generator = thread.top().sp[-1].as<GeneratorObject>();
    if (generator->state != GeneratorObject::State::Created && generator->state != GeneratorObject::State::Suspended) {
        return Resumed::NotResumable;
    }
    const Continuation loopEnd{Continuation::Kind::ForLoopEnd, loopExit, Value()};
    return enterGenerator(thread, *generator, loopEnd, Value(), Value()) ? Resumed::Entered : Resumed::Failed;
}

Interpreter::Resumed Interpreter::resumeInYieldFrom(VmThread& thread, Value& sent) {
    // Its yields pass through the delegating generator to whatever resumed that one
    // (suspendGenerator), its return replaces it on the stack (returnFromFrame: YieldFromEnd).
    auto* inner = thread.top().sp[-1].as<GeneratorObject>();
    const bool resumable = inner->state == GeneratorObject::State::Suspended ||
                           (inner->state == GeneratorObject::State::Created && sent.isNone());
    if (!resumable) return Resumed::NotResumable;
    const Continuation end{Continuation::Kind::YieldFromEnd, 0, Value()};
    return enterGenerator(thread, *inner, end, std::move(sent), Value()) ? Resumed::Entered : Resumed::Failed;
}

bool Interpreter::suspendGenerator(VmThread& thread, Value yielded) {
    Frame& frame = thread.top();
    GeneratorObject* generator = frame.generator;
    frame.generator = nullptr;
    generator->state = GeneratorObject::State::Suspended;
    const bool delegated = frame.continuation.kind == Continuation::Kind::YieldFromEnd;
    const Value owner = std::move(frame.owner);  // may free the generator on the way out
    thread.detachTop(generator->frame);
    thread.top().push(std::move(yielded));
    return delegated;
}

bool Interpreter::enterGenerator(VmThread& thread, GeneratorObject& generator, const Continuation& continuation,
                                 Value sent, Value owner) {
    if (thread.pythonDepth >= config_.recursionLimit) {
        raise(types_.recursionError, "maximum recursion depth exceeded");
        return false;
    }
    const bool started = generator.state == GeneratorObject::State::Suspended;
    generator.state = GeneratorObject::State::Running;
    thread.attachFrame(generator.frame);
    Frame& resumed = thread.top();
    resumed.generator = &generator;
    resumed.owner = std::move(owner);
    resumed.continuation = continuation;
    // The value of the yield it stopped at; one not started has no yield to give it to.
    if (started) resumed.push(sent.isEmpty() ? Value::none() : std::move(sent));
    return true;
}

Value Interpreter::raiseStopIteration(const Value& returned) {
    // Python 3's StopIteration carries what the generator returned, unless that was None.
    std::vector<Value> args;
    if (!returned.isEmpty() && !returned.isNone()) args.push_back(returned);
    return raiseObject(newException(types_.stopIteration, std::move(args)));
}

Interpreter::CallStatus Interpreter::continueNative(VmThread& thread, const Value& stepValue, Value returned,
                                                    Value& result) {
    auto* step = stepValue.as<NativeStepObject>();
    NativeCall call{*this, thread, ctx_, step->self, CallArgs{}, WakeStatus::Normal, timeOf(thread), std::move(returned)};
    result = step->then(call);
    if (result.isError()) return CallStatus::Failed;
    if (result.isEmpty() && thread.suspension) {
        thread.suspension->continuation = step->continuation;
        return CallStatus::Suspended;
    }
    if (result.isEmpty() && thread.tailCall) return startTail(thread, step->self, step->continuation, result);
    if (result.isEmpty()) result = Value::none();
    return CallStatus::Done;
}

Interpreter::CallStatus Interpreter::instantiate(VmThread& thread, const Value& clsValue, Value* args, int argc,
                                                 const TupleObject* kwnames, Value& result) {
    auto* cls = clsValue.as<ClassObject>();
    const int keywordCount = kwnames ? static_cast<int>(kwnames->size()) : 0;
    if (cls->layout == ClassObject::Layout::Builtin) {
        if (!cls->constructor) {
            raise(types_.typeError, concat("cannot create '", cls->name, "' instances"));
            return CallStatus::Failed;
        }
        return callNative(thread, makeNative(cls->name, cls->constructor), Value(), args, argc, kwnames, Continuation::push(), result);
    }
    Value instance;
    if (cls->layout == ClassObject::Layout::Exception) {
        std::vector<Value> positional(args, args + (argc - keywordCount));
        instance = newException(clsValue, std::move(positional));
    } else {
        instance = ctx_.heap().make<InstanceObject>(clsValue, ctx_.newDict());
    }
    Value init = cls->lookup(ctx_, intern("__init__"));
    if (init.identical(objectInit_)) init = Value();
    if (cls->layout == ClassObject::Layout::ThreadLocal) {
        if (argc > 0 && init.isEmpty()) {
            raise(types_.typeError, "Initialization arguments are not supported");
            return CallStatus::Failed;
        }
        // This thread's dict is the one the instance was made with; the arguments are kept for
        // __init__ in the threads that use it later.
        Value dicts = ctx_.heap().make<ThreadLocalDicts>();
        auto* local = dicts.as<ThreadLocalDicts>();
        local->initArgs.assign(args, args + (argc - keywordCount));
        for (int k = 0; k < keywordCount; ++k) {
            local->initKeywords.emplace_back(std::string((*kwnames)[static_cast<std::size_t>(k)].as<StrObject>()->view()),
                                             args[argc - keywordCount + k]);
        }
        local->byThread.emplace(thread.id, asInstance(instance)->dict);
        asInstance(instance)->nativeSlot = dicts;
    }
    if (init.is<FunctionObject>()) {
        Continuation construct{Continuation::Kind::Construct, 0, instance};
        return callFunction(thread, init, args, argc, kwnames, construct, &instance);
    }
    if (init.is<BuiltinFunctionObject>()) {
        Value ignored;
        CallStatus status = callNative(thread, init, instance, args, argc, kwnames, Continuation::push(), ignored);
        if (status != CallStatus::Done) return status;
    } else if (argc > 0 && cls->layout == ClassObject::Layout::Plain) {
        raise(types_.typeError, isPython2() ? "this constructor takes no arguments" : concat(cls->name, "() takes no arguments"));
        return CallStatus::Failed;
    }
    result = std::move(instance);
    return CallStatus::Done;
}

bool Interpreter::deliver(VmThread& thread, const Continuation& continuation, Value result) {
    Frame& frame = thread.top();
    switch (continuation.kind) {
    case Continuation::Kind::Push: frame.push(std::move(result)); return true;
    case Continuation::Kind::Discard: return true;
    case Continuation::Kind::Construct:
        if (!result.isNone()) {
            raise(types_.typeError, concat("__init__() should return None, not '", RuntimeContext::typeName(result), "'"));
            return false;
        }
        frame.push(continuation.value);
        return true;
    case Continuation::Kind::SetupWith:
        frame.blocks[frame.blockCount++] = Block{Block::Type::Finally, continuation.arg, frame.stackLevel()};
        frame.push(std::move(result));
        return true;
    case Continuation::Kind::NativeStep: {
        // The callable a native handed the thread to has returned: the native goes on. When it
        // answers at once, its answer goes where the native call's result was due.
        Value stepValue = continuation.value;
        Value answer;
        switch (continueNative(thread, stepValue, std::move(result), answer)) {
        case CallStatus::Done: return deliver(thread, stepValue.as<NativeStepObject>()->continuation, std::move(answer));
        case CallStatus::Failed: return false;
        case CallStatus::Pushed:
        case CallStatus::Suspended: return true;  // the caller looks at thread.suspension
        }
        return true;
    }
    case Continuation::Kind::BuildClass:
    case Continuation::Kind::ForLoopEnd:
    case Continuation::Kind::YieldFromEnd:
    case Continuation::Kind::GeneratorStep: break;  // returnFromFrame's
    }
    frame.push(std::move(result));
    return true;
}

bool Interpreter::returnFromFrame(VmThread& thread, Value result) {
    Frame& frame = thread.top();
    Continuation continuation = std::move(frame.continuation);
    if (continuation.kind == Continuation::Kind::BuildClass) {
        Value cls;
        bool ok = finishClass(frame, continuation.value, result, cls);
        thread.popFrame();
        if (!ok) return false;
        thread.top().push(std::move(cls));
        return true;
    }
    if (continuation.kind == Continuation::Kind::ForLoopEnd || continuation.kind == Continuation::Kind::YieldFromEnd ||
        continuation.kind == Continuation::Kind::GeneratorStep) {
        // A generator resumed on the thread's stack (InterpreterLoop: ForIter, YieldFrom;
        // startGeneratorResume) is exhausted. A for loop drops it and goes on after its body,
        // as it does for any iterator's StopIteration (whose value a for loop ignores); a
        // `yield from` gives what it returned as its result, in the generator's place on the
        // stack; next() and send() raise StopIteration with it, or give next()'s default.
        GeneratorObject* generator = frame.generator;
        const Value owner = std::move(frame.owner);  // alive until it has answered
        frame.generator = nullptr;
        generator->state = GeneratorObject::State::Finished;
        generator->returned = result;
        thread.popFrame();
        Frame& below = thread.top();
        switch (continuation.kind) {
        case Continuation::Kind::ForLoopEnd:
            below.pop();
            below.pc = continuation.arg;
            return true;
        case Continuation::Kind::YieldFromEnd: below.sp[-1] = std::move(result); return true;
        default:
            if (!continuation.value.isEmpty()) {
                below.push(continuation.value);
                return true;
            }
            raiseStopIteration(generator->returned);
            return false;
        }
    }
    thread.popFrame();
    return deliver(thread, continuation, std::move(result));
}

// ---------------------------------------------------------------- calls from C++

Value Interpreter::call(RuntimeContext&, const Value& callable, std::span<const Value> args) {
    return callWithKeywords(callable, args, {});
}

Value Interpreter::callWithKeywords(const Value& callable, std::span<const Value> args, std::span<const KeywordArg> keywords) {
    if (current_) return callNested(*current_, callable, args, keywords);
    return callOnFreshThread(callable, args, keywords);
}

Value Interpreter::callOnFreshThread(const Value& callable, std::span<const Value> args, std::span<const KeywordArg> keywords) {
    VmThread& thread = scratchThread();
    current_ = &thread;
    thread.budget = 0;
    thread.runBudget = 0;
    Value result = callNested(thread, callable, args, keywords);
    current_ = nullptr;
    return result;
}

Value Interpreter::callNested(VmThread& thread, const Value& callable, std::span<const Value> args,
                              std::span<const KeywordArg> keywords) {
    if (thread.nestedDepth >= config_.nestedCallLimit) {
        return raise(types_.recursionError, "maximum recursion depth exceeded while calling a Python object");
    }
    std::vector<Value> all(args.begin(), args.end());
    std::vector<Value> keyNames;
    for (const KeywordArg& k : keywords) {
        all.push_back(k.value);
        keyNames.push_back(intern(k.name));
    }
    Value kwnames = keyNames.empty() ? Value() : ctx_.newTuple(std::move(keyNames));
    Frame& boundary = thread.pushFrame();
    boundary.reset(nullptr);
    ++thread.nestedDepth;
    Value result;
    CallStatus status = invoke(thread, callable, all.data(), static_cast<int>(all.size()),
                               kwnames.isEmpty() ? nullptr : kwnames.as<TupleObject>(), Continuation::push(), result);
    if (status == CallStatus::Pushed) {
        Value saved = std::move(thread.propagating);
        thread.propagating = Value();
        execute(thread);
        Frame& top = thread.top();
        if (!thread.propagating.isEmpty()) {
            raiseObject(thread.propagating);
            result = Value::error();
        } else {
            result = top.sp > top.stackBase ? top.pop() : Value::none();
        }
        thread.propagating = std::move(saved);
    } else if (status == CallStatus::Suspended) {
        result = raise(types_.runtimeError, "a blocking call cannot run inside a callback in timeslice");
    } else if (status == CallStatus::Failed) {
        result = Value::error();
    }
    --thread.nestedDepth;
    thread.popFrame();
    return result;
}

}  // namespace ts::script

namespace ts::script {

void Interpreter::finalize(Object& object) {
    if (object.kind() != GeneratorObject::Kind) return;
    auto& generator = static_cast<GeneratorObject&>(object);
    // Closing one that holds no handler (try, with) would run nothing the program can see.
    if (generator.state != GeneratorObject::State::Suspended || !generator.frame || generator.frame->blockCount == 0) {
        return;
    }
    // The drop may come in the middle of an instruction, or while an error is on its way:
    // the error is kept aside meanwhile.
    PyError pending = std::move(ctx_.error());
    ctx_.error().clear();
    if (GeneratorMethods::close(*this, generator).isError()) {
        // As CPython reports an exception it cannot raise anywhere (its "unraisable" hook).
        Value exception = takeError();
        std::string repr;
        generator.appendRepr(ctx_, repr);
        std::string text;
        if (isPython2()) {
            // CPython 2 shows the exception it raised itself (generator ignored GeneratorExit)
            // by its message, one raised by Python code by the instance's repr.
            auto* raised = exception.as<ExceptionObject>();
            const auto& args = raised->args.as<TupleObject>()->items();
            const bool native = raised->traceback.empty() && args.size() == 1 && args[0].is<StrObject>();
            std::string value;
            if (!toRepr(native ? args[0] : exception, value)) ctx_.error().clear();
            text = concat("Exception ", RuntimeContext::typeName(exception), ": ", value, " in ", repr, " ignored\n");
        } else {
            // Without the GeneratorExit it was handling, as CPython prints it.
            auto* raised = exception.as<ExceptionObject>();
            if (isInstance(raised->context, types_.generatorExit)) raised->context = Value();
            text = concat("Exception ignored in: ", repr, "\n", formatTraceback(exception));
        }
        write(OutputStream::Stderr, text);  // the current thread's, or the scratch one's
    }
    ctx_.error() = std::move(pending);
}

Value Interpreter::resumeGenerator(GeneratorObject& generator, Value sent, Value thrown) {
    if (generator.state == GeneratorObject::State::Finished) return Value::exhausted();
    if (generator.state == GeneratorObject::State::Running) return raise(types_.valueError, "generator already executing");
    if (!current_) {
        current_ = &scratchThread();
        Value v = resumeGenerator(generator, std::move(sent), std::move(thrown));
        current_ = nullptr;
        return v;
    }
    VmThread& thread = *current_;
    if (thread.nestedDepth >= config_.nestedCallLimit || thread.pythonDepth >= config_.recursionLimit) {
        return raise(types_.recursionError, "maximum recursion depth exceeded");
    }
    Frame& boundary = thread.pushFrame();
    boundary.reset(nullptr);
    bool started = generator.state != GeneratorObject::State::Created;
    generator.state = GeneratorObject::State::Running;
    thread.attachFrame(generator.frame);
    Frame& frame = thread.top();
    frame.generator = &generator;
    frame.continuation = Continuation::push();  // a for loop may have resumed it before
    // The value of the yield expression it stopped at; or the exception thrown in, raised
    // there (at the first instruction of one not started: no handler is active yet).
    if (started && thrown.isEmpty()) frame.push(sent.isEmpty() ? Value::none() : std::move(sent));
    ++thread.nestedDepth;
    Value saved = std::move(thread.propagating);
    thread.propagating = std::move(thrown);
    thread.raisePending = !thread.propagating.isEmpty();
    execute(thread);
    Value result;
    Frame& top = thread.top();
    if (!thread.propagating.isEmpty()) {
        generator.state = GeneratorObject::State::Finished;
        raiseObject(thread.propagating);
        result = Value::error();
    } else if (generator.state == GeneratorObject::State::Suspended) {
        result = top.pop();
    } else {
        generator.state = GeneratorObject::State::Finished;
        if (top.sp > top.stackBase) generator.returned = top.pop();  // what it returned
        while (top.sp > top.stackBase) top.pop();
        result = Value::exhausted();
    }
    thread.propagating = std::move(saved);
    --thread.nestedDepth;
    thread.popFrame();
    return result;
}

}  // namespace ts::script
