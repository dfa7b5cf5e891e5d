// Attribute lookup as CPython does it for the object kinds the VM knows: data descriptors
// (properties) on the class first, then the instance dict, then class attributes (functions
// bind to the instance, classmethods to the class, staticmethods not at all), then __getattr__.
#include "script/runtime/Concat.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/MethodTable.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/BoundMethodObject.h"
#include "script/vm/BuiltinFunctionObject.h"
#include "script/vm/ClassMethodObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/FunctionObject.h"
#include "script/vm/GeneratorMethods.h"
#include "script/vm/GeneratorObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/ModuleObject.h"
#include "script/vm/PropertyObject.h"
#include "script/vm/StaticMethodObject.h"
#include "script/vm/SuperObject.h"
#include "script/vm/TextStreamObject.h"
#include "script/vm/ThreadLocalDicts.h"

namespace ts::script {

Value Interpreter::bindIfMethod(const Value& attribute, const Value& instance, const Value& cls) {
    if (attribute.is<FunctionObject>()) return ctx_.heap().make<BoundMethodObject>(attribute, instance);
    if (auto* native = attribute.tryAs<BuiltinFunctionObject>(); native && native->isMethod) {
        return ctx_.heap().make<BoundMethodObject>(attribute, instance);
    }
    if (auto* cm = attribute.tryAs<ClassMethodObject>()) return ctx_.heap().make<BoundMethodObject>(cm->function, cls);
    if (auto* sm = attribute.tryAs<StaticMethodObject>()) return sm->function;
    return attribute;
}

Value Interpreter::nativeMethodFor(const Value& receiver, const Value& name) {
    std::uint64_t key = (static_cast<std::uint64_t>(receiver.asObject()->kind()) << 56) ^
                        static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(name.asObject()));
    auto found = nativeMethods_.find(key);
    if (found != nativeMethods_.end()) return found->second;
    NativeMethod method = MethodTable::lookup(receiver, name.as<StrObject>()->view(), isPython2());
    Value native = method ? ctx_.heap().make<BuiltinFunctionObject>(std::string(name.as<StrObject>()->view()), method, Value()) : Value();
    nativeMethods_.emplace(key, native);
    return native;
}

namespace {

Value strOf(RuntimeContext& ctx, std::string_view text) { return ctx.newStr(text); }

}  // namespace

