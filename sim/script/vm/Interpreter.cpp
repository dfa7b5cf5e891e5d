#include "script/vm/Interpreter.h"

#include <algorithm>

#include "script/builtins/BuiltinsModule.h"
#include "script/builtins/StandardModules.h"
#include "script/runtime/Concat.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TextConversion.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/BuiltinFunctionObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/FunctionObject.h"
#include "script/vm/ModuleObject.h"
#include "script/vm/TextStreamObject.h"

namespace ts::script {

Interpreter::Interpreter(RuntimeContext& ctx, VmConfig config, OutputSink* sink)
    : ctx_(ctx), config_(config), sink_(sink), types_(*this) {
    if (config_.instructionCost < 1) config_.instructionCost = 1;
    ctx_.setCallbacks(this);
    ctx_.heap().setFinalizer(this);
    types_.create();
    stdout_ = ctx_.heap().make<TextStreamObject>(OutputStream::Stdout);
    stderr_ = ctx_.heap().make<TextStreamObject>(OutputStream::Stderr);
    builtins_ = ctx_.newDict();
    BuiltinsModule::install(*this, builtins_);
    objectInit_ = classAttribute(types_.objectClass, "__init__");
    buildClassFunction_ = makeNative("__build_class__", [](NativeCall& call) {
        return call.raise(call.vm.types().typeError, "__build_class__ called outside a class statement");
    });
    builtins_.as<DictObject>()->set(ctx_, intern("__build_class__"), buildClassFunction_);
    StandardModules::registerAll(registry_);

    Value mainDict = ctx_.newDict();
    auto* dict = mainDict.as<DictObject>();
    dict->set(ctx_, intern("__name__"), ctx_.newStr("__main__"));
    dict->set(ctx_, intern("__doc__"), Value::none());
    dict->set(ctx_, intern("__builtins__"), builtins_);
    mainModule_ = ctx_.heap().make<ModuleObject>("__main__", mainDict);
    mainModule_.as<ModuleObject>()->native = false;
    loadedModules_["__main__"] = mainModule_;
}

Interpreter::~Interpreter() {
    if (ctx_.callbacks() == this) ctx_.setCallbacks(nullptr);
    ctx_.heap().setFinalizer(nullptr);  // what is freed from here on runs no program code
}

void Interpreter::addSource(const std::string& fileName, std::string text) { sources_[fileName] = std::move(text); }

std::shared_ptr<CodeInfo> Interpreter::codeInfo(const std::shared_ptr<const CodeObject>& code) {
    auto found = codeInfos_.find(code.get());
    if (found != codeInfos_.end()) return found->second;
    auto info = std::make_shared<CodeInfo>();
    info->code = code;
    for (const std::string& n : code->names) info->names.push_back(intern(n));
    for (const std::string& n : code->varnames) info->varnames.push_back(intern(n));
    info->globalHints.assign(code->names.size(), UINT32_MAX);
    info->localCount = static_cast<int>(code->varnames.size());
    info->cellCount = static_cast<int>(code->cellvars.size() + code->freevars.size());
    info->frameSlots = info->localCount + info->cellCount + code->stackSize + 1;
    info->simpleArguments = (code->flags & (CodeObject::kVarArgs | CodeObject::kVarKeywords)) == 0 &&
                            code->kwOnlyArgCount == 0 && code->cellvars.empty();
    codeInfos_.emplace(code.get(), info);
    return info;
}

// ---------------------------------------------------------------- threads

std::unique_ptr<VmThread> Interpreter::startMainThread(std::shared_ptr<const CodeObject> module, std::string name) {
    auto thread = std::make_unique<VmThread>(nextThreadId_++, std::move(name));
    Frame& base = thread->pushFrame();
    base.reset(nullptr);
    Frame& frame = thread->pushFrame();
    frame.reset(codeInfo(module));
    ++thread->pythonDepth;
    frame.globals = mainModule_.as<ModuleObject>()->globals;
    frame.locals = frame.globals;
    return thread;
}

std::unique_ptr<VmThread> Interpreter::startThread(const Value& callable, std::vector<Value> args, Value kwargs,
                                                   std::string name) {
    auto thread = std::make_unique<VmThread>(nextThreadId_++, std::move(name));
    Frame& base = thread->pushFrame();
    base.reset(nullptr);
    // The first run makes the call: a native that thread runs, Python code that it enters.
    std::vector<Value> entry;
    entry.push_back(callable);
    entry.push_back(ctx_.newTuple(std::move(args)));
    entry.push_back(kwargs.isEmpty() ? ctx_.newDict() : kwargs);
    base.continuation.value = ctx_.newTuple(std::move(entry));
    base.continuation.arg = 1;  // marks "entry call not made yet"
    return thread;
}

Time Interpreter::timeOf(const VmThread& thread) const {
    std::int64_t done = thread.runBudget - thread.budget;
    return thread.runStart + std::max<std::int64_t>(done - 1, 0) * config_.instructionCost;
}

void Interpreter::finishThread(VmThread& thread) {
    thread.status = VmThread::Status::Finished;
    Frame& base = thread.top();
    if (!thread.propagating.isEmpty()) {
        thread.uncaught = std::move(thread.propagating);
        thread.propagating = Value();
        reportUncaught(thread);
    } else if (base.sp > base.stackBase) {
        thread.result = base.pop();
    }
    while (thread.depth() > 0) thread.popFrame();
    thread.handledException = Value();
}

RunOutcome Interpreter::runThread(VmThread& thread, Time now, Time limit) {
    RunOutcome outcome;
    if (thread.status == VmThread::Status::Finished) {
        outcome.end = now + 1;
        outcome.after = Demand::exit();
        return outcome;
    }
    if (thread.suspension) {
        // The binding normally resumes in ThreadBody::next(); a plain runner may not.
        Demand d = resumeThread(thread, WakeStatus::Normal, now);
        if (d.kind != Demand::Kind::Run) {
            outcome.end = now + 1;
            outcome.after = d;
            return outcome;
        }
    }
    Time cost = config_.instructionCost;
    std::int64_t allowed = limit > now ? (limit - now + cost - 1) / cost : 1;
    if (config_.maxInstructions > 0) {
        const std::int64_t left = config_.maxInstructions - totalInstructions_;
        if (left <= 0) {
            if (!instructionLimitReached_) {
                thread.runStart = now;
                thread.runBudget = thread.budget = 0;
                reachInstructionLimit(thread, "");
            }
            outcome.end = now + 1;
            outcome.after = Demand::exit();
            return outcome;
        }
        allowed = std::min(allowed, left);
    }
    thread.runStart = now;
    thread.runBudget = std::max<std::int64_t>(allowed, 1);
    thread.budget = thread.runBudget;
    VmThread* previous = current_;
    current_ = &thread;

    // The first run of a thread made by startThread() calls its entry callable.
    Frame& bottom = thread.frameAt(0);
    Stop stop = Stop::Budget;
    bool entered = true;
    if (thread.depth() == 1 && bottom.continuation.arg == 1) {
        bottom.continuation.arg = 0;
        Value entry = std::move(bottom.continuation.value);
        const auto& parts = entry.as<TupleObject>()->items();
        --thread.budget;  // the call is the thread's first instruction
        const auto& positional = parts[1].as<TupleObject>()->items();
        std::vector<Value> args(positional.begin(), positional.end());
        std::vector<KeywordArg> keywords;
        std::vector<Value> keyNames;
        // threading.Thread(kwargs=...) keeps whatever it is given; as in CPython, the new thread
        // then fails as f(**kwargs) would when that is not a dict with str keys (it was read as
        // a dict unchecked: found by tests/fuzz, fuzz_run).
        bool keywordsValid = parts[2].is<DictObject>();
        if (!keywordsValid) {
            raise(types_.typeError, "argument after ** must be a mapping");
        } else {
            for (const auto& e : parts[2].as<DictObject>()->table().entries()) {
                if (e.key.isEmpty()) continue;
                if (!e.key.is<StrObject>()) {
                    raise(types_.typeError, "keywords must be strings");
                    keywordsValid = false;
                    break;
                }
                args.push_back(e.value);
                keyNames.push_back(e.key);
            }
        }
        Value kwnames = keyNames.empty() ? Value() : ctx_.newTuple(std::move(keyNames));
        Value result;
        CallStatus status = CallStatus::Failed;
        if (keywordsValid) {
            status = invoke(thread, parts[0], args.data(), static_cast<int>(args.size()),
                            kwnames.isEmpty() ? nullptr : kwnames.as<TupleObject>(), Continuation::push(), result);
        }
        switch (status) {
        case CallStatus::Done: bottom.push(std::move(result)); stop = Stop::Boundary; entered = false; break;
        case CallStatus::Failed:
            thread.propagating = takeError();
            stop = Stop::Boundary;
            entered = false;
            break;
        case CallStatus::Suspended: stop = Stop::Suspended; entered = false; break;
        case CallStatus::Pushed: break;
        }
    }
    if (entered) stop = execute(thread);
    current_ = previous;

    std::int64_t executed = thread.runBudget - thread.budget;
    thread.instructionsExecuted += executed;
    totalInstructions_ += executed;
    outcome.end = now + std::max<std::int64_t>(executed, 1) * cost;
    switch (stop) {
    case Stop::Budget: outcome.after = Demand::run(); break;
    case Stop::Suspended:
        thread.status = VmThread::Status::Suspended;
        outcome.after = thread.suspension->demand;
        break;
    case Stop::Boundary:
        finishThread(thread);
        outcome.after = Demand::exit();
        break;
    }
    return outcome;
}

Demand Interpreter::resumeThread(VmThread& thread, WakeStatus wake, Time now) {
    if (!thread.suspension) return thread.status == VmThread::Status::Finished ? Demand::exit() : Demand::run();
    std::unique_ptr<VmThread::Suspension> pending = std::move(thread.suspension);
    thread.status = VmThread::Status::Runnable;
    // The resume step runs at the wake-up, not at the start of the thread's last run.
    thread.runStart = now;
    thread.runBudget = 0;
    thread.budget = 0;
    VmThread* previous = current_;
    current_ = &thread;
    NativeCall call{*this, thread, ctx_, pending->self, CallArgs{}, wake, now, Value()};
    Value result = pending->resume(call);
    bool ok = !result.isError();
    if (ok && result.isEmpty() && thread.suspension) {
        thread.suspension->continuation = pending->continuation;
    } else if (ok && result.isEmpty() && thread.tailCall) {
        // The step hands the thread to Python code: deliver now only if it answered at once.
        Value value;
        switch (startTail(thread, pending->self, pending->continuation, value)) {
        case CallStatus::Done: ok = deliver(thread, pending->continuation, std::move(value)); break;
        case CallStatus::Failed: ok = false; break;
        case CallStatus::Pushed:
        case CallStatus::Suspended: break;
        }
    } else if (ok) {
        ok = deliver(thread, pending->continuation, result.isEmpty() ? Value::none() : std::move(result));
    }
    current_ = previous;
    if (!ok) {
        thread.propagating = takeError();
        thread.raisePending = true;
        return Demand::run();
    }
    if (thread.suspension) {
        thread.status = VmThread::Status::Suspended;
        return thread.suspension->demand;
    }
    return Demand::run();
}

// ---------------------------------------------------------------- errors

void Interpreter::raiseMemoryError() {
    raise(types_.memoryError, concat("the program's objects hold more than ", std::to_string(ctx_.heap().limit()),
                                     " bytes (the memory limit)"));
}

Value Interpreter::newException(const Value& cls, std::vector<Value> args) {
    Value tuple = ctx_.newTuple(std::move(args));
    return ctx_.heap().make<ExceptionObject>(cls, ctx_.newDict(), tuple);
}

Value Interpreter::raise(const Value& cls, std::string message) {
    std::vector<Value> args;
    args.push_back(ctx_.newStr(std::move(message)));
    return raiseObject(newException(cls, std::move(args)));
}

Value Interpreter::raiseObject(const Value& exception) {
    // The runtime only knows ErrorKinds: keep the object as the error's payload, under the kind
    // closest to its class, so errors crossing runtime code keep their identity.
    ErrorKind kind = ErrorKind::RuntimeError;
    static constexpr ErrorKind kinds[] = {ErrorKind::TypeError, ErrorKind::ValueError, ErrorKind::ZeroDivisionError,
                                          ErrorKind::IndexError, ErrorKind::KeyError, ErrorKind::AttributeError,
                                          ErrorKind::StopIteration};
    if (InstanceObject* inst = asInstance(exception)) {
        for (ErrorKind k : kinds) {
            if (inst->classObject()->isSubclassOf(types_.exceptionFor(k).as<ClassObject>())) kind = k;
        }
    }
    ctx_.raise(kind, "");
    ctx_.error().payload = exception;
    return Value::error();
}

Value Interpreter::takeError() {
    PyError& error = ctx_.error();
    Value exception;
    if (error.payload.is<ExceptionObject>()) {
        exception = std::move(error.payload);
    } else {
        const Value& cls = types_.exceptionFor(error.kind);
        std::vector<Value> args;
        if (error.kind == ErrorKind::KeyError && !error.payload.isEmpty()) args.push_back(error.payload);
        else if (!error.message.empty() || error.kind != ErrorKind::StopIteration) args.push_back(ctx_.newStr(error.message));
        if (error.kind == ErrorKind::None) args.assign(1, ctx_.newStr("error without a message (internal)"));
        exception = newException(cls, std::move(args));
    }
    error.clear();
    return exception;
}

// ---------------------------------------------------------------- values

Value Interpreter::intern(std::string_view name) { return Value(ctx_.interner().intern(name)); }

Value Interpreter::makeNative(std::string name, NativeImpl impl, bool bindsAsMethod) {
    return ctx_.heap().make<BuiltinFunctionObject>(std::move(name), std::move(impl), bindsAsMethod);
}

void Interpreter::defineNative(const Value& dict, std::string name, NativeImpl impl, bool bindsAsMethod) {
    Value key = intern(name);
    dict.as<DictObject>()->set(ctx_, key, makeNative(std::move(name), std::move(impl), bindsAsMethod));
}

Value Interpreter::makeClass(std::string name, std::string module, std::vector<Value> bases) {
    Value cls = ctx_.heap().make<ClassObject>(name, ctx_.newDict());
    auto* c = cls.as<ClassObject>();
    c->qualname = std::move(name);
    c->module = std::move(module);
    if (bases.empty()) bases.push_back(types_.objectClass);
    for (const Value& b : bases) {
        c->bases.push_back(b);
        if (b.as<ClassObject>()->layout == ClassObject::Layout::Exception) c->layout = ClassObject::Layout::Exception;
    }
    std::string ignored;
    c->computeMro(ignored);
    return cls;
}

bool Interpreter::isSubclass(const Value& cls, const Value& base) {
    auto* c = cls.tryAs<ClassObject>();
    auto* b = base.tryAs<ClassObject>();
    return c && b && c->isSubclassOf(b);
}

bool Interpreter::isInstance(const Value& v, const Value& cls) { return isSubclass(types_.classOf(v), cls); }

bool Interpreter::toStr(const Value& v, std::string& out) { return TextConversion::appendStr(ctx_, v, out); }
bool Interpreter::toRepr(const Value& v, std::string& out) { return TextConversion::appendRepr(ctx_, v, out); }

Value Interpreter::classAttribute(const Value& cls, std::string_view name) {
    auto* c = cls.tryAs<ClassObject>();
    if (!c) return Value();
    return c->lookup(ctx_, name);
}

int Interpreter::callSpecialMethod(const Value& self, std::string_view name, std::span<const Value> args, Value& out) {
    const Value& cls = types_.classOf(self);
    Value attribute = classAttribute(cls, name);
    if (attribute.isEmpty()) return 0;
    Value bound = bindIfMethod(attribute, self, cls);
    out = call(ctx_, bound, args);
    return out.isError() ? -1 : 1;
}

// ---------------------------------------------------------------- output

void Interpreter::write(OutputStream stream, std::string_view text) {
    if (current_) {
        write(stream, text, *current_);
        return;
    }
    write(stream, text, scratchThread());
}

VmThread& Interpreter::scratchThread() {
    if (!scratchThread_) scratchThread_ = std::make_unique<VmThread>(0, "MainThread");
    return *scratchThread_;
}

void Interpreter::write(OutputStream stream, std::string_view text, const VmThread& writer) {
    if (!sink_ || text.empty()) return;
    const Time at = timeOf(writer);
    // An abandoned program shows nothing more: past its instruction limit, nothing at all; past
    // the time limit, nothing after it (another CPU's thread may still print before it).
    if (abandoned_ && (instructionLimitReached_ || at > config_.runUntil)) return;
    sink_->write(stream, text, writer, at);
}

void Interpreter::reachInstructionLimit(VmThread& thread, std::string_view where) {
    instructionLimitReached_ = true;  // the runner ends the run (ProgramSetup::ended)
    // Said once, on stderr, so the user sees why the program stopped mid-way.
    write(OutputStream::Stderr,
          concat("timeslice: the program reached its instruction limit (maxInstructions = ",
                 std::to_string(config_.maxInstructions), ")", where, " and was stopped\n"),
          thread);
}

bool Interpreter::nestedRunPastLimit(VmThread& thread) {
    if (abandoned_) return true;
    const std::int64_t executed = thread.runBudget - thread.budget;
    const bool pastInstructions = config_.maxInstructions > 0 && totalInstructions_ + executed > config_.maxInstructions;
    const bool pastTime = config_.runUntil != kNever && timeOf(thread) > config_.runUntil;
    if (!pastInstructions && !pastTime) return false;
    if (pastInstructions && !instructionLimitReached_) reachInstructionLimit(thread, " inside nested code");
    // Past the time limit, the kernel ends the run at that limit, before this thread's run is
    // over: what the unwinding does later than that is never part of the run.
    abandoned_ = true;
    return true;
}

// ---------------------------------------------------------------- modules

Value Interpreter::importModule(std::string_view name) {
    auto loaded = loadedModules_.find(std::string(name));
    if (loaded != loadedModules_.end()) return loaded->second;
    const ModuleRegistry::Factory* factory = registry_.find(name);
    if (!factory) {
        return raise(types_.moduleNotFoundError,
                     isPython2() ? concat("No module named ", name) : concat("No module named '", name, "'"));
    }
    Value dict = ctx_.newDict();
    dict.as<DictObject>()->set(ctx_, intern("__name__"), ctx_.newStr(name));
    dict.as<DictObject>()->set(ctx_, intern("__doc__"), Value::none());
    Value module = ctx_.heap().make<ModuleObject>(std::string(name), dict);
    if (!(*factory)(*this, *module.as<ModuleObject>())) return Value::error();
    loadedModules_[std::string(name)] = module;
    return module;
}

}  // namespace ts::script
