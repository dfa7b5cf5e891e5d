#pragma once
// printf-style `format % args`: %s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%, flags
// "-+ 0#", width and precision (or '*'), "%(name)s" keys read from a mapping, and CPython's
// rules for a tuple versus a single argument with their errors ("not enough arguments for
// format string", "not all arguments converted during string formatting").
#include <string>
#include <string_view>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class PercentFormatter {
public:
    // format % args as a str Value, or Error.
    static Value format(RuntimeContext& ctx, std::string_view format, const Value& args);
    // Appends the result to out; false after raising.
    static bool append(RuntimeContext& ctx, std::string_view format, const Value& args, std::string& out);

private:
    struct Conversion {
        bool leftAlign = false, plus = false, space = false, alternate = false, zero = false;
        int width = -1;
        int precision = -1;
        char type = 0;
    };
    static bool convert(RuntimeContext& ctx, const Conversion& c, const Value& arg, std::size_t index, std::string& out);
    static bool convertInteger(RuntimeContext& ctx, const Conversion& c, const Value& arg, std::string& out);
    static bool convertFloat(RuntimeContext& ctx, const Conversion& c, const Value& arg, std::string& out);
    static void padNumber(const Conversion& c, std::string_view head, std::string_view digits, std::string& out);
};

}  // namespace ts::script