Interpreter::CallStatus Interpreter::loadAttr(VmThread* thread, const Value& object, const Value& name, Value& result) {
    std::string_view text = name.as<StrObject>()->view();
    auto done = [&](Value v) {
        result = std::move(v);
        return result.isError() ? CallStatus::Failed : CallStatus::Done;
    };
    // Calls an accessor on the instance: as a frame when the loop asked, else nested.
    auto callAccessor = [&](const Value& accessor, const Value& arg) {
        if (thread && accessor.is<FunctionObject>()) {
            Value argument = arg;
            return callFunction(*thread, accessor, &argument, 1, nullptr, Continuation::push(), nullptr);
        }
        Value args[1] = {arg};
        return done(call(ctx_, accessor, args));
    };

    if (InstanceObject* inst = asInstance(object)) {
        ClassObject* cls = inst->classObject();
        if (cls->layout == ClassObject::Layout::ThreadLocal && !selectThreadLocalDict(object, *inst)) return CallStatus::Failed;
        Value attribute = cls->lookup(ctx_, name);
        if (auto* property = attribute.tryAs<PropertyObject>()) {
            if (property->getter.isNone() || property->getter.isEmpty()) {
                raise(types_.attributeError, isPython2() ? "unreadable attribute"
                                                         : concat("property '", text, "' of '", cls->name, "' object has no getter"));
                return CallStatus::Failed;
            }
            return callAccessor(property->getter, object);
        }
        if (auto* exception = object.tryAs<ExceptionObject>()) {
            if (text == "args") return done(exception->args);
            if (text == "__cause__") return done(exception->cause.isEmpty() ? Value::none() : exception->cause);
            if (text == "__context__") return done(exception->context.isEmpty() ? Value::none() : exception->context);
            if (text == "__suppress_context__") return done(Value::fromBool(exception->suppressContext));
            // StopIteration(v).value is v (None without arguments), unless set on the instance.
            if (text == "value" && !isPython2() && isInstance(object, types_.stopIteration) &&
                inst->dict.as<DictObject>()->get(ctx_, name).isEmpty()) {
                return done(GeneratorMethods::stopValue(object));
            }
        }
        Value own = inst->dict.as<DictObject>()->get(ctx_, name);
        if (!own.isEmpty()) return done(own);
        if (!attribute.isEmpty()) return done(bindIfMethod(attribute, object, inst->cls));
        if (text == "__class__") return done(inst->cls);
        if (text == "__dict__") return done(inst->dict);
        if (text == "__doc__") return done(Value::none());
        Value hook = cls->lookup(ctx_, intern("__getattr__"));
        if (!hook.isEmpty()) {
            Value args[1] = {name};
            return done(call(ctx_, bindIfMethod(hook, object, inst->cls), args));
        }
        raise(types_.attributeError, concat("'", cls->name, "' object has no attribute '", text, "'"));
        return CallStatus::Failed;
    }
    if (auto* cls = object.tryAs<ClassObject>()) {
        if (text == "__name__") return done(strOf(ctx_, cls->name));
        if (text == "__qualname__") return done(strOf(ctx_, cls->qualname.empty() ? cls->name : cls->qualname));
        if (text == "__module__") return done(strOf(ctx_, cls->module));
        if (text == "__bases__") return done(ctx_.newTuple(cls->bases));
        if (text == "__mro__") {
            std::vector<Value> items;
            for (const ClassObject* c : cls->mro) items.emplace_back(const_cast<ClassObject*>(c));
            return done(ctx_.newTuple(std::move(items)));
        }
        if (text == "__dict__") return done(cls->dict);
        if (text == "__class__") return done(types_.typeClass);
        Value attribute = cls->lookup(ctx_, name);
        if (!attribute.isEmpty()) {
            if (auto* cm = attribute.tryAs<ClassMethodObject>()) return done(ctx_.heap().make<BoundMethodObject>(cm->function, object));
            if (auto* sm = attribute.tryAs<StaticMethodObject>()) return done(sm->function);
            return done(attribute);
        }
        if (text == "__doc__") return done(Value::none());
        if (cls->builtin) {
            // str.lower, list.append, dict.fromkeys: the builtin types' methods, unbound.
            if (object.identical(types_.dictClass) && text == "fromkeys") {
                return done(makeNative("fromkeys", [](NativeCall& call) -> Value {
                    if (call.args.size() < 1 || call.args.size() > 2) return call.raise(call.vm.types().typeError, "fromkeys expected 1 or 2 arguments");
                    std::vector<Value> keys;
                    if (!Iteration::collect(call.ctx, call.args[0], keys)) return Value::error();
                    Value dict = call.ctx.newDict();
                    Value fill = call.args.size() == 2 ? call.args[1] : Value::none();
                    for (const Value& k : keys) {
                        if (!dict.as<DictObject>()->set(call.ctx, k, fill)) return Value::error();
                    }
                    return dict;
                }));
            }
            Value sample;
            if (object.identical(types_.strClass)) sample = ctx_.newStr("");
            else if (object.identical(types_.listClass)) sample = ctx_.newList();
            else if (object.identical(types_.tupleClass)) sample = ctx_.emptyTuple();
            else if (object.identical(types_.dictClass)) sample = ctx_.newDict();
            else if (object.identical(types_.setClass)) sample = ctx_.newSet();
            else if (object.identical(types_.frozensetClass)) sample = ctx_.newSet(true);
            if (!sample.isEmpty()) {
                Value method = nativeMethodFor(sample, name);
                if (!method.isEmpty()) return done(method);
            }
        }
        raise(types_.attributeError, concat("type object '", cls->name, "' has no attribute '", text, "'"));
        return CallStatus::Failed;
    }
    if (auto* module = object.tryAs<ModuleObject>()) {
        if (text == "__dict__") return done(module->globals);
        Value v = module->globals.as<DictObject>()->get(ctx_, name);
        if (!v.isEmpty()) return done(v);
        raise(types_.attributeError, isPython2() ? concat("'module' object has no attribute '", text, "'")
                                                 : concat("module '", module->name, "' has no attribute '", text, "'"));
        return CallStatus::Failed;
    }
    if (auto* function = object.tryAs<FunctionObject>()) {
        if (text == "__name__" || text == "func_name") return done(function->name);
        if (text == "__qualname__") return done(function->qualname);
        if (text == "__doc__" || text == "func_doc") return done(function->doc.isEmpty() ? Value::none() : function->doc);
        if (text == "__module__") return done(function->module.isEmpty() ? Value::none() : function->module);
        if (text == "__defaults__" || text == "func_defaults") return done(function->defaults.isEmpty() ? Value::none() : function->defaults);
        if (text == "__globals__" || text == "func_globals") return done(function->globals);
        if (text == "__class__") return done(types_.functionClass);
        if (function->attributes.is<DictObject>()) {
            if (text == "__dict__") return done(function->attributes);
            Value v = function->attributes.as<DictObject>()->get(ctx_, name);
            if (!v.isEmpty()) return done(v);
        } else if (text == "__dict__") {
            function->attributes = ctx_.newDict();
            return done(function->attributes);
        }
        raise(types_.attributeError, concat("'function' object has no attribute '", text, "'"));
        return CallStatus::Failed;
    }
    if (auto* bound = object.tryAs<BoundMethodObject>()) {
        if (text == "__self__" || text == "im_self") return done(bound->self);
        if (text == "__func__" || text == "im_func") return done(bound->function);
        if (text == "__class__") return done(types_.methodClass);
        return loadAttr(nullptr, bound->function, name, result);
    }
    if (auto* native = object.tryAs<BuiltinFunctionObject>()) {
        if (text == "__name__" || text == "__qualname__") return done(strOf(ctx_, native->name));
        if (text == "__self__") return done(native->receiver.isEmpty() ? Value::none() : native->receiver);
        if (text == "__doc__") return done(Value::none());
        if (text == "__class__") return done(types_.builtinFunctionClass);
    }
    if (object.is<SuperObject>()) {
        Value v = superLookup(object, name);
        return v.isError() ? CallStatus::Failed : done(v);
    }
    if (auto* property = object.tryAs<PropertyObject>()) {
        if (text == "fget") return done(property->getter);
        if (text == "fset") return done(property->setter);
        if (text == "fdel") return done(property->deleter);
        if (text == "__doc__") return done(property->doc);
        if (text == "getter" || text == "setter" || text == "deleter") {
            Value self = object;
            std::string which(text);
            return done(makeNative(which, [self, which](NativeCall& call) -> Value {
                if (call.args.size() != 1) return call.raise(call.vm.types().typeError, which + "() takes exactly one argument");
                auto* p = self.as<PropertyObject>();
                Value get = which == "getter" ? call.args[0] : p->getter;
                Value set = which == "setter" ? call.args[0] : p->setter;
                Value del = which == "deleter" ? call.args[0] : p->deleter;
                return call.ctx.heap().make<PropertyObject>(get, set, del, p->doc);
            }));
        }
    }
    if (auto* stream = object.tryAs<TextStreamObject>()) {
        if (text == "write" || text == "flush") {
            bool isWrite = text == "write";
            OutputStream which = stream->stream;
            return done(makeNative(std::string(text), [isWrite, which, object](NativeCall& call) -> Value {
                if (!isWrite) return Value::none();
                if (call.args.size() != 1 || !call.args[0].is<StrObject>()) {
                    return call.raise(call.vm.types().typeError,
                                      call.args.size() == 1 ? concat("write() argument must be str, not ", RuntimeContext::typeName(call.args[0]))
                                                            : "write() takes exactly one argument");
                }
                object.as<TextStreamObject>()->softspace = false;
                call.vm.write(which, call.args[0].as<StrObject>()->view());
                return Value::fromInt(static_cast<std::int64_t>(call.args[0].as<StrObject>()->length()));
            }));
        }
        if (text == "softspace") return done(Value::fromInt(stream->softspace ? 1 : 0));
        if (text == "name") return done(strOf(ctx_, stream->stream == OutputStream::Stdout ? "<stdout>" : "<stderr>"));
    }
    if (object.is<GeneratorObject>()) {
        if (Value attribute = GeneratorMethods::lookup(*this, object, text); !attribute.isEmpty()) return done(attribute);
    }
    if (text == "__class__") return done(types_.classOf(object));
    if (object.isObject() && object.asObject()->kind() < ObjectKind::FirstVmKind) {
        if (NativeMethod method = MethodTable::lookup(object, text, isPython2())) {
            return done(ctx_.heap().make<BuiltinFunctionObject>(std::string(text), method, object));
        }
    }
    if (object.isNumber()) {
        if (text == "real") return done(object.isBool() ? Value::fromInt(object.asInt()) : object);
        if (text == "imag") return done(object.isFloat() ? Value::fromFloat(0.0) : Value::fromInt(0));
        if (object.isFloat() && text == "is_integer") {
            double d = object.asFloat();
            return done(makeNative("is_integer", [d](NativeCall&) { return Value::fromBool(d == static_cast<double>(static_cast<std::int64_t>(d))); }));
        }
        if (object.isIntLike() && text == "bit_length") {
            std::int64_t i = object.asInt();
            return done(makeNative("bit_length", [i](NativeCall&) {
                std::uint64_t magnitude = i < 0 ? static_cast<std::uint64_t>(-(i + 1)) + 1 : static_cast<std::uint64_t>(i);
                int bits = 0;
                while (magnitude) {
                    ++bits;
                    magnitude >>= 1;
                }
                return Value::fromInt(bits);
            }));
        }
    }
    raise(types_.attributeError, MethodTable::missingAttributeMessage(object, text, isPython2()));
    return CallStatus::Failed;
}

