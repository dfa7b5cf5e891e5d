#include "script/vm/InstanceObject.h"

#include "script/runtime/Concat.h"
#include "script/runtime/Comparison.h"
#include "script/runtime/Hashing.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/StrObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/ObjectAddress.h"

namespace ts::script {

namespace {

const char* reflectedName(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return "__lt__";
    case CompareOp::Le: return "__le__";
    case CompareOp::Eq: return "__eq__";
    case CompareOp::Ne: return "__ne__";
    case CompareOp::Gt: return "__gt__";
    case CompareOp::Ge: return "__ge__";
    }
    return "__eq__";
}

bool isNotImplemented(RuntimeContext& ctx, const Value& v) {
    return v.identical(Interpreter::of(ctx).types().notImplemented);
}

}  // namespace

InstanceObject* asInstance(const Value& v) {
    if (v.is<InstanceObject>() || v.is<ExceptionObject>()) return static_cast<InstanceObject*>(v.asObject());
    return nullptr;
}

ClassObject* InstanceObject::classObject() const { return cls.as<ClassObject>(); }

std::string_view InstanceObject::typeName() const { return classObject()->name; }

int InstanceObject::callSpecial(RuntimeContext& ctx, std::string_view name, std::span<const Value> args,
                                Value& out) const {
    Value self(const_cast<InstanceObject*>(this));
    return Interpreter::of(ctx).callSpecialMethod(self, name, args, out);
}

bool InstanceObject::appendRepr(RuntimeContext& ctx, std::string& out) const {
    Value result;
    int called = callSpecial(ctx, "__repr__", {}, result);
    if (called < 0) return false;
    if (called > 0) {
        if (!result.is<StrObject>()) {
            ctx.raise(ErrorKind::TypeError, concat("__repr__ returned non-string (type ", RuntimeContext::typeName(result), ")"));
            return false;
        }
        out += result.as<StrObject>()->text();
        return true;
    }
    const ClassObject* c = classObject();
    out += '<';
    if (c->module != "builtins") {
        out += c->module;
        out += '.';
    }
    out += c->qualname.empty() ? c->name : c->qualname;
    out += ctx.isPython2() && false ? " instance at " : " object at ";
    appendAddress(this, out);
    out += '>';
    return true;
}

bool InstanceObject::appendStr(RuntimeContext& ctx, std::string& out) const {
    Value result;
    int called = callSpecial(ctx, "__str__", {}, result);
    if (called < 0) return false;
    if (called == 0) return appendRepr(ctx, out);
    if (!result.is<StrObject>()) {
        ctx.raise(ErrorKind::TypeError, concat("__str__ returned non-string (type ", RuntimeContext::typeName(result), ")"));
        return false;
    }
    out += result.as<StrObject>()->text();
    return true;
}

int InstanceObject::equals(RuntimeContext& ctx, const Value& other) const {
    Value result;
    Value arg[1] = {other};
    int called = callSpecial(ctx, "__eq__", arg, result);
    if (called < 0) return -1;
    if (called == 0 || isNotImplemented(ctx, result)) return other.isObject() && other.asObject() == this;
    return Comparison::truthy(ctx, result);
}

int InstanceObject::compareOrder(RuntimeContext& ctx, const Value& other, CompareOp op) const {
    Value result;
    Value arg[1] = {other};
    int called = callSpecial(ctx, reflectedName(op), arg, result);
    if (called < 0) return -1;
    if (called == 0 || isNotImplemented(ctx, result)) return 2;
    return Comparison::truthy(ctx, result);
}

bool InstanceObject::hash(RuntimeContext& ctx, std::int64_t& out) const {
    Value result;
    int called = callSpecial(ctx, "__hash__", {}, result);
    if (called < 0) return false;
    if (called > 0) {
        if (result.isNone()) {
            ctx.raise(ErrorKind::TypeError, concat("unhashable type: '", typeName(), "'"));
            return false;
        }
        if (!result.isIntLike()) {
            ctx.raise(ErrorKind::TypeError, "__hash__ method should return an integer");
            return false;
        }
        out = Hashing::hashInt(result.asInt());
        return true;
    }
    // Python 3: a class that defines __eq__ without __hash__ is unhashable.
    if (!ctx.isPython2() && !Interpreter::of(ctx).classAttribute(cls, "__eq__").isEmpty()) {
        ctx.raise(ErrorKind::TypeError, concat("unhashable type: '", typeName(), "'"));
        return false;
    }
    return Object::hash(ctx, out);
}

int InstanceObject::truthiness(RuntimeContext& ctx) const {
    Value result;
    int called = callSpecial(ctx, ctx.isPython2() ? "__nonzero__" : "__bool__", {}, result);
    if (called < 0) return -1;
    if (called > 0) {
        if (!result.isBool() && !(ctx.isPython2() && result.isIntLike())) {
            ctx.raise(ErrorKind::TypeError, concat("__bool__ should return bool, returned ", RuntimeContext::typeName(result)));
            return -1;
        }
        return result.asInt() != 0;
    }
    called = callSpecial(ctx, "__len__", {}, result);
    if (called < 0) return -1;
    if (called > 0) {
        if (!result.isIntLike()) {
            ctx.raise(ErrorKind::TypeError, concat("'", RuntimeContext::typeName(result), "' object cannot be interpreted as an integer"));
            return -1;
        }
        return result.asInt() != 0;
    }
    return 1;
}

Value InstanceObject::iterate(RuntimeContext& ctx, const Value&) {
    Value result;
    int called = callSpecial(ctx, "__iter__", {}, result);
    if (called < 0) return Value::error();
    if (called == 0) return ctx.raise(ErrorKind::TypeError, concat("'", typeName(), "' object is not iterable"));
    if (asInstance(result) && Interpreter::of(ctx).classAttribute(asInstance(result)->cls, ctx.isPython2() ? "next" : "__next__").isEmpty()) {
        return ctx.raise(ErrorKind::TypeError, concat("iter() returned non-iterator of type '", RuntimeContext::typeName(result), "'"));
    }
    return result;
}

Value InstanceObject::nextItem(RuntimeContext& ctx) {
    Value result;
    int called = callSpecial(ctx, ctx.isPython2() ? "next" : "__next__", {}, result);
    if (called == 0) return ctx.raise(ErrorKind::TypeError, concat("'", typeName(), "' object is not an iterator"));
    if (called < 0) {
        Interpreter& vm = Interpreter::of(ctx);
        Value error = vm.takeError();
        if (vm.isInstance(error, vm.types().stopIteration)) return Value::exhausted();
        return vm.raiseObject(error);
    }
    return result;
}

}  // namespace ts::script
