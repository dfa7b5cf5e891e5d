#pragma once
// int() and float() conversions, including parsing text by Python's rules: surrounding
// whitespace, a sign, base prefixes (0x 0o 0b, and base 0 to infer them), underscores between
// digits (Python 3 only), "inf"/"nan"; errors as CPython words them
// ("invalid literal for int() with base 10: 'x'").
#include <cstdint>
#include <string_view>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class NumberParsing {
public:
    // int(text, base): base 0 or 2..36.
    static Value parseInt(RuntimeContext& ctx, std::string_view text, int base);
    static Value parseFloat(RuntimeContext& ctx, std::string_view text);
    // int(v) / float(v) for any value (numbers, bools, str).
    static Value toInt(RuntimeContext& ctx, const Value& v);
    static Value toFloat(RuntimeContext& ctx, const Value& v);
    // Truncation towards zero with the errors for inf, nan and values beyond 64 bits.
    static Value floatToInt(RuntimeContext& ctx, double d);

private:
    static Value invalidInt(RuntimeContext& ctx, std::string_view text, int base);
};

}  // namespace ts::script
