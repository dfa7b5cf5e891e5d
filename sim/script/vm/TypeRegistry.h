#pragma once
// The classes the VM defines before a program runs: object, type, the builtin value types
// (int, float, str, list, ...) and CPython's exception hierarchy. classOf() answers type(x)
// for every value, so isinstance and issubclass work the same on builtin and program classes.
#include <string>
#include <string_view>
#include <unordered_map>

#include "script/runtime/PyError.h"
#include "script/runtime/Value.h"

namespace ts::script {

class ClassObject;
class Interpreter;

class TypeRegistry {
public:
    explicit TypeRegistry(Interpreter& vm);
    void create();

    // type(v).
    const Value& classOf(const Value& v);
    // The builtin class of that name ("int", "ValueError", ...), or Empty.
    Value find(std::string_view name) const;
    // The exception class raised for a runtime error kind.
    const Value& exceptionFor(ErrorKind kind) const;
    // Every builtin class, for the builtins module.
    const std::unordered_map<std::string, Value>& all() const { return byName_; }

    Value objectClass, typeClass, noneType, boolClass, intClass, floatClass, strClass, listClass, tupleClass,
        dictClass, setClass, frozensetClass, rangeClass, functionClass, methodClass, builtinFunctionClass,
        moduleClass, propertyClass, staticMethodClass, classMethodClass, superClass, baseException, exception,
        stopIteration, keyboardInterrupt, systemExit, typeError, nameError, unboundLocalError, attributeError,
        runtimeError, recursionError, importError, moduleNotFoundError, eofError, assertionError, valueError,
        indexError, keyError, zeroDivisionError, overflowError, memoryError, notImplementedError, lookupError,
        osError, arithmeticError, generatorExit;
    Value notImplemented;  // the NotImplemented singleton
    Value ellipsis;

    // A class for the VM's own or the runtime's less common kinds, made on first use.
    Value auxiliaryClass(std::string_view typeName);

private:
    Value define(std::string name, std::initializer_list<Value> bases, int layout);
    Value defineException(std::string name, const Value& base);

    Interpreter& vm_;
    std::unordered_map<std::string, Value> byName_;
    std::unordered_map<std::string, Value> auxiliary_;
};

}  // namespace ts::script
