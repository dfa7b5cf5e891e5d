#pragma once
// repr() and str() of every value, as CPython prints them: quoting and escapes of str,
// containers with their items' reprs ("[1, 'a']", "(1,)", "{'a': 1}", "set()", Python 2's
// "set([1, 2])"), "[...]" for a container inside itself, floats per FloatFormatter.
#include <string>
#include <string_view>
#include <vector>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class TextConversion {
public:
    // Append repr(v) / str(v) to out; false after raising (a VM __repr__ failed, too deep).
    static bool appendRepr(RuntimeContext& ctx, const Value& v, std::string& out);
    static bool appendStr(RuntimeContext& ctx, const Value& v, std::string& out);
    // repr(v) / str(v) as a str Value, or Error.
    static Value repr(RuntimeContext& ctx, const Value& v);
    static Value str(RuntimeContext& ctx, const Value& v);
    // Python 3's ascii(): repr with non-ASCII characters escaped.
    static Value ascii(RuntimeContext& ctx, const Value& v);

    // The quoted literal for text: single quotes unless text has ' and no ".
    // python2 escapes every non-ASCII byte (\xc3\xa9); Python 3 keeps printable characters.
    static void appendQuoted(std::string_view text, bool python2, std::string& out, bool asciiOnly = false);

private:
    static bool appendObjectRepr(RuntimeContext& ctx, const Value& v, std::string& out);
    static bool appendItems(RuntimeContext& ctx, const std::vector<Value>& items, std::string& out);
    static bool appendEntries(RuntimeContext& ctx, const Value& table, bool withValues, std::string& out);
};

}  // namespace ts::script
