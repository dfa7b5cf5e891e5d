#include "script/threading/ThreadClass.h"

#include "kernel/Thread.h"
#include "script/process/PythonProcess.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/threading/NativeSupport.h"
#include "script/threading/SyncClasses.h"
#include "script/threading/TimerClass.h"
#include "script/vm/ClassObject.h"
#include "script/vm/PropertyObject.h"

namespace ts::script {

namespace {

struct HandleState {
    Value target;
    Value args;    // tuple
    Value kwargs;  // dict or Empty
    std::string name;
    bool daemon = false;
    bool started = false;
    // A Ctrl-C cut a join() of it short in Python 3: CPython 3.11 then marks it stopped (its
    // _wait_for_tstate_lock releases the thread's lock on the way out), so is_alive() is False
    // and the program's end no longer waits for it, though it runs on.
    bool markedStopped = false;
    PythonThreadRecord* record = nullptr;
    void dropReferences() { target = args = kwargs = Value(); }
};
using ThreadBox = NativeBox<HandleState, VmKind::ThreadHandle>;

HandleState* stateOf(NativeCall& call, const Value& self) {
    HandleState* state = boxedState<ThreadBox>(self);
    if (!state) call.raise(call.vm.types().runtimeError, "thread.__init__() not called");
    return state;
}

bool isAlive(ThreadingShared& shared, const HandleState& state) {
    if (!state.record || state.record->ended || state.markedStopped) return false;
    return shared.process.kernel().threads()[static_cast<std::size_t>(state.record->tid)].state != ts::ThreadState::Terminated;
}

std::string strOf(const Value& v) { return v.is<StrObject>() ? std::string(v.as<StrObject>()->view()) : std::string(); }

void setName(ThreadingShared& shared, HandleState& state, std::string name) {
    state.name = std::move(name);
    if (state.record) {
        shared.process.rename(*state.record, state.name);
        state.record->vm->uncaughtHeader = "Exception in thread " + state.name + ":\n";
    }
}

// How CPython names a callable in "f() argument after * must be ...": Python 3 prefixes the
// module ("__main__.f()"), Python 2 does not.
std::string unpackErrorSubject(Interpreter& vm, const Value& target) {
    std::string name = "run";
    if (!target.isEmpty()) {
        Value qualname = vm.findAttr(target, vm.intern(vm.isPython2() ? "__name__" : "__qualname__"));
        if (qualname.is<StrObject>()) name = strOf(qualname);
        Value module = vm.isPython2() ? Value() : vm.findAttr(target, vm.intern("__module__"));
        if (module.is<StrObject>() && strOf(module) != "builtins") name = strOf(module) + "." + name;
        vm.context().error().clear();
    }
    return name + "()";
}

Value threadInit(ThreadingShared& shared, NativeCall& call, bool useArguments = true) {
    Interpreter& vm = call.vm;
    MethodArgs m = methodArgs(call);
    if (!asInstance(m.self)) return call.raise(vm.types().typeError, "Thread.__init__ needs a Thread");
    // Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None); a
    // Timer passes none of them. A misspelt keyword (targt=...) is a TypeError, as in CPython,
    // not silently a thread that runs nothing; it is raised before a default name is numbered.
    if (useArguments) {
        for (const KeywordArg& k : m.keywords) {
            const std::string_view key = k.name;
            if (key == "group" || key == "target" || key == "name" || key == "args" || key == "kwargs" ||
                key == "daemon" || (vm.isPython2() && key == "verbose")) {
                continue;
            }
            return call.raise(vm.types().typeError, std::string(vm.isPython2() ? "__init__()" : "Thread.__init__()") +
                                                        " got an unexpected keyword argument '" + std::string(key) + "'");
        }
    }
    Value box = call.ctx.heap().make<ThreadBox>();
    HandleState& state = box.as<ThreadBox>()->state;
    auto arg = [&](std::size_t index, std::string_view key) { return useArguments ? m.get(index, key) : nullptr; };
    const Value* target = arg(1, "target");
    const Value* name = arg(2, "name");
    const Value* args = arg(3, "args");
    const Value* kwargs = arg(4, "kwargs");
    const Value* daemon = arg(vm.isPython2() ? 6 : 5, "daemon");
    state.target = target && !target->isNone() ? *target : Value();
    // Kept as given: like CPython, args is unpacked only when the thread runs (threadStart).
    state.args = args ? *args : call.ctx.emptyTuple();
    state.kwargs = kwargs && !kwargs->isNone() ? *kwargs : Value();
    if (name && !name->isNone()) {
        std::string text;
        if (!vm.toStr(*name, text)) return Value::error();
        state.name = text;
    } else {
        state.name = "Thread-" + std::to_string(++shared.threadCounter);
        if (!vm.isPython2() && !state.target.isEmpty()) {
            Value targetName = vm.findAttr(state.target, vm.intern("__name__"));
            if (targetName.is<StrObject>()) state.name += " (" + strOf(targetName) + ")";
            call.ctx.error().clear();
        }
    }
    if (daemon && !daemon->isNone()) {
        state.daemon = truthy(daemon, false);
    } else if (PythonThreadRecord* current = shared.process.recordOf(call.thread)) {
        state.daemon = current->daemon;  // a new thread inherits its creator's daemon flag
    }
    asInstance(m.self)->nativeSlot = box;
    return Value::none();
}

// The target's positional arguments, as Thread.run's target(*args) unpacks them: a tuple, a
// list, a generator, any iterable (args=enumerate(...) included). False, with CPython's
// TypeError message, when args cannot be iterated.
bool targetArguments(Interpreter& vm, RuntimeContext& ctx, const HandleState& state, std::vector<Value>& args,
                     std::string& message) {
    if (auto* tuple = state.args.tryAs<TupleObject>()) {
        args.assign(tuple->items().begin(), tuple->items().end());
        return true;
    }
    if (Iteration::collect(ctx, state.args, args)) return true;
    ctx.error().clear();
    args.clear();
    message = unpackErrorSubject(vm, state.target) + " argument after * must be an iterable, not " +
              std::string(RuntimeContext::typeName(state.args));
    return false;
}

Value threadStart(ThreadingShared& shared, NativeCall& call) {
    Interpreter& vm = call.vm;
    MethodArgs m = methodArgs(call);
    HandleState* state = stateOf(call, m.self);
    if (!state) return Value::error();
    if (state->started) return call.raise(vm.types().runtimeError, "threads can only be started once");
    if (!shared.process.mayStartThread()) return Value::error();
    state->started = true;
    Value entry;
    std::vector<Value> args;
    Value kwargs;
    Value run = vm.classAttribute(asInstance(m.self)->cls, "run");
    if (run.identical(shared.defaultRun)) {
        // Thread's own run() calls the target: call it directly, as Python code of the thread.
        entry = state->target.isEmpty() ? vm.makeNative("run", [](NativeCall&) { return Value::none(); }) : state->target;
        kwargs = state->kwargs;
        if (std::string message; !targetArguments(vm, call.ctx, *state, args, message)) {
            // args that cannot be iterated (args=5 for args=(5,)) make the new thread fail with
            // CPython's TypeError, not run with none.
            kwargs = Value();
            entry = vm.makeNative("run", [message](NativeCall& failing) {
                return failing.raise(failing.vm.types().typeError, message);
            });
        }
    } else {
        entry = vm.getAttr(m.self, vm.intern("run"));
        if (entry.isError()) return entry;
    }
    PythonThreadRecord& record = shared.process.spawn(entry, std::move(args), kwargs, state->name, state->daemon, call.now,
                                                      m.self, "Exception in thread " + state->name + ":\n");
    // Python 2's threading prints "Exception in thread %s:\n%s" % (name, format_exc()) with
    // print, whose newline ends the report with a blank line.
    if (vm.isPython2()) record.vm->uncaughtTrailer = "\n";
    state->record = &record;
    record.startWaiter = shared.process.tidOf(call.thread);
    return call.suspend(Demand::block(BlockReason::Event), [](NativeCall&) { return Value::none(); });
}

Value threadJoin(ThreadingShared& shared, NativeCall& call) {
    Interpreter& vm = call.vm;
    MethodArgs m = methodArgs(call);
    HandleState* state = stateOf(call, m.self);
    if (!state) return Value::error();
    if (!state->started) return call.raise(vm.types().runtimeError, "cannot join thread before it is started");
    PythonThreadRecord* current = shared.process.recordOf(call.thread);
    if (state->record == current) return call.raise(vm.types().runtimeError, "cannot join current thread");
    if (!state->record || !isAlive(shared, *state)) return Value::none();
    const int tid = shared.process.tidOf(call.thread);
    if (state->record->endWaiters->wait(tid, call.now) == SyncResult::Done) return Value::none();
    shared.process.noteWait(tid, WaitNote{state->record->name + " (join)", nullptr});
    const Value self = m.self;
    return call.suspend(Demand::block(BlockReason::Join, timeoutOf(m.get(0, "timeout"))), [&shared, self](NativeCall& resumed) {
        HandleState* joined = boxedState<ThreadBox>(self);
        if (resumed.wake == WakeStatus::Interrupted && !resumed.vm.isPython2() && joined && joined->record) {
            joined->markedStopped = true;
            shared.process.kernel().releaseFromExitWait(joined->record->tid);
        }
        return Value::none();
    });
}

Value threadRepr(ThreadingShared& shared, NativeCall& call) {
    MethodArgs m = methodArgs(call);
    HandleState* state = boxedState<ThreadBox>(m.self);
    if (!state) return call.ctx.newStr("<Thread>");
    std::string cls = asInstance(m.self)->classObject()->name;
    std::string status = !state->started ? "initial" : isAlive(shared, *state) ? "started" : "stopped";
    if (state->daemon) status += " daemon";
    if (state->record) status += " " + std::to_string(state->record->ident);
    return call.ctx.newStr("<" + cls + "(" + state->name + ", " + status + ")>");
}

void addProperty(Interpreter& vm, const Value& cls, const char* name, NativeImpl get, NativeImpl set) {
    Value getter = vm.makeNative(name, std::move(get));
    Value setter = set ? vm.makeNative(name, std::move(set)) : Value::none();
    cls.as<ClassObject>()->dict.as<DictObject>()->set(vm.context(), vm.intern(name),
                                                      vm.context().heap().make<PropertyObject>(getter, setter, Value::none(), Value::none()));
}

Value makeHandle(ThreadingShared& shared, PythonThreadRecord& record, const char* className) {
    Interpreter& vm = shared.process.vm();
    Value cls = vm.makeClass(className, "threading", {shared.threadClass});
    Value instance = vm.context().heap().make<InstanceObject>(cls, vm.context().newDict());
    Value box = vm.context().heap().make<ThreadBox>();
    HandleState& state = box.as<ThreadBox>()->state;
    state.name = record.name;
    state.daemon = record.daemon;
    state.started = true;
    state.record = &record;
    state.args = vm.context().emptyTuple();
    asInstance(instance)->nativeSlot = box;
    return instance;
}

}  // namespace

Value ThreadClass::handleOf(ThreadingShared& shared, PythonThreadRecord& record) {
    if (record.handle.isEmpty()) record.handle = makeHandle(shared, record, record.isMain ? "_MainThread" : "_DummyThread");
    return record.handle;
}

void ThreadClass::build(ThreadingShared& shared) {
    if (!shared.threadClass.isEmpty()) return;
    SyncClasses::build(shared);
    Interpreter& vm = shared.process.vm();
    const bool python2 = vm.isPython2();
    Value cls = vm.makeClass("Thread", "threading", {});
    shared.threadClass = cls;
    auto method = [&](const char* name, NativeImpl impl) { SyncClasses::method(vm, cls, name, std::move(impl)); };
    method("__init__", [&shared](NativeCall& call) { return threadInit(shared, call); });
    method("start", [&shared](NativeCall& call) { return threadStart(shared, call); });
    method("join", [&shared](NativeCall& call) { return threadJoin(shared, call); });
    method("__repr__", [&shared](NativeCall& call) { return threadRepr(shared, call); });
    method("run", [](NativeCall& call) -> Value {
        // Called explicitly (t.run(), or super().run() from an override): the target runs as
        // the calling thread's own code, so it can be pre-empted and can block.
        HandleState* state = stateOf(call, methodArgs(call).self);
        if (!state) return Value::error();
        if (state->target.isEmpty()) return Value::none();
        std::vector<Value> args;
        if (std::string message; !targetArguments(call.vm, call.ctx, *state, args, message)) {
            return call.raise(call.vm.types().typeError, message);
        }
        return call.callThen(state->target, std::move(args), state->kwargs, [](NativeCall&) { return Value::none(); });
    });
    shared.defaultRun = vm.classAttribute(cls, "run");
    auto alive = [&shared](NativeCall& call) -> Value {
        HandleState* state = stateOf(call, methodArgs(call).self);
        return state ? Value::fromBool(isAlive(shared, *state)) : Value::error();
    };
    method("is_alive", alive);
    if (python2) method("isAlive", alive);
    auto getName = [](NativeCall& call) -> Value {
        HandleState* state = stateOf(call, methodArgs(call).self);
        return state ? call.ctx.newStr(state->name) : Value::error();
    };
    auto setNameNative = [&shared](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        HandleState* state = stateOf(call, m.self);
        if (!state) return Value::error();
        std::string text;
        if (m.positional.empty() || !call.vm.toStr(m.positional[0], text)) return Value::error();
        setName(shared, *state, text);
        return Value::none();
    };
    method("getName", getName);
    method("setName", setNameNative);
    addProperty(vm, cls, "name", getName, setNameNative);
    auto isDaemon = [](NativeCall& call) -> Value {
        HandleState* state = stateOf(call, methodArgs(call).self);
        return state ? Value::fromBool(state->daemon) : Value::error();
    };
    auto setDaemon = [&shared](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        HandleState* state = stateOf(call, m.self);
        if (!state) return Value::error();
        if (state->started) return call.raise(call.vm.types().runtimeError, "cannot set daemon status of active thread");
        state->daemon = truthy(m.positional.empty() ? nullptr : &m.positional[0], false);
        return Value::none();
    };
    method("isDaemon", isDaemon);
    method("setDaemon", setDaemon);
    addProperty(vm, cls, "daemon", isDaemon, setDaemon);
    auto ident = [](NativeCall& call) -> Value {
        HandleState* state = stateOf(call, methodArgs(call).self);
        if (!state) return Value::error();
        return state->record ? Value::fromInt(state->record->ident) : Value::none();
    };
    addProperty(vm, cls, "ident", ident, nullptr);
    if (!python2) addProperty(vm, cls, "native_id", ident, nullptr);

    TimerClass::build(shared, cls, [&shared](NativeCall& call) { return threadInit(shared, call, false); });
}

void ThreadClass::fillModule(ThreadingShared& shared, const Value& dict) {
    build(shared);
    Interpreter& vm = shared.process.vm();
    RuntimeContext& ctx = vm.context();
    auto* d = dict.as<DictObject>();
    const bool python2 = vm.isPython2();
    d->set(ctx, vm.intern("Thread"), shared.threadClass);
    d->set(ctx, vm.intern("Timer"), shared.timerClass);
    auto current = [&shared](NativeCall& call) -> Value {
        PythonThreadRecord* record = shared.process.recordOf(call.thread);
        return record ? handleOf(shared, *record) : Value::none();
    };
    auto enumerate = [&shared](NativeCall& call) -> Value {
        std::vector<Value> handles;
        for (PythonThreadRecord* record : shared.process.aliveThreads()) handles.push_back(handleOf(shared, *record));
        return call.ctx.newList(std::move(handles));
    };
    auto count = [&shared](NativeCall&) { return Value::fromInt(static_cast<std::int64_t>(shared.process.aliveThreads().size())); };
    vm.defineNative(dict, "current_thread", current);
    vm.defineNative(dict, "currentThread", current);
    vm.defineNative(dict, "enumerate", enumerate);
    vm.defineNative(dict, "active_count", count);
    vm.defineNative(dict, "activeCount", count);
    if (!python2) {
        vm.defineNative(dict, "main_thread", [&shared](NativeCall&) { return handleOf(shared, shared.process.mainThread()); });
        vm.defineNative(dict, "get_ident", [&shared](NativeCall& call) -> Value {
            PythonThreadRecord* record = shared.process.recordOf(call.thread);
            return Value::fromInt(record ? record->ident : 0);
        });
    }
    for (const char* name : {"settrace", "setprofile", "stack_size"}) {
        vm.defineNative(dict, name, [](NativeCall&) { return Value::fromInt(0); });
    }
}

}  // namespace ts::script
