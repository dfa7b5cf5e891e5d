#include "scenario/JsonValue.h"

#include <cassert>
#include <utility>

namespace ts {

JsonValue JsonValue::null(SourcePos pos) {
    JsonValue v;
    v.pos_ = pos;
    return v;
}

JsonValue JsonValue::boolean(bool value, SourcePos pos) {
    JsonValue v;
    v.data_ = value;
    v.pos_ = pos;
    return v;
}

JsonValue JsonValue::integer(std::int64_t value, SourcePos pos) {
    JsonValue v;
    v.data_ = value;
    v.pos_ = pos;
    return v;
}

JsonValue JsonValue::floating(double value, std::string text, SourcePos pos) {
    JsonValue v;
    v.data_ = Float{value, std::move(text)};
    v.pos_ = pos;
    return v;
}

JsonValue JsonValue::string(std::string value, SourcePos pos) {
    JsonValue v;
    v.data_ = std::move(value);
    v.pos_ = pos;
    return v;
}

JsonValue JsonValue::array(Array elements, SourcePos pos) {
    JsonValue v;
    v.data_ = std::move(elements);
    v.pos_ = pos;
    return v;
}

JsonValue JsonValue::object(Object members, SourcePos pos) {
    JsonValue v;
    v.data_ = std::move(members);
    v.pos_ = pos;
    return v;
}

bool JsonValue::asBool() const {
    assert(isBool());
    return std::get<bool>(data_);
}

std::int64_t JsonValue::asInteger() const {
    assert(isInteger());
    return std::get<std::int64_t>(data_);
}

double JsonValue::asDouble() const {
    assert(isNumber());
    if (isInteger()) return static_cast<double>(std::get<std::int64_t>(data_));
    return std::get<Float>(data_).value;
}

const std::string& JsonValue::asString() const {
    assert(isString());
    return std::get<std::string>(data_);
}

const JsonValue::Array& JsonValue::asArray() const {
    assert(isArray());
    return std::get<Array>(data_);
}

const JsonValue::Object& JsonValue::asObject() const {
    assert(isObject());
    return std::get<Object>(data_);
}

std::string JsonValue::numberText() const {
    assert(isNumber());
    if (isInteger()) return std::to_string(std::get<std::int64_t>(data_));
    return std::get<Float>(data_).text;
}

const JsonValue::Member* JsonValue::find(std::string_view key) const {
    if (!isObject()) return nullptr;
    for (const Member& member : std::get<Object>(data_)) {
        if (member.key == key) return &member;
    }
    return nullptr;
}

const char* JsonValue::describe(Type type) {
    switch (type) {
        case Type::Null:
            return "null";
        case Type::Bool:
            return "a boolean";
        case Type::Integer:
            return "an integer";
        case Type::Float:
            return "a number";
        case Type::String:
            return "a string";
        case Type::Array:
            return "an array";
        case Type::Object:
            return "an object";
    }
    return "a value";
}

}  // namespace ts
