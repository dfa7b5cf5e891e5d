#pragma once
// A strict JSON (RFC 8259) parser that remembers where every value and key was written, for
// error messages that point at the fault. Any input, including binary garbage or absurd
// nesting, ends in either a value or one ts::InputError ("FILE:LINE:COL: error: ..."); never a
// crash. Columns count characters (UTF-8 code points), tabs count one; a leading UTF-8 BOM is
// skipped.
#include <cstddef>
#include <string>
#include <string_view>

#include "scenario/JsonValue.h"
#include "scenario/SourcePos.h"

namespace ts {

class JsonParser {
  public:
    // Deeper nesting is reported as an error rather than risking the stack.
    static constexpr int kMaxDepth = 200;

    // Parses one complete document; `file` only names the input in error messages.
    static JsonValue parse(std::string_view text, const std::string& file);

  private:
    JsonParser(std::string_view text, const std::string& file) : text_(text), file_(file) {}

    JsonValue parseDocument();
    JsonValue parseValue(int depth);  // records the value's byte span
    JsonValue parseBareValue(int depth);
    JsonValue parseObject(int depth);
    JsonValue parseArray(int depth);
    JsonValue parseNumber();
    JsonValue parseWord();
    std::string parseString();
    void parseEscape(std::string& out);
    unsigned parseHex4();
    void copyUtf8Character(std::string& out);

    void skipWhitespace();
    bool atEnd() const { return at_ >= text_.size(); }
    char peek(std::size_t ahead = 0) const;
    void advance(std::size_t bytes = 1);  // over ASCII bytes other than '\n'
    SourcePos here() const { return {line_, column_}; }

    // "'x'", "end of file", "byte 0xFF (not UTF-8 text)", ... for "expected A, found B".
    std::string describeNext() const;
    [[noreturn]] void fail(SourcePos pos, const std::string& message) const;
    [[noreturn]] void failExpected(const std::string& expectation) const;

    std::string_view text_;
    const std::string& file_;
    std::size_t at_ = 0;
    int line_ = 1;
    int column_ = 1;
};

}  // namespace ts
