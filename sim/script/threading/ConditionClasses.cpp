// threading.Condition and threading.Barrier (see SyncClasses.h).
#include <functional>
#include <memory>

#include "script/process/PythonProcess.h"
#include "script/runtime/Comparison.h"
#include "script/runtime/Concat.h"
#include "script/threading/NativeSupport.h"
#include "script/threading/SyncClasses.h"
#include "script/vm/ClassObject.h"
#include "script/runtime/DictObject.h"
#include "script/vm/PropertyObject.h"
#include "sync/SyncBarrier.h"
#include "sync/SyncCondition.h"
#include "sync/SyncLock.h"

namespace ts::script {

namespace {

struct ConditionState {
    ConditionState(Kernel& kernel, int creator, Time at, Value lockObject)
        : lock(std::move(lockObject)), condition(kernel, creator, at) {}
    Value lock;  // the Lock or RLock instance
    SyncCondition condition;
    void dropReferences() { lock = Value(); }
};
using ConditionBox = NativeBox<ConditionState, VmKind::Condition>;

struct BarrierState {
    BarrierState(Kernel& kernel, int creator, Time at, int parties) : barrier(kernel, creator, at, parties) {}
    SyncBarrier barrier;
    Value action;
    Time timeout = kNever;
    void dropReferences() { action = Value(); }
};
using BarrierBox = NativeBox<BarrierState, VmKind::Barrier>;

// Calls the condition's lock's method `name` with the call's arguments. Through callThen, not
// a nested vm.call: `with cond:` and cond.acquire() block when another thread holds the lock,
// and only a call on the thread's own stack may suspend.
Value forwardToLock(NativeCall& call, const char* name) {
    MethodArgs m = methodArgs(call);
    auto* state = boxedState<ConditionBox>(m.self);
    if (!state) return call.raise(call.vm.types().typeError, "not a condition");
    Value bound = call.vm.getAttr(state->lock, call.vm.intern(name));
    if (bound.isError()) return bound;
    std::vector<Value> args(m.positional.begin(), m.positional.end());
    Value kwargs;
    if (!m.keywords.empty()) {
        kwargs = call.ctx.newDict();
        for (const KeywordArg& k : m.keywords) kwargs.as<DictObject>()->set(call.ctx, call.vm.intern(k.name), k.value);
    }
    return call.callThen(bound, std::move(args), kwargs, [](NativeCall& after) { return after.returned; });
}

// What a wait does once it holds the lock again, told whether it was notified (or timed out).
using AfterWait = std::function<Value(NativeCall&, bool notified)>;

// The last step of Condition.wait: take the lock again (perhaps waiting in its queue), restore
// an RLock's depth, and go on with `after`.
Value reacquire(ThreadingShared& shared, NativeCall& call, SyncLock* lock, int depth, bool notified, AfterWait after) {
    PythonProcess& p = shared.process;
    const int tid = p.tidOf(call.thread);
    if (lock->acquire(tid, p.clock(), true) == SyncResult::Done) {
        lock->restoreDepth(depth);
        return after(call, notified);
    }
    return call.suspend(Demand::block(BlockReason::Lock), [lock, depth, notified, after](NativeCall& resumed) {
        lock->restoreDepth(depth);
        return after(resumed, notified);
    });
}

// Condition.wait(timeout) on self's condition, then `after`.
Value waitThen(ThreadingShared& shared, NativeCall& call, const Value& self, Time timeout, AfterWait after) {
    PythonProcess& p = shared.process;
    auto* state = boxedState<ConditionBox>(self);
    if (!state) return call.raise(call.vm.types().typeError, "not a condition");
    SyncLock* lock = SyncClasses::lockOf(state->lock);
    const int tid = p.tidOf(call.thread);
    if (!lock || lock->owner() != tid) return call.raise(call.vm.types().runtimeError, "cannot wait on un-acquired lock");
    const int depth = lock->releaseAll(tid, call.now);
    state->condition.wait(tid, call.now);
    p.noteWait(tid, WaitNote{SyncClasses::addressText("condition", self), nullptr});
    return call.suspend(Demand::block(BlockReason::Condition, timeout),
                        [&shared, lock, depth, after = std::move(after)](NativeCall& resumed) {
                            return reacquire(shared, resumed, lock, depth, resumed.wake == WakeStatus::Normal, after);
                        });
}

Value conditionWait(ThreadingShared& shared, NativeCall& call) {
    MethodArgs m = methodArgs(call);
    return waitThen(shared, call, m.self, timeoutOf(m.get(0, "timeout")),
                    [](NativeCall&, bool notified) { return Value::fromBool(notified); });
}

// Condition.wait_for(predicate, timeout=None): the predicate runs as the thread's own Python
// code (callThen), between waits; with a timeout, the waits share one deadline, fixed at the
// first wait as CPython does.
struct WaitFor {
    Value self;
    Value predicate;
    Time deadline = kNever;
    Time timeout = kNever;
};

Value testPredicate(ThreadingShared& shared, NativeCall& call, const std::shared_ptr<WaitFor>& w);

Value afterPredicate(ThreadingShared& shared, NativeCall& call, const std::shared_ptr<WaitFor>& w) {
    Value result = call.returned;
    const int truth = Comparison::truthy(call.ctx, result);
    if (truth < 0) return Value::error();
    if (truth > 0) return result;
    Time wait = w->timeout;
    if (w->timeout != kNever) {
        if (w->deadline == kNever) {
            w->deadline = call.now + w->timeout;
        } else {
            if (call.now >= w->deadline) return result;
            wait = w->deadline - call.now;
        }
    }
    return waitThen(shared, call, w->self, wait, [&shared, w](NativeCall& woken, bool) { return testPredicate(shared, woken, w); });
}

Value testPredicate(ThreadingShared& shared, NativeCall& call, const std::shared_ptr<WaitFor>& w) {
    return call.callThen(w->predicate, {}, Value(), [&shared, w](NativeCall& after) { return afterPredicate(shared, after, w); });
}

Value conditionWaitFor(ThreadingShared& shared, NativeCall& call) {
    MethodArgs m = methodArgs(call);
    const Value* predicate = m.get(0, "predicate");
    if (!predicate) return call.raise(call.vm.types().typeError, "wait_for() missing 1 required positional argument: 'predicate'");
    auto w = std::make_shared<WaitFor>();
    w->self = m.self;
    w->predicate = *predicate;
    const Value* timeout = m.get(1, "timeout");
    if (timeout && !timeout->isNone()) w->timeout = timeoutOf(timeout);
    return testPredicate(shared, call, w);
}

Value conditionNotify(ThreadingShared& shared, NativeCall& call, bool all) {
    MethodArgs m = methodArgs(call);
    auto* state = boxedState<ConditionBox>(m.self);
    if (!state) return call.raise(call.vm.types().typeError, "not a condition");
    SyncLock* lock = SyncClasses::lockOf(state->lock);
    const int tid = shared.process.tidOf(call.thread);
    if (!lock || lock->owner() != tid) return call.raise(call.vm.types().runtimeError, "cannot notify on un-acquired lock");
    const Value* n = m.get(0, "n");
    state->condition.notify(tid, call.now, all ? -1 : static_cast<int>(n && n->isIntLike() ? n->asInt() : 1));
    return Value::none();
}

Value brokenBarrier(ThreadingShared& shared, NativeCall& call) {
    return call.vm.raiseObject(call.vm.newException(shared.brokenBarrierError, {}));
}

Value barrierWait(ThreadingShared& shared, NativeCall& call) {
    PythonProcess& p = shared.process;
    MethodArgs m = methodArgs(call);
    auto* state = boxedState<BarrierBox>(m.self);
    if (!state) return call.raise(call.vm.types().typeError, "not a barrier");
    const int tid = p.tidOf(call.thread);
    int index = 0;
    const std::uint64_t generation = state->barrier.generation();
    switch (state->barrier.wait(tid, call.now, index)) {
    case SyncResult::Error: return brokenBarrier(shared, call);
    case SyncResult::Done:
        if (!state->action.isEmpty() && !state->action.isNone()) {
            if (call.vm.call(call.ctx, state->action, {}).isError()) return Value::error();
        }
        return Value::fromInt(index);
    default: break;
    }
    const Value* timeoutArg = m.get(0, "timeout");
    const Time timeout = timeoutArg && !timeoutArg->isNone() ? timeoutOf(timeoutArg) : state->timeout;
    p.noteWait(tid, WaitNote{SyncClasses::addressText("barrier", m.self), nullptr});
    Value self = m.self;
    return call.suspend(Demand::block(BlockReason::Barrier, timeout), [&shared, self, index, generation](NativeCall& resumed) {
        auto* woken = boxedState<BarrierBox>(self);
        // It passed when the barrier moved on to a new generation without breaking.
        if (resumed.wake == WakeStatus::Normal && !woken->barrier.broken() && woken->barrier.generation() != generation) {
            return Value::fromInt(index);
        }
        return brokenBarrier(shared, resumed);
    });
}

}  // namespace

void SyncClasses::buildConditions(ThreadingShared& shared) {
    Interpreter& vm = shared.process.vm();
    const bool python2 = vm.isPython2();
    Value cls = vm.makeClass(python2 ? "_Condition" : "Condition", "threading", {});
    method(vm, cls, "__init__", [&shared](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        const Value* given = m.get(0, "lock");
        Value lock = given && !given->isNone() ? *given : call.vm.call(call.ctx, shared.rlockClass, {});
        if (lock.isError()) return lock;
        if (!lockOf(lock)) return call.raise(call.vm.types().typeError, "Condition() needs a Lock or RLock");
        asInstance(m.self)->nativeSlot = call.ctx.heap().make<ConditionBox>(shared.process.kernel(),
                                                                           shared.process.tidOf(call.thread), call.now, lock);
        return Value::none();
    });
    for (const char* name : {"acquire", "release", "__enter__", "__exit__"}) {
        method(vm, cls, name, [name](NativeCall& call) { return forwardToLock(call, name); });
    }
    method(vm, cls, "wait", [&shared](NativeCall& call) { return conditionWait(shared, call); });
    if (!python2) method(vm, cls, "wait_for", [&shared](NativeCall& call) { return conditionWaitFor(shared, call); });
    method(vm, cls, "notify", [&shared](NativeCall& call) { return conditionNotify(shared, call, false); });
    method(vm, cls, "notify_all", [&shared](NativeCall& call) { return conditionNotify(shared, call, true); });
    method(vm, cls, "notifyAll", [&shared](NativeCall& call) { return conditionNotify(shared, call, true); });
    // "<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x...>, 0)>": its lock and
    // how many threads wait, in both versions.
    method(vm, cls, "__repr__", [](NativeCall& call) -> Value {
        auto* state = boxedState<ConditionBox>(methodArgs(call).self);
        if (!state) return call.ctx.newStr("<Condition>");
        std::string text = "<Condition(";
        if (!call.vm.toRepr(state->lock, text)) return Value::error();
        return call.ctx.newStr(concat(text, ", ", std::to_string(state->condition.size()), ")>"));
    });
    shared.conditionClass = cls;

    shared.brokenBarrierError = vm.makeClass("BrokenBarrierError", "threading", {vm.types().runtimeError});
    Value barrier = vm.makeClass("Barrier", "threading", {});
    method(vm, barrier, "__init__", [&shared](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        const Value* parties = m.get(0, "parties");
        if (!parties || !parties->isIntLike() || parties->asInt() < 1) {
            return call.raise(call.vm.types().valueError, "parties must be > 0");
        }
        Value box = call.ctx.heap().make<BarrierBox>(shared.process.kernel(), shared.process.tidOf(call.thread), call.now,
                                                     static_cast<int>(parties->asInt()));
        if (const Value* action = m.get(1, "action")) box.as<BarrierBox>()->state.action = *action;
        box.as<BarrierBox>()->state.timeout = timeoutOf(m.get(2, "timeout"));
        asInstance(m.self)->nativeSlot = box;
        return Value::none();
    });
    method(vm, barrier, "wait", [&shared](NativeCall& call) { return barrierWait(shared, call); });
    method(vm, barrier, "__repr__", [](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        auto* state = boxedState<BarrierBox>(m.self);
        if (!state) return SyncClasses::statusRepr(call, m.self, "uninitialised");
        if (state->barrier.broken()) return SyncClasses::statusRepr(call, m.self, "broken");
        return SyncClasses::statusRepr(
            call, m.self, concat("waiters=", std::to_string(state->barrier.waiting()), "/", std::to_string(state->barrier.parties())));
    });
    method(vm, barrier, "abort", [&shared](NativeCall& call) {
        if (auto* state = boxedState<BarrierBox>(methodArgs(call).self)) state->barrier.abort(shared.process.tidOf(call.thread), call.now);
        return Value::none();
    });
    method(vm, barrier, "reset", [&shared](NativeCall& call) {
        if (auto* state = boxedState<BarrierBox>(methodArgs(call).self)) state->barrier.reset(shared.process.tidOf(call.thread), call.now);
        return Value::none();
    });
    // parties, n_waiting and broken are read-only properties in CPython; plain methods would
    // read differently, so they are properties here too.
    auto property = [&](const char* name, std::function<Value(BarrierState&)> read) {
        Value getter = vm.makeNative(name, [read](NativeCall& call) -> Value {
            auto* state = boxedState<BarrierBox>(methodArgs(call).self);
            return state ? read(*state) : Value::none();
        });
        cls.as<ClassObject>();
        barrier.as<ClassObject>()->dict.as<DictObject>()->set(
            vm.context(), vm.intern(name), vm.context().heap().make<PropertyObject>(getter, Value::none(), Value::none(), Value::none()));
    };
    property("parties", [](BarrierState& s) { return Value::fromInt(s.barrier.parties()); });
    property("n_waiting", [](BarrierState& s) { return Value::fromInt(s.barrier.waiting()); });
    property("broken", [](BarrierState& s) { return Value::fromBool(s.barrier.broken()); });
    shared.barrierClass = barrier;
}

}  // namespace ts::script
