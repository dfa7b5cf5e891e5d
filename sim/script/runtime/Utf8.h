#pragma once
// UTF-8 helpers for str: Python indexes strings by code point, we store UTF-8 bytes. Malformed
// bytes count as one code point each so nothing here can fail or loop.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ts::script {

class Utf8 {
public:
    // Byte length of the sequence starting with lead byte c (1 for malformed bytes).
    static std::size_t sequenceLength(unsigned char c) {
        if (c < 0x80) return 1;
        if ((c & 0xE0) == 0xC0) return 2;
        if ((c & 0xF0) == 0xE0) return 3;
        if ((c & 0xF8) == 0xF0) return 4;
        return 1;
    }
    static std::size_t countCodePoints(std::string_view text);
    // Decodes the code point at byte offset pos and advances pos past it.
    static std::uint32_t decode(std::string_view text, std::size_t& pos);
    static void append(std::string& out, std::uint32_t codePoint);
    // Byte offset of the code point with the given index (clamped to text.size()).
    static std::size_t offsetOf(std::string_view text, std::size_t codePointIndex);
};

}  // namespace ts::script
