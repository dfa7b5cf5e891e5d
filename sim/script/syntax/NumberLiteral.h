#pragma once
// Scans one numeric literal (int, float, imaginary) starting at a digit or at '.' followed by a
// digit, and computes its value. Kept apart from the lexer because the rules are many and
// version-dependent (Python 2 reads 0777 as octal and allows the 10L suffix).
#include <cstddef>
#include <string>
#include <string_view>

#include "script/syntax/PythonVersion.h"
#include "script/syntax/Token.h"

namespace ts::script {

struct NumberScan {
    std::size_t end = 0;          // one past the literal's last character
    std::string error;            // non-empty: the literal is malformed (message for a SyntaxError)
    std::size_t errorOffset = 0;  // where CPython places that error
};

// Fills token.numberKind / intValue / bigIntDecimal / floatValue / text.
NumberScan scanNumberLiteral(std::string_view source, std::size_t start, PythonVersion version,
                             Token& token);

// Decimal digits of a non-negative integer written with `digits` in `base` (2..16).
std::string integerDigitsToDecimal(std::string_view digits, int base);

}  // namespace ts::script
