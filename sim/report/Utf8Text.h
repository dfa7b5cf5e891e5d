#pragma once
// Scenario names are UTF-8 and may be anything the file says. Tables and charts measure them
// in code points (one column each, which holds for the Latin, Greek and Cyrillic names a course
// uses), and JSON output must stay valid even when a name holds broken bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ts::utf8 {

// Columns the text takes: its code points, counting each invalid byte as one.
std::size_t width(std::string_view text);

// At most `columns` columns of `text`; a cut name ends in '~' so it cannot pass for whole.
std::string truncated(std::string_view text, std::size_t columns);

// Appends `codePoint` encoded as UTF-8 (the one encoder: JSON escapes, Python literals and str
// operations all use it).
void append(std::string& out, std::uint32_t codePoint);

// Length of the valid UTF-8 sequence starting at text[i], or 0 when the byte there starts none.
std::size_t sequenceLength(std::string_view text, std::size_t i);

}  // namespace ts::utf8
