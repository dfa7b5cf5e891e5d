#include "script/runtime/Utf8.h"

#include "report/Utf8Text.h"

namespace ts::script {

std::size_t Utf8::countCodePoints(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); i += sequenceLength(static_cast<unsigned char>(text[i]))) {
        ++count;
    }
    return count;
}

std::uint32_t Utf8::decode(std::string_view text, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    std::size_t length = sequenceLength(lead);
    if (length == 1 || pos + length > text.size()) {
        ++pos;
        return lead;
    }
    std::uint32_t cp = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
    }
    pos += length;
    return cp;
}

void Utf8::append(std::string& out, std::uint32_t cp) { utf8::append(out, cp); }

std::size_t Utf8::offsetOf(std::string_view text, std::size_t codePointIndex) {
    std::size_t pos = 0;
    while (codePointIndex > 0 && pos < text.size()) {
        pos += sequenceLength(static_cast<unsigned char>(text[pos]));
        --codePointIndex;
    }
    return pos < text.size() ? pos : text.size();
}

}  // namespace ts::script