Value Interpreter::superLookup(const Value& superObject, const Value& name) {
    auto* s = superObject.as<SuperObject>();
    auto* start = s->startClass.as<ClassObject>();
    auto* selfClass = s->selfClass.as<ClassObject>();
    const auto& mro = selfClass->mro;
    std::size_t i = 0;
    while (i < mro.size() && mro[i] != start) ++i;
    for (++i; i < mro.size(); ++i) {
        Value v = mro[i]->dict.as<DictObject>()->get(ctx_, name);
        if (v.isEmpty()) continue;
        if (v.isError()) return v;
        if (auto* property = v.tryAs<PropertyObject>()) {
            Value args[1] = {s->self};
            return call(ctx_, property->getter, args);
        }
        bool selfIsClass = s->self.is<ClassObject>();
        if (selfIsClass && (v.is<FunctionObject>() || v.is<BuiltinFunctionObject>())) return v;
        return bindIfMethod(v, s->self, s->selfClass);
    }
    std::string_view text = name.as<StrObject>()->view();
    if (text == "__class__") return types_.superClass;
    return raise(types_.attributeError, concat("'super' object has no attribute '", text, "'"));
}

Interpreter::CallStatus Interpreter::storeAttr(VmThread* thread, const Value& object, const Value& name, const Value& value) {
    std::string_view text = name.as<StrObject>()->view();
    if (InstanceObject* inst = asInstance(object)) {
        ClassObject* cls = inst->classObject();
        if (cls->layout == ClassObject::Layout::ThreadLocal && !selectThreadLocalDict(object, *inst)) return CallStatus::Failed;
        Value attribute = cls->lookup(ctx_, name);
        if (auto* property = attribute.tryAs<PropertyObject>()) {
            if (property->setter.isNone() || property->setter.isEmpty()) {
                raise(types_.attributeError, isPython2() ? "can't set attribute"
                                                         : concat("property '", text, "' of '", cls->name, "' object has no setter"));
                return CallStatus::Failed;
            }
            Value args[2] = {object, value};
            if (thread && property->setter.is<FunctionObject>()) {
                return callFunction(*thread, property->setter, args, 2, nullptr, Continuation::discard(), nullptr);
            }
            return call(ctx_, property->setter, args).isError() ? CallStatus::Failed : CallStatus::Done;
        }
        Value hook = cls->lookup(ctx_, intern("__setattr__"));
        if (!hook.isEmpty()) {
            Value args[2] = {name, value};
            return call(ctx_, bindIfMethod(hook, object, inst->cls), args).isError() ? CallStatus::Failed : CallStatus::Done;
        }
        if (auto* exception = object.tryAs<ExceptionObject>(); exception && text == "args") {
            std::vector<Value> items;
            if (!value.is<TupleObject>()) items.push_back(value);
            exception->args = value.is<TupleObject>() ? value : ctx_.newTuple(std::move(items));
            return CallStatus::Done;
        }
        return inst->dict.as<DictObject>()->set(ctx_, name, value) ? CallStatus::Done : CallStatus::Failed;
    }
    if (auto* cls = object.tryAs<ClassObject>()) {
        if (cls->builtin) {
            raise(types_.typeError, concat("cannot set '", text, "' attribute of immutable type '", cls->name, "'"));
            return CallStatus::Failed;
        }
        return cls->dict.as<DictObject>()->set(ctx_, name, value) ? CallStatus::Done : CallStatus::Failed;
    }
    if (auto* module = object.tryAs<ModuleObject>()) {
        return module->globals.as<DictObject>()->set(ctx_, name, value) ? CallStatus::Done : CallStatus::Failed;
    }
    if (auto* function = object.tryAs<FunctionObject>()) {
        if (text == "__name__") {
            function->name = value;
            return CallStatus::Done;
        }
        if (text == "__doc__") {
            function->doc = value;
            return CallStatus::Done;
        }
        if (!function->attributes.is<DictObject>()) function->attributes = ctx_.newDict();
        return function->attributes.as<DictObject>()->set(ctx_, name, value) ? CallStatus::Done : CallStatus::Failed;
    }
    if (auto* stream = object.tryAs<TextStreamObject>(); stream && text == "softspace") {
        stream->softspace = value.isIntLike() && value.asInt() != 0;
        return CallStatus::Done;
    }
    if (object.isObject() && object.asObject()->kind() >= ObjectKind::FirstVmKind) {
        raise(types_.attributeError, concat("'", RuntimeContext::typeName(object), "' object has no attribute '", text, "'"));
    } else {
        raise(types_.attributeError, isPython2() ? concat("'", RuntimeContext::typeName(object), "' object has no attribute '", text, "'")
                                                 : concat("'", RuntimeContext::typeName(object), "' object has no attribute '", text, "'"));
    }
    return CallStatus::Failed;
}

