#include "report/JsonWriter.h"

#include <charconv>

#include "report/Utf8Text.h"

namespace ts {

std::string JsonWriter::escaped(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t length = utf8::sequenceLength(text, i);
            if (length == 0) {
                out += "\\ufffd";
                ++i;
            } else {
                out.append(text.substr(i, length));
                i += length;
            }
            continue;
        }
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += kHex[c >> 4];
                    out += kHex[c & 0x0F];
                } else {
                    out += static_cast<char>(c);
                }
        }
        ++i;
    }
    out += '"';
    return out;
}

void JsonWriter::newline() {
    out_ << '\n';
    for (std::size_t i = 0; i < stack_.size(); ++i) out_ << "  ";
}

void JsonWriter::beforeValue() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (stack_.empty()) return;
    Level& level = stack_.back();
    if (!level.empty) out_ << (level.layout == Layout::Inline ? ", " : ",");
    if (level.layout == Layout::Block) newline();
    level.empty = false;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    beforeValue();
    out_ << escaped(name) << ": ";
    afterKey_ = true;
    return *this;
}

void JsonWriter::beginObject(Layout layout) {
    beforeValue();
    out_ << '{';
    stack_.push_back(Level{layout, true});
}

void JsonWriter::beginArray(Layout layout) {
    beforeValue();
    out_ << '[';
    stack_.push_back(Level{layout, false});
}

void JsonWriter::endObject() {
    const Level level = stack_.back();
    stack_.pop_back();
    if (level.layout == Layout::Block && !level.empty) newline();
    out_ << '}';
}

void JsonWriter::endArray() {
    const Level level = stack_.back();
    stack_.pop_back();
    if (level.layout == Layout::Block && !level.empty) newline();
    out_ << ']';
}

void JsonWriter::value(std::string_view text) {
    beforeValue();
    out_ << escaped(text);
}

void JsonWriter::value(std::int64_t number) {
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    out_.write(buffer, result.ptr - buffer);
}

void JsonWriter::value(std::uint64_t number) {
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    out_.write(buffer, result.ptr - buffer);
}

void JsonWriter::value(bool flag) {
    beforeValue();
    out_ << (flag ? "true" : "false");
}

void JsonWriter::value(const std::optional<std::int64_t>& number) {
    if (number) {
        value(*number);
    } else {
        null();
    }
}

void JsonWriter::null() {
    beforeValue();
    out_ << "null";
}

void JsonWriter::rawNumber(std::string_view text) {
    beforeValue();
    out_ << text;
}

void JsonWriter::finish() {
    out_ << '\n';
}

}  // namespace ts
