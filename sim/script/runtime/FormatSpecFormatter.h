#pragma once
// format(value, spec): applies a FormatSpec to a str, int, bool or float as CPython's
// __format__ methods do (padding, alignment, sign, grouping, the b c d o x X n e E f F g G %
// types). Values of other types accept only an empty spec, which gives str(value).
#include <string>
#include <string_view>

#include "script/runtime/FormatSpec.h"
#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class FormatSpecFormatter {
public:
    // Appends format(value, spec) to out; false after raising.
    static bool append(RuntimeContext& ctx, const Value& value, std::string_view spec, std::string& out);
    // The builtin format(): a str Value or Error.
    static Value format(RuntimeContext& ctx, const Value& value, std::string_view spec);

    // Pads body (already signed/prefixed pieces) to the spec's width. Exposed for
    // PercentFormatter-style callers that build numbers themselves.
    static void pad(std::string& out, std::string_view signAndPrefix, std::string_view body, const FormatSpec& spec,
                    char defaultAlign);
    // Inserts sep every interval digits from the right of digits.
    static std::string groupDigits(std::string_view digits, char separator, int interval);

private:
    static bool formatStr(RuntimeContext& ctx, std::string_view text, const FormatSpec& spec, std::string& out);
    static bool formatInt(RuntimeContext& ctx, std::int64_t value, const FormatSpec& spec, std::string& out);
    static bool formatFloat(RuntimeContext& ctx, double value, const FormatSpec& spec, std::string& out,
                            std::string_view typeName);
};

}  // namespace ts::script
