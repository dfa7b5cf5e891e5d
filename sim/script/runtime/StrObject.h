#pragma once
// Python str: immutable UTF-8 text. Length in code points and the hash are computed once; the
// all-ASCII flag lets indexing and slicing use byte offsets directly.
#include <cstdint>
#include <string>
#include <string_view>

#include "script/runtime/Object.h"

namespace ts::script {

class StrObject : public Object {
public:
    static constexpr ObjectKind Kind = ObjectKind::Str;

    explicit StrObject(std::string text);

    const std::string& text() const { return text_; }
    std::string_view view() const { return text_; }
    bool isAscii() const { return ascii_; }
    // Length in code points, as len() reports it.
    std::size_t length() const { return length_; }
    std::int64_t cachedHash() const {
        if (!hashed_) computeHash();
        return hash_;
    }
    bool isInterned() const { return interned_; }

    // Byte offset of the code point with the given index (0..length()).
    std::size_t offsetOf(std::size_t index) const;
    // The code point with the given index (0 <= index < length()) as its UTF-8 bytes.
    std::string_view codePointAt(std::size_t index) const;

    std::string_view typeName() const override { return "str"; }

    // Deterministic across runs and machines (CPython randomises str hashes; nothing may
    // depend on them), never -1.
    static std::int64_t hashBytes(std::string_view bytes);

private:
    friend class StringInterner;
    void computeHash() const;

    std::string text_;
    std::size_t length_;
    mutable std::int64_t hash_ = 0;
    mutable bool hashed_ = false;
    bool ascii_;
    bool interned_ = false;
};

}  // namespace ts::script
