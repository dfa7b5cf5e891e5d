#include "script/threading/SyncClasses.h"

#include "script/process/PythonProcess.h"
#include "script/runtime/Concat.h"
#include "script/threading/NativeSupport.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ObjectAddress.h"
#include "script/vm/VmThread.h"
#include "sync/SyncEvent.h"
#include "sync/SyncLock.h"
#include "sync/SyncSemaphore.h"

namespace ts::script {

namespace {

using LockBox = NativeBox<SyncLock, VmKind::Lock>;
using SemaphoreBox = NativeBox<SyncSemaphore, VmKind::Semaphore>;
using EventBox = NativeBox<SyncEvent, VmKind::Event>;

std::string addressTextImpl(const char* what, const Value& object);
void methodImpl(Interpreter& vm, const Value& cls, const char* name, NativeImpl impl);
std::string addressText(const char* what, const Value& object) { return addressTextImpl(what, object); }
void method(Interpreter& vm, const Value& cls, const char* name, NativeImpl impl) { methodImpl(vm, cls, name, std::move(impl)); }

std::string addressTextImpl(const char* what, const Value& object) {
    std::string text = what;
    text += ' ';
    appendAddress(object.asObject(), text);
    return text;
}

// Binds `impl` as method `name` of cls.
void methodImpl(Interpreter& vm, const Value& cls, const char* name, NativeImpl impl) {
    vm.defineNative(cls.as<ClassObject>()->dict, name, std::move(impl), true);
}

Value statusReprImpl(NativeCall& call, const Value& self, std::string_view status) {
    std::string text = "<";
    if (const auto* instance = asInstance(self); instance && instance->cls.is<ClassObject>()) {
        const ClassObject& cls = *instance->cls.as<ClassObject>();
        text += concat(cls.module, ".", cls.qualname.empty() ? cls.name : cls.qualname);
    }
    text += " at ";
    appendAddress(self.asObject(), text);
    return call.ctx.newStr(concat(text, ": ", status, ">"));
}

Value setSlot(const Value& self, Value box) {
    asInstance(self)->nativeSlot = std::move(box);
    return Value::none();
}

// acquire(blocking=True, timeout=-1) on a Lock or RLock: True, or False when it could not.
Value acquireLock(ThreadingShared& shared, NativeCall& call) {
    PythonProcess& p = shared.process;
    MethodArgs m = methodArgs(call);
    SyncLock* lock = SyncClasses::lockOf(m.self);
    if (!lock) return call.raise(call.vm.types().typeError, "descriptor 'acquire' requires a lock object");
    const bool blocking = truthy(m.get(0, call.vm.isPython2() ? "waitflag" : "blocking"), true);
    const Value* timeoutArg = m.get(1, "timeout");
    Time timeout = kNever;
    if (timeoutArg && !timeoutArg->isNone()) {
        const double seconds = timeoutArg->toDouble();
        if (!blocking && seconds != -1) return call.raise(call.vm.types().valueError, "can't specify a timeout for a non-blocking call");
        if (seconds < 0 && seconds != -1) return call.raise(call.vm.types().valueError, "timeout value must be a non-negative number");
        if (seconds >= 0) timeout = timeoutOf(timeoutArg);
    }
    const int tid = p.tidOf(call.thread);
    // Inside a C++ callback (len() running __len__, str() running __str__, a sort key) the VM
    // cannot suspend the thread. Only try the lock there: a blocking attempt would queue this
    // thread as a waiter before suspend() refuses, and a later release would hand the lock to
    // a thread that never takes it (every other thread then deadlocks on it).
    const bool nested = call.thread.nestedDepth > 0;
    switch (lock->acquire(tid, call.now, blocking && !nested)) {
    case SyncResult::Done: return Value::fromBool(true);
    case SyncResult::Busy:
        if (nested && blocking) return call.suspend(Demand::block(BlockReason::Lock, timeout), nullptr);  // raises RuntimeError
        return Value::fromBool(false);
    case SyncResult::Error: return Value::fromBool(false);
    case SyncResult::MustWait: break;
    }
    p.noteWait(tid, WaitNote{addressText(lock->reentrant() ? "rlock" : "lock", m.self), lock});
    // Woken normally, the releaser handed the lock over: it is ours. A timeout or Ctrl-C took
    // us out of the queue (the pending KeyboardInterrupt is raised at the next instruction).
    return call.suspend(Demand::block(BlockReason::Lock, timeout),
                        [](NativeCall& resumed) { return Value::fromBool(resumed.wake == WakeStatus::Normal); });
}

Value releaseLock(ThreadingShared& shared, NativeCall& call) {
    MethodArgs m = methodArgs(call);
    SyncLock* lock = SyncClasses::lockOf(m.self);
    if (!lock) return call.raise(call.vm.types().typeError, "descriptor 'release' requires a lock object");
    if (lock->release(shared.process.tidOf(call.thread), call.now) == SyncResult::Error) {
        return call.raise(call.vm.types().runtimeError,
                          lock->reentrant() ? "cannot release un-acquired lock" : "release unlocked lock");
    }
    return Value::none();
}

void buildLocks(ThreadingShared& shared) {
    Interpreter& vm = shared.process.vm();
    const bool python2 = vm.isPython2();
    for (bool reentrant : {false, true}) {
        Value cls = vm.makeClass(reentrant ? (python2 ? "_RLock" : "RLock") : "lock", python2 ? "thread" : "_thread", {});
        method(vm, cls, "__init__", [&shared, reentrant](NativeCall& call) {
            MethodArgs m = methodArgs(call);
            Kernel& kernel = shared.process.kernel();
            return setSlot(m.self, call.ctx.heap().make<LockBox>(kernel, shared.process.tidOf(call.thread), call.now, reentrant));
        });
        auto acquire = [&shared](NativeCall& call) { return acquireLock(shared, call); };
        auto release = [&shared](NativeCall& call) { return releaseLock(shared, call); };
        method(vm, cls, "acquire", acquire);
        method(vm, cls, "__enter__", acquire);
        method(vm, cls, "release", release);
        method(vm, cls, "__exit__", release);
        if (!reentrant) {
            method(vm, cls, "acquire_lock", acquire);
            method(vm, cls, "release_lock", release);
            method(vm, cls, "locked", [](NativeCall& call) {
                SyncLock* lock = SyncClasses::lockOf(methodArgs(call).self);
                return Value::fromBool(lock && lock->locked());
            });
        }
        method(vm, cls, "__repr__", [&shared, reentrant, python2](NativeCall& call) -> Value {
            MethodArgs m = methodArgs(call);
            SyncLock* lock = SyncClasses::lockOf(m.self);
            const PythonThreadRecord* owner = lock && lock->locked() ? shared.process.recordOfTid(lock->owner()) : nullptr;
            const int count = lock && lock->locked() ? lock->depth() : 0;
            if (reentrant && python2) {
                // threading.py 2.7: "<%s owner=%r count=%d>", the owner by its thread's name.
                std::string text = "<_RLock owner=";
                if (owner) {
                    if (!call.vm.toRepr(call.ctx.newStr(owner->name), text)) return Value::error();
                } else {
                    text += "None";
                }
                return call.ctx.newStr(concat(text, " count=", std::to_string(count), ">"));
            }
            std::string text = "<";
            if (!reentrant) text += python2 ? "thread.lock" : (lock && lock->locked() ? "locked _thread.lock" : "unlocked _thread.lock");
            else text += lock && lock->locked() ? "locked _thread.RLock" : "unlocked _thread.RLock";
            text += " object ";
            // CPython 3.11's RLock also tells its owner (the thread's get_ident()) and depth.
            if (reentrant) text += concat("owner=", std::to_string(owner ? owner->ident : 0), " count=", std::to_string(count), " ");
            text += "at ";
            appendAddress(m.self.asObject(), text);
            return call.ctx.newStr(text + ">");
        });
        (reentrant ? shared.rlockClass : shared.lockClass) = cls;
    }
}

Value acquireSemaphore(ThreadingShared& shared, NativeCall& call) {
    MethodArgs m = methodArgs(call);
    auto* semaphore = boxedState<SemaphoreBox>(m.self);
    if (!semaphore) return call.raise(call.vm.types().typeError, "not a semaphore");
    const bool blocking = truthy(m.get(0, "blocking"), true);
    const Time timeout = timeoutOf(m.get(1, "timeout"));
    const int tid = shared.process.tidOf(call.thread);
    switch (semaphore->acquire(tid, call.now, blocking)) {
    case SyncResult::Done: return Value::fromBool(true);
    case SyncResult::Busy:
    case SyncResult::Error: return Value::fromBool(false);
    case SyncResult::MustWait: break;
    }
    shared.process.noteWait(tid, WaitNote{addressText("semaphore", m.self), nullptr});
    return call.suspend(Demand::block(BlockReason::Semaphore, timeout),
                        [](NativeCall& resumed) { return Value::fromBool(resumed.wake == WakeStatus::Normal); });
}

void buildSemaphores(ThreadingShared& shared) {
    Interpreter& vm = shared.process.vm();
    for (bool bounded : {false, true}) {
        Value base = bounded ? shared.semaphoreClass : Value();
        std::vector<Value> bases;
        if (bounded) bases.push_back(base);
        const bool python2 = vm.isPython2();
        Value cls = vm.makeClass(bounded ? (python2 ? "_BoundedSemaphore" : "BoundedSemaphore") : (python2 ? "_Semaphore" : "Semaphore"),
                                 "threading", bases);
        method(vm, cls, "__init__", [&shared, bounded](NativeCall& call) -> Value {
            MethodArgs m = methodArgs(call);
            const Value* valueArg = m.get(0, "value");
            std::int64_t value = valueArg && valueArg->isIntLike() ? valueArg->asInt() : 1;
            if (value < 0) return call.raise(call.vm.types().valueError, "semaphore initial value must be >= 0");
            return setSlot(m.self, call.ctx.heap().make<SemaphoreBox>(shared.process.kernel(), shared.process.tidOf(call.thread),
                                                                       call.now, value, bounded));
        });
        if (!bounded) {
            auto acquire = [&shared](NativeCall& call) { return acquireSemaphore(shared, call); };
            auto release = [&shared](NativeCall& call) -> Value {
                MethodArgs m = methodArgs(call);
                auto* semaphore = boxedState<SemaphoreBox>(m.self);
                if (!semaphore) return call.raise(call.vm.types().typeError, "not a semaphore");
                const Value* n = m.get(0, "n");
                if (semaphore->release(shared.process.tidOf(call.thread), call.now, n && n->isIntLike() ? n->asInt() : 1) ==
                    SyncResult::Error) {
                    return call.raise(call.vm.types().valueError, "Semaphore released too many times");
                }
                return Value::none();
            };
            method(vm, cls, "acquire", acquire);
            method(vm, cls, "__enter__", acquire);
            method(vm, cls, "release", release);
            method(vm, cls, "__exit__", release);
        }
        if (!python2) {
            // "<threading.Semaphore at 0x...: value=2>", "...BoundedSemaphore at 0x...: value=1/2>"
            method(vm, cls, "__repr__", [](NativeCall& call) -> Value {
                MethodArgs m = methodArgs(call);
                auto* semaphore = boxedState<SemaphoreBox>(m.self);
                if (!semaphore) return SyncClasses::statusRepr(call, m.self, "uninitialised");
                std::string status = concat("value=", std::to_string(semaphore->value()));
                if (semaphore->bounded()) status += concat("/", std::to_string(semaphore->initial()));
                return SyncClasses::statusRepr(call, m.self, status);
            });
        }
        (bounded ? shared.boundedSemaphoreClass : shared.semaphoreClass) = cls;
    }
}

void buildEvent(ThreadingShared& shared) {
    Interpreter& vm = shared.process.vm();
    Value cls = vm.makeClass(vm.isPython2() ? "_Event" : "Event", "threading", {});
    method(vm, cls, "__init__", [&shared](NativeCall& call) {
        return setSlot(methodArgs(call).self,
                       call.ctx.heap().make<EventBox>(shared.process.kernel(), shared.process.tidOf(call.thread), call.now));
    });
    auto isSet = [](NativeCall& call) {
        auto* event = boxedState<EventBox>(methodArgs(call).self);
        return Value::fromBool(event && event->isSet());
    };
    if (!vm.isPython2()) {
        method(vm, cls, "__repr__", [](NativeCall& call) -> Value {
            MethodArgs m = methodArgs(call);
            auto* event = boxedState<EventBox>(m.self);
            return SyncClasses::statusRepr(call, m.self, event && event->isSet() ? "set" : "unset");
        });
    }
    method(vm, cls, "is_set", isSet);
    method(vm, cls, "isSet", isSet);
    method(vm, cls, "set", [&shared](NativeCall& call) {
        if (auto* event = boxedState<EventBox>(methodArgs(call).self)) event->set(shared.process.tidOf(call.thread), call.now);
        return Value::none();
    });
    method(vm, cls, "clear", [&shared](NativeCall& call) {
        if (auto* event = boxedState<EventBox>(methodArgs(call).self)) event->clear(shared.process.tidOf(call.thread), call.now);
        return Value::none();
    });
    method(vm, cls, "wait", [&shared](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        auto* event = boxedState<EventBox>(m.self);
        if (!event) return call.raise(call.vm.types().typeError, "not an event");
        const int tid = shared.process.tidOf(call.thread);
        if (event->wait(tid, call.now) == SyncResult::Done) return Value::fromBool(true);
        shared.process.noteWait(tid, WaitNote{addressText("event", m.self), nullptr});
        Value self = m.self;
        return call.suspend(Demand::block(BlockReason::Event, timeoutOf(m.get(0, "timeout"))), [self](NativeCall&) {
            auto* woken = boxedState<EventBox>(self);
            return Value::fromBool(woken && woken->isSet());
        });
    });
    shared.eventClass = cls;
}

}  // namespace

std::string SyncClasses::addressText(const char* what, const Value& object) { return addressTextImpl(what, object); }

Value SyncClasses::statusRepr(NativeCall& call, const Value& self, std::string_view status) {
    return statusReprImpl(call, self, status);
}

void SyncClasses::method(Interpreter& vm, const Value& cls, const char* name, NativeImpl impl) {
    methodImpl(vm, cls, name, std::move(impl));
}

SyncLock* SyncClasses::lockOf(const Value& instance) { return boxedState<LockBox>(instance); }

Value SyncClasses::newLock(ThreadingShared& shared) {
    build(shared);
    return shared.process.vm().call(shared.process.context(), shared.lockClass, {});
}

void SyncClasses::build(ThreadingShared& shared) {
    if (shared.syncClassesBuilt) return;
    shared.syncClassesBuilt = true;
    buildLocks(shared);
    buildSemaphores(shared);
    buildEvent(shared);
    buildConditions(shared);
}

}  // namespace ts::script