bool Interpreter::delAttr(const Value& object, const Value& name) {
    std::string_view text = name.as<StrObject>()->view();
    if (InstanceObject* inst = asInstance(object)) {
        if (inst->classObject()->layout == ClassObject::Layout::ThreadLocal && !selectThreadLocalDict(object, *inst)) return false;
        Value attribute = inst->classObject()->lookup(ctx_, name);
        if (auto* property = attribute.tryAs<PropertyObject>()) {
            if (property->deleter.isNone() || property->deleter.isEmpty()) {
                raise(types_.attributeError, concat("property '", text, "' of '", inst->classObject()->name, "' object has no deleter"));
                return false;
            }
            Value args[1] = {object};
            return !call(ctx_, property->deleter, args).isError();
        }
        Value removed = inst->dict.as<DictObject>()->remove(ctx_, name);
        if (removed.isError()) return false;
        if (removed.isEmpty()) {
            raise(types_.attributeError, concat("'", inst->classObject()->name, "' object has no attribute '", text, "'"));
            return false;
        }
        return true;
    }
    Value dict;
    if (auto* cls = object.tryAs<ClassObject>()) dict = cls->dict;
    else if (auto* module = object.tryAs<ModuleObject>()) dict = module->globals;
    else if (auto* function = object.tryAs<FunctionObject>()) dict = function->attributes;
    if (dict.is<DictObject>()) {
        Value removed = dict.as<DictObject>()->remove(ctx_, name);
        if (removed.isError()) return false;
        if (!removed.isEmpty()) return true;
    }
    raise(types_.attributeError, concat("'", RuntimeContext::typeName(object), "' object has no attribute '", text, "'"));
    return false;
}

