#include "script/threading/QueueModule.h"

#include <deque>

#include "script/process/PythonProcess.h"
#include "script/runtime/Comparison.h"
#include "script/runtime/DictObject.h"
#include "script/threading/NativeSupport.h"
#include "script/threading/SyncClasses.h"
#include "script/vm/ModuleObject.h"
#include "sync/SyncEvent.h"
#include "sync/SyncQueue.h"

namespace ts::script {

namespace {

// Which item get() takes: the oldest (Queue), the newest (LifoQueue) or the smallest
// (PriorityQueue, a heap kept with heapq's own steps, so that equal items come out in
// CPython's order).
enum class QueueOrder : std::uint8_t { Fifo, Lifo, Priority };

struct QueueState {
    QueueState(Kernel& kernel, int creator, Time at, std::int64_t maxsize, QueueOrder queueOrder)
        : waiting(kernel, creator, at, maxsize), allDone(kernel, creator, at), order(queueOrder) {
        allDone.set(creator, at);
    }
    SyncQueue waiting;
    SyncEvent allDone;  // set while no task is unfinished
    std::deque<Value> items;
    std::int64_t unfinished = 0;
    QueueOrder order;
    void dropReferences() { items.clear(); }
};
using QueueBox = NativeBox<QueueState, VmKind::Queue>;

struct QueueClasses {
    Value empty, full;
};

// heapq's _siftdown: the item at `pos` moves up while it is smaller than its parent. False
// after a comparison raised (the items stay where they got to, as in CPython's list).
bool siftDown(RuntimeContext& ctx, std::deque<Value>& heap, std::size_t start, std::size_t pos) {
    Value moving = heap[pos];
    while (pos > start) {
        const std::size_t parent = (pos - 1) >> 1;
        const int smaller = Comparison::compare(ctx, moving, heap[parent], CompareOp::Lt);
        if (smaller < 0) return false;
        if (!smaller) break;
        heap[pos] = heap[parent];
        pos = parent;
    }
    heap[pos] = std::move(moving);
    return true;
}

// heapq's _siftup: the hole at `pos` goes down along the smaller children to a leaf, then the
// item that fills it moves up.
bool siftUp(RuntimeContext& ctx, std::deque<Value>& heap, std::size_t pos) {
    const std::size_t end = heap.size();
    const std::size_t start = pos;
    Value moving = heap[pos];
    std::size_t child = 2 * pos + 1;
    while (child < end) {
        const std::size_t right = child + 1;
        if (right < end) {
            const int leftSmaller = Comparison::compare(ctx, heap[child], heap[right], CompareOp::Lt);
            if (leftSmaller < 0) return false;
            if (!leftSmaller) child = right;
        }
        heap[pos] = heap[child];
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = std::move(moving);
    return siftDown(ctx, heap, start, pos);
}

// Adds the item; false after a priority comparison raised (the item stays, as in CPython).
bool storeItem(RuntimeContext& ctx, QueueState& q, Value item) {
    q.items.push_back(std::move(item));
    return q.order != QueueOrder::Priority || siftDown(ctx, q.items, 0, q.items.size() - 1);
}

// The next item, or Error after a priority comparison raised.
Value takeItem(RuntimeContext& ctx, QueueState& q) {
    if (q.order == QueueOrder::Fifo) {
        Value item = q.items.front();
        q.items.pop_front();
        return item;
    }
    Value last = q.items.back();
    q.items.pop_back();
    if (q.order == QueueOrder::Lifo || q.items.empty()) return last;
    // heappop: the root goes, the last item takes its place and sifts.
    Value smallest = q.items.front();
    q.items.front() = std::move(last);
    if (!siftUp(ctx, q.items, 0)) return Value::error();
    return smallest;
}

Value get(ThreadingShared& shared, const QueueClasses& classes, NativeCall& call, bool forceNoWait) {
    MethodArgs m = methodArgs(call);
    auto* q = boxedState<QueueBox>(m.self);
    if (!q) return call.raise(call.vm.types().typeError, "not a queue");
    const bool block = !forceNoWait && truthy(m.get(0, "block"), true);
    const Time timeout = timeoutOf(m.get(1, "timeout"));
    const int tid = shared.process.tidOf(call.thread);
    Value empty = classes.empty;
    std::function<Value(NativeCall&, SyncResult)> finish;
    finish = [q, empty, tid, timeout, &shared, &finish](NativeCall& c, SyncResult r) -> Value {
        if (r == SyncResult::Done) return takeItem(c.vm.context(), *q);
        if (r != SyncResult::MustWait) return c.vm.raiseObject(c.vm.newException(empty, {}));
        shared.process.noteWait(tid, WaitNote{"queue (get)", nullptr});
        return c.suspend(Demand::block(BlockReason::Queue, timeout), [q, empty, tid, &shared, timeout](NativeCall& resumed) -> Value {
            if (resumed.wake != WakeStatus::Normal) return resumed.vm.raiseObject(resumed.vm.newException(empty, {}));
            // Woken because an item came: try again (another getter may have been faster).
            SyncResult again = q->waiting.get(tid, shared.process.clock(), true);
            if (again == SyncResult::Done) return takeItem(resumed.vm.context(), *q);
            return resumed.suspend(Demand::block(BlockReason::Queue, timeout), [q](NativeCall& last) -> Value {
                return q->items.empty() ? Value::none() : takeItem(last.vm.context(), *q);
            });
        });
    };
    return finish(call, q->waiting.get(tid, call.now, block));
}

Value put(ThreadingShared& shared, const QueueClasses& classes, NativeCall& call, bool forceNoWait) {
    MethodArgs m = methodArgs(call);
    auto* q = boxedState<QueueBox>(m.self);
    if (!q) return call.raise(call.vm.types().typeError, "not a queue");
    const Value* itemArg = m.get(0, "item");
    if (!itemArg) return call.raise(call.vm.types().typeError, "put() missing 1 required positional argument: 'item'");
    Value item = *itemArg;
    const bool block = !forceNoWait && truthy(m.get(1, "block"), true);
    const Time timeout = timeoutOf(m.get(2, "timeout"));
    const int tid = shared.process.tidOf(call.thread);
    RuntimeContext& ctx = call.ctx;  // the process's, alive as long as the queue
    auto store = [q, tid, &ctx](Time at, Value v) {
        if (!storeItem(ctx, *q, std::move(v))) return Value::error();
        if (q->unfinished++ == 0) q->allDone.clear(tid, at);
        return Value::none();
    };
    SyncResult r = q->waiting.put(tid, call.now, block);
    if (r == SyncResult::Done) return store(call.now, item);
    if (r != SyncResult::MustWait) return call.vm.raiseObject(call.vm.newException(classes.full, {}));
    shared.process.noteWait(tid, WaitNote{"queue (put)", nullptr});
    Value full = classes.full;
    return call.suspend(Demand::block(BlockReason::Queue, timeout), [q, item, full, tid, store, &shared](NativeCall& resumed) -> Value {
        if (resumed.wake != WakeStatus::Normal) return resumed.vm.raiseObject(resumed.vm.newException(full, {}));
        if (q->waiting.put(tid, shared.process.clock(), true) == SyncResult::Done) return store(shared.process.clock(), item);
        return resumed.suspend(Demand::block(BlockReason::Queue), [store, item, &shared](NativeCall&) { return store(shared.process.clock(), item); });
    });
}

}  // namespace

bool QueueModule::fill(ThreadingShared& shared, ModuleObject& module) {
    Interpreter& vm = shared.process.vm();
    RuntimeContext& ctx = vm.context();
    const Value& dict = module.globals;
    auto* d = dict.as<DictObject>();
    auto classes = std::make_shared<QueueClasses>();
    classes->empty = vm.makeClass("Empty", vm.isPython2() ? "Queue" : "_queue", {vm.types().exception});
    classes->full = vm.makeClass("Full", vm.isPython2() ? "Queue" : "queue", {vm.types().exception});
    d->set(ctx, vm.intern("Empty"), classes->empty);
    d->set(ctx, vm.intern("Full"), classes->full);
    for (QueueOrder order : {QueueOrder::Fifo, QueueOrder::Lifo, QueueOrder::Priority}) {
        const char* name = order == QueueOrder::Fifo ? "Queue" : order == QueueOrder::Lifo ? "LifoQueue" : "PriorityQueue";
        Value cls = vm.makeClass(name, vm.isPython2() ? "Queue" : "queue", {});
        auto method = [&](const char* methodName, NativeImpl impl) { SyncClasses::method(vm, cls, methodName, std::move(impl)); };
        method("__init__", [&shared, order](NativeCall& call) {
            MethodArgs m = methodArgs(call);
            const Value* maxsize = m.get(0, "maxsize");
            std::int64_t size = maxsize && maxsize->isIntLike() ? maxsize->asInt() : 0;
            asInstance(m.self)->nativeSlot = call.ctx.heap().make<QueueBox>(shared.process.kernel(), shared.process.tidOf(call.thread),
                                                                             call.now, size, order);
            // CPython keeps maxsize as a plain instance attribute; programs read it.
            if (!call.vm.setAttr(m.self, call.vm.intern("maxsize"), Value::fromInt(size))) return Value::error();
            return Value::none();
        });
        method("get", [&shared, classes](NativeCall& call) { return get(shared, *classes, call, false); });
        method("get_nowait", [&shared, classes](NativeCall& call) { return get(shared, *classes, call, true); });
        method("put", [&shared, classes](NativeCall& call) { return put(shared, *classes, call, false); });
        method("put_nowait", [&shared, classes](NativeCall& call) { return put(shared, *classes, call, true); });
        method("qsize", [](NativeCall& call) {
            auto* q = boxedState<QueueBox>(methodArgs(call).self);
            return Value::fromInt(q ? static_cast<std::int64_t>(q->items.size()) : 0);
        });
        method("empty", [](NativeCall& call) {
            auto* q = boxedState<QueueBox>(methodArgs(call).self);
            return Value::fromBool(!q || q->items.empty());
        });
        method("full", [](NativeCall& call) {
            auto* q = boxedState<QueueBox>(methodArgs(call).self);
            return Value::fromBool(q && q->waiting.maxsize() > 0 && static_cast<std::int64_t>(q->items.size()) >= q->waiting.maxsize());
        });
        method("task_done", [&shared](NativeCall& call) -> Value {
            auto* q = boxedState<QueueBox>(methodArgs(call).self);
            if (!q) return Value::none();
            if (q->unfinished <= 0) return call.raise(call.vm.types().valueError, "task_done() called too many times");
            if (--q->unfinished == 0) q->allDone.set(shared.process.tidOf(call.thread), call.now);
            return Value::none();
        });
        method("join", [&shared](NativeCall& call) -> Value {
            auto* q = boxedState<QueueBox>(methodArgs(call).self);
            if (!q) return Value::none();
            const int tid = shared.process.tidOf(call.thread);
            if (q->allDone.wait(tid, call.now) == SyncResult::Done) return Value::none();
            shared.process.noteWait(tid, WaitNote{"queue (join)", nullptr});
            return call.suspend(Demand::block(BlockReason::Queue), [](NativeCall&) { return Value::none(); });
        });
        d->set(ctx, vm.intern(name), cls);
    }
    return true;
}

}  // namespace ts::script
