#pragma once
// A Python value in 16 bytes: None, bool, int (int64) and float live inline and never allocate;
// everything else is a pointer to a reference-counted Object. Copying a Value that holds an
// object adds a reference, destroying it drops one (RAII), so VM stacks and containers need no
// manual bookkeeping. Two extra tags are not Python values: Empty (no value: unset local, unused
// slot, end of iteration) and Error (an operation failed; the error is in the RuntimeContext),
// so the VM checks the outcome of any operation with one compare of the tag.
#include <cstdint>
#include <utility>

#include "script/runtime/Object.h"

namespace ts::script {

enum class ValueTag : std::uint8_t { None, Bool, Int, Float, Object, Empty, Error };

class Value {
public:
    Value() = default;  // Empty
    explicit Value(Object* object) : tag_(ValueTag::Object) {
        u_.object = object;
        object->incRef();
    }
    Value(const Value& other) : u_(other.u_), tag_(other.tag_) {
        if (tag_ == ValueTag::Object) u_.object->incRef();
    }
    Value(Value&& other) noexcept : u_(other.u_), tag_(other.tag_) { other.tag_ = ValueTag::Empty; }
    Value& operator=(const Value& other) {
        if (other.tag_ == ValueTag::Object) other.u_.object->incRef();
        release();
        u_ = other.u_;
        tag_ = other.tag_;
        return *this;
    }
    Value& operator=(Value&& other) noexcept {
        if (this != &other) {
            release();
            u_ = other.u_;
            tag_ = other.tag_;
            other.tag_ = ValueTag::Empty;
        }
        return *this;
    }
    ~Value() { release(); }

    static Value none() { return Value(ValueTag::None); }
    static Value fromBool(bool b) {
        Value v(ValueTag::Bool);
        v.u_.integer = b ? 1 : 0;
        return v;
    }
    static Value fromInt(std::int64_t i) {
        Value v(ValueTag::Int);
        v.u_.integer = i;
        return v;
    }
    static Value fromFloat(double d) {
        Value v(ValueTag::Float);
        v.u_.real = d;
        return v;
    }
    static Value error() { return Value(ValueTag::Error); }
    // What nextItem() returns when an iterator is done (not an error).
    static Value exhausted() { return Value(); }

    ValueTag tag() const { return tag_; }
    bool isNone() const { return tag_ == ValueTag::None; }
    bool isBool() const { return tag_ == ValueTag::Bool; }
    bool isInt() const { return tag_ == ValueTag::Int; }
    // int or bool: bool is a subclass of int in Python and takes part in arithmetic.
    bool isIntLike() const { return tag_ == ValueTag::Int || tag_ == ValueTag::Bool; }
    bool isFloat() const { return tag_ == ValueTag::Float; }
    bool isNumber() const { return tag_ >= ValueTag::Bool && tag_ <= ValueTag::Float; }
    bool isObject() const { return tag_ == ValueTag::Object; }
    bool isEmpty() const { return tag_ == ValueTag::Empty; }
    bool isError() const { return tag_ == ValueTag::Error; }

    bool asBool() const { return u_.integer != 0; }
    std::int64_t asInt() const { return u_.integer; }  // valid for int and bool
    double asFloat() const { return u_.real; }
    // int, bool or float as a double.
    double toDouble() const { return tag_ == ValueTag::Float ? u_.real : static_cast<double>(u_.integer); }
    Object* asObject() const { return u_.object; }

    bool isKind(ObjectKind kind) const { return tag_ == ValueTag::Object && u_.object->kind() == kind; }
    template <class T>
    bool is() const {
        return isKind(T::Kind);
    }
    template <class T>
    T* as() const {
        return static_cast<T*>(u_.object);
    }
    template <class T>
    T* tryAs() const {
        return is<T>() ? static_cast<T*>(u_.object) : nullptr;
    }

    // The same object, or the same inline bits (Python's `is` for the inline kinds).
    bool identical(const Value& other) const {
        return tag_ == other.tag_ && u_.integer == other.u_.integer;
    }

private:
    explicit Value(ValueTag tag) : tag_(tag) { u_.integer = 0; }
    void release() {
        if (tag_ == ValueTag::Object && u_.object->decRef()) Object::destroy(u_.object);
    }

    union Payload {
        std::int64_t integer;
        double real;
        Object* object;
    } u_{0};
    ValueTag tag_ = ValueTag::Empty;
};

static_assert(sizeof(Value) == 16, "Value must stay 16 bytes");

}  // namespace ts::script