Value Interpreter::getAttr(const Value& object, const Value& name) {
    Value result;
    CallStatus status = loadAttr(nullptr, object, name, result);
    return status == CallStatus::Failed ? Value::error() : result;
}

Value Interpreter::findAttr(const Value& object, const Value& name) {
    Value result = getAttr(object, name);
    if (result.isError() && ctx_.error().kind == ErrorKind::AttributeError) {
        ctx_.error().clear();
        return Value();
    }
    return result;
}

bool Interpreter::setAttr(const Value& object, const Value& name, const Value& value) {
    return storeAttr(nullptr, object, name, value) != CallStatus::Failed;
}

bool Interpreter::selectThreadLocalDict(const Value& object, InstanceObject& inst) {
    auto* local = inst.nativeSlot.tryAs<ThreadLocalDicts>();
    if (!local) return true;
    const int id = current_ ? current_->id : 0;
    if (auto found = local->byThread.find(id); found != local->byThread.end()) {
        inst.dict = found->second;
        return true;
    }
    inst.dict = ctx_.newDict();
    local->byThread.emplace(id, inst.dict);
    // The first use in this thread: a subclass's __init__ runs for it, as it did for the thread
    // that made the object (CPython's _threading_local does the same).
    Value init = inst.classObject()->lookup(ctx_, intern("__init__"));
    if (!init.is<FunctionObject>()) return true;
    std::vector<KeywordArg> keywords;
    for (const auto& [key, value] : local->initKeywords) keywords.push_back(KeywordArg{key, value});
    const std::vector<Value> args = local->initArgs;  // __init__ may make the object anew
    return !callWithKeywords(bindIfMethod(init, object, inst.cls), args, keywords).isError();
}

Value Interpreter::getAttribute(RuntimeContext&, const Value& object, std::string_view name) {
    return getAttr(object, intern(name));
}

}  // namespace ts::script
