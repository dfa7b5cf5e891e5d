#include "script/runtime/Concat.h"
#include "script/runtime/RuntimeContext.h"

#include <algorithm>

#include "script/runtime/DictObject.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TextConversion.h"
#include "script/runtime/TupleObject.h"
#include "script/runtime/VmCallbacks.h"

namespace ts::script {

RuntimeContext::RuntimeContext(PythonVersion version) : version_(version), interner_(heap_) {}

RuntimeContext::~RuntimeContext() {
    // The program is over (its interpreter and threads are gone): free what reference cycles
    // kept (a module's functions and globals refer to each other in every program).
    heap_.reclaimAll();
}

Value RuntimeContext::raise(ErrorKind kind, std::string message) {
    error_.kind = kind;
    error_.message = std::move(message);
    error_.payload = Value();
    return Value::error();
}

Value RuntimeContext::raiseKeyError(const Value& key) {
    std::string text;
    if (!TextConversion::appendRepr(*this, key, text)) return Value::error();
    raise(ErrorKind::KeyError, std::move(text));
    error_.payload = key;
    return Value::error();
}

Value RuntimeContext::raiseUnsupportedOperands(std::string_view op, const Value& a, const Value& b) {
    std::string message = "unsupported operand type(s) for ";
    message += op;
    message += ": '";
    message += typeName(a);
    message += "' and '";
    message += typeName(b);
    message += "'";
    return raise(ErrorKind::TypeError, std::move(message));
}

Value RuntimeContext::raiseIntegerOverflow() {
    return raise(ErrorKind::OverflowError,
                 "integer overflow: result does not fit in 64 bits (timeslice ints are 64-bit)");
}

Value RuntimeContext::call(const Value& callable, std::span<const Value> args) {
    if (!callbacks_) {
        return raise(ErrorKind::TypeError, concat("'", std::string(typeName(callable)), "' object is not callable"));
    }
    return callbacks_->call(*this, callable, args);
}

Value RuntimeContext::newStr(std::string text) {
    if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80) return asciiChar(text[0]);
    return heap_.make<StrObject>(std::move(text));
}

Value RuntimeContext::asciiChar(char c) {
    Value& slot = asciiChars_[static_cast<unsigned char>(c) & 0x7F];
    if (slot.isEmpty()) slot = heap_.make<StrObject>(std::string(1, c));
    return slot;
}

Value RuntimeContext::newList(std::vector<Value> items) {
    Value list = heap_.make<ListObject>(std::move(items));
    list.as<ListObject>()->noteResized();
    return list;
}

Value RuntimeContext::newTuple(std::vector<Value> items) {
    if (items.empty()) return emptyTuple();
    return heap_.make<TupleObject>(std::move(items));
}

Value RuntimeContext::emptyTuple() {
    if (emptyTuple_.isEmpty()) emptyTuple_ = heap_.make<TupleObject>(std::vector<Value>{});
    return emptyTuple_;
}

Value RuntimeContext::newDict() { return heap_.make<DictObject>(); }

Value RuntimeContext::newSet(bool frozen) { return heap_.make<SetObject>(frozen); }

bool RuntimeContext::enterRepr(const Object* object) {
    if (std::find(reprStack_.begin(), reprStack_.end(), object) != reprStack_.end()) return false;
    reprStack_.push_back(object);
    return true;
}

void RuntimeContext::leaveRepr(const Object* object) {
    if (!reprStack_.empty() && reprStack_.back() == object) reprStack_.pop_back();
}

std::string_view RuntimeContext::typeName(const Value& v) {
    switch (v.tag()) {
    case ValueTag::None: return "NoneType";
    case ValueTag::Bool: return "bool";
    case ValueTag::Int: return "int";
    case ValueTag::Float: return "float";
    case ValueTag::Object: return v.asObject()->typeName();
    case ValueTag::Empty:
    case ValueTag::Error: break;
    }
    return "<no value>";
}

}  // namespace ts::script
