#pragma once
// Reads one Python literal (as ast.literal_eval would) into a Value: None, True, False, ints,
// floats (plus inf and nan), str with escapes, tuples, lists, dicts, sets, set(), frozenset(...)
// and range(...). For tests, scenario front matter values and constant data; not a parser for
// programs.
#include <string>
#include <string_view>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class LiteralReader {
public:
    LiteralReader(RuntimeContext& ctx, std::string_view text) : ctx_(ctx), text_(text) {}

    // The value, or Error with a ValueError "malformed literal at offset N" in ctx.
    Value read();

    // Shorthand for LiteralReader(ctx, text).read().
    static Value parse(RuntimeContext& ctx, std::string_view text) { return LiteralReader(ctx, text).read(); }

private:
    Value value();
    Value number();
    Value string();
    Value sequence(char close, bool tuple);
    Value braces();
    Value call(std::string_view name);
    void skipSpace();
    bool take(char c);
    Value fail();

    RuntimeContext& ctx_;
    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace ts::script
