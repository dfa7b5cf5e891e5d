#include "script/builtins/CollectionsModule.h"

#include <algorithm>
#include <deque>

#include "script/runtime/Comparison.h"
#include "script/runtime/Concat.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/TextConversion.h"
#include "script/threading/NativeSupport.h"
#include "script/vm/ClassObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/ModuleObject.h"
#include "script/vm/PropertyObject.h"

namespace ts::script {

namespace {

struct DequeState {
    std::deque<Value> items;
    std::int64_t maxlen = -1;  // -1: unbounded
    void dropReferences() { items.clear(); }

    // A bounded deque drops from the other end when full.
    void pushBack(Value v) {
        if (maxlen == 0) return;
        if (maxlen > 0 && static_cast<std::int64_t>(items.size()) == maxlen) items.pop_front();
        items.push_back(std::move(v));
    }
    void pushFront(Value v) {
        if (maxlen == 0) return;
        if (maxlen > 0 && static_cast<std::int64_t>(items.size()) == maxlen) items.pop_back();
        items.push_front(std::move(v));
    }
};
using DequeBox = NativeBox<DequeState, VmKind::Deque>;

DequeState* dequeOf(NativeCall& call, const Value& self) {
    DequeState* d = boxedState<DequeBox>(self);
    if (!d) call.raise(call.vm.types().typeError, "descriptor requires a 'collections.deque' object");
    return d;
}

// The deque the method was called on, and its one argument; nullptr after raising.
DequeState* withOneArgument(NativeCall& call, const char* name, Value& argument) {
    MethodArgs m = methodArgs(call);
    DequeState* d = dequeOf(call, m.self);
    if (!d) return nullptr;
    if (m.positional.size() != 1) {
        call.raise(call.vm.types().typeError, concat("deque.", name, "() takes exactly one argument (",
                                                     std::to_string(m.positional.size()), " given)"));
        return nullptr;
    }
    argument = m.positional[0];
    return d;
}

// The item at `index` (negative from the end), or nullptr after raising IndexError.
const Value* itemAt(NativeCall& call, DequeState& d, const Value& index) {
    if (!index.isIntLike()) {
        call.raise(call.vm.types().typeError, concat("sequence index must be integer, not '", RuntimeContext::typeName(index), "'"));
        return nullptr;
    }
    std::int64_t i = index.asInt();
    const auto size = static_cast<std::int64_t>(d.items.size());
    if (i < 0) i += size;
    if (i < 0 || i >= size) {
        call.raise(call.vm.types().indexError, "deque index out of range");
        return nullptr;
    }
    return &d.items[static_cast<std::size_t>(i)];
}

// The position of the first item equal to `v`, -1 when none, -2 after an error.
std::int64_t find(NativeCall& call, const DequeState& d, const Value& v) {
    for (std::size_t i = 0; i < d.items.size(); ++i) {
        const int same = Comparison::equal(call.ctx, d.items[i], v);
        if (same < 0) return -2;
        if (same) return static_cast<std::int64_t>(i);
    }
    return -1;
}

// ValueError "99 is not in deque" (index and remove, Python 3.11's words).
Value notInDeque(NativeCall& call, const Value& v) {
    std::string text;
    if (!TextConversion::appendRepr(call.ctx, v, text)) return Value::error();
    return call.raise(call.vm.types().valueError, text + " is not in deque");
}

Value repr(NativeCall& call) {
    MethodArgs m = methodArgs(call);
    DequeState* d = dequeOf(call, m.self);
    if (!d) return Value::error();
    std::string text = "deque([";
    for (std::size_t i = 0; i < d->items.size(); ++i) {
        if (i) text += ", ";
        if (!TextConversion::appendRepr(call.ctx, d->items[i], text)) return Value::error();
    }
    text += "]";
    if (d->maxlen >= 0) text += ", maxlen=" + std::to_string(d->maxlen);
    return call.ctx.newStr(text + ")");
}

void defineMethods(Interpreter& vm, const Value& cls) {
    auto method = [&vm, &cls](const char* name, NativeImpl impl) {
        vm.defineNative(cls.as<ClassObject>()->dict, name, std::move(impl), true);
    };
    method("__init__", [](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        auto box = call.ctx.heap().make<DequeBox>();
        DequeState& d = box.as<DequeBox>()->state;
        if (const Value* maxlen = m.get(1, "maxlen"); maxlen && !maxlen->isNone()) {
            if (!maxlen->isIntLike()) return call.raise(call.vm.types().typeError, "an integer is required");
            if (maxlen->asInt() < 0) return call.raise(call.vm.types().valueError, "maxlen must be non-negative");
            d.maxlen = maxlen->asInt();
        }
        if (const Value* iterable = m.get(0, "iterable")) {
            std::vector<Value> items;
            if (!Iteration::collect(call.ctx, *iterable, items)) return Value::error();
            for (Value& v : items) d.pushBack(std::move(v));
        }
        asInstance(m.self)->nativeSlot = box;
        return Value::none();
    });
    method("append", [](NativeCall& call) -> Value {
        Value v;
        DequeState* d = withOneArgument(call, "append", v);
        if (!d) return Value::error();
        d->pushBack(std::move(v));
        return Value::none();
    });
    method("appendleft", [](NativeCall& call) -> Value {
        Value v;
        DequeState* d = withOneArgument(call, "appendleft", v);
        if (!d) return Value::error();
        d->pushFront(std::move(v));
        return Value::none();
    });
    for (bool left : {false, true}) {
        method(left ? "popleft" : "pop", [left](NativeCall& call) -> Value {
            DequeState* d = dequeOf(call, methodArgs(call).self);
            if (!d) return Value::error();
            if (d->items.empty()) return call.raise(call.vm.types().indexError, "pop from an empty deque");
            Value v = left ? d->items.front() : d->items.back();
            if (left) d->items.pop_front();
            else d->items.pop_back();
            return v;
        });
        method(left ? "extendleft" : "extend", [left](NativeCall& call) -> Value {
            Value iterable;
            DequeState* d = withOneArgument(call, left ? "extendleft" : "extend", iterable);
            if (!d) return Value::error();
            std::vector<Value> items;
            if (!Iteration::collect(call.ctx, iterable, items)) return Value::error();
            for (Value& v : items) left ? d->pushFront(std::move(v)) : d->pushBack(std::move(v));
            return Value::none();
        });
    }
    method("clear", [](NativeCall& call) -> Value {
        DequeState* d = dequeOf(call, methodArgs(call).self);
        if (!d) return Value::error();
        d->items.clear();
        return Value::none();
    });
    method("rotate", [](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        DequeState* d = dequeOf(call, m.self);
        if (!d) return Value::error();
        std::int64_t n = 1;
        if (const Value* steps = m.get(0, "n")) {
            if (!steps->isIntLike()) return call.raise(call.vm.types().typeError, "an integer is required");
            n = steps->asInt();
        }
        const auto size = static_cast<std::int64_t>(d->items.size());
        if (size > 1) {
            const std::int64_t k = ((n % size) + size) % size;  // to the right by k
            std::rotate(d->items.begin(), d->items.end() - k, d->items.end());
        }
        return Value::none();
    });
    method("reverse", [](NativeCall& call) -> Value {
        DequeState* d = dequeOf(call, methodArgs(call).self);
        if (!d) return Value::error();
        std::reverse(d->items.begin(), d->items.end());
        return Value::none();
    });
    method("count", [](NativeCall& call) -> Value {
        Value v;
        DequeState* d = withOneArgument(call, "count", v);
        if (!d) return Value::error();
        std::int64_t n = 0;
        for (const Value& item : d->items) {
            const int same = Comparison::equal(call.ctx, item, v);
            if (same < 0) return Value::error();
            n += same;
        }
        return Value::fromInt(n);
    });
    method("index", [](NativeCall& call) -> Value {
        Value v;
        DequeState* d = withOneArgument(call, "index", v);
        if (!d) return Value::error();
        const std::int64_t at = find(call, *d, v);
        if (at == -2) return Value::error();
        if (at < 0) return notInDeque(call, v);
        return Value::fromInt(at);
    });
    method("remove", [](NativeCall& call) -> Value {
        Value v;
        DequeState* d = withOneArgument(call, "remove", v);
        if (!d) return Value::error();
        const std::int64_t at = find(call, *d, v);
        if (at == -2) return Value::error();
        if (at < 0) {
            if (call.vm.isPython2()) return call.raise(call.vm.types().valueError, "deque.remove(x): x not in deque");
            return notInDeque(call, v);
        }
        d->items.erase(d->items.begin() + at);
        return Value::none();
    });
    method("__len__", [](NativeCall& call) -> Value {
        DequeState* d = dequeOf(call, methodArgs(call).self);
        return d ? Value::fromInt(static_cast<std::int64_t>(d->items.size())) : Value::error();
    });
    method("__contains__", [](NativeCall& call) -> Value {
        Value v;
        DequeState* d = withOneArgument(call, "__contains__", v);
        if (!d) return Value::error();
        const std::int64_t at = find(call, *d, v);
        return at == -2 ? Value::error() : Value::fromBool(at >= 0);
    });
    method("__getitem__", [](NativeCall& call) -> Value {
        Value index;
        DequeState* d = withOneArgument(call, "__getitem__", index);
        if (!d) return Value::error();
        const Value* item = itemAt(call, *d, index);
        return item ? *item : Value::error();
    });
    method("__setitem__", [](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        DequeState* d = dequeOf(call, m.self);
        if (!d) return Value::error();
        if (m.positional.size() != 2) return call.raise(call.vm.types().typeError, "expected 2 arguments");
        const Value* item = itemAt(call, *d, m.positional[0]);
        if (!item) return Value::error();
        const_cast<Value&>(*item) = m.positional[1];
        return Value::none();
    });
    // Iterating sees the items as they were when it began (CPython raises if the deque
    // changes meanwhile; a copy is the gentler answer for a teaching tool).
    method("__iter__", [](NativeCall& call) -> Value {
        DequeState* d = dequeOf(call, methodArgs(call).self);
        if (!d) return Value::error();
        return Iteration::iter(call.ctx, call.ctx.newList(std::vector<Value>(d->items.begin(), d->items.end())));
    });
    method("__repr__", repr);
}

}  // namespace

bool CollectionsModule::fill(Interpreter& vm, ModuleObject& module) {
    Value cls = vm.makeClass("deque", "collections", {});
    cls.as<ClassObject>()->builtin = true;  // <type 'collections.deque'> in Python 2
    defineMethods(vm, cls);
    Value maxlen = vm.makeNative("maxlen", [](NativeCall& call) -> Value {
        DequeState* d = dequeOf(call, methodArgs(call).self);
        if (!d) return Value::error();
        return d->maxlen < 0 ? Value::none() : Value::fromInt(d->maxlen);
    });
    RuntimeContext& ctx = vm.context();
    cls.as<ClassObject>()->dict.as<DictObject>()->set(
        ctx, vm.intern("maxlen"), ctx.heap().make<PropertyObject>(maxlen, Value::none(), Value::none(), Value::none()));
    module.globals.as<DictObject>()->set(ctx, vm.intern("deque"), cls);
    return true;
}

}  // namespace ts::script
