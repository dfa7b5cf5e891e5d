#pragma once
// Splits a program into tokens, CPython style: INDENT/DEDENT from a stack of indentation widths
// (a tab advances to the next multiple of 8; mixing that disagrees with tab width 1 is a
// TabError), no NEWLINE inside brackets or after a backslash continuation, a final NEWLINE and
// the pending DEDENTs at end of file. Errors throw SyntaxError with CPython's wording.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/SourcePos.h"
#include "script/syntax/PythonVersion.h"
#include "script/syntax/SyntaxError.h"
#include "script/syntax/Token.h"

namespace ts::script {

struct LexerOptions {
    PythonVersion version = PythonVersion::Python3;
    // Lex one f-string replacement field: text is already prepared, newlines never matter and
    // no layout tokens are produced; positions start at `origin`.
    bool expressionOnly = false;
    SourcePos origin{1, 1};
};

class Lexer {
  public:
    static constexpr int kMaxBracketDepth = 200;
    static constexpr int kMaxIndentDepth = 100;

    // `source` is the file's raw bytes (BOM, CRLF, coding cookie are handled here).
    Lexer(std::string_view source, std::string fileName, LexerOptions options = {});

    std::vector<Token> tokenize();

  private:
    struct OpenBracket {
        char symbol;
        SourcePos pos;
    };

    [[noreturn]] void fail(SourcePos pos, const std::string& message,
                           SyntaxErrorKind kind = SyntaxErrorKind::Syntax) const;
    SourcePos posAt(std::size_t offset) const;
    void startNewLine(std::size_t nextLineStart);
    void addToken(TokenKind kind, SourcePos pos, std::string text = {});

    void readIndentation();
    void readNameOrPrefixedString();
    void readNumber();
    void readString(std::size_t tokenStart, const StringPrefix& prefix);
    void readOperator();
    void openBracket(char symbol, SourcePos pos);
    void closeBracket(char symbol, SourcePos pos);
    void finish();
    int lastLineNumber() const;

    std::string text_;
    std::string fileName_;
    LexerOptions options_;
    std::size_t at_ = 0;
    int line_ = 1;
    std::size_t lineStart_ = 0;
    // posAt() counts code points from the line start; remembering the last answer keeps long
    // lines linear instead of quadratic.
    mutable std::size_t columnCacheOffset_ = 0;
    mutable int columnCacheValue_ = 1;
    bool atLineStart_ = true;
    bool lineHasTokens_ = false;
    std::vector<int> indents_{0};
    std::vector<int> altIndents_{0};  // the same widths with tabs counted as 1, for TabError
    std::vector<OpenBracket> brackets_;
    std::vector<Token> tokens_;
};

}  // namespace ts::script
