#include "script/threading/ThreadingModules.h"

#include "script/process/PythonProcess.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/TupleObject.h"
#include "script/threading/LoggingModule.h"
#include "script/threading/QueueModule.h"
#include "script/threading/RandomModule.h"
#include "script/threading/SyncClasses.h"
#include "script/threading/ThreadClass.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ModuleObject.h"
#include "script/vm/ModuleRegistry.h"

namespace ts::script {

namespace {

// thread.start_new_thread(function, args[, kwargs]): a bare thread, daemon-like (it dies when
// the program ends), whose uncaught exception CPython reports in its own words.
Value startNewThread(ThreadingShared& shared, NativeCall& call) {
    Interpreter& vm = call.vm;
    if (call.args.size() < 2 || call.args.size() > 3) {
        return call.raise(vm.types().typeError, vm.isPython2() ? "start_new_thread expected at least 2 arguments"
                                                               : "start_new_thread expected at least 2 arguments, got " + std::to_string(call.args.size()));
    }
    const Value& function = call.args[0];
    if (!call.args[1].is<TupleObject>()) return call.raise(vm.types().typeError, "2nd arg must be a tuple");
    Value kwargs;
    if (call.args.size() == 3) {
        if (!call.args[2].is<DictObject>()) return call.raise(vm.types().typeError, "optional 3rd arg must be a dictionary");
        kwargs = call.args[2];
    }
    std::string repr;
    if (!vm.toRepr(function, repr)) return Value::error();
    const auto& items = call.args[1].as<TupleObject>()->items();
    std::string header = vm.isPython2() ? "Unhandled exception in thread started by " + repr + "\n"
                                        : "Exception ignored in thread started by: " + repr + "\n";
    if (!shared.process.mayStartThread()) return Value::error();
    const std::string name = "Dummy-" + std::to_string(++shared.dummyCounter);
    PythonThreadRecord& record = shared.process.spawn(function, std::vector<Value>(items.begin(), items.end()), kwargs, name,
                                                      true, call.now, Value(), std::move(header));
    return Value::fromInt(record.ident);
}

// threading.local (thread._local, _thread._local): its instances keep their attributes per thread.
const Value& localClass(ThreadingShared& shared) {
    if (shared.localClass.isEmpty()) {
        Interpreter& vm = shared.process.vm();
        shared.localClass = vm.makeClass("_local", vm.isPython2() ? "thread" : "_thread", {});
        auto* cls = shared.localClass.as<ClassObject>();
        cls->layout = ClassObject::Layout::ThreadLocal;
        cls->builtin = true;  // a C type in CPython: <type 'thread._local'> in Python 2
    }
    return shared.localClass;
}

bool fillThread(ThreadingShared& shared, ModuleObject& module) {
    Interpreter& vm = shared.process.vm();
    SyncClasses::build(shared);
    const Value& dict = module.globals;
    auto* d = dict.as<DictObject>();
    vm.defineNative(dict, "start_new_thread", [&shared](NativeCall& call) { return startNewThread(shared, call); });
    vm.defineNative(dict, "start_new", [&shared](NativeCall& call) { return startNewThread(shared, call); });
    auto allocate = [&shared](NativeCall&) { return SyncClasses::newLock(shared); };
    vm.defineNative(dict, "allocate_lock", allocate);
    vm.defineNative(dict, "allocate", allocate);
    d->set(vm.context(), vm.intern("LockType"), shared.lockClass);
    if (!vm.isPython2()) {
        d->set(vm.context(), vm.intern("lock"), shared.lockClass);
        d->set(vm.context(), vm.intern("RLock"), shared.rlockClass);
    }
    d->set(vm.context(), vm.intern("error"), vm.types().runtimeError);
    d->set(vm.context(), vm.intern("_local"), localClass(shared));
    vm.defineNative(dict, "get_ident", [&shared](NativeCall& call) -> Value {
        PythonThreadRecord* record = shared.process.recordOf(call.thread);
        return Value::fromInt(record ? record->ident : 0);
    });
    auto exitThread = [](NativeCall& call) { return call.vm.raiseObject(call.vm.newException(call.vm.types().systemExit, {})); };
    vm.defineNative(dict, "exit", exitThread);
    vm.defineNative(dict, "exit_thread", exitThread);
    vm.defineNative(dict, "_count", [&shared](NativeCall&) {
        return Value::fromInt(static_cast<std::int64_t>(shared.process.aliveThreads().size()) - 1);
    });
    return true;
}

bool fillThreading(ThreadingShared& shared, ModuleObject& module) {
    Interpreter& vm = shared.process.vm();
    SyncClasses::build(shared);
    const Value& dict = module.globals;
    auto* d = dict.as<DictObject>();
    RuntimeContext& ctx = vm.context();
    d->set(ctx, vm.intern("Lock"), shared.lockClass);
    d->set(ctx, vm.intern("RLock"), shared.rlockClass);
    d->set(ctx, vm.intern("Semaphore"), shared.semaphoreClass);
    d->set(ctx, vm.intern("BoundedSemaphore"), shared.boundedSemaphoreClass);
    d->set(ctx, vm.intern("Event"), shared.eventClass);
    d->set(ctx, vm.intern("Condition"), shared.conditionClass);
    if (!vm.isPython2()) {
        d->set(ctx, vm.intern("Barrier"), shared.barrierClass);
        d->set(ctx, vm.intern("BrokenBarrierError"), shared.brokenBarrierError);
        d->set(ctx, vm.intern("TIMEOUT_MAX"), Value::fromFloat(9223372036.0));
    }
    d->set(ctx, vm.intern("ThreadError"), vm.types().runtimeError);
    d->set(ctx, vm.intern("local"), localClass(shared));
    ThreadClass::fillModule(shared, dict);
    return true;
}

}  // namespace

void ThreadingModules::registerAll(ModuleRegistry& registry, ThreadingShared& shared) {
    const bool python2 = shared.process.vm().isPython2();
    registry.add(python2 ? "thread" : "_thread", [&shared](Interpreter&, ModuleObject& m) { return fillThread(shared, m); });
    registry.add("threading", [&shared](Interpreter&, ModuleObject& m) { return fillThreading(shared, m); });
    registry.add("logging", [&shared](Interpreter&, ModuleObject& m) { return LoggingModule::fill(shared.process, m); });
    registry.add("random", [&shared](Interpreter&, ModuleObject& m) { return RandomModule::fill(shared.process, m); });
    registry.add(python2 ? "Queue" : "queue", [&shared](Interpreter&, ModuleObject& m) { return QueueModule::fill(shared, m); });
}

}  // namespace ts::script
