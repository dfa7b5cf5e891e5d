#pragma once
// Everything the value operations of one program share: which Python they imitate, the heap
// that owns and counts the program's objects, interned names, the VM's callbacks, and the error
// slot. An operation that fails stores a PyError here and returns Value::error(); the VM tests
// the returned tag (or a bool/int status) after each operation, never catches C++ exceptions.
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "script/runtime/Heap.h"
#include "script/runtime/PyError.h"
#include "script/runtime/PythonVersion.h"
#include "script/runtime/StringInterner.h"
#include "script/runtime/Value.h"

namespace ts::script {

class VmCallbacks;

class RuntimeContext {
public:
    explicit RuntimeContext(PythonVersion version = PythonVersion::Python3);
    ~RuntimeContext();
    RuntimeContext(const RuntimeContext&) = delete;
    RuntimeContext& operator=(const RuntimeContext&) = delete;

    PythonVersion version() const { return version_; }
    bool isPython2() const { return version_ == PythonVersion::Python2; }
    Heap& heap() { return heap_; }
    StringInterner& interner() { return interner_; }

    // ---- Errors
    PyError& error() { return error_; }
    bool hasError() const { return error_.isSet(); }
    // Records the error and returns Value::error(), so failing code reads `return ctx.raise(...)`.
    Value raise(ErrorKind kind, std::string message);
    // KeyError with the key's repr as message and the key as payload.
    Value raiseKeyError(const Value& key);
    // "unsupported operand type(s) for OP: 'A' and 'B'"
    Value raiseUnsupportedOperands(std::string_view op, const Value& a, const Value& b);
    // "integer overflow: ..." as an OverflowError.
    Value raiseIntegerOverflow();

    // ---- Calls back into the VM
    void setCallbacks(VmCallbacks* callbacks) { callbacks_ = callbacks; }
    VmCallbacks* callbacks() const { return callbacks_; }
    Value call(const Value& callable, std::span<const Value> args);

    // ---- Making values
    Value newStr(std::string text);
    Value newStr(std::string_view text) { return newStr(std::string(text)); }
    Value newStr(const char* text) { return newStr(std::string(text)); }
    // A str of one ASCII character, shared (indexing and iterating str make many of these).
    Value asciiChar(char c);
    Value newList(std::vector<Value> items = {});
    Value newTuple(std::vector<Value> items);
    Value newDict();
    Value newSet(bool frozen = false);
    // The shared empty tuple.
    Value emptyTuple();

    // ---- Repr recursion: [1, [...]] for a list that contains itself.
    // False when object is already being printed further up.
    bool enterRepr(const Object* object);
    void leaveRepr(const Object* object);

    // Object's type name for messages ("int", "list", a VM class name).
    static std::string_view typeName(const Value& v);

private:
    PythonVersion version_;
    Heap heap_;
    StringInterner interner_;
    PyError error_;
    VmCallbacks* callbacks_ = nullptr;
    std::vector<const Object*> reprStack_;
    std::array<Value, 128> asciiChars_;
    Value emptyTuple_;
};

}  // namespace ts::script
