#include "script/runtime/SetMethods.h"

#include <unordered_map>

#include "script/runtime/Collections.h"
#include "script/runtime/Comparison.h"
#include "script/runtime/MethodSupport.h"
#include "script/runtime/SetObject.h"

namespace ts::script {

namespace {

using Args = const CallArgs&;

SetObject* setOf(const Value& self) { return self.as<SetObject>(); }

// Methods that only read accept any iterable as the other operand: make it a set first.
Value asSet(RuntimeContext& ctx, const Value& v) {
    if (isAnySet(v)) return v;
    return Collections::setFromIterable(ctx, v, false);
}

Value add(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "add", args, 1, 1)) return Value::error();
    return setOf(self)->add(ctx, args[0]) ? Value::none() : Value::error();
}

Value remove(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "remove", args, 1, 1)) return Value::error();
    int r = setOf(self)->discard(ctx, args[0]);
    if (r < 0) return Value::error();
    if (r == 0) return ctx.raiseKeyError(args[0]);
    return Value::none();
}

Value discard(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "discard", args, 1, 1)) return Value::error();
    return setOf(self)->discard(ctx, args[0]) < 0 ? Value::error() : Value::none();
}

Value pop(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "pop", args, 0, 0)) return Value::error();
    auto* set = setOf(self);
    if (set->size() == 0) return ctx.raise(ErrorKind::KeyError, "'pop from an empty set'");
    auto& entries = set->table().entries();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].key.isEmpty()) continue;
        Value key = entries[i].key;
        set->table().eraseAt(i);
        set->noteChanged();
        return key;
    }
    return Value::none();
}

Value clear(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "clear", args, 0, 0)) return Value::error();
    setOf(self)->clear();
    return Value::none();
}

Value copy(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "copy", args, 0, 0)) return Value::error();
    return Collections::setFromIterable(ctx, self, setOf(self)->isFrozen());
}

Value update(RuntimeContext& ctx, const Value& self, Args args) {
    for (const Value& other : args.positional) {
        if (!Collections::addAll(ctx, self, other)) return Value::error();
    }
    return Value::none();
}

// union/intersection/difference/symmetric_difference with any number of iterables.
Value algebra(RuntimeContext& ctx, const Value& self, Args args, BinaryOp op) {
    Value result = self;
    if (args.size() == 0) return Collections::setFromIterable(ctx, self, setOf(self)->isFrozen());
    for (const Value& other : args.positional) {
        Value otherSet = asSet(ctx, other);
        if (otherSet.isError()) return otherSet;
        result = Collections::setOperation(ctx, op, result, otherSet);
        if (result.isError()) return result;
    }
    return result;
}
Value unionOf(RuntimeContext& ctx, const Value& self, Args args) { return algebra(ctx, self, args, BinaryOp::BitOr); }
Value intersection(RuntimeContext& ctx, const Value& self, Args args) { return algebra(ctx, self, args, BinaryOp::BitAnd); }
Value difference(RuntimeContext& ctx, const Value& self, Args args) { return algebra(ctx, self, args, BinaryOp::Subtract); }
Value symmetricDifference(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "symmetric_difference", args, 1, 1)) return Value::error();
    return algebra(ctx, self, args, BinaryOp::BitXor);
}

// The *_update forms replace self's contents with the result.
Value updateWith(RuntimeContext& ctx, const Value& self, Args args, BinaryOp op) {
    Value result = algebra(ctx, self, args, op);
    if (result.isError()) return result;
    if (result.asObject() != self.asObject()) {
        setOf(self)->table() = result.as<SetObject>()->table();
        setOf(self)->noteChanged();
    }
    return Value::none();
}
Value intersectionUpdate(RuntimeContext& ctx, const Value& self, Args args) { return updateWith(ctx, self, args, BinaryOp::BitAnd); }
Value differenceUpdate(RuntimeContext& ctx, const Value& self, Args args) { return updateWith(ctx, self, args, BinaryOp::Subtract); }
Value symmetricDifferenceUpdate(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "symmetric_difference_update", args, 1, 1)) return Value::error();
    return updateWith(ctx, self, args, BinaryOp::BitXor);
}

Value relation(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, CompareOp op) {
    if (!MethodSupport::arity(ctx, name, args, 1, 1)) return Value::error();
    Value other = asSet(ctx, args[0]);
    if (other.isError()) return other;
    int r = Comparison::compare(ctx, self, other, op);
    return r < 0 ? Value::error() : Value::fromBool(r != 0);
}
Value issubset(RuntimeContext& ctx, const Value& self, Args args) { return relation(ctx, self, args, "issubset", CompareOp::Le); }
Value issuperset(RuntimeContext& ctx, const Value& self, Args args) { return relation(ctx, self, args, "issuperset", CompareOp::Ge); }
Value isdisjoint(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "isdisjoint", args, 1, 1)) return Value::error();
    Value other = asSet(ctx, args[0]);
    if (other.isError()) return other;
    Value common = Collections::setOperation(ctx, BinaryOp::BitAnd, self, other);
    if (common.isError()) return common;
    return Value::fromBool(common.as<SetObject>()->size() == 0);
}

}  // namespace

NativeMethod SetMethods::lookup(std::string_view name, bool) {
    static const std::unordered_map<std::string_view, NativeMethod> table = {
        {"add", add},
        {"remove", remove},
        {"discard", discard},
        {"pop", pop},
        {"clear", clear},
        {"copy", copy},
        {"update", update},
        {"union", unionOf},
        {"intersection", intersection},
        {"difference", difference},
        {"symmetric_difference", symmetricDifference},
        {"intersection_update", intersectionUpdate},
        {"difference_update", differenceUpdate},
        {"symmetric_difference_update", symmetricDifferenceUpdate},
        {"issubset", issubset},
        {"issuperset", issuperset},
        {"isdisjoint", isdisjoint},
    };
    auto found = table.find(name);
    return found == table.end() ? nullptr : found->second;
}

}  // namespace ts::script
