#include "script/runtime/StrObject.h"

#include "script/runtime/Utf8.h"

namespace ts::script {

namespace {
bool allAscii(std::string_view text) {
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}
}  // namespace

StrObject::StrObject(std::string text)
    : Object(Kind), text_(std::move(text)), ascii_(allAscii(text_)) {
    length_ = ascii_ ? text_.size() : Utf8::countCodePoints(text_);
}

std::size_t StrObject::offsetOf(std::size_t index) const {
    return ascii_ ? (index < text_.size() ? index : text_.size()) : Utf8::offsetOf(text_, index);
}

std::string_view StrObject::codePointAt(std::size_t index) const {
    if (ascii_) return std::string_view(text_).substr(index, 1);
    std::size_t start = Utf8::offsetOf(text_, index);
    std::size_t length = Utf8::sequenceLength(static_cast<unsigned char>(text_[start]));
    return std::string_view(text_).substr(start, length);
}

std::int64_t StrObject::hashBytes(std::string_view bytes) {
    // FNV-1a, 64 bit.
    std::uint64_t h = 1469598103934665603ULL;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    auto result = static_cast<std::int64_t>(h);
    return result == -1 ? -2 : result;
}

void StrObject::computeHash() const {
    hash_ = hashBytes(text_);
    hashed_ = true;
}

}  // namespace ts::script
