#pragma once
// One parsed JSON value with the place it was written, so that a loader can point its error
// messages at the exact line and column. Objects keep their members in file order (and each
// key's own position); integers and floats stay apart, and a float keeps the text it was
// written as, so durations like 0.1 can be converted exactly in decimal. The parser also records
// each value's byte span in the text, so an editor can change one value and leave every other
// byte of the file as it was.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "scenario/SourcePos.h"

namespace ts {

class JsonValue {
  public:
    // In the order of the variant's alternatives below.
    enum class Type : std::uint8_t { Null, Bool, Integer, Float, String, Array, Object };

    struct Member;
    using Array = std::vector<JsonValue>;
    using Object = std::vector<Member>;

    JsonValue() = default;

    static JsonValue null(SourcePos pos);
    static JsonValue boolean(bool value, SourcePos pos);
    static JsonValue integer(std::int64_t value, SourcePos pos);
    // `text` is the number exactly as written in the file, e.g. "2.50e-1".
    static JsonValue floating(double value, std::string text, SourcePos pos);
    static JsonValue string(std::string value, SourcePos pos);
    static JsonValue array(Array elements, SourcePos pos);
    static JsonValue object(Object members, SourcePos pos);

    Type type() const { return static_cast<Type>(data_.index()); }
    SourcePos pos() const { return pos_; }
    // The bytes [sourceBegin, sourceEnd) of the parsed text spell this value (0, 0 when it was
    // not parsed from text).
    std::size_t sourceBegin() const { return sourceBegin_; }
    std::size_t sourceEnd() const { return sourceEnd_; }
    void setSourceSpan(std::size_t begin, std::size_t end) {
        sourceBegin_ = begin;
        sourceEnd_ = end;
    }

    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isInteger() const { return type() == Type::Integer; }
    bool isFloat() const { return type() == Type::Float; }
    bool isNumber() const { return isInteger() || isFloat(); }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    // Each accessor requires the matching type (checked with assert in debug builds).
    bool asBool() const;
    std::int64_t asInteger() const;
    double asDouble() const;  // an integer or a float
    const std::string& asString() const;
    const Array& asArray() const;
    const Object& asObject() const;

    // A number as decimal text: the file's own spelling for a float, the digits for an integer.
    std::string numberText() const;

    // The member named `key` of an object, or nullptr (also when this is not an object).
    const Member* find(std::string_view key) const;

    // For messages: "an integer", "a string", "an object", ...
    static const char* describe(Type type);
    const char* describe() const { return describe(type()); }

  private:
    struct Float {
        double value = 0.0;
        std::string text;
    };

    // Defaults to null. No initializer here: Member is still incomplete inside the class.
    std::variant<std::nullptr_t, bool, std::int64_t, Float, std::string, Array, Object> data_;
    SourcePos pos_;
    std::size_t sourceBegin_ = 0;
    std::size_t sourceEnd_ = 0;
};

struct JsonValue::Member {
    std::string key;
    SourcePos keyPos;
    JsonValue value;
    std::size_t keyOffset = 0;  // byte offset of the key's opening quote in the parsed text
};

}  // namespace ts
