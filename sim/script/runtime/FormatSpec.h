#pragma once
// The format mini-language of format(), str.format() and f-strings:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// parse() reads a spec; FormatSpecFormatter applies one to a value.
#include <string>
#include <string_view>

namespace ts::script {

struct FormatSpec {
    std::string fill = " ";  // one code point, UTF-8
    char align = 0;          // '<' '>' '^' '=' or 0 for the type's default
    char sign = 0;           // '+' '-' ' ' or 0
    bool coerceNegativeZero = false;  // 'z'
    bool alternate = false;           // '#'
    bool fillSpecified = false;
    bool zeroPadding = false;         // the '0' before the width
    int width = -1;
    char grouping = 0;  // ',' '_' or 0
    int precision = -1;
    char type = 0;  // 0 when absent

    // Parses text; on a malformed spec returns false with the CPython-style message in error
    // ("Invalid format specifier '5.5.5' for object of type 'int'"); typeName names the value.
    static bool parse(std::string_view text, std::string_view typeName, FormatSpec& out, std::string& error);
};

}  // namespace ts::script
