#pragma once
// Turns a program file's bytes into the text the lexer reads: the UTF-8 BOM dropped, a PEP 263
// latin-1 coding cookie honoured (old Python 2 course files use one), line endings made "\n",
// and anything that is not valid UTF-8 or holds a NUL byte rejected with a clean SyntaxError
// (so binary garbage can never reach the lexer).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "scenario/SourcePos.h"

namespace ts::script {

std::string prepareSourceText(std::string_view bytes, const std::string& fileName);

// Decodes the UTF-8 sequence at `at` of valid UTF-8 text; sets `length` to its byte count.
std::uint32_t decodeUtf8At(std::string_view text, std::size_t at, std::size_t& length);

// 1-based line and column (in code points) of a byte offset of prepared text.
SourcePos positionOfOffset(std::string_view text, std::size_t offset);

}  // namespace ts::script
