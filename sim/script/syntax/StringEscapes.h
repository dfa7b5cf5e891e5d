#pragma once
// Prefix parsing and escape decoding for string literals. Values are kept as UTF-8; a bytes
// literal (or a Python 2 str written with \x escapes) may hold arbitrary bytes.
#include <cstdint>
#include <string>
#include <string_view>

#include "script/syntax/PythonVersion.h"
#include "script/syntax/Token.h"

namespace ts::script {

// Reads a prefix such as "rb" or "F" (case-insensitive). False when `letters` is not a prefix
// the version accepts (Python 2 has no f-strings; Python 3 does not combine u with others).
bool parseStringPrefix(std::string_view letters, PythonVersion version, StringPrefix& prefix);

// Decodes backslash escapes of a literal's body (the text between the quotes) into `out`.
// Returns an error message, or an empty string on success.
std::string decodeStringBody(std::string_view body, const StringPrefix& prefix,
                             PythonVersion version, std::string& out);

}  // namespace ts::script
