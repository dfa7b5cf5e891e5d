#include "script/vm/TypeRegistry.h"

#include "script/runtime/Builtins.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/RangeObject.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/BoundMethodObject.h"
#include "script/vm/BuiltinFunctionObject.h"
#include "script/vm/ClassMethodObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/FunctionObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/ModuleObject.h"
#include "script/vm/PropertyObject.h"
#include "script/vm/StaticMethodObject.h"
#include "script/vm/SuperObject.h"

namespace ts::script {

TypeRegistry::TypeRegistry(Interpreter& vm) : vm_(vm) {}

Value TypeRegistry::define(std::string name, std::initializer_list<Value> bases, int layout) {
    RuntimeContext& ctx = vm_.context();
    Value cls = ctx.heap().make<ClassObject>(name, ctx.newDict());
    auto* c = cls.as<ClassObject>();
    c->qualname = name;
    c->module = ctx.isPython2() ? "__builtin__" : "builtins";
    c->builtin = true;
    c->layout = static_cast<ClassObject::Layout>(layout);
    for (const Value& b : bases) c->bases.push_back(b);
    std::string ignored;
    c->computeMro(ignored);
    // Builtin value types are called through their constructor; the runtime's pure builtins
    // (int('3'), list(x), ...) do the work where one exists.
    if (NativeFunction f = Builtins::lookup(name, ctx.isPython2()); f && c->layout == ClassObject::Layout::Builtin) {
        c->constructor = [f](NativeCall& call) { return f(call.ctx, call.args); };
    }
    byName_[name] = cls;
    return cls;
}

Value TypeRegistry::defineException(std::string name, const Value& base) {
    return define(std::move(name), {base}, static_cast<int>(ClassObject::Layout::Exception));
}

void TypeRegistry::create() {
    constexpr int builtinLayout = static_cast<int>(ClassObject::Layout::Builtin);
    constexpr int plainLayout = static_cast<int>(ClassObject::Layout::Plain);
    objectClass = define("object", {}, plainLayout);
    typeClass = define("type", {objectClass}, builtinLayout);
    noneType = define("NoneType", {objectClass}, builtinLayout);
    intClass = define("int", {objectClass}, builtinLayout);
    boolClass = define("bool", {intClass}, builtinLayout);
    floatClass = define("float", {objectClass}, builtinLayout);
    if (vm_.isPython2()) {
        Value basestring = define("basestring", {objectClass}, builtinLayout);
        strClass = define("str", {basestring}, builtinLayout);
    } else {
        strClass = define("str", {objectClass}, builtinLayout);
    }
    listClass = define("list", {objectClass}, builtinLayout);
    tupleClass = define("tuple", {objectClass}, builtinLayout);
    dictClass = define("dict", {objectClass}, builtinLayout);
    setClass = define("set", {objectClass}, builtinLayout);
    frozensetClass = define("frozenset", {objectClass}, builtinLayout);
    rangeClass = define(vm_.isPython2() ? "xrange" : "range", {objectClass}, builtinLayout);
    functionClass = define("function", {objectClass}, builtinLayout);
    methodClass = define(vm_.isPython2() ? "instancemethod" : "method", {objectClass}, builtinLayout);
    builtinFunctionClass = define("builtin_function_or_method", {objectClass}, builtinLayout);
    moduleClass = define("module", {objectClass}, builtinLayout);
    propertyClass = define("property", {objectClass}, builtinLayout);
    staticMethodClass = define("staticmethod", {objectClass}, builtinLayout);
    classMethodClass = define("classmethod", {objectClass}, builtinLayout);
    superClass = define("super", {objectClass}, builtinLayout);

    baseException = defineException("BaseException", objectClass);
    systemExit = defineException("SystemExit", baseException);
    keyboardInterrupt = defineException("KeyboardInterrupt", baseException);
    generatorExit = defineException("GeneratorExit", baseException);  // what close() raises in a generator
    exception = defineException("Exception", baseException);
    stopIteration = defineException("StopIteration", exception);
    arithmeticError = defineException("ArithmeticError", exception);
    zeroDivisionError = defineException("ZeroDivisionError", arithmeticError);
    overflowError = defineException("OverflowError", arithmeticError);
    defineException("FloatingPointError", arithmeticError);
    assertionError = defineException("AssertionError", exception);
    attributeError = defineException("AttributeError", exception);
    eofError = defineException("EOFError", exception);
    importError = defineException("ImportError", exception);
    moduleNotFoundError = vm_.isPython2() ? importError : defineException("ModuleNotFoundError", importError);
    lookupError = defineException("LookupError", exception);
    indexError = defineException("IndexError", lookupError);
    keyError = defineException("KeyError", lookupError);
    memoryError = defineException("MemoryError", exception);
    nameError = defineException("NameError", exception);
    unboundLocalError = defineException("UnboundLocalError", nameError);
    osError = defineException(vm_.isPython2() ? "EnvironmentError" : "OSError", exception);
    runtimeError = defineException("RuntimeError", exception);
    notImplementedError = defineException("NotImplementedError", runtimeError);
    recursionError = vm_.isPython2() ? runtimeError : defineException("RecursionError", runtimeError);
    typeError = defineException("TypeError", exception);
    valueError = defineException("ValueError", exception);
    defineException("UnicodeError", valueError);
    defineException("Warning", exception);

    RuntimeContext& ctx = vm_.context();
    Value notImplementedType = define("NotImplementedType", {objectClass}, plainLayout);
    notImplemented = ctx.heap().make<InstanceObject>(notImplementedType, ctx.newDict());
    Value ellipsisType = define("ellipsis", {objectClass}, plainLayout);
    ellipsis = ctx.heap().make<InstanceObject>(ellipsisType, ctx.newDict());
}

Value TypeRegistry::find(std::string_view name) const {
    auto found = byName_.find(std::string(name));
    return found == byName_.end() ? Value() : found->second;
}

const Value& TypeRegistry::exceptionFor(ErrorKind kind) const {
    switch (kind) {
    case ErrorKind::TypeError: return typeError;
    case ErrorKind::ValueError: return valueError;
    case ErrorKind::ZeroDivisionError: return zeroDivisionError;
    case ErrorKind::IndexError: return indexError;
    case ErrorKind::KeyError: return keyError;
    case ErrorKind::OverflowError: return overflowError;
    case ErrorKind::AttributeError: return attributeError;
    case ErrorKind::StopIteration: return stopIteration;
    case ErrorKind::RuntimeError: return runtimeError;
    case ErrorKind::MemoryError: return memoryError;
    case ErrorKind::NotImplementedError: return notImplementedError;
    case ErrorKind::RecursionError: return recursionError;
    case ErrorKind::NameError: return nameError;
    case ErrorKind::AssertionError: return assertionError;
    case ErrorKind::None: break;
    }
    return runtimeError;
}

Value TypeRegistry::auxiliaryClass(std::string_view typeName) {
    auto found = auxiliary_.find(std::string(typeName));
    if (found != auxiliary_.end()) return found->second;
    RuntimeContext& ctx = vm_.context();
    Value cls = ctx.heap().make<ClassObject>(std::string(typeName), ctx.newDict());
    auto* c = cls.as<ClassObject>();
    c->qualname = std::string(typeName);
    c->builtin = true;
    c->layout = ClassObject::Layout::Builtin;
    c->bases.push_back(objectClass);
    std::string ignored;
    c->computeMro(ignored);
    auxiliary_[std::string(typeName)] = cls;
    return cls;
}

const Value& TypeRegistry::classOf(const Value& v) {
    switch (v.tag()) {
    case ValueTag::None: return noneType;
    case ValueTag::Bool: return boolClass;
    case ValueTag::Int: return intClass;
    case ValueTag::Float: return floatClass;
    case ValueTag::Object: break;
    case ValueTag::Empty:
    case ValueTag::Error: return noneType;
    }
    Object* o = v.asObject();
    switch (o->kind()) {
    case ObjectKind::Str: return strClass;
    case ObjectKind::List: return listClass;
    case ObjectKind::Tuple: return tupleClass;
    case ObjectKind::Dict: return dictClass;
    case ObjectKind::Set: return setClass;
    case ObjectKind::FrozenSet: return frozensetClass;
    case ObjectKind::Range: return rangeClass;
    default: break;
    }
    if (InstanceObject* inst = asInstance(v)) return inst->cls;
    if (v.is<ClassObject>()) return typeClass;
    if (v.is<FunctionObject>()) return functionClass;
    if (v.is<BoundMethodObject>()) return methodClass;
    if (v.is<BuiltinFunctionObject>()) return builtinFunctionClass;
    if (v.is<ModuleObject>()) return moduleClass;
    if (v.is<PropertyObject>()) return propertyClass;
    if (v.is<StaticMethodObject>()) return staticMethodClass;
    if (v.is<ClassMethodObject>()) return classMethodClass;
    if (v.is<SuperObject>()) return superClass;
    std::string name(o->typeName());
    auto found = auxiliary_.find(name);
    if (found != auxiliary_.end()) return found->second;
    auxiliaryClass(name);
    return auxiliary_[name];
}

}  // namespace ts::script
